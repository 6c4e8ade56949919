"""The signed proof of an issued credential (jw_desktop/proof, docs/credentials.md): the
Open Badges 3.0 credential as a VC-JWT and the compact text in the QR code, with the
device that signed them. One per issued credential, immutable, synced with the student's
portfolio; its id follows from the issued credential's, so two laptops that sign the
same older credential each make the same record (one version wins, both are valid).

The model only stores and reads proofs: what is signed, and how, is jw_desktop.proof.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Keyed
from .credentials import CredentialDefinition
from .errors import InvalidInput
from .lookups import get
from .people import School, Student
from .portfolio import CredentialEvidence, IssuedCredential

_NAMESPACE = uuid.UUID("5b1f7c1e-8f2e-4c9a-9d4b-0a6f3e2d1c11")


def proof_id_for(issued_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, issued_id.hex)


class CredentialProof(Keyed, Base):
    __tablename__ = "credential_proof"
    issued_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("issued_credential.id"), unique=True, index=True
    )
    signer_device: Mapped[str] = mapped_column(String(32))
    jwt: Mapped[str] = mapped_column(Text)
    qr_text: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class IssuedFacts:
    """What a signed credential says: read from the issued credential and what it names."""

    issued_id: uuid.UUID
    student_name: str
    credential_key: str
    credential_name: str
    kind: str  # CredentialKind's value: "praktijkbewijs", ...
    description: str
    evidence: tuple[str, ...]
    issued_on: date
    issuer_kind: str  # IssuerKind's value
    issuer_name: str  # the body that issued it (the school, the branch, the mbo school)
    reference: str
    school_name: str
    active: bool  # not withdrawn, not superseded


@dataclass(frozen=True)
class ProofRecord:
    """A stored proof: who signed it, and the two signed texts."""

    signer_device: str
    jwt: str
    qr_text: str


Sign = Callable[[IssuedFacts], ProofRecord]


def facts(s: Session, issued_id: uuid.UUID) -> IssuedFacts:
    issued = get(s, IssuedCredential, issued_id)
    student = get(s, Student, issued.student_id)
    definition = get(s, CredentialDefinition, issued.credential_id)
    school = get(s, School, student.school_id)
    evidence = tuple(
        s.scalars(
            select(CredentialEvidence.description)
            .where(CredentialEvidence.issued_id == issued_id)
            .order_by(CredentialEvidence.description)
        )
    )
    superseded = s.scalar(
        select(IssuedCredential.id).where(IssuedCredential.supersedes_id == issued_id).limit(1)
    )
    return IssuedFacts(
        issued_id=issued.id,
        student_name=student.full_name,
        credential_key=definition.key,
        credential_name=definition.name,
        kind=definition.kind.value,
        description=definition.description,
        evidence=evidence,
        issued_on=issued.issued_on,
        issuer_kind=issued.issuer_kind.value,
        issuer_name=issued.issuer_name,
        reference=issued.reference,
        school_name=school.name,
        active=not issued.withdrawn and superseded is None,
    )


def proof_of(s: Session, issued_id: uuid.UUID) -> ProofRecord | None:
    row = s.scalar(select(CredentialProof).where(CredentialProof.issued_id == issued_id))
    if row is None:
        return None
    return ProofRecord(row.signer_device, row.jwt, row.qr_text)


def proofs_signed_by(s: Session, devices: list[str]) -> list[ProofRecord]:
    rows = s.scalars(select(CredentialProof).where(CredentialProof.signer_device.in_(devices)))
    return [ProofRecord(r.signer_device, r.jwt, r.qr_text) for r in rows]


def add_proof(s: Session, issued_id: uuid.UUID, record: ProofRecord) -> None:
    """Store the proof of an issued credential (refused when it has one)."""
    issued = get(s, IssuedCredential, issued_id)
    if proof_of(s, issued_id) is not None:
        raise InvalidInput("Deze kwalificatie is al ondertekend.")
    s.add(
        CredentialProof(
            id=proof_id_for(issued_id),
            issued_id=issued_id,
            signer_device=record.signer_device,
            jwt=record.jwt,
            qr_text=record.qr_text,
            partition=issued.partition,
        )
    )
    s.flush()


def signing(sign: Sign) -> Callable[[Session, IssuedCredential], None]:
    """An on_issued callback (awarding.issue_credential) that signs the credential just
    issued and stores its proof in the same transaction."""

    def on_issued(s: Session, issued: IssuedCredential) -> None:
        add_proof(s, issued.id, sign(facts(s, issued.id)))

    return on_issued
