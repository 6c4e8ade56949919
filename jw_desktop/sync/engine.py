"""Applying changes to a replica and collecting the changes a peer has not seen.

apply_chunk() is one transaction: either the whole chunk is in (rows, clocks, conflicts,
the note that the chunk is done) or nothing is. Applying the same changes again changes
nothing: changes this replica has already seen are skipped, and per-field versions decide
the rest. The replica's vector only moves when a whole bundle is in (finish_bundle).
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jw_desktop.model import JWError, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.replica import Change, Clock, now_ms, parse_version

from .merge import NO_CONFLICT_TABLES, conflict_id, judge, known_to

MAX_SKEW_MS = 60 * 60 * 1000
"""Versions more than an hour ahead of this computer's clock are refused (docs/sync.md)."""


BATCH = 20_000
"""Changes per chunk of a bundle, so per apply transaction. Each commit costs an fsync of
the WAL and often a checkpoint: 5,000 made 20 commits per 100,000 records, a sixth of the
apply's time; a chunk of 20,000 is ~25 MB in memory while it is applied. A crash still
loses at most the chunk being applied (sync_applied, test_crash.py)."""


SEARCHED_TABLES = frozenset({"card", "card_version", "card_element"})


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a bundle's changes are read and applied.
    Those are many small objects that live until the chunk is done, none in a cycle: every
    collection would walk them again for nothing (reading 100,000 changes took a third
    longer with it on; scratch measurement, issue 13). Plain reference counting still
    frees everything; the collector runs again afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class SyncRefused(JWError):
    """A bundle that must not be applied; nothing of it was written."""

    exit_code = 30


@dataclass
class ApplyResult:
    received: int = 0
    applied: int = 0
    already_known: int = 0
    conflicts: int = 0
    waiting: int = 0
    search_stale: bool = False  # catalogue content changed: the search index needs a rebuild

    def add(self, other: ApplyResult) -> None:
        self.received += other.received
        self.applied += other.applied
        self.already_known += other.already_known
        self.conflicts += other.conflicts
        self.waiting = other.waiting
        self.search_stale = self.search_stale or other.search_stale


@dataclass
class _State:
    """What one chunk sees and changes, kept in memory and written in batches."""

    clocks: dict[tuple[str, str, str], Clock]
    rows: dict[tuple[str, str], dict[str, Any]]
    inserts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    updates: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    clock_writes: dict[tuple[str, str, str], tuple[Clock, str]] = field(default_factory=dict)
    clock_drops: list[tuple[str, str, str]] = field(default_factory=list)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    waiting: list[Change] = field(default_factory=list)

    def clock_of(self, tbl: str, pk: str, col: str) -> Clock | None:
        """The version a field has: its own clock, or the record's creation clock."""
        return self.clocks.get((tbl, pk, col)) or self.clocks.get((tbl, pk, "*"))

    def set_clock(self, tbl: str, pk: str, col: str, clock: Clock, partition: str) -> None:
        self.clocks[(tbl, pk, col)] = clock
        self.clock_writes[(tbl, pk, col)] = (clock, partition)

    def drop_clock(self, tbl: str, pk: str, col: str) -> None:
        del self.clocks[(tbl, pk, col)]
        self.clock_writes.pop((tbl, pk, col), None)
        self.clock_drops.append((tbl, pk, col))

    def set_value(self, tbl: str, pk: str, col: str, value: Any) -> None:
        self.rows[(tbl, pk)][col] = value
        if pk not in self.inserts.get(tbl, {}):
            self.updates.setdefault((tbl, pk), {})[col] = value


def apply_chunk(
    store: SchoolStore,
    changes: Sequence[Change],
    sender_vector: dict[str, str],
    *,
    accept: Callable[[Change], bool] | None = None,
    chunk_id: tuple[str, int] | None = None,
    now: int | None = None,
    whole: frozenset[str] = frozenset(),
    known: dict[str, str] | None = None,
) -> ApplyResult:
    """Apply one chunk of changes in one transaction (see module docstring). Changes in
    the partitions `whole` (sent whole for a widened scope) are judged field by field even
    when this replica's vector says it saw them: it saw them, but did not keep them.

    `known`: the vector the intake judged the bundle against (intake.Intake.known). The
    apply then skips exactly the changes the intake skipped as known, never fewer: this
    replica's vector read again here can be lower (its own entry is its newest own clock
    row, which an earlier chunk may have replaced), and a change the intake never judged
    must not be applied."""
    try:
        with paused_gc():
            return _apply_chunk(store, changes, sender_vector, accept, chunk_id, now, whole, known)
    except rp.KeyClash as exc:
        raise SyncRefused(
            "De bundel botst met gegevens die hier al staan (twee verschillende records met "
            f"dezelfde sleutel: {exc.orig}). Er is niets veranderd; meld dit aan de beheerder."
        ) from exc


