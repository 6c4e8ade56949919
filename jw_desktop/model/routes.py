"""Building and editing a leerroute: add, remove (tombstone), reorder, status, template,
move an item to the newest card version."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import utcnow
from .catalogue import Card
from .credentials import CredentialDefinition
from .enums import ItemStatus
from .errors import InvalidInput
from .lookups import get
from .ordering import key_between, keys_after
from .people import Student
from .route import (
    Route,
    RouteItem,
    TemplateItem,
    TemplateRoute,
    route_id_for,
    route_item_id_for,
)


def ensure_route(session: Session, student: Student) -> Route:
    route = session.execute(select(Route).where(Route.student_id == student.id)).scalar()
    if route is None:
        route = Route(
            id=route_id_for(student.id), student_id=student.id, partition=student.partition
        )
        session.add(route)
        session.flush()
    elif route.deleted:
        route.deleted = False
    return route


def _live_items(session: Session, route_id: uuid.UUID) -> list[RouteItem]:
    return list(
        session.scalars(
            select(RouteItem)
            .where(RouteItem.route_id == route_id, RouteItem.deleted.is_(False))
            .order_by(RouteItem.order_key, RouteItem.id)
        )
    )


def _item_in_route(session: Session, route: Route, item_id: uuid.UUID | None) -> RouteItem | None:
    if item_id is None:
        return None
    item = get(session, RouteItem, item_id)
    if item.route_id != route.id:
        raise InvalidInput("Dat onderdeel hoort bij de route van een andere leerling.")
    return item


def place_between(
    session: Session,
    route: Route,
    after: uuid.UUID | None,
    before: uuid.UUID | None,
    moving: uuid.UUID | None = None,
) -> str:
    """An order key for a new position: right after `after`, right before `before`, or at
    the end when both are None."""
    items = [i for i in _live_items(session, route.id) if i.id != moving]
    anchor_after = _item_in_route(session, route, after)
    anchor_before = _item_in_route(session, route, before)
    if anchor_after is not None:
        idx = next(n for n, i in enumerate(items) if i.id == anchor_after.id)
        nxt = items[idx + 1].order_key if idx + 1 < len(items) else None
        return key_between(anchor_after.order_key, nxt)
    if anchor_before is not None:
        idx = next(n for n, i in enumerate(items) if i.id == anchor_before.id)
        prev = items[idx - 1].order_key if idx > 0 else None
        return key_between(prev, anchor_before.order_key)
    return key_between(items[-1].order_key if items else None, None)


def add_card(
    session: Session,
    student: Student,
    card_id: uuid.UUID,
    *,
    phase: int | None,
    theme_id: uuid.UUID | None,
    after: uuid.UUID | None,
    before: uuid.UUID | None,
    today: date,
) -> RouteItem:
    card = get(session, Card, card_id)
    route = ensure_route(session, student)
    if any(i.card_id == card.id for i in _live_items(session, route.id)):
        raise InvalidInput(f"Kaart {card.code} staat al in de route.")
    phase = card.phase if phase is None else phase
    if not 1 <= phase <= 6:
        raise InvalidInput("De fase moet 1 tot en met 6 zijn.")
    item = _put(
        session,
        student,
        route,
        card.id,
        card_version=card.current_version,
        phase=phase,
        theme_id=theme_id if theme_id is not None else card.theme_id,
        order_key=place_between(session, route, after, before),
        today=today,
    )
    session.flush()
    return item


def _put(
    session: Session,
    student: Student,
    route: Route,
    card_id: uuid.UUID,
    *,
    card_version: int,
    phase: int,
    theme_id: uuid.UUID | None,
    order_key: str,
    today: date,
) -> RouteItem:
    """Put a card (not in the route now) in the route under its derived id: a new record,
    or the tombstone an earlier removal left under that id made live again with the new
    values (a second row with that id would clash on the key)."""
    values = {
        "card_version": card_version,
        "phase": phase,
        "theme_id": theme_id,
        "order_key": order_key,
        "status": ItemStatus.PLANNED,
        "planned_on": today,
        "started_on": None,
        "done_on": None,
    }
    item_id = route_item_id_for(route.id, card_id)
    item = session.get(RouteItem, item_id)
    if item is None:
        item = RouteItem(
            id=item_id, route_id=route.id, card_id=card_id, partition=student.partition, **values
        )
        session.add(item)
    else:
        for name, value in values.items():
            setattr(item, name, value)
        item.deleted = False
    return item


def route_of(session: Session, item: RouteItem) -> Route:
    return get(session, Route, item.route_id)


def move_item(
    session: Session, item: RouteItem, after: uuid.UUID | None, before: uuid.UUID | None
) -> None:
    if item.id in (after, before):
        raise InvalidInput("Een onderdeel kan niet naast zichzelf geplaatst worden.")
    item.order_key = place_between(session, route_of(session, item), after, before, item.id)


@dataclass(frozen=True)
class StatusState:
    """What a status change changes: the status and the dates it stamps."""

    status: ItemStatus
    started_on: date | None
    done_on: date | None


def put_status(item: RouteItem, state: StatusState) -> None:
    item.status, item.started_on, item.done_on = state.status, state.started_on, state.done_on


def set_status(item: RouteItem, status: ItemStatus, today: date) -> None:
    item.status = status
    if status == ItemStatus.IN_PROGRESS and item.started_on is None:
        item.started_on = today
    if status == ItemStatus.DONE:
        item.started_on = item.started_on or today
        item.done_on = today
    else:
        item.done_on = None


def template_plan(
    session: Session, route_id: uuid.UUID | None, template_id: uuid.UUID
) -> tuple[list[tuple[TemplateItem, int]], list[uuid.UUID]]:
    """What applying a template would do, in template order: the template items (with the
    card's current version) that would be added, and the ids of its cards already in the
    route. A card a template holds twice is added once."""
    in_route = (
        {i.card_id for i in _live_items(session, route_id)} if route_id is not None else set()
    )
    rows = session.execute(
        select(TemplateItem, Card.current_version)
        .join(Card, Card.id == TemplateItem.card_id)
        .where(TemplateItem.template_id == template_id, Card.deleted.is_(False))
        .order_by(TemplateItem.order_key, TemplateItem.id)
    ).all()
    new: list[tuple[TemplateItem, int]] = []
    already: list[uuid.UUID] = []
    for t, version in rows:
        if t.card_id in in_route:
            if t.card_id not in already:
                already.append(t.card_id)
        elif all(n.card_id != t.card_id for n, _ in new):
            new.append((t, version))
    return new, already


def restore_item(item: RouteItem) -> None:
    """Undo a removal: the tombstoned item is live again with every value it had (status,
    phase, place in the route), under the same derived id."""
    item.deleted = False  # one id per (route, card): no live twin can be in the way


def apply_template(
    session: Session, student: Student, template_id: uuid.UUID, today: date
) -> list[RouteItem]:
    """Append the template's cards that are not yet in the route, in template order; the
    template's credential becomes the route's target if it has none."""
    template = get(session, TemplateRoute, template_id)
    route = ensure_route(session, student)
    new, _present = template_plan(session, route.id, template.id)
    items = _live_items(session, route.id)
    keys = keys_after(items[-1].order_key if items else None, len(new))
    added = [
        _put(
            session,
            student,
            route,
            t.card_id,
            card_version=version,
            phase=t.phase,
            theme_id=t.theme_id,
            order_key=key,
            today=today,
        )
        for (t, version), key in zip(new, keys, strict=True)
    ]
    if route.target_credential_id is None and template.credential_id is not None:
        route.target_credential_id = template.credential_id
    session.flush()
    return added


def set_target(session: Session, student: Student, credential_id: uuid.UUID | None) -> None:
    if credential_id is not None:
        get(session, CredentialDefinition, credential_id)
    ensure_route(session, student).target_credential_id = credential_id


def update_to_latest(session: Session, item: RouteItem) -> int:
    card = get(session, Card, item.card_id)
    item.card_version = card.current_version
    item.updated_at = utcnow()
    return card.current_version
