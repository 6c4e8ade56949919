"""Stackable credentials: praktijkbewijs and branchecertificaat (assessed by an
eindwerkopdracht), praktijkverklaring (made of praktijkbewijzen), MBO diploma (made of
praktijkverklaringen). The eligibility rule is in assessing.py, who issues which kind in
issuing.py; docs/domain.md describes both."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Keyed, Mutable
from .enums import CredentialKind, enum_type


class CredentialDefinition(Mutable, Base):
    __tablename__ = "credential_definition"
    key: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[CredentialKind] = mapped_column(enum_type(CredentialKind))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sector.id"))
    assessed_by_card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id"), index=True)
    # The branch organisation or mbo school that issues it (catalogue data, e.g. "SVGB");
    # empty for a praktijkbewijs, which the school itself issues.
    issuer_name: Mapped[str] = mapped_column(String(200), default="")


class CredentialComponent(Keyed, Base):
    """'This praktijkverklaring is made of that praktijkbewijs.'"""

    __tablename__ = "credential_component"
    __table_args__ = (UniqueConstraint("credential_id", "component_id"),)
    credential_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("credential_definition.id"), index=True
    )
    component_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("credential_definition.id"), index=True
    )


class CredentialCompetence(Keyed, Base):
    """'This credential certifies that werkproces': what a credential names on the
    portfolio and in its eligibility."""

    __tablename__ = "credential_competence"
    __table_args__ = (UniqueConstraint("credential_id", "competence_id"),)
    credential_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("credential_definition.id"), index=True
    )
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)


class CredentialExamPart(Keyed, Base):
    """An exam part an mbo diploma needs besides its praktijkverklaringen (Nederlands,
    rekenen, loopbaan en burgerschap, a keuzedeel): the mbo school examines it."""

    __tablename__ = "credential_exam_part"
    __table_args__ = (UniqueConstraint("credential_id", "name"),)
    credential_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("credential_definition.id"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
