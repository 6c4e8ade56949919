"""Placements as history: ending a stage (its hours keep counting), removing one entered
by mistake, and the hours a route asks across placements per school year.

The rules are described in docs/domain.md, "Placements and companies"."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Integer, String, exists, func, select, type_coerce
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Mutable
from .errors import InvalidInput
from .lookups import active_facts
from .people import Placement
from .progress import HoursEntry
from .wording import hours_text

REQUIREMENT_NAMESPACE = uuid.UUID("0b9e3c55-41f4-4c43-8f0e-6a3d2c5e7b19")
MAX_HOURS_PER_YEAR = 2_000
MAX_SCHOOL_YEARS = 6
BEHIND = 0.8
"""The 80% rule of the student list: behind when under 80% of what the period so far asks."""


def requirement_id_for(student_id: uuid.UUID) -> uuid.UUID:
    """One requirement per student; its id follows from the student's, so two laptops
    that set it offline make one record, merged field by field (as route_id_for)."""
    return uuid.uuid5(REQUIREMENT_NAMESPACE, student_id.hex)


class HoursRequirement(Mutable, Base):
    """The hours a student's route (a leerwerktraject) asks across all placements, ended
    ones included: hours_per_year in each of school_years school years (1 August - 31
    July), the first starting on 1 August of first_year."""

    __tablename__ = "hours_requirement"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), unique=True)
    hours_per_year: Mapped[int] = mapped_column(Integer)
    school_years: Mapped[int] = mapped_column(Integer)
    first_year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")


def school_year_of(day: date) -> int:
    """The year the school year holding `day` starts in (1 August - 31 July)."""
    return day.year if day.month >= 8 else day.year - 1


def school_year_text(year: int) -> str:
    return f"{year}-{year + 1}"


@dataclass(frozen=True)
class YearHours:
    """One school year of a requirement: hours done in it (all placements), what it asks,
    and what it asks so far (the whole year once it is over)."""

    year: int
    minutes_done: int
    hours_required: int
    expected_minutes: float
    behind: bool
    current: bool
    past: bool

    @property
    def label(self) -> str:
        return school_year_text(self.year)


@dataclass(frozen=True)
class RequirementView:
    hours_per_year: int
    school_years: int
    first_year: int
    note: str
    minutes_done: int
    """All hours of all the student's placements, ended ones included."""
    years: tuple[YearHours, ...]

    @property
    def hours_required(self) -> int:
        return self.hours_per_year * self.school_years


def end(session: Session, placement: Placement, on: date, today: date) -> None:
    """Mark the placement ended on `on`: not before it started and not in the future (a
    planned end is end_on; this records that it happened). Ending twice is refused so the
    first date, which the audit holds, stays."""
    if placement.ended_on is not None:
        raise InvalidInput(f"Deze stage is al afgelopen op {placement.ended_on:%d-%m-%Y}.")
    if on < placement.start_on:
        raise InvalidInput(
            f"De stage kan niet eindigen op {on:%d-%m-%Y}: hij begon pas op "
            f"{placement.start_on:%d-%m-%Y}."
        )
    if on > today:
        raise InvalidInput(
            f"{on:%d-%m-%Y} ligt in de toekomst; een geplande einddatum is de 'tot en met' "
            "van de stage. Beëindig de stage op de dag dat hij echt afloopt."
        )
    worked_later = session.scalar(
        select(
            exists().where(
                HoursEntry.placement_id == placement.id,
                HoursEntry.worked_on > on,
                active_facts(HoursEntry),
            )
        )
    )
    if worked_later:
        raise InvalidInput(
            f"Er zijn al uren vastgelegd na {on:%d-%m-%Y}. Kies een latere einddatum of "
            "trek die uren eerst in."
        )
    placement.ended_on = on


def remove(session: Session, placement: Placement) -> None:
    """A placement entered by mistake goes (a tombstone); one with hours is history and
    is ended instead, so no worked hour can disappear by this door."""
    has_hours = session.scalar(
        select(
            exists().where(
                HoursEntry.placement_id == placement.id,
                HoursEntry.minutes > 0,
                active_facts(HoursEntry),
            )
        )
    )
    if has_hours:
        raise InvalidInput(
            "Bij deze stage zijn uren vastgelegd; verwijderen kan dan niet. "
            "Beëindig de stage: de uren blijven dan meetellen."
        )
    placement.deleted = True


