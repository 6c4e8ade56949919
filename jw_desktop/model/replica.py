"""Storage operations of a replica, for jw_desktop.sync: read what changed since a peer's
version vector, read and write clocks and raw rows, keep vectors and peers, digests,
purges. The merge rules themselves are in jw_desktop.sync.merge; this module holds the SQL.

Values travel as SQLite storage values (text, integer, real, bytes, null), exactly as the
columns hold them: UUIDs as 32 hex digits, dates as ISO text, booleans as 0/1. Every table
and column name that comes from outside is checked against the schema before it is used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Enum, LargeBinary, String
from sqlalchemy.exc import IntegrityError

from . import schema
from .capture import format_version
from .capture import now_ms as now_ms  # re-exported: sync/ takes the clock from here
from .capture import parse_version as parse_version
from .database import HEAD_REVISION as HEAD_REVISION  # what a bundle's schema must be
from .database import remove_old_files as remove_old_files
from .entities import Base
from .errors import InvalidInput
from .policy import CONSENT_GATED, JOBCOACH, JOBCOACH_GOAL_DOMAINS, LOGIN_ON, SCHOOL_ONLY, Scope

SKIP_TABLES = {"alembic_version", "login_state", "http_nonce"}


@dataclass(frozen=True)
class Clock:
    version: str
    origin: str
    base_version: str | None = None
    base_origin: str | None = None

    @property
    def stamp(self) -> tuple[str, str]:
        return (self.version, self.origin)

    @property
    def base(self) -> tuple[str, str] | None:
        if self.base_version is None or self.base_origin is None:
            return None
        return (self.base_version, self.base_origin)


@dataclass(frozen=True)
class Change:
    """One versioned change: a whole record at creation (col '*', value: column -> value)
    or one field of a mutable record (value: the field's value)."""

    tbl: str
    pk: str
    col: str
    value: Any
    clock: Clock
    partition: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.tbl, self.pk, self.col)


def synced_tables() -> dict[str, tuple[bool, tuple[str, ...]]]:
    """table -> (mutable, every column name) for the tables that sync."""
    result = {}
    for name, table in Base.metadata.tables.items():
        if (name.startswith("sync_") and name != "sync_conflict") or name in SKIP_TABLES:
            continue
        result[name] = ("deleted" in table.columns, tuple(c.name for c in table.columns))
    return result


SYNCED = synced_tables()
COLUMNS = {tbl: frozenset(columns) for tbl, (_mutable, columns) in SYNCED.items()}
BINARY_COLUMNS: dict[str, frozenset[str]] = {
    tbl: frozenset(
        c.name for c in Base.metadata.tables[tbl].columns if isinstance(c.type, LargeBinary)
    )
    for tbl in SYNCED
    if any(isinstance(c.type, LargeBinary) for c in Base.metadata.tables[tbl].columns)
}
"""table -> its binary columns: the only values that travel as {"b64": ...} (and, when
large, as a bundle's blobs); the tables not named here have none."""


def check_name(tbl: str, col: str) -> None:
    """Refuse table or column names this schema does not have (they come from bundles)."""
    spec = SYNCED.get(tbl)
    if spec is None or (col != "*" and (col not in spec[1] or col in ("id", "partition"))):
        raise InvalidInput(f"Onbekend gegeven in de bundel: {tbl[:40]!r}.{col[:40]!r}.")


def device_id(con: Connection) -> str:
    return str(con.exec_driver_sql("SELECT device_id FROM sync_local WHERE id = 1").scalar())


APPLY_CACHE_KIB = 16 * 1024
"""Page cache of a connection that applies changes. SQLite's default of 2 MiB is small for
a chunk that inserts into every index of the big tables; 16 MiB made applying 100,000
observations ~8% faster (bench/sync.py). The pooled connection keeps it afterwards."""


def begin_apply(con: Connection) -> None:
    """Inside a transaction: capture off (these versions were made elsewhere), and foreign
    keys checked at commit, since records of one chunk arrive in no particular order."""
    con.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    con.exec_driver_sql(f"PRAGMA cache_size = -{APPLY_CACHE_KIB}")
    set_applying(con, True)


def set_applying(con: Connection, on: bool) -> None:
    con.exec_driver_sql("UPDATE sync_local SET applying = ? WHERE id = 1", (int(on),))


def advance_clock(con: Connection, seen: str) -> None:
    """HLC receive rule: the local clock moves past the newest version taken in, so every
    later local change sorts after it."""
    wall, counter = parse_version(seen)
    con.exec_driver_sql(
        "UPDATE sync_local SET wall = ?, counter = ? WHERE id = 1 AND (wall < ? OR "
        "(wall = ? AND counter < ?))",
        (wall, counter, wall, wall, counter),
    )


def heal_clock(con: Connection, now: int, bound: int) -> int:
    """A clock that was set right again (docs/sync.md 'Clock rules'): the versions this
    replica made while its clock was more than `bound` ms ahead - of its clock now and of
    every version it has from others - were refused by every receiver, so no one holds
    them. They get new versions, in their old order, after everything else this replica
    knows, and the hybrid clock comes back with them: nothing made while wrong is lost, and
    none of it wins forever. Returns how many versions were renewed."""
    me = _own_origin(con)
    origins = [int(i) for (i,) in con.exec_driver_sql("SELECT id FROM sync_origin")]
    others = [_newest(con, o) for o in origins if o != me]
    seen_wall = max((v[0] for v in others if v is not None), default=0)
    limit = (max(now, seen_wall) + bound, schema.MAX_COUNTER)
    future = con.exec_driver_sql(
        "SELECT tbl, pk, col, wall, counter FROM sync_clock WHERE origin_id = ? "
        "AND (wall, counter) > (?, ?) ORDER BY wall, counter",
        (me, *limit),
    ).all()
    wall = con.exec_driver_sql("SELECT wall FROM sync_local WHERE id = 1").scalar()
    if not future and (int(wall or 0), 0) <= limit:
        return 0
    kept = [_newest(con, o, limit) for o in origins]
    base_wall, base_counter = max((v for v in kept if v is not None), default=(0, 0))
    if now > base_wall:
        base_wall, base_counter = now, 0
    for tbl, pk, col, old_wall, old_counter in future:
        base_counter += 1
        con.exec_driver_sql(
            "UPDATE sync_clock SET wall = ?, counter = ? WHERE tbl = ? AND pk = ? AND col = ?",
            (base_wall, base_counter, tbl, pk, col),
        )
        con.exec_driver_sql(
            "UPDATE sync_clock SET base_wall = ?, base_counter = ? WHERE base_wall = ? "
            "AND base_counter = ? AND base_origin_id = ?",
            (base_wall, base_counter, old_wall, old_counter, me),
        )
    con.exec_driver_sql(
        "UPDATE sync_local SET wall = ?, counter = ? WHERE id = 1", (base_wall, base_counter)
    )
    return len(future)


def _after(version: str) -> tuple[int, int]:
    """A version as the (wall, counter) sync_clock holds; '' (nothing seen) sorts first."""
    return parse_version(version) if version else (-1, 0)


