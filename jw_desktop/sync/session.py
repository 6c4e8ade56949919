"""One sync, end to end, over a folder: enrolment, the device's and the central's rounds,
and catalogue publications. The folder is a mailbox (folder.py); what travels is a bundle
(bundle.py); what is applied and how is engine.py; what may travel is scope.py.
"""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jw_desktop.model import InvalidInput, JWError, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.access import check as check_access
from jw_desktop.model.database import HEAD_REVISION, translated
from jw_desktop.model.replica import Change

from . import bundle, engine, folder
from .identity import DeviceIdentity, PublicIdentity, load_or_create, verify
from .scope import ALL_NOTES, ROLE_NOTES, Scope

ROLES = ("docent", "jobcoach", "beheerder")


class NotEnrolled(JWError):
    exit_code = 31


@dataclass
class SyncReport:
    """What one sync did, for the summary line and the status area."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    bundles_read: int = 0
    bundles_written: int = 0
    waiting_files: int = 0
    already_done: int = 0
    purged: int = 0
    refused: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)
    checked: int = 0

    @property
    def in_sync(self) -> bool:
        return self.checked > 0 and not self.differing

    def summary(self) -> str:
        parts = [
            f"verstuurd: {self.sent}",
            f"ontvangen: {self.received}",
            f"conflicten: {self.conflicts}",
        ]
        if self.purged:
            parts.append(f"verwijderd buiten bereik: {self.purged}")
        if self.waiting_files:
            parts.append(f"nog niet compleet: {self.waiting_files} bestand(en)")
        if self.checked:
            parts.append(
                "gelijk met de centrale"
                if self.in_sync
                else f"nog niet gelijk: {len(self.differing)} onderdeel/onderdelen"
            )
        return ", ".join(parts)


# -- identity and trust -------------------------------------------------------------------


def key_path(store: SchoolStore) -> Path:
    return store.path.with_name(store.path.stem + ".sleutels.json")


def identity(store: SchoolStore, name: str | None = None) -> DeviceIdentity:
    """This replica's keys (made on first use, beside the database)."""
    with store.db.engine.connect() as con:
        me = rp.device_id(con)
    return load_or_create(key_path(store), me, name or socket.gethostname())


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def enrollment_request(store: SchoolStore, name: str) -> dict[str, Any]:
    """What a device hands the admin to be enrolled: its public keys."""
    return {"type": "jw-aanmelding", "device": identity(store, name).public().to_json()}


def _with_write(store: SchoolStore) -> Any:
    return store.db.writer.connect()


def enroll(
    central: SchoolStore,
    request: dict[str, Any],
    *,
    role: str,
    staff_email: str | None,
    students: list[str] | None = None,
    groups: list[str] | None = None,
) -> dict[str, Any]:
    """Enroll a device on the central store (an admin action). Returns the signed
    enrolment document the device joins with."""
    check_access(central.user, "accounts")  # an admin action, also through the API
    if request.get("type") != "jw-aanmelding":
        raise InvalidInput("Dit is geen aanmeldbestand van jw-desktop.")
    device = PublicIdentity.from_json(request.get("device"))
    if role not in ROLES:
        raise InvalidInput(f"Onbekende rol {role!r}: kies docent, jobcoach of beheerder.")
    me = identity(central)
    with translated(central.path), _with_write(central) as con, con.begin():
        school = rp.school_id(con)
        if school is None:
            raise InvalidInput("De centrale database heeft nog geen school.")
        staff = None
        if staff_email:
            found = rp.staff_lookup(con, staff_email)
            if found is None:
                raise InvalidInput(f"Er is geen medewerker met e-mailadres {staff_email}.")
            staff, staff_role, _ = found
            if staff_role != role:
                raise InvalidInput(f"{staff_email} is {staff_role}, niet {role}.")
        elif role == "jobcoach":
            raise InvalidInput("Een jobcoach-apparaat hoort bij een jobcoach: geef --staff.")
        if groups:
            found_groups = rp.group_students(con, school, groups)
            if not found_groups:
                raise InvalidInput(f"Geen leerlingen gevonden in groep(en) {', '.join(groups)}.")
        spec = {
            "role": role,
            "staff": staff,
            "school": school,
            "students": students,
            "groups": groups or None,
        }
        rp.put_device(
            con, device.device_id, device.name, device.sign_key, device.box_key, spec, _now()
        )
        publishers = [
            _public(d).to_json() for d in rp.devices(con) if d.scope.get("role") == "uitgever"
        ]
    doc = {
        "type": "jw-inschrijving",
        "central": me.public().to_json(),
        "device": device.device_id,
        "scope": spec,
        "publishers": publishers,
    }
    doc["signature"] = base64.b64encode(me.sign(_canonical(doc))).decode()
    return doc


