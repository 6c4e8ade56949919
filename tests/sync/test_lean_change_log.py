"""Migration 0014_lean_change_log on a store at 0013 with sync history: a central that took
in edits of the same fields from two devices (so versions of three origins, base versions,
conflicts) in the partitions of two students, the catalogue and the school, plus a field
edit made at 0013 by its text-layout trigger. After the upgrade every clock row reads back
through replica.py exactly as it was stored, capture versions the next edit on top of it,
and a sync with a device still converges."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from factories import TODAY
from syncutil import device_of, digests, exchange, snapshot

from jw_desktop.model import ItemStatus, Level, SchoolStore, Setting, database
from jw_desktop.model import replica as rp
from jw_desktop.model.migrations import alembic_config

BEFORE = "0013_enrolment_ticket"
TEXT_COLUMNS = "tbl, pk, col, version, origin, base_version, base_origin, partition"


def downgrade(path: Path, target: str) -> None:
    """Take a store back to an older revision (the text layout of the change log)."""
    engine = database.make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, target)
    finally:
        engine.dispose()


def text_rows(path: Path) -> dict[tuple[str, str, str], tuple[rp.Clock, str]]:
    """The change log of a store at 0013, as its text layout holds it."""
    con = sqlite3.connect(path)
    try:
        return {
            (t, p, c): (rp.Clock(v, o, bv, bo), part)
            for t, p, c, v, o, bv, bo, part in con.execute(f"SELECT {TEXT_COLUMNS} FROM sync_clock")
        }
    finally:
        con.close()


def expected_digest(
    rows: dict[tuple[str, str, str], tuple[rp.Clock, str]],
) -> dict[str, tuple[int, str]]:
    """replica.digest's answer computed from the text rows (docs/sync.md section 8)."""
    result: dict[str, tuple[int, str]] = {}
    for part in sorted({p for _, p in rows.values()}):
        lines = sorted((k, c) for k, (c, p) in rows.items() if p == part)
        h = hashlib.sha256()
        for (t, pk, col), c in lines:
            h.update(f"{t}|{pk}|{col}|{c.version}|{c.origin}\n".encode())
        result[part] = (len(lines), h.hexdigest())
    return result


def history(replicas: list[SchoolStore]) -> None:
    """Two devices edit the same route items and observe two students; all reach the
    central, and the central's answer reaches the first device."""
    central, one, two = replicas[:3]
    fatima = central.find_students("Fatima")[0].id
    for code in ("GR-WO-1", "GR-IK-1"):
        central.add_to_route(fatima, central.card_id(code))
    exchange(central, one)
    exchange(central, two)
    for n, device in enumerate((one, two)):
        for name in ("Jerome", "Fatima"):
            who = device.find_students(name)[0].id
            items = device.route(who).items
            device.set_item_status(items[0].id, [ItemStatus.IN_PROGRESS, ItemStatus.DONE][n])
            device.set_item_status(items[1].id, ItemStatus.DONE)
            todo = device.still_to_practise(who) or []
            device.record_observation(
                who, todo[n].element_id, Level.WITH_HELP, setting=Setting.WORKPLACE
            )
    exchange(one, central)
    exchange(two, central)
    exchange(central, one)


def raw_edit(path: Path, value: str = "gepland", pk: str | None = None) -> str:
    """A status edit outside the library (the trigger versions it); the item's id. Without
    pk, an item whose status is not `value` yet: an UPDATE to the same value versions
    nothing."""
    con = sqlite3.connect(path)
    try:
        with con:
            if pk is None:
                (pk,) = con.execute(
                    "SELECT id FROM route_item WHERE status != ? ORDER BY id LIMIT 1", (value,)
                ).fetchone()
            con.execute("UPDATE route_item SET status = ? WHERE id = ?", (value, pk))
        return str(pk)
    finally:
        con.close()


def read_back(store: SchoolStore, keys: list[tuple[str, str]]) -> dict[str, Any]:
    with store.db.engine.connect() as con:
        changes = [c for batch in rp.changed_since(con, {}, lambda t, p, r: True) for c in batch]
        return {
            "clocks": rp.clocks(con, keys),
            "changes": {c.key: (c.clock, c.partition) for c in changes},
            "digest": rp.digest(con, rp.partitions(con)),
            "partitions": rp.partitions(con),
            "own": rp.own_vector(con),
            "vector": rp.vector(con),
            "creator": {k: rp.creator(con, k[0], k[1]) for k in keys},
        }


def test_upgrade_keeps_every_clock_row_and_capture_and_sync_go_on(
    replicas: list[SchoolStore],
) -> None:
    central, one = replicas[0], replicas[1]
    history(replicas)
    path = central.path
    me = device_of(central)
    central.close()
    downgrade(path, BEFORE)
    assert database.read_revision(path) == (BEFORE, True)
    edited = raw_edit(path)  # versioned by the text trigger of 0013, with its base
    rows = text_rows(path)
    origins = {c.origin for c, _ in rows.values()} | {c.base_origin for c, _ in rows.values()}
    assert len(origins - {None}) == 3, "a central and two devices made these versions"
    assert sum(c.base is not None for c, _ in rows.values()) >= 4
    assert len({p for _, p in rows.values()}) >= 4  # catalogue, school, two students
    assert rows[("route_item", edited, "status")][0].origin == me
    con = sqlite3.connect(path)
    vector = dict(con.execute("SELECT origin, version FROM sync_vector"))
    con.close()
    own = max(c.version for c, _ in rows.values() if c.origin == me)

    central = replicas[0] = SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)
    assert central.info().revision == database.HEAD_REVISION
    keys = sorted({(t, p) for t, p, _c in rows})
    got = read_back(central, keys)
    assert got["clocks"] == {k: c for k, (c, _p) in rows.items()}
    assert got["changes"] == rows
    assert got["digest"] == expected_digest(rows)
    assert got["partitions"] == sorted({p for _, p in rows.values()})
    assert got["vector"] == vector
    assert got["own"] == {**vector, me: max(own, vector.get(me, ""))}
    assert got["creator"] == {(t, p): rows[(t, p, "*")][0].origin for t, p in keys}

    # capture writes the new layout: the next edit of that field has the old one as base
    raw_edit(path, value="bezig", pk=edited)
    with central.db.engine.connect() as con:
        after = rp.clocks(con, [("route_item", edited)])[("route_item", edited, "status")]
    assert after.origin == me and after.version > own
    assert after.base == rows[("route_item", edited, "status")][0].stamp

    # and the upgraded central still syncs: both ways, then both hold the same
    exchange(central, one)
    exchange(one, central)
    assert digests(central) == digests(one)
    assert snapshot(central.path) == snapshot(one.path)


def test_downgrade_gives_the_text_rows_back(replicas: list[SchoolStore]) -> None:
    central = replicas[0]
    history(replicas)
    path = central.path
    central.close()
    downgrade(path, BEFORE)
    rows = text_rows(path)
    replicas[0] = SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)
    replicas[0].close()
    downgrade(path, BEFORE)
    assert text_rows(path) == rows
    replicas[0] = SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)
