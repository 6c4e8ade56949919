"""The portfolio: credentials issued to a student, with the evidence they rest on."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fact, Keyed


class IssuedCredential(Fact, Base):
    __tablename__ = "issued_credential"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("credential_definition.id"))
    issued_on: Mapped[date]


class CredentialEvidence(Keyed, Base):
    """One piece of evidence: an observation, or an earlier credential it is stacked on."""

    __tablename__ = "credential_evidence"
    issued_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issued_credential.id"), index=True)
    observation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("observation.id"))
    component_issued_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issued_credential.id")
    )
    description: Mapped[str] = mapped_column(Text, default="")
