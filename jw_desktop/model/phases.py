"""The six phases of a Jongleren&Werken leerroute, with their meaning, and the rule by
which a student moves from one to another: a recorded action (a phase_change fact), not
an edited number.

The names, purposes and "ik" statements come from the programme's presentation
(shared/seeds/jongleren-en-werken-presentatie.txt). The presentation groups fase 1 and 2
(first and second school year) and fase 4 and 5 (fourth and fifth year) under one list
of statements; the split below, and every purpose line, is our own wording where the
source gives none: each such place is marked "phrased here".

Why the current phase stays on student.phase (updated in the same transaction as the
fact) instead of being derived from the facts: the student list, its phase filter, the
class grid and sync all read student.phase in plain SQL; students imported before this
revision have no phase facts; and a derived phase would need a "latest fact" subquery
in every one of those reads. The facts are the history (who, when, why); student.phase
is its latest value. Both travel in one sync change set.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Fact
from .errors import InvalidInput
from .people import Staff, Student
from .wording import date_text

MAX_REASON = 300


@dataclass(frozen=True)
class Phase:
    """One phase of the programme: where it happens and what it is for, and what the
    student says about it ("ik" statements, in the programme's words)."""

    number: int
    name: str
    where: str  # "school" (in groups), "praktijk" (at the workplace) or "nazorg"
    purpose: str
    ik: tuple[str, ...]


_LOWER_YEARS_IK = (
    "Ik leer mijn mogelijkheden kennen",
    "Ik leer leren en ben nieuwsgierig",
    "Ik leer taken uitvoeren",
    "Ik krijg een positief zelfbeeld",
    "Ik leer werken in sociale situaties",
    "Ik leer door doen",
    "Ik leer het best in kleine stappen",
    "Ik oefen in praktijklessen, met acteurs en in games",
    "Ik leer reken- en taalvaardigheden, gekoppeld aan de praktijkvakken",
    "Ik maak kennis met kansrijke sectoren in de regio",
)  # seed: "Fase 1 en 2, Eerste en tweede leerjaar" (one list for both years)

_UPPER_YEARS_IK = (
    "Ik oefen mijn vaardigheden in de praktijk",
    "Ik weet wat ik moet kunnen in mijn toekomstig werk",
    "Ik leer wat werkgevers belangrijk vinden",
    "Ik pas op mijn stageplek toe wat ik op school geleerd heb",
    "Ik leer gericht zodat ik erkende certificaten en diploma’s kan halen",
    "Ik heb perspectief op werk",
    "Ik werk gericht aan mijn werkopdrachten",
    "Ik solliciteer en maak kennis met mijn toekomstige werkgever",
    "Ik laat mijn werkgever zien dat ik voldoe aan de eisen",
    "Ik haal certificaten en diploma’s en krijg de baan!",
)  # seed: "Fase 4 en 5, Vierde en vijfde leerjaar" (one list for both years)

PHASES: tuple[Phase, ...] = (
    Phase(
        1,
        "Fase 1: eerste leerjaar",  # seed: "Eerste en tweede leerjaar"
        "school",
        # phrased here, from the seed's "Werkwijze onderbouw" (groepsgewijs, thematisch,
        # modules met een doelenposter, arbeidsvaardigheden centraal)
        "Op school, in de groep: ontdekken wat je kunt en leren leren, in thema's en "
        "modules met een doelenposter.",
        # phrased here: the seed's first five statements of its fase 1-2 list
        _LOWER_YEARS_IK[:5],
    ),
    Phase(
        2,
        "Fase 2: tweede leerjaar",  # seed: "Eerste en tweede leerjaar"
        "school",
        # phrased here, from "Werkwijze onderbouw" and the fase 1-2 statements
        "Op school, in de groep: taken leren uitvoeren in kleine stappen, in "
        "praktijklessen, met rekenen en taal bij de praktijkvakken.",
        # phrased here: the seed's last five statements of its fase 1-2 list
        _LOWER_YEARS_IK[5:],
    ),
    Phase(
        3,
        "Fase 3: derde leerjaar",  # seed: "Fase 3, derde leerjaar"
        "school",
        "Leren kansrijk kiezen: een werkrichting en een duidelijk stappenplan.",  # phrased here
        (  # seed, with one word corrected (it writes "een kansrijk werkrichting")
            "Ik leer kansrijk kiezen",
            "Ik krijg inzicht in wat ik wil en wat ik kan",
            "Ik leer inschatten wat binnen mijn mogelijkheden ligt",
            "Ik kies een kansrijke werkrichting",
            "Ik bereik wat ik wil met een duidelijk stappenplan",
        ),
    ),
    Phase(
        4,
        "Fase 4: vierde leerjaar",  # seed: "Vierde en vijfde leerjaar"
        "praktijk",
        # phrased here, from the seed's "Werkwijze bovenbouw" (maatwerktrajecten, leren op
        # de werkvloer, erkende certificaten)
        "In de praktijk, op de werkplek: oefenen op de stage en werken aan erkende certificaten.",
        _UPPER_YEARS_IK[:5],  # phrased here: the first five of the seed's fase 4-5 list
    ),
    Phase(
        5,
        "Fase 5: vijfde leerjaar",  # seed: "Vierde en vijfde leerjaar"
        "praktijk",
        # phrased here, from the second half of the fase 4-5 statements
        "In de praktijk, op de werkplek: solliciteren, de werkgever laten zien dat je aan "
        "de eisen voldoet, certificaten halen.",
        _UPPER_YEARS_IK[5:],  # phrased here: the last five of the seed's fase 4-5 list
    ),
    Phase(
        6,
        "Fase 6: nazorg",  # seed: "Fase 6, 2 jaar nazorg - duurzame uitstroom"
        "nazorg",
        "Twee jaar nazorg: duurzaam aan het werk blijven.",  # seed: "duurzame uitstroom"
        (
            "Ik ben een goed werknemer",
            "Ik krijg bij mijn werkgever de kans om te leren",
            "Ik werk aan mijn portfolio",
            "Ik haal extra certificaten en/of diploma's",
            "Ik krijg steeds meer zelfvertrouwen",
        ),
    ),
)

WHERE_TEXT = {
    "school": "op school, in de groep",
    "praktijk": "in de praktijk, op de werkplek",
    "nazorg": "na school, op het werk",
}


def phase(number: int) -> Phase:
    """The phase with this number (1-6), or a Dutch InvalidInput."""
    if not isinstance(number, int) or not 1 <= number <= len(PHASES):
        raise InvalidInput(f"Fase {number} bestaat niet: kies een fase van 1 tot en met 6.")
    return PHASES[number - 1]


def describe(number: int) -> str:
    """Name, purpose and "ik" statements as plain text (tooltips, the CLI)."""
    p = phase(number)
    return "\n".join([heading(number), p.purpose, *(f"• {s}" for s in p.ik)])


def heading(number: int) -> str:
    """'Fase 4: ... (in de praktijk, op de werkplek)': the name and where it happens."""
    p = phase(number)
    return f"{p.name} ({WHERE_TEXT[p.where]})"


class PhaseChange(Fact, Base):
    """'Fase 3 -> 4 on 01-09-2026: stage gestart, by Anna.' The history of a student's
    phase; the latest value is also on student.phase (see the module docstring)."""

    __tablename__ = "phase_change"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    from_phase: Mapped[int] = mapped_column(Integer)
    to_phase: Mapped[int] = mapped_column(Integer)
    changed_on: Mapped[date]
    reason: Mapped[str] = mapped_column(String(MAX_REASON), default="")


@dataclass(frozen=True)
class PhaseChangeView:
    id: uuid.UUID
    from_phase: int
    to_phase: int
    changed_on: date
    reason: str
    by: str | None

    def text(self) -> str:
        by = f", door {self.by}" if self.by else ""
        why = f": {self.reason}" if self.reason else ""
        return f"Fase {self.from_phase} -> {self.to_phase} op {date_text(self.changed_on)}{why}{by}"


def change(
    session: Session,
    student: Student,
    to_phase: int,
    reason: str,
    *,
    by: uuid.UUID | None,
    on: date,
) -> PhaseChange:
    """Record the move and set student.phase in the same transaction. A reason is
    required: the history must say why (a stage started, a choice made, aftercare)."""
    phase(to_phase)
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("Schrijf op waarom de fase verandert (bijvoorbeeld: stage gestart).")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"De reden is te lang (meer dan {MAX_REASON} tekens).")
    if to_phase == student.phase:
        raise InvalidInput(f"{student.full_name} zit al in fase {to_phase}.")
    fact = PhaseChange(
        student_id=student.id,
        from_phase=student.phase,
        to_phase=to_phase,
        changed_on=on,
        reason=reason,
        recorded_by=by,
        partition=student.partition,
    )
    session.add(fact)
    student.phase = to_phase
    session.flush()
    return fact


def history(session: Session, student_id: uuid.UUID) -> list[PhaseChangeView]:
    """Every phase change of the student, oldest first."""
    rows = session.execute(
        select(
            PhaseChange.id,
            PhaseChange.from_phase,
            PhaseChange.to_phase,
            PhaseChange.changed_on,
            PhaseChange.reason,
            Staff.name,
        )
        .outerjoin(Staff, Staff.id == PhaseChange.recorded_by)
        .where(PhaseChange.student_id == student_id, PhaseChange.withdrawn.is_(False))
        .order_by(PhaseChange.changed_on, PhaseChange.recorded_at)
    )
    return [PhaseChangeView(*r) for r in rows]
