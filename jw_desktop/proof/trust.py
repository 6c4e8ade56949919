"""What a verifier trusts: the school's key (or several schools'), with the laptops the
school revoked and the credentials it withdrew. On a school machine it comes from the
store (for_store); anyone else reads a trust list file the school wrote (load), in the
format of docs/credentials.md, "De vertrouwenslijst"."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jw_desktop.model import InvalidInput, JWError, NotFound, SchoolStore
from jw_desktop.model.access import check as check_access
from jw_desktop.model.proofs import ProofRecord
from jw_desktop.sync import session

from .keys import KeyFormatError, b64url, from_b64url
from .sign import authority

TRUST_TYPE = "jw-vertrouwde-uitgevers"
MAX_TRUST_FILE = 4 << 20
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def fingerprint(text: str) -> str:
    """sha-256 of a signed text (a VC-JWT or a QR text), hex: how a trust list names the
    credentials of a revoked laptop that the school holds and keeps (docs/credentials.md)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TrustedIssuer:
    name: str
    key: bytes  # raw Ed25519 public key of the school's central
    revoked_devices: frozenset[str] = frozenset()  # device ids, 32 hex
    revoked_credentials: frozenset[uuid.UUID] = frozenset()
    kept: frozenset[str] = frozenset()  # fingerprints of a revoked laptop's held credentials


@dataclass(frozen=True)
class Trust:
    issuers: tuple[TrustedIssuer, ...] = ()
    made: date | None = None
    source: str = ""  # for messages: "deze school" or the file's name
    _by_key: dict[bytes, TrustedIssuer] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update({i.key: i for i in self.issuers})

    def issuer(self, key: bytes) -> TrustedIssuer | None:
        return self._by_key.get(key)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": TRUST_TYPE,
            "made": (self.made or date.today()).isoformat(),
            "issuers": [
                {
                    "name": i.name,
                    "key": b64url(i.key),
                    "revoked_devices": sorted(i.revoked_devices),
                    "revoked_credentials": sorted(str(c) for c in i.revoked_credentials),
                    "kept": sorted(i.kept),
                }
                for i in self.issuers
            ],
        }


def for_store(store: SchoolStore) -> Trust:
    """The trust of a school machine: its school's key (the central's; a store that is not
    enrolled is its own), the laptops this store knows to be revoked (the central knows
    them all, a laptop none), the credentials withdrawn here, and the proofs of revoked
    laptops that this store holds (they came in before the revocation: they stand)."""
    central = session.enrolled_central(store)
    key = central.sign_key if central else session.identity(store).public().sign_key
    revoked = sorted(d.device_id for d in session.enrolled_devices(store) if d.revoked)
    school = store.school_name() or ""
    kept = frozenset(
        fingerprint(text)
        for record in store.proofs_signed_by(revoked)
        if _held(store, record, TrustedIssuer(school, key))
        for text in (record.jwt, record.qr_text)
    )
    issuer = TrustedIssuer(
        school,
        key,
        frozenset(revoked),
        frozenset(store.withdrawn_credentials()),
        kept,
    )
    return Trust((issuer,), store.today(), "deze school")


def write(store: SchoolStore, path: Path) -> Trust:
    """Write the school's trust list (an admin action, on the central or a store that is
    not enrolled: only there is it known which laptops are revoked)."""
    check_access(store.user, "accounts")
    mine = session.enrolled_central(store)
    if mine is not None:
        raise InvalidInput(
            f"Dit apparaat is ingeschreven bij de centrale {mine.name!r}. Maak de "
            "vertrouwenslijst op de centrale: alleen daar is bekend welke apparaten zijn "
            "ingetrokken."
        )
    authority(store)  # the school's key must be usable here
    trust = for_store(store)
    data = json.dumps(trust.to_json(), ensure_ascii=False, indent=2) + "\n"
    temp = path.with_name(f".{path.name[:200]}.{os.getpid()}.tmp")
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "map")
        temp.write_text(data, encoding="utf-8")
        os.replace(temp, path)  # a failure leaves no half list and an earlier one intact
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        why = _WHY.get(exc.errno or 0, f"het systeem meldt {exc.strerror or exc}")
        raise InvalidInput(
            f"Kan de vertrouwenslijst {path} niet schrijven: {why}. Er is niets geschreven."
        ) from exc
    return trust


