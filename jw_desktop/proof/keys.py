"""Ed25519 public keys as the credentials name them: did:key (the issuer's and the
signer's id in the VC-JWT) and base64url (the trust list)."""

from __future__ import annotations

import base64
import binascii
import hashlib

from jw_desktop.model.errors import JWError

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_PUB = b"\xed\x01"  # multicodec ed25519-pub, as a varint
MAX_DID = 120  # an Ed25519 did:key is 57 letters, its verification method 107


class KeyFormatError(JWError):
    """A key in a credential or a trust list cannot be read."""


def _b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _ALPHABET[rest] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        index = _ALPHABET.find(char)
        if index < 0:
            raise KeyFormatError("Een sleutel in de kwalificatie is onleesbaar.")
        number = number * 58 + index
    pad = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * pad + body


def did_key(public: bytes) -> str:
    """did:key of a raw Ed25519 public key: 'did:key:z6Mk...'."""
    return "did:key:z" + _b58encode(_ED25519_PUB + public)


def key_id(public: bytes) -> str:
    """The verification method of that did:key (the JWT's kid): 'did:key:z6Mk…#z6Mk…'."""
    did = did_key(public)
    return f"{did}#{did[len('did:key:') :]}"


def from_did(text: object) -> bytes:
    """The raw Ed25519 key of a did:key or of its verification method (KeyFormatError)."""
    if not isinstance(text, str) or not text.startswith("did:key:z"):
        raise KeyFormatError("De sleutel in de kwalificatie is geen did:key.")
    if len(text) > MAX_DID:  # base58 decoding is quadratic: refuse before decoding
        raise KeyFormatError("De sleutel in de kwalificatie is geen Ed25519-sleutel.")
    did = text.split("#", 1)[0]
    raw = _b58decode(did[len("did:key:z") :])
    if len(raw) != 34 or not raw.startswith(_ED25519_PUB):
        raise KeyFormatError("De sleutel in de kwalificatie is geen Ed25519-sleutel.")
    if text != did and text != f"{did}#{did[len('did:key:') :]}":
        raise KeyFormatError("De sleutel in de kwalificatie is onleesbaar.")
    return raw[2:]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def from_b64url(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise KeyFormatError("Een sleutel is onleesbaar.")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError("Een sleutel is onleesbaar.") from exc
    if size is not None and len(raw) != size:
        raise KeyFormatError("Een sleutel heeft niet de goede lengte.")
    return raw


def key_fingerprint(key: bytes) -> str:
    """How the page shows an issuer's key: SHA-256 of the 32 raw bytes, the first 16 in
    upper-case hex in groups of 4 ('3F2A 9C01 ...'), so a school can print the same."""
    digest = hashlib.sha256(key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))
