"""Progress as a teacher looks at it, read-only: today's task for a coach, one student's
observations week by week and levels per phase, and a group's grid of students x steps or
criteria. Nothing here writes; the store checks who may see what before calling in.

Levels follow the mastery rule of practice.py: the latest active staff observation counts,
self-assessments are left out.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from .catalogue import Card, CardElement, CardVersion
from .enums import OBSERVABLE_KINDS, CardType, ElementKind, ItemStatus, Level
from .people import Student
from .practice import _active_observations, _elements_by_version, latest_levels, route_view
from .progress import Observation
from .route import Route, RouteItem
from .views import RouteItemView

OBSERVABLE_TYPES = (CardType.INSTRUCTIEKAART, CardType.WERKOPDRACHT, CardType.EINDWERKOPDRACHT)


def todays_task(items: Sequence[RouteItemView], todo: Collection[uuid.UUID]) -> int:
    """Index of today's task in a route: the item in progress (bezig), else the first
    card with steps or criteria still to practise (todo: route item ids), else the first."""
    for n, item in enumerate(items):
        if item.status == ItemStatus.IN_PROGRESS:
            return n
    for n, item in enumerate(items):
        if item.id in todo:
            return n
    return 0


# -- one student over time -----------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    """Staff observations in one week (Monday to Sunday), per level."""

    week_start: date
    counts: tuple[int, int, int]  # nog niet, met hulp, zelfstandig (Level order)

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def week_number(self) -> int:
        return self.week_start.isocalendar().week


@dataclass(frozen=True)
class PhaseLevels:
    """The steps and criteria of one phase of the route, by their latest level."""

    phase: int
    not_observed: int
    counts: tuple[int, int, int]  # nog niet, met hulp, zelfstandig

    @property
    def total(self) -> int:
        return self.not_observed + sum(self.counts)


@dataclass(frozen=True)
class StudentChart:
    student_id: uuid.UUID
    weeks: tuple[WeekCount, ...]  # oldest first, empty weeks included
    phases: tuple[PhaseLevels, ...]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def student_chart(
    session: Session, student_id: uuid.UUID, today: date, weeks: int = 12
) -> StudentChart:
    """The last `weeks` weeks up to today, and every phase of the route."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    rows = session.execute(
        select(Observation.observed_on, Observation.level).where(
            Observation.student_id == student_id,
            Observation.self_assessment.is_(False),
            Observation.observed_on >= first,
            Observation.observed_on <= today,
            _active_observations(),
        )
    )
    per_week: dict[date, Counter[int]] = defaultdict(Counter)
    for observed_on, level in rows:
        per_week[week_start(observed_on)][int(level)] += 1
    counted = tuple(
        WeekCount(start, _three(per_week.get(start, Counter())))
        for start in (first + timedelta(weeks=n) for n in range(weeks))
    )
    route = route_view(session, student_id)
    elements = _elements_by_version(session, {(i.card_id, i.version) for i in route.items})
    levels = latest_levels(session, student_id)
    phases = []
    for phase in sorted({i.phase for i in route.items}):
        seen: Counter[int] = Counter()
        unseen = 0
        for item in route.items:
            if item.phase != phase:
                continue
            for element in elements.get((item.card_id, item.version), []):
                found = levels.get(element.id)
                if found is None:
                    unseen += 1
                else:
                    seen[int(found[0])] += 1
        phases.append(PhaseLevels(phase, unseen, _three(seen)))
    return StudentChart(student_id, counted, tuple(phases))


def _three(counts: Counter[int]) -> tuple[int, int, int]:
    return (counts[Level.NOT_YET], counts[Level.WITH_HELP], counts[Level.INDEPENDENT])


# -- a group: students x steps or criteria ---------------------------------------------------


@dataclass(frozen=True)
class GroupCard:
    """An observable card in the routes of a group, and how many of its students have it."""

    card_id: uuid.UUID
    code: str
    title: str
    students: int


@dataclass(frozen=True)
class GridColumn:
    """A column of the class overview: one step or criterion, or one whole card."""

    id: uuid.UUID
    label: str  # short: 'stap 3', 'criterium 2', or the card code
    text: str  # the step's text or the card's title


