"""The qualification structure: how competence codes are named and found, and the
catalogue data that ties the learning line together (employee skills linked to werkprocessen
and kerndoelen with their source; cards in more than one sector).

A werkproces code such as B1-K1-W1 is unique only within its kwalificatiedossier: two
dossiers can both have one. So a reference to a competence is '<crebo>/<code>' (for example
'98101/B1-K1-W1') or a bare code. A bare code names a competence outside a dossier
(kerndoel, gedragskenmerk, gedragscriterium, werknemersvaardigheid: unique among
themselves), or the one dossier competence with that code; when several dossiers have it,
the bare code is refused with the qualified names to choose from. docs/domain.md, "The
qualification structure".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .catalogue import CardCompetence, CardSector, Competence, CompetenceLink, Qualification
from .enums import CompetenceKind, QualificationPart
from .errors import InvalidInput

SEPARATOR = "/"
DOSSIER_KINDS = (CompetenceKind.KERNTAAK, CompetenceKind.WERKPROCES)


def competence_ref(crebo: str | None, code: str) -> str:
    """The name by which a competence is referred to in specs, the CLI and the window."""
    return f"{crebo}{SEPARATOR}{code}" if crebo else code


def split_ref(ref: str) -> tuple[str | None, str]:
    """'98101/B1-K1-W1' -> ('98101', 'B1-K1-W1'); 'KD1.1' -> (None, 'KD1.1')."""
    ref = ref.strip()
    crebo, sep, code = ref.partition(SEPARATOR)
    if not sep:
        return None, ref
    return crebo.strip(), code.strip()


def competence_natural_key(crebo: str | None, code: str) -> str:
    """Natural key for the catalogue id: per dossier when the competence has one."""
    return f"competence/{competence_ref(crebo, code)}"


@dataclass
class CompetenceIndex:
    """(crebo or None, code) -> competence id, for resolving references in one import."""

    ids: dict[tuple[str | None, str], uuid.UUID] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> CompetenceIndex:
        rows = session.execute(
            select(Qualification.crebo, Competence.code, Competence.id).outerjoin(
                Qualification, Qualification.id == Competence.qualification_id
            )
        )
        return cls({(crebo, code): cid for crebo, code, cid in rows})

    def __contains__(self, key: tuple[str | None, str]) -> bool:
        return key in self.ids

    def add(self, crebo: str | None, code: str, cid: uuid.UUID) -> None:
        self.ids[(crebo, code)] = cid

    def resolve(self, ref: str | None, within: str | None = None) -> uuid.UUID:
        """The competence a reference names. `within`: the dossier of the referring
        competence (a werkproces's parent kerntaak is looked up there first)."""
        if ref is None or not ref.strip():
            raise InvalidInput("Een competentie zonder code in de catalogus.")
        crebo, code = split_ref(ref)
        if crebo is not None:
            if (crebo, code) not in self.ids:
                raise InvalidInput(
                    f"Onbekende competentie {code!r} in kwalificatiedossier {crebo!r} "
                    "in de catalogus."
                )
            return self.ids[(crebo, code)]
        if within is not None and (within, code) in self.ids:
            return self.ids[(within, code)]
        if (None, code) in self.ids:
            return self.ids[(None, code)]
        dossiers = sorted(c for c, k in self.ids if k == code and c is not None)
        if len(dossiers) == 1:
            return self.ids[(dossiers[0], code)]
        if not dossiers:
            raise InvalidInput(f"Onbekende competentie {ref!r} in de catalogus.")
        choices = " of ".join(competence_ref(c, code) for c in dossiers)
        raise InvalidInput(
            f"Competentiecode {code} staat in meer dan één kwalificatiedossier: schrijf {choices}."
        )


def card_competences(session: Session, version_id: uuid.UUID) -> tuple[tuple[str, str], ...]:
    """(reference, title) of the competences a card version works on, by reference: a
    werkproces with its dossier ('98101/B1-K1-W1'), since two dossiers can share a code."""
    rows = session.execute(
        select(Qualification.crebo, Competence.code, Competence.title)
        .join(CardCompetence, CardCompetence.competence_id == Competence.id)
        .outerjoin(Qualification, Qualification.id == Competence.qualification_id)
        .where(CardCompetence.card_version_id == version_id)
    )
    return tuple(sorted((competence_ref(crebo, code), title) for crebo, code, title in rows))


def check_part(
    code: str, crebo: str | None, part: QualificationPart | None, profile: str
) -> tuple[QualificationPart | None, str]:
    """Basisdeel or profieldeel only within a dossier; a profieldeel names its profile."""
    profile = profile.strip()
    if part is None:
        if profile:
            raise InvalidInput(f"Competentie {code}: een profiel hoort bij een profieldeel.")
        return None, ""
    part = QualificationPart(part)
    if crebo is None:
        raise InvalidInput(
            f"Competentie {code}: basisdeel of profieldeel kan alleen binnen een "
            "kwalificatiedossier."
        )
    if part == QualificationPart.PROFIELDEEL and not profile:
        raise InvalidInput(f"Competentie {code}: noem het profiel van dit profieldeel.")
    if part == QualificationPart.BASISDEEL and profile:
        raise InvalidInput(f"Competentie {code}: het basisdeel hoort bij geen profiel.")
    if len(profile) > 120:
        raise InvalidInput(f"Competentie {code}: de profielnaam is te lang (hoogstens 120).")
    return part, profile


def competence_link_rows(
    session: Session,
    links: Iterable[tuple[str, str, str]],
    comps: CompetenceIndex,
    row: Any,
) -> list[dict[str, Any]]:
    """competence_link rows for (from ref, to ref, source) not yet in the catalogue.
    `row(natural, **values)` makes a catalogue row."""
    existing: set[tuple[uuid.UUID, uuid.UUID]] = {
        (a, b) for a, b in session.execute(select(CompetenceLink.from_id, CompetenceLink.to_id))
    }
    rows: list[dict[str, Any]] = []
    for from_ref, to_ref, source in links:
        source = " ".join(source.split())
        if not source:
            raise InvalidInput(
                f"De koppeling {from_ref} - {to_ref} noemt geen bron: zeg waar ze vandaan komt."
            )
        if len(source) > 200:
            raise InvalidInput(f"De bron van {from_ref} - {to_ref} is te lang (hoogstens 200).")
        from_id, to_id = comps.resolve(from_ref), comps.resolve(to_ref)
        if from_id == to_id:
            raise InvalidInput(f"Competentie {from_ref} kan niet aan zichzelf gekoppeld worden.")
        if (from_id, to_id) in existing:
            continue
        existing.add((from_id, to_id))
        rows.append(
            row(
                f"competence-link/{from_id.hex}/{to_id.hex}",
                from_id=from_id,
                to_id=to_id,
                source=source,
            )
        )
    return rows


def card_sector_rows(
    session: Session,
    cards: Iterable[tuple[uuid.UUID, str, tuple[str, ...]]],
    sectors: Mapping[str, uuid.UUID],
    row: Any,
) -> list[dict[str, Any]]:
    """card_sector rows for the further sectors of (card id, home sector key, sector keys)."""
    existing: set[tuple[uuid.UUID, uuid.UUID]] = {
        (a, b) for a, b in session.execute(select(CardSector.card_id, CardSector.sector_id))
    }
    rows: list[dict[str, Any]] = []
    for card_id, home, keys in cards:
        for key in dict.fromkeys(keys):
            if key == home:
                continue
            if key not in sectors:
                raise InvalidInput(f"Onbekende sector {key!r} in de catalogus.")
            pair = (card_id, sectors[key])
            if pair in existing:
                continue
            existing.add(pair)
            rows.append(
                row(f"card-sector/{card_id.hex}/{key}", card_id=card_id, sector_id=sectors[key])
            )
    return rows


def bulk(session: Session, entity: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(entity), rows)
