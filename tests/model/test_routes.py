"""Building and editing a leerroute through the library."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jw_desktop.model import InvalidInput, ItemStatus, NotFound, SchoolStore
from jw_desktop.model.route import RouteItem, route_id_for, route_item_id_for


def codes(store: SchoolStore, student: uuid.UUID) -> list[str]:
    return [i.code for i in store.route(student).items]


@pytest.fixture
def fatima(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["fatima"]  # type: ignore[attr-defined,no-any-return]


def test_route_from_template_keeps_order_and_target(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    route = store.route(jerome)
    assert [i.code for i in route.items] == ["GR-IV-1", "GR-LK-1", "GR-IK-1", "GR-WO-1", "GR-EWO-1"]
    assert route.target_credential == "Praktijkbewijs planten"
    assert all(i.status == ItemStatus.PLANNED for i in route.items)


def test_build_a_route_from_scratch(store: SchoolStore, fatima: uuid.UUID) -> None:
    assert store.route(fatima).items == ()
    wo = store.add_to_route(fatima, store.card_id("GR-WO-1"))
    store.add_to_route(fatima, store.card_id("GR-IK-1"), before=wo)
    store.add_to_route(fatima, store.card_id("GR-IV-1"), phase=3, after=None, before=None)
    assert codes(store, fatima) == ["GR-IK-1", "GR-WO-1", "GR-IV-1"]
    assert next(i for i in store.route(fatima).items if i.code == "GR-IV-1").phase == 3


def test_add_twice_or_a_missing_card_is_refused(store: SchoolStore, fatima: uuid.UUID) -> None:
    store.add_to_route(fatima, store.card_id("GR-WO-1"))
    with pytest.raises(InvalidInput, match="staat al in de route"):
        store.add_to_route(fatima, store.card_id("GR-WO-1"))
    with pytest.raises(NotFound):
        store.add_to_route(fatima, uuid.uuid4())
    with pytest.raises(InvalidInput, match="fase"):
        store.add_to_route(fatima, store.card_id("GR-IK-1"), phase=7)
    assert codes(store, fatima) == ["GR-WO-1"]


def test_reorder_insert_between_and_remove(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    items = {i.code: i.id for i in store.route(jerome).items}
    store.move_route_item(items["GR-EWO-1"], after=items["GR-IV-1"])
    assert codes(store, jerome) == ["GR-IV-1", "GR-EWO-1", "GR-LK-1", "GR-IK-1", "GR-WO-1"]
    store.move_route_item(items["GR-IV-1"], before=None, after=items["GR-WO-1"])
    assert codes(store, jerome) == ["GR-EWO-1", "GR-LK-1", "GR-IK-1", "GR-WO-1", "GR-IV-1"]
    store.move_route_item(items["GR-IV-1"], before=items["GR-EWO-1"])
    assert codes(store, jerome) == ["GR-IV-1", "GR-EWO-1", "GR-LK-1", "GR-IK-1", "GR-WO-1"]
    store.remove_from_route(items["GR-LK-1"])
    assert codes(store, jerome) == ["GR-IV-1", "GR-EWO-1", "GR-IK-1", "GR-WO-1"]
    with pytest.raises(InvalidInput):
        store.move_route_item(items["GR-IK-1"], after=items["GR-IK-1"])


def test_many_inserts_at_the_same_place_keep_a_strict_order(
    store: SchoolStore, fatima: uuid.UUID
) -> None:
    first = store.add_to_route(fatima, store.card_id("GR-IV-1"))
    last = store.add_to_route(fatima, store.card_id("GR-EWO-1"))
    for code in ("GR-WO-1", "GR-IK-1", "GR-LK-1", "HO-IK-1"):
        store.add_to_route(fatima, store.card_id(code), after=first)
    assert codes(store, fatima) == [
        "GR-IV-1",
        "HO-IK-1",
        "GR-LK-1",
        "GR-IK-1",
        "GR-WO-1",
        "GR-EWO-1",
    ]
    keys = [i.order_key for i in store.route(fatima).items]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert store.route(fatima).items[-1].id == last


def test_removed_item_is_a_tombstone_and_can_be_added_again(
    store: SchoolStore, fatima: uuid.UUID
) -> None:
    item = store.add_to_route(fatima, store.card_id("GR-WO-1"))
    store.remove_from_route(item)
    assert codes(store, fatima) == []
    with pytest.raises(NotFound):
        store.remove_from_route(item)
    store.add_to_route(fatima, store.card_id("GR-WO-1"))
    assert codes(store, fatima) == ["GR-WO-1"]


def test_status_sets_dates(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    item = store.route(jerome).items[0]
    store.set_item_status(item.id, ItemStatus.IN_PROGRESS)
    store.set_item_status(item.id, ItemStatus.DONE)
    assert store.route(jerome).items[0].status == ItemStatus.DONE
    assert store.progress(jerome).phases[0].items_done == 1


def test_apply_template_adds_only_missing_cards_and_sets_target(
    store: SchoolStore, fatima: uuid.UUID
) -> None:
    store.add_to_route(fatima, store.card_id("GR-WO-1"))
    ((template_id, _),) = store.templates()
    assert store.apply_template(fatima, template_id) == 4
    assert codes(store, fatima) == ["GR-WO-1", "GR-IV-1", "GR-LK-1", "GR-IK-1", "GR-EWO-1"]
    assert store.route(fatima).target_credential == "Praktijkbewijs planten"
    assert store.apply_template(fatima, template_id) == 0


def test_every_route_action_is_audited(store: SchoolStore, fatima: uuid.UUID) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from jw_desktop.model.audit import AuditEntry

    item = store.add_to_route(fatima, store.card_id("GR-WO-1"))
    store.remove_from_route(item)
    with Session(store.db.engine) as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.at)))
    assert actions[-2:] == ["route.kaart_toevoegen", "route.kaart_verwijderen"]


@pytest.mark.parametrize("query", ["fatima", "FATIMA", "el amr", "Fátima", "amrani fat"])
def test_find_students_ignores_case_accents_and_word_order(
    store: SchoolStore, fatima: uuid.UUID, query: str
) -> None:
    assert [s.id for s in store.find_students(query)] == [fatima]


def test_find_students_with_accented_names(store: SchoolStore) -> None:
    from datetime import date

    from jw_desktop.model import Uitstroomprofiel

    esra = store.add_student(
        "Esra", "Çelik", date(2009, 1, 2), phase=3, uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT
    )
    assert [s.id for s in store.find_students("celik")] == [esra]
    assert [s.id for s in store.find_students("ÇELIK")] == [esra]
    assert store.find_students("xyz") == []
    assert len(store.find_students("")) == 3


def item_row(store: SchoolStore, item_id: uuid.UUID) -> RouteItem | None:
    with Session(store.db.engine) as s:
        return s.get(RouteItem, item_id)


def test_item_id_follows_from_route_and_card(store: SchoolStore, fatima: uuid.UUID) -> None:
    card = store.card_id("GR-WO-1")
    item = store.add_to_route(fatima, card)
    assert item == route_item_id_for(route_id_for(fatima), card)
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    for i in store.route(jerome).items:  # imported from the template: derived too
        assert i.id == route_item_id_for(route_id_for(jerome), i.card_id)


def test_adding_a_removed_card_again_revives_its_record(
    store: SchoolStore, fatima: uuid.UUID
) -> None:
    ik = store.add_to_route(fatima, store.card_id("GR-IK-1"))
    item = store.add_to_route(fatima, store.card_id("GR-WO-1"), phase=2)
    store.set_item_status(item, ItemStatus.DONE)
    store.remove_from_route(item)
    assert store.add_to_route(fatima, store.card_id("GR-WO-1"), phase=4, before=ik) == item
    (first, second) = store.route(fatima).items
    assert (first.id, second.id) == (item, ik)
    assert (first.phase, first.status) == (4, ItemStatus.PLANNED)
    row = item_row(store, item)
    assert row is not None and not row.deleted and row.done_on is None
    with Session(store.db.engine) as s:
        count = s.scalar(select(func.count()).where(RouteItem.route_id == route_id_for(fatima)))
    assert count == 2  # no second row for GR-WO-1


def test_apply_template_revives_removed_items(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    before = store.route(jerome).items
    removed = next(i for i in before if i.code == "GR-IK-1")
    store.remove_from_route(removed.id)
    ((template_id, _),) = store.templates()
    assert store.apply_template(jerome, template_id) == 1
    after = store.route(jerome).items
    assert after[-1].id == removed.id  # appended at the end, the same record
    assert sorted(i.id for i in after) == sorted(i.id for i in before)


def test_items_with_older_random_ids_stay_and_still_count(
    store: SchoolStore, fatima: uuid.UUID
) -> None:
    """Items made by older versions keep their random id: a card in the route under such
    an id is still 'already in the route'; once removed, adding it makes the derived one."""
    card = store.card_id("GR-WO-1")
    ik = item_row(store, store.add_to_route(fatima, store.card_id("GR-IK-1")))
    assert ik is not None
    old = uuid.uuid4()
    with Session(store.db.writer) as s, s.begin():
        s.add(
            RouteItem(
                id=old,
                route_id=ik.route_id,
                card_id=card,
                card_version=1,
                phase=1,
                order_key="a5",
                partition=ik.partition,
            )
        )
    with pytest.raises(InvalidInput, match="staat al in de route"):
        store.add_to_route(fatima, card)
    store.remove_from_route(old)
    new = store.add_to_route(fatima, card)
    assert new == route_item_id_for(route_id_for(fatima), card) != old
    assert codes(store, fatima) == ["GR-IK-1", "GR-WO-1"]
    old_row = item_row(store, old)
    assert old_row is not None and old_row.deleted  # the old tombstone is left as it was