def _apply_chunk(
    store: SchoolStore,
    changes: Sequence[Change],
    sender_vector: dict[str, str],
    accept: Callable[[Change], bool] | None,
    chunk_id: tuple[str, int] | None,
    now: int | None,
    whole: frozenset[str] = frozenset(),
    known: dict[str, str] | None = None,
) -> ApplyResult:
    with store.replica_write() as con:
        if chunk_id is not None and rp.chunk_applied(con, *chunk_id):
            # Applied before an interruption: whether it held cards is not known here, so
            # the search index is rebuilt to be safe.
            return ApplyResult(received=len(changes), already_known=len(changes), search_stale=True)
        _check(changes, accept, now if now is not None else now_ms())
        rp.begin_apply(con)
        result = _apply(con, rp.pending_take(con), changes, sender_vector, whole, known)
        result.received = len(changes)
        if chunk_id is not None:
            rp.mark_chunk_applied(con, *chunk_id)
        rp.set_applying(con, False)
    return result


def refuse_future(changes: Sequence[Change], now: int, who: str = "het apparaat") -> None:
    """Versions more than the bound ahead of the reference clock `now` are refused, naming
    the computer whose clock runs ahead (docs/sync.md, 'Clock rules')."""
    limit = now + MAX_SKEW_MS
    for change in changes:
        wall, _ = parse_version(change.clock.version)
        if wall > limit:
            minutes = (wall - now) // 60000
            raise SyncRefused(
                f"De klok van {who} loopt {minutes} minuten voor. Zet die klok goed en "
                "synchroniseer opnieuw; er is niets veranderd."
            )


def _check(changes: Sequence[Change], accept: Callable[[Change], bool] | None, now: int) -> None:
    refuse_future(changes, now)
    for change in changes:
        if accept is not None and not accept(change):
            raise SyncRefused(
                "Deze bundel bevat gegevens die dit apparaat niet mag bewaren (buiten zijn "
                "bereik). De bundel is geweigerd; er is niets veranderd. Meld dit aan de "
                "beheerder."
            )


def _apply(
    con: rp.Con,
    waiting: list[Change],
    changes: Sequence[Change],
    sender_vector: dict[str, str],
    whole: frozenset[str] = frozenset(),
    known: dict[str, str] | None = None,
) -> ApplyResult:
    seen = rp.own_vector(con)
    if known is not None:  # never apply what the intake skipped as known
        seen = {o: max(v, known.get(o, "")) for o, v in seen.items()} | {
            o: v for o, v in known.items() if o not in seen
        }
    fresh = [c for c in changes if c.partition in whole or not known_to(seen, c.clock)]
    result = ApplyResult(already_known=len(changes) - len(fresh))
    fresh += waiting  # changes that waited for their record are tried again
    keys = {(c.tbl, c.pk) for c in fresh}
    state = _State(rp.clocks(con, keys), {})
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, pk in keys:
        by_table[tbl].append(pk)
    for tbl, pks in by_table.items():
        for pk, record in rp.rows(con, tbl, pks).items():
            state.rows[(tbl, pk)] = record
    # Whole records first, so that a field change of a record in the same chunk finds it.
    for change in sorted(fresh, key=lambda c: (c.col != "*", c.clock.version, c.clock.origin)):
        if change.col == "*":
            _apply_record(state, change, sender_vector)
        else:
            _apply_field(state, change, sender_vector)
    _write(con, state)
    result.applied = len(fresh) - len(state.waiting)  # incl. earlier waiting ones now in
    result.search_stale = any(c.tbl in SEARCHED_TABLES for c in fresh)
    result.conflicts = len(state.conflicts)
    result.waiting = len(state.waiting)
    newest = max((c.clock.version for c in fresh), default=None)
    if newest is not None:
        rp.advance_clock(con, newest)
    return result


