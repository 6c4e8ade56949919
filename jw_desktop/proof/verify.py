"""The offline check of a signed credential: a certificate PDF (its credential.json
attachment), that JSON file, a bare VC-JWT or a scanned QR text ("JW1:..."), against what
the verifier trusts (trust.py). One outcome, in the words of docs/credentials.md:
geldig, veranderd, onbekende uitgever, ingetrokken, verlopen."""

from __future__ import annotations

import binascii
import dataclasses
import enum
import io
import json
import logging
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey

from jw_desktop.model.errors import InvalidInput
from jw_desktop.model.wording import date_text
from jw_desktop.sync.attest import Attestation

from . import compact
from .keys import KeyFormatError, from_b64url, from_did
from .sign import ALG, ATTESTATION_HEADER, JWT_TYP, quiet, registry
from .trust import Trust, fingerprint

MAX_INPUT = 32 << 20  # a certificate PDF is far smaller
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
JSON_NAME = "credential.json"


class Outcome(enum.StrEnum):
    VALID = "geldig"
    TAMPERED = "veranderd"
    UNKNOWN_ISSUER = "onbekende uitgever"
    REVOKED = "ingetrokken"
    EXPIRED = "verlopen"


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: str = ""  # one Dutch sentence: why not valid
    issuer: str = ""
    student: str = ""
    credential: str = ""
    issued_on: date | None = None
    credential_id: uuid.UUID | None = None
    signer: str = ""  # the signing device's id (32 hex)
    awarded_by: str = ""  # the branch or mbo school that issued it, when not the school

    @property
    def valid(self) -> bool:
        return self.outcome is Outcome.VALID

    def line(self) -> str:
        """The verdict in one Dutch line, as the CLI prints it: names the credential itself
        carries cannot break the line or steer the terminal (a stranger's self-signed
        credential named "...\\rGeldig: ..." would otherwise show as valid)."""
        return _printable(self._line())

    def _line(self) -> str:
        what = f"{self.credential} voor {self.student}" if self.student else ""
        when = f" op {date_text(self.issued_on)}" if self.issued_on else ""
        if self.valid and self.awarded_by:  # the branch or mbo school issued, the school signed
            return (
                f"Geldig: {what}, uitgereikt door {self.awarded_by}{when}, "
                f"ondertekend door {self.issuer}."
            )
        if self.valid:
            return f"Geldig: {what}, uitgegeven door {self.issuer}{when}."
        head = self.outcome.value.capitalize()
        about = f" ({what}{when})" if what else ""
        return f"{head}{about}: {self.reason}"


def _printable(text: str) -> str:
    """`text` without control, format or line-separator characters (U+FFFD in their place;
    a space for an odd space)."""
    return "".join(
        ch if ch.isprintable() else " " if unicodedata.category(ch) == "Zs" else "\ufffd"
        for ch in text
    )


