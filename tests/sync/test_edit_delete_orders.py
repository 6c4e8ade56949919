"""An edit and a delete of the same record made without knowing of each other: whatever
the order the replicas meet in, every replica ends with the record deleted, the edit kept
and the same 'verwijderd' conflicts (one per edited field) that tell a teacher
(docs/sync.md 'Edit against delete')."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles import examples
from syncutil import digests, exchange, snapshot

from jw_desktop.model import ItemStatus, SchoolStore

STEPS = [(0, 1), (0, 2), (1, 0), (2, 0), (1, 2), (2, 1)]  # (from, to) between the three


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.sampled_from(STEPS), max_size=8))
def test_edit_against_delete_is_told_in_every_delivery_order(
    replica_templates: list[Path],
    tmp_path_factory: pytest.TempPathFactory,
    order: list[tuple[int, int]],
) -> None:
    folder = tmp_path_factory.mktemp("orders")
    stores = []
    for template in replica_templates[:3]:
        shutil.copyfile(template, folder / template.name)
        stores.append(
            SchoolStore.open(folder / template.name, today=lambda: TODAY, auto_backup=False)
        )
    try:
        check_order(stores, order)
    finally:
        for s in stores:
            s.close()


def check_order(stores: list[SchoolStore], order: list[tuple[int, int]]) -> None:
    central, a, b = stores
    jerome = a.find_students("Jerome")[0].id
    item = a.route(jerome).items[0].id
    a.set_item_status(item, ItemStatus.DONE)  # the edit
    b.remove_from_route(item)  # the delete, not knowing of it
    for src, dst in order:
        exchange(stores[src], stores[dst])
    for _ in range(2):  # then everyone meets the central, twice
        for s in (a, b):
            exchange(s, central)
            exchange(central, s)
    first = snapshot(central.path)
    for store in stores:
        assert snapshot(store.path) == first
        assert digests(store) == digests(central)
        told = {
            c.col: c.losing_value
            for c in store.conflicts()
            if c.pk == item.hex and c.kind == "verwijderd"
        }
        # one per field the edit changed (marking it done also dates it), the same everywhere
        assert told.keys() == {"status", "started_on", "done_on"}, (order, told)
        assert told["status"] == "klaar"
        assert len(store.conflicts()) == 3
