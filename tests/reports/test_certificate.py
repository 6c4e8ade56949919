"""The certificate of each kind of credential: the student, the evidence, the issuer and
the date read back; the QR code scanned from the rendering is the proof's signed text;
the signed credential is attached as credential.json; the same data gives the same bytes."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read, render
from pypdf import PdfReader

from jw_desktop import proof
from jw_desktop.demo import content as c
from jw_desktop.model import CredentialKind, NotFound, SchoolStore
from jw_desktop.model.assessing import Assessor
from jw_desktop.model.views import PortfolioEntry
from jw_desktop.model.wording import date_text
from jw_desktop.proof import trust, verify
from jw_desktop.proof.keys import from_did
from jw_desktop.proof.keys import key_fingerprint as fingerprint
from jw_desktop.reports.certificate import CHECK_LINE, JSON_NAME, certificate

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
KEY = hashlib.sha256(b"the school's key").digest()


def _did_key(key: bytes) -> str:
    number = int.from_bytes(b"\xed\x01" + key, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "did:key:z" + out


@dataclass(frozen=True)
class StandIn:
    """A proof's shape (jw_desktop.proof.Proof) for the layout tests."""

    jwt: str
    qr_text: str
    json_bytes: bytes


def _stand_in(entry: PortfolioEntry, student: str) -> StandIn:
    doc = {
        "credential": {
            "id": f"urn:uuid:{entry.id}",
            "issuer": {"id": _did_key(KEY), "name": "Praktijkschool De Werkplaats"},
            "credentialSubject": {"name": student, "achievement": {"name": entry.credential}},
        },
        "jwt": "eyJ.stand-in.",
    }
    # as long as a signed compact text with an attestation, in base45's letters
    base45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    digest = hashlib.sha512(entry.id.bytes).digest() * 12
    qr = "JW1:" + "".join(base45[b % 45] for b in digest[:700])
    return StandIn("eyJ.stand-in.", qr, json.dumps(doc, sort_keys=True).encode())


def _complete_mila(store: SchoolStore) -> uuid.UUID:
    """Mila finishes the route to her diploma through the store: the second praktijkbewijs
    (assessed), the praktijkverklaring and the diploma (recorded as the mbo school's) after
    her last two exam parts."""
    mila = next(s.id for s in store.students() if s.first_name == "Mila")
    credentials = {key: cid for cid, key, _ in store.credentials()}
    today = store.today()
    form = store.assessment_form(mila, credentials["pb-buitenruimte"])
    assert store.user is not None
    assessors = [Assessor(staff_id=store.user.staff_id)]
    assessors.append(Assessor(name="Henk Zwart", organisation="Tuincentrum De Groene Vingers"))
    store.record_assessment(
        mila,
        form.card_id,
        form.card_version,
        today - timedelta(days=10),
        assessors,
        {eid: True for eid, _ in form.criteria},
        place="Tuincentrum De Groene Vingers",
    )
    store.issue_credential(mila, credentials["pb-buitenruimte"], today - timedelta(days=9))
    store.issue_credential(mila, credentials["pv-medewerker-groen"], today - timedelta(days=5))
    for part in store.exam_parts(mila, credentials["mbo-entree-groen"]):
        if not part.passed_on:
            store.record_exam_part(mila, part.id, today - timedelta(days=4), c.MBO_SCHOOL)
    store.issue_credential(
        mila, credentials["mbo-entree-groen"], today - timedelta(days=2), reference="D-98101-0042"
    )
    return mila


def _entries(store: SchoolStore) -> dict[CredentialKind, tuple[str, PortfolioEntry]]:
    found: dict[CredentialKind, tuple[str, PortfolioEntry]] = {}
    for student in store.students():
        for entry in store.portfolio(student.id):
            found.setdefault(entry.kind, (student.name, entry))
    return found


def _scan(pdf: bytes, tmp_path: Path) -> list[str]:
    pages = render(pdf, tmp_path, dpi=150)
    qr = zxingcpp.BarcodeFormat.QRCode  # only QR codes: text can read as a 1D barcode
    return [found.text for found in zxingcpp.read_barcodes(pages[-1], formats=qr)]


def _attachment(pdf: bytes) -> bytes:
    files = PdfReader(io.BytesIO(pdf)).attachments
    assert list(files) == [JSON_NAME]
    return files[JSON_NAME][0]


