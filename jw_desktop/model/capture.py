"""Change capture: SQLite triggers that record a hybrid-logical-clock version for every
write to a synced table, in the same transaction as the write.

Because the database itself records the versions, nothing can bypass it: not the UI, not
the CLI, not a bulk import, not a hand-written UPDATE. Only the sync apply path switches
capture off (sync_local.applying = 1, inside its own transaction), because it writes
versions that were made elsewhere.

Clock rows (sync_clock): one row per record with col '*' (the version at which the record
was created, covering all its columns), plus one row per column of a mutable record that
changed since. A version is 'WWWWWWWWWWWWW.CCCCCCCCCC': the HLC wall time in ms and a
counter, fixed width so that text order is time order; ties are broken by the origin
device id. See docs/sync.md.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

VERSION_SQL = "printf('%013d.%010d', l.wall, l.counter)"
IGNORED_COLUMNS = ("id", "partition", "updated_at")


def format_version(wall: int, counter: int) -> str:
    return f"{wall:013d}.{counter:010d}"


def parse_version(version: str) -> tuple[int, int]:
    wall, _, counter = version.partition(".")
    return int(wall), int(counter)


def now_ms() -> int:
    return int(time.time() * 1000)


TICK_SQL = (
    "UPDATE sync_local SET counter = CASE WHEN :now > wall THEN 0 ELSE counter END, "
    "wall = MAX(wall, :now) WHERE id = 1"
)
"""Run at the start of each write transaction: the HLC follows the wall clock."""


def trigger_ddl(table: str, columns: Iterable[str], mutable: bool) -> list[str]:
    """CREATE TRIGGER statements that capture inserts and updates of one table."""
    cols = [c for c in columns if c not in IGNORED_COLUMNS]
    guard = "WHEN (SELECT applying FROM sync_local WHERE id = 1) = 0"
    bump = "UPDATE sync_local SET counter = counter + 1 WHERE id = 1;"
    insert = (
        f"CREATE TRIGGER sync_ins_{table} AFTER INSERT ON {table} {guard} BEGIN {bump} "
        "INSERT OR REPLACE INTO sync_clock "
        "(tbl, pk, col, version, origin, base_version, base_origin, partition) "
        f"SELECT '{table}', NEW.id, '*', {VERSION_SQL}, l.device_id, NULL, NULL, NEW.partition "
        "FROM sync_local l WHERE l.id = 1; END"
    )
    if not mutable:
        # Facts and published content are not edited; if a row is rewritten anyway, the
        # whole row gets a new version so that the rewrite travels too.
        update = (
            f"CREATE TRIGGER sync_upd_{table} AFTER UPDATE ON {table} {guard} BEGIN {bump} "
            "INSERT OR REPLACE INTO sync_clock "
            "(tbl, pk, col, version, origin, base_version, base_origin, partition) "
            f"SELECT '{table}', NEW.id, '*', {VERSION_SQL}, l.device_id, o.version, o.origin, "
            f"NEW.partition FROM sync_local l LEFT JOIN sync_clock o ON o.tbl = '{table}' "
            "AND o.pk = NEW.id AND o.col = '*' WHERE l.id = 1; END"
        )
        return [insert, update]
    changed = ", ".join(f"('{c}', OLD.{c} IS NOT NEW.{c})" for c in cols)
    update = (
        f"CREATE TRIGGER sync_upd_{table} AFTER UPDATE ON {table} {guard} BEGIN {bump} "
        "INSERT OR REPLACE INTO sync_clock "
        "(tbl, pk, col, version, origin, base_version, base_origin, partition) "
        f"SELECT '{table}', NEW.id, f.column1, {VERSION_SQL}, l.device_id, "
        "COALESCE(fc.version, rc.version), "
        "CASE WHEN fc.version IS NULL THEN rc.origin ELSE fc.origin END, NEW.partition "
        f"FROM (VALUES {changed}) f JOIN sync_local l ON l.id = 1 "
        f"LEFT JOIN sync_clock fc ON fc.tbl = '{table}' AND fc.pk = NEW.id AND fc.col = f.column1 "
        f"LEFT JOIN sync_clock rc ON rc.tbl = '{table}' AND rc.pk = NEW.id AND rc.col = '*' "
        "WHERE f.column2; END"
    )
    return [insert, update]


def drop_ddl(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS sync_ins_{table}", f"DROP TRIGGER IF EXISTS sync_upd_{table}"]