class _Tampered(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


_CHANGED = "de kwalificatie is niet meer zoals de school haar ondertekende."


def jwt_parts(jwt: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and payload of a compact JWS, decoded without checking (_Tampered)."""
    if not _JWT.fullmatch(jwt):
        raise _Tampered("dit is geen ondertekende kwalificatie (VC-JWT).")
    head, body, _sig = jwt.split(".")
    try:
        header = json.loads(from_b64url(head))
        payload = json.loads(from_b64url(body))
    except (KeyFormatError, UnicodeDecodeError, ValueError) as exc:
        raise _Tampered(_CHANGED) from exc
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise _Tampered(_CHANGED)
    return header, payload


@dataclass(frozen=True)
class _Signed:
    """What a valid signature says, before the trust decides."""

    issuer_key: bytes
    attestation: Attestation | None
    signer: str
    credential_id: uuid.UUID
    signed_on: date
    fingerprint: str
    verdict: Verdict  # the facts, outcome VALID


def _pem_free_verify(key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _str(doc: Any, *path: str) -> str:
    for step in path:
        if not isinstance(doc, dict):
            raise _Tampered(_CHANGED)
        doc = doc.get(step)
    if not isinstance(doc, str):
        raise _Tampered(_CHANGED)
    return doc


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise _Tampered(_CHANGED) from exc


def _from_jwt(jwt: str) -> _Signed:
    header, payload = jwt_parts(jwt)
    if header.get("alg") != ALG:
        raise _Tampered(
            f"de kwalificatie is niet met Ed25519 ondertekend (alg {str(header.get('alg'))[:20]})."
        )
    if header.get("typ") != JWT_TYP:
        raise _Tampered("dit is geen ondertekende kwalificatie (typ).")
    try:
        signer_key = from_did(header.get("kid"))
        with quiet():
            public = OKPKey.import_key(Ed25519PublicKey.from_public_bytes(signer_key))
            jws.deserialize_compact(jwt, public, registry=registry())
    except (KeyFormatError, JoseError, ValueError) as exc:
        raise _Tampered(_CHANGED) from exc
    try:
        issuer_key = from_did(_str(payload, "issuer", "id"))
    except KeyFormatError as exc:
        raise _Tampered(_CHANGED) from exc
    attestation = None
    if header.get(ATTESTATION_HEADER) is not None:
        try:
            attestation = Attestation.from_json(header[ATTESTATION_HEADER])
        except InvalidInput as exc:
            raise _Tampered(_CHANGED) from exc
    signer = _chain(issuer_key, signer_key, attestation)
    subject = payload.get("credentialSubject")
    creator = subject.get("achievement", {}).get("creator") if isinstance(subject, dict) else None
    ident = _str(payload, "id")
    if not ident.startswith("urn:uuid:"):
        raise _Tampered(_CHANGED)
    try:
        credential_id = uuid.UUID(ident[len("urn:uuid:") :])
    except ValueError as exc:
        raise _Tampered(_CHANGED) from exc
    issued_on = _day(_str(payload, "validFrom"))
    signed_on = _day(str(payload.get("jw_signedOn") or issued_on.isoformat()))
    verdict = Verdict(
        Outcome.VALID,
        issuer=_str(payload, "issuer", "name"),
        student=_str(payload, "credentialSubject", "name"),
        credential=_str(payload, "credentialSubject", "achievement", "name"),
        issued_on=issued_on,
        credential_id=credential_id,
        signer=signer,
        awarded_by=str(creator.get("name", "")) if isinstance(creator, dict) else "",
    )
    return _Signed(
        issuer_key, attestation, signer, credential_id, signed_on, fingerprint(jwt), verdict
    )


def _chain(issuer_key: bytes, signer_key: bytes, attestation: Attestation | None) -> str:
    """The signing device's id, once the chain from the issuer's key to the signer's holds:
    the issuer signed itself, or its attestation names the signer's key."""
    if attestation is None:
        if signer_key != issuer_key:
            raise _Tampered("de kwalificatie is ondertekend door een apparaat zonder bevoegdheid.")
        return ""
    if attestation.device_key != signer_key or not attestation.valid_by(issuer_key):
        raise _Tampered("de bevoegdheid van het apparaat dat ondertekende klopt niet.")
    return attestation.device_id


def _from_qr(text: str) -> _Signed:
    try:
        found = compact.decode(text)
    except compact.CompactError as exc:
        raise _Tampered(_CHANGED) from exc
    att = found.attestation
    if att is None:
        signer_key = found.issuer_key
        attestation = None
    else:
        signer_key = att.device_key
        try:
            start, end = date.fromisoformat(att.not_before), date.fromisoformat(att.not_after)
        except ValueError as exc:
            raise _Tampered(_CHANGED) from exc
        attestation = Attestation(found.kid.hex(), att.device_key, start, end, att.signature)
    if not _pem_free_verify(signer_key, found.signature, found.signed):
        raise _Tampered(_CHANGED)
    signer = _chain(found.issuer_key, signer_key, attestation)
    verdict = Verdict(
        Outcome.VALID,
        issuer=found.issuer,
        student=found.student,
        credential=found.credential,
        issued_on=found.issued_on,
        credential_id=found.credential_id,
        signer=signer,
        awarded_by=found.awarded_by or "",
    )
    return _Signed(
        found.issuer_key,
        attestation,
        signer,
        found.credential_id,
        found.signed_on,
        fingerprint(text),
        verdict,
    )


def _judge(signed: _Signed, trust: Trust) -> Verdict:
    facts = signed.verdict
    trusted = trust.issuer(signed.issuer_key)
    if trusted is None:
        return _with(
            facts,
            Outcome.UNKNOWN_ISSUER,
            f"de uitgever {facts.issuer!r} staat niet in {trust.source or 'de vertrouwenslijst'}.",
        )
    facts = _with(facts, Outcome.VALID, "", issuer=trusted.name or facts.issuer)
    if signed.credential_id in trusted.revoked_credentials:
        return _with(facts, Outcome.REVOKED, "de school heeft deze kwalificatie ingetrokken.")
    if (
        signed.attestation is not None
        and signed.signer in trusted.revoked_devices
        and signed.fingerprint not in trusted.kept
    ):
        return _with(
            facts,
            Outcome.REVOKED,
            "het apparaat dat haar ondertekende is door de school ingetrokken.",
        )
    if signed.attestation is not None and not signed.attestation.covers(signed.signed_on):
        return _with(
            facts,
            Outcome.EXPIRED,
            "het apparaat dat haar ondertekende mocht dat op "
            f"{date_text(signed.signed_on)} niet (bevoegd van "
            f"{date_text(signed.attestation.not_before)} tot en met "
            f"{date_text(signed.attestation.not_after)}).",
        )
    return facts


def _with(verdict: Verdict, outcome: Outcome, reason: str, **more: Any) -> Verdict:
    return dataclasses.replace(verdict, outcome=outcome, reason=reason, **more)


def _from_json(data: bytes) -> _Signed:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Tampered("het bestand is geen leesbare kwalificatie (JSON).") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("jwt"), str):
        raise _Tampered("het bestand is geen ondertekende kwalificatie van jw-desktop.")
    signed = _from_jwt(doc["jwt"])
    _header, payload = jwt_parts(doc["jwt"])
    if doc.get("credential") != payload:
        raise _Tampered("de gegevens in het bestand kloppen niet met de handtekening.")
    return signed


def _from_pdf(data: bytes) -> _Signed:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs what it repairs in a broken PDF; the verdict line says it all
    logging.getLogger("pypdf").setLevel(logging.ERROR + 10)
    try:
        reader = PdfReader(io.BytesIO(data))
        found = reader.attachments.get(JSON_NAME)
        if not found:
            raise _Tampered(f"de PDF bevat geen ondertekende kwalificatie ({JSON_NAME}).")
        signed = _from_json(found[0])
        page = _letters(" ".join(p.extract_text() or "" for p in reader.pages[:MAX_PAGES]))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _Tampered("de PDF is beschadigd of geen certificaat van jw-desktop.") from exc
    shown = signed.verdict
    if page and not (_letters(shown.student) in page and _letters(shown.credential) in page):
        raise _Tampered(
            "de ondertekende kwalificatie in de PDF hoort niet bij het certificaat op de "
            f"pagina (ondertekend: {shown.credential} voor {shown.student})."
        )
    return signed


MAX_PAGES = 4  # a certificate is one page; the evidence may take a second


def _letters(text: str) -> str:
    """Only the letters and digits, without accents, in lower case: how a name printed on
    the page (wrapped, in a font that writes 'ĳ' as 'ij') is compared with the signed one."""
    plain = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def check(data: bytes, trust: Trust) -> Verdict:
    """Check a certificate PDF, its JSON, a VC-JWT or a QR text against `trust`."""
    if len(data) > MAX_INPUT:
        return Verdict(Outcome.TAMPERED, "het bestand is te groot voor een kwalificatie.")
    stripped = data.strip()
    try:
        if stripped.startswith(b"%PDF"):
            signed = _from_pdf(data)
        elif stripped.startswith(b"{"):
            signed = _from_json(stripped)
        else:
            try:
                text = stripped.decode("ascii")
            except UnicodeDecodeError as exc:
                raise _Tampered("dit is geen PDF, JSON of QR-code van een kwalificatie.") from exc
            if text.startswith(compact.PREFIX):
                signed = _from_qr(text)
            elif _JWT.fullmatch(text):
                signed = _from_jwt(text)
            else:
                raise _Tampered("dit is geen PDF, JSON of QR-code van een kwalificatie.")
    except _Tampered as why:
        return Verdict(Outcome.TAMPERED, why.reason)
    except (binascii.Error, RecursionError) as exc:
        return Verdict(Outcome.TAMPERED, f"{_CHANGED} ({type(exc).__name__})")
    return _judge(signed, trust)