def join(store: SchoolStore, doc: dict[str, Any]) -> PublicIdentity:
    """A device takes its enrolment: from now on it trusts this central (and its
    publishers) and holds only what the enrolment allows."""
    if doc.get("type") != "jw-inschrijving":
        raise InvalidInput("Dit is geen inschrijvingsbestand van jw-desktop.")
    central = PublicIdentity.from_json(doc.get("central"))
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        signature = base64.b64decode(str(doc.get("signature", "")), validate=True)
    except ValueError as exc:
        raise InvalidInput("De handtekening van de inschrijving is onleesbaar.") from exc
    if not verify(central, signature, _canonical(body)):
        raise InvalidInput(
            "De inschrijving is niet door de centrale ondertekend of is "
            "veranderd. Vraag de beheerder om een nieuw bestand."
        )
    mine = identity(store)
    if doc.get("device") != mine.device_id:
        raise InvalidInput("Deze inschrijving is voor een ander apparaat.")
    with translated(store.path), _with_write(store) as con, con.begin():
        rp.put_device(
            con,
            central.device_id,
            central.name,
            central.sign_key,
            central.box_key,
            {"role": "centrale", "scope": doc["scope"]},
            _now(),
        )
        for pub in doc.get("publishers", []):
            p = PublicIdentity.from_json(pub)
            rp.put_device(
                con, p.device_id, p.name, p.sign_key, p.box_key, {"role": "uitgever"}, _now()
            )
    return central


def trust_publisher(store: SchoolStore, public: dict[str, Any]) -> PublicIdentity:
    check_access(store.user, "accounts")  # an admin action, also through the API
    p = PublicIdentity.from_json(public)
    with translated(store.path), _with_write(store) as con, con.begin():
        rp.put_device(con, p.device_id, p.name, p.sign_key, p.box_key, {"role": "uitgever"}, _now())
    return p


def revoke(central: SchoolStore, device_id: str) -> None:
    check_access(central.user, "accounts")  # an admin action, also through the API
    with translated(central.path), _with_write(central) as con, con.begin():
        if not rp.revoke_device(con, device_id.strip().lower()):
            raise InvalidInput(f"Er is geen ingeschreven apparaat {device_id}.")


def devices(store: SchoolStore) -> list[rp.DeviceRow]:
    return list(_trust(store).values())


def _public(d: rp.DeviceRow) -> PublicIdentity:
    return PublicIdentity(d.device_id, d.name, d.sign_key, d.box_key)


def _trust(store: SchoolStore) -> dict[str, rp.DeviceRow]:
    with store.db.engine.connect() as con:
        return {d.device_id: d for d in rp.devices(con)}


def _central_of(store: SchoolStore) -> rp.DeviceRow:
    for d in _trust(store).values():
        if d.scope.get("role") == "centrale" and not d.revoked:
            return d
    raise NotEnrolled(
        "Dit apparaat is nog niet ingeschreven bij een centrale. Vraag de "
        "beheerder om een inschrijvingsbestand en lees het in bij Synchronisatie (of met "
        "'jw-desktop sync inschrijven')."
    )


