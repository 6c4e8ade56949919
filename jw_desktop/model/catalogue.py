"""The national catalogue: competence framework, cards and their published versions.

Catalogue rows live in the 'catalogue' partition: every device may hold them. The central
platform publishes new card versions; a route item keeps the version it was planned with.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Keyed, Mutable
from .enums import CardType, CompetenceKind, ElementKind, enum_type


class Sector(Mutable, Base):
    __tablename__ = "sector"
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))


class Theme(Mutable, Base):
    """A theme or module (e.g. 'Planten verzorgen') that groups cards within a sector."""

    __tablename__ = "theme"
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sector.id"), index=True)


class Qualification(Mutable, Base):
    """A kwalificatiedossier, identified by its crebo code."""

    __tablename__ = "qualification"
    name: Mapped[str] = mapped_column(String(200))
    crebo: Mapped[str] = mapped_column(String(10), unique=True)


class Competence(Mutable, Base):
    """One node of the continuous learning line: kerndoel > gedragskenmerk > gedragscriterium,
    a werkproces (B1-K1-W1) of a kwalificatiedossier, or an employee skill."""

    __tablename__ = "competence"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[CompetenceKind] = mapped_column(enum_type(CompetenceKind))
    title: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("competence.id"), index=True)
    qualification_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("qualification.id"))


class Picture(Keyed, Base):
    """An image for an instruction step, content-addressed so a bundle carries it once."""

    __tablename__ = "picture"
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Card(Mutable, Base):
    """A lesson or work card. Its content lives in versions; current_version is the newest
    published one."""

    __tablename__ = "card"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    card_type: Mapped[CardType] = mapped_column(enum_type(CardType), index=True)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sector.id"), index=True)
    theme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("theme.id"), index=True)
    phase: Mapped[int] = mapped_column(Integer, index=True)
    current_version: Mapped[int] = mapped_column(Integer, default=1)


class CardVersion(Keyed, Base):
    """One published version of a card. Published content is never edited: the platform
    publishes a new version instead."""

    __tablename__ = "card_version"
    __table_args__ = (UniqueConstraint("card_id", "number"),)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    published_on: Mapped[date]


class CardElement(Keyed, Base):
    """A question (instapvragen), a step with a picture (instructiekaart) or a checkable
    criterion (werkopdracht, eindwerkopdracht) of one card version."""

    __tablename__ = "card_element"
    card_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_version.id"), index=True)
    kind: Mapped[ElementKind] = mapped_column(enum_type(ElementKind))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    picture_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("picture.id"))


class CardComponent(Keyed, Base):
    """An eindwerkopdracht is composed of tasks (werkopdrachten) and skills
    (instructiekaarten): one row per part, in order."""

    __tablename__ = "card_component"
    card_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_version.id"), index=True)
    component_card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"))
    position: Mapped[int] = mapped_column(Integer)


class CardCompetence(Keyed, Base):
    """Links a card version to the competences it works on, so coverage can be computed."""

    __tablename__ = "card_competence"
    __table_args__ = (UniqueConstraint("card_version_id", "competence_id"),)
    card_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_version.id"), index=True)
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
