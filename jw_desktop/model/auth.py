"""Passwords: scrypt (memory-hard, from the standard library), and a growing delay and a
lock after repeated failures, kept per e-mail address in this store only (not synced)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from .errors import InvalidInput

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB of memory per attempt
MAX_FAILURES = 5
LOCK_TIME = timedelta(minutes=5)
MIN_LENGTH = 10


def hash_password(password: str) -> str:
    check_strength(password)
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        [
            "scrypt",
            str(SCRYPT_N),
            str(SCRYPT_R),
            str(SCRYPT_P),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        # Same work as a real check, so a missing account cannot be told apart by timing.
        _scrypt(password, b"0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=32
    )


def check_strength(password: str) -> None:
    """At least 10 characters with letters and digits, or a passphrase of 16 or more."""
    if len(password) >= 16:
        return
    if (
        len(password) < MIN_LENGTH
        or not any(c.isalpha() for c in password)
        or not any(c.isdigit() for c in password)
    ):
        raise InvalidInput(
            f"Kies een sterker wachtwoord: minstens {MIN_LENGTH} tekens met letters en "
            "cijfers, of een zin van 16 tekens of meer."
        )


def delay_after(failures: int) -> float:
    """Seconds to wait after this many failures in a row: 0.5, 1, 2, 4, 4 ..."""
    return 0.0 if failures <= 0 else min(0.5 * 2 ** (failures - 1), 4.0)


def locked_until(failures: int, now: datetime) -> datetime | None:
    return now + LOCK_TIME if failures >= MAX_FAILURES else None
