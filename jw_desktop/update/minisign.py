"""minisign signatures checked in Python (Ed25519 from `cryptography`), so that a laptop
needs no minisign program to check an update.

The formats (https://jedisct1.github.io/minisign/):

- public key file: an untrusted comment line, then base64 of b"Ed" + key id (8 bytes) +
  Ed25519 public key (32 bytes);
- signature file (.minisig): an untrusted comment line; base64 of the algorithm (b"Ed":
  the signature is over the file itself, minisign's legacy format; b"ED": over the file's
  BLAKE2b-512, the default since minisign 0.10) + key id + signature (64 bytes); a line
  "trusted comment: TEXT"; base64 of the global signature over signature + TEXT.

Both signatures must verify and the key ids must agree. Anything else (a broken file, a
wrong key, a changed byte) is a SignatureRefused with one Dutch sentence, never another
exception: these files come from a USB stick anyone can write to.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jw_desktop.model.errors import JWError

UNTRUSTED = b"untrusted comment:"
TRUSTED = b"trusted comment: "
KEY_ALGORITHM = b"Ed"
LEGACY, PREHASHED = b"Ed", b"ED"
MAX_SMALL_FILE = 64 * 1024  # a key or .minisig is a few hundred bytes
MAX_LEGACY_FILE = 1 << 30  # a legacy signature needs the whole file in memory
CHUNK = 1 << 20


class SignatureRefused(JWError):
    """A key or signature that is unreadable or does not verify."""

    exit_code = 50


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in the file
    key: bytes  # 32 bytes

    @property
    def key_id_text(self) -> str:
        """The key id as minisign prints it (hex of the little-endian number)."""
        return key_id_text(self.key_id)


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # LEGACY or PREHASHED
    key_id: bytes
    signature: bytes  # 64 bytes, over the file (or its BLAKE2b-512)
    trusted_comment: bytes  # the text after "trusted comment: ", as signed
    global_signature: bytes  # 64 bytes, over signature + trusted_comment


def key_id_text(key_id: bytes) -> str:
    return key_id[::-1].hex().upper()


def _lines(data: bytes, what: str) -> list[bytes]:
    if len(data) > MAX_SMALL_FILE:
        raise SignatureRefused(f"{what} is te groot om een minisign-bestand te zijn.")
    lines = [line.rstrip(b"\r") for line in data.split(b"\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _base64(line: bytes, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise SignatureRefused(f"{what} is geen geldig minisign-bestand (onleesbare regel).")
    return raw


def parse_public_key(data: bytes, what: str = "De uitgeverssleutel") -> PublicKey:
    """A minisign .pub file's contents; the key line alone (as `minisign -P`) is accepted."""
    lines = _lines(data, what)
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED):
        line = lines[1]
    elif len(lines) == 1:
        line = lines[0]
    else:
        raise SignatureRefused(f"{what} is geen minisign-sleutel (verwacht: twee regels).")
    raw = _base64(line, 42, what)
    if raw[:2] != KEY_ALGORITHM:
        raise SignatureRefused(f"{what} is geen Ed25519-sleutel van minisign.")
    try:
        Ed25519PublicKey.from_public_bytes(raw[10:])
    except ValueError:
        raise SignatureRefused(f"{what} is geen geldige Ed25519-sleutel.") from None
    return PublicKey(key_id=raw[2:10], key=raw[10:])


def parse_signature(data: bytes, what: str = "De handtekening") -> Signature:
    """A .minisig file's contents."""
    lines = _lines(data, what)
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED):
        raise SignatureRefused(f"{what} is geen minisign-handtekening (verwacht: vier regels).")
    raw = _base64(lines[1], 74, what)
    if raw[:2] not in (LEGACY, PREHASHED):
        raise SignatureRefused(f"{what} gebruikt een onbekend algoritme.")
    if not lines[2].startswith(TRUSTED):
        raise SignatureRefused(f"{what} heeft geen vertrouwd commentaar.")
    return Signature(
        algorithm=raw[:2],
        key_id=raw[2:10],
        signature=raw[10:],
        trusted_comment=lines[2][len(TRUSTED) :],
        global_signature=_base64(lines[3], 64, what),
    )


def _read_small(path: Path, what: str) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(MAX_SMALL_FILE + 1)
    except OSError as exc:
        raise SignatureRefused(f"{what} is niet te lezen ({exc.strerror}).") from None


def load_public_key(path: Path) -> PublicKey:
    return parse_public_key(_read_small(path, "De uitgeverssleutel"), "De uitgeverssleutel")


def load_signature(path: Path) -> Signature:
    what = f"De handtekening {path.name}"
    if not path.is_file():
        raise SignatureRefused(f"Er staat geen handtekening naast ({path.name} ontbreekt).")
    return parse_signature(_read_small(path, "De handtekening"), what)


def _ed25519(key: PublicKey) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(key.key)


def check_trusted_comment(sig: Signature, key: PublicKey) -> str:
    """The trusted comment, once its key id and global signature are right (cheap: the file
    itself is not read). The comment as text; it must be UTF-8."""
    if sig.key_id != key.key_id:
        raise SignatureRefused(
            f"Het is ondertekend met een andere sleutel dan die van de uitgever "
            f"({key_id_text(sig.key_id)}, verwacht {key.key_id_text})."
        )
    try:
        _ed25519(key).verify(sig.global_signature, sig.signature + sig.trusted_comment)
    except InvalidSignature:
        raise SignatureRefused(
            "Het vertrouwde commentaar is veranderd of niet door de uitgever ondertekend."
        ) from None
    try:
        return sig.trusted_comment.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureRefused("Het vertrouwde commentaar is geen leesbare tekst.") from None


def _message(path: Path, algorithm: bytes) -> bytes:
    """What the file signature covers: the BLAKE2b-512 of the file, or (legacy) the file."""
    try:
        with path.open("rb") as f:
            if algorithm == PREHASHED:
                digest = hashlib.blake2b(digest_size=64)
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
                return digest.digest()
            data = f.read(MAX_LEGACY_FILE + 1)
    except OSError as exc:
        raise SignatureRefused(f"Het bestand is niet te lezen ({exc.strerror}).") from None
    if len(data) > MAX_LEGACY_FILE:
        raise SignatureRefused("Het bestand is te groot voor een handtekening in het oude formaat.")
    return data


def verify_file(path: Path, sig: Signature, key: PublicKey) -> str:
    """Both signatures of path checked against key; the trusted comment."""
    comment = check_trusted_comment(sig, key)
    try:
        _ed25519(key).verify(sig.signature, _message(path, sig.algorithm))
    except InvalidSignature:
        raise SignatureRefused(
            "De handtekening past niet bij het bestand: het is veranderd of door een ander "
            "ondertekend."
        ) from None
    return comment
