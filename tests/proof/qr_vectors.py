"""Test vectors for the compact signed credential of the QR code, written from the format
(docs/credentials.md; "JW1:" + base45(zlib(cbor(COSE_Sign1)))) with cbor2, zlib, base45 and
cryptography, independently of jw_desktop.proof's own encoder, so the verify page is checked
against the format and not against one implementation of it."""

from __future__ import annotations

import base64
import io
import json
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any

import base45
import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def seeded(seed: int) -> Ed25519PrivateKey:
    """A fixed key, so a failing vector is the same on every run."""
    return Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


@dataclass
class School:
    """A school's central (its key signs the enrolments) and one enrolled laptop."""

    name: str
    central: Ed25519PrivateKey
    central_id: bytes
    laptop: Ed25519PrivateKey
    laptop_id: bytes
    not_before: str = "2026-08-01"
    not_after: str = "2027-07-31"
    revoked_devices: list[str] = field(default_factory=list)
    revoked_credentials: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # sha-256 (hex) of a revoked laptop's texts

    @classmethod
    def make(cls, name: str, seed: int) -> School:
        return cls(name, seeded(seed), uuid.UUID(int=seed).bytes,
                   seeded(seed + 1), uuid.UUID(int=(seed + 1) << 64).bytes)

    @property
    def key(self) -> bytes:
        return raw(self.central)

    def trust_entry(self) -> dict[str, Any]:
        return {"name": self.name, "key": b64url(self.key),
                "revoked_devices": list(self.revoked_devices),
                "revoked_credentials": list(self.revoked_credentials),
                "kept": list(self.kept)}

    def attestation(self, *, signer: Ed25519PrivateKey | None = None,
                    not_before: str | None = None, not_after: str | None = None) -> list[Any]:
        """[device key, not_before, not_after, signature by the central (or `signer`)]."""
        nb, na = not_before or self.not_before, not_after or self.not_after
        device = raw(self.laptop)
        signed = cbor2.dumps(["jw-attest-1", self.laptop_id, device, nb, na])
        return [device, nb, na, (signer or self.central).sign(signed)]


def trust_list(*schools: School, made: str = "2026-12-01") -> dict[str, Any]:
    return {"type": "jw-vertrouwde-uitgevers", "made": made,
            "issuers": [s.trust_entry() for s in schools]}


CREDENTIAL_ID = uuid.UUID("5f0c6b3e-2a41-4c1e-9d3b-7a2e8c4f1b90")


def claims(school: School, **changes: Any) -> dict[int, Any]:
    """The claims of a praktijkbewijs for Jerome Bakker; keyword arguments replace or (None)
    drop one: credential_id, student, credential, kind, issued_on, issuer, issuer_key,
    attestation, awarded_by, jwt_hash, signed_on (claim 11: the day it was signed, when
    that is not the day of issue)."""
    values: dict[str, Any] = {
        "credential_id": CREDENTIAL_ID.bytes, "student": "Jerome Bakker",
        "credential": "Praktijkbewijs Planten verzorgen", "kind": "praktijkbewijs",
        "issued_on": "2026-11-20", "issuer": school.name, "issuer_key": school.key,
        "attestation": school.attestation(), "awarded_by": None, "jwt_hash": None,
        "signed_on": None,
    }
    values.update(changes)
    order = ["credential_id", "student", "credential", "kind", "issued_on", "issuer",
             "issuer_key", "attestation", "awarded_by", "jwt_hash", "signed_on"]
    return {n: values[k] for n, k in enumerate(order, start=1) if values[k] is not None}


def sign1(payload: bytes, kid: bytes, key: Ed25519PrivateKey) -> bytes:
    """cbor(tag 18 [protected, {}, payload, signature]) as RFC 9052 has it."""
    protected = cbor2.dumps({1: -8, 4: kid})
    signature = key.sign(cbor2.dumps(["Signature1", protected, b"", payload]))
    return cbor2.dumps(cbor2.CBORTag(18, [protected, {}, payload, signature]))


def qr_text(cose: bytes) -> str:
    return "JW1:" + base45.b45encode(zlib.compress(cose, 9)).decode("ascii")


def laptop_code(school: School, **changes: Any) -> str:
    """Signed offline by the school's laptop, its enrolment (attestation) in claim 8."""
    return qr_text(sign1(cbor2.dumps(claims(school, **changes)), school.laptop_id, school.laptop))


