"""End to end, as an employer would: the school prints a certificate (signed when it is
first needed, here by the demo school's own key), the employer scans its QR code or runs
`jw-desktop verify` on the PDF on a machine of their own with only the school's trust
list, and reads one line: valid, with the student, the credential and the date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_certificate import _complete_mila, _entries, _scan

from jw_desktop import proof
from jw_desktop.model import CredentialKind, SchoolStore
from jw_desktop.model.wording import date_text
from jw_desktop.proof import trust, verify
from jw_desktop.reports.certificate import certificate


def _verify_cli(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """`jw-desktop verify` on a machine with no school database at all."""
    env = {**os.environ, "JW_DESKTOP_DATA_DIR": str(tmp_path / "werkgever"),
           "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", "verify", *map(str, args)],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert "Traceback" not in done.stderr + done.stdout
    return done


@pytest.mark.parametrize("kind", list(CredentialKind))
def test_the_printed_certificate_verifies_from_its_qr_code_and_its_file(
    demo: SchoolStore, tmp_path: Path, kind: CredentialKind
) -> None:
    demo.login("b.koster@example.nl", "demo-wachtwoord-2026")  # the trust list: an admin's
    _complete_mila(demo)
    student, entry = _entries(demo)[kind]
    pdf = certificate(demo, entry.id)
    signed = proof.for_issued(demo, entry.id)
    (scanned,) = _scan(pdf, tmp_path)
    assert scanned == signed.qr_text
    school = trust.for_store(demo)
    for given in (scanned.encode(), pdf, signed.json_bytes):
        verdict = verify.check(given, school)
        assert verdict.valid, verdict.line()
        assert (verdict.student, verdict.credential) == (student, entry.credential)
        assert verdict.issued_on == entry.issued_on

    path = tmp_path / "certificaat.pdf"
    path.write_bytes(pdf)
    listed = tmp_path / "vertrouwd.json"
    trust.write(demo, listed)
    done = _verify_cli(tmp_path, path, "--vertrouw", listed)
    assert done.returncode == 0, done.stdout + done.stderr
    (line,) = done.stdout.strip().splitlines()
    assert line.lower().startswith("geldig")
    assert student in line and entry.credential in line and date_text(entry.issued_on) in line


def test_an_employer_without_the_schools_trust_list_hears_unknown_issuer(
    demo: SchoolStore, tmp_path: Path
) -> None:
    _student, entry = _entries(demo)[CredentialKind.PRAKTIJKBEWIJS]
    path = tmp_path / "certificaat.pdf"
    path.write_bytes(certificate(demo, entry.id))
    other = tmp_path / "andere-school.json"
    with SchoolStore.open(tmp_path / "ander.sqlite") as elsewhere:
        elsewhere.create_school("Het Andere College")
        trust.write(elsewhere, other)  # a script on that school's own central
    done = _verify_cli(tmp_path, path, "--vertrouw", other)
    assert done.returncode == 41, done.stdout + done.stderr
    assert "onbekende uitgever" in done.stdout.lower()


def test_the_attachment_of_another_students_certificate_does_not_make_it_valid(
    demo: SchoolStore, tmp_path: Path
) -> None:
    """A thief takes a genuine certificate of someone else and puts its credential.json into
    a certificate that shows their own name: the page and the signed credential disagree."""
    import io

    from pypdf import PdfReader, PdfWriter

    firsts = [entries[0] for s in demo.students() if (entries := demo.portfolio(s.id))]
    first, second = firsts[0], firsts[1]  # two students' certificates
    mine = certificate(demo, first.id)
    theirs = certificate(demo, second.id)
    trusted = trust.for_store(demo)
    assert verify.check(mine, trusted).valid and verify.check(theirs, trusted).valid
    attached = PdfReader(io.BytesIO(theirs)).attachments[proof.JSON_NAME][0]
    writer = PdfWriter(clone_from=io.BytesIO(mine))
    writer._root_object.pop("/Names", None)  # the page of `mine`, the attachment of `theirs`
    writer.add_attachment(proof.JSON_NAME, attached)
    out = io.BytesIO()
    writer.write(out)
    swapped = verify.check(out.getvalue(), trusted)
    assert swapped.outcome is verify.Outcome.TAMPERED, swapped.line()
    assert "hoort niet bij het certificaat op de pagina" in swapped.reason