_WHY = {
    errno.EACCES: "geen toestemming om daar te schrijven",
    errno.EPERM: "geen toestemming om daar te schrijven",
    errno.ENOENT: "die map bestaat niet",
    errno.ENOTDIR: "die map bestaat niet",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EISDIR: "dat is een map; noem een bestand, bijvoorbeeld vertrouwd.json",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def parse(doc: Any, source: str = "de vertrouwenslijst") -> Trust:
    """A trust list from its JSON (InvalidInput naming what is wrong)."""

    def bad(what: str) -> InvalidInput:
        return InvalidInput(f"{source} is geen geldige vertrouwenslijst ({what}).")

    if not isinstance(doc, dict) or doc.get("type") != TRUST_TYPE:
        raise bad("type")
    made = None
    if doc.get("made") is not None:
        try:
            made = date.fromisoformat(str(doc["made"]))
        except ValueError as exc:
            raise bad("made") from exc
    raw = doc.get("issuers")
    if not isinstance(raw, list) or not raw:
        raise bad("issuers")
    issuers = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise bad("name")
        try:
            key = from_b64url(item.get("key"), 32)
        except KeyFormatError as exc:
            raise bad("key") from exc
        devices = item.get("revoked_devices", [])
        credentials = item.get("revoked_credentials", [])
        kept = item.get("kept", [])
        if not all(isinstance(d, str) and _HEX32.fullmatch(d) for d in devices):
            raise bad("revoked_devices")
        if not all(isinstance(k, str) and _HEX64.fullmatch(k) for k in kept):
            raise bad("kept")
        try:
            withdrawn = frozenset(uuid.UUID(str(c)) for c in credentials)
        except ValueError as exc:
            raise bad("revoked_credentials") from exc
        issuers.append(
            TrustedIssuer(item["name"], key, frozenset(devices), withdrawn, frozenset(kept))
        )
    return Trust(tuple(issuers), made, source)


def load(path: Path) -> Trust:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_TRUST_FILE + 1)
    except FileNotFoundError as exc:
        raise NotFound(f"De vertrouwenslijst {path} bestaat niet.") from exc
    except OSError as exc:
        raise InvalidInput(f"De vertrouwenslijst {path} is niet te lezen.") from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"{path.name} is geen leesbare vertrouwenslijst.") from exc
    return parse(doc, path.name)


def _held(store: SchoolStore, record: ProofRecord, school: TrustedIssuer) -> bool:
    """A revoked laptop's stored proof stands only when both its forms are signed in the
    school's chain and say what the school holds: the issued credential they name, with
    that student and credential, stored with this very proof. A proof that arrived from
    a stolen laptop for a credential the school does not hold is never vouched for."""
    from . import verify  # verify reads trust lists: imported here, not at the top

    judged = Trust((school,), store.today())
    forms = [verify.check(text.encode(), judged) for text in (record.jwt, record.qr_text)]
    ids = {v.credential_id for v in forms}
    if not all(v.valid for v in forms) or len(ids) != 1 or None in ids:
        return False
    (issued_id,) = ids
    assert issued_id is not None
    try:
        stored = store.credential_proof(issued_id)
        facts = store.issued_facts(issued_id)
    except JWError:
        return False
    said = forms[0]
    return (
        stored is not None
        and (stored.jwt, stored.qr_text) == (record.jwt, record.qr_text)
        and (said.student, said.credential) == (facts.student_name, facts.credential_name)
    )
