"""The national catalogue: competence framework, cards and their published versions.

Catalogue rows live in the 'catalogue' partition: every device may hold them. The central
platform publishes new card versions; a route item keeps the version it was planned with.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Keyed, Mutable
from .enums import CardType, CompetenceKind, ElementKind, QualificationPart, enum_type


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
    a kerntaak > werkproces (B1-K1-W1) of a kwalificatiedossier, or an employee skill.

    A code is unique within its kwalificatiedossier (two dossiers can both have B1-K1-W1);
    a code outside a dossier (kerndoelen and their kenmerken and criteria, employee skills)
    is unique among all codes outside a dossier. A kerntaak or werkproces sits in the
    basisdeel or in the profieldeel of a named profile (docs/domain.md)."""

    __tablename__ = "competence"
    __table_args__ = (
        UniqueConstraint("qualification_id", "code"),
        Index(
            "uq_competence_code_outside_dossier",
            "code",
            unique=True,
            sqlite_where=text("qualification_id IS NULL"),
        ),
    )
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[CompetenceKind] = mapped_column(enum_type(CompetenceKind))
    title: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("competence.id"), index=True)
    qualification_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("qualification.id"))
    part: Mapped[QualificationPart | None] = mapped_column(
        enum_type(QualificationPart), default=None
    )
    profile: Mapped[str] = mapped_column(String(120), default="")


class CompetenceLink(Mutable, Base):
    """Catalogue data: an employee skill linked to a werkproces or kerndoel it serves, with
    the source that says so ('MKB Nederland, werknemersvaardigheden 2023'). One direction:
    from the skill, to what it is linked to."""

    __tablename__ = "competence_link"
    __table_args__ = (UniqueConstraint("from_id", "to_id"),)
    from_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
    to_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
    source: Mapped[str] = mapped_column(String(200))


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


class CardSector(Mutable, Base):
    """A further sector a card belongs to, beside its home sector (card.sector_id): an
    employee-skills card serves every sector. Search and sector filters find a card under
    its home sector and under each of these."""

    __tablename__ = "card_sector"
    __table_args__ = (UniqueConstraint("card_id", "sector_id"),)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"), index=True)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sector.id"), index=True)


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
    student_text: Mapped[str] = mapped_column(Text, server_default="")
    """The same step or criterion as the student says it ("Ik voel ..."), for the student
    view; empty when the catalogue gives none (the view then shows the card's text)."""


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
