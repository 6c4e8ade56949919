"""Property tests: 3-5 replicas edit the same students offline (same-field edits, deletes,
reorders, observations, the same card added on several replicas - one record made twice -
and removed and added again), each with its own clock up to 25 minutes off, and exchange
changes in random order, with duplicates and losses. After a final round through the
central store all replicas hold identical data with identical versions, no observation is
ever lost, and applying a bundle again changes nothing. Example counts: profiles.py."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles import examples
from syncutil import Parcel, deliver, device_of, digests, exchange, opened, pack, snapshot

from jw_desktop.model import ItemStatus, Level, NoteCategory, SchoolStore, Setting
from jw_desktop.model.capture import now_ms as real_now

STATUSES = list(ItemStatus)
LEVELS = list(Level)


edit = st.one_of(
    st.tuples(st.just("status"), st.integers(0, 4), st.integers(0, 4), st.sampled_from(STATUSES)),
    st.tuples(st.just("move"), st.integers(0, 4), st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, 4), st.none()),
    st.tuples(st.just("observe"), st.integers(0, 4), st.integers(0, 8), st.sampled_from(LEVELS)),
    st.tuples(st.just("note"), st.integers(0, 4), st.integers(0, 99), st.none()),
    st.tuples(st.just("pack"), st.integers(0, 4), st.integers(0, 4), st.none()),
    st.tuples(st.just("deliver"), st.integers(0, 99), st.booleans(), st.none()),
    st.tuples(st.just("add"), st.integers(0, 4), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("skew"), st.integers(0, 4), st.integers(-25, 25), st.none()),
)
CARDS = ["GR-WO-1", "GR-IK-1", "HO-IK-1", "GR-EWO-1", "GR-IV-1", "GR-LK-1"]
CLOCK_USERS = ("jw_desktop.model.store", "jw_desktop.sync.engine")


@contextmanager
def clock_of(offsets: dict[int, int], index: int) -> Iterator[None]:
    """Run with replica `index`'s own clock (minutes off)."""
    shift = offsets.get(index, 0) * 60_000
    with contextlib.ExitStack() as stack:
        for module in CLOCK_USERS:
            stack.enter_context(mock.patch(f"{module}.now_ms", lambda: real_now() + shift))
        yield


def do_edit(
    stores: list[SchoolStore],
    op: tuple,
    observed: set,
    parcels: list[Parcel],
    offsets: dict[int, int],
) -> None:
    kind, a, b, _ = op
    if kind == "skew":
        offsets[a % len(stores)] = b
        return
    acting = a % len(stores)
    if kind == "deliver" and parcels:
        receiver = parcels[a % len(parcels)].receiver
        acting = next(i for i, s in enumerate(stores) if device_of(s) == receiver)
    with clock_of(offsets, acting):
        _edit(stores, op, observed, parcels)


def _edit(stores: list[SchoolStore], op: tuple, observed: set, parcels: list[Parcel]) -> None:
    kind, a, b, c = op
    store = stores[a % len(stores)]
    jerome = store.find_students("Jerome")[0].id
    items = store.route(jerome).items
    if kind == "status" and items:
        store.set_item_status(items[b % len(items)].id, c)
    elif kind == "move" and len(items) > 1:
        item, anchor = items[b % len(items)], items[c % len(items)]
        if item.id != anchor.id:
            store.move_route_item(item.id, after=anchor.id)
    elif kind == "delete" and items:
        store.remove_from_route(items[b % len(items)].id)
    elif kind == "observe":
        todo = store.still_to_practise(jerome) or []
        if todo:
            element = todo[b % len(todo)].element_id
            observed.add(store.record_observation(jerome, element, c, setting=Setting.WORKPLACE))
    elif kind == "note":
        store.add_note(jerome, f"Notitie {b}", NoteCategory.WORK)
    elif kind == "add":
        who = store.find_students("Fatima" if b else "Jerome")[0].id
        card = store.card_id(CARDS[c % len(CARDS)])
        if card not in {i.card_id for i in store.route(who).items}:
            store.add_to_route(who, card)
    elif kind == "pack":
        dst = stores[b % len(stores)]
        if dst is not store:
            parcels.append(pack(store, device_of(dst)))
    elif kind == "deliver" and parcels:
        parcel = parcels[a % len(parcels)]
        target = next(s for s in stores if device_of(s) == parcel.receiver)
        deliver(parcel, target)
        if c:  # a duplicate delivery, or a late one
            deliver(parcel, target)
        else:
            parcels.remove(parcel)  # delivered once; left-over parcels are lost


