"""The demo school's credentials (issued before signing existed) signed on demand for the
certificate, and the PDF a verifier gets: its credential.json attachment is what counts."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfWriter

from jw_desktop import proof
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import AccessDenied, SchoolStore
from jw_desktop.proof import trust, verify
from jw_desktop.proof.verify import Outcome


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[SchoolStore]:
    path = tmp_path / "jw-desktop.sqlite"
    shutil.copyfile(demo_template, path)
    store = SchoolStore.open(path, sleep=lambda _s: None, auto_backup=False)
    store.login("s.dewit@example.nl", DEMO_PASSWORD)
    try:
        yield store
    finally:
        store.close()


def pdf_with(attachments: dict[str, bytes]) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_every_demo_credential_is_signed_on_demand_and_valid(demo: SchoolStore) -> None:
    entries = [e for s in demo.students() for e in demo.portfolio(s.id)]
    assert entries  # the demo has issued credentials
    trusted = trust.for_store(demo)
    for entry in entries:
        p = proof.for_issued(demo, entry.id)
        for data in (p.qr_text.encode(), p.json_bytes, p.jwt.encode()):
            verdict = verify.check(data, trusted)
            assert verdict.valid, verdict
            assert verdict.credential == entry.credential
            assert verdict.issued_on == entry.issued_on
            if entry.issuer_name != demo.school_name():
                assert verdict.awarded_by == entry.issuer_name
                assert f"uitgereikt door {entry.issuer_name}" in verdict.line()


def test_the_pdfs_attachment_is_checked_and_a_pdf_without_one_is_not_valid(
    demo: SchoolStore,
) -> None:
    entry = next(e for s in demo.students() for e in demo.portfolio(s.id))
    p = proof.for_issued(demo, entry.id)
    trusted = trust.for_store(demo)
    assert verify.check(pdf_with({proof.JSON_NAME: p.json_bytes}), trusted).valid
    document = json.loads(p.json_bytes)
    document["credential"]["credentialSubject"]["name"] = "Kees Kaas"
    changed = pdf_with({proof.JSON_NAME: json.dumps(document).encode()})
    assert verify.check(changed, trusted).outcome is Outcome.TAMPERED
    bare = verify.check(pdf_with({}), trusted)
    assert bare.outcome is Outcome.TAMPERED and "credential.json" in bare.reason
    broken = verify.check(b"%PDF-1.7\n kapot", trusted)
    assert broken.outcome is Outcome.TAMPERED


def test_a_jobcoach_cannot_have_an_unsigned_credential_signed(demo: SchoolStore) -> None:
    demo.logout()
    demo.login("r.verbeek@example.nl", DEMO_PASSWORD)
    entries = [e for s in demo.students() for e in demo.portfolio(s.id)]
    assert entries  # the jobcoach sees the portfolio of a student they coach
    for entry in entries:
        with pytest.raises(AccessDenied):
            proof.for_issued(demo, entry.id)
