"""The student's own voice: what they want ("Wat wil ik?" goals, later a toekomstplan
across leefdomeinen), what they said in a reflection (kept in their own words), their
self-assessment beside the staff's level, and the one read that feeds the student view
on the workshop laptop.

The programme puts the student first ("Wat wil de leerling zelf?", the "ik" statements
of every phase); in version 1 the student does not log in, so staff record all of this
with the student present (shared/DOMAIN.md). None of it is evidence: a self-assessment
never counts towards mastery (practice.latest_levels reads staff observations only).

Privacy (docs/privacy.md, "The student's own voice"): goals and reflections are the
student's words about learning and work, not care notes. A reflection travels to the
jobcoach of the student (they hear most of them at the workplace); a goal only when its
leefdomein is werk or leren: wonen, vrije tijd and burgerschap stay with school staff.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import practice
from .base import Base, Fact, Mutable, utcnow
from .catalogue import Card, CardElement, CardVersion
from .enums import Level, enum_type
from .errors import InvalidInput
from .lookups import active_facts, active_observations, get
from .people import Staff, Student
from .phases import Phase, phase
from .policy import JOBCOACH_GOAL_DOMAINS
from .progress import Observation
from .route import Route, RouteItem
from .wording import date_text

MAX_GOAL = 300
MAX_REFLECTION = 2000
MAX_GOALS = 20  # a student's list stays short enough to read aloud together


class LifeDomain(enum.StrEnum):
    """The leefdomeinen of a toekomstplan. Source: not the seeds (the presentation only
    says students have problems "op een of meerdere leefdomeinen"); the four domains of
    the VSO and praktijkonderwijs uitstroom - werk, wonen, vrije tijd, burgerschap (SLO,
    kerndoelen VSO, "voorbereiding op wonen, werken, vrije tijd en burgerschap") - plus
    leren, for the route onward to mbo (our addition)."""

    WORK = "werk"
    LEARNING = "leren"
    HOUSING = "wonen"
    LEISURE = "vrije tijd"
    CITIZENSHIP = "burgerschap"


WORK_DOMAINS = JOBCOACH_GOAL_DOMAINS
"""Goals a jobcoach of the student may hold and see (policy.JOBCOACH_GOAL_DOMAINS)."""


class StudentGoal(Mutable, Base):
    """'Wat wil ik?': a goal in the student's own words, with an optional leefdomein.
    Staff edit the text with the student; the domain is fixed once written (who may hold
    the goal follows from it), so a goal in another domain is a new goal."""

    __tablename__ = "student_goal"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    text: Mapped[str] = mapped_column(String(MAX_GOAL))
    life_domain: Mapped[LifeDomain | None] = mapped_column(enum_type(LifeDomain), nullable=True)
    set_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)  # the list's order
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class Reflection(Fact, Base):
    """What the student said, verbatim: never edited (a wrong one is withdrawn by a new
    fact), optionally about one card of their route."""

    __tablename__ = "reflection"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    said_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    route_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("route_item.id"), nullable=True
    )


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    text: str
    life_domain: LifeDomain | None
    set_on: date


@dataclass(frozen=True)
class ReflectionView:
    id: uuid.UUID
    said_on: date
    text: str
    about: str | None  # "GRN-IK-01 Stekjes verpotten", when about a card of the route
    recorded_by: str | None
    recorded_at: datetime


# -- goals ---------------------------------------------------------------------------------


def _goal_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Schrijf het doel op zoals de leerling het zegt.")
    if len(text) > MAX_GOAL:
        raise InvalidInput(f"Het doel is te lang (meer dan {MAX_GOAL} tekens).")
    return text


def _domain(value: LifeDomain | str | None) -> LifeDomain | None:
    if value is None or value == "":
        return None
    try:
        return LifeDomain(value)
    except ValueError:
        names = ", ".join(d.value for d in LifeDomain)
        raise InvalidInput(f"Onbekend leefdomein {value!r}: kies uit {names}.") from None


def add_goal(
    session: Session,
    student: Student,
    text: str,
    life_domain: LifeDomain | str | None,
    *,
    by: uuid.UUID | None,
    on: date,
) -> StudentGoal:
    text, domain = _goal_text(text), _domain(life_domain)
    live = session.scalars(
        select(StudentGoal.id).where(
            StudentGoal.student_id == student.id, StudentGoal.deleted.is_(False)
        )
    ).all()
    if len(live) >= MAX_GOALS:
        raise InvalidInput(f"Een leerling heeft al {MAX_GOALS} doelen; haal er eerst een weg.")
    goal = StudentGoal(
        student_id=student.id,
        text=text,
        life_domain=domain,
        set_on=on,
        recorded_by=by,
        partition=student.partition,
    )
    session.add(goal)
    session.flush()
    return goal


def edit_goal(goal: StudentGoal, text: str) -> None:
    goal.text = _goal_text(text)


def goals(
    session: Session, student_id: uuid.UUID, domains: frozenset[str] | None = None
) -> list[GoalView]:
    """The student's live goals in the order they were set (domains: only these, for a
    jobcoach; a goal without a domain counts as werk, the programme's own subject)."""
    rows = session.execute(
        select(StudentGoal.id, StudentGoal.text, StudentGoal.life_domain, StudentGoal.set_on)
        .where(StudentGoal.student_id == student_id, StudentGoal.deleted.is_(False))
        .order_by(StudentGoal.created_at, StudentGoal.id)
    )
    found = [GoalView(*r) for r in rows]
    if domains is None:
        return found
    return [g for g in found if goal_visible(g.life_domain, domains)]