def settle(stores: list[SchoolStore]) -> None:
    """Everyone sends to the central (stores[0]), the central sends to everyone, twice."""
    for _ in range(2):
        for s in stores[1:]:
            exchange(s, stores[0])
        for s in stores[1:]:
            exchange(stores[0], s)


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(3, 5), ops=st.lists(edit, min_size=1, max_size=25))
def test_replicas_converge_and_lose_no_observation(
    replica_templates: list[Path], count: int, ops: list[tuple]
) -> None:
    observed: set = set()
    parcels: list[Parcel] = []
    offsets: dict[int, int] = {}
    with opened(replica_templates, count) as stores:
        for op in ops:
            do_edit(stores, op, observed, parcels, offsets)
        settle(stores)
        first = snapshot(stores[0].path)
        for s in stores[1:]:
            assert snapshot(s.path) == first
        assert len({tuple(sorted(digests(s).items())) for s in stores}) == 1
        for s in stores:
            ids = {row[0] for row in snapshot(s.path)["observation"]}
            assert {o.hex for o in observed} <= ids
        # A parcel delivered again, however late, changes nothing.
        for parcel in parcels[:3]:
            target = next(s for s in stores if device_of(s) == parcel.receiver)
            before = snapshot(target.path)
            deliver(parcel, target)
            assert snapshot(target.path) == before


def test_same_field_edit_keeps_the_loser_as_a_conflict(replica_templates: list[Path]) -> None:
    with opened(replica_templates, 3) as (central, a, b):
        jerome = a.find_students("Jerome")[0].id
        item = a.route(jerome).items[0].id
        a.set_item_status(item, ItemStatus.IN_PROGRESS)
        b.set_item_status(item, ItemStatus.DONE)  # later: wins everywhere
        settle([central, a, b])
        for s in (central, a, b):
            assert s.route(jerome).items[0].status == ItemStatus.DONE
            (conflict,) = s.conflicts()
            assert (conflict.col, conflict.losing_value, conflict.current_value) == (
                "status",
                "bezig",
                "klaar",
            )
        # The teacher puts the losing value back on one laptop; it travels everywhere.
        a.resolve_conflict(a.conflicts()[0].id, keep_losing=True)
        settle([central, a, b])
        for s in (central, a, b):
            assert s.route(jerome).items[0].status == ItemStatus.IN_PROGRESS
            assert s.conflicts() == []


def test_edit_against_delete_keeps_the_edit_and_the_progress(
    replica_templates: list[Path],
) -> None:
    with opened(replica_templates, 3) as (central, a, b):
        jerome = a.find_students("Jerome")[0].id
        item = next(i for i in a.route(jerome).items if i.code == "GR-IK-1")
        a.remove_from_route(item.id)
        b.set_item_status(item.id, ItemStatus.DONE)
        step = b.still_to_practise(jerome)[0]
        obs = b.record_observation(jerome, step.element_id, Level.INDEPENDENT)
        settle([central, a, b])
        for s in (central, a, b):
            assert item.id not in {i.id for i in s.route(jerome).items}
            assert obs in {o.id for o in s.observations(jerome)}
            kinds = {c.kind for c in s.conflicts()}
            assert "verwijderd" in kinds
        restore = next(c for c in a.conflicts() if c.kind == "verwijderd")
        a.resolve_conflict(restore.id, keep_losing=True)
        settle([central, a, b])
        for s in (central, a, b):
            back = next(i for i in s.route(jerome).items if i.id == item.id)
            assert back.status == ItemStatus.DONE


def test_concurrent_route_start_makes_one_route(replica_templates: list[Path]) -> None:
    with opened(replica_templates, 3) as (central, a, b):
        fatima = a.find_students("Fatima")[0].id
        a.add_to_route(fatima, a.card_id("GR-WO-1"))
        b.add_to_route(fatima, b.card_id("GR-IK-1"))
        settle([central, a, b])
        for s in (central, a, b):
            assert sorted(i.code for i in s.route(fatima).items) == ["GR-IK-1", "GR-WO-1"]
