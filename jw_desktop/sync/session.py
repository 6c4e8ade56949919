"""One sync, end to end, over a folder: enrolment, the device's and the central's rounds,
and catalogue publications. The folder is a mailbox (folder.py); what travels is a bundle
(bundle.py); what is applied and how is engine.py; what may travel is scope.py.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import getpass
import glob
import json
import os
import secrets
import socket
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from jw_desktop.model import InvalidInput, JWError, NotFound, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.access import check as check_access
from jw_desktop.model.consent import workplace_shared
from jw_desktop.model.errors import StoreError
from jw_desktop.model.policy import (
    ALL_NOTES,
    CENTRAL,
    JOBCOACH,
    PUBLISHER,
    Scope,
    may_send,
    scope_for,
)
from jw_desktop.model.replica import Change, now_ms
from jw_desktop.model.wording import plural

from . import bundle, engine, folder
from . import intake as engine_intake
from .attest import Attestation, attest
from .identity import DeviceIdentity, PublicIdentity, load_or_create, verify
from .scope import from_json as scope_from_json

ROLES = ("docent", "jobcoach", "beheerder")
DEVICE_NAME_MAX = 60  # letters in a device's name: it must fit in a list and a sentence


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
    renewed: int = 0  # own versions made while this computer's clock ran ahead
    clock_behind: int = 0  # minutes this computer's clock runs behind the central's

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
        if self.renewed:
            parts.append(f"opnieuw gedateerd na een klok die voorliep: {self.renewed}")
        if self.clock_behind:
            parts.append(
                f"let op: de klok van deze computer loopt {self.clock_behind} minuten achter"
            )
        if self.waiting_files:
            parts.append("nog niet compleet: " + plural(self.waiting_files, "bestand", "bestanden"))
        if self.checked:
            parts.append(
                "gelijk met de centrale"
                if self.in_sync
                else "nog niet gelijk: " + plural(len(self.differing), "onderdeel", "onderdelen")
            )
        return ", ".join(parts)


# -- identity and trust -------------------------------------------------------------------


def key_path(store: SchoolStore) -> Path:
    return store.path.with_name(store.path.stem + ".sleutels.json")


def identity(store: SchoolStore, name: str | None = None) -> DeviceIdentity:
    """This replica's keys (made on first use, beside the database)."""
    with store.replica_read() as con:
        me = rp.device_id(con)
    return load_or_create(key_path(store), me, name or socket.gethostname())


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def device_name(name: str) -> str:
    """A device's name as it is stored: trimmed, not empty, at most DEVICE_NAME_MAX letters."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(
            "Geef het apparaat een naam, bijvoorbeeld 'Laptop lokaal 3': de beheerder "
            "herkent het eraan."
        )
    if len(name) > DEVICE_NAME_MAX:
        raise InvalidInput(
            f"De naam van het apparaat is te lang ({len(name)} tekens); "
            f"houd het bij {DEVICE_NAME_MAX} tekens."
        )
    return name


def default_device_name() -> str:
    """This computer's name as a device's name (an install without anyone to ask): the
    host name cut to DEVICE_NAME_MAX letters, or 'Laptop' when it has none."""
    return device_name(" ".join(socket.gethostname().split())[:DEVICE_NAME_MAX] or "Laptop")


def enrollment_request(store: SchoolStore, name: str) -> dict[str, Any]:
    """What a device hands the admin to be enrolled: its public keys and its name."""
    if enrolled_central(store) is not None:
        raise InvalidInput("Dit apparaat is al ingeschreven bij een centrale.")
    return {
        "type": "jw-aanmelding",
        "device": identity(store, device_name(name)).public().to_json(),
    }


def load_document(path: Path, what: str) -> dict[str, Any]:
    """A JSON document (aanmeldbestand, inschrijvingsbestand) read from a file, with a Dutch
    message when it is missing or no such document (the window and the CLI both use it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise NotFound(f"Het {what} {path} bestaat niet.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"{path.name} is geen leesbaar {what}.") from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{path.name} is geen {what} van jw-desktop.")
    return data


def enrolled_central(store: SchoolStore) -> rp.DeviceRow | None:
    """The central this replica is enrolled with; None when it is no device of a central
    (it is the central itself, or not enrolled yet)."""
    for d in _trust(store).values():
        if d.scope.get("role") == CENTRAL and not d.revoked:
            return d
    return None


def central_identity(store: SchoolStore) -> PublicIdentity | None:
    """The public identity of the central this laptop is enrolled with (for its
    fingerprint), or None."""
    found = enrolled_central(store)
    return None if found is None else _public(found)


def enrolled_devices(store: SchoolStore) -> list[rp.DeviceRow]:
    """The laptops enrolled on this store as their central, revoked ones included."""
    return [d for d in _trust(store).values() if d.scope.get("role") in ROLES]


def is_central(store: SchoolStore) -> bool:
    """True on the school's central: no device of another central, with devices enrolled
    or inschrijfbewijzen made (its window's sync must take their aanmeldingen)."""
    if enrolled_central(store) is not None:
        return False
    return bool(enrolled_devices(store)) or bool(tickets(store))


def check_request(
    central: SchoolStore,
    request: dict[str, Any],
    role: str | None = None,
    staff_email: str | None = None,
) -> PublicIdentity:
    """The device an aanmeldbestand asks to enrol, when it can be enrolled here; else an
    InvalidInput saying why (not a request, this computer's own request, a device that is
    already enrolled, a store that is itself a device, a jobcoach device without its
    jobcoach). The one rule for the window and the CLI."""
    check_access(central.user, "accounts")  # an admin action, also through the API
    if request.get("type") != "jw-aanmelding":
        raise InvalidInput("Dit is geen aanmeldbestand van jw-desktop.")
    device = PublicIdentity.from_json(request.get("device"))
    device = dataclasses.replace(device, name=device_name(device.name))
    _check_device(central, device)
    _check_role(role, staff_email)
    return device


def _check_central(central: SchoolStore) -> None:
    """Only the central enrols devices and makes inschrijfbewijzen."""
    mine = enrolled_central(central)
    if mine is not None:
        raise InvalidInput(
            f"Deze database is zelf een apparaat van de centrale {mine.name!r}. Apparaten "
            "inschrijven kan alleen op de centrale."
        )


def _check_role(role: str | None, staff_email: str | None) -> None:
    if role is not None and role not in ROLES:
        raise InvalidInput(f"Onbekende rol {role!r}: kies docent, jobcoach of beheerder.")
    if role == "jobcoach" and not staff_email:
        raise InvalidInput(
            "Een jobcoach-apparaat hoort bij één jobcoach: kies de jobcoach (op de "
            "opdrachtregel met --staff E-MAIL)."
        )


def _check_device(central: SchoolStore, device: PublicIdentity) -> None:
    """The rules for the device itself, whichever way it asks (an aanmeldbestand the
    admin enrolls, or an aanmelding with an inschrijfbewijs): not this computer itself,
    not a device that is already enrolled or known in another role."""
    _check_central(central)
    if device.device_id == identity(central).device_id:
        raise InvalidInput(
            "Dit is het aanmeldbestand van deze computer zelf. Deze computer is de centrale: "
            "die schrijf je niet in. Schrijf hier de laptops van docenten en jobcoaches in."
        )
    known = _trust(central).get(device.device_id)
    if known is not None and not known.revoked:
        role_now = known.scope.get("role")
        if role_now in ROLES:
            raise InvalidInput(
                f"Het apparaat {known.name!r} is al ingeschreven (als {role_now}). Wil je de "
                "inschrijving veranderen? Trek het apparaat dan eerst in."
            )
        raise InvalidInput(
            f"Het apparaat {known.name!r} is bij deze centrale bekend als {role_now}; het "
            "kan niet ook als laptop worden ingeschreven."
        )


def _scope_spec(
    con: Any,
    role: str,
    staff_email: str | None,
    students: list[str] | None,
    groups: list[str] | None,
) -> dict[str, Any]:
    """The scope spec of an enrolment (role, staff member, school, students, groups),
    checked against the central's records: the one rule for enroll and for an
    inschrijfbewijs."""
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
    if groups:
        found_groups = rp.group_students(con, school, groups)
        if not found_groups:
            raise InvalidInput(f"Geen leerlingen gevonden in groep(en) {', '.join(groups)}.")
    return {
        "role": role,
        "staff": staff,
        "school": school,
        "students": students,
        "groups": groups or None,
    }


def _enrol(con: Any, device: PublicIdentity, spec: dict[str, Any]) -> list[dict[str, str]]:
    """Record a device with its scope on the central; returns the publishers it is to
    trust. The one place a device becomes enrolled (enroll, and an aanmelding with an
    inschrijfbewijs)."""
    rp.put_device(con, device.device_id, device.name, device.sign_key, device.box_key, spec, _now())
    return _publishers(con)


def _publishers(con: Any) -> list[dict[str, str]]:
    return [_public(d).to_json() for d in rp.devices(con) if d.scope.get("role") == PUBLISHER]


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
    device = check_request(central, request, role, staff_email)
    me = identity(central)

    def work(con: rp.Con) -> tuple[dict[str, Any], list[dict[str, str]]]:
        spec = _scope_spec(con, role, staff_email, students, groups)
        return spec, _enrol(con, device, spec)

    spec, publishers = central.audited(
        "apparaat.inschrijven", f"{device.name} ({device.device_id}), rol {role}", work, "apparaat"
    )
    doc = {
        "type": "jw-inschrijving",
        "central": me.public().to_json(),
        "device": device.device_id,
        "scope": spec,
        "publishers": publishers,
        # the laptop may sign credentials in the school's name (sync/attest.py)
        "attestation": attest(me, device.device_id, device.sign_key, central.today()).to_json(),
    }
    doc["signature"] = base64.b64encode(me.sign(_canonical(doc))).decode()
    return doc


def join(store: SchoolStore, doc: dict[str, Any], name: str | None = None) -> PublicIdentity:
    """A device takes its enrolment: from now on it trusts this central (and its
    publishers) and holds only what the enrolment allows. An inschrijfbewijs (a ticket,
    made before this laptop had keys) goes to join_ticket (name: this device's name)."""
    if doc.get("type") == TICKET:
        return join_ticket(store, doc, name)
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
    spec: dict[str, Any] = {"role": "centrale", "scope": doc["scope"]}
    if doc.get("attestation") is not None:
        given = Attestation.from_json(doc["attestation"])
        if not _for_me(given, mine, central.sign_key):
            raise InvalidInput(
                "De uitgiftebevoegdheid in de inschrijving hoort niet bij dit apparaat of is "
                "niet door de centrale ondertekend. Vraag de beheerder om een nieuw bestand."
            )
        spec["attestation"] = given.to_json()
    with store.replica_write() as con:
        _put_central(con, central, spec, _now())
        for pub in doc.get("publishers", []):
            p = PublicIdentity.from_json(pub)
            rp.put_device(
                con, p.device_id, p.name, p.sign_key, p.box_key, {"role": "uitgever"}, _now()
            )
    return central


def attestation(store: SchoolStore) -> Attestation | None:
    """This laptop's issuing attestation from its central (None: not enrolled, or enrolled
    before attestations existed and not synced since: its next sync brings one)."""
    central = enrolled_central(store)
    if central is None or central.scope.get("attestation") is None:
        return None
    return Attestation.from_json(central.scope["attestation"])


def _for_me(given: Attestation, me: DeviceIdentity, central_key: bytes) -> bool:
    """An attestation of this device's own signing key, signed by its central."""
    return (
        given.device_id == me.device_id
        and given.device_key == me.public().sign_key
        and given.valid_by(central_key)
    )


def _renew(store: SchoolStore, me: DeviceIdentity, central: rp.DeviceRow, given: Any) -> None:
    """Keep a renewed attestation from the central's answer: one for this device, by the
    central, reaching later than the one it has. Anything else is left aside (the
    bundle itself is the central's: a bad attestation is a bug, not an attack)."""
    if given is None:
        return
    try:
        renewed = Attestation.from_json(given)
    except InvalidInput:
        return
    current = attestation(store)
    if not _for_me(renewed, me, central.sign_key) or (
        current is not None and renewed.not_after <= current.not_after
    ):
        return
    spec = {**central.scope, "attestation": renewed.to_json()}
    spec.pop("pending", None)  # the central answered: it took this laptop's aanmelding
    spec.pop("device_name", None)
    with store.replica_write() as con:
        _put_central(con, central, spec, central.enrolled_at or _now())


def _put_central(
    con: Any, central: PublicIdentity | rp.DeviceRow, spec: dict[str, Any], at: str
) -> None:
    """This device's record of its central: its keys and the scope (and attestation) it
    was given."""
    rp.put_device(con, central.device_id, central.name, central.sign_key, central.box_key, spec, at)


def trust_publisher(store: SchoolStore, public: dict[str, Any]) -> PublicIdentity:
    check_access(store.user, "accounts")  # an admin action, also through the API
    p = PublicIdentity.from_json(public)

    def work(con: rp.Con) -> None:
        rp.put_device(con, p.device_id, p.name, p.sign_key, p.box_key, {"role": "uitgever"}, _now())

    store.audited("uitgever.vertrouwen", f"{p.name} ({p.device_id})", work, "apparaat")
    return p


# -- inschrijfbewijzen: enrolment at install time ----------------------------------------

TICKET = "jw-inschrijfbewijs"
TICKET_DAYS = 14  # a ticket's default life: long enough to install a class set of laptops
TICKET_MAX_DAYS = 366
AANMELDING = ".aanmelding.json"  # <device id>.aanmelding.json in the central's mailbox
AANMELDING_MAX_BYTES = 1 << 20  # a real one is a few KiB: keys, the ticket, its publishers


def _signed_body(doc: dict[str, Any]) -> bytes:
    return _canonical({k: v for k, v in doc.items() if k != "signature"})


def _signed_by(doc: dict[str, Any], signer: PublicIdentity) -> bool:
    """The document's 'signature' is signer's over everything else in it."""
    try:
        signature = base64.b64decode(str(doc.get("signature", "")), validate=True)
    except ValueError:
        return False
    return verify(signer, signature, _signed_body(doc))


def _sign(doc: dict[str, Any], me: DeviceIdentity) -> dict[str, Any]:
    doc["signature"] = base64.b64encode(me.sign(_signed_body(doc))).decode()
    return doc


def _expiry(text: object) -> datetime:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError as exc:
        raise InvalidInput("Het inschrijfbewijs heeft geen leesbare einddatum.") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y")


def _actor(central: SchoolStore) -> str:
    """Who made a ticket: the logged-in admin, or the account on the command line."""
    if central.user is not None:
        return central.user.name
    try:
        return f"opdrachtregel ({getpass.getuser()})"
    except (OSError, KeyError):
        return "opdrachtregel"


def make_ticket(
    central: SchoolStore,
    *,
    role: str,
    staff_email: str | None = None,
    groups: list[str] | None = None,
    uses: int = 1,
    days: int = TICKET_DAYS,
) -> dict[str, Any]:
    """An inschrijfbewijs: the central's signed promise that a laptop showing it (with its
    own keys, made on the laptop) is enrolled with this scope, at most `uses` times, until
    it expires. Recorded here with an audit entry; the central later trusts its own record,
    never the file's copy of the scope."""
    check_access(central.user, "accounts")  # an admin action, also through the API
    _check_central(central)
    _check_role(role, staff_email)
    if not 1 <= uses <= 1000:
        raise InvalidInput("Het aantal laptops per inschrijfbewijs is 1 tot 1000 (--uses).")
    if not 1 <= days <= TICKET_MAX_DAYS:
        raise InvalidInput(f"Een inschrijfbewijs is 1 tot {TICKET_MAX_DAYS} dagen geldig (--days).")
    me = identity(central)
    ticket_id = secrets.token_hex(16)
    made = datetime.now(UTC).replace(microsecond=0)
    expires = (made + timedelta(days=days)).isoformat()

    def record(con: Any) -> tuple[dict[str, Any], list[dict[str, str]]]:
        spec = _scope_spec(con, role, staff_email, None, groups)
        row = rp.TicketRow(ticket_id, spec, uses, uses, expires, False, _actor(central), _now())
        rp.put_ticket(con, row)
        return spec, _publishers(con)

    what = f"{ticket_id} {role}" + (f" {staff_email}" if staff_email else "")
    spec, publishers = central.audited(
        "inschrijfbewijs.maken", f"{what}, {uses}x, tot {expires}", record
    )
    doc = {
        "type": TICKET,
        "ticket": ticket_id,
        "central": me.public().to_json(),
        "school_name": central.school_name() or "",
        "scope": spec,
        "publishers": publishers,
        "uses": uses,
        "expires": expires,
    }
    return _sign(doc, me)


def tickets(central: SchoolStore) -> list[rp.TicketRow]:
    """The inschrijfbewijzen this central made, newest first."""
    with central.replica_read() as con:
        return rp.tickets(con)


def ticket_state(ticket: rp.TicketRow, now: datetime | None = None) -> str:
    """A ticket's state in one word for the admin."""
    if ticket.revoked:
        return "ingetrokken"
    if _expiry(ticket.expires_at) <= (now or datetime.now(UTC)):
        return "verlopen"
    if ticket.uses_left <= 0:
        return "opgebruikt"
    return "geldig"


def revoke_ticket(central: SchoolStore, ticket_id: str) -> None:
    """No laptop enrolls with this ticket any more (those enrolled with it stay: revoke
    them one by one with revoke())."""
    check_access(central.user, "accounts")
    wanted = ticket_id.strip().lower()

    def work(con: Any) -> None:
        if not rp.revoke_ticket(con, wanted):
            raise InvalidInput(f"Er is geen inschrijfbewijs {ticket_id}.")

    central.audited("inschrijfbewijs.intrekken", wanted, work)


def check_ticket(doc: dict[str, Any]) -> PublicIdentity:
    """The central that signed this inschrijfbewijs, when it is one, unchanged and not
    expired; else an InvalidInput saying why. Checked on the laptop before anything is
    made (the central checks it again against its own record)."""
    if doc.get("type") != TICKET:
        raise InvalidInput("Dit is geen inschrijfbewijs van jw-desktop.")
    central = PublicIdentity.from_json(doc.get("central"))
    if not _signed_by(doc, central):
        raise InvalidInput(
            "Het inschrijfbewijs is niet door de centrale ondertekend of is veranderd. "
            "Vraag de beheerder om een nieuw inschrijfbewijs."
        )
    expires = _expiry(doc.get("expires"))
    if expires <= datetime.now(UTC):
        raise InvalidInput(
            f"Het inschrijfbewijs is verlopen op {_day(expires)}. Vraag de beheerder om een "
            "nieuw inschrijfbewijs."
        )
    scope = doc.get("scope")
    if not isinstance(scope, dict) or scope.get("role") not in ROLES or not scope.get("school"):
        raise InvalidInput("Het inschrijfbewijs noemt geen geldige rol en school.")
    return central


def join_ticket(store: SchoolStore, doc: dict[str, Any], name: str | None = None) -> PublicIdentity:
    """A laptop takes an inschrijfbewijs: it makes its own keys (they never leave it),
    trusts the central (and its publishers) with the ticket's scope, and remembers that
    its aanmelding is pending: its next sync puts it in the folder (device_sync)."""
    central = check_ticket(doc)
    now = enrolled_central(store)
    if now is not None and "pending" not in now.scope:
        raise InvalidInput(f"Dit apparaat is al ingeschreven bij de centrale {now.name!r}.")
    if now is None and is_central(store):
        raise InvalidInput(
            "Deze computer is de centrale van de school; die schrijf je niet in met een "
            "inschrijfbewijs."
        )
    me = identity(store, device_name(name) if name else default_device_name())
    if me.device_id == central.device_id:
        raise InvalidInput("Dit inschrijfbewijs is van deze computer zelf (de centrale).")
    spec = {"role": CENTRAL, "scope": doc["scope"], "pending": doc, "device_name": me.name}
    with store.replica_write() as con:
        if now is not None and now.device_id != central.device_id:
            rp.revoke_device(con, now.device_id)  # a new ticket from another central
        _put_central(con, central, spec, _now())
        for pub in doc.get("publishers", []):
            p = PublicIdentity.from_json(pub)
            rp.put_device(
                con, p.device_id, p.name, p.sign_key, p.box_key, {"role": PUBLISHER}, _now()
            )
    return central


@dataclass(frozen=True)
class Pending:
    """A laptop enrolled with an inschrijfbewijs that waits for the central's first answer
    (until then it has no accounts): for the login window and the status area."""

    school: str
    central: str
    refused: str  # the central's reason when it refused the aanmelding ('' otherwise)


def pending(store: SchoolStore, box: Path | None = None) -> Pending | None:
    """This laptop's aanmelding waiting for the central, or None."""
    central = enrolled_central(store)
    if central is None or not isinstance(central.scope.get("pending"), dict):
        return None
    ticket = central.scope["pending"]
    refused = ""
    if box is not None:
        with contextlib.suppress(OSError, UnicodeError):
            refused = _refusal_file(box, central.device_id, identity(store).device_id).read_text(
                "utf-8"
            )
    return Pending(str(ticket.get("school_name") or ""), central.name, one_line(refused))


def enrol_new_store(db: Path, ticket_file: Path, name: str | None = None) -> Pending:
    """A laptop's first start with an inschrijfbewijs from the site configuration: an
    empty store (no demo school) at db, enrolled with the ticket, waiting for its first
    sync. The ticket is checked before anything is made; if making the store fails, what
    was begun is removed (nothing half-made)."""
    doc = load_document(ticket_file, "inschrijfbewijs")
    check_ticket(doc)
    if db.exists():
        raise InvalidInput(f"Er staat al een database op {db}.")
    made = [db, *(db.with_name(db.name + x) for x in ("-wal", "-shm", "-journal"))]
    try:
        with SchoolStore.open(db, create=True, auto_backup=False) as store:
            made.append(key_path(store))
            join_ticket(store, doc, name)
            found = pending(store)
    except BaseException:
        for path in made:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    assert found is not None
    return found


def renew_pending_ticket(store: SchoolStore, ticket_file: Path) -> bool:
    """A laptop still waiting for its central takes the site's inschrijfbewijs again when
    the admin replaced it (the central refused the old one: used up, expired, revoked):
    no one can log in on it to read a new one in. True when it took a new ticket."""
    central = enrolled_central(store)
    waiting = None if central is None else central.scope.get("pending")
    if not isinstance(waiting, dict) or not ticket_file.is_file():
        return False
    doc = load_document(ticket_file, "inschrijfbewijs")
    if doc.get("ticket") == waiting.get("ticket"):
        return False
    assert central is not None
    join_ticket(store, doc, str(central.scope.get("device_name") or "") or None)
    return True


def _aanmelding_path(box: Path, central: str, device: str) -> Path:
    return folder.mailbox(box, central) / f"{device}{AANMELDING}"


def _refusal_file(box: Path, central: str, device: str) -> Path:
    path = _aanmelding_path(box, central, device)
    return path.with_name(path.name + folder.REFUSED + ".txt")


def _post_aanmelding(
    store: SchoolStore, central: rp.DeviceRow, box: Path, report: SyncReport
) -> bool:
    """Put this laptop's aanmelding (its public keys and the ticket, signed with its own
    device key: proof it holds the key it names) in the central's mailbox. Not again
    after the central refused it: the laptop says why instead (False), until a new
    ticket."""
    me = identity(store, str(central.scope.get("device_name") or default_device_name()))
    ticket = central.scope["pending"]
    path = _aanmelding_path(box, central.device_id, me.device_id)
    refusal = _refusal_file(box, central.device_id, me.device_id)
    refused_copy = path.with_name(path.name + folder.REFUSED)
    if refused_copy.exists() or refusal.exists():
        try:
            said_ticket = json.loads(refused_copy.read_text("utf-8")).get("ticket", {})
        except (OSError, ValueError, AttributeError):
            said_ticket = {}
        if not isinstance(said_ticket, dict) or said_ticket.get("ticket") == ticket.get("ticket"):
            reason = ""
            with contextlib.suppress(OSError, UnicodeError):
                reason = one_line(refusal.read_text("utf-8"))
            report.refused.append(
                f"{path.name}: De centrale weigerde de aanmelding van dit apparaat: "
                f"{reason or 'onbekende reden'}"
            )
            return False
        for old in (refused_copy, refusal):  # refused for an older ticket: try the new one
            with contextlib.suppress(OSError):
                old.unlink()
    doc = _sign({"type": "jw-aanmelding", "device": me.public().to_json(), "ticket": ticket}, me)
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise folder.FolderError(
            f"De aanmelding kon niet in {box} worden gezet ({exc.strerror or exc}). "
            "Controleer de USB-stick of de netwerkmap."
        ) from exc
    return True


def _take_aanmeldingen(
    store: SchoolStore, me: DeviceIdentity, box: Path, report: SyncReport
) -> None:
    """The central takes the aanmeldingen laptops left with an inschrijfbewijs. A bad one
    is set aside with its reason (and recorded, like a refused bundle); the others go on."""
    mailbox = folder.mailbox(box, me.device_id)
    if not mailbox.is_dir():
        return
    for path in sorted(mailbox.glob(f"*{AANMELDING}")):
        if path.name.startswith(".") or not path.is_file():
            continue
        sender = path.name[:32]
        label = f"een nieuw apparaat ({sender[:8]})"
        try:
            if path.stat().st_size > AANMELDING_MAX_BYTES:
                raise InvalidInput("het bestand is te groot voor een aanmelding.")
            doc = load_document(path, "aanmeldbestand")
            with contextlib.suppress(InvalidInput, AttributeError):
                label = f"apparaat {device_name(str(doc['device']['name']))!r} ({sender[:8]})"
            _enrol_by_ticket(store, me, doc, sender)
        except StoreError:
            raise
        except JWError as exc:
            reason = f"Aanmelding van {label} geweigerd: {exc.message}"
            _refuse(store, path, sender, reason, report)
            _drop_bundles(mailbox, sender, trust=_trust(store))
            continue
        except Exception as exc:  # an unreadable file never jams the mailbox
            reason = (
                f"Aanmelding van {label} geweigerd: het bestand is onleesbaar "
                f"({type(exc).__name__}); er is niets veranderd."
            )
            _refuse(store, path, sender, reason, report)
            continue
        folder.done(path)


def _drop_bundles(mailbox: Path, sender: str, trust: dict[str, rp.DeviceRow]) -> None:
    """The bundles a refused laptop left with its aanmelding: they come from a device this
    central does not know (it has no accounts, so nothing typed on it), and would only
    repeat the refusal in words that hide its reason."""
    if sender in trust:
        return
    for bundle_path in mailbox.glob(f"{glob.escape(sender)}-*{folder.SUFFIX}"):
        folder.done(bundle_path)


def _enrol_by_ticket(
    central: SchoolStore, me: DeviceIdentity, doc: dict[str, Any], file_sender: str
) -> None:
    """Enroll the device of one aanmelding with an inschrijfbewijs, with the scope this
    central recorded for the ticket (never the file's), taking one of its uses."""
    if doc.get("type") != "jw-aanmelding" or not isinstance(doc.get("ticket"), dict):
        raise InvalidInput("Dit is geen aanmelding met een inschrijfbewijs.")
    device = PublicIdentity.from_json(doc.get("device"))
    device = dataclasses.replace(device, name=device_name(device.name))
    if device.device_id != file_sender:
        raise InvalidInput("De aanmelding staat onder de naam van een ander apparaat.")
    if not _signed_by(doc, device):
        raise InvalidInput(
            "De aanmelding is niet ondertekend met de sleutel van het apparaat dat ze noemt; "
            "ze is niet gebruikt."
        )
    ticket: dict[str, Any] = doc["ticket"]
    if ticket.get("type") != TICKET or not _signed_by(ticket, me.public()):
        raise InvalidInput(
            "Het inschrijfbewijs is niet door deze centrale ondertekend of is veranderd; de "
            "laptop is niet ingeschreven."
        )
    ticket_id = str(ticket.get("ticket", ""))
    known = _trust(central).get(device.device_id)

    def work(con: Any) -> None:
        record = rp.ticket(con, ticket_id)
        if record is None:
            raise InvalidInput("Deze centrale kent dit inschrijfbewijs niet.")
        short = ticket_id[:8]
        if record.spec != ticket.get("scope"):
            raise InvalidInput(
                f"Het inschrijfbewijs {short} noemt andere rechten dan de centrale vastlegde; "
                "het is niet gebruikt."
            )
        if (
            known is not None
            and not known.revoked
            and known.sign_key == device.sign_key
            and known.scope == record.spec
        ):
            raise _AlreadyEnrolled()
        if known is not None and known.revoked:
            raise InvalidInput(
                f"Het apparaat {known.name!r} is ingetrokken; het kan zich niet opnieuw "
                "aanmelden met een inschrijfbewijs. Schrijf het zo nodig opnieuw in met "
                "'jw-desktop central enroll'."
            )
        if record.revoked:
            raise InvalidInput(
                f"Het inschrijfbewijs {short} is ingetrokken; vraag de beheerder om een nieuw."
            )
        expires = _expiry(record.expires_at)
        if expires <= datetime.now(UTC):
            raise InvalidInput(
                f"Het inschrijfbewijs {short} is verlopen op {_day(expires)}; vraag de "
                "beheerder om een nieuw."
            )
        _check_device(central, device)
        if not rp.use_ticket(con, ticket_id):
            raise InvalidInput(
                f"Het inschrijfbewijs {short} is al gebruikt voor "
                f"{plural(record.uses, 'laptop', 'laptops')}; het is op. Maak een nieuw "
                "inschrijfbewijs voor deze laptop."
            )
        _enrol(con, device, record.spec)

    summary = f"{ticket_id}: {device.name} ({device.device_id})"
    with contextlib.suppress(_AlreadyEnrolled):
        central.audited("inschrijfbewijs.gebruikt", summary, work)


class _AlreadyEnrolled(JWError):
    """The aanmelding of a laptop this ticket enrolled already (it wrote it again before
    the central's answer reached it): nothing to do."""

    def __init__(self) -> None:
        super().__init__("al ingeschreven")


def revoke(central: SchoolStore, device_id: str) -> None:
    check_access(central.user, "accounts")  # an admin action, also through the API
    wanted = device_id.strip().lower()

    def work(con: rp.Con) -> None:
        if not rp.revoke_device(con, wanted):
            raise InvalidInput(f"Er is geen ingeschreven apparaat {device_id}.")

    central.audited("apparaat.intrekken", wanted, work, "apparaat")


def devices(store: SchoolStore) -> list[rp.DeviceRow]:
    return list(_trust(store).values())


def _public(d: rp.DeviceRow) -> PublicIdentity:
    return PublicIdentity(d.device_id, d.name, d.sign_key, d.box_key)


def _trust(store: SchoolStore) -> dict[str, rp.DeviceRow]:
    with store.replica_read() as con:
        return {d.device_id: d for d in rp.devices(con)}


def _central_of(store: SchoolStore) -> rp.DeviceRow:
    found = enrolled_central(store)
    if found is not None:
        return found
    raise NotEnrolled(
        "Dit apparaat is nog niet ingeschreven bij een centrale. Vraag de "
        "beheerder om een inschrijvingsbestand en lees het in bij Synchronisatie (of met "
        "'jw-desktop sync inschrijven')."
    )


def resolve_scope(
    store: SchoolStore,
    spec: dict[str, Any],
    arriving: Mapping[tuple[str, str], Mapping[str, Any]] | None = None,
    *,
    consent: bool = True,
) -> Scope:
    """An enrolment's scope as it is today: its role, staff member and school, and its
    students - explicit ones, those in its groups, and a jobcoach's those with a running
    placement they coach, neither removed nor ended (replica.coached_students). `arriving`
    adds the records of a bundle being checked, so a laptop can work out its scope before
    they are written. A jobcoach's scope carries the consent gate (model/consent.py, as of
    today) unless `consent` is False: a laptop's intake leaves the gate to the clean-up
    right after the bundle, so a consent that expired between the central's day and the
    laptop's never refuses a whole bundle."""
    role = str(spec.get("role"))
    staff = spec.get("staff")
    school = str(spec.get("school"))
    explicit = spec.get("students")
    students: set[str] | None = None if explicit is None else {str(s) for s in explicit}
    groups = [str(g) for g in spec.get("groups") or []]
    records = dict(arriving or {})
    with store.replica_read() as con:
        if groups:
            students = (students or set()) | set(rp.group_students(con, school, groups))
            wanted = {
                pk
                for (t, pk), r in records.items()
                if t == "school_group" and r.get("name") in groups
            }
            students |= {
                pk
                for (t, pk), r in records.items()
                if t == "student" and r.get("group_id") in wanted
            }
        if role == JOBCOACH:
            students = (students or set()) | set(rp.coached_students(con, str(staff)))
            students |= {
                str(r.get("student_id"))
                for (t, _pk), r in records.items()
                if t == "placement"
                and r.get("jobcoach_id") == staff
                and not r.get("deleted")
                and r.get("ended_on") is None  # an ended placement links no coach
            }
            if consent:
                shared = workplace_shared(con, str(staff), store.today())
                scope = scope_for(role, school, str(staff), students)
                return dataclasses.replace(scope, consented=shared)
    return scope_for(role, school, None if staff is None else str(staff), students)


def _lookup(trust: dict[str, rp.DeviceRow]) -> Callable[[str], PublicIdentity | None]:
    return lambda sender: _public(trust[sender]) if sender in trust else None


def _revoked(trust: dict[str, rp.DeviceRow]) -> Callable[[str], bool]:
    return lambda sender: sender in trust and trust[sender].revoked


# -- sending and receiving ----------------------------------------------------------------


class _Outgoing:
    """What may go to a peer: what it may hold (its Scope) and, from a device, only what
    the device may write itself (policy.may_send), others' password hashes left out."""

    def __init__(self, reader: Scope, writer: Scope | None = None, reader_device: str = ""):
        self.reader, self.writer, self.reader_device = reader, writer, reader_device

    def __call__(self, tbl: str, partition: str, record: dict[str, Any]) -> bool:
        """The record may go (its creation, or - with field() - a change of it)."""
        return self.reader.allows(tbl, partition, record)

    def made_by_peer(self, tbl: str, partition: str, origin: str) -> bool:
        """It may go back to the device that made it (Scope.made_by_reader): what the
        digest counts for that device must reach it when a partition comes whole."""
        return self.reader.made_by_reader(tbl, partition, origin, self.reader_device)

    def field(self, tbl: str, col: str, record: dict[str, Any]) -> bool:
        return self.writer is None or may_send(self.writer, tbl, col, record)

    def record(self, tbl: str, record: dict[str, Any]) -> bool:
        return self.writer is None or may_send(self.writer, tbl, "*", record)

    def redact(self, tbl: str, record: dict[str, Any]) -> dict[str, Any]:
        return self.reader.redact(tbl, record)


def _send(
    store: SchoolStore,
    me: DeviceIdentity,
    peer: rp.DeviceRow,
    scope: Scope,
    box: Path,
    extra: dict[str, Any],
    report: SyncReport,
    writer: Scope | None = None,
) -> Path:
    outgoing = _Outgoing(scope, writer, peer.device_id)
    batches, vector, parts, whole = engine.collect(
        store, peer.device_id, outgoing, scope.partitions, widen=writer is None
    )
    counted = _counting(batches, report)
    manifest = {
        "schema": rp.HEAD_REVISION,
        "sender_vector": vector,
        "partitions": parts,
        "scope": scope.to_json(),
        "whole": whole,
        **extra,
    }
    path = folder.post(
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
    with store.replica_write() as con:
        rp.set_peer(con, peer.device_id, sent=parts)
    return path


def _counting(batches: Iterator[list[Change]], report: SyncReport) -> Iterator[list[Change]]:
    for batch in batches:
        report.sent += len(batch)
        yield batch


@dataclass(frozen=True)
class Sender:
    """Who a bundle comes from, as this replica knows it: what it may write (its Scope,
    with role and staff member), and its name for messages."""

    scope: Scope
    label: str


def _receive(
    store: SchoolStore,
    me: DeviceIdentity,
    box: Path,
    sender_of: Callable[[str], Sender | None],
    receiver: Callable[[], Scope],
    final_receiver: Callable[[Mapping[tuple[str, str], Mapping[str, Any]]], Scope] | None,
    report: SyncReport,
    after: Callable[[bundle.OpenedBundle, engine_intake.Checked | None], None],
    only: str | None = None,
) -> None:
    """Take in every bundle waiting for this replica (only: those named by that sender).
    A bundle that is refused, or that cannot be read at all, is set aside with its
    reason and recorded; the others go on.
    Only a problem of this replica's own store (full, locked, read-only) stops the round,
    leaving the file where it is for the next try."""
    trust = _trust(store)
    for path in folder.inbox(box, me.device_id):
        sender_id = path.name.split("-", 1)[0][:32]
        if only is not None and sender_id != only:
            continue
        try:
            header = bundle.peek_header(path)
            sender_id = header.sender
            opened = bundle.open_bundle(
                path, me=me, lookup_sender=_lookup(trust), is_revoked=_revoked(trust)
            )
            try:
                sender = sender_of(header.sender)
                if sender is None:
                    raise engine.SyncRefused(
                        "Deze bundel komt niet van een apparaat waarmee dit "
                        "apparaat synchroniseert; hij is niet gebruikt."
                    )
                checked = _apply_bundle(store, opened, sender, receiver(), final_receiver, report)
                # also for the last bundle applied before (a kill before its file was
                # removed): what follows it - what is held, the purge, the agreement -
                # still runs; never for an older one replayed
                if checked is not None or engine.latest_from(
                    store, header.sender, header.bundle_id
                ):
                    after(opened, checked)
            finally:
                opened.close()
            report.bundles_read += 1
        except bundle.BundleIncomplete:
            report.waiting_files += 1
            continue
        except StoreError:
            raise
        except JWError as exc:
            _refuse(store, path, sender_id, _named(trust, sender_id, exc.message), report)
            continue
        except Exception as exc:  # an unreadable file never jams the mailbox
            reason = (
                f"De bundel {path.name} is onleesbaar ({type(exc).__name__}); hij is niet "
                "gebruikt en er is niets veranderd."
            )
            _refuse(store, path, sender_id, _named(trust, sender_id, reason), report)
            continue
        folder.done(path)


def label_of(device: rp.DeviceRow | None, device_id: str = "") -> str:
    """A device as the admin knows it, for messages."""
    if device is None:
        return f"een onbekend apparaat ({device_id[:8]})"
    role = device.scope.get("role")
    if role == CENTRAL:
        return f"de centrale {device.name!r}"
    if role == PUBLISHER:
        return f"uitgever {device.name!r}"
    return f"apparaat {device.name!r} ({role})"


def _named(trust: dict[str, rp.DeviceRow], sender: str, reason: str) -> str:
    """Every refusal names the device it came from."""
    if reason.startswith("Bundel van"):
        return reason
    return f"Bundel van {label_of(trust.get(sender), sender)}: {reason}"


def one_line(text: str) -> str:
    """A reason as one line of plain text, whatever a bundle put in it (newlines, control
    characters, lone surrogates): the admin reads it, a file and a table keep it."""
    flat = " ".join(text.split())
    return flat.encode("utf-8", "backslashreplace").decode("utf-8")[:2000]


def _refuse(store: SchoolStore, path: Path, sender: str, reason: str, report: SyncReport) -> None:
    reason = one_line(reason)
    report.refused.append(f"{path.name}: {reason}")
    folder.set_aside(path, reason)
    with store.replica_write() as con:
        rp.add_refusal(con, _now(), sender, path.name, reason)


def refusals(store: SchoolStore) -> list[rp.RefusalRow]:
    """Bundles this replica refused, newest first (Beheer > Apparaten, 'central devices')."""
    with store.replica_read() as con:
        return rp.refusals(con)


def _apply_bundle(
    store: SchoolStore,
    opened: bundle.OpenedBundle,
    sender: Sender,
    receiver: Scope,
    final_receiver: Callable[[Mapping[tuple[str, str], Mapping[str, Any]]], Scope] | None,
    report: SyncReport,
) -> engine_intake.Checked | None:
    """Check the whole bundle (intake.py), then apply it chunk by chunk. None when it
    was applied before."""
    manifest = opened.manifest
    try:
        engine_intake.check_manifest(manifest)
    except InvalidInput as exc:
        raise engine.SyncRefused(
            f"Bundel van {sender.label} geweigerd: {exc.message} Er is niets veranderd."
        ) from exc
    if manifest.get("schema") not in (None, rp.HEAD_REVISION):
        raise bundle.BundleTooNew(
            "Deze bundel komt van een andere versie van jw-desktop. Werk "
            "beide apparaten bij tot dezelfde versie."
        )
    bundle_id = opened.header.bundle_id
    if engine.bundle_done(store, bundle_id):
        report.already_done += 1
        return None
    reference = _reference_clock(opened.header, sender, report)
    whole = frozenset(p for p in manifest.get("whole", []) if sender.scope.allows_partition(str(p)))
    intake = engine_intake.Intake(
        store, opened.header.sender, sender.scope, receiver, sender.label, final_receiver, whole
    )
    checked = intake.check(opened.chunks(), now=reference)
    claimed = dict(manifest.get("sender_vector", {}))
    if sender.scope.role == CENTRAL:  # the school's hub speaks for every origin it relays
        for origin, version in claimed.items():
            checked.learned[origin] = max(checked.learned.get(origin, ""), version)
    vector = engine.capped(store, claimed, checked.learned)
    total = engine.ApplyResult()
    chunks = checked.parsed if checked.parsed is not None else _read_again(opened)
    for number, changes in enumerate(chunks):
        total.add(
            engine.apply_chunk(
                store,
                changes,
                vector,
                chunk_id=(bundle_id, number),
                whole=whole,
                now=reference,
                known=intake.known,
            )
        )
    report.received += total.applied
    report.conflicts += total.conflicts
    engine.finish_bundle(
        store,
        opened.header.sender,
        vector,
        learned=checked.learned,
        bundle_id=bundle_id,
        search_stale=total.search_stale,
    )
    return checked


CLOCK_WARNING_MS = 5 * 60 * 1000
"""A device whose clock runs this far behind the central's is told so in its summary."""


def _reference_clock(header: bundle.Header, sender: Sender, report: SyncReport) -> int:
    """The clock a bundle's versions are measured against (docs/sync.md 'Clock rules'):
    this computer's own, but from the central the later of this computer's and the
    central's own when it wrote the bundle. The bound protects against senders in the
    future, not against a receiver in the past: a laptop whose clock is behind still
    takes in the central's changes (and is told its clock is wrong)."""
    now = now_ms()
    if sender.scope.role != CENTRAL:
        return now
    try:
        created = int(
            datetime.fromisoformat(header.created.replace("Z", "+00:00")).timestamp() * 1000
        )
    except ValueError:
        return now
    if created - now > CLOCK_WARNING_MS:
        report.clock_behind = (created - now) // 60000
    return max(now, created)


def _heal(store: SchoolStore, report: SyncReport) -> None:
    """Renew the versions made while this computer's clock ran ahead (rp.heal_clock)."""
    with store.replica_write() as con:
        report.renewed += rp.heal_clock(con, now_ms(), engine.MAX_SKEW_MS)


def _read_again(opened: bundle.OpenedBundle) -> Iterator[list[Change]]:
    """A large bundle's chunks read a second time for the apply (strictly, as always: the
    intake checked these same bytes, but reading is where a surprise would show)."""
    for chunk in opened.chunks():
        yield [rp.change_from_json(d) for d in chunk]


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
    with store.replica_read() as con:
        return Status(
            True,
            central.name,
            rp.last_sync(con, central.device_id),
            rp.waiting_changes(con, central.device_id),
        )


# -- the two rounds -----------------------------------------------------------------------


def enrolled_spec(store: SchoolStore) -> dict[str, Any]:
    """This device's enrolment as the central signed it: role, staff, school, students."""
    return dict(_central_of(store).scope.get("scope") or {})


def device_sync(store: SchoolStore, box: Path) -> SyncReport:
    """A device's sync over a folder: take in what the central sent, drop what is no
    longer in its scope, compare with the central, then send its own changes that the
    central has not confirmed (docs/sync.md section 11). The device works out
    its scope itself, from its enrolment and the records it holds (never from what the
    central's bundle says)."""
    report = SyncReport()
    me = identity(store)
    central = _central_of(store)
    spec = enrolled_spec(store)
    _heal(store, report)
    # enrolled with an inschrijfbewijs and refused: nothing to send to a central that
    # does not know this laptop
    if isinstance(central.scope.get("pending"), dict) and not _post_aanmelding(
        store, central, box, report
    ):
        return report
    mine = resolve_scope(store, spec)
    hub = Sender(scope_for(CENTRAL, mine.school, None, None), label_of(central))

    def sender_of(sender: str) -> Sender | None:
        return hub if sender == central.device_id else None

    def after(opened: bundle.OpenedBundle, _checked: engine_intake.Checked | None) -> None:
        now_mine = resolve_scope(store, spec)
        given = opened.manifest.get("scope")
        if given is not None:  # the central may narrow what this device keeps, never widen
            now_mine = now_mine.within(scope_from_json(given))  # checked by the intake
        report.purged += _purge(store, now_mine, opened.manifest.get("sender_vector", {}))
        with store.replica_write() as con:
            sent = [str(p) for p in opened.manifest.get("partitions", [])]
            # Held up to date: what it held so before, or what came whole just now. A
            # partition it kept outside its scope (the purge waited) missed changes
            # meanwhile; back in scope, it is not reported until it has come whole.
            fresh = set(rp.peer(con, central.device_id)[1])
            fresh |= {str(p) for p in opened.manifest.get("whole", [])}
            # A student the consent gate withholds part of is never held up to date: it
            # comes whole each time, so a consent given later brings what was withheld.
            held = [p for p in now_mine.partitions(sent) if p in fresh and now_mine.complete(p)]
            rp.set_peer(con, central.device_id, partitions=held)
        _compare(store, opened.manifest.get("digests", {}), now_mine, report)
        _renew(store, me, central, opened.manifest.get("attestation"))

    # Receive before send: the central's bundle states what it has (its sender_vector,
    # capped: engine.finish_bundle), so what goes up next leaves out every change the
    # central confirmed - no echo of the last round - and reports what this laptop holds
    # after the purge and the partitions that came whole, in one bundle.
    _receive(
        store,
        me,
        box,
        sender_of,
        lambda: resolve_scope(store, spec, consent=False),
        lambda arriving: resolve_scope(store, spec, arriving, consent=False),
        report,
        after,
    )
    holds = _holdings(store, central.device_id)
    # What goes up: whatever the central may hold (all of the school), limited to what
    # this device may write itself (its scope as the central's answer left it).
    writer = resolve_scope(store, spec)
    _send(store, me, central, hub.scope, box, {"holds": holds}, report, writer=writer)
    return report


def _holdings(store: SchoolStore, central: str) -> list[str]:
    """What this device reports it holds up to date in its scope."""
    with store.replica_read() as con:
        return rp.peer(con, central)[1]


def _purge(store: SchoolStore, scope: Scope, acked: dict[str, str]) -> int:
    """Remove partitions this device may no longer hold, once the central has every
    change this device made in them, and whatever inside its partitions it may not hold
    (replica.unheld_statements: left by an older version or a wider role): from the
    tables, the change log, the peer bookkeeping, the write-ahead log and the backups
    beside the database."""
    with store.replica_write() as con:
        held = rp.partitions(con)
        gone = [p for p in held if not scope.allows_partition(p)]
        keep = rp.unacked_partitions(con, gone, {str(k): str(v) for k, v in acked.items()})
        gone = [p for p in gone if p not in keep]
        rp.begin_apply(con)
        removed = rp.purge(con, gone)
        rp.forget_partitions(con, gone)
        tidied = rp.drop_unheld(con, scope)
        rp.set_applying(con, False)
    if gone or tidied:
        store.forget(gone, scope)
    return removed


def _compare(store: SchoolStore, theirs: dict[str, Any], mine: Scope, report: SyncReport) -> None:
    with store.replica_write() as con:
        ours = rp.digest(con, sorted(theirs), mine, rp.device_id(con))  # writes its cache
    report.checked = len(theirs)
    report.differing = sorted(p for p, d in theirs.items() if list(ours.get(p, ())) != list(d))


def central_sync(store: SchoolStore, box: Path) -> SyncReport:
    """The central's sync over a folder: take in every enrolled device's bundle, then
    write each device a bundle with what it may hold and has not seen."""
    report = SyncReport()
    _take_aanmeldingen(store, identity(store), box, report)  # their bundles: this round
    central_take(store, box, None, report)
    for device in _trust(store).values():
        if device.revoked or device.scope.get("role") not in ROLES:
            continue
        central_answer(store, box, device.device_id, report)
    return report


def central_take(
    store: SchoolStore, box: Path, sender_id: str | None, report: SyncReport | None = None
) -> SyncReport:
    """The central takes in the bundles waiting in box from one device (sender_id), or
    from all when None: the first half of its round, per device for the HTTP service."""
    report = SyncReport() if report is None else report
    me = identity(store)
    trust = _trust(store)
    _heal(store, report)
    with store.replica_read() as con:
        school = rp.school_id(con) or "-"
    own = scope_for(CENTRAL, school, None, None)

    def writer_scope(device: rp.DeviceRow) -> Scope:
        """What a device may write: its scope, plus the students it was sent before a
        reassignment reached it (its last edits there still count). Never what the
        device says it holds."""
        scope = resolve_scope(store, device.scope, consent=False)
        if scope.students is None:
            return dataclasses.replace(scope, device=device.device_id)
        with store.replica_read() as con:
            sent = rp.sent_to(con, device.device_id)
        prefix = f"school/{scope.school}/student/"
        earlier = {p[len(prefix) :] for p in sent if p.startswith(prefix)}
        return Scope(
            scope.school,
            scope.students | earlier,
            scope.note_categories,
            scope.role,
            scope.staff,
            device.device_id,
        )

    def sender_of(sender: str) -> Sender | None:
        device = trust.get(sender)
        if device is None or device.revoked or device.scope.get("role") not in ROLES:
            return None
        return Sender(writer_scope(device), label_of(device))

    def after(opened: bundle.OpenedBundle, _checked: engine_intake.Checked | None) -> None:
        """What the device holds, as far as it can be true: partitions it was sent. The
        grace for edits in a partition it left ends once it reports having let go of it
        (it held it at its previous bundle and no longer does: it purged it). `holds` is
        what the device holds up to date in its scope; a partition it keeps outside its
        scope until the central confirms its own edits there is only among the bundle's
        `partitions` (everything the device still has). Its grace lasts while it is kept -
        the laptop still shows that student, and edits made there meanwhile must still
        be taken in - and it is remembered as held, so that the grace ends at the first
        bundle without it. Inside the scope only `holds` counts as held: a partition the
        device has but does not report up to date goes whole (engine.collect)."""
        device = trust[opened.header.sender]
        now = resolve_scope(store, device.scope)
        holds = {str(p) for p in opened.manifest.get("holds", [])}
        has = {str(p) for p in opened.manifest.get("partitions", [])}
        with store.replica_write() as con:
            sent = set(rp.sent_to(con, device.device_id))
            before = set(rp.peer(con, device.device_id)[1])
            let_go = {p for p in before - holds - has if not now.allows_partition(p)}
            kept = {p for p in has & sent if not now.allows_partition(p)}
            rp.set_peer(con, device.device_id, partitions=sorted((holds & sent) | kept))
            if let_go:
                rp.set_sent(con, device.device_id, sorted(sent - let_go))

    _receive(store, me, box, sender_of, lambda: own, None, report, after, only=sender_id)
    return report


def central_answer(
    store: SchoolStore, box: Path, device_id: str, report: SyncReport | None = None
) -> Path:
    """The central writes one enrolled device its answer in box (what it may hold and
    has not seen, the digests, a renewed attestation): the second half of its round."""
    report = SyncReport() if report is None else report
    me = identity(store)
    device = _trust(store).get(device_id)
    if device is None or device.revoked or device.scope.get("role") not in ROLES:
        raise NotFound("Dit apparaat is niet (meer) ingeschreven bij de centrale.")
    scope = resolve_scope(store, device.scope)
    with store.replica_write() as con:
        digests = rp.digest(con, scope.partitions(rp.partitions(con)), scope, device.device_id)
    # every answer renews the laptop's issuing attestation (sync/attest.py)
    renewed = attest(me, device.device_id, device.sign_key, store.today()).to_json()
    extra = {"digests": digests, "attestation": renewed}
    return _send(store, me, device, scope, box, extra, report)


# -- catalogue publications ---------------------------------------------------------------

CATALOGUE_ONLY = Scope("-", frozenset(), role=PUBLISHER)  # the catalogue partition only


def publish_catalogue(store: SchoolStore, out: Path) -> int:
    """A publisher's catalogue as one signed bundle anyone may read (it holds no personal
    data); returns the number of changes. Receivers check the publisher's signature."""
    me = identity(store)
    report = SyncReport()
    batches, vector, parts, _whole = engine.collect(
        store, "publication", CATALOGUE_ONLY.allows, CATALOGUE_ONLY.partitions
    )
    manifest = {"schema": rp.HEAD_REVISION, "sender_vector": vector, "partitions": parts}
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
        publisher = trust[opened.header.sender]
        sender = Sender(CATALOGUE_ONLY, label_of(publisher))
        _apply_bundle(store, opened, sender, CATALOGUE_ONLY, None, report)
    finally:
        opened.close()
    report.bundles_read = 1
    return report


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = [
    "ALL_NOTES",
    "SyncReport",
    "central_answer",
    "central_sync",
    "central_take",
    "device_sync",
    "enroll",
    "join",
]