def central_code(school: School, **changes: Any) -> str:
    """Signed by the central itself: no attestation, kid = the central's id."""
    changes.setdefault("attestation", None)
    return qr_text(sign1(cbor2.dumps(claims(school, **changes)), school.central_id, school.central))


def decode(text: str) -> list[Any]:
    """The COSE_Sign1 array of a code (for tests that change one part of it)."""
    value = cbor2.loads(zlib.decompress(base45.b45decode(text.removeprefix("JW1:"))))
    assert isinstance(value, cbor2.CBORTag) and value.tag == 18
    return list(value.value)


def reencode(parts: list[Any]) -> str:
    return qr_text(cbor2.dumps(cbor2.CBORTag(18, parts)))


# ---- the full credential: the Open Badges 3.0 VC-JWT, its JSON file, the certificate PDF ----

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def did_key(public: bytes) -> str:
    """did:key of an Ed25519 key: multicodec 0xed01 + the key, base58btc ('z')."""
    data = b"\xed\x01" + public
    number, text = int.from_bytes(data, "big"), ""
    while number:
        number, rest = divmod(number, 58)
        text = _B58[rest] + text
    return "did:key:z" + "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def key_id(public: bytes) -> str:
    did = did_key(public)
    return f"{did}#{did.removeprefix('did:key:')}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def credential_doc(school: School, *, student: str = "Jerome Bakker",
                   issued_on: str = "2026-11-20", signed_on: str | None = None,
                   awarded_by: str | None = None) -> dict[str, Any]:
    """The Open Badges 3.0 credential (VC data model 2.0) of the praktijkbewijs."""
    achievement: dict[str, Any] = {
        "id": "urn:jw-desktop:kwalificatie:planten-verzorgen", "type": ["Achievement"],
        "name": "Praktijkbewijs Planten verzorgen", "description": "Planten verzorgen",
        "criteria": {"narrative": "- Ik geef planten water"}, "achievementType": "Certificate",
        "tag": ["praktijkbewijs"],
    }
    if awarded_by:
        achievement["creator"] = {"type": ["Profile"], "name": awarded_by}
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:{CREDENTIAL_ID}", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": did_key(school.key), "type": ["Profile"], "name": school.name},
        "validFrom": f"{issued_on}T00:00:00Z", "name": "Praktijkbewijs Planten verzorgen",
        "credentialSubject": {"type": ["AchievementSubject"], "name": student,
                              "achievement": achievement},
    }
    if signed_on:
        doc["jw_signedOn"] = signed_on
    return doc


def vc_jwt(school: School, doc: dict[str, Any], *, laptop: bool = True,
           attestation: list[Any] | None = None, signer: Ed25519PrivateKey | None = None) -> str:
    """The compact JWS (EdDSA) of `doc`: by the laptop with its attestation in the 'jw_att'
    header, or (laptop=False) by the central itself."""
    key = signer or (school.laptop if laptop else school.central)
    header: dict[str, Any] = {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc",
                              "kid": key_id(raw(key))}
    if laptop:
        device, nb, na, signature = attestation or school.attestation()
        header["jw_att"] = {"device": school.laptop_id.hex(), "key": b64(device),
                            "not_before": nb, "not_after": na, "signature": b64(signature)}
    payload = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode("utf-8")) + "."
                     + b64url(payload.encode("utf-8")))
    return signing_input + "." + b64url(key.sign(signing_input.encode("ascii")))


def credential_file(jwt: str, credential: dict[str, Any] | None = None) -> str:
    """The credential.json jw-desktop writes: the VC-JWT and a readable copy of its payload."""
    if credential is None:
        body = jwt.split(".")[1]
        credential = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return json.dumps({"jwt": jwt, "credential": credential}, ensure_ascii=False, indent=2)


def pdf_with(attachment: bytes | None, name: str = "credential.json", *,
             compress: bool = False) -> bytes:
    """A one-page PDF with `attachment` embedded (as the certificate carries its JSON), its
    stream FlateDecode-compressed with compress=True."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if attachment is not None:
        writer.add_attachment(name, attachment)
    if compress:
        for number, obj in enumerate(writer._objects):
            if isinstance(obj, StreamObject) and obj.get("/Type") == NameObject("/EmbeddedFile"):
                writer._objects[number] = obj.flate_encode()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
