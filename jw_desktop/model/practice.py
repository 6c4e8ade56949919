"""'What does this student still need to practise', progress per phase, per werkopdracht
and per credential (the eligibility rule itself is in assessing.py).

Mastery rule (docs/domain.md): a step or criterion is mastered when the latest active
staff observation of it says 'zelfstandig'. Self-assessments are shown, not counted.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from . import assessing
from .catalogue import Card, CardElement, CardVersion, Theme
from .credentials import CredentialComponent, CredentialDefinition
from .enums import OBSERVABLE_KINDS, CardType, ElementKind, Level
from .lookups import active_facts, active_observations
from .people import Company, Group, Placement, Staff, Student
from .portfolio import IssuedCredential
from .progress import HoursEntry, Observation, card_done
from .route import Route, RouteItem
from .views import (
    CardProgress,
    Eligibility,
    PhaseProgress,
    PlacementHours,
    PractiseItem,
    ProgressReport,
    RouteItemView,
    RouteView,
    StudentSummary,
    Tally,
)


@dataclass(frozen=True)
class _Element:
    id: uuid.UUID
    kind: ElementKind
    position: int
    text: str


@functools.cache
def _active_observations() -> ColumnElement[bool]:
    """The active-fact rule, built once on first use: its aliased subquery costs about a
    millisecond to construct, which every progress view would otherwise pay again
    (bench/progress.py). Expressions are immutable, so sharing it is safe."""
    return active_observations()


def latest_levels(session: Session, student_id: uuid.UUID) -> dict[uuid.UUID, tuple[Level, date]]:
    """element id -> (level, observed_on) of the latest active staff observation."""
    rows = session.execute(
        select(Observation.element_id, Observation.level, Observation.observed_on)
        .where(
            Observation.student_id == student_id,
            Observation.self_assessment.is_(False),
            _active_observations(),
        )
        .order_by(Observation.observed_on, Observation.recorded_at, Observation.id)
    )
    return {element: (Level(level), on) for element, level, on in rows}


def student_summary(session: Session, student_id: uuid.UUID) -> StudentSummary:
    row = session.execute(
        select(
            Student.id, Student.first_name, Student.last_name, Group.name, Student.phase, Staff.name
        )
        .outerjoin(Group, Group.id == Student.group_id)
        .outerjoin(Staff, Staff.id == Student.contact_id)
        .where(Student.id == student_id)
    ).one()
    return StudentSummary(row[0], row[1], row[2], row[3], row[4], row[5])


def route_view(session: Session, student_id: uuid.UUID) -> RouteView:
    route = session.execute(select(Route).where(Route.student_id == student_id)).scalar()
    if route is None:
        return RouteView(student_id, None, ())
    target = None
    if route.target_credential_id is not None:
        target = session.get(CredentialDefinition, route.target_credential_id)
    rows = session.execute(
        select(
            RouteItem.id,
            RouteItem.card_id,
            Card.code,
            Card.card_type,
            CardVersion.title,
            RouteItem.card_version,
            Card.current_version,
            RouteItem.phase,
            Theme.name,
            RouteItem.status,
            RouteItem.order_key,
        )
        .join(Card, Card.id == RouteItem.card_id)
        .join(
            CardVersion,
            (CardVersion.card_id == Card.id) & (CardVersion.number == RouteItem.card_version),
        )
        .outerjoin(Theme, Theme.id == RouteItem.theme_id)
        .where(RouteItem.route_id == route.id, RouteItem.deleted.is_(False))
        .order_by(RouteItem.order_key, RouteItem.id)
    ).all()
    items = tuple(RouteItemView(*r) for r in rows)
    return RouteView(
        student_id, target.name if target else None, items, target.id if target else None
    )


def _elements_by_version(
    session: Session, versions: set[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], list[_Element]]:
    if not versions:
        return {}
    card_ids = {c for c, _ in versions}
    rows = session.execute(
        select(
            CardVersion.card_id,
            CardVersion.number,
            CardElement.id,
            CardElement.kind,
            CardElement.position,
            CardElement.text,
        )
        .join(CardElement, CardElement.card_version_id == CardVersion.id)
        .where(CardVersion.card_id.in_(card_ids), CardElement.kind.in_(OBSERVABLE_KINDS))
        .order_by(CardElement.position)
    )
    result: dict[tuple[uuid.UUID, int], list[_Element]] = defaultdict(list)
    for card_id, number, eid, kind, position, text in rows:
        if (card_id, number) in versions:
            result[(card_id, number)].append(_Element(eid, kind, position, text))
    return result


def still_to_practise(
    route: RouteView,
    elements: dict[tuple[uuid.UUID, int], list[_Element]],
    levels: dict[uuid.UUID, tuple[Level, date]],
) -> list[PractiseItem]:
    out = []
    for item in route.items:
        for e in elements.get((item.card_id, item.version), []):
            level, on = levels.get(e.id, (None, None))
            if level is not Level.INDEPENDENT:
                out.append(
                    PractiseItem(
                        item.id, item.code, item.title, e.id, e.kind, e.position, e.text, level, on
                    )
                )
    return out


def _tally(elements: list[_Element], levels: dict[uuid.UUID, tuple[Level, date]]) -> Tally:
    mastered = sum(1 for e in elements if levels.get(e.id, (None,))[0] is Level.INDEPENDENT)
    return Tally(mastered, len(elements))


def progress_report(session: Session, student_id: uuid.UUID) -> ProgressReport:
    student = student_summary(session, student_id)
    route = route_view(session, student_id)
    elements = _elements_by_version(session, {(i.card_id, i.version) for i in route.items})
    levels = latest_levels(session, student_id)

    issued = issued_credentials(session, student_id)
    passed = set(
        session.scalars(
            select(CredentialDefinition.assessed_by_card_id).where(
                CredentialDefinition.id.in_(list(issued))
            )
        )
    )

    def done(i: RouteItemView) -> bool:
        tally = _tally(elements.get((i.card_id, i.version), []), levels)
        return card_done(i.status, tally, i.card_id in passed)

    phases = []
    for phase in sorted({i.phase for i in route.items}):
        items = [i for i in route.items if i.phase == phase]
        phase_elements = [e for i in items for e in elements.get((i.card_id, i.version), [])]
        phases.append(
            PhaseProgress(
                phase, sum(1 for i in items if done(i)), len(items), _tally(phase_elements, levels)
            )
        )
    cards = tuple(
        CardProgress(
            i.id,
            i.code,
            i.title,
            i.card_type,
            _tally(elements.get((i.card_id, i.version), []), levels),
        )
        for i in route.items
        if i.card_type in (CardType.WERKOPDRACHT, CardType.EINDWERKOPDRACHT)
    )
    credential_ids = _relevant_credentials(session, student_id, route)
    # One query loads the definitions that eligibility() then gets from the identity map,
    # and the portfolio is read once instead of once per credential.
    session.scalars(
        select(CredentialDefinition).where(CredentialDefinition.id.in_(credential_ids))
    ).all()
    results = assessing.latest_results(session, student_id)
    credentials = tuple(
        eligibility(session, student_id, cid, route, issued, results) for cid in credential_ids
    )
    return ProgressReport(
        student,
        tuple(phases),
        cards,
        credentials,
        tuple(placement_hours(session, student_id)),
        tuple(still_to_practise(route, elements, levels)),
        tuple(i.id for i in route.items if done(i)),
    )


def _relevant_credentials(
    session: Session, student_id: uuid.UUID, route: RouteView
) -> list[uuid.UUID]:
    """The route's target, credentials assessed by a card in the route, those issued, and
    every credential these stack up to."""
    ids: list[uuid.UUID] = []
    target = session.execute(
        select(Route.target_credential_id).where(Route.student_id == student_id)
    ).scalar()
    if target is not None:
        ids.append(target)
    card_ids = [i.card_id for i in route.items]
    if card_ids:
        ids += session.scalars(
            select(CredentialDefinition.id)
            .where(
                CredentialDefinition.assessed_by_card_id.in_(card_ids),
                CredentialDefinition.deleted.is_(False),
            )
            .order_by(CredentialDefinition.name)
        ).all()
    ids += session.scalars(
        select(IssuedCredential.credential_id).where(
            IssuedCredential.student_id == student_id, IssuedCredential.withdrawn.is_(False)
        )
    ).all()
    # Follow the stack upwards: the praktijkverklaring a praktijkbewijs counts towards,
    # and the diploma that praktijkverklaring counts towards.
    frontier = list(dict.fromkeys(ids))
    while frontier:
        above = session.scalars(
            select(CredentialComponent.credential_id).where(
                CredentialComponent.component_id.in_(frontier)
            )
        ).all()
        frontier = [c for c in above if c not in ids]
        ids += frontier
    return list(dict.fromkeys(ids))


def issued_credentials(session: Session, student_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """credential definition id -> issued record id, for the student's active portfolio."""
    rows = session.execute(
        select(IssuedCredential.credential_id, IssuedCredential.id).where(
            IssuedCredential.student_id == student_id, active_facts(IssuedCredential)
        )
    )
    return {cred: iid for cred, iid in rows}