def goal_visible(domain: str | None, domains: frozenset[str]) -> bool:
    return (domain or LifeDomain.WORK.value) in domains


# -- reflections ----------------------------------------------------------------------------


def add_reflection(
    session: Session,
    student: Student,
    text: str,
    *,
    said_on: date,
    today: date,
    by: uuid.UUID | None,
    route_item_id: uuid.UUID | None = None,
) -> Reflection:
    """Keep what the student said as typed: only the ends are trimmed, never reworded."""
    text = text.strip()
    if not text:
        raise InvalidInput("Schrijf op wat de leerling zei, in de eigen woorden.")
    if len(text) > MAX_REFLECTION:
        raise InvalidInput(f"De reflectie is te lang (meer dan {MAX_REFLECTION} tekens).")
    if said_on > today:
        raise InvalidInput(f"De datum van de reflectie ligt in de toekomst ({date_text(said_on)}).")
    if route_item_id is not None:
        item = get(session, RouteItem, route_item_id)
        route = get(session, Route, item.route_id)
        if route.student_id != student.id:
            raise InvalidInput("Deze kaart staat niet in de leerroute van deze leerling.")
    fact = Reflection(
        student_id=student.id,
        said_on=said_on,
        text=text,
        route_item_id=route_item_id,
        recorded_by=by,
        partition=student.partition,
    )
    session.add(fact)
    session.flush()
    return fact


def withdraw_reflection(session: Session, original: Reflection, by: uuid.UUID | None) -> Reflection:
    """A reflection typed for the wrong student or day is withdrawn, never edited."""
    replaced = session.scalar(select(Reflection.id).where(Reflection.supersedes_id == original.id))
    if replaced is not None or original.withdrawn:
        raise InvalidInput("Deze reflectie is al ingetrokken.")
    undo = Reflection(
        student_id=original.student_id,
        said_on=original.said_on,
        text=original.text,
        route_item_id=original.route_item_id,
        recorded_by=by,
        supersedes_id=original.id,
        withdrawn=True,
        partition=original.partition,
    )
    session.add(undo)
    session.flush()
    return undo


def reflections(session: Session, student_id: uuid.UUID) -> list[ReflectionView]:
    """Active reflections, newest first."""
    rows = session.execute(
        select(
            Reflection.id,
            Reflection.said_on,
            Reflection.text,
            Card.code,
            CardVersion.title,
            Staff.name,
            Reflection.recorded_at,
        )
        .outerjoin(RouteItem, RouteItem.id == Reflection.route_item_id)
        .outerjoin(Card, Card.id == RouteItem.card_id)
        .outerjoin(
            CardVersion,
            (CardVersion.card_id == RouteItem.card_id)
            & (CardVersion.number == RouteItem.card_version),
        )
        .outerjoin(Staff, Staff.id == Reflection.recorded_by)
        .where(Reflection.student_id == student_id, active_facts(Reflection))
        .order_by(Reflection.said_on.desc(), Reflection.recorded_at.desc())
    )
    return [
        ReflectionView(rid, on, text, f"{code} {title}" if code else None, by, at)
        for rid, on, text, code, title, by, at in rows
    ]


