"""Signed credentials (docs/credentials.md): issued and signed on the central and on a
teacher's laptop (with the attestation the central signed at enrolment), checked offline
as JWT, JSON and QR text against the school's trust, and every way it must fail:
tampered text, tampered JSON, another school's key, a revoked laptop, an expired
attestation, a JWT that is not EdDSA."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY, assess
from helpers import issue_jerome
from sitekit import Site, assert_clean, device_id, student

from jw_desktop import proof
from jw_desktop.model import AccessDenied, InvalidInput, NotFound, SchoolStore
from jw_desktop.model.proofs import ProofRecord
from jw_desktop.proof import compact, trust, verify
from jw_desktop.proof import sign as signing
from jw_desktop.proof.keys import did_key, from_did
from jw_desktop.proof.verify import Outcome, jwt_parts
from jw_desktop.sync import session
from jw_desktop.sync.attest import ATTEST_DAYS


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forms(p: proof.Proof) -> dict[str, bytes]:
    return {"jwt": p.jwt.encode(), "qr": p.qr_text.encode(), "json": p.json_bytes}


def trust_file(site: Site, tmp_path: Path) -> trust.Trust:
    """The trust list the central writes, read back as a verifier outside the school."""
    path = tmp_path / "vertrouwd.json"
    trust.write(site.central, path)
    return trust.load(path)


# -- valid ------------------------------------------------------------------------------


def test_a_credential_the_central_signs_is_valid_in_every_form(site: Site, tmp_path: Path) -> None:
    issued = issue_jerome(site.central)
    p = proof.for_issued(site.central, issued)
    outside = trust_file(site, tmp_path)
    for name, data in forms(p).items():
        for trusted in (trust.for_store(site.central), outside):
            verdict = verify.check(data, trusted)
            assert verdict.outcome is Outcome.VALID, (name, verdict)
            assert verdict.student == "Jerome Jansen"
            assert verdict.credential == "Praktijkbewijs planten"
            assert verdict.issuer == site.central.school_name()
            assert verdict.issued_on == TODAY
            assert verdict.credential_id == issued
            assert verdict.signer == ""  # the central itself
    assert verify.check(p.qr_text.encode(), outside).line() == (
        "Geldig: Praktijkbewijs planten voor Jerome Jansen, uitgegeven door "
        f"{site.central.school_name()} op {TODAY:%d-%m-%Y}."
    )


def test_the_credential_is_open_badges_3_in_the_vc_2_data_model(site: Site) -> None:
    issued = issue_jerome(site.central)
    p = proof.for_issued(site.central, issued)
    header, payload = jwt_parts(p.jwt)
    assert header["alg"] == "EdDSA" and header["typ"] == "vc+jwt"
    assert "jw_att" not in header  # the central signs with the school's own key
    central_key = session.identity(site.central).public().sign_key
    assert from_did(header["kid"]) == central_key
    assert payload["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["issuer"]["id"] == did_key(central_key)
    assert payload["issuer"]["name"] == site.central.school_name()
    assert payload["validFrom"] == f"{TODAY.isoformat()}T00:00:00Z"
    assert payload["id"] == f"urn:uuid:{issued}"
    subject = payload["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"] and subject["name"] == "Jerome Jansen"
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "Certificate"
    (entry,) = site.central.portfolio(student(site.central, "Jerome"))
    for evidence in entry.evidence:  # the evidence is the criteria's narrative
        assert evidence in achievement["criteria"]["narrative"]
    document = json.loads(p.json_bytes)
    assert document["credential"] == payload and document["jwt"] == p.jwt
    assert document["attestation"] is None
    assert p.credential == payload


def test_a_laptop_signs_with_its_attestation_and_the_chain_holds(
    site: Site, tmp_path: Path
) -> None:
    issued = issue_jerome(site.teacher)
    p = proof.for_issued(site.teacher, issued)
    header, payload = jwt_parts(p.jwt)
    teacher_key = session.identity(site.teacher).public().sign_key
    central_key = session.identity(site.central).public().sign_key
    assert from_did(header["kid"]) == teacher_key
    assert payload["issuer"]["id"] == did_key(central_key)  # the school, not the laptop
    attestation = header["jw_att"]
    assert attestation["device"] == device_id(site.teacher)
    assert attestation["not_before"] == TODAY.isoformat()
    assert attestation["not_after"] == (TODAY + timedelta(days=ATTEST_DAYS)).isoformat()
    assert json.loads(p.json_bytes)["attestation"] == attestation
    assert compact.decode(p.qr_text).attestation is not None
    outside = trust_file(site, tmp_path)
    for name, data in forms(p).items():
        for trusted in (outside, trust.for_store(site.teacher)):
            verdict = verify.check(data, trusted)
            assert verdict.outcome is Outcome.VALID, (name, verdict)
            assert verdict.signer == device_id(site.teacher)
            assert verdict.student == "Jerome Jansen"
    # the proof travels with the credential: the central holds the laptop's own
    assert_clean(site.round())
    held = site.central.credential_proof(issued)
    assert held == ProofRecord(device_id(site.teacher), p.jwt, p.qr_text)


def test_a_credential_issued_before_signing_is_signed_once_on_demand(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    assess(site.central, jerome, "pb-planten")
    issued = site.central.issue_credential(jerome, site.central.credential_id("pb-planten"))
    assert site.central.credential_proof(issued) is None
    first = proof.for_issued(site.central, issued)
    assert site.central.credential_proof(issued) is not None
    assert proof.for_issued(site.central, issued) == first
    assert verify.check(first.qr_text.encode(), trust.for_store(site.central)).valid


# -- tampered ---------------------------------------------------------------------------


def test_a_qr_text_with_one_letter_changed_is_tampered(site: Site) -> None:
    p = proof.for_issued(site.central, issue_jerome(site.central))
    trusted = trust.for_store(site.central)
    position = len(p.qr_text) // 2
    letter = "A" if p.qr_text[position] != "A" else "B"
    changed = p.qr_text[:position] + letter + p.qr_text[position + 1 :]
    verdict = verify.check(changed.encode(), trusted)
    assert verdict.outcome is Outcome.TAMPERED
    assert verdict.line().startswith("Veranderd: ")
    assert verify.check(b"JW1:", trusted).outcome is Outcome.TAMPERED
    assert verify.check(b"iets anders", trusted).outcome is Outcome.TAMPERED


def test_a_json_with_the_students_name_changed_is_tampered(site: Site) -> None:
    p = proof.for_issued(site.central, issue_jerome(site.central))
    trusted = trust.for_store(site.central)
    document = json.loads(p.json_bytes)
    document["credential"]["credentialSubject"]["name"] = "Kees Kaas"
    verdict = verify.check(json.dumps(document).encode(), trusted)
    assert verdict.outcome is Outcome.TAMPERED
    assert "kloppen niet met de handtekening" in verdict.reason
    # ... and in the JWT itself, with the school's signature left as it was
    head, body, signature = p.jwt.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["credentialSubject"]["name"] = "Kees Kaas"
    forged = f"{head}.{b64url(json.dumps(payload).encode())}.{signature}"
    document = {"credential": payload, "jwt": forged, "attestation": None}
    for data in (forged.encode(), json.dumps(document).encode()):
        assert verify.check(data, trusted).outcome is Outcome.TAMPERED


def _unsigned_jwt(p: proof.Proof, header: dict[str, Any], key: bytes | None = None) -> str:
    _head, body, _sig = p.jwt.split(".")
    head = b64url(json.dumps(header).encode())
    if key is None:
        return f"{head}.{body}."
    mac = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64url(mac)}"


def test_a_jwt_with_alg_none_or_another_alg_is_refused(site: Site) -> None:
    p = proof.for_issued(site.central, issue_jerome(site.central))
    trusted = trust.for_store(site.central)
    header, _payload = jwt_parts(p.jwt)
    key = session.identity(site.central).public().sign_key
    attempts = [
        _unsigned_jwt(p, {**header, "alg": "none"}) + "AAAA",
        _unsigned_jwt(p, {**header, "alg": "HS256"}, key),  # the public key as HMAC secret
        _unsigned_jwt(p, {**header, "alg": "ES256"}, key),
        _unsigned_jwt(p, {k: v for k, v in header.items() if k != "alg"}, key),
    ]
    for forged in attempts:
        verdict = verify.check(forged.encode(), trusted)
        assert verdict.outcome is Outcome.TAMPERED, forged
        document = {"credential": _payload, "jwt": forged, "attestation": None}
        assert verify.check(json.dumps(document).encode(), trusted).outcome is Outcome.TAMPERED
    none = verify.check(attempts[0].encode(), trusted)
    assert "niet met Ed25519 ondertekend" in none.reason


# -- trust ------------------------------------------------------------------------------


def test_another_schools_credential_has_an_unknown_issuer(
    site: Site, other_school: Any, tmp_path: Path
) -> None:
    p = proof.for_issued(other_school, issue_jerome(other_school))
    assert verify.check(p.qr_text.encode(), trust.for_store(other_school)).valid
    for data in forms(p).values():
        for trusted in (trust.for_store(site.central), trust_file(site, tmp_path)):
            verdict = verify.check(data, trusted)
            assert verdict.outcome is Outcome.UNKNOWN_ISSUER, verdict
            assert verdict.line().startswith("Onbekende uitgever (Praktijkbewijs")


def test_a_laptop_that_claims_the_schools_name_without_attestation_is_refused(
    site: Site,
) -> None:
    """The issuer says the school, the laptop's own key signed, no attestation: a verifier
    that trusts the school must not take it."""
    facts = site.teacher.issued_facts(issue_jerome(site.teacher))
    me = session.identity(site.teacher)
    central_key = session.identity(site.central).public().sign_key
    forged = signing.sign(facts, signing.Authority(me, central_key, None), TODAY)
    for text in (forged.jwt, forged.qr_text):
        verdict = verify.check(text.encode(), trust.for_store(site.central))
        assert verdict.outcome is Outcome.TAMPERED, verdict


def test_a_revoked_laptops_new_credentials_are_revoked_what_the_school_holds_stands(
    site: Site, tmp_path: Path
) -> None:
    held = proof.for_issued(site.teacher, issue_jerome(site.teacher))
    assert_clean(site.round())  # the central now holds it
    fatima = student(site.teacher, "Fatima")
    assess(site.teacher, fatima, "pb-planten")
    unknown = proof.for_issued(
        site.teacher, proof.issue(site.teacher, fatima, site.teacher.credential_id("pb-planten"))
    )
    session.revoke(site.central, device_id(site.teacher))
    outside = trust_file(site, tmp_path)
    assert outside.issuers[0].revoked_devices == {device_id(site.teacher)}
    for trusted in (outside, trust.for_store(site.central)):
        for data in forms(held).values():
            assert verify.check(data, trusted).outcome is Outcome.VALID
        for data in forms(unknown).values():
            verdict = verify.check(data, trusted)
            assert verdict.outcome is Outcome.REVOKED, verdict
            assert "ingetrokken" in verdict.reason


def test_a_stolen_laptops_proof_that_says_other_than_the_credential_is_never_vouched_for(
    site: Site, tmp_path: Path
) -> None:
    """A stolen teacher laptop, before it is revoked, stores and syncs a proof signed in its
    own chain for a real issued credential, but naming another student. After the
    revocation the school's trust list must not keep it as held (review finding: the
    trust list vouched for every proof the revoked laptop had synced)."""
    import dataclasses

    jerome = student(site.teacher, "Jerome")
    assess(site.teacher, jerome, "pb-planten")
    issued = site.teacher.issue_credential(jerome, site.teacher.credential_id("pb-planten"))
    facts = dataclasses.replace(site.teacher.issued_facts(issued), student_name="Iemand Anders")
    forged = signing.sign(facts, signing.authority(site.teacher), TODAY)
    site.teacher.add_credential_proof(issued, forged)
    assert_clean(site.round())  # the central holds the row, as it holds the credential
    assert site.central.credential_proof(issued) == forged
    session.revoke(site.central, device_id(site.teacher))
    for trusted in (trust.for_store(site.central), trust_file(site, tmp_path)):
        for text in (forged.jwt, forged.qr_text):
            verdict = verify.check(text.encode(), trusted)
            assert verdict.outcome is Outcome.REVOKED, verdict.line()


def test_a_credential_in_the_trust_lists_revoked_credentials_is_revoked(
    site: Site, tmp_path: Path
) -> None:
    issued = issue_jerome(site.central)
    p = proof.for_issued(site.central, issued)
    listed = trust_file(site, tmp_path).to_json()
    listed["issuers"][0]["revoked_credentials"] = [str(issued)]
    trusted = trust.parse(listed)
    for data in forms(p).values():
        assert verify.check(data, trusted).outcome is Outcome.REVOKED


# -- the attestation's period -----------------------------------------------------------


def test_a_laptop_whose_attestation_expired_cannot_sign_and_nothing_is_issued(
    site: Site,
) -> None:
    later = TODAY + timedelta(days=ATTEST_DAYS + 1)
    path = site.teacher.path
    site.teacher.close()
    site.teacher = SchoolStore.open(path, today=lambda: later, auto_backup=False)
    jerome = student(site.teacher, "Jerome")
    assess(site.teacher, jerome, "pb-planten", held_on=TODAY)
    with pytest.raises(signing.SigningError) as raised:
        proof.issue(site.teacher, jerome, site.teacher.credential_id("pb-planten"))
    assert "verlopen" in raised.value.message and "Synchroniseer" in raised.value.message
    assert site.teacher.portfolio(jerome) == []  # signing is part of issuing


def test_a_credential_signed_outside_the_attestations_period_has_expired(
    site: Site, tmp_path: Path
) -> None:
    facts = site.teacher.issued_facts(issue_jerome(site.teacher))
    who = signing.authority(site.teacher)
    outside = trust_file(site, tmp_path)
    late = signing.sign(facts, who, TODAY + timedelta(days=ATTEST_DAYS + 1))
    early = signing.sign(facts, who, TODAY - timedelta(days=1))
    for record in (late, early):
        for text in (record.jwt, record.qr_text):
            verdict = verify.check(text.encode(), outside)
            assert verdict.outcome is Outcome.EXPIRED, verdict
            assert verdict.line().startswith("Verlopen (")
    on_time = signing.sign(facts, who, TODAY + timedelta(days=ATTEST_DAYS))
    assert verify.check(on_time.qr_text.encode(), outside).valid


def test_every_sync_renews_the_laptops_attestation(site: Site) -> None:
    later = TODAY + timedelta(days=100)
    before = session.attestation(site.teacher)
    assert before is not None and before.not_before == TODAY
    path = site.central.path
    site.central.close()
    site.central = SchoolStore.open(path, today=lambda: later, auto_backup=False)
    assert_clean(site.round())
    after = session.attestation(site.teacher)
    assert after is not None and after.not_before == later
    assert after.not_after == later + timedelta(days=ATTEST_DAYS)
    assert after.valid_by(session.identity(site.central).public().sign_key)


def test_a_laptop_enrolled_without_an_attestation_must_sync_before_it_signs(site: Site) -> None:
    con = sqlite3.connect(site.teacher.path)
    try:
        (scope,) = con.execute(
            "SELECT scope FROM sync_device WHERE device_id = ?", (device_id(site.central),)
        ).fetchone()
        spec = json.loads(scope)
        del spec["attestation"]
        con.execute(
            "UPDATE sync_device SET scope = ? WHERE device_id = ?",
            (json.dumps(spec), device_id(site.central)),
        )
        con.commit()
    finally:
        con.close()
    site.reopen("teacher")
    with pytest.raises(signing.SigningError, match="Synchroniseer"):
        issue_jerome(site.teacher)
    assert_clean(site.round())
    assert verify.check(
        proof.for_issued(site.teacher, issue_jerome(site.teacher)).qr_text.encode(),
        trust.for_store(site.central),
    ).valid


# -- who may --------------------------------------------------------------------------


def test_only_the_central_writes_the_trust_list(site: Site, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="op de centrale"):
        trust.write(site.teacher, tmp_path / "lijst.json")
    written = trust.write(site.central, tmp_path / "lijst.json")
    central_key = session.identity(site.central).public().sign_key
    assert written.issuers[0].key == central_key
    assert trust.load(tmp_path / "lijst.json").issuers[0].key == central_key


def test_a_jobcoachs_laptop_signs_nothing(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    with pytest.raises(AccessDenied):
        proof.issue(site.coach, jerome, site.coach.credential_id("pb-planten"))


def test_the_enrolment_carries_an_attestation_only_the_central_signed(
    fresh_site: Site, tmp_path: Path
) -> None:
    laptop = SchoolStore.open(tmp_path / "new.sqlite", today=lambda: TODAY, auto_backup=False)
    try:
        request = session.enrollment_request(laptop, "Laptop Nieuw")
        doc = session.enroll(
            fresh_site.central, request, role="docent", staff_email="docent@example.nl"
        )
        attestation = doc["attestation"]
        assert attestation["device"] == device_id(laptop)
        other = dict(doc)
        other["attestation"] = {**attestation, "not_after": "2099-12-31"}
        with pytest.raises(InvalidInput, match="niet door de centrale"):
            session.join(laptop, other)  # the enrolment's own signature breaks
        # ... and signed again by the central, the attestation's own signature breaks
        body = {k: v for k, v in other.items() if k != "signature"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        signature = session.identity(fresh_site.central).sign(canonical)
        other["signature"] = base64.b64encode(signature).decode()
        with pytest.raises(InvalidInput, match="uitgiftebevoegdheid"):
            session.join(laptop, other)
        assert session.attestation(laptop) is None
        session.join(laptop, doc)
        held = session.attestation(laptop)
        assert held is not None and held.device_id == device_id(laptop)
    finally:
        laptop.close()


def test_an_unknown_issued_credential_is_not_found(site: Site) -> None:
    with pytest.raises(NotFound):
        proof.for_issued(site.central, uuid.uuid4())


# -- the proof travels with the portfolio --------------------------------------------------


def proof_rows(store: SchoolStore) -> set[str]:
    con = sqlite3.connect(store.path)
    try:
        return {str(i) for (i,) in con.execute("SELECT issued_id FROM credential_proof")}
    finally:
        con.close()


def test_a_jobcoachs_laptop_holds_the_proof_only_with_the_portfolio_consent(site: Site) -> None:
    issued = issue_jerome(site.central)
    assert_clean(site.round())
    held = site.coach.credential_proof(issued)
    assert held is not None and held == site.central.credential_proof(issued)
    (consent,) = [
        c for c in site.central.consents(student(site.central, "Jerome")) if c.withdrawn_on is None
    ]
    site.central.withdraw_consent(consent.id)
    reports = site.round()
    assert_clean(reports)
    assert proof_rows(site.coach) == set()  # gone with the portfolio it signs
    assert proof_rows(site.teacher) == {issued.hex} == proof_rows(site.central)
    assert reports[-1].in_sync
