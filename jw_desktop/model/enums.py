"""The fixed vocabularies of the programme. Values are stored as the Dutch field terms."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


class CardType(enum.StrEnum):
    """The five card types, in the order a student meets them."""

    INSTAPVRAGEN = "instapvragen"
    LESKAART = "leskaart"
    INSTRUCTIEKAART = "instructiekaart"
    WERKOPDRACHT = "werkopdracht"
    EINDWERKOPDRACHT = "eindwerkopdracht"


class ElementKind(enum.StrEnum):
    """Parts of a card version. Steps and criteria are what gets observed."""

    QUESTION = "vraag"
    STEP = "stap"
    CRITERION = "criterium"


OBSERVABLE_KINDS = (ElementKind.STEP, ElementKind.CRITERION)


class CompetenceKind(enum.StrEnum):
    KERNDOEL = "kerndoel"
    GEDRAGSKENMERK = "gedragskenmerk"
    GEDRAGSCRITERIUM = "gedragscriterium"
    KERNTAAK = "kerntaak"
    WERKPROCES = "werkproces"
    WERKNEMERSVAARDIGHEID = "werknemersvaardigheid"


class QualificationPart(enum.StrEnum):
    """Where a kerntaak or werkproces sits in its kwalificatiedossier: the basisdeel every
    profile shares, or the profieldeel of one profile (docs/domain.md)."""

    BASISDEEL = "basisdeel"
    PROFIELDEEL = "profieldeel"


class CredentialKind(enum.StrEnum):
    PRAKTIJKBEWIJS = "praktijkbewijs"
    BRANCHECERTIFICAAT = "branchecertificaat"
    PRAKTIJKVERKLARING = "praktijkverklaring"
    MBO_DIPLOMA = "mbo-diploma"


class IssuerKind(enum.StrEnum):
    """Who issues a credential (model/issuing.py): the school itself, the branch
    organisation, or the mbo school."""

    SCHOOL = "school"
    BRANCH = "branche"
    MBO_SCHOOL = "mbo-school"


class Role(enum.StrEnum):
    TEACHER = "docent"
    JOBCOACH = "jobcoach"
    ADMIN = "beheerder"


class Uitstroomprofiel(enum.StrEnum):
    ARBEIDSMARKT = "arbeidsmarkt"
    DAGBESTEDING = "dagbesteding"
    VERVOLGONDERWIJS = "vervolgonderwijs"


class PlacementModel(enum.StrEnum):
    LINT = "lint"  # alternating, e.g. 2 days work / 3 days school
    SANDWICH = "sandwich"  # one block


class ItemStatus(enum.StrEnum):
    PLANNED = "gepland"
    IN_PROGRESS = "bezig"
    DONE = "klaar"


class Setting(enum.StrEnum):
    """Where an observation was made."""

    SCHOOL = "school"
    WORKPLACE = "werkplek"


class NoteCategory(enum.StrEnum):
    """Privacy category of a note: a jobcoach may see 'werk', only school staff 'zorg'."""

    WORK = "werk"
    CARE = "zorg"


class Level(enum.IntEnum):
    """The one observation scale (docs/domain.md): nog niet < met hulp < zelfstandig."""

    NOT_YET = 0
    WITH_HELP = 1
    INDEPENDENT = 2

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Level:
        key = text.strip().lower().replace("-", " ").replace("_", " ")
        for level, label in LEVEL_LABELS.items():
            if key in (label, str(int(level))):
                return level
        raise ValueError(f"onbekend niveau {text!r}: kies nog niet, met hulp of zelfstandig")


LEVEL_LABELS = {
    Level.NOT_YET: "nog niet",
    Level.WITH_HELP: "met hulp",
    Level.INDEPENDENT: "zelfstandig",
}


def enum_type(cls: type[enum.Enum], length: int = 24) -> Any:
    """Store an enum by its value (the Dutch term) as plain text, portable to PostgreSQL."""
    return Enum(
        cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        validate_strings=True,
        length=length,
    )
