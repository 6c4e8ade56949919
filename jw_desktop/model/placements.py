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
from .catalogue import Card, Competence, Sector
from .credentials import CredentialDefinition
from .errors import InvalidInput
from .lookups import active_facts
from .people import Company, Placement, Student
from .progress import HoursEntry
from .route import Route, RouteItem
from .wording import date_text, hours_text

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
    """Mark the placement ended on `on` (check_end says when it may not)."""
    check_end(session, placement, on, today)
    placement.ended_on = on


def check_end(session: Session, placement: Placement, on: date, today: date) -> None:
    """May the placement end on `on`? Not before it started and not in the future (a
    planned end is end_on; ending records that it happened), not before a day that has
    hours, and not twice, so the first date, which the audit holds, stays. InvalidInput
    says why not; asked before the window asks its question, and by end itself."""
    if placement.ended_on is not None:
        raise InvalidInput(f"Deze stage is al afgelopen op {date_text(placement.ended_on)}.")
    if on < placement.start_on:
        raise InvalidInput(
            f"De stage kan niet eindigen op {date_text(on)}: hij begon pas op "
            f"{date_text(placement.start_on)}."
        )
    if on > today:
        raise InvalidInput(
            f"{date_text(on)} ligt in de toekomst; een geplande einddatum is de 'tot en met' "
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
            f"Er zijn al uren vastgelegd na {date_text(on)}. Kies een latere einddatum of "
            "trek die uren eerst in."
        )


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


def read_years(
    months: dict[str, int], hours_per_year: int, school_years: int, first_year: int, today: date
) -> tuple[YearHours, ...]:
    """The per-school-year reading of a requirement from minutes per 'YYYY-MM' (pure, so
    it is tested over many inputs): each month counts in the school year it falls in."""
    per_year: dict[int, int] = {}
    for ym, minutes in months.items():
        year, month = int(ym[:4]), int(ym[5:7])
        key = year if month >= 8 else year - 1
        per_year[key] = per_year.get(key, 0) + minutes
    now = school_year_of(today)
    years = []
    for year in range(first_year, first_year + school_years):
        done = per_year.get(year, 0)
        start, end = date(year, 8, 1), date(year + 1, 7, 31)
        if year < now:
            expected = hours_per_year * 60.0
            behind = done < expected
        elif year == now:
            fraction = ((today - start).days + 1) / ((end - start).days + 1)
            expected = hours_per_year * 60.0 * fraction
            behind = expected > 0 and done < BEHIND * expected
        else:
            expected, behind = 0.0, False
        years.append(
            YearHours(year, done, hours_per_year, expected, behind, year == now, year < now)
        )
    return tuple(years)


def _view(row: HoursRequirement, months: dict[str, int], today: date) -> RequirementView:
    years = read_years(months, row.hours_per_year, row.school_years, row.first_year, today)
    return RequirementView(
        row.hours_per_year,
        row.school_years,
        row.first_year,
        row.note,
        sum(months.values()),
        years,
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


# -- companies as the field knows them ---------------------------------------------------

GOAL_NAMESPACE = uuid.UUID("5d2f7a0c-8e61-4b3a-a9c4-71e0b2d6f3a8")
REGION_NAMESPACE = uuid.UUID("a7c1e9b4-3f25-4d68-8b0a-2e9d4c6f1b57")
MAX_GOALS = 8
MAX_GOAL = 300


def region_sector_id_for(school_id: uuid.UUID, sector_id: uuid.UUID) -> uuid.UUID:
    """One line per school and sector, made alike on two laptops (merged field by field)."""
    return uuid.uuid5(REGION_NAMESPACE, f"{school_id.hex}/{sector_id.hex}")


class PlacementGoal(Mutable, Base):
    """A stage learning goal (leerdoel) of one placement, optionally linked to the
    competence or werkproces it works on."""

    __tablename__ = "placement_goal"
    placement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement.id"), index=True)
    text: Mapped[str] = mapped_column(String(MAX_GOAL))
    competence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("competence.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class RegionSector(Mutable, Base):
    """A sector where the school's region has work: open places and a labour-market
    note, so a teacher matches a student to where the work is."""

    __tablename__ = "region_sector"
    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"), index=True)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sector.id"))
    open_places: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(300), default="")


def recognised(company: Company, today: date) -> bool:
    """Erkend leerbedrijf: a recognition number, and its validity not run out."""
    return bool(company.recognition_number) and (
        company.recognized_until is None or company.recognized_until >= today
    )