def _apply_record(state: _State, change: Change, sender: dict[str, str]) -> None:
    tbl, pk = change.tbl, change.pk
    record = {**change.value, "id": pk, "partition": change.partition}
    if (tbl, pk) not in state.rows:  # new here: the common case, kept short
        state.rows[(tbl, pk)] = record
        state.inserts[tbl][pk] = record
        state.clocks[(tbl, pk, "*")] = change.clock
        state.clock_writes[(tbl, pk, "*")] = (change.clock, change.partition)
        return
    mutable = rp.SYNCED[tbl][0]
    if not mutable:
        _apply_value(state, change, "*", record, sender)
        return
    # A record this replica already has (the same id made twice, e.g. a route that two
    # laptops started): merge it field by field.
    for col, value in record.items():
        if col in ("id", "partition", "updated_at"):
            continue
        _apply_value(state, change, col, value, sender)
    own = state.clocks.get((tbl, pk, "*"))
    if own is None or change.clock.stamp > own.stamp:
        state.set_clock(tbl, pk, "*", change.clock, change.partition)
        # One canonical set of versions on every replica that holds both creations: the
        # newer '*' covers every column it won, so those need no version of their own
        # (the replica that made the newer '*' never had one: digests agree).
        for col in record:
            if state.clocks.get((tbl, pk, col)) == change.clock:
                state.drop_clock(tbl, pk, col)


def _apply_field(state: _State, change: Change, sender: dict[str, str]) -> None:
    if (change.tbl, change.pk) not in state.rows:
        state.waiting.append(change)  # its record has not arrived yet
        return
    _apply_value(state, change, change.col, change.value, sender)


def _apply_value(
    state: _State, change: Change, col: str, value: Any, sender: dict[str, str]
) -> None:
    tbl, pk = change.tbl, change.pk
    current = state.rows[(tbl, pk)]
    local = state.clock_of(tbl, pk, col)
    verdict = judge(change.clock, local, sender)
    local_value = current if col == "*" else current.get(col)
    if verdict.take:
        if col == "*":
            for c, v in value.items():
                if c not in ("id", "partition"):
                    state.set_value(tbl, pk, c, v)
        else:
            state.set_value(tbl, pk, col, value)
        state.set_clock(tbl, pk, col, change.clock, change.partition)
        if verdict.concurrent and local is not None and local_value != value:
            _conflict(state, change, col, "veld", local_value, local, change.clock)
    elif verdict.concurrent and local is not None and local_value != value:
        _conflict(state, change, col, "veld", value, change.clock, local)
    _check_delete(state, change, col, sender)
    if verdict.take and col == "deleted" and value:
        _edits_under_delete(state, change, sender)


def _check_delete(state: _State, change: Change, col: str, sender: dict[str, str]) -> None:
    """An edit and a delete of the same record, made without knowing of each other: the
    record stays deleted (its own field), the edit is kept, and a teacher is told."""
    tbl, pk = change.tbl, change.pk
    if not rp.SYNCED[tbl][0] or col in ("*", "deleted") or tbl in NO_CONFLICT_TABLES:
        return
    if not state.rows[(tbl, pk)].get("deleted"):
        return
    deleted = state.clocks.get((tbl, pk, "deleted"))
    if deleted is None or deleted.origin == change.clock.origin or known_to(sender, deleted):
        return
    _conflict(state, change, col, "verwijderd", change.value, change.clock, deleted)


def _edits_under_delete(state: _State, change: Change, sender: dict[str, str]) -> None:
    """The same rule the other way round: a delete that arrives after edits its maker did
    not know of. Both orders make the same conflict record (same id), so the teacher is
    told whichever reaches a replica first (docs/sync.md 'Edit against delete')."""
    tbl, pk = change.tbl, change.pk
    if tbl in NO_CONFLICT_TABLES:
        return
    for (t, p, col), clock in list(state.clocks.items()):
        if t != tbl or p != pk or col in ("*", "deleted"):
            continue
        if clock.origin == change.clock.origin or known_to(sender, clock):
            continue
        value = state.rows[(tbl, pk)].get(col)
        _conflict(state, change, col, "verwijderd", value, clock, change.clock)


def _conflict(
    state: _State,
    change: Change,
    col: str,
    kind: str,
    losing_value: Any,
    losing: Clock,
    winning: Clock,
) -> None:
    if change.tbl in NO_CONFLICT_TABLES:
        return
    cid = conflict_id(change.tbl, change.pk, col, kind, losing).hex
    state.conflicts[cid] = {
        "id": cid,
        "tbl": change.tbl,
        "pk": change.pk,
        "col": col,
        "kind": kind,
        "losing_value": json.dumps(rp.encode_value(losing_value), sort_keys=True),
        "losing_version": losing.version,
        "losing_origin": losing.origin,
        "winning_version": winning.version,
        "winning_origin": winning.origin,
        "partition": change.partition,
    }