def resolve_scope(store: SchoolStore, spec: dict[str, Any]) -> Scope:
    """An enrolment's scope as it is today (a jobcoach's students follow the placements)."""
    role = str(spec.get("role"))
    notes = ROLE_NOTES.get(role, frozenset({"werk"}))
    explicit = spec.get("students")
    students: frozenset[str] | None = None if explicit is None else frozenset(explicit)
    groups = list(spec.get("groups") or [])
    if groups:
        with store.db.engine.connect() as con:
            in_groups = frozenset(rp.group_students(con, str(spec["school"]), groups))
        students = in_groups | (students or frozenset())
    if role == "jobcoach":
        with store.db.engine.connect() as con:
            coached = frozenset(rp.jobcoach_students(con, str(spec.get("staff"))))
        students = coached | (students or frozenset())
    return Scope(str(spec["school"]), students, notes)


def _lookup(trust: dict[str, rp.DeviceRow]) -> Callable[[str], PublicIdentity | None]:
    return lambda sender: _public(trust[sender]) if sender in trust else None


def _revoked(trust: dict[str, rp.DeviceRow]) -> Callable[[str], bool]:
    return lambda sender: sender in trust and trust[sender].revoked


# -- sending and receiving ----------------------------------------------------------------


def _send(
    store: SchoolStore,
    me: DeviceIdentity,
    peer: rp.DeviceRow,
    scope: Scope,
    box: Path,
    extra: dict[str, Any],
    report: SyncReport,
) -> None:
    batches, vector, parts, whole = engine.collect(
        store, peer.device_id, scope.allows, scope.partitions
    )
    counted = _counting(batches, report)
    manifest = {
        "schema": HEAD_REVISION,
        "sender_vector": vector,
        "partitions": parts,
        "scope": scope.to_json(),
        "whole": whole,
        **extra,
    }
    folder.post(
        box,
        peer.device_id,
        me.device_id,
        lambda path: bundle.write_bundle(
            path,
            kind="sync",
            manifest=manifest,
            sender=me,
            receiver=_public(peer),
            chunks=([rp.change_to_json(c) for c in batch] for batch in counted),
        ),
    )
    report.bundles_written += 1
    with store.db.writer.connect() as con, con.begin():
        rp.set_peer(con, peer.device_id, sent=parts)


def _counting(batches: Iterator[list[Change]], report: SyncReport) -> Iterator[list[Change]]:
    for batch in batches:
        report.sent += len(batch)
        yield batch


def _receive(
    store: SchoolStore,
    me: DeviceIdentity,
    box: Path,
    accept_from: Callable[[str], Scope | None],
    report: SyncReport,
    after: Callable[[bundle.OpenedBundle, Scope], None],
    narrow: bool = False,
) -> None:
    trust = _trust(store)
    for path in folder.inbox(box, me.device_id):
        try:
            header = bundle.peek_header(path)
        except bundle.BundleIncomplete:
            report.waiting_files += 1
            continue
        try:
            opened = bundle.open_bundle(
                path, me=me, lookup_sender=_lookup(trust), is_revoked=_revoked(trust)
            )
            scope = accept_from(header.sender)
            if scope is None:
                raise engine.SyncRefused(
                    "Deze bundel komt niet van een apparaat waarmee dit "
                    "apparaat synchroniseert; hij is niet gebruikt."
                )
            if narrow:
                scope = _given_scope(opened, scope)
            try:
                if _apply_bundle(store, opened, scope, report):
                    after(opened, scope)
            finally:
                opened.close()
            report.bundles_read += 1
        except bundle.BundleIncomplete:
            report.waiting_files += 1
            continue
        except JWError as exc:
            report.refused.append(f"{path.name}: {exc.message}")
            folder.set_aside(path)
            continue
        folder.done(path)


def _given_scope(opened: bundle.OpenedBundle, enrolled: Scope) -> Scope:
    """The scope the central says this device has now; never wider than its enrolment."""
    given = Scope.from_json(opened.manifest.get("scope") or enrolled.to_json())
    if not given.narrower_than(enrolled):
        raise engine.SyncRefused(
            "De centrale stuurde gegevens buiten de inschrijving van dit "
            "apparaat; de bundel is geweigerd en er is niets veranderd."
        )
    return given


