"""Enrolment over the network (issue 14 item 4): a laptop sends its aanmelding to the
central's service, an admin approves it (Beheer or `central goedkeuren`), and the laptop
picks up its inschrijving - no files carried. The fingerprint check stays: the laptop shows
its own fingerprint, the admin compares it before approving, and after joining the laptop
shows the central's.

Trust nothing but keys: an aanmelding must be signed by the key it names (proof the sender
holds it); its inschrijving is handed only to a request signed by that same key (the
JW-Device header of docs/central.md, here with the pending aanmelding's key since the
laptop is not enrolled yet). No Qt, no SQL: storage through model.net_enrolment."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from jw_desktop.model import InvalidInput, JWError, NotFound, SchoolStore
from jw_desktop.model import net_enrolment as ne
from jw_desktop.model import replica as rp
from jw_desktop.model.access import check as check_access
from jw_desktop.model.nonces import take_nonce

from . import session
from .identity import DeviceIdentity, IdentityError, PublicIdentity, verify
from .network import NetworkError, Offline, Refused

AANMELDING_MAX_BYTES = 16 * 1024  # a real one is under 1 KiB: keys, a name, a signature
WAITING_MAX = 200  # waiting aanmeldingen at once: more is a flood, not a school
CLOCK_SKEW_MS = 5 * 60 * 1000
AUTH_SCHEME = "JW-Device"
_FIELDS = {"type", "device", "signature"}


class AanmeldingError(JWError):
    """An aanmelding or pickup the service refuses: one Dutch sentence, a machine code of
    the shared HTTP contract and the HTTP status the route answers with."""

    def __init__(self, message: str, code: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True)
class Waiting:
    """An aanmelding as the admin sees it before deciding."""

    aanmelding_id: str
    device_id: str
    name: str
    fingerprint: str
    at: str
    state: str


# -- the signed request header (the exact spec of docs/central.md / COMMON contract) --------


def _request_bytes(method: str, path: str, t: str, n: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return f"jw-http-1\n{method.upper()}\n{path}\n{t}\n{n}\n{digest}".encode()


def sign_request(me: DeviceIdentity, method: str, path: str, body: bytes) -> str:
    """The Authorization header value for one request of this device."""
    t = str(int(time.time() * 1000))
    n = secrets.token_hex(16)
    s = base64.b64encode(me.sign(_request_bytes(method, path, t, n, body))).decode()
    return f"{AUTH_SCHEME} id={me.device_id},t={t},n={n},s={s}"


def parse_header(header: str | None) -> dict[str, str]:
    """The fields of a JW-Device header; AanmeldingError when it is none."""
    if not header or not header.startswith(AUTH_SCHEME + " "):
        raise AanmeldingError("Het verzoek is niet ondertekend.", "ongeldig", 401)
    fields: dict[str, str] = {}
    for part in header[len(AUTH_SCHEME) + 1 :].split(","):
        key, sep, value = part.strip().partition("=")
        if not sep or key in fields:
            raise AanmeldingError("De handtekening van het verzoek is onleesbaar.", "ongeldig", 401)
        fields[key] = value
    if set(fields) != {"id", "t", "n", "s"} or not fields["t"].isdigit():
        raise AanmeldingError("De handtekening van het verzoek is onleesbaar.", "ongeldig", 401)
    if len(fields["n"]) != 32 or any(c not in "0123456789abcdef" for c in fields["n"]):
        raise AanmeldingError("De handtekening van het verzoek is onleesbaar.", "ongeldig", 401)
    return fields


def verify_request(
    central: SchoolStore,
    fields: dict[str, str],
    signer: PublicIdentity,
    method: str,
    path: str,
    body: bytes,
) -> None:
    """Check a parsed header against signer's key, the clock and the nonces seen (in the
    central's database, as for enrolled devices: a replay after a restart or on another
    server process is refused too)."""
    try:
        signature = base64.b64decode(fields["s"], validate=True)
    except ValueError as exc:
        raise AanmeldingError(
            "De handtekening van het verzoek is onleesbaar.", "ongeldig", 401
        ) from exc
    data = _request_bytes(method, path, fields["t"], fields["n"], body)
    if not verify(signer, signature, data):
        raise AanmeldingError(
            "Het verzoek is niet ondertekend met de sleutel van deze aanmelding.", "geweigerd", 403
        )
    t = int(fields["t"])
    if abs(int(time.time() * 1000) - t) > CLOCK_SKEW_MS:
        raise AanmeldingError(
            "De klok van de laptop loopt meer dan vijf minuten anders dan die van de server; "
            "zet de klok goed en probeer het opnieuw.",
            "klok",
            401,
        )
    if not take_nonce(
        central, signer.device_id, fields["n"], int(time.time() * 1000), CLOCK_SKEW_MS
    ):
        raise AanmeldingError("Dit verzoek is al eens ontvangen.", "herhaald", 401)


# -- server side ----------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _parse(body: bytes) -> tuple[dict[str, Any], PublicIdentity]:
    """The aanmelding in body, checked: size, fields, keys, name, self-signature."""
    if len(body) > AANMELDING_MAX_BYTES:
        raise AanmeldingError(
            f"De aanmelding is te groot (meer dan {AANMELDING_MAX_BYTES // 1024} KiB).",
            "te-groot",
            413,
        )
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise AanmeldingError("De aanmelding is geen leesbaar JSON-document.", "ongeldig") from exc
    if not isinstance(doc, dict) or doc.get("type") != "jw-aanmelding" or set(doc) != _FIELDS:
        raise AanmeldingError("Dit is geen aanmelding van jw-desktop.", "ongeldig")
    try:
        device = PublicIdentity.from_json(doc["device"])
        name = session.device_name(device.name)
    except (IdentityError, InvalidInput) as exc:
        raise AanmeldingError(str(exc), "ongeldig") from exc
    if set(doc["device"]) != {"device_id", "name", "sign_key", "box_key"}:
        raise AanmeldingError("Dit is geen aanmelding van jw-desktop.", "ongeldig")
    if not session._signed_by(doc, device):
        raise AanmeldingError(
            "De aanmelding is niet ondertekend met de sleutel die ze noemt.", "geweigerd", 403
        )
    return doc, PublicIdentity(device.device_id, name, device.sign_key, device.box_key)


def receive(central: SchoolStore, body: bytes) -> Waiting:
    """Take in a laptop's aanmelding (the request body) as waiting for the admin. The same
    aanmelding sent again is the same waiting one; another one for a device that has one
    waiting is refused; after a rejection (or its revocation) the laptop may ask again."""
    doc, device = _parse(body)
    try:
        session._check_device(central, device)
    except InvalidInput as exc:
        raise AanmeldingError(str(exc), "geweigerd", 409) from exc
    with central.replica_write() as con:
        known = ne.by_device(con, device.device_id)
        # only a waiting one holds the place: a rejected one, or an approved one whose
        # device was revoked since (_check_device let it through), makes way for this one
        if known is not None and known.state == ne.WAITING:
            same = json.loads(known.doc)["device"]["sign_key"] == doc["device"]["sign_key"]
            if same and json.loads(known.doc)["device"]["box_key"] == doc["device"]["box_key"]:
                return _waiting(known)
            raise AanmeldingError(
                "Er is al een aanmelding van dit apparaat met andere sleutels; de beheerder "
                "moet die eerst afwijzen.",
                "herhaald",
                409,
            )
        if ne.count_waiting(con) >= WAITING_MAX:
            raise AanmeldingError(
                "Er wachten te veel aanmeldingen op de beheerder; probeer het later opnieuw.",
                "te-snel",
                429,
            )
        row = ne.AanmeldingRow(
            secrets.token_hex(8),
            device.device_id,
            device.name,
            device.fingerprint(),
            json.dumps(doc, sort_keys=True),
            _now(),
            ne.WAITING,
            None,
            None,
        )
        ne.put(con, row)
    return _waiting(row)


def _waiting(row: ne.AanmeldingRow) -> Waiting:
    return Waiting(row.aanmelding_id, row.device_id, row.name, row.fingerprint, row.at, row.state)


def pending(central: SchoolStore) -> list[Waiting]:
    """The aanmeldingen waiting for the admin, oldest first (name + fingerprint to compare)."""
    with central.replica_read() as con:
        return [_waiting(r) for r in ne.listed(con, ne.WAITING)]


def _find(con: Any, aanmelding_id: str) -> ne.AanmeldingRow:
    row = ne.by_id(con, aanmelding_id)
    if row is None or row.state != ne.WAITING:
        raise NotFound(f"Er wacht geen aanmelding met nummer {aanmelding_id!r}.")
    return row


def approve(
    central: SchoolStore,
    aanmelding_id: str,
    *,
    role: str,
    staff_email: str | None,
    groups: list[str] | None = None,
) -> dict[str, Any]:
    """The admin approves a waiting aanmelding: the device is enrolled by session.enroll
    (the same rules as an aanmeldbestand) and its signed inschrijving kept for pickup."""
    with central.replica_read() as con:
        row = _find(con, aanmelding_id)
    request = json.loads(row.doc)
    doc = session.enroll(central, request, role=role, staff_email=staff_email, groups=groups)
    with central.replica_write() as con:
        ne.decide(con, row.aanmelding_id, ne.APPROVED, session._actor(central), json.dumps(doc))
    return doc


def reject(central: SchoolStore, aanmelding_id: str) -> None:
    """The admin rejects a waiting aanmelding; the laptop hears so at its next pickup."""
    check_access(central.user, "accounts")
    with central.replica_write() as con:
        _find(con, aanmelding_id)
        ne.decide(con, aanmelding_id, ne.REJECTED, session._actor(central), None)


def pickup(
    central: SchoolStore, header: str | None, method: str, path: str
) -> dict[str, Any] | None:
    """The inschrijving for the device whose pending aanmelding's key signed this request:
    the document once approved, None while it waits; AanmeldingError when rejected,
    unknown or not signed by that key."""
    fields = parse_header(header)
    with central.replica_read() as con:
        row = ne.by_device(con, fields["id"][:32])
    if row is None:
        raise AanmeldingError(
            "Deze server kent geen aanmelding van dit apparaat; meld de laptop eerst aan.",
            "onbekend-apparaat",
            404,
        )
    signer = PublicIdentity.from_json(json.loads(row.doc)["device"])
    verify_request(central, fields, signer, method, path, b"")
    if row.state == ne.REJECTED:
        raise AanmeldingError(
            "De beheerder heeft de aanmelding van deze laptop afgewezen; vraag de beheerder "
            "waarom, en meld de laptop zo nodig opnieuw aan.",
            "geweigerd",
            403,
        )
    if row.state == ne.WAITING or row.inschrijving is None:
        return None
    doc: dict[str, Any] = json.loads(row.inschrijving)
    return doc


@dataclass(frozen=True)
class DeviceHealth:
    device_id: str
    name: str
    role: str
    revoked: bool
    last_sync: str | None


@dataclass(frozen=True)
class Health:
    """The central's state for an admin: devices, last sync each, refused bundles, waiting
    aanmeldingen (the detailed status of central/health.py and `central status`)."""

    devices: list[DeviceHealth]
    refused: list[rp.RefusalRow]
    waiting: list[Waiting]


def health(central: SchoolStore, refusals_shown: int = 20) -> Health:
    found = session.enrolled_devices(central)
    with central.replica_read() as con:
        devices = [
            DeviceHealth(
                d.device_id,
                d.name,
                str(d.scope.get("role")),
                d.revoked,
                rp.last_sync(con, d.device_id),
            )
            for d in found
        ]
        refused = rp.refusals(con, refusals_shown)
        waiting = [_waiting(r) for r in ne.listed(con, ne.WAITING)]
    return Health(devices, refused, waiting)


def health_json(central: SchoolStore) -> dict[str, Any]:
    h = health(central)
    return {
        "status": "ok",
        "apparaten": [
            {
                "id": d.device_id,
                "naam": d.name,
                "rol": d.role,
                "ingetrokken": d.revoked,
                "laatste_sync": d.last_sync,
            }
            for d in h.devices
        ],
        "geweigerd": [
            {"op": r.at, "afzender": r.sender, "bestand": r.file, "reden": r.reason}
            for r in h.refused
        ],
        "aanmeldingen": [
            {"id": w.aanmelding_id, "naam": w.name, "vingerafdruk": w.fingerprint, "op": w.at}
            for w in h.waiting
        ],
    }


# -- laptop side ------------------------------------------------------------------------------

TIMEOUT_S = 15.0


def _base(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInput(f"{url!r} is geen serveradres; begin het met https://.")
    return url


def _answer(response: Any) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    if response.status_code >= 400:
        raise Refused(
            str(data.get("fout") or f"De server weigerde het verzoek ({response.status_code}).")
        )
    return data


def _http(method: str, url: str, **kwargs: Any) -> Any:
    import httpx  # the laptop loads the HTTP stack only when it goes on the network

    try:
        return httpx.request(method, url, timeout=TIMEOUT_S, **kwargs)
    except httpx.TimeoutException as exc:
        raise Offline("De server antwoordt niet op tijd; probeer het later opnieuw.") from exc
    except httpx.TransportError as exc:
        raise Offline(
            f"De server {url.split('/v1')[0]} is niet bereikbaar; controleer de "
            "netwerkverbinding en het serveradres."
        ) from exc


def send_aanmelding(store: SchoolStore, url: str, name: str) -> Waiting:
    """Send this laptop's aanmelding (signed with its own key) to the server at url. The
    laptop shows the returned fingerprint; the admin compares it before approving."""
    request = session.enrollment_request(store, name)
    me = session.identity(store)
    doc = session._sign(request, me)
    body = json.dumps(doc, sort_keys=True).encode()
    data = _answer(
        _http(
            "POST",
            _base(url) + "/v1/aanmelding",
            content=body,
            headers={"Content-Type": "application/json"},
        )
    )
    return Waiting(
        str(data.get("id", "")),
        me.device_id,
        str(data.get("naam", me.name)),
        me.public().fingerprint(),
        str(data.get("op", "")),
        str(data.get("status", ne.WAITING)),
    )


def fetch_inschrijving(store: SchoolStore, url: str) -> PublicIdentity | None:
    """Ask the server for this laptop's inschrijving and join with it: the central it is
    now enrolled with (show its fingerprint), or None while the admin has not approved."""
    already = session.central_identity(store)
    if already is not None:
        return already
    me = session.identity(store)
    path = "/v1/inschrijving"
    header = sign_request(me, "GET", path, b"")
    response = _http("GET", _base(url) + path, headers={"Authorization": header})
    data = _answer(response)
    if response.status_code == 202 or data.get("status") == ne.WAITING:
        return None
    try:
        return session.join(store, data)
    except (InvalidInput, IdentityError, KeyError) as exc:
        raise NetworkError(f"De inschrijving van de server is niet bruikbaar: {exc}") from exc


__all__ = [
    "AanmeldingError",
    "Health",
    "Waiting",
    "approve",
    "fetch_inschrijving",
    "health",
    "pending",
    "pickup",
    "receive",
    "reject",
    "send_aanmelding",
]
