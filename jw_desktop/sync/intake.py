"""The intake: a bundle is checked whole before anything of it is written.

A signature proves who sent a bundle, not that the sender may make its changes
(ARCHITECTURE.md, sync invariant 9). So before the first chunk is applied, every change is

1. read strictly (replica.change_from_json): names against the schema, ids, versions in
   their exact format with a bounded counter, values against their column (model.schema);
2. placed: its partition derived from the record itself and its owners (the stored
   record, or one arriving in the same bundle), and a label that says otherwise refused;
3. allowed: the sending device's role and staff member may make that change to that
   record (model.policy.check_write), and the receiver may hold it (its own scope).

One change that fails refuses the bundle whole with one line naming the device and what
it tried; nothing is written. The manifest is checked the same way, and what it says about
state (vectors, partitions held, partitions sent whole) is only believed where it cannot
be a lie that hurts anyone but the sender.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from jw_desktop.model import InvalidInput, SchoolStore, schema
from jw_desktop.model import replica as rp
from jw_desktop.model.policy import (
    ALL_NOTES,
    CENTRAL,
    TABLES,
    Refusal,
    Scope,
    UnknownOwner,
    check_proof_signer,
    check_write,
)
from jw_desktop.model.replica import Change, now_ms

from .engine import SyncRefused, paused_gc, refuse_future
from .merge import known_to

KEPT = (
    "id", "school_id", "student_id", "route_id", "issued_id", "company_id", "jobcoach_id",
    "group_id", "recorded_by", "category", "actor_id", "partition", "role", "tbl", "pk",
    "deleted", "life_domain",
)  # fmt: skip
"""The columns of an arriving record that owners, scope and the jobcoach rules look at;
the index of a large bundle keeps only these."""

KEEP_PARSED = 150_000
"""Up to this many changes the intake hands its parsed chunks to the apply (a daily sync,
and a laptop's 100,000 new records, read each change once); above, the apply reads them
again and memory stays bounded (~1.3 KB per parsed change: ~200 MB at the limit)."""

FACTS = frozenset({"observation", "hours_entry", "note", "reflection"})

MAX_VECTOR = 10_000
MAX_LIST = 200_000


@dataclass
class Checked:
    """What the intake found in a bundle that passed: the vector it may learn from it
    (per origin the newest version applied, only for origins this sender speaks for)."""

    learned: dict[str, str] = field(default_factory=dict)
    changes: int = 0
    parsed: list[list[Change]] | None = field(default_factory=list)
    """The changes as read, chunk by chunk, for the apply to reuse - None when the bundle
    is too large to keep them in memory (the apply then reads them again)."""


@dataclass
class _Index:
    """Records arriving in the bundle, by (table, id), for owners and rules."""

    records: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def add(self, change: Change) -> None:
        if change.col == "*":
            value = change.value
            kept = {k: value[k] for k in KEPT if k in value}
            kept["_made_by"] = change.clock.origin
            if change.tbl == "school_group":
                kept["name"] = value.get("name")
            self.records.setdefault((change.tbl, change.pk), kept)


def check_manifest(manifest: Mapping[str, Any]) -> None:
    """Every manifest field this replica reads, by type and shape."""
    schema_rev = manifest.get("schema")
    if schema_rev is not None and type(schema_rev) is not str:
        raise InvalidInput("Het manifest van de bundel is ongeldig (schema).")
    vector = manifest.get("sender_vector", {})
    if not isinstance(vector, dict) or len(vector) > MAX_VECTOR:
        raise InvalidInput("Het manifest van de bundel is ongeldig (vector).")
    for origin, version in vector.items():
        schema.check_id(origin, "herkomst in de vector")
        schema.check_version(version, "versie in de vector")
    for key in ("partitions", "holds", "whole"):
        parts = manifest.get(key, [])
        if not isinstance(parts, list) or len(parts) > MAX_LIST:
            raise InvalidInput(f"Het manifest van de bundel is ongeldig ({key}).")
        for p in parts:
            schema.check_partition(p)
    digests = manifest.get("digests", {})
    if not isinstance(digests, dict) or len(digests) > MAX_LIST:
        raise InvalidInput("Het manifest van de bundel is ongeldig (digests).")
    for p, d in digests.items():
        schema.check_partition(p)
        if not (
            isinstance(d, list)
            and len(d) == 2
            and type(d[0]) is int
            and 0 <= d[0] < 2**53
            and type(d[1]) is str
            and len(d[1]) == 64
        ):
            raise InvalidInput("Het manifest van de bundel is ongeldig (digests).")
    scope = manifest.get("scope")
    if scope is not None:
        _check_scope(scope)


def _check_scope(scope: Any) -> None:
    bad = InvalidInput("Het manifest van de bundel is ongeldig (scope).")
    if not isinstance(scope, dict) or not scope.keys() <= {"school", "students", "notes"}:
        raise bad
    schema.check_id(scope.get("school"), "school in het bereik")
    students = scope.get("students")
    if students is not None:
        if not isinstance(students, list) or len(students) > MAX_LIST:
            raise bad
        for s in students:
            schema.check_id(s, "leerling in het bereik")
    notes = scope.get("notes", [])
    if not isinstance(notes, list) or not set(map(str, notes)) <= ALL_NOTES:
        raise bad


def parse_chunk(raw: list[dict[str, Any]], now: int, who: str = "het apparaat") -> list[Change]:
    """One chunk read strictly; versions more than the bound ahead of the reference clock
    `now` are refused (docs/sync.md, 'Clock rules'), naming the computer whose clock runs
    ahead."""
    changes = [rp.change_from_json(d) for d in raw]
    refuse_future(changes, now, who)
    return changes


class Intake:
    """Checks one bundle from `sender` (a Scope with the sender's role and staff member)
    for a receiver that may hold `receiver` (its own scope, from what it has stored). A
    receiver whose scope follows from records (a jobcoach's students from placements)
    gives `final_receiver`, which says its scope once the whole bundle is known."""

    def __init__(
        self,
        store: SchoolStore,
        sender_id: str,
        sender: Scope,
        receiver: Scope,
        label: str,
        final_receiver: Callable[[Mapping[tuple[str, str], Mapping[str, Any]]], Scope]
        | None = None,
        whole: frozenset[str] = frozenset(),
    ):
        self.store = store
        self.sender_id = sender_id
        self.sender = sender
        self.receiver = receiver
        self.final_receiver = final_receiver
        self.label = label  # the sender as the admin knows it, for messages
        self.whole = whole  # partitions sent whole: their changes are applied even if known
        self.known: dict[str, str] = {}  # this replica's vector: what the apply skips
        self.index = _Index()
        self._stored: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._keys: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], str] = {}
        self._placed: dict[tuple[str, str], str] = {}  # where each record of the bundle went
        self._makers: dict[tuple[str, str], str | None] = {}
        self._con: Any = None
        self._me: str | None = None  # this replica's device id, once asked

    # -- lookups: stored rows, then what arrives -----------------------------------------

    def _stored_row(self, tbl: str, pk: str) -> dict[str, Any] | None:
        key = (tbl, pk)
        if key not in self._stored:
            self._stored[key] = rp.rows(self._con, tbl, [pk]).get(pk)
        return self._stored[key]

    def _prefetch(self, changes: list[Change]) -> None:
        """The stored rows of a chunk's records in a few queries, not one per change."""
        wanted: dict[str, set[str]] = {}
        for change in changes:
            if (change.tbl, change.pk) not in self._stored:
                wanted.setdefault(change.tbl, set()).add(change.pk)
        for tbl, pks in wanted.items():
            found = rp.rows(self._con, tbl, sorted(pks))
            for pk in pks:
                self._stored[(tbl, pk)] = found.get(pk)

    def lookup(self, tbl: str, pk: str) -> Mapping[str, Any] | None:
        """The record (stored, else arriving); a fact also says which device made it
        (`_made_by`: a laptop may correct what it recorded itself without a login)."""
        found = self._stored_row(tbl, pk)
        if found is not None:
            if tbl in FACTS:
                if (tbl, pk) not in self._makers:
                    self._makers[(tbl, pk)] = rp.creator(self._con, tbl, pk)
                return {**found, "_made_by": self._makers[(tbl, pk)]}
            return found
        return self.index.records.get((tbl, pk))

    # -- the check ------------------------------------------------------------------------

    def check(self, chunks: Iterable[list[dict[str, Any]]], now: int | None = None) -> Checked:
        """Read and judge every change (SyncRefused on the first that is not allowed)."""
        with paused_gc():
            return self._check(chunks, now)

    def _check(self, chunks: Iterable[list[dict[str, Any]]], now: int | None) -> Checked:
        clock_now = now if now is not None else now_ms()
        result = Checked()
        unplaced: list[Change] = []  # owner not known yet: may come later in the bundle
        unheld: list[tuple[Change, str, dict[str, Any]]] = []  # receiver scope may widen
        with self.store.replica_read() as self._con:
            self.known = rp.own_vector(self._con)
            for raw in chunks:
                try:
                    changes = parse_chunk(raw, clock_now, self.label)
                except InvalidInput as exc:
                    raise SyncRefused(
                        f"Bundel van {self.label} geweigerd: {exc.message} Er is niets veranderd."
                    ) from exc
                self._prefetch(changes)
                for change in changes:
                    self.index.add(change)
                for change in changes:
                    self._judge(change, unplaced, unheld)
                    self._learn(result, change)
                result.changes += len(changes)
                if result.parsed is not None:
                    result.parsed.append(changes)
                    if result.changes > KEEP_PARSED:
                        result.parsed = None
            for change in unplaced:
                self._judge(change, None, unheld)
            if unheld and self.final_receiver is not None:
                self.receiver = self.final_receiver(self.index.records)
            for change, partition, after in unheld:
                if not self._may_hold(change, partition, after):
                    self._refuse(change, f"{change.tbl} die dit apparaat niet mag bewaren")
        self._con = None
        return result

    def _learn(self, result: Checked, change: Change) -> None:
        origin, version = change.clock.origin, change.clock.version
        speaks_for = self.sender.role == CENTRAL or origin == self.sender_id
        if speaks_for and version > result.learned.get(origin, ""):
            result.learned[origin] = version

    def _judge(
        self,
        change: Change,
        unplaced: list[Change] | None,
        unheld: list[tuple[Change, str, dict[str, Any]]],
    ) -> None:
        """Refuse the change unless allowed; put it aside when what it depends on is not
        known yet and may still come (unplaced is None on the last look)."""
        tbl, pk = change.tbl, change.pk
        if change.partition not in self.whole and known_to(self.known, change.clock):
            return  # already here (an echo): the apply skips it, so it changes nothing
        before = self._stored_row(tbl, pk)
        if change.col == "*":
            after: dict[str, Any] = dict(change.value)
            changed = [] if before is None else _differing(before, after)
        else:
            before = before if before is not None else self.index.records.get((tbl, pk))
            if before is None:
                if unplaced is not None:
                    unplaced.append(change)
                    return
                self._refuse(
                    change, f"een wijziging van {tbl}.{change.col} van een onbekend record"
                )
            after = {**before, change.col: change.value}
            changed = [change.col] if before.get(change.col) != change.value else []
        if tbl == "sync_conflict":
            self._check_losing_value(change, after)
        for col, parent in schema.REFERENCES[tbl].items():
            target = after.get(col)
            if target is None or (before is not None and col not in changed):
                continue
            if self.lookup(parent, str(target)) is None:
                # not here and not in this chunk or an earlier one: each chunk commits on
                # its own, so a record that comes later would fail it half-way
                self._refuse(change, f"{tbl}.{col} verwijst naar een onbekend record")
        self._check_unique(change, after, before is None, changed)
        try:
            partition = check_write(self.sender, tbl, before, after, changed, self.lookup)
        except UnknownOwner as why:
            if unplaced is not None and tbl == "sync_conflict":  # its subject may come later
                unplaced.append(change)
                return
            self._refuse(change, str(why))
        except Refusal as why:
            self._refuse(change, str(why))
        except (KeyError, TypeError) as exc:
            self._refuse(change, f"een onvolledig record ({exc.__class__.__name__})")
        if tbl == "credential_proof":
            if self._me is None:
                self._me = rp.device_id(self._con)
            try:
                check_proof_signer(self.sender, after.get("signer_device"), self._me)
            except Refusal as why:
                self._refuse(change, str(why))
        if partition != change.partition:
            self._refuse(change, f"{tbl} met een label dat niet klopt bij het record")
        if self._placed.setdefault((tbl, pk), partition) != partition:
            self._refuse(change, f"{tbl}: één record onder twee labels")
        if not self._may_hold(change, partition, after):
            unheld.append((change, partition, after))

    def _may_hold(self, change: Change, partition: str, after: Mapping[str, Any]) -> bool:
        """The receiver may hold it: by its scope, or because this replica made it itself
        (policy.Scope.made_by_reader: a jobcoach laptop's own audit entries and
        observations, sent back when a student comes back whole)."""
        if self.receiver.allows(change.tbl, partition, after):
            return True
        if self._me is None:
            self._me = rp.device_id(self._con)
        return self.receiver.made_by_reader(change.tbl, partition, change.clock.origin, self._me)

    def _check_unique(
        self, change: Change, after: Mapping[str, Any], new: bool, changed: list[str]
    ) -> None:
        for cols in schema.UNIQUES[change.tbl]:
            if not new and not set(cols) & set(changed):
                continue
            values = tuple(after.get(c) for c in cols)
            key = (change.tbl, cols, values)
            if key not in self._keys:
                holder = rp.find_by(self._con, change.tbl, cols, values)
                self._keys[key] = holder if holder is not None else change.pk
            if self._keys[key] != change.pk:
                self._refuse(
                    change, f"{change.tbl} met een {'/'.join(cols)} die een ander record al heeft"
                )

    def _check_losing_value(self, change: Change, conflict: Mapping[str, Any]) -> None:
        """The value a teacher may put back must itself be a valid value of its field."""
        subject, col = str(conflict.get("tbl")), str(conflict.get("col"))
        if subject not in TABLES or subject == "sync_conflict":
            self._refuse(change, "een conflict over een onbekende tabel")
        try:
            raw = json.loads(str(conflict.get("losing_value")))
            if col == "*":
                value = rp.decode_value(raw, whole_record=True)
                schema.check_record(subject, str(conflict.get("pk")), value)
            else:
                rp.check_name(subject, col)
                schema.check_value(subject, col, rp.decode_value(raw))
        except (ValueError, RecursionError, InvalidInput):
            self._refuse(change, "een conflict met een ongeldige waarde")

    def _refuse(self, change: Change, what: str) -> NoReturn:
        raise SyncRefused(
            f"Bundel van {self.label} geweigerd: {what}. Er is niets veranderd; de beheerder "
            "ziet dit bij Beheer > Apparaten."
        )


def _differing(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return [
        c
        for c, v in after.items()
        if c not in ("id", "partition", "updated_at") and before.get(c) != v
    ]