def assessment_elements(
    session: Session, credential: CredentialDefinition, route: RouteView
) -> list[_Element]:
    """The criteria of the eindwerkopdracht that assesses a credential: in the version in
    the student's route when it is there, else the current version."""
    if credential.assessed_by_card_id is None:
        return []
    card_id = credential.assessed_by_card_id
    version = assessing.route_version(session, card_id, route)
    found = _elements_by_version(session, {(card_id, version)}).get((card_id, version), [])
    return [e for e in found if e.kind == ElementKind.CRITERION]


def eligibility(
    session: Session,
    student_id: uuid.UUID,
    credential_id: uuid.UUID,
    route: RouteView | None = None,
    issued: dict[uuid.UUID, uuid.UUID] | None = None,
    results: dict[uuid.UUID, assessing.Passed] | None = None,
) -> Eligibility:
    """The credential rule of assessing.eligibility (assessment results, not practice
    levels) for the eindwerkopdracht version of this student's route. route, issued and
    results may be passed in when the caller already read them."""
    credential = session.get(CredentialDefinition, credential_id)
    assert credential is not None
    route = route if route is not None else route_view(session, student_id)
    criteria = [(e.id, e.text) for e in assessment_elements(session, credential, route)]
    card_id = credential.assessed_by_card_id
    assessed_by = (card_id, assessing.route_version(session, card_id, route)) if card_id else None
    issued = issued if issued is not None else issued_credentials(session, student_id)
    return assessing.eligibility(
        session, student_id, credential, criteria, assessed_by, issued, results
    )


def placement_hours(session: Session, student_id: uuid.UUID) -> list[PlacementHours]:
    minutes = (
        select(func.coalesce(func.sum(HoursEntry.minutes), 0))
        .where(HoursEntry.placement_id == Placement.id, active_facts(HoursEntry))
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Placement.id,
            Company.name,
            Placement.start_on,
            Placement.end_on,
            minutes,
            Placement.hours_required,
            Placement.ended_on,
        )
        .join(Company, Company.id == Placement.company_id)
        .where(Placement.student_id == student_id, Placement.deleted.is_(False))
        .order_by(Placement.start_on)
    )
    # Ended placements are history and keep their hours; only one entered by mistake
    # (deleted) is left out.
    return [PlacementHours(*r) for r in rows]
