"""Device identity: the two key pairs a laptop (or the central) signs and receives bundles with.

Every device has
- an Ed25519 key pair (``sign_key``): it signs every bundle it sends;
- an X25519 key pair (``box_key``): bundles meant for this device are encrypted to it.

The public halves travel as :class:`PublicIdentity` (JSON with base64 keys) when a device is
enrolled; :meth:`PublicIdentity.fingerprint` is a short code an admin reads aloud or compares
on both screens to be sure the right device was enrolled.

The private halves live in one key file (``load_or_create``), next to but never inside the
database, so that copying a database to another laptop does not copy who it is.

Key file (JSON, UTF-8)::

    {"format": 1, "device_id": "<32 hex>", "name": "...", "created": "<ISO UTC>",
     "encrypted": false,
     "sign_key": "-----BEGIN PRIVATE KEY-----...",   # Ed25519, PKCS8 PEM
     "box_key": "-----BEGIN PRIVATE KEY-----..."}    # X25519, PKCS8 PEM

When the environment variable ``JW_DESKTOP_KEY_PASSPHRASE`` is set (and not empty) at the
moment the file is created, both PEMs are encrypted with it (``BEGIN ENCRYPTED PRIVATE KEY``,
the best encryption the installed OpenSSL offers) and ``encrypted`` is true; the same variable
must then be set whenever the file is loaded. Setting the variable later does not re-encrypt an
existing file (the file is never rewritten).

Protection of the file:
- it is written atomically (a temporary dot-file in the same folder, fsynced, then moved into
  place) and never overwritten once it exists;
- on POSIX it has mode 0600 (only the user can read it);
- on Windows ``os.chmod`` cannot express that; the file lives in the user's profile folder
  (``%LOCALAPPDATA%``), which the user's ACL already protects from other users;
- against a lost or stolen laptop, what protects the key (and the database next to it) is
  full-disk encryption: BitLocker (Windows), FileVault (macOS) or LUKS (Linux). The optional
  passphrase adds a second lock for setups that need it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from jw_desktop.model.errors import JWError

PASSPHRASE_ENV = "JW_DESKTOP_KEY_PASSPHRASE"
KEY_FILE_FORMAT = 1
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_MAX_KEY_FILE = 1 << 20


class IdentityError(JWError):
    """The device key file or a device's public keys cannot be used."""

    exit_code = 28


def _check_device_id(device_id: object) -> str:
    if not isinstance(device_id, str) or not _DEVICE_ID.fullmatch(device_id):
        raise IdentityError(f"Ongeldige apparaatcode: {device_id!r}.")
    return device_id