def _apply_bundle(
    store: SchoolStore, opened: bundle.OpenedBundle, scope: Scope, report: SyncReport
) -> bool:
    manifest = opened.manifest
    if manifest.get("schema") not in (None, HEAD_REVISION):
        raise bundle.BundleTooNew(
            "Deze bundel komt van een andere versie van jw-desktop. Werk "
            "beide apparaten bij tot dezelfde versie."
        )
    bundle_id = opened.header.bundle_id
    if engine.bundle_done(store, bundle_id):
        report.already_done += 1
        return False

    def accept(change: Change) -> bool:
        record = change.value if change.col == "*" else {change.col: change.value}
        return scope.allows(change.tbl, change.partition, record)

    vector = {str(k): str(v) for k, v in dict(manifest.get("sender_vector", {})).items()}
    whole = frozenset(str(p) for p in manifest.get("whole", []))
    total = engine.ApplyResult()
    for number, chunk in enumerate(opened.chunks()):
        changes = [rp.change_from_json(d) for d in chunk]
        total.add(
            engine.apply_chunk(
                store, changes, vector, accept=accept, chunk_id=(bundle_id, number), whole=whole
            )
        )
    report.received += total.applied
    report.conflicts += total.conflicts
    engine.finish_bundle(
        store, opened.header.sender, vector, bundle_id=bundle_id, search_stale=total.search_stale
    )
    return True


@dataclass(frozen=True)
class Status:
    """For the status area: is this device enrolled, when did it last take in the
    central's data, and how many of its own changes has the central not confirmed."""

    enrolled: bool
    central: str | None
    last_sync: str | None  # ISO UTC
    waiting: int


def status(store: SchoolStore) -> Status:
    try:
        central = _central_of(store)
    except NotEnrolled:
        return Status(False, None, None, 0)
    with store.db.engine.connect() as con:
        return Status(
            True,
            central.name,
            rp.last_sync(con, central.device_id),
            rp.waiting_changes(con, central.device_id),
        )


# -- the two rounds -----------------------------------------------------------------------


def device_sync(store: SchoolStore, box: Path) -> SyncReport:
    """A device's sync over a folder: send its own changes, take in what is new, drop
    what is no longer in its scope, and compare with the central."""
    report = SyncReport()
    me = identity(store)
    central = _central_of(store)
    enrolled = central.scope.get("scope", {})
    mine = Scope(
        str(enrolled.get("school")),
        None,
        ROLE_NOTES.get(str(enrolled.get("role")), frozenset({"werk"})),
    )
    with store.db.engine.connect() as con:
        _, holds = rp.peer(con, central.device_id)
    _send(store, me, central, mine, box, {"holds": holds}, report)

    def accept_from(sender: str) -> Scope | None:
        return mine if sender == central.device_id else None

    def after(opened: bundle.OpenedBundle, given: Scope) -> None:
        report.purged += _purge(store, given, opened.manifest.get("sender_vector", {}))
        with store.db.writer.connect() as con, con.begin():
            rp.set_peer(
                con, central.device_id, partitions=list(opened.manifest.get("partitions", []))
            )
        _compare(store, opened.manifest.get("digests", {}), report)

    _receive(store, me, box, accept_from, report, after, narrow=True)
    return report


def _purge(store: SchoolStore, scope: Scope, acked: dict[str, str]) -> int:
    """Remove partitions this device may no longer hold, once the central has every
    change this device made in them."""
    with translated(store.path), store.db.writer.connect() as con, con.begin():
        held = rp.partitions(con)
        gone = [p for p in held if not scope.allows_partition(p)]
        keep = rp.unacked_partitions(con, gone, {str(k): str(v) for k, v in acked.items()})
        gone = [p for p in gone if p not in keep]
        if not gone:
            return 0
        rp.begin_apply(con)
        removed = rp.purge(con, gone)
        rp.set_applying(con, False)
    return removed