@dataclass(frozen=True)
class GridRow:
    student_id: uuid.UUID
    name: str
    levels: tuple[Level | None, ...]  # one per column; None: nothing observed


@dataclass(frozen=True)
class ClassGrid:
    """Students x columns. With a card: its steps and criteria, each cell the latest
    level. Without: the group's cards, each cell the lowest level of the card's steps and
    criteria (one never observed counts as nog niet once anything on the card was seen)."""

    group_id: uuid.UUID
    card_id: uuid.UUID | None
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]


def _group_students(
    session: Session, group_id: uuid.UUID, allowed: set[uuid.UUID] | None
) -> list[tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(Student.id, Student.first_name, Student.last_name)
        .where(Student.group_id == group_id, Student.deleted.is_(False))
        .order_by(Student.last_name, Student.first_name)
    )
    return [
        (sid, f"{first} {last}") for sid, first, last in rows if allowed is None or sid in allowed
    ]


def _route_items(
    session: Session, student_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, int, str, str]]]:
    """student -> [(card id, version, code, title)] of the observable cards in the route."""
    found: dict[uuid.UUID, list[tuple[uuid.UUID, int, str, str]]] = defaultdict(list)
    if not student_ids:
        return found
    rows = session.execute(
        select(
            Route.student_id,
            RouteItem.card_id,
            RouteItem.card_version,
            Card.code,
            CardVersion.title,
        )
        .join(RouteItem, RouteItem.route_id == Route.id)
        .join(Card, Card.id == RouteItem.card_id)
        .join(
            CardVersion,
            (CardVersion.card_id == Card.id) & (CardVersion.number == RouteItem.card_version),
        )
        .where(
            Route.student_id.in_(student_ids),
            RouteItem.deleted.is_(False),
            Card.card_type.in_(OBSERVABLE_TYPES),
        )
        .order_by(RouteItem.order_key, RouteItem.id)
    )
    for student_id, card_id, version, code, title in rows:
        found[student_id].append((card_id, version, code, title))
    return found


def _group_levels(
    session: Session, student_ids: list[uuid.UUID], element_ids: list[uuid.UUID] | None = None
) -> dict[str, dict[str, Level]]:
    """student hex -> element hex -> latest staff level, for many students in one query
    (optionally only some elements). Ids stay hex text: turning ~6,000 rows of a group into
    UUID objects cost three times the query itself (bench/overview.py)."""
    levels: dict[str, dict[str, Level]] = defaultdict(dict)
    if not student_ids:
        return levels
    query = (
        select(
            type_coerce(Observation.student_id, String),
            type_coerce(Observation.element_id, String),
            Observation.level,
        )
        .where(
            Observation.student_id.in_(student_ids),
            Observation.self_assessment.is_(False),
            _active_observations(),
        )
        .order_by(Observation.observed_on, Observation.recorded_at, Observation.id)
    )
    if element_ids is not None:
        query = query.where(Observation.element_id.in_(element_ids))
    found: dict[int, Level] = {int(level): level for level in Level}
    for student_hex, element_hex, level in session.execute(query):
        levels[student_hex][element_hex] = found[level]
    return levels


def _cards_of(
    routes: dict[uuid.UUID, list[tuple[uuid.UUID, int, str, str]]],
) -> list[GroupCard]:
    counts: Counter[tuple[uuid.UUID, str, str]] = Counter()
    for items in routes.values():
        for key in {(card_id, code, title) for card_id, _v, code, title in items}:
            counts[key] += 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))
    return [GroupCard(card_id, code, title, n) for (card_id, code, title), n in ordered]


def group_cards(
    session: Session, group_id: uuid.UUID, allowed: set[uuid.UUID] | None = None
) -> list[GroupCard]:
    """The observable cards in the group's routes, the most shared first, then by code."""
    students = [sid for sid, _ in _group_students(session, group_id, allowed)]
    return _cards_of(_route_items(session, students))