def _b64decode(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise IdentityError(f"De {what} van het apparaat ontbreekt of is onleesbaar.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise IdentityError(f"De {what} van het apparaat is onleesbaar.") from exc


@dataclass(frozen=True)
class PublicIdentity:
    """What other devices know of a device: its id, name and public keys (raw 32 bytes)."""

    device_id: str
    name: str
    sign_key: bytes
    box_key: bytes

    def __post_init__(self) -> None:
        _check_device_id(self.device_id)
        if not isinstance(self.name, str):
            raise IdentityError("De naam van het apparaat is onleesbaar.")
        if not isinstance(self.sign_key, bytes) or len(self.sign_key) != 32:
            raise IdentityError("De ondertekensleutel van het apparaat is ongeldig.")
        if not isinstance(self.box_key, bytes) or len(self.box_key) != 32:
            raise IdentityError("De versleutelsleutel van het apparaat is ongeldig.")

    def to_json(self) -> dict[str, str]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "sign_key": base64.b64encode(self.sign_key).decode("ascii"),
            "box_key": base64.b64encode(self.box_key).decode("ascii"),
        }

    @classmethod
    def from_json(cls, d: Any) -> PublicIdentity:
        """Raises IdentityError when ``d`` is not a valid public identity."""
        if not isinstance(d, dict):
            raise IdentityError("De sleutelgegevens van het apparaat zijn onleesbaar.")
        name = d.get("name")
        if not isinstance(name, str):
            raise IdentityError("De naam van het apparaat ontbreekt.")
        return cls(
            device_id=_check_device_id(d.get("device_id")),
            name=name,
            sign_key=_b64decode(d.get("sign_key"), "ondertekensleutel"),
            box_key=_b64decode(d.get("box_key"), "versleutelsleutel"),
        )

    def fingerprint(self) -> str:
        """First 16 hex digits of SHA-256(sign_key || box_key), upper case, in groups of
        four: ``"3F2A 9C41 07BE D1E8"``. Admins compare it on both screens at enrolment."""
        digest = hashlib.sha256(self.sign_key + self.box_key).hexdigest()[:16].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


class DeviceIdentity:
    """This device's identity including its private keys. Keep it out of logs and bundles."""

    def __init__(
        self,
        device_id: str,
        name: str,
        sign_private: Ed25519PrivateKey,
        box_private: X25519PrivateKey,
    ) -> None:
        self.device_id = _check_device_id(device_id)
        self.name = name
        self._sign = sign_private
        self._box = box_private

    @classmethod
    def generate(cls, device_id: str, name: str) -> DeviceIdentity:
        """New random keys (in memory only; ``load_or_create`` also stores them)."""
        return cls(device_id, name, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def public(self) -> PublicIdentity:
        raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
        return PublicIdentity(
            device_id=self.device_id,
            name=self.name,
            sign_key=self._sign.public_key().public_bytes(*raw),
            box_key=self._box.public_key().public_bytes(*raw),
        )

    def sign(self, data: bytes) -> bytes:
        """A 64-byte Ed25519 signature over ``data``."""
        return self._sign.sign(data)

    def signing_key(self) -> Ed25519PrivateKey:
        """The private Ed25519 key, for a JOSE library that signs with it itself
        (jw_desktop.proof: the VC-JWT of a credential)."""
        return self._sign

    def exchange(self, peer_box_key: bytes) -> bytes:
        """X25519 shared secret between this device's box key and a peer's raw public key.
        Raises ValueError for an invalid or low-order peer key."""
        return self._box.exchange(X25519PublicKey.from_public_bytes(peer_box_key))

    def __repr__(self) -> str:
        return f"DeviceIdentity({self.device_id!r}, {self.name!r})"


def verify(public: PublicIdentity, signature: bytes, data: bytes) -> bool:
    """Is ``signature`` a valid Ed25519 signature of ``data`` by ``public``?"""
    try:
        Ed25519PublicKey.from_public_bytes(public.sign_key).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- the key file --------------------------------------------------------------------


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode("utf-8") if value else None


def _pem(key: Ed25519PrivateKey | X25519PrivateKey, passphrase: bytes | None) -> str:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    ).decode("ascii")


def _corrupt(path: Path) -> IdentityError:
    return IdentityError(
        f"Het sleutelbestand van dit apparaat ({path}) is beschadigd of onleesbaar. "
        "Zet een reservekopie van het bestand terug, of laat de beheerder dit apparaat "
        "opnieuw koppelen."
    )


def _load_key(text: object, path: Path, passphrase: bytes | None) -> object:
    if not isinstance(text, str):
        raise _corrupt(path)
    data = text.encode("ascii", "replace")
    encrypted = b"ENCRYPTED PRIVATE KEY" in data
    if encrypted and passphrase is None:
        raise IdentityError(
            f"Het sleutelbestand van dit apparaat ({path}) is met een wachtwoord beveiligd. "
            f"Zet het wachtwoord in de omgevingsvariabele {PASSPHRASE_ENV} en start opnieuw."
        )
    try:
        return serialization.load_pem_private_key(data, passphrase if encrypted else None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        if encrypted:
            raise IdentityError(
                f"Het wachtwoord voor het sleutelbestand van dit apparaat ({path}) klopt niet "
                f"(omgevingsvariabele {PASSPHRASE_ENV}), of het bestand is beschadigd."
            ) from exc
        raise _corrupt(path) from exc


def _load(path: Path, device_id: str, name: str) -> DeviceIdentity:
    try:
        with path.open("rb") as f:
            raw = f.read(_MAX_KEY_FILE + 1)
    except OSError as exc:
        raise IdentityError(
            f"Het sleutelbestand van dit apparaat ({path}) kan niet worden gelezen: "
            f"{exc.strerror or exc}."
        ) from exc
    if len(raw) > _MAX_KEY_FILE:
        raise _corrupt(path)
    try:
        d = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _corrupt(path) from exc
    if not isinstance(d, dict) or not isinstance(d.get("device_id"), str):
        raise _corrupt(path)
    if not isinstance(d.get("format"), int) or d["format"] > KEY_FILE_FORMAT:
        raise IdentityError(
            f"Het sleutelbestand van dit apparaat ({path}) is gemaakt door een nieuwere "
            "versie van jw-desktop. Werk jw-desktop bij."
        )
    if d["device_id"] != device_id:
        raise IdentityError(
            f"Het sleutelbestand ({path}) hoort bij een ander apparaat ({d['device_id']}) "
            f"dan deze database ({device_id}). Waarschijnlijk is de database van een andere "
            "laptop gekopieerd. Gebruik de database niet zo: laat dit apparaat door de "
            "beheerder koppelen en haal de gegevens opnieuw op."
        )
    passphrase = _passphrase()
    sign = _load_key(d.get("sign_key"), path, passphrase)
    box = _load_key(d.get("box_key"), path, passphrase)
    if not isinstance(sign, Ed25519PrivateKey) or not isinstance(box, X25519PrivateKey):
        raise _corrupt(path)
    return DeviceIdentity(device_id, name, sign, box)


def fsync_dir(folder: Path) -> None:
    """Make a rename in this folder durable (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _create(path: Path, identity: DeviceIdentity) -> None:
    passphrase = _passphrase()
    content = {
        "format": KEY_FILE_FORMAT,
        "device_id": identity.device_id,
        "name": identity.name,
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "encrypted": passphrase is not None,
        "sign_key": _pem(identity._sign, passphrase),
        "box_key": _pem(identity._box, passphrase),
    }
    data = (json.dumps(content, indent=2) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        try:
            # link() refuses to replace an existing file: a key file is never overwritten,
            # not even by a second process creating one at the same moment.
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            # File systems without hard links: replace(), after checking once more.
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def load_or_create(path: Path, device_id: str, name: str) -> DeviceIdentity:
    """This device's identity from ``path``; created there (new keys) on first use.

    ``name`` is the device's current display name (the one in the file is only what it was
    at creation). Raises IdentityError when the file belongs to another device id, is
    corrupt or unreadable, or the passphrase is missing or wrong. An existing file is never
    overwritten.
    """
    _check_device_id(device_id)
    if os.path.lexists(path):
        return _load(path, device_id, name)
    identity = DeviceIdentity.generate(device_id, name)
    try:
        _create(path, identity)
    except FileExistsError:
        return _load(path, device_id, name)
    except OSError as exc:
        raise IdentityError(
            f"Het sleutelbestand van dit apparaat ({path}) kan niet worden aangemaakt: "
            f"{exc.strerror or exc}."
        ) from exc
    return identity
