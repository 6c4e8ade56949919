"""Verifiable credentials: an issued credential signed by the school (Open Badges 3.0 as a
VC-JWT, and a compact signed form for the QR code), and the offline check of either.
docs/credentials.md is the specification; sign.py signs, verify.py checks, trust.py reads
and writes the trust list.

The public API (the window, the CLI and the PDFs use only this):

- ``issue(store, student_id, credential_id, issued_on=None, *, issuer_name=None,
  reference="", issuer=None) -> uuid.UUID``: issue_credential and sign it, atomically;
- ``for_issued(store, issued_id) -> Proof``: the proof of an issued credential; one issued
  before signing existed is signed once now, when this store may sign (else SigningError);
- ``Proof``: jwt, qr_text and json_bytes (the file embedded in the PDF as credential.json);
- ``verify.check(data, trust) -> Verdict``; ``trust.for_store(store)``, ``trust.load(path)``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from jw_desktop.model import SchoolStore
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.proofs import IssuedFacts, ProofRecord

from . import sign as signing
from .sign import SigningError

JSON_NAME = "credential.json"
"""The name of the JSON attachment in a certificate PDF."""


@dataclass(frozen=True)
class Proof:
    """The signed forms of one issued credential."""

    jwt: str  # the VC-JWT (compact JWS, EdDSA)
    qr_text: str  # "JW1:..." for the QR code
    json_bytes: bytes  # {"credential": ..., "jwt": ..., "attestation": ...} as UTF-8 JSON

    @property
    def credential(self) -> dict[str, Any]:
        """The Open Badges 3.0 credential (the JWT's payload)."""
        doc: dict[str, Any] = json.loads(self.json_bytes)["credential"]
        return doc


def _proof(record: ProofRecord) -> Proof:
    from .verify import jwt_parts  # the decoding lives with the checking

    header, payload = jwt_parts(record.jwt)
    doc = {
        "credential": payload,
        "jwt": record.jwt,
        "attestation": header.get(signing.ATTESTATION_HEADER),
    }
    data = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return Proof(record.jwt, record.qr_text, data.encode("utf-8"))


def issue(
    store: SchoolStore,
    student_id: uuid.UUID,
    credential_id: uuid.UUID,
    issued_on: date | None = None,
    *,
    issuer_name: str | None = None,
    reference: str = "",
    issuer: IssuerKind | None = None,
) -> uuid.UUID:
    """Issue a credential (store.issue_credential's rules) and sign it in the same
    transaction: SigningError (and nothing issued) when this store may not sign."""
    who = signing.authority(store)
    today = store.today()

    def sign(facts: IssuedFacts) -> ProofRecord:
        return signing.sign(facts, who, today)

    return store.issue_signed(
        student_id,
        credential_id,
        sign,
        issued_on,
        issuer_name=issuer_name,
        reference=reference,
        issuer=issuer,
    )


def for_issued(store: SchoolStore, issued_id: uuid.UUID) -> Proof:
    """The proof of an issued credential. One issued before it was signed (the demo,
    older records) is signed now, once, with this store's key; SigningError when this
    store may not (a laptop without a valid attestation), AccessDenied when this user
    may not issue credentials."""
    record = store.credential_proof(issued_id)
    if record is None:
        who = signing.authority(store)
        facts = store.issued_facts(issued_id)
        if not facts.active:
            raise SigningError(
                f"{facts.credential_name} van {facts.student_name} is ingetrokken of "
                "vervangen: die wordt niet meer ondertekend."
            )
        record = signing.sign(facts, who, store.today())
        store.add_credential_proof(issued_id, record)
    return _proof(record)


__all__ = ["JSON_NAME", "Proof", "SigningError", "for_issued", "issue"]