def set_recognition(
    company: Company,
    *,
    number: str,
    recognized_on: date | None,
    recognized_until: date | None,
    open_places: int,
    today: date,
) -> None:
    number = number.strip()
    if len(number) > 40:
        raise InvalidInput("Het erkenningsnummer is te lang (meer dan 40 tekens).")
    if number and not any(ch.isdigit() for ch in number):
        raise InvalidInput("Een erkenningsnummer van SBB bestaat uit cijfers.")
    if (recognized_on or recognized_until) and not number:
        raise InvalidInput("Vul het erkenningsnummer in bij een erkenningsdatum.")
    if recognized_on is not None and recognized_on > today:
        raise InvalidInput("De erkenningsdatum ligt in de toekomst.")
    if recognized_on and recognized_until and recognized_until < recognized_on:
        raise InvalidInput("De erkenning is geldig tot een dag voor de erkenningsdatum.")
    if not 0 <= open_places <= 1000:
        raise InvalidInput("Het aantal open plaatsen moet 0 tot en met 1000 zijn.")
    company.recognition_number = number
    company.recognized_on, company.recognized_until = recognized_on, recognized_until
    company.open_places = open_places


def record_agreement(placement: Placement, signed_on: date, signed_by: str, today: date) -> None:
    """The praktijkovereenkomst of a placement: signed on a day (not in the future) by
    whom (school, student, parent or carer, company - as the paper says)."""
    signed_by = " ".join(signed_by.split())
    if not signed_by:
        raise InvalidInput("Vul in wie de praktijkovereenkomst getekend hebben.")
    if len(signed_by) > 200:
        raise InvalidInput("Wie getekend hebben is te lang (meer dan 200 tekens).")
    if signed_on > today:
        raise InvalidInput(f"De ondertekening ligt in de toekomst ({date_text(signed_on)}).")
    placement.agreement_signed_on, placement.agreement_signed_by = signed_on, signed_by


def add_goal(
    session: Session, placement: Placement, text: str, competence_id: uuid.UUID | None
) -> PlacementGoal:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Een leerdoel heeft een tekst.")
    if len(text) > MAX_GOAL:
        raise InvalidInput(f"Het leerdoel is te lang (meer dan {MAX_GOAL} tekens).")
    goals = list(
        session.scalars(
            select(PlacementGoal).where(
                PlacementGoal.placement_id == placement.id, PlacementGoal.deleted.is_(False)
            )
        )
    )
    if len(goals) >= MAX_GOALS:
        raise InvalidInput(
            f"Een stage heeft hoogstens {MAX_GOALS} leerdoelen: houd ze klein en haalbaar."
        )
    if competence_id is not None and session.get(Competence, competence_id) is None:
        raise InvalidInput("Deze competentie of dit werkproces bestaat niet.")
    goal = PlacementGoal(
        placement_id=placement.id,
        text=text,
        competence_id=competence_id,
        position=max((g.position for g in goals), default=-1) + 1,
        partition=placement.partition,
    )
    session.add(goal)
    session.flush()
    return goal


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    text: str
    competence: str | None
    """'B1-K1-W2 Verzorgt planten' when linked."""