def class_grid(
    session: Session,
    group_id: uuid.UUID,
    card_id: uuid.UUID | None = None,
    allowed: set[uuid.UUID] | None = None,
) -> ClassGrid:
    """The grid of one group (allowed: the students the user may see, None for all)."""
    students = _group_students(session, group_id, allowed)
    ids = [sid for sid, _ in students]
    if card_id is not None:
        return _one_card_grid(session, group_id, card_id, students)
    levels = _group_levels(session, ids)
    routes = _route_items(session, ids)
    card_columns = tuple(GridColumn(c.card_id, c.code, c.title) for c in _cards_of(routes))
    versions = {(c, v) for items in routes.values() for c, v, _code, _t in items}
    elements = {
        key: [e.id.hex for e in found]
        for key, found in _elements_by_version(session, versions).items()
    }
    grid_rows = []
    for sid, name in students:
        held = {c: v for c, v, _code, _t in routes.get(sid, [])}
        mine = levels[sid.hex]
        cells: list[Level | None] = []
        for column in card_columns:
            version = held.get(column.id)
            keys = elements.get((column.id, version), []) if version is not None else []
            cells.append(_lowest([mine.get(k) for k in keys]))
        grid_rows.append(GridRow(sid, name, tuple(cells)))
    return ClassGrid(group_id, None, card_columns, tuple(grid_rows))


def _one_card_grid(
    session: Session,
    group_id: uuid.UUID,
    card_id: uuid.UUID,
    students: list[tuple[uuid.UUID, str]],
) -> ClassGrid:
    """Students x the card's steps and criteria. The columns are the current version's;
    a student whose route keeps an older version (a route stays on the version it was
    planned with) is shown on that version's step or criterion at the same place, so a
    new catalogue version does not empty their row."""
    columns = _card_columns(session, card_id)
    ids = [sid for sid, _ in students]
    held = {
        sid: version
        for sid, items in _route_items(session, ids).items()
        for c, version, _code, _title in items
        if c == card_id
    }
    at_place = {
        key[1]: {(e.kind, e.position): e.id.hex for e in found}
        for key, found in _elements_by_version(
            session, {(card_id, v) for v in held.values()}
        ).items()
    }
    places = _column_places(session, columns)
    wanted = {uuid.UUID(h) for table in at_place.values() for h in table.values()}
    levels = _group_levels(session, ids, [*{c.id for c in columns} | wanted])
    rows = []
    for sid, name in students:
        own = at_place.get(held[sid], {}) if sid in held else {}
        keys = [own.get(places[c.id], c.id.hex) for c in columns]
        rows.append(GridRow(sid, name, tuple(levels[sid.hex].get(k) for k in keys)))
    return ClassGrid(group_id, card_id, columns, tuple(rows))


def _column_places(
    session: Session, columns: tuple[GridColumn, ...]
) -> dict[uuid.UUID, tuple[ElementKind, int]]:
    """Each column's (kind, position) on its card version."""
    if not columns:
        return {}
    rows = session.execute(
        select(CardElement.id, CardElement.kind, CardElement.position).where(
            CardElement.id.in_([c.id for c in columns])
        )
    )
    return {eid: (ElementKind(kind), position) for eid, kind, position in rows}


def _lowest(found: list[Level | None]) -> Level | None:
    if not any(level is not None for level in found):
        return None
    return min(Level.NOT_YET if level is None else level for level in found)


def _card_columns(session: Session, card_id: uuid.UUID) -> tuple[GridColumn, ...]:
    """The steps and criteria of the card's current version, in order."""
    rows = session.execute(
        select(CardElement.id, CardElement.kind, CardElement.position, CardElement.text)
        .join(CardVersion, CardVersion.id == CardElement.card_version_id)
        .join(Card, (Card.id == CardVersion.card_id) & (Card.current_version == CardVersion.number))
        .where(Card.id == card_id, CardElement.kind.in_(OBSERVABLE_KINDS))
        .order_by(CardElement.position)
    )
    return tuple(
        GridColumn(eid, f"{ElementKind(kind).value} {position}", text)
        for eid, kind, position, text in rows
    )