# -- self-assessment ------------------------------------------------------------------------


def own_levels(session: Session, student_id: uuid.UUID) -> dict[uuid.UUID, Level]:
    """element id -> the level of the student's latest active self-assessment. Shown
    beside the staff's level ("Zelf: met hulp"); never read by mastery."""
    rows = session.execute(
        select(Observation.element_id, Observation.level)
        .where(
            Observation.student_id == student_id,
            Observation.self_assessment.is_(True),
            active_observations(),
        )
        .order_by(Observation.observed_on, Observation.recorded_at, Observation.id)
    )
    return {element: Level(level) for element, level in rows}


# -- the student view -----------------------------------------------------------------------


@dataclass(frozen=True)
class ViewStep:
    """A step or criterion as the card says it to the student, with its picture.

    The card texts are not turned into "ik" sentences by rule: Dutch conjugation does not
    allow it safely ("je legt" is "ik leg", but "je giet" is "ik giet", and "voordat je
    water geeft" changes too). The view speaks "ik" in its frames ("Dit kan ik al", "Dit
    ga ik nu oefenen", the phase's ik statements, "Wat wil ik?"); a card written in "ik"
    form would be catalogue content."""

    text: str
    picture_id: uuid.UUID | None


@dataclass(frozen=True)
class ViewCard:
    code: str
    title: str
    steps: tuple[ViewStep, ...]  # what is left to practise on this card, in order


@dataclass(frozen=True)
class StudentView:
    """Everything the student view on the workshop laptop shows, and nothing else: the
    student's first name, their phase with its "ik" statements, their own goals, what
    they can do, and what they practise next. No surname, no notes, no hours, no other
    student, no staff names (tests/model/test_voice.py holds it to these fields)."""

    first_name: str
    phase: Phase
    goals: tuple[str, ...]
    can_do: tuple[str, ...]  # "Dit kan ik al": the latest mastered steps and criteria
    practise_next: tuple[ViewCard, ...]  # "Dit ga ik nu oefenen": the next cards
    cards_done: int
    cards_total: int


NEXT_CARDS = 2
MAX_CAN_DO = 8  # the latest few: a short list a student reads


def student_view(session: Session, student: Student) -> StudentView:
    """The student view's one read: progress by the usual rules (practice.progress_report:
    staff observations only, card_done), turned into the student's own words."""
    report = practice.progress_report(session, student.id)
    route = practice.route_view(session, student.id)
    elements = practice._elements_by_version(session, {(i.card_id, i.version) for i in route.items})
    levels = practice.latest_levels(session, student.id)
    mastered = [
        e
        for item in route.items
        for e in elements.get((item.card_id, item.version), [])
        if levels.get(e.id, (None,))[0] is Level.INDEPENDENT
    ][-MAX_CAN_DO:]
    # a card that is done (by the one rule, card_done) is not "what I practise next", even
    # when a step of it was last seen met hulp: the student view never says both
    done = set(report.done_items)
    todo = [p for p in report.still_to_practise if p.route_item_id not in done]
    shown = {
        eid: (picture, said)
        for eid, picture, said in session.execute(
            select(CardElement.id, CardElement.picture_id, CardElement.student_text).where(
                CardElement.id.in_([p.element_id for p in todo] + [e.id for e in mastered])
            )
        )
    }

    def own_words(element_id: uuid.UUID, text: str) -> str:
        """The step as the student says it ("Ik voel ..."), when the catalogue has it."""
        return shown.get(element_id, (None, ""))[1] or text

    can_do = [own_words(e.id, e.text) for e in mastered]
    cards: list[ViewCard] = []
    for p in todo:
        step = ViewStep(own_words(p.element_id, p.text), shown.get(p.element_id, (None, ""))[0])
        if cards and cards[-1].code == p.card_code:
            cards[-1] = ViewCard(p.card_code, p.card_title, (*cards[-1].steps, step))
        elif len(cards) < NEXT_CARDS:
            cards.append(ViewCard(p.card_code, p.card_title, (step,)))
    return StudentView(
        first_name=student.first_name,
        phase=phase(student.phase),
        goals=tuple(g.text for g in goals(session, student.id)),
        can_do=tuple(can_do),
        practise_next=tuple(cards),
        cards_done=sum(p.items_done for p in report.phases),
        cards_total=sum(p.items_total for p in report.phases),
    )
