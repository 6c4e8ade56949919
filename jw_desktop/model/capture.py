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

Since 0014_lean_change_log a clock row stores the version as two integers (wall,
counter), the origin device and the partition as small ids into sync_origin and
sync_partition: the text is kept once there. replica.py translates at its boundary, so the
text forms above are still what sync/ and the bundles see.
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

TEXT_CLOCK_SQL = (
    "(SELECT c.tbl AS tbl, c.pk AS pk, c.col AS col, "
    "printf('%013d.%010d', c.wall, c.counter) AS version, o.device AS origin, "
    "CASE WHEN c.base_wall IS NOT NULL THEN printf('%013d.%010d', c.base_wall, c.base_counter) "
    "END AS base_version, b.device AS base_origin, p.label AS partition FROM sync_clock c "
    "JOIN sync_origin o ON o.id = c.origin_id LEFT JOIN sync_origin b ON b.id = c.base_origin_id "
    "JOIN sync_partition p ON p.id = c.partition_id)"
)
"""sync_clock as the text of docs/sync.md (tbl, pk, col, version, origin, base_version,
base_origin, partition), to read by hand or in a test: `SELECT ... FROM {TEXT_CLOCK_SQL}`."""

GUARD = "WHEN (SELECT applying FROM sync_local WHERE id = 1) = 0"
BUMP = "UPDATE sync_local SET counter = counter + 1 WHERE id = 1;"
CLOCK_COLUMNS = (
    "(tbl, pk, col, wall, counter, origin_id, base_wall, base_counter, base_origin_id, "
    "partition_id)"
)
ME_SQL = "(SELECT id FROM sync_origin WHERE device = l.device_id)"
"""This replica's origin id (0014 enters its device; a missing one fails NOT NULL loudly)."""
NEW_PARTITION = "INSERT OR IGNORE INTO sync_partition (label) VALUES (NEW.partition);"
PARTITION_SQL = "(SELECT id FROM sync_partition WHERE label = NEW.partition)"


def trigger_ddl(table: str, columns: Iterable[str], mutable: bool) -> list[str]:
    """CREATE TRIGGER statements that capture inserts and updates of one table (the layout
    of 0014_lean_change_log; migrations before it use text_trigger_ddl)."""
    cols = [c for c in columns if c not in IGNORED_COLUMNS]
    head = f"{GUARD} BEGIN {BUMP} {NEW_PARTITION} INSERT OR REPLACE INTO sync_clock {CLOCK_COLUMNS}"
    insert = (
        f"CREATE TRIGGER sync_ins_{table} AFTER INSERT ON {table} {head} "
        f"SELECT '{table}', NEW.id, '*', l.wall, l.counter, {ME_SQL}, NULL, NULL, NULL, "
        f"{PARTITION_SQL} FROM sync_local l WHERE l.id = 1; END"
    )
    if not mutable:
        # Facts and published content are not edited; if a row is rewritten anyway, the
        # whole row gets a new version so that the rewrite travels too.
        update = (
            f"CREATE TRIGGER sync_upd_{table} AFTER UPDATE ON {table} {head} "
            f"SELECT '{table}', NEW.id, '*', l.wall, l.counter, {ME_SQL}, o.wall, o.counter, "
            f"o.origin_id, {PARTITION_SQL} FROM sync_local l LEFT JOIN sync_clock o "
            f"ON o.tbl = '{table}' AND o.pk = NEW.id AND o.col = '*' WHERE l.id = 1; END"
        )
        return [insert, update]
    changed = ", ".join(f"('{c}', OLD.{c} IS NOT NEW.{c})" for c in cols)
    # the base of a field's change: its own last version, else the record's creation
    base = "CASE WHEN fc.wall IS NULL THEN rc.{0} ELSE fc.{0} END"
    update = (
        f"CREATE TRIGGER sync_upd_{table} AFTER UPDATE ON {table} {head} "
        f"SELECT '{table}', NEW.id, f.column1, l.wall, l.counter, {ME_SQL}, "
        f"{base.format('wall')}, {base.format('counter')}, {base.format('origin_id')}, "
        f"{PARTITION_SQL} FROM (VALUES {changed}) f JOIN sync_local l ON l.id = 1 "
        f"LEFT JOIN sync_clock fc ON fc.tbl = '{table}' AND fc.pk = NEW.id AND fc.col = f.column1 "
        f"LEFT JOIN sync_clock rc ON rc.tbl = '{table}' AND rc.pk = NEW.id AND rc.col = '*' "
        "WHERE f.column2; END"
    )
    return [insert, update]


def text_trigger_ddl(table: str, columns: Iterable[str], mutable: bool) -> list[str]:
    """The triggers as migrations 0003 to 0013 installed them, for a sync_clock that held
    versions, origins and partitions as text: those migrations run before 0014 converts
    the table, so they must keep writing the layout they knew."""
    cols = [c for c in columns if c not in IGNORED_COLUMNS]
    guard = GUARD
    bump = BUMP
    insert = (
        f"CREATE TRIGGER sync_ins_{table} AFTER INSERT ON {table} {guard} BEGIN {bump} "
        "INSERT OR REPLACE INTO sync_clock "
        "(tbl, pk, col, version, origin, base_version, base_origin, partition) "
        f"SELECT '{table}', NEW.id, '*', {VERSION_SQL}, l.device_id, NULL, NULL, NEW.partition "
        "FROM sync_local l WHERE l.id = 1; END"
    )
    if not mutable:
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
