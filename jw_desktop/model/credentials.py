"""Stackable credentials: praktijkbewijs and branchecertificaat (assessed by an
eindwerkopdracht), praktijkverklaring (made of praktijkbewijzen), MBO diploma (made of
praktijkverklaringen). The eligibility rule is in eligibility.py and docs/domain.md."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
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