def _compare(store: SchoolStore, theirs: dict[str, Any], report: SyncReport) -> None:
    with store.db.engine.connect() as con:
        ours = rp.digest(con, sorted(theirs))
    report.checked = len(theirs)
    report.differing = sorted(p for p, d in theirs.items() if list(ours.get(p, ())) != list(d))


def central_sync(store: SchoolStore, box: Path) -> SyncReport:
    """The central's sync over a folder: take in every enrolled device's bundle, then
    write each device a bundle with what it may hold and has not seen."""
    report = SyncReport()
    me = identity(store)
    trust = _trust(store)

    def accept_from(sender: str) -> Scope | None:
        device = trust.get(sender)
        if device is None or device.revoked or device.scope.get("role") not in ROLES:
            return None
        scope = resolve_scope(store, device.scope)
        if scope.students is None:
            return scope
        # A student just moved out of the device's scope: the edits it made before it
        # heard of that still count, so what it last held is still accepted from it.
        with store.db.engine.connect() as con:
            _, holds = rp.peer(con, sender)
            held = set(holds) | set(rp.sent_to(con, sender))
        prefix = f"school/{scope.school}/student/"
        earlier = {p[len(prefix) :] for p in held if p.startswith(prefix)}
        return Scope(scope.school, scope.students | earlier, scope.note_categories)

    def after(opened: bundle.OpenedBundle, _scope: Scope) -> None:
        with store.db.writer.connect() as con, con.begin():
            rp.set_peer(
                con,
                opened.header.sender,
                vector=dict(opened.manifest.get("sender_vector", {})),
                partitions=list(opened.manifest.get("holds", [])),
            )

    _receive(store, me, box, accept_from, report, after)
    for device in _trust(store).values():
        if device.revoked or device.scope.get("role") not in ROLES:
            continue
        scope = resolve_scope(store, device.scope)
        with store.db.engine.connect() as con:
            digests = rp.digest(
                con, scope.partitions(rp.partitions(con)), sorted(scope.note_categories)
            )
        _send(store, me, device, scope, box, {"digests": digests}, report)
    return report


# -- catalogue publications ---------------------------------------------------------------

CATALOGUE_ONLY = Scope("-", frozenset())  # allows the catalogue partition and nothing else


def publish_catalogue(store: SchoolStore, out: Path) -> int:
    """A publisher's catalogue as one signed bundle anyone may read (it holds no personal
    data); returns the number of changes. Receivers check the publisher's signature."""
    me = identity(store)
    report = SyncReport()
    batches, vector, parts, _whole = engine.collect(
        store, "publication", CATALOGUE_ONLY.allows, CATALOGUE_ONLY.partitions
    )
    manifest = {"schema": HEAD_REVISION, "sender_vector": vector, "partitions": parts}
    out.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_bundle(
        out,
        kind="catalogue",
        manifest=manifest,
        sender=me,
        receiver=None,
        chunks=([rp.change_to_json(c) for c in batch] for batch in _counting(batches, report)),
    )
    return report.sent


def import_catalogue(store: SchoolStore, path: Path) -> SyncReport:
    """Take in a publisher's catalogue bundle (central, or a device from a USB stick)."""
    report = SyncReport()
    trust = {k: d for k, d in _trust(store).items() if d.scope.get("role") == "uitgever"}
    opened = bundle.open_bundle(
        path, me=None, lookup_sender=_lookup(trust), is_revoked=_revoked(trust)
    )
    try:
        if opened.header.kind != "catalogue":
            raise InvalidInput("Dit is geen catalogusbundel.")
        _apply_bundle(store, opened, CATALOGUE_ONLY, report)
    finally:
        opened.close()
    report.bundles_read = 1
    return report


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["ALL_NOTES", "SyncReport", "central_sync", "device_sync", "enroll", "join"]
