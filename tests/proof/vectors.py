"""Test vectors for every verifier of the compact QR text (this one, and the verify page's
JavaScript): fixed keys, fixed facts, one text per outcome, and the trust list they are
checked against. `python tests/proof/vectors.py` writes vectors.json beside it;
test_vectors.py checks that the file is what this code makes and that each text gets its
outcome."""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jw_desktop.model.proofs import IssuedFacts
from jw_desktop.proof import sign as signing
from jw_desktop.proof.trust import Trust, TrustedIssuer
from jw_desktop.sync.attest import attest
from jw_desktop.sync.identity import DeviceIdentity

HERE = Path(__file__).parent
DAY = date(2026, 11, 20)


def identity(seed: int, device: str, name: str) -> DeviceIdentity:
    sign = Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)
    box = X25519PrivateKey.from_private_bytes(bytes([seed + 1]) * 32)
    return DeviceIdentity(device, name, sign, box)


SCHOOL = identity(1, "c" * 32, "Centrale")
LAPTOP = identity(3, "d" * 32, "Laptop Anne")
REVOKED = identity(5, "e" * 32, "Laptop gestolen")
OTHER = identity(7, "f" * 32, "Andere school")
SCHOOL_KEY = SCHOOL.public().sign_key

FACTS = IssuedFacts(
    issued_id=uuid.UUID("0b7e4c1a-5d2f-4e8b-9c3a-1f2e3d4c5b6a"),
    student_name="Jerome Jansen",
    credential_key="pb-planten",
    credential_name="Praktijkbewijs planten",
    kind="praktijkbewijs",
    description="Planten verzorgen in de kas",
    evidence=("behaald op 20-11-2026: Je geeft de planten water",),
    issued_on=DAY,
    issuer_kind="school",
    issuer_name="Praktijkschool Test",
    reference="",
    school_name="Praktijkschool Test",
    active=True,
)
WITHDRAWN = uuid.UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")


def authority(who: DeviceIdentity, issuer: DeviceIdentity) -> signing.Authority:
    if who is issuer:
        return signing.Authority(who, who.public().sign_key, None)
    att = attest(issuer, who.device_id, who.public().sign_key, DAY)
    return signing.Authority(who, issuer.public().sign_key, att)


def trust() -> Trust:
    issuer = TrustedIssuer(
        "Praktijkschool Test",
        SCHOOL_KEY,
        frozenset({REVOKED.device_id}),
        frozenset({WITHDRAWN}),
    )
    return Trust((issuer,), DAY, "de testlijst")


def vectors() -> dict[str, Any]:
    def qr(facts: IssuedFacts, who: signing.Authority, on: date = DAY) -> str:
        return signing.sign(facts, who, on).qr_text

    by_school = authority(SCHOOL, SCHOOL)
    by_laptop = authority(LAPTOP, SCHOOL)
    valid = qr(FACTS, by_school)
    flip = len(valid) // 2
    cases = {
        "geldig-centrale": (valid, "geldig"),
        "geldig-laptop": (qr(FACTS, by_laptop), "geldig"),
        "geldig-branche": (
            qr(
                replace(
                    FACTS, kind="branchecertificaat", issuer_kind="branche", issuer_name="SVGB"
                ),
                by_school,
            ),
            "geldig",
        ),
        "geldig-later-ondertekend": (qr(FACTS, by_laptop, DAY + timedelta(days=30)), "geldig"),
        "veranderd-letter": (
            valid[:flip] + ("A" if valid[flip] != "A" else "B") + valid[flip + 1 :],
            "veranderd",
        ),
        "veranderd-laptop-zonder-bevoegdheid": (
            qr(FACTS, signing.Authority(LAPTOP, SCHOOL_KEY, None)),
            "veranderd",
        ),
        "onbekende-uitgever": (qr(FACTS, authority(OTHER, OTHER)), "onbekende uitgever"),
        "ingetrokken-apparaat": (qr(FACTS, authority(REVOKED, SCHOOL)), "ingetrokken"),
        "ingetrokken-kwalificatie": (
            qr(replace(FACTS, issued_id=WITHDRAWN), by_school),
            "ingetrokken",
        ),
        "verlopen": (qr(FACTS, by_laptop, DAY + timedelta(days=401)), "verlopen"),
    }
    return {
        "about": "Test vectors for the JW1 QR text (docs/credentials.md); made by "
        "tests/proof/vectors.py, checked by tests/proof/test_vectors.py.",
        "trust_list": trust().to_json(),
        "cases": {
            name: {"text": text, "outcome": outcome} for name, (text, outcome) in cases.items()
        },
    }


def text() -> str:
    return json.dumps(vectors(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    (HERE / "vectors.json").write_text(text(), encoding="utf-8")
    sys.exit(0)
