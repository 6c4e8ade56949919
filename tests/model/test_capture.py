"""Change capture covers every synced table and column, and records versions in the same
transaction as the change - also for writes that do not go through the library."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jw_desktop.model import ItemStatus, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import IGNORED_COLUMNS, TEXT_CLOCK_SQL


def triggers(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    finally:
        con.close()


def test_every_synced_table_and_column_is_captured(store: SchoolStore) -> None:
    found = triggers(store.path)
    for table, (mutable, columns) in rp.SYNCED.items():
        assert f"sync_ins_{table}" in found, table
        update = found[f"sync_upd_{table}"]
        if mutable:
            for column in columns:
                if column not in IGNORED_COLUMNS:
                    assert f"OLD.{column} IS NOT NEW.{column}" in update, (table, column)


def test_a_raw_sql_edit_is_versioned_like_a_library_one(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    item = store.route(jerome).items[0]
    store.set_item_status(item.id, ItemStatus.IN_PROGRESS)
    con = sqlite3.connect(store.path)
    before = con.execute(
        f"SELECT version, base_version FROM {TEXT_CLOCK_SQL} WHERE pk = ? AND col = 'status'",
        (item.id.hex,),
    ).fetchone()
    with con:
        con.execute("UPDATE route_item SET status = 'klaar' WHERE id = ?", (item.id.hex,))
    after = con.execute(
        f"SELECT version, base_version FROM {TEXT_CLOCK_SQL} WHERE pk = ? AND col = 'status'",
        (item.id.hex,),
    ).fetchone()
    con.close()
    assert after[0] > before[0] and after[1] == before[0]


def test_versions_roll_back_with_the_change(store: SchoolStore) -> None:
    con = sqlite3.connect(store.path)
    count = con.execute("SELECT COUNT(*) FROM sync_clock").fetchone()[0]
    con.execute("BEGIN")
    con.execute("UPDATE student SET phase = 6")
    con.execute("ROLLBACK")
    assert con.execute("SELECT COUNT(*) FROM sync_clock").fetchone()[0] == count
    con.close()


def test_library_writes_get_increasing_versions_from_this_device(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    items = store.route(jerome).items
    for item in items[:3]:
        store.set_item_status(item.id, ItemStatus.DONE)
    con = sqlite3.connect(store.path)
    device = con.execute("SELECT device_id FROM sync_local").fetchone()[0]
    versions = [
        con.execute(
            f"SELECT version, origin FROM {TEXT_CLOCK_SQL} WHERE pk = ? AND col = 'status'",
            (i.id.hex,),
        ).fetchone()
        for i in items[:3]
    ]
    con.close()
    assert [v for v, _ in versions] == sorted(v for v, _ in versions)
    assert len({v for v, _ in versions}) == 3 and {o for _, o in versions} == {device}