@dataclass(frozen=True)
class PlacementDetails:
    placement_id: uuid.UUID
    company: str
    company_recognised: bool
    recognition_number: str
    start_on: date
    end_on: date
    ended_on: date | None
    agreement_signed_on: date | None
    agreement_signed_by: str
    goals: tuple[GoalView, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a teacher must still arrange for this placement (Dutch)."""
        found = []
        if self.agreement_signed_on is None and self.ended_on is None:
            found.append(f"{self.company}: de praktijkovereenkomst is nog niet getekend.")
        if not self.company_recognised and self.ended_on is None:
            found.append(f"{self.company} is (nog) geen erkend leerbedrijf.")
        return tuple(found)


def placement_details(
    session: Session, student_id: uuid.UUID, today: date
) -> list[PlacementDetails]:
    """Per placement not removed (running first): agreement, recognition, goals."""
    rows = session.execute(
        select(Placement, Company)
        .join(Company, Company.id == Placement.company_id)
        .where(Placement.student_id == student_id, Placement.deleted.is_(False))
        .order_by(Placement.ended_on.is_not(None), Placement.start_on.desc())
    ).all()
    ids = [p.id for p, _c in rows]
    goals: dict[uuid.UUID, list[GoalView]] = {}
    if ids:
        found = session.execute(
            select(PlacementGoal, Competence.code, Competence.title)
            .outerjoin(Competence, Competence.id == PlacementGoal.competence_id)
            .where(PlacementGoal.placement_id.in_(ids), PlacementGoal.deleted.is_(False))
            .order_by(PlacementGoal.position, PlacementGoal.id)
        )
        for goal, code, title in found:
            goals.setdefault(goal.placement_id, []).append(
                GoalView(goal.id, goal.text, f"{code} {title}" if code else None)
            )
    return [
        PlacementDetails(
            p.id,
            c.name,
            recognised(c, today),
            c.recognition_number,
            p.start_on,
            p.end_on,
            p.ended_on,
            p.agreement_signed_on,
            p.agreement_signed_by,
            tuple(goals.get(p.id, ())),
        )
        for p, c in rows
    ]


@dataclass(frozen=True)
class CompanyView:
    id: uuid.UUID
    name: str
    city: str
    sector_key: str | None
    sector: str | None
    recognition_number: str
    recognized_on: date | None
    recognized_until: date | None
    recognised: bool
    open_places: int
    current_students: tuple[str, ...]
    """Students with a running placement there."""

    @property
    def free_places(self) -> int:
        return max(self.open_places - len(self.current_students), 0)


def companies(session: Session, school_id: uuid.UUID, today: date) -> list[CompanyView]:
    running = session.execute(
        select(Placement.company_id, Student.first_name, Student.last_name)
        .join(Student, Student.id == Placement.student_id)
        .where(
            Placement.deleted.is_(False),
            Placement.ended_on.is_(None),
            Student.deleted.is_(False),
        )
        .order_by(Student.last_name, Student.first_name)
    )
    students: dict[uuid.UUID, list[str]] = {}
    for cid, first, last in running:
        students.setdefault(cid, []).append(f"{first} {last}")
    rows = session.execute(
        select(Company, Sector.key, Sector.name)
        .outerjoin(Sector, Sector.id == Company.sector_id)
        .where(Company.school_id == school_id, Company.deleted.is_(False))
        .order_by(Company.name)
    )
    return [
        CompanyView(
            co.id,
            co.name,
            co.city,
            key,
            name,
            co.recognition_number,
            co.recognized_on,
            co.recognized_until,
            recognised(co, today),
            co.open_places,
            tuple(students.get(co.id, ())),
        )
        for co, key, name in rows
    ]


def student_sector(session: Session, student_id: uuid.UUID) -> str | None:
    """The sector (key) a student's route aims at: its target credential's sector, else
    the sector most of the route's cards belong to."""
    target = session.execute(
        select(Sector.key)
        .join(CredentialDefinition, CredentialDefinition.sector_id == Sector.id)
        .join(Route, Route.target_credential_id == CredentialDefinition.id)
        .where(Route.student_id == student_id)
    ).scalar()
    if target is not None:
        return str(target)
    found = session.execute(
        select(Sector.key, func.count())
        .join(Card, Card.sector_id == Sector.id)
        .join(RouteItem, RouteItem.card_id == Card.id)
        .join(Route, Route.id == RouteItem.route_id)
        .where(Route.student_id == student_id, RouteItem.deleted.is_(False))
        .group_by(Sector.key)
        .order_by(func.count().desc(), Sector.key)
    ).first()
    return None if found is None else str(found[0])


@dataclass(frozen=True)
class RegionSectorView:
    sector_key: str
    sector: str
    open_places: int
    note: str


def region_sectors(session: Session, school_id: uuid.UUID) -> list[RegionSectorView]:
    rows = session.execute(
        select(Sector.key, Sector.name, RegionSector.open_places, RegionSector.note)
        .join(RegionSector, RegionSector.sector_id == Sector.id)
        .where(RegionSector.school_id == school_id, RegionSector.deleted.is_(False))
        .order_by(RegionSector.open_places.desc(), Sector.name)
    )
    return [RegionSectorView(*r) for r in rows]


def set_region_sector(
    session: Session,
    school_id: uuid.UUID,
    partition: str,
    sector_id: uuid.UUID,
    open_places: int,
    note: str,
) -> RegionSector:
    if not 0 <= open_places <= 10_000:
        raise InvalidInput("Het aantal open plaatsen moet 0 tot en met 10.000 zijn.")
    note = " ".join(note.split())
    if len(note) > 300:
        raise InvalidInput("De toelichting is te lang (meer dan 300 tekens).")
    ident = region_sector_id_for(school_id, sector_id)
    row = session.get(RegionSector, ident)
    if row is None:
        row = RegionSector(id=ident, school_id=school_id, sector_id=sector_id, partition=partition)
        session.add(row)
    row.open_places, row.note, row.deleted = open_places, note, False
    session.flush()
    return row


@dataclass(frozen=True)
class Match:
    """A company for a student: in the sector of the student's route, erkend first, the
    most free places first."""

    company: CompanyView
    same_sector: bool
    reason: str


def matches(
    session: Session, school_id: uuid.UUID, student_id: uuid.UUID, today: date
) -> tuple[str | None, list[Match]]:
    """(the student's sector key, the school's companies in the order a teacher would
    look at them for this student). Only erkend companies with a free place are offered
    as a match; the others follow with why not."""
    sector = student_sector(session, student_id)
    found = []
    for co in companies(session, school_id, today):
        same = sector is not None and co.sector_key == sector
        if not co.recognised:
            reason = "geen erkend leerbedrijf"
        elif co.free_places == 0:
            reason = "geen open plaats"
        elif not same:
            reason = "andere sector"
        else:
            reason = ""
        found.append(Match(co, same, reason))
    found.sort(
        key=lambda m: (m.reason != "", not m.same_sector, -m.company.free_places, m.company.name)
    )
    return sector, found


def competence_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """What a stage goal can be linked to: every competence and werkproces, by code."""
    rows = session.execute(
        select(Competence.id, Competence.code, Competence.title)
        .where(Competence.deleted.is_(False))
        .order_by(Competence.code, Competence.title)
    )
    return [(cid, f"{code} {title}") for cid, code, title in rows]
