"""The portfolio: credentials issued to a student, with the evidence they rest on."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fact, Keyed
from .enums import IssuerKind, enum_type


class IssuedCredential(Fact, Base):
    __tablename__ = "issued_credential"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("credential_definition.id"))
    issued_on: Mapped[date]
    # Who issued it (model/issuing.py): the school, the branch or the mbo school, by
    # name; reference is the certificate or diploma number the issuer gave.
    issuer_kind: Mapped[IssuerKind] = mapped_column(
        enum_type(IssuerKind), default=IssuerKind.SCHOOL
    )
    issuer_name: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")


class CredentialEvidence(Keyed, Base):
    """One piece of evidence: a passed criterion of an assessment (before assessments
    were recorded: an observation), an earlier credential it is stacked on, or a passed
    exam part of a diploma."""

    __tablename__ = "credential_evidence"
    issued_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issued_credential.id"), index=True)
    observation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("observation.id"))
    component_issued_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issued_credential.id")
    )
    assessment_result_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assessment_result.id")
    )
    exam_part_result_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("exam_part_result.id"))
    description: Mapped[str] = mapped_column(Text, default="")
