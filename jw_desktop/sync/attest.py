"""The issuing attestation: the central's statement that a laptop may sign credentials in
the school's name with its own Ed25519 key, from ``not_before`` to ``not_after``.

The central signs it at enrolment (session.enroll); it travels in the jw-inschrijving and
the device keeps it with its central's record (session.join). A credential the laptop
signs carries it, so a verifier who trusts only the school's key can follow the chain
offline (jw_desktop.proof; docs/credentials.md). The bytes signed are fixed by the compact
format: ``cbor(["jw-attest-1", device id (16 bytes), device key (32), not_before,
not_after])``, dates as text ``YYYY-MM-DD``.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jw_desktop.model.errors import InvalidInput

from .identity import DeviceIdentity

ATTEST_CONTEXT = "jw-attest-1"
ATTEST_DAYS = 400
"""How long a laptop may sign after its enrolment (a school year and a summer)."""

_DEVICE_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Attestation:
    device_id: str  # 32 hex
    device_key: bytes  # raw Ed25519 public key, 32 bytes
    not_before: date
    not_after: date
    signature: bytes  # 64 bytes, by the issuer (the central)

    def signed_bytes(self) -> bytes:
        return signed_bytes(self.device_id, self.device_key, self.not_before, self.not_after)

    def valid_by(self, issuer_key: bytes) -> bool:
        """Is the signature the issuer's (raw Ed25519 public key)?"""
        try:
            Ed25519PublicKey.from_public_bytes(issuer_key).verify(
                self.signature, self.signed_bytes()
            )
        except (InvalidSignature, ValueError, TypeError):
            return False
        return True

    def covers(self, day: date) -> bool:
        return self.not_before <= day <= self.not_after

    def to_json(self) -> dict[str, str]:
        return {
            "device": self.device_id,
            "key": base64.b64encode(self.device_key).decode("ascii"),
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }

    @classmethod
    def from_json(cls, d: Any) -> Attestation:
        """Raises InvalidInput when ``d`` is no attestation."""
        bad = InvalidInput("De uitgiftebevoegdheid in de inschrijving is onleesbaar.")
        if not isinstance(d, dict):
            raise bad
        try:
            device = str(d["device"])
            key = base64.b64decode(str(d["key"]), validate=True)
            signature = base64.b64decode(str(d["signature"]), validate=True)
            start = date.fromisoformat(str(d["not_before"]))
            end = date.fromisoformat(str(d["not_after"]))
        except (KeyError, ValueError, binascii.Error) as exc:
            raise bad from exc
        if not _DEVICE_ID.fullmatch(device) or len(key) != 32 or len(signature) != 64:
            raise bad
        return cls(device, key, start, end, signature)


def signed_bytes(device_id: str, device_key: bytes, not_before: date, not_after: date) -> bytes:
    return cbor2.dumps(
        [
            ATTEST_CONTEXT,
            bytes.fromhex(device_id),
            device_key,
            not_before.isoformat(),
            not_after.isoformat(),
        ]
    )


def attest(
    issuer: DeviceIdentity,
    device_id: str,
    device_key: bytes,
    today: date,
    days: int = ATTEST_DAYS,
) -> Attestation:
    """The issuer's attestation for a device, valid from today for ``days`` days."""
    end = today + timedelta(days=days)
    signature = issuer.sign(signed_bytes(device_id, device_key, today, end))
    return Attestation(device_id, device_key, today, end, signature)