def set_requirement(
    session: Session,
    student_id: uuid.UUID,
    partition: str,
    *,
    hours_per_year: int,
    school_years: int,
    first_year: int,
    note: str = "",
) -> HoursRequirement:
    if not 1 <= hours_per_year <= MAX_HOURS_PER_YEAR:
        raise InvalidInput(
            f"Vul een urennorm per schooljaar in van 1 tot en met {MAX_HOURS_PER_YEAR} uur."
        )
    if not 1 <= school_years <= MAX_SCHOOL_YEARS:
        raise InvalidInput(f"Het aantal schooljaren moet 1 tot en met {MAX_SCHOOL_YEARS} zijn.")
    if not 2000 <= first_year <= 2100:
        raise InvalidInput("Kies het eerste schooljaar van de urennorm.")
    note = note.strip()
    if len(note) > 200:
        raise InvalidInput("De toelichting bij de urennorm is te lang (meer dan 200 tekens).")
    row = session.get(HoursRequirement, requirement_id_for(student_id))
    if row is None:
        row = HoursRequirement(
            id=requirement_id_for(student_id), student_id=student_id, partition=partition
        )
        session.add(row)
    row.hours_per_year, row.school_years, row.first_year = hours_per_year, school_years, first_year
    row.note, row.deleted = note, False
    session.flush()
    return row


def _month_minutes(session: Session, student_id: uuid.UUID | None) -> dict[str, dict[str, int]]:
    """student (hex) -> 'YYYY-MM' -> minutes, over all placements not removed (ended
    ones count), for the students that have a requirement."""
    month = func.substr(type_coerce(HoursEntry.worked_on, String), 1, 7)
    q = (
        select(type_coerce(HoursEntry.student_id, String), month, func.sum(HoursEntry.minutes))
        .join(Placement, Placement.id == HoursEntry.placement_id)
        .join(HoursRequirement, HoursRequirement.student_id == HoursEntry.student_id)
        .where(
            active_facts(HoursEntry),
            Placement.deleted.is_(False),
            HoursRequirement.deleted.is_(False),
        )
        .group_by(HoursEntry.student_id, month)
    )
    if student_id is not None:
        q = q.where(HoursEntry.student_id == student_id)
    found: dict[str, dict[str, int]] = {}
    for sid, ym, minutes in session.execute(q):
        found.setdefault(sid, {})[ym] = int(minutes or 0)
    return found


def _view(row: HoursRequirement, months: dict[str, int], today: date) -> RequirementView:
    per_year: dict[int, int] = {}
    for ym, minutes in months.items():
        year, month = int(ym[:4]), int(ym[5:7])
        key = year if month >= 8 else year - 1
        per_year[key] = per_year.get(key, 0) + minutes
    now = school_year_of(today)
    years = []
    for year in range(row.first_year, row.first_year + row.school_years):
        done = per_year.get(year, 0)
        start, end = date(year, 8, 1), date(year + 1, 7, 31)
        if year < now:
            expected = row.hours_per_year * 60.0
            behind = done < expected
        elif year == now:
            fraction = ((today - start).days + 1) / ((end - start).days + 1)
            expected = row.hours_per_year * 60.0 * fraction
            behind = expected > 0 and done < BEHIND * expected
        else:
            expected, behind = 0.0, False
        years.append(
            YearHours(year, done, row.hours_per_year, expected, behind, year == now, year < now)
        )
    return RequirementView(
        row.hours_per_year,
        row.school_years,
        row.first_year,
        row.note,
        sum(months.values()),
        tuple(years),
    )


def requirement(session: Session, student_id: uuid.UUID, today: date) -> RequirementView | None:
    row = session.get(HoursRequirement, requirement_id_for(student_id))
    if row is None or row.deleted:
        return None
    return _view(row, _month_minutes(session, student_id).get(student_id.hex, {}), today)


def requirement_reasons(
    session: Session, today: date, student_id: uuid.UUID | None = None
) -> dict[str, list[str]]:
    """student (hex) -> the attention reasons of their route's hours requirement: the
    current school year under 80% of what it asks so far, counted over all placements
    (ended ones too). A past year that fell short shows on the student page, not in the
    list (it can no longer be caught up in that year)."""
    q = select(HoursRequirement).where(HoursRequirement.deleted.is_(False))
    if student_id is not None:
        q = q.where(HoursRequirement.student_id == student_id)
    rows = list(session.scalars(q))
    if not rows:
        return {}
    months = _month_minutes(session, student_id)
    reasons: dict[str, list[str]] = {}
    for row in rows:
        sid = row.student_id.hex
        for year in _view(row, months.get(sid, {}), today).years:
            if year.current and year.behind:
                reasons.setdefault(sid, []).append(
                    f"uren schooljaar {year.label} achter: {hours_text(year.minutes_done)} uur "
                    f"gedaan over alle stages, {hours_text(year.expected_minutes)} verwacht tot "
                    f"nu toe ({row.hours_per_year} per schooljaar)"
                )
    return reasons


def remove_requirement(session: Session, student_id: uuid.UUID) -> None:
    row = session.get(HoursRequirement, requirement_id_for(student_id))
    if row is not None:
        row.deleted = True