@pytest.mark.parametrize("kind", list(CredentialKind))
def test_a_certificate_of_each_kind_names_student_evidence_issuer_and_date(
    demo: SchoolStore, tmp_path: Path, kind: CredentialKind
) -> None:
    _complete_mila(demo)
    student, entry = _entries(demo)[kind]
    proof = _stand_in(entry, student)
    pdf = certificate(demo, entry.id, proof=proof)
    back = read(pdf)
    assert student in back.text and entry.credential in back.text
    assert date_text(entry.issued_on) in back.text
    assert entry.issuer_name and entry.issuer_name in back.text
    if entry.reference:
        assert entry.reference in back.text
    assert entry.evidence
    for evidence in entry.evidence:
        assert " ".join(evidence.split()) in back.text
    for werkproces in entry.werkprocessen:
        assert werkproces in back.text
    assert CHECK_LINE in back.text
    assert f"Sleutel van de uitgever: {fingerprint(KEY)}" in back.text
    assert back.metadata["/Author"] == "Sanne de Wit" and back.lang == "nl-NL"
    assert back.pages == 1  # the QR code beside the facts: one sheet to hand over
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)
    assert _scan(pdf, tmp_path) == [proof.qr_text]
    assert _attachment(pdf) == proof.json_bytes


def test_each_kind_has_its_own_heading_and_issuer_words(demo: SchoolStore) -> None:
    _complete_mila(demo)
    entries = _entries(demo)
    words = {
        CredentialKind.PRAKTIJKBEWIJS: ("Praktijkbewijs", "(de school)"),
        CredentialKind.BRANCHECERTIFICAAT: ("Branchecertificaat", "(de branche)"),
        CredentialKind.PRAKTIJKVERKLARING: ("Praktijkverklaring", "(de mbo-school)"),
        CredentialKind.MBO_DIPLOMA: ("Mbo-diploma", "(de mbo-school)"),
    }
    for kind, (heading, issuer) in words.items():
        student, entry = entries[kind]
        text = read(certificate(demo, entry.id, proof=_stand_in(entry, student))).text
        assert text.startswith(f"{heading} {kind.value} uitgereikt aan {student} voor")
        assert issuer in text
        assert ("Vastgelegd door" in text) is (kind is not CredentialKind.PRAKTIJKBEWIJS)


def test_the_same_data_gives_the_same_bytes(demo: SchoolStore) -> None:
    student, entry = _entries(demo)[CredentialKind.BRANCHECERTIFICAAT]
    proof = _stand_in(entry, student)
    first = certificate(demo, entry.id, proof=proof)
    assert certificate(demo, entry.id, proof=proof) == first
    other = StandIn(proof.jwt, proof.qr_text, proof.json_bytes + b" ")
    assert certificate(demo, entry.id, proof=other) != first


def test_a_credential_not_in_the_portfolio_has_no_certificate(demo: SchoolStore) -> None:
    with pytest.raises(NotFound):
        certificate(demo, uuid.uuid4(), proof=StandIn("", "x", b"{}"))


@pytest.mark.parametrize("kind", list(CredentialKind))
def test_the_signed_certificate_checks_offline_from_its_pdf_qr_code_and_json(
    demo: SchoolStore, tmp_path: Path, kind: CredentialKind
) -> None:
    """The real proof (jw_desktop.proof): the QR code scanned from the page and the
    attached credential.json are the proof's, and each checks as valid."""
    _complete_mila(demo)
    student, entry = _entries(demo)[kind]
    pdf = certificate(demo, entry.id)  # signs the credential now, once
    signed = proof.for_issued(demo, entry.id)
    scanned = _scan(pdf, tmp_path)
    assert scanned == [signed.qr_text]
    assert _attachment(pdf) == signed.json_bytes
    trusted = trust.for_store(demo)
    for data in (pdf, scanned[0].encode(), _attachment(pdf)):
        verdict = verify.check(data, trusted)
        assert verdict.valid, verdict.line()
        assert verdict.student == student and verdict.credential == entry.credential
    key = from_did(signed.credential["issuer"]["id"])
    assert f"Sleutel van de uitgever: {fingerprint(key)}" in read(pdf).text
    assert_pages_look_right(pdf, tmp_path)
    assert certificate(demo, entry.id) == pdf  # the same data, the same bytes


def test_a_changed_certificate_json_does_not_check(demo: SchoolStore) -> None:
    student, entry = _entries(demo)[CredentialKind.PRAKTIJKBEWIJS]
    signed = proof.for_issued(demo, entry.id)
    forged = signed.json_bytes.replace(student.encode(), b"Iemand Anders")
    assert forged != signed.json_bytes
    pdf = certificate(demo, entry.id, proof=StandIn(signed.jwt, signed.qr_text, forged))
    assert not verify.check(pdf, trust.for_store(demo)).valid
