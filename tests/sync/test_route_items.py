"""The same card put in the same student's route on two laptops offline: one item after
the sync, wherever it was added, removed or added again (docs/sync.md 'Records made
twice'), with the same versions everywhere (the digests agree)."""

from __future__ import annotations

import uuid

from syncutil import digests, exchange, snapshot

from jw_desktop.model import SchoolStore


def through_central(stores: list[SchoolStore]) -> None:
    """Every device sends to the central (stores[0]), then the central to every device."""
    for s in stores[1:]:
        exchange(s, stores[0])
    for s in stores[1:]:
        exchange(stores[0], s)


def assert_converged(stores: list[SchoolStore], student: uuid.UUID) -> list[str]:
    """Every replica holds the same data and no card twice in the route; returns the
    route's codes."""
    first = snapshot(stores[0].path)
    for s in stores[1:]:
        assert snapshot(s.path) == first
        assert digests(s) == digests(stores[0])  # the same versions, not only the same data
    routes = [[i.code for i in s.route(student).items] for s in stores]
    for codes in routes:
        assert codes == routes[0]
        assert len(codes) == len(set(codes))
    return routes[0]


def test_same_card_added_on_two_laptops_is_in_the_route_once(
    replicas: list[SchoolStore],
) -> None:
    central, a, b = replicas[:3]
    fatima = a.find_students("Fatima")[0].id
    a.add_to_route(fatima, a.card_id("GR-WO-1"))
    b.add_to_route(fatima, b.card_id("GR-WO-1"))
    through_central([central, a, b])
    assert assert_converged([central, a, b], fatima) == ["GR-WO-1"]


def test_same_card_added_at_different_places_is_one_item_and_one_place(
    replicas: list[SchoolStore],
) -> None:
    central, a, b = replicas[:3]
    jerome = a.find_students("Jerome")[0].id
    first = a.route(jerome).items[0].id
    a.add_to_route(jerome, a.card_id("HO-IK-1"), after=first)  # second
    b.add_to_route(jerome, b.card_id("HO-IK-1"))  # last; later, so it wins
    through_central([central, a, b])
    codes = assert_converged([central, a, b], jerome)
    assert codes.count("HO-IK-1") == 1 and codes[-1] == "HO-IK-1"
    (conflict,) = central.conflicts()  # a's place is kept as the loser
    assert conflict.col == "order_key"


def test_removed_and_added_again_on_one_laptop(replicas: list[SchoolStore]) -> None:
    central, a, b = replicas[:3]
    fatima = a.find_students("Fatima")[0].id
    item = a.add_to_route(fatima, a.card_id("GR-WO-1"))
    a.remove_from_route(item)
    assert a.add_to_route(fatima, a.card_id("GR-WO-1")) == item  # the same record, revived
    b.add_to_route(fatima, b.card_id("GR-WO-1"))
    through_central([central, a, b])
    assert assert_converged([central, a, b], fatima) == ["GR-WO-1"]


def test_removed_on_one_laptop_while_the_other_adds_it_again(
    replicas: list[SchoolStore],
) -> None:
    central, a, b = replicas[:3]
    fatima = a.find_students("Fatima")[0].id
    item = a.add_to_route(fatima, a.card_id("GR-WO-1"))
    through_central([central, a, b])
    # b takes it out and puts it back; a, not knowing, takes it out later: a's removal wins.
    b.remove_from_route(item)
    assert b.add_to_route(fatima, b.card_id("GR-WO-1")) == item
    a.remove_from_route(item)
    through_central([central, a, b])
    assert assert_converged([central, a, b], fatima) == []
    # Added again afterwards, on any laptop: back everywhere, still one item.
    assert b.add_to_route(fatima, b.card_id("GR-WO-1")) == item
    through_central([central, a, b])
    assert assert_converged([central, a, b], fatima) == ["GR-WO-1"]


def test_removed_everywhere_then_added_again_on_two_laptops(
    replicas: list[SchoolStore],
) -> None:
    central, a, b, c = replicas[:4]
    jerome = a.find_students("Jerome")[0].id
    item = next(i for i in a.route(jerome).items if i.code == "GR-IK-1").id
    a.remove_from_route(item)
    through_central([central, a, b, c])
    assert "GR-IK-1" not in assert_converged([central, a, b, c], jerome)
    b.add_to_route(jerome, b.card_id("GR-IK-1"), phase=2)
    c.add_to_route(jerome, c.card_id("GR-IK-1"), phase=3)  # later: its phase wins
    through_central([central, a, b, c])
    codes = assert_converged([central, a, b, c], jerome)
    assert codes.count("GR-IK-1") == 1
    assert next(i for i in a.route(jerome).items if i.code == "GR-IK-1").phase == 3


def test_template_applied_on_two_laptops_adds_each_card_once(
    replicas: list[SchoolStore],
) -> None:
    central, a, b = replicas[:3]
    fatima = a.find_students("Fatima")[0].id
    ((template, _),) = a.templates()
    b.add_to_route(fatima, b.card_id("GR-IK-1"))
    assert a.apply_template(fatima, template) == 5
    assert b.apply_template(fatima, template) == 4
    through_central([central, a, b])
    codes = assert_converged([central, a, b], fatima)
    assert sorted(codes) == ["GR-EWO-1", "GR-IK-1", "GR-IV-1", "GR-LK-1", "GR-WO-1"]
