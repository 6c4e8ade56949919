"""Signed HTTP requests between a laptop and the central (docs/central.md, issue 14).

Every device request carries
``Authorization: JW-Device id=<device>,t=<unix ms>,n=<32 hex>,s=<base64 Ed25519 sig>``,
the signature over ``"jw-http-1\\n" METHOD "\\n" path_with_query "\\n" t "\\n" n "\\n"
sha256hex(body)``. No password travels; only the device's own key counts. The time
must lie within 5 minutes of the central's, and a nonce is taken once (stored in the
central's database, so several server processes agree): a replay is refused."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
from dataclasses import dataclass

from jw_desktop.model import JWError, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.nonces import take_nonce
from jw_desktop.model.policy import STAFF_ROLES
from jw_desktop.model.replica import now_ms

from .identity import DeviceIdentity, PublicIdentity, verify

SCHEME = "JW-Device"
WINDOW_MS = 5 * 60 * 1000
_HEADER = re.compile(
    r"^JW-Device id=([0-9a-f]{32}),t=([0-9]{1,15}),n=([0-9a-f]{32}),s=([A-Za-z0-9+/=]{1,200})$"
)


class AuthRefused(JWError):
    """A request the central does not take: code is the contract's machine code."""

    def __init__(self, message: str, code: str, status: int = 401) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


def _message(method: str, path: str, t: str, nonce: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return f"jw-http-1\n{method.upper()}\n{path}\n{t}\n{nonce}\n{digest}".encode()


def sign_request(
    identity: DeviceIdentity, method: str, path: str, body: bytes, *, at_ms: int | None = None
) -> str:
    """The Authorization header value for one request (path with its query)."""
    t = str(now_ms() if at_ms is None else at_ms)
    nonce = secrets.token_hex(16)
    sig = identity.sign(_message(method, path, t, nonce, body))
    return f"{SCHEME} id={identity.device_id},t={t},n={nonce},s={base64.b64encode(sig).decode()}"


@dataclass(frozen=True)
class Signed:
    device_id: str
    t: int
    nonce: str
    signature: bytes


def parse(header: str | None) -> Signed:
    """The parts of an Authorization header, strictly."""
    found = _HEADER.match((header or "").strip())
    if found is None:
        raise AuthRefused(
            "Dit verzoek is niet ondertekend door een laptop van de school.", "ongeldig"
        )
    try:
        signature = base64.b64decode(found.group(4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AuthRefused("De handtekening van dit verzoek is onleesbaar.", "ongeldig") from exc
    return Signed(found.group(1), int(found.group(2)), found.group(3), signature)


def check_signature(
    public: PublicIdentity, signed: Signed, method: str, path: str, body: bytes
) -> bool:
    """Is the signature good for this key (no clock, no nonce: see verify_request)?"""
    return verify(
        public, signed.signature, _message(method, path, str(signed.t), signed.nonce, body)
    )


def verify_request(
    central: SchoolStore,
    method: str,
    path: str,
    header: str | None,
    body: bytes,
    *,
    now: int | None = None,
) -> rp.DeviceRow:
    """The enrolled device that signed this request, or AuthRefused with its code:
    ongeldig (no or bad signature), onbekend-apparaat, ingetrokken, klok, herhaald.
    The nonce is recorded only once the signature is good (no one fills the table with
    requests they could not sign)."""
    signed = parse(header)
    with central.replica_read() as con:
        found = {d.device_id: d for d in rp.devices(con)}
    device = found.get(signed.device_id)
    if device is None or device.scope.get("role") not in STAFF_ROLES:
        raise AuthRefused(
            "Deze laptop is niet bekend bij de centrale. Vraag de beheerder om de laptop "
            "in te schrijven.",
            "onbekend-apparaat",
            403,
        )
    public = PublicIdentity(device.device_id, device.name, device.sign_key, device.box_key)
    if not check_signature(public, signed, method, path, body):
        raise AuthRefused(
            "De handtekening van dit verzoek klopt niet; het is niet van deze laptop.",
            "ongeldig",
        )
    if device.revoked:
        raise AuthRefused(
            "Deze laptop is ingetrokken en mag niet meer synchroniseren. Neem contact op "
            "met de beheerder.",
            "ingetrokken",
            403,
        )
    current = now_ms() if now is None else now
    if abs(current - signed.t) > WINDOW_MS:
        raise AuthRefused(
            "De klok van deze laptop loopt meer dan 5 minuten voor of achter. Zet de "
            "datum en tijd goed en synchroniseer opnieuw.",
            "klok",
        )
    if not take_nonce(central, device.device_id, signed.nonce, current, WINDOW_MS):
        raise AuthRefused(
            "Dit verzoek is al eens ontvangen (herhaald); het is niet opnieuw uitgevoerd.",
            "herhaald",
        )
    return device
