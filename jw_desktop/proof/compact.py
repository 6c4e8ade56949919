"""The compact signed credential in the QR code (docs/credentials.md, "De QR-code"):

    "JW1:" + base45(zlib(cbor(COSE_Sign1)))

in the style of the EU DCC / CoronaCheck "HC1:" code. The COSE_Sign1 structure (RFC 9052)
is built by hand on cbor2: it is four CBOR items and one Ed25519 signature over a fixed
CBOR array, and a hand-built one is easy to read against the RFC and to follow in the
browser's verify page, which has no COSE library either.
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import base45
import cbor2

PREFIX = "JW1:"
COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
MAX_TEXT = 4096  # letters of QR text a verifier reads at all
MAX_INFLATED = 16384  # bytes the zlib stream may inflate to

# claim keys
ID, STUDENT, CREDENTIAL, KIND, ISSUED_ON, ISSUER, ISSUER_KEY, ATTESTATION = range(1, 9)
AWARDED_BY, JWT_HASH, SIGNED_ON = 9, 10, 11


class CompactError(ValueError):
    """The text is no well-formed compact credential (a verifier says: veranderd)."""


@dataclass(frozen=True)
class CompactAttestation:
    device_key: bytes
    not_before: str
    not_after: str
    signature: bytes


@dataclass(frozen=True)
class Compact:
    """A decoded compact credential; `signed` are the bytes its signature covers."""

    kid: bytes
    credential_id: uuid.UUID
    student: str
    credential: str
    kind: str
    issued_on: date
    issuer: str
    issuer_key: bytes
    attestation: CompactAttestation | None
    awarded_by: str | None
    jwt_hash: bytes | None
    signed_on: date
    signature: bytes
    signed: bytes


def sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def encode(claims: dict[int, Any], kid: bytes, sign: Callable[[bytes], bytes]) -> str:
    protected = cbor2.dumps({1: ALG_EDDSA, 4: kid})
    payload = cbor2.dumps(claims, canonical=True)  # keys in ascending order
    signature = sign(sig_structure(protected, payload))
    cose = cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))
    packed: bytes = base45.b45encode(zlib.compress(cose, 9))
    return PREFIX + packed.decode("ascii")


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, MAX_INFLATED)
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise CompactError("zlib")
    return out


def _loads(data: bytes) -> Any:
    try:
        return cbor2.loads(data)
    except (cbor2.CBORDecodeError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise CompactError("cbor") from exc


def _text(claims: dict[Any, Any], key: int, optional: bool = False) -> Any:
    value = claims.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > 1000:
        raise CompactError(f"claim {key}")
    return value


def _bytes(value: Any, size: int) -> bytes:
    if not isinstance(value, bytes) or len(value) != size:
        raise CompactError("bytes")
    return value


def _date(text: Any) -> date:
    try:
        if not isinstance(text, str) or len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CompactError("date") from exc


def decode(text: str) -> Compact:
    """Parse a QR text strictly; CompactError for anything that is not exactly this format
    (the signature itself is checked by verify.py)."""
    text = text.strip()
    if not text.startswith(PREFIX) or len(text) > MAX_TEXT:
        raise CompactError("prefix")
    try:
        packed = base45.b45decode(text[len(PREFIX) :])
    except (ValueError, TypeError) as exc:
        raise CompactError("base45") from exc
    try:
        inflated = _inflate(bytes(packed))
    except zlib.error as exc:
        raise CompactError("zlib") from exc
    cose = _loads(inflated)
    if not isinstance(cose, cbor2.CBORTag) or cose.tag != COSE_SIGN1_TAG:
        raise CompactError("tag")
    parts = cose.value
    if not isinstance(parts, (list, tuple)) or len(parts) != 4:  # cbor2: a tuple in a tag
        raise CompactError("cose")
    protected, unprotected, payload, signature = parts
    if not isinstance(protected, bytes) or not isinstance(payload, bytes):
        raise CompactError("cose")
    if not isinstance(unprotected, Mapping) or len(unprotected) != 0:
        raise CompactError("unprotected")
    again = cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature])
    if cbor2.dumps(again) != inflated:
        raise CompactError("not the one encoding")  # no second spelling of the same text
    header = _loads(protected)
    if not isinstance(header, dict) or set(header) != {1, 4} or header[1] != ALG_EDDSA:
        raise CompactError("alg")
    kid = _bytes(header[4], 16)
    signature = _bytes(signature, 64)
    claims = _loads(payload)
    if (
        not isinstance(claims, dict)
        or not set(claims) <= set(range(1, 12))
        or cbor2.dumps(claims) != payload
        or cbor2.dumps(header) != protected
    ):
        raise CompactError("claims")
    attestation = None
    if ATTESTATION in claims:
        att = claims[ATTESTATION]
        if not isinstance(att, (list, tuple)) or len(att) != 4:
            raise CompactError("attestation")
        _date(att[1]), _date(att[2])
        attestation = CompactAttestation(
            _bytes(att[0], 32), str(att[1]), str(att[2]), _bytes(att[3], 64)
        )
    jwt_hash = claims.get(JWT_HASH)
    issued_on = _date(claims.get(ISSUED_ON))
    return Compact(
        kid=kid,
        credential_id=uuid.UUID(bytes=_bytes(claims.get(ID), 16)),
        student=_text(claims, STUDENT),
        credential=_text(claims, CREDENTIAL),
        kind=_text(claims, KIND),
        issued_on=issued_on,
        issuer=_text(claims, ISSUER),
        issuer_key=_bytes(claims.get(ISSUER_KEY), 32),
        attestation=attestation,
        awarded_by=_text(claims, AWARDED_BY, optional=True),
        jwt_hash=None if jwt_hash is None else _bytes(jwt_hash, 32),
        signed_on=_date(claims[SIGNED_ON]) if SIGNED_ON in claims else issued_on,
        signature=signature,
        signed=sig_structure(protected, payload),
    )