def _write(con: rp.Con, state: _State) -> None:
    for tbl, records in state.inserts.items():
        rp.insert_rows(con, tbl, list(records.values()))
    for (tbl, pk), values in state.updates.items():
        rp.update_fields(con, tbl, pk, values)
    for tbl, pk, col in state.clock_drops:
        rp.drop_field_clocks(con, tbl, pk, [col])
    rp.put_clocks(con, [(t, p, c, k, part) for (t, p, c), (k, part) in state.clock_writes.items()])
    for change in state.waiting:
        rp.pending_put(con, change)
    if state.conflicts:
        rp.set_applying(con, False)  # conflicts are made here and travel like any record
        rp.add_conflicts(con, list(state.conflicts.values()))
        rp.set_applying(con, True)


def finish_bundle(
    store: SchoolStore,
    sender_id: str,
    sender_vector: dict[str, str],
    *,
    learned: dict[str, str] | None = None,
    bundle_id: str | None = None,
    search_stale: bool = False,
) -> None:
    """A whole bundle is in: this replica now knows what it took in (`learned`: per
    origin the newest version applied, docs/sync.md 'What the receiver believes'; without
    it, the sender's vector), and remembers what the sender says it knows - never more
    than this replica knows itself, so a claim cannot hide anything from anyone."""
    with store.replica_write() as con:
        if search_stale:
            rp.reindex_catalogue(con)
        rp.merge_vector(con, sender_vector if learned is None else learned)
        mine = rp.own_vector(con)
        claimed = {o: min(v, mine[o]) for o, v in sender_vector.items() if o in mine}
        rp.set_peer(con, sender_id, vector=claimed, last_sync=_now_iso())
        if bundle_id is not None:
            rp.mark_chunk_applied(con, bundle_id, -1)
            rp.set_last_bundle(con, sender_id, bundle_id)


def capped(store: SchoolStore, claimed: dict[str, str], learned: dict[str, str]) -> dict[str, str]:
    """What a sender says it had seen, as far as it can be true: nothing of an origin
    beyond what this replica knows of it or takes in from this very bundle."""
    with store.replica_read() as con:
        mine = rp.own_vector(con)
    for origin, version in learned.items():
        mine[origin] = max(mine.get(origin, ""), version)
    return {o: min(v, mine[o]) for o, v in claimed.items() if o in mine}


def bundle_done(store: SchoolStore, bundle_id: str) -> bool:
    with store.replica_read() as con:
        return rp.chunk_applied(con, bundle_id, -1)


def latest_from(store: SchoolStore, sender_id: str, bundle_id: str) -> bool:
    """Is this the last bundle taken in from the sender (not an older one replayed)?"""
    with store.replica_read() as con:
        return rp.last_bundle(con, sender_id) == bundle_id


def collect(
    store: SchoolStore,
    peer_id: str,
    allows: Callable[[str, str, dict[str, Any]], bool],
    scope_partitions: Callable[[Sequence[str]], list[str]],
    batch: int = BATCH,
    widen: bool = True,
) -> tuple[Iterator[list[Change]], dict[str, str], list[str], list[str]]:
    """What peer_id has not seen and may hold: (batches, my vector, the partitions in
    scope, those sent whole). Partitions new to the peer's scope are sent whole, whatever
    its vector says - not to the central (widen=False): it holds all of its school, and
    what a device made comes to it by the vector."""
    con, end = store.replica_snapshot()  # one consistent view for everything read below
    known, sent_before = rp.peer(con, peer_id)
    mine = rp.own_vector(con)
    parts = scope_partitions(rp.partitions(con))
    # A partition in scope that the peer does not hold up to date goes whole: it may know
    # its versions from another scope's changes without holding its records. Before its
    # first report (a device's first bundle is written before it received anything) what
    # was sent counts as held: it still comes by the vector, not a second time whole.
    held = set(sent_before) if sent_before else set(rp.sent_to(con, peer_id))
    widened = [p for p in parts if p not in held] if widen else []

    def batches() -> Iterator[list[Change]]:
        try:
            yield from rp.changed_since(con, known, allows, batch, whole=widened)
        finally:
            end()

    return batches(), mine, parts, widened


def _now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")