def _own_origin(con: Connection) -> int:
    """This replica's id in sync_origin (entered by 0014_lean_change_log; -1 matches none)."""
    found = con.exec_driver_sql(
        "SELECT o.id FROM sync_origin o JOIN sync_local l ON o.device = l.device_id WHERE l.id = 1"
    ).scalar()
    return -1 if found is None else int(found)


def _newest(
    con: Connection, origin: int, limit: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """The newest (wall, counter) of one origin, at most `limit`: one step down its index."""
    bound = "AND (wall, counter) <= (?, ?) " if limit else ""
    row = con.exec_driver_sql(
        f"SELECT wall, counter FROM sync_clock WHERE origin_id = ? {bound}"
        "ORDER BY wall DESC, counter DESC LIMIT 1",
        (origin, *(limit or ())),
    ).first()
    return None if row is None else (int(row[0]), int(row[1]))


def _devices(con: Connection) -> dict[int, str]:
    """sync_origin: id -> the 32-hex device id (a handful of rows)."""
    return {int(i): str(d) for i, d in con.exec_driver_sql("SELECT id, device FROM sync_origin")}


def _labels(con: Connection) -> dict[int, str]:
    """sync_partition: id -> the partition's text."""
    return {int(i): str(t) for i, t in con.exec_driver_sql("SELECT id, label FROM sync_partition")}


def _ids(con: Connection, table: str, column: str, names: Iterable[str]) -> dict[str, int]:
    """The ids of these names in sync_origin or sync_partition, entering new ones."""
    wanted = sorted(set(names))
    if not wanted:
        return {}
    con.exec_driver_sql(
        f"INSERT OR IGNORE INTO {table} ({column}) VALUES (?)", [(n,) for n in wanted]
    )
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for i, n in con.exec_driver_sql(
            f"SELECT id, {column} FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
        ):
            found[str(n)] = int(i)
    return found


def _clock(
    devices: dict[int, str], wall: int, counter: int, origin: int, bw: Any, bc: Any, bo: Any
) -> Clock:
    """A clock row's compact columns as the text Clock of docs/sync.md."""
    if bw is None:
        return Clock(format_version(wall, counter), devices[origin])
    return Clock(
        format_version(wall, counter), devices[origin], format_version(bw, bc), devices[bo]
    )


def local_clock(con: Connection) -> str:
    wall, counter = con.exec_driver_sql("SELECT wall, counter FROM sync_local WHERE id = 1").one()
    return format_version(int(wall), int(counter))


def vector(con: Connection) -> dict[str, str]:
    return {o: v for o, v in con.exec_driver_sql("SELECT origin, version FROM sync_vector")}


def own_vector(con: Connection) -> dict[str, str]:
    """This replica's knowledge: its vector plus its own newest change."""
    result = vector(con)
    me = device_id(con)
    found = _newest(con, _own_origin(con))
    newest = None if found is None else format_version(*found)
    if newest is not None and newest > result.get(me, ""):
        result[me] = newest
    return result


def merge_vector(con: Connection, other: dict[str, str]) -> None:
    if other:
        con.exec_driver_sql(
            "INSERT INTO sync_vector (origin, version) VALUES (?, ?) ON CONFLICT(origin) DO "
            "UPDATE SET version = excluded.version WHERE excluded.version > sync_vector.version",
            list(other.items()),
        )


def peer(con: Connection, peer_id: str) -> tuple[dict[str, str], list[str]]:
    row = con.exec_driver_sql(
        "SELECT vector, partitions FROM sync_peer WHERE peer_id = ?", (peer_id,)
    ).first()
    if row is None:
        return {}, []
    return json.loads(row[0]), json.loads(row[1])


def set_peer(
    con: Connection,
    peer_id: str,
    *,
    vector: dict[str, str] | None = None,
    partitions: Sequence[str] | None = None,
    sent: Sequence[str] = (),
    last_sync: str | None = None,
) -> None:
    """Update what is known of a peer; `sent` is added to the partitions ever sent."""
    old_vector, old_parts = peer(con, peer_id)
    ever = set(sent_to(con, peer_id)) | set(sent)
    con.exec_driver_sql(
        "INSERT INTO sync_peer (peer_id, vector, partitions, sent, last_sync) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(peer_id) DO UPDATE SET vector = excluded.vector, "
        "partitions = excluded.partitions, sent = excluded.sent, "
        "last_sync = COALESCE(excluded.last_sync, last_sync)",
        (
            peer_id,
            json.dumps(vector if vector is not None else old_vector, sort_keys=True),
            json.dumps(sorted(partitions if partitions is not None else old_parts)),
            json.dumps(sorted(ever)),
            last_sync,
        ),
    )


def set_last_bundle(con: Connection, peer_id: str, bundle_id: str) -> None:
    con.exec_driver_sql(
        "UPDATE sync_peer SET last_bundle = ? WHERE peer_id = ?", (bundle_id, peer_id)
    )


def last_bundle(con: Connection, peer_id: str) -> str | None:
    row = con.exec_driver_sql(
        "SELECT last_bundle FROM sync_peer WHERE peer_id = ?", (peer_id,)
    ).first()
    return None if row is None or row[0] is None else str(row[0])


def sent_to(con: Connection, peer_id: str) -> list[str]:
    row = con.exec_driver_sql("SELECT sent FROM sync_peer WHERE peer_id = ?", (peer_id,)).first()
    return [] if row is None else list(json.loads(row[0]))


def last_sync(con: Connection, peer_id: str) -> str | None:
    row = con.exec_driver_sql(
        "SELECT last_sync FROM sync_peer WHERE peer_id = ?", (peer_id,)
    ).first()
    return None if row is None or row[0] is None else str(row[0])


def waiting_changes(con: Connection, peer_id: str) -> int:
    """How many of this replica's own changes the peer has not confirmed yet."""
    known, _ = peer(con, peer_id)
    me = device_id(con)
    return int(
        con.exec_driver_sql(
            "SELECT COUNT(*) FROM sync_clock WHERE origin_id = ? AND (wall, counter) > (?, ?)",
            (_own_origin(con), *_after(known.get(me, ""))),
        ).scalar()
        or 0
    )


def clocks(con: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str, str], Clock]:
    """Every clock row of the given records."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, pk in set(keys):
        by_table[tbl].append(pk)
    found: dict[tuple[str, str, str], Clock] = {}
    devices = _devices(con) if by_table else {}
    for tbl, pks in by_table.items():
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pk, col, *compact in con.exec_driver_sql(
                "SELECT pk, col, wall, counter, origin_id, base_wall, base_counter, "
                f"base_origin_id FROM sync_clock WHERE tbl = ? AND pk IN ({marks})",
                (tbl, *chunk),
            ):
                found[(tbl, pk, col)] = _clock(devices, *compact)
    return found


def put_clocks(con: Connection, rows: list[tuple[str, str, str, Clock, str]]) -> None:
    if not rows:
        return
    origins = _ids(
        con,
        "sync_origin",
        "device",
        {k.origin for *_, k, _p in rows} | {k.base_origin for *_, k, _p in rows if k.base_origin},
    )
    parts = _ids(con, "sync_partition", "label", {part for *_, part in rows})
    values = []
    for t, p, c, k, part in rows:
        wall, counter = parse_version(k.version)
        if k.base_version is None or k.base_origin is None:
            base: tuple[int | None, int | None, int | None] = (None, None, None)
        else:
            base = (*parse_version(k.base_version), origins[k.base_origin])
        values.append((t, p, c, wall, counter, origins[k.origin], *base, parts[part]))
    con.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_clock (tbl, pk, col, wall, counter, origin_id, base_wall, "
        "base_counter, base_origin_id, partition_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def drop_field_clocks(con: Connection, tbl: str, pk: str, cols: Iterable[str]) -> None:
    con.exec_driver_sql(
        "DELETE FROM sync_clock WHERE tbl = ? AND pk = ? AND col = ?",
        [(tbl, pk, c) for c in cols],
    )


def creator(con: Connection, tbl: str, pk: str) -> str | None:
    """The device that made a record (the origin of its creation version)."""
    row = con.exec_driver_sql(
        "SELECT o.device FROM sync_clock c JOIN sync_origin o ON o.id = c.origin_id "
        "WHERE c.tbl = ? AND c.pk = ? AND c.col = '*'",
        (tbl, pk),
    ).first()
    return None if row is None else str(row[0])


def find_by(con: Connection, tbl: str, cols: Sequence[str], values: Sequence[Any]) -> str | None:
    """The id of the record whose columns `cols` hold `values` (a unique key), if any. NULL
    matches NULL ('IS'): a competence outside a dossier (qualification_id NULL) has a code
    unique among those outside a dossier (the partial unique index of model/catalogue.py)."""
    for col in cols:
        check_name(tbl, col)
    where = " AND ".join(f"{c} IS ?" for c in cols)
    row = con.exec_driver_sql(f"SELECT id FROM {tbl} WHERE {where}", tuple(values)).first()
    return None if row is None else str(row[0])


def rows(con: Connection, tbl: str, pks: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Raw rows by id."""
    columns = SYNCED[tbl][1]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(pks), 500):
        chunk = list(pks[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cols = ", ".join(columns)
        for row in con.exec_driver_sql(
            f"SELECT {cols} FROM {tbl} WHERE id IN ({marks})", tuple(chunk)
        ).all():
            record = dict(zip(columns, row, strict=True))
            found[str(record["id"])] = record
    return found


ROWS_PER_INSERT = 250


def _max_variables(con: Connection) -> int:
    """How many parameters one statement may have (32766 unless SQLite was built with
    another limit; 999 where the limit cannot be asked)."""
    getlimit = getattr(con.connection.driver_connection, "getlimit", None)
    return 999 if getlimit is None else int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def insert_rows(con: Connection, tbl: str, records: list[dict[str, Any]]) -> None:
    """Insert whole records (column -> storage value); updated_at is set here.

    Many rows per INSERT statement: every synced table has capture triggers, and SQLite
    pays a fixed cost for each statement that fires a trigger (a statement journal, so it
    can be undone alone), even with capture off. One row per statement made applying
    100,000 observations ~10% slower (bench/sync.py, docs/benchmarks.md)."""
    if not records:
        return
    columns = [c for c in SYNCED[tbl][1] if c != "updated_at"]
    has_updated = "updated_at" in SYNCED[tbl][1]
    names = columns + (["updated_at"] if has_updated else [])
    row = "(" + ", ".join("?" * len(columns))
    row += ", strftime('%Y-%m-%d %H:%M:%f', 'now'))" if has_updated else ")"
    head = f"INSERT INTO {tbl} ({', '.join(names)}) VALUES "
    per = max(1, min(ROWS_PER_INSERT, _max_variables(con) // len(columns)))
    for start in range(0, len(records), per):
        part = records[start : start + per]
        con.exec_driver_sql(
            head + ", ".join([row] * len(part)),
            tuple([v for r in part for v in map(r.get, columns)]),
        )


def update_fields(con: Connection, tbl: str, pk: str, values: dict[str, Any]) -> None:
    if not values:
        return
    sets = ", ".join(f"{c} = ?" for c in values)
    if "updated_at" in SYNCED[tbl][1]:
        sets += ", updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now')"
    con.exec_driver_sql(f"UPDATE {tbl} SET {sets} WHERE id = ?", (*values.values(), pk))


TABLE_ORDER = [
    str(t.name)
    for t in Base.metadata.sorted_tables
    if t.name in SYNCED and t.name != "sync_conflict"
] + ["sync_conflict"]
"""Parents before children, so that each chunk's foreign keys hold when it commits; the
conflict records last, after the records they are about (the intake places them by it)."""


def changed_since(
    con: Connection,
    known: dict[str, str],
    allowed: Any,
    batch: int = 5000,
    whole: Sequence[str] = (),
) -> Iterator[list[Change]]:
    """Everything this replica holds that a peer with vector `known` has not seen, plus
    everything in the partitions `whole` (a widened scope: the peer never held those,
    whatever its vector says), in batches ordered table by table, parents first, and by
    version within a table. `allowed(tbl, partition, record)` decides what may go."""
    devices = _devices(con)
    labels = _labels(con)
    ids = {label: i for i, label in labels.items()}
    # One pass per origin along (origin_id, wall, counter), sorted out by table here: a
    # pass per table and origin would walk the origin's whole range once for every table.
    found: dict[str, dict[tuple[str, str], tuple[str, str, str, Clock, str]]] = defaultdict(dict)
    for origin, device in devices.items():
        for tbl, pk, col, *compact, part in con.exec_driver_sql(
            "SELECT tbl, pk, col, wall, counter, origin_id, base_wall, base_counter, "
            "base_origin_id, partition_id FROM sync_clock WHERE origin_id = ? "
            "AND (wall, counter) > (?, ?)",
            (origin, *_after(known.get(device, ""))),
        ):
            found[tbl][(pk, col)] = (tbl, pk, col, _clock(devices, *compact), labels[part])
    widened: dict[str, list[tuple[str, str, str, Clock, str]]] = defaultdict(list)
    for part in whole:
        if part not in ids:
            continue
        for tbl, pk, col, *compact in con.exec_driver_sql(
            "SELECT tbl, pk, col, wall, counter, origin_id, base_wall, base_counter, "
            "base_origin_id FROM sync_clock WHERE partition_id = ?",
            (ids[part],),
        ):
            widened[tbl].append((tbl, pk, col, _clock(devices, *compact), part))
    for tbl in TABLE_ORDER:
        of_table = found.pop(tbl, {})
        for row in widened.get(tbl, []):
            of_table[(row[1], row[2])] = row
        ordered = sorted(of_table.values(), key=lambda r: r[3].stamp)
        for start in range(0, len(ordered), batch):
            yield _with_values(con, ordered[start : start + batch], allowed)


def _with_values(
    con: Connection, clock_rows: list[tuple[str, str, str, Clock, str]], allowed: Any
) -> list[Change]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, pk, *_ in clock_rows:
        by_table[tbl].append(pk)
    records = {tbl: rows(con, tbl, sorted(set(pks))) for tbl, pks in by_table.items()}
    # Optional hooks of `allowed` (sync.session._Outgoing): may this record's creation or
    # this column's change go, and the record as the peer may hold it.
    record_allowed = getattr(allowed, "record", None)
    field_allowed = getattr(allowed, "field", None)
    redact = getattr(allowed, "redact", None)
    # ... and what the peer may hold because it made it itself (the clock's origin), as
    # digest() counts it for that peer (_hidden_from).
    made_by_peer = getattr(allowed, "made_by_peer", None)
    out = []
    for tbl, pk, col, clock, part in clock_rows:
        record = records[tbl].get(pk)
        if record is None:
            continue
        if not allowed(tbl, part, record) and not (
            made_by_peer is not None and made_by_peer(tbl, part, clock.origin)
        ):
            continue
        if col == "*" and record_allowed is not None and not record_allowed(tbl, record):
            continue
        if col != "*" and field_allowed is not None and not field_allowed(tbl, col, record):
            continue
        if redact is not None:
            record = redact(tbl, record)  # e.g. others' password hashes: the version goes,
            # the value does not, so both sides still count the same versions (digests)
        if col == "*":
            value: Any = {c: v for c, v in record.items() if c != "updated_at"}
        else:
            value = record[col]
        out.append(Change(tbl, pk, col, value, clock, part))
    return out


PLAIN_TYPES = frozenset({str, int, float, type(None)})
"""Values that travel as they are (checked by exact type: the fast path of a record)."""
_EXACT_TYPES = frozenset({str, int, type(None)})
"""Values that come back as they are, unchecked here (a float is checked for nan/inf)."""


def encode_value(value: Any) -> Any:
    """A storage value as JSON: bytes become {"b64": ...}."""
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if PLAIN_TYPES.issuperset(map(type, value.values())):
            return dict(value)  # the common case, copied in C
        return {k: v if type(v) in PLAIN_TYPES else encode_value(v) for k, v in value.items()}
    return value


def _decode_scalar(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or value is None:
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise InvalidInput("Onverwachte waarde in de bundel.")
        return value
    if kind is dict and len(value) == 1 and type(value.get("b64")) is str:
        try:
            return base64.b64decode(value["b64"], validate=True)
        except ValueError as exc:
            raise InvalidInput("Een bijlage in de bundel is onleesbaar.") from exc
    raise InvalidInput("Onverwachte waarde in de bundel.")


def decode_value(value: Any, whole_record: bool = False) -> Any:
    """A value as it travels back to a storage value. A whole record is a flat object of
    column -> value; a value is a scalar or {"b64": ...}: nothing nests deeper."""
    if whole_record:
        if type(value) is not dict:
            raise InvalidInput("Een record in de bundel is geen record.")
        if _EXACT_TYPES.issuperset(map(type, value.values())):
            return dict(value)  # the common case: texts, integers and nulls only
        return {
            str(k): v if type(v) in _EXACT_TYPES else _decode_scalar(v) for k, v in value.items()
        }
    kind = type(value)
    if kind is str or kind is int or value is None:
        return value
    return _decode_scalar(value)


def pending_put(con: Connection, change: Change) -> None:
    con.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_pending (tbl, pk, col, change) VALUES (?, ?, ?, ?)",
        (change.tbl, change.pk, change.col, json.dumps(change_to_json(change))),
    )


def pending_take(con: Connection) -> list[Change]:
    found = [
        change_from_json(json.loads(c))
        for (c,) in con.exec_driver_sql("SELECT change FROM sync_pending")
    ]
    con.exec_driver_sql("DELETE FROM sync_pending")
    return found


def change_to_json(c: Change) -> dict[str, Any]:
    k = c.clock
    return {
        "t": c.tbl,
        "k": c.pk,
        "c": c.col,
        "v": encode_value(c.value),
        "ver": k.version,
        "o": k.origin,
        "bv": k.base_version,
        "bo": k.base_origin,
        "p": c.partition,
    }


CHANGE_KEYS = frozenset({"t", "k", "c", "v", "ver", "o", "bv", "bo", "p"})


def change_from_json(d: Any) -> Change:
    """One change as it arrives, read strictly: every name against the schema, ids,
    versions and the partition label in their exact format, the value against its column
    (model.schema). Anything else is InvalidInput, never another exception."""
    if type(d) is not dict or d.keys() != CHANGE_KEYS:
        raise InvalidInput("Een wijziging in de bundel is onleesbaar.")
    tbl, pk, col, version, origin = d["t"], d["k"], d["c"], d["ver"], d["o"]
    if type(tbl) is not str or type(col) is not str:
        raise InvalidInput("Een wijziging in de bundel is onleesbaar.")
    check_name(tbl, col)
    schema.check_id(pk, "sleutel")
    schema.check_version(version)
    if type(origin) is not str or origin not in _VALID_ORIGINS:
        _remember(_VALID_ORIGINS, schema.check_id(origin, "herkomst"))
    bv, bo = d["bv"], d["bo"]
    if bv is not None or bo is not None:
        if bv is None or bo is None:
            raise InvalidInput("Een wijziging in de bundel heeft een halve basisversie.")
        schema.check_version(bv, "basisversie")
        schema.check_id(bo, "herkomst van de basisversie")
        if (bv, bo) >= (version, origin):
            raise InvalidInput("Een wijziging in de bundel is ouder dan haar basis.")
    partition = d["p"]
    if type(partition) is not str or partition not in _VALID_PARTITIONS:
        _remember(_VALID_PARTITIONS, schema.check_partition(partition))
    if col == "*":
        value = decode_value(d["v"], whole_record=True)
        schema.check_record(tbl, pk, value)
        value.pop("updated_at", None)
    else:
        value = decode_value(d["v"])
        schema.check_value(tbl, col, value)
    return Change(tbl, pk, col, value, Clock(version, origin, bv, bo), partition)


_VALID_ORIGINS: set[str] = set()
_VALID_PARTITIONS: set[str] = set()
"""Origins and partition labels that passed their check: the same few come on every
change of a bundle, and a check depends on the text alone."""
_MAX_REMEMBERED = 100_000


def _remember(remembered: set[str], value: str) -> None:
    if len(remembered) >= _MAX_REMEMBERED:
        remembered.clear()
    remembered.add(value)


DIGEST_CACHE_DDL = tuple(
    f"CREATE TRIGGER sync_digest_{name} {event} ON sync_clock BEGIN "
    "DELETE FROM sync_digest WHERE partition IN "
    f"(SELECT label FROM sync_partition WHERE id IN ({rows})); END"
    for name, event, rows in (
        (
            "ins",
            "BEFORE INSERT",
            "NEW.partition_id, (SELECT o.partition_id FROM sync_clock o WHERE o.tbl = NEW.tbl "
            "AND o.pk = NEW.pk AND o.col = NEW.col)",
        ),
        ("upd", "AFTER UPDATE", "OLD.partition_id, NEW.partition_id"),
        ("del", "AFTER DELETE", "OLD.partition_id"),
    )
)
"""The digest cache's invalidation (migration 0015): every write of sync_clock - capture,
apply, purge, unheld clean-up, heal_clock, a raw statement - drops the cached digests of
its partition in its own transaction, so no reader ever sees a cached digest older than
the rows it stands for. The insert trigger runs before the row goes in and also drops the
partition of the row an INSERT OR REPLACE replaces (a REPLACE fires no delete trigger).
What a reader filter looks at besides sync_clock (a note's category, an audit entry's
actor, ...) changes only with a clock row of the same record."""

DIGEST_CACHE_DROP = tuple(f"DROP TRIGGER sync_digest_{n}" for n in ("ins", "upd", "del"))

DIGEST_CACHE_DAYS = 31
"""A cached digest no sync asked for this many days (a jobcoach's filter of an old consent
day, a revoked device's) is dropped."""


def digest(
    con: Connection,
    partitions: Sequence[str],
    reader: Scope | None = None,
    reader_device: str = "",
    *,
    cached: bool = True,
) -> dict[str, tuple[int, str]]:
    """Per partition: how many versioned records and fields, and a SHA-256 over their
    versions in a fixed order; two replicas that agree give the same answer. With a
    reader, what that reader may not hold (policy.Scope.allows: notes of other categories,
    a jobcoach's audit entries of others and conflict records) is left out.

    `cached`: take unchanged partitions from sync_digest and store the ones computed, so
    only partitions written since are hashed again; `con` must then be in a write
    transaction (the values stored are computed in it, so no writer can slip in between).
    Without it everything is hashed from sync_clock and nothing is written."""
    exclude, params = _hidden_from(reader, reader_device)
    key = hashlib.sha256(json.dumps([exclude, list(params)]).encode()).hexdigest()[:32]
    known: dict[str, tuple[int, str]] = {}
    if cached:
        con.exec_driver_sql(
            "DELETE FROM sync_digest WHERE used < date('now', ?)", (f"-{DIGEST_CACHE_DAYS} days",)
        )
        con.exec_driver_sql(
            "UPDATE sync_digest SET used = date('now') WHERE reader = ? AND used < date('now')",
            (key,),
        )
        known = {
            str(p): (int(n), str(h))
            for p, n, h in con.exec_driver_sql(
                "SELECT partition, count, sha256 FROM sync_digest WHERE reader = ?", (key,)
            )
        }
    result = {}
    fresh = []
    for part in sorted(partitions):
        found = known.get(part)
        if found is None:
            found = _digest_of(con, part, exclude, params)
            if found[0]:  # a partition with no rows here is not cached: its label may
                fresh.append((part, key, *found))  # be one a purge just removed
        result[part] = found
    if cached and fresh:
        con.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_digest (partition, reader, count, sha256, used) "
            "VALUES (?, ?, ?, ?, date('now'))",
            fresh,
        )
    return result


def _digest_of(
    con: Connection, part: str, exclude: str, params: tuple[Any, ...]
) -> tuple[int, str]:
    """One partition's digest from its clock rows (what the cache keeps)."""
    # the lines `tbl|pk|col|version|origin\n` made by SQLite and fetched at once: a Python
    # loop over the rows cost as much again as the query
    lines = [
        str(line)
        for (line,) in con.exec_driver_sql(
            "SELECT tbl || '|' || pk || '|' || col || '|' || printf('%013d.%010d', wall, counter) "
            "|| '|' || o.device || char(10) FROM sync_clock c JOIN sync_origin o "
            "ON o.id = c.origin_id WHERE c.partition_id = "
            f"(SELECT id FROM sync_partition WHERE label = ?) {exclude} ORDER BY tbl, pk, col",
            (part, *params),
        ).all()
    ]
    return len(lines), hashlib.sha256("".join(lines).encode()).hexdigest()


def _hidden_from(reader: Scope | None, device: str) -> tuple[str, tuple[Any, ...]]:
    """SQL that leaves out of sync_clock what `reader` (the device `device`) may not hold:
    Scope.allows in SQL, and the audit entries a jobcoach's laptop made itself kept, as
    unheld_statements keeps them."""
    if reader is None:
        return "", ()
    notes = sorted(reader.note_categories)
    marks = ",".join("?" * len(notes)) or "''"
    sql = f"AND NOT (tbl = 'note' AND pk IN (SELECT id FROM note WHERE category NOT IN ({marks})))"
    params: tuple[Any, ...] = tuple(notes)
    if reader.role == JOBCOACH:
        sql += (
            " AND NOT (tbl = 'audit_entry' AND origin_id IS NOT "
            "(SELECT id FROM sync_origin WHERE device = ?) AND pk IN (SELECT id FROM "
            "audit_entry WHERE actor_id IS NULL OR actor_id != ?)) AND tbl != 'sync_conflict'"
        )
        params += (device, reader.staff or "")
        sql += f" AND NOT (tbl = 'student_goal' AND pk IN (SELECT id FROM {_OTHER_GOALS}))"
        params += tuple(sorted(JOBCOACH_GOAL_DOMAINS))
    for tbl, where, more in _withheld(reader):
        own = (  # made on that laptop
            "origin_id IS NOT (SELECT id FROM sync_origin WHERE device = ?) AND "
            if tbl == "observation"
            else ""
        )
        sql += f" AND NOT (tbl = '{tbl}' AND {own}pk IN (SELECT id FROM {tbl} WHERE {where}))"
        params += ((device,) if own else ()) + more
    return sql, params


def _withheld(scope: Scope) -> list[tuple[str, str, tuple[Any, ...]]]:
    """(table, SQL condition on its rows, parameters) for what a jobcoach's laptop may
    not hold row by row beyond notes, audit entries and conflicts: the school-only tables,
    consents for anyone but a workplace, and what the consent gate withholds
    (policy.Scope.allows, in SQL; parents first: evidence before what it points at)."""
    if scope.role != JOBCOACH:
        return []
    found: list[tuple[str, str, tuple[Any, ...]]] = [(t, "1 = 1", ()) for t in sorted(SCHOOL_ONLY)]
    found.append(("consent", "recipient != 'werkplek'", ()))
    if scope.consented is None:
        return found
    prefix = f"school/{scope.school}/student/"
    for tbl in sorted(CONSENT_GATED, key=lambda t: t != "credential_evidence"):
        needed = CONSENT_GATED[tbl]
        students = {t.partition(":")[2] for t in scope.consented}
        allowed = sorted(
            prefix + s for s in students if all(f"{c}:{s}" in scope.consented for c in needed)
        )
        marks = ",".join("?" * len(allowed)) or "''"
        where = f"partition LIKE 'school/%/student/%' AND partition NOT IN ({marks})"
        more: tuple[Any, ...] = tuple(allowed)
        if tbl == "observation":  # the jobcoach's own (with a login, or without one)
            where += " AND (recorded_by IS NULL OR recorded_by != ?)"
            more += (scope.staff or "",)
        found.append((tbl, where, more))
    return found


_OTHER_GOALS = (
    "student_goal WHERE COALESCE(life_domain, 'werk') NOT IN ("
    + ",".join("?" * len(JOBCOACH_GOAL_DOMAINS))
    + ")"
)
"""The goals a jobcoach's laptop may not hold (policy.JOBCOACH_GOAL_DOMAINS), in SQL."""


def partitions(con: Connection) -> list[str]:
    """The partitions that have clock rows here, in text order."""
    return [
        str(p)
        for (p,) in con.exec_driver_sql(
            "SELECT label FROM sync_partition p WHERE EXISTS "
            "(SELECT 1 FROM sync_clock c WHERE c.partition_id = p.id) ORDER BY label"
        )
    ]


def purge(con: Connection, parts: Sequence[str]) -> int:
    """Remove every record of these partitions from this replica (capture must be off):
    what a device may no longer hold, their names in sync_partition too. Not a delete that
    travels. One statement per table for many partitions at once: observations have no
    partition index (progress.Observation), so each statement is one pass over them."""
    removed = 0
    wanted = sorted(set(parts))
    for start in range(0, len(wanted), 500):
        chunk = tuple(wanted[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for tbl in SYNCED:
            result = con.exec_driver_sql(f"DELETE FROM {tbl} WHERE partition IN ({marks})", chunk)
            removed += result.rowcount
        con.exec_driver_sql(
            "DELETE FROM sync_clock WHERE partition_id IN "
            f"(SELECT id FROM sync_partition WHERE label IN ({marks}))",
            chunk,
        )
        con.exec_driver_sql(f"DELETE FROM sync_partition WHERE label IN ({marks})", chunk)
        con.exec_driver_sql(f"DELETE FROM sync_digest WHERE partition IN ({marks})", chunk)
        con.exec_driver_sql(  # changes that waited for their record: label and value
            f"DELETE FROM sync_pending WHERE json_extract(change, '$.p') IN ({marks})", chunk
        )
    return removed


OWN_ORIGIN_SQL = (
    "(SELECT o.id FROM sync_origin o JOIN sync_local l ON o.device = l.device_id WHERE l.id = 1)"
)
TEXT_OWN_ORIGIN_SQL = "(SELECT device_id FROM sync_local WHERE id = 1)"
"""This replica's origin as sync_clock holds it: an id since 0014_lean_change_log, the
device id itself in a backup made before it (purge_copy)."""


def unheld_statements(scope: Scope) -> list[tuple[str, tuple[Any, ...]]]:
    """SQL that removes from a replica what lies inside its partitions but its scope may
    not hold row by row (policy.Scope.allows and redact): notes of other categories, on
    a jobcoach's laptop others' audit entries (its own stay until the central has them,
    and after: they are the laptop's own record) and every conflict record, and the
    password hashes of people who may not log in on it. Run with capture off: this is not
    a change that travels. The versions of a blanked value stay, so both sides still
    count the same versions (digest)."""
    return _unheld_statements(scope, lean=True)


def _unheld_statements(scope: Scope, lean: bool) -> list[tuple[str, tuple[Any, ...]]]:
    """unheld_statements for a sync_clock of 0014_lean_change_log (lean) or before it."""
    mine = f"origin_id = {OWN_ORIGIN_SQL}" if lean else f"origin = {TEXT_OWN_ORIGIN_SQL}"
    notes = sorted(scope.note_categories)
    marks = ",".join("?" * len(notes)) or "''"
    gone: list[tuple[str, str, tuple[Any, ...]]] = [
        ("note", f"category NOT IN ({marks})", tuple(notes))
    ]
    if scope.role == JOBCOACH:
        gone.append(
            (
                "audit_entry",
                "(actor_id IS NULL OR actor_id != ?) AND id NOT IN (SELECT pk FROM sync_clock "
                f"WHERE tbl = 'audit_entry' AND col = '*' AND {mine})",
                (scope.staff or "",),
            )
        )
        gone.append(("sync_conflict", "1 = 1", ()))
        for tbl, where, params in _withheld(scope):
            if tbl == "observation":  # what this laptop made without a login stays too
                where += (
                    " AND id NOT IN (SELECT pk FROM sync_clock WHERE tbl = 'observation' "
                    f"AND col = '*' AND {mine})"
                )
            gone.append((tbl, where, params))
        gone.append(
            (
                "student_goal",
                f"id IN (SELECT id FROM {_OTHER_GOALS})",
                tuple(sorted(JOBCOACH_GOAL_DOMAINS)),
            )
        )
    statements: list[tuple[str, tuple[Any, ...]]] = []
    for tbl, where, params in gone:
        statements.append((f"DELETE FROM {tbl} WHERE {where}", params))
        statements.append(
            (
                f"DELETE FROM sync_clock WHERE tbl = '{tbl}' AND pk NOT IN (SELECT id FROM {tbl})",
                (),
            )
        )
    roles = sorted(LOGIN_ON.get(scope.role, frozenset()))
    role_marks = ",".join("?" * len(roles)) or "''"
    statements.append(
        (
            "UPDATE staff SET password_hash = NULL WHERE password_hash IS NOT NULL "
            f"AND id != ? AND role NOT IN ({role_marks})",
            (scope.staff or "", *roles),
        )
    )
    if scope.role == JOBCOACH:  # policy.Scope.redact: not who of the family signed
        statements.append(("UPDATE consent SET given_by_name = '' WHERE given_by_name != ''", ()))
    return statements


def drop_unheld(con: Connection, scope: Scope) -> int:
    """unheld_statements on this store, inside a transaction with capture off; how many
    rows it removed or blanked."""
    return sum(
        max(0, con.exec_driver_sql(sql, params).rowcount)
        for sql, params in unheld_statements(scope)
    )


def purge_copy(path: Path, parts: Sequence[str], scope: Scope | None = None) -> None:
    """Remove these partitions (and, with a scope, what it may not hold) from a copy of
    a store - a backup beside it: the same rows purge() removes, the peer bookkeeping,
    then VACUUM so no free page keeps them."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA secure_delete = ON")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        marks = ",".join("?" * len(parts))
        con.execute("BEGIN IMMEDIATE")
        if "sync_local" in tables:
            con.execute("UPDATE sync_local SET applying = 1")
        lean = "sync_partition" in tables  # made at 0014_lean_change_log or later
        for tbl in [*SYNCED, *([] if lean else ["sync_clock"])]:
            if tbl in tables and parts:
                con.execute(f"DELETE FROM {tbl} WHERE partition IN ({marks})", tuple(parts))
        if lean and parts:
            con.execute(
                "DELETE FROM sync_clock WHERE partition_id IN "
                f"(SELECT id FROM sync_partition WHERE label IN ({marks}))",
                tuple(parts),
            )
            con.execute(f"DELETE FROM sync_partition WHERE label IN ({marks})", tuple(parts))
        if "sync_digest" in tables and parts:  # its keys name the students
            con.execute(f"DELETE FROM sync_digest WHERE partition IN ({marks})", tuple(parts))
        if "sync_pending" in tables and parts:  # changes that waited for their record
            con.execute(
                f"DELETE FROM sync_pending WHERE json_extract(change, '$.p') IN ({marks})",
                tuple(parts),
            )
        if scope is not None and {"sync_clock", "audit_entry", "sync_conflict"} <= tables:
            for sql, params in _unheld_statements(scope, lean):
                try:
                    con.execute(sql, params)
                except sqlite3.OperationalError as exc:  # a backup older than a table
                    if "no such table" not in str(exc):
                        raise
        if "sync_peer" in tables:
            peers = con.execute("SELECT peer_id, partitions, sent FROM sync_peer").fetchall()
            for statement in _peers_without(peers, parts):
                con.execute(*statement)
        if "sync_local" in tables:
            con.execute("UPDATE sync_local SET applying = 0")
        con.execute("COMMIT")
        con.execute("VACUUM")
    finally:
        con.close()


def chunk_applied(con: Connection, bundle_id: str, chunk: int) -> bool:
    return (
        con.exec_driver_sql(
            "SELECT 1 FROM sync_applied WHERE bundle_id = ? AND chunk = ?", (bundle_id, chunk)
        ).first()
        is not None
    )


def mark_chunk_applied(con: Connection, bundle_id: str, chunk: int) -> None:
    con.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_applied (bundle_id, chunk) VALUES (?, ?)", (bundle_id, chunk)
    )


CONFLICT_COLUMNS = (
    "id",
    "tbl",
    "pk",
    "col",
    "kind",
    "losing_value",
    "losing_version",
    "losing_origin",
    "winning_version",
    "winning_origin",
    "partition",
)


def add_conflicts(con: Connection, conflicts: list[dict[str, Any]]) -> None:
    """Record conflicts; one already known (same id, found elsewhere) is left as it is."""
    con.exec_driver_sql(
        f"INSERT OR IGNORE INTO sync_conflict ({', '.join(CONFLICT_COLUMNS)}, detected_at, "
        "resolved, resolution, deleted, updated_at) VALUES "
        f"({', '.join('?' * len(CONFLICT_COLUMNS))}, strftime('%Y-%m-%d %H:%M:%f', 'now'), "
        "0, '', 0, strftime('%Y-%m-%d %H:%M:%f', 'now'))",
        [tuple(c[k] for k in CONFLICT_COLUMNS) for c in conflicts],
    )


def unacked_partitions(con: Connection, parts: Sequence[str], acked: dict[str, str]) -> set[str]:
    """Of these partitions, those holding own changes the peer has not confirmed."""
    me = device_id(con)
    since = _after(acked.get(me, ""))
    return {
        p
        for (p,) in con.exec_driver_sql(
            "SELECT DISTINCT p.label FROM sync_clock c JOIN sync_partition p "
            "ON p.id = c.partition_id WHERE c.origin_id = ? AND (c.wall, c.counter) > (?, ?)",
            (_own_origin(con), *since),
        )
        if p in set(parts)
    }


@dataclass(frozen=True)
class ConflictRow:
    id: str
    tbl: str
    pk: str
    col: str
    kind: str
    losing_value: Any
    current_value: Any
    losing_origin: str
    winning_origin: str
    partition: str
    resolved: bool
    resolution: str
    mergeable: bool = False  # a free-text field: a teacher may merge both texts


def free_text(tbl: str, col: str) -> bool:
    """A column a person writes prose in (not a code, a choice or a reference)."""
    table = Base.metadata.tables.get(tbl)
    if table is None or col not in table.columns:
        return False
    kind = table.columns[col].type
    return (
        isinstance(kind, String)
        and not isinstance(kind, Enum)
        and col
        not in (
            "id",
            "partition",
            "key",
            "code",
            "email",
            "crebo",
            "order_key",
            "sha256",
            "mime",
        )
    )


def conflicts(con: Connection, include_resolved: bool = False) -> list[ConflictRow]:
    found = []
    for cid, tbl, pk, col, kind, losing, lo, wo, part, resolved, resolution in con.exec_driver_sql(
        "SELECT id, tbl, pk, col, kind, losing_value, losing_origin, winning_origin, "
        "partition, resolved, resolution FROM sync_conflict WHERE deleted = 0 "
        + ("" if include_resolved else "AND resolved = 0 ")
        + "ORDER BY detected_at, id"
    ):
        check_name(tbl, col)
        record = rows(con, tbl, [pk]).get(pk, {})
        current = record if col == "*" else record.get(col)
        found.append(
            ConflictRow(
                str(cid),
                tbl,
                pk,
                col,
                kind,
                decode_value(json.loads(losing), col == "*"),
                current,
                lo,
                wo,
                part,
                bool(resolved),
                resolution,
                free_text(tbl, col),
            )
        )
    return found


def set_field(con: Connection, tbl: str, pk: str, col: str, value: Any) -> None:
    """A local edit of one field (captured like any other): used to take back a losing
    value when a teacher resolves a conflict that way."""
    check_name(tbl, col)
    if col == "*":
        raise InvalidInput("Een heel record kan niet zo teruggezet worden.")
    update_fields(con, tbl, pk, {col: value})


def mark_resolved(con: Connection, conflict_id: str, resolution: str) -> None:
    con.exec_driver_sql(
        "UPDATE sync_conflict SET resolved = 1, resolution = ?, "
        "updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = ?",
        (resolution, conflict_id),
    )


# -- enrolled devices (central) and trusted peers (device) ----------------------------


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    sign_key: bytes
    box_key: bytes
    scope: dict[str, Any]
    revoked: bool
    enrolled_at: str = ""  # ISO time of the (last) enrolment


def devices(con: Connection) -> list[DeviceRow]:
    return [
        DeviceRow(str(d), str(n), bytes(sk), bytes(bk), json.loads(sc), bool(r), str(at))
        for d, n, sk, bk, sc, r, at in con.exec_driver_sql(
            "SELECT device_id, name, sign_key, box_key, scope, revoked, enrolled_at "
            "FROM sync_device ORDER BY name"
        )
    ]


def put_device(
    con: Connection,
    device: str,
    name: str,
    sign_key: bytes,
    box_key: bytes,
    scope: dict[str, Any],
    enrolled_at: str,
) -> None:
    con.exec_driver_sql(
        "INSERT INTO sync_device (device_id, name, sign_key, box_key, scope, revoked, "
        "enrolled_at) VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT(device_id) DO UPDATE SET "
        "name = excluded.name, sign_key = excluded.sign_key, box_key = excluded.box_key, "
        "scope = excluded.scope, revoked = 0",
        (device, name, sign_key, box_key, json.dumps(scope, sort_keys=True), enrolled_at),
    )


def enrolled_role(con: Connection) -> str | None:
    """The role this replica was enrolled with as a device (None: not a device)."""
    for (scope,) in con.exec_driver_sql("SELECT scope FROM sync_device WHERE revoked = 0"):
        spec = json.loads(scope)
        if spec.get("role") == "centrale":
            return str((spec.get("scope") or {}).get("role"))
    return None


def revoke_device(con: Connection, device: str) -> bool:
    result = con.exec_driver_sql(
        "UPDATE sync_device SET revoked = 1 WHERE device_id = ?", (device,)
    )
    return bool(result.rowcount)


def coached_students(con: Connection, staff_id: str) -> list[str]:
    """The students a jobcoach follows: those with a running placement they coach (not
    removed, not ended: an ended placement is history and links no coach). The one
    place this is computed (the window's access checks and the sync scope both ask)."""
    return [
        str(s)
        for (s,) in con.exec_driver_sql(
            "SELECT DISTINCT student_id FROM placement "
            "WHERE jobcoach_id = ? AND deleted = 0 AND ended_on IS NULL",
            (staff_id,),
        )
    ]


def staff_lookup(con: Connection, email: str) -> tuple[str, str, str] | None:
    """(staff id, role, school id) for an e-mail address."""
    row = con.exec_driver_sql(
        "SELECT id, role, school_id FROM staff WHERE lower(email) = lower(?) AND deleted = 0",
        (email,),
    ).first()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]))


def school_id(con: Connection) -> str | None:
    row = con.exec_driver_sql("SELECT id FROM school WHERE deleted = 0").first()
    return None if row is None else str(row[0])


def reindex_catalogue(con: Connection) -> None:
    """Catalogue rows that arrived by sync: rebuild the search index from them."""
    from .search import INSERT_INDEX_SQL

    con.exec_driver_sql("DELETE FROM card_search")
    con.exec_driver_sql(INSERT_INDEX_SQL)


def group_students(con: Connection, school: str, group_names: Sequence[str]) -> list[str]:
    """Students in the named groups (klassen) of a school."""
    if not group_names:
        return []
    marks = ",".join("?" * len(group_names))
    return [
        str(s)
        for (s,) in con.exec_driver_sql(
            "SELECT s.id FROM student s JOIN school_group g ON g.id = s.group_id "
            f"WHERE s.deleted = 0 AND g.deleted = 0 AND g.school_id = ? AND g.name IN ({marks})",
            (school, *group_names),
        )
    ]


def group_ids(con: Connection, school: str, group_names: Sequence[str]) -> list[str]:
    marks = ",".join("?" * len(group_names)) or "''"
    return [
        str(g)
        for (g,) in con.exec_driver_sql(
            "SELECT id FROM school_group WHERE deleted = 0 AND school_id = ? "
            f"AND name IN ({marks})",
            (school, *group_names),
        )
    ]


def login_state(con: Connection, email: str) -> tuple[int, datetime | None]:
    row = con.exec_driver_sql(
        "SELECT failures, locked_until FROM login_state WHERE email = ?", (email,)
    ).first()
    if row is None:
        return 0, None
    locked = None if row[1] is None else datetime.fromisoformat(str(row[1]))
    return int(row[0]), locked


def set_login_state(con: Connection, email: str, failures: int, locked: datetime | None) -> None:
    con.exec_driver_sql(
        "INSERT INTO login_state (email, failures, locked_until) VALUES (?, ?, ?) "
        "ON CONFLICT(email) DO UPDATE SET failures = excluded.failures, "
        "locked_until = excluded.locked_until",
        (email, failures, None if locked is None else locked.isoformat()),
    )


# -- refused bundles (local) ----------------------------------------------------------


@dataclass(frozen=True)
class RefusalRow:
    at: str
    sender: str
    file: str
    reason: str


def add_refusal(con: Connection, at: str, sender: str, file: str, reason: str) -> None:
    con.exec_driver_sql(
        "INSERT INTO sync_refusal (at, sender, file, reason) VALUES (?, ?, ?, ?)",
        (at, sender[:32], file[:300], reason[:4000]),
    )


def refusals(con: Connection, limit: int = 100) -> list[RefusalRow]:
    """The newest refused bundles first."""
    return [
        RefusalRow(str(a), str(s), str(f), str(r))
        for a, s, f, r in con.exec_driver_sql(
            "SELECT at, sender, file, reason FROM sync_refusal ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]


def set_sent(con: Connection, peer_id: str, parts: Sequence[str]) -> None:
    """Replace the partitions counted as ever sent to a peer (see session.central_sync:
    the grace for edits after a reassignment ends once the device let go of them)."""
    con.exec_driver_sql(
        "UPDATE sync_peer SET sent = ? WHERE peer_id = ?", (json.dumps(sorted(parts)), peer_id)
    )


def forget_partitions(con: Connection, parts: Sequence[str]) -> None:
    """Take purged partitions out of every peer's bookkeeping (what it holds, what was
    sent to it), so no trace of a departed student's id stays in sync_peer."""
    peers = con.exec_driver_sql("SELECT peer_id, partitions, sent FROM sync_peer").all()
    for sql, params in _peers_without(peers, parts):
        con.exec_driver_sql(sql, params)


def _peers_without(
    peers: Sequence[Any], parts: Sequence[str]
) -> list[tuple[str, tuple[str, str, str]]]:
    """The UPDATEs that take `parts` out of every peer's lists (held, ever sent)."""
    gone = set(parts)
    return [
        (
            "UPDATE sync_peer SET partitions = ?, sent = ? WHERE peer_id = ?",
            (
                json.dumps(sorted(set(json.loads(held)) - gone)),
                json.dumps(sorted(set(json.loads(sent)) - gone)),
                str(peer_id),
            ),
        )
        for peer_id, held, sent in peers
    ]


# -- enrolment tickets (central, local) -----------------------------------------------


@dataclass(frozen=True)
class TicketRow:
    """An inschrijfbewijs as the central recorded it when it signed it."""

    ticket_id: str
    spec: dict[str, Any]
    uses: int
    uses_left: int
    expires_at: str  # ISO UTC
    revoked: bool
    made_by: str
    made_at: str


_TICKET_COLUMNS = "id, spec, uses, uses_left, expires_at, revoked, made_by, made_at"


def _ticket(row: Sequence[Any]) -> TicketRow:
    i, spec, uses, left, expires, revoked, by, at = row
    return TicketRow(
        str(i),
        json.loads(spec),
        int(uses),
        int(left),
        str(expires),
        bool(revoked),
        str(by),
        str(at),
    )


def put_ticket(con: Connection, t: TicketRow) -> None:
    con.exec_driver_sql(
        f"INSERT INTO sync_ticket ({_TICKET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            t.ticket_id,
            json.dumps(t.spec, sort_keys=True),
            t.uses,
            t.uses_left,
            t.expires_at,
            int(t.revoked),
            t.made_by[:200],
            t.made_at,
        ),
    )


def tickets(con: Connection) -> list[TicketRow]:
    """Every ticket this central made, newest first."""
    return [
        _ticket(r)
        for r in con.exec_driver_sql(
            f"SELECT {_TICKET_COLUMNS} FROM sync_ticket ORDER BY made_at DESC, id"
        )
    ]


def ticket(con: Connection, ticket_id: str) -> TicketRow | None:
    row = con.exec_driver_sql(
        f"SELECT {_TICKET_COLUMNS} FROM sync_ticket WHERE id = ?", (ticket_id,)
    ).first()
    return None if row is None else _ticket(row)


def revoke_ticket(con: Connection, ticket_id: str) -> bool:
    result = con.exec_driver_sql("UPDATE sync_ticket SET revoked = 1 WHERE id = ?", (ticket_id,))
    return bool(result.rowcount)


def use_ticket(con: Connection, ticket_id: str) -> bool:
    """Take one use of a ticket that has one left (False: none left)."""
    result = con.exec_driver_sql(
        "UPDATE sync_ticket SET uses_left = uses_left - 1 WHERE id = ? AND uses_left > 0",
        (ticket_id,),
    )
    return bool(result.rowcount)


# -- what the sync layer uses without reaching past the model (issue 14 item 1) -----------

Con = Connection
"""The connection replica's functions take: opened only by SchoolStore.replica_read,
replica_write and replica_snapshot."""

KeyClash = IntegrityError
"""Raised by a write that would put two different records under one key."""
