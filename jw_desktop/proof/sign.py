"""Signing an issued credential: who may sign on this store (its authority), the Open
Badges 3.0 credential as a VC-JWT (joserfc, EdDSA), and the compact QR text."""

from __future__ import annotations

import contextlib
import hashlib
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from joserfc import jws
from joserfc.errors import SecurityWarning
from joserfc.jwk import OKPKey
from joserfc.registry import HeaderParameter

from jw_desktop.model import SchoolStore
from jw_desktop.model.errors import JWError
from jw_desktop.model.proofs import IssuedFacts, ProofRecord
from jw_desktop.model.wording import date_text
from jw_desktop.sync import session
from jw_desktop.sync.attest import Attestation
from jw_desktop.sync.identity import DeviceIdentity, IdentityError

from . import compact
from .keys import did_key, key_id

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
ALG = "EdDSA"
JWT_TYP = "vc+jwt"
ATTESTATION_HEADER = "jw_att"
"""The custom JOSE header parameter that carries a laptop's attestation (docs/credentials.md)."""

ACHIEVEMENT_TYPES = {
    "praktijkbewijs": "Certificate",
    "branchecertificaat": "Certification",
    "praktijkverklaring": "Certificate",
    "mbo-diploma": "Diploma",
}
MAX_NARRATIVE = 4000  # letters: the JWT stays within a synced text's 20,000
MAX_DESCRIPTION = 1000


class SigningError(JWError):
    """This store cannot sign a credential now (and the message says what to do)."""

    exit_code = 33


def _check_attestation(value: Any) -> None:
    if not isinstance(value, dict):
        raise ValueError("jw_att")


def registry() -> jws.JWSRegistry:
    """EdDSA only, with the attestation header allowed (nothing else is accepted)."""
    found = jws.JWSRegistry(
        header_registry={
            ATTESTATION_HEADER: HeaderParameter(
                "jw-desktop issuing attestation", _check_attestation
            )
        },
        algorithms=[ALG],
    )
    found.max_header_length = 2048
    return found


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """joserfc warns that "EdDSA" is deprecated by RFC 9864 in favour of "Ed25519": the
    same signature under a newer name that few verifiers know yet (docs/credentials.md)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)
        yield


@dataclass(frozen=True)
class Authority:
    """Who signs on this store: its device key, and the school's key it signs for (its
    own when the store is not enrolled with a central; then there is no attestation)."""

    identity: DeviceIdentity
    issuer_key: bytes
    attestation: Attestation | None

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    @property
    def key(self) -> bytes:
        return self.identity.public().sign_key


def authority(store: SchoolStore) -> Authority:
    """This store's signing authority today, or SigningError saying why it has none."""
    try:
        me = session.identity(store)
    except IdentityError as exc:
        raise SigningError(
            f"Deze computer kan geen kwalificaties ondertekenen: {exc.message}"
        ) from exc
    central = session.enrolled_central(store)
    if central is None:
        return Authority(me, me.public().sign_key, None)
    attestation = session.attestation(store)
    if attestation is None or attestation.device_key != me.public().sign_key:
        raise SigningError(
            "Dit apparaat mag nog geen kwalificaties ondertekenen: het heeft nog geen "
            "bevoegdheid van de centrale. Synchroniseer met de centrale (die geeft haar mee), "
            "of laat de beheerder het apparaat opnieuw inschrijven."
        )
    today = store.today()
    if not attestation.covers(today):
        when = (
            f"is verlopen op {date_text(attestation.not_after)}"
            if today > attestation.not_after
            else f"gaat pas in op {date_text(attestation.not_before)}"
        )
        raise SigningError(
            f"De bevoegdheid van dit apparaat om kwalificaties te ondertekenen {when}. "
            "Synchroniseer met de centrale (dat verlengt haar), of laat de beheerder het "
            "apparaat opnieuw inschrijven."
        )
    return Authority(me, central.sign_key, attestation)


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _narrative(facts: IssuedFacts) -> str:
    lines = [f"- {e}" for e in facts.evidence if e.strip()]
    return _cut("\n".join(lines) or facts.description or facts.credential_name, MAX_NARRATIVE)


def credential(facts: IssuedFacts, who: Authority, signed_on: date) -> dict[str, Any]:
    """The Open Badges 3.0 credential (VC data model 2.0) of an issued credential."""
    achievement: dict[str, Any] = {
        "id": f"urn:jw-desktop:kwalificatie:{facts.credential_key}",
        "type": ["Achievement"],
        "name": facts.credential_name,
        "description": _cut(facts.description or facts.credential_name, MAX_DESCRIPTION),
        "criteria": {"narrative": _narrative(facts)},
        "achievementType": ACHIEVEMENT_TYPES.get(facts.kind, "Achievement"),
        "tag": [facts.kind],
    }
    if facts.issuer_kind != "school" and facts.issuer_name:
        # the branch or the mbo school issued it; the school records and signs that
        achievement["creator"] = {"type": ["Profile"], "name": facts.issuer_name}
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{facts.issued_id}",
        "type": TYPE,
        "issuer": {"id": did_key(who.issuer_key), "type": ["Profile"], "name": facts.school_name},
        "validFrom": datetime.combine(facts.issued_on, time()).isoformat() + "Z",
        "name": facts.credential_name,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": facts.student_name,
            "achievement": achievement,
        },
    }
    if signed_on != facts.issued_on:
        doc["jw_signedOn"] = signed_on.isoformat()
    return doc


def vc_jwt(doc: dict[str, Any], who: Authority) -> str:
    header: dict[str, Any] = {"alg": ALG, "typ": JWT_TYP, "cty": "vc", "kid": key_id(who.key)}
    if who.attestation is not None:
        header[ATTESTATION_HEADER] = who.attestation.to_json()
    payload = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = OKPKey.import_key(who.identity.signing_key())
    with quiet():
        return jws.serialize_compact(header, payload.encode("utf-8"), key, registry=registry())


def qr_text(facts: IssuedFacts, who: Authority, jwt: str, signed_on: date) -> str:
    claims: dict[int, Any] = {
        compact.ID: facts.issued_id.bytes,
        compact.STUDENT: facts.student_name,
        compact.CREDENTIAL: facts.credential_name,
        compact.KIND: facts.kind,
        compact.ISSUED_ON: facts.issued_on.isoformat(),
        compact.ISSUER: facts.school_name,
        compact.ISSUER_KEY: who.issuer_key,
        compact.JWT_HASH: hashlib.sha256(jwt.encode("ascii")).digest(),
    }
    att = who.attestation
    if att is not None:
        claims[compact.ATTESTATION] = [
            att.device_key,
            att.not_before.isoformat(),
            att.not_after.isoformat(),
            att.signature,
        ]
    if facts.issuer_kind != "school" and facts.issuer_name:
        claims[compact.AWARDED_BY] = facts.issuer_name
    if signed_on != facts.issued_on:
        claims[compact.SIGNED_ON] = signed_on.isoformat()
    return compact.encode(claims, bytes.fromhex(who.device_id), who.identity.sign)


def sign(facts: IssuedFacts, who: Authority, signed_on: date) -> ProofRecord:
    """The proof of an issued credential, signed by `who` on `signed_on`."""
    jwt = vc_jwt(credential(facts, who, signed_on), who)
    return ProofRecord(who.device_id, jwt, qr_text(facts, who, jwt, signed_on))
