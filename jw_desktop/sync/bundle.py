"""The bundle file: what travels between devices on a USB stick or through a shared folder.

A bundle is signed by its sender and, unless it is a catalogue bundle for everyone, readable
only by its receiver (ARCHITECTURE.md, sync invariant 8). Opening one reads nothing into any
database: it checks everything it can and hands the caller the changes, one chunk at a time.

File format, version 2
======================

All integers are unsigned big-endian. ``||`` is concatenation.

Outer file::

    MAGIC          8 bytes   b"JWBUNDLE"
    version        1 byte    2 (FORMAT_VERSION)
    header_length  4 bytes   length of the header JSON in bytes (1 .. 65536)
    header         header_length bytes of UTF-8 JSON (an object, see below)
    payload        header["payload_length"] bytes
    signature      64 bytes  Ed25519

The file is exactly ``13 + header_length + payload_length + 64`` bytes long. A shorter file is
incomplete (still being copied: try again later); a longer one is damaged.

Header (writers emit sorted keys without spaces; readers ignore keys they do not know):

- ``bundle_id``: 32 lowercase hex digits (a random UUID4);
- ``kind``: ``"sync"`` or ``"catalogue"``;
- ``sender``: device id (32 hex) of the device that signed the bundle;
- ``receiver``: device id of the only device that can read it, or ``null`` for a catalogue
  bundle that is signed but not encrypted (readable by anyone, e.g. the school's card
  catalogue). A ``sync`` bundle always has a receiver;
- ``created``: ISO 8601 UTC time, ``"2024-05-01T12:00:00Z"``;
- ``payload_length``: the number of payload bytes;
- ``encryption``: ``null`` exactly when ``receiver`` is null, otherwise
  ``{"scheme": "x25519-hkdf-sha256-aes-256-gcm", "ephemeral_key": <base64 of the 32-byte raw
  X25519 public key>, "nonce": <base64 of 12 bytes>}``.

Signature: Ed25519 by the sender's ``sign_key`` over the message
``b"jw-bundle v1 signature\\x00" || SHA-512(MAGIC .. last payload byte)``, i.e. over a
context string and the SHA-512 digest of every byte before the signature. (Signing the digest
rather than the bytes themselves lets both sides stream files of any size in bounded memory.)

Payload:

- not encrypted (``encryption`` null): the plain payload itself;
- encrypted: ``ciphertext || tag`` (16-byte GCM tag), so ``payload_length`` is the plain
  length + 16. AES-256-GCM with the 12-byte ``nonce``; associated data: the whole header
  block, bytes 0 .. 13 + header_length (MAGIC, version, header_length and header JSON). The
  key is ``HKDF-SHA256(ikm=X25519(ephemeral private, receiver box_key), salt=the 16 bytes of
  bundle_id (hex-decoded), info=b"jw-bundle v1", length=32)``. The ephemeral key pair is made
  for this one bundle and its private half is thrown away; the receiver computes the same
  secret from its own box key and ``ephemeral_key``.

Plain payload: a ZIP archive (entries stored or deflated, no ZIP encryption) holding exactly

- ``manifest.json``: a JSON object: whatever the caller supplied plus ``"format_version": 2``
  and ``"chunks": N``;
- ``chunks/000001.json`` .. ``chunks/<N, at least 6 digits>.json``: one UTF-8 JSON object per
  chunk (ASCII in practice: writers escape everything else), with exactly the keys
  ``t`` (a list of table names), ``p`` (a list of partition labels), ``o`` (a list of device
  ids: origins and base origins) and ``c`` (the changes, a list). Each change is a list of
  exactly 9 items ``[t index, p index, k, c, v, ver, o index, bv, bo index or null]``: the
  indexes are integers into the chunk's own lists (so a table, a partition or an origin is
  written once per chunk, not once per change), the others are the values of the keys of
  the same name in jw_desktop.model.replica.change_to_json. A whole record (``c`` is
  ``"*"``, ``v`` an object) travels without its ``id`` and ``partition`` columns when they are
  the change's ``k`` and its partition: a reader puts them back from ``k`` and the ``p`` entry
  (a record that does carry them keeps its own, and the reader's checks judge them).
  A reader refuses a chunk of any other shape (another key, a change that is not a list of
  9, an index that is not an integer inside its list) as damaged; every value is then
  checked as jw_desktop.sync.intake says (names, ids, versions, values against the schema);
- ``blobs/<sha256 hex>``: the bytes of a large value. A value ``{"b64": <base64>}`` of a
  binary column (replica.BINARY_COLUMNS: a card's pictures), as the field of a change or a
  column of a whole record, whose decoded size is over 4096 bytes is written once as
  ``blobs/<lowercase hex SHA-256 of the bytes>`` and replaced in the chunk by
  ``{"blob": "<that hex>"}``. A reader puts ``{"b64": ...}`` back (only there: anywhere else
  a ``{"blob": ...}`` is just an invalid value) and checks the SHA-256.

Version 1 (one JSON object per line, every key on every line, blobs at any depth) is
refused with the same error as a newer format: both sides must run the same version.

Limits a reader enforces (a larger bundle is refused as unsafe, whoever signed it): at most
100,000 entries; no entry over 512 MiB and at most 2 GiB in all, as declared and as actually
read; no entry over 1 MiB that is compressed more than 200:1; entry names only the ones
above (never "..", an absolute path, a backslash or a drive letter). A bundle whose version
byte or manifest ``format_version`` is not the reader's is refused with "werk jw-desktop
bij": formats are never guessed.

Writing: a writer builds the file under a temporary name in the destination folder (starting
with "." and ending in ".tmp"), fsyncs it and renames it into place only when complete, so a
reader watching the folder never sees a half-written bundle under a real name. Readers skip
dot-files.

Memory: the plain ZIP is kept in memory while under SPOOL_LIMIT bytes and otherwise in a
temporary file in the user's temp folder (deleted on close); files are hashed and encrypted in
blocks, and chunks are read one at a time.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import struct
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from jw_desktop.model.errors import JWError
from jw_desktop.model.replica import BINARY_COLUMNS, CHANGE_KEYS

from .identity import DeviceIdentity, PublicIdentity, fsync_dir, verify

MAGIC = b"JWBUNDLE"
FORMAT_VERSION = 2
KINDS = ("sync", "catalogue")
SCHEME = "x25519-hkdf-sha256-aes-256-gcm"
HKDF_INFO = b"jw-bundle v1"
SIGNATURE_CONTEXT = b"jw-bundle v1 signature\x00"

PREFIX_SIZE = len(MAGIC) + 1 + 4
SIGNATURE_SIZE = 64
TAG_SIZE = 16
NONCE_SIZE = 12
MAX_HEADER = 64 * 1024

MiB = 1024 * 1024
BLOB_THRESHOLD = 4096
MAX_ENTRIES = 100_000
MAX_ENTRY_SIZE = 512 * MiB
MAX_TOTAL_SIZE = 2048 * MiB
MAX_RATIO = 200
RATIO_MIN_SIZE = 1 * MiB
MAX_MANIFEST = 16 * MiB
SPOOL_LIMIT = 256 * MiB
BLOCK = 1 * MiB
CHUNK_LEVEL = 1
"""zlib level of a chunk entry: 1 deflates 20,000 observations in 0.19 s to 0.95 MB, 6 in
0.31 s to 0.79 MB (scratch measurement, issue 13): the time counts on every sync, the
bytes hardly on a stick."""

_HEX32 = re.compile(r"[0-9a-f]{32}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ENTRY = re.compile(r"manifest\.json|chunks/[0-9]{6,}\.json|blobs/[0-9a-f]{64}")
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    KeyError,
    OverflowError,
)


# -- errors ------------------------------------------------------------------------------


class BundleError(JWError):
    """Not a bundle, or a damaged one."""

    exit_code = 20


class BundleIncomplete(BundleError):
    """Shorter than it says: probably still being copied. Try again later."""

    exit_code = 21


class BundleTooNew(BundleError):
    exit_code = 22


class UnknownSender(BundleError):
    exit_code = 23


class RevokedSender(BundleError):
    exit_code = 24


class BundleTampered(BundleError):
    """The signature or the encryption does not check out."""

    exit_code = 25


class WrongReceiver(BundleError):
    exit_code = 26


class BundleUnsafe(BundleError):
    """Dangerous content: paths outside the bundle, or a decompression bomb."""

    exit_code = 27


def _damaged(path: Path, detail: str) -> BundleError:
    return BundleError(f"De bundel {path.name} is beschadigd: {detail}.")


def _incomplete(path: Path) -> BundleIncomplete:
    return BundleIncomplete(
        f"De bundel {path.name} is nog niet compleet (wordt hij nog gekopieerd?). "
        "Probeer het later opnieuw."
    )


def _too_new(path: Path, version: object) -> BundleTooNew:
    return BundleTooNew(
        f"De bundel {path.name} is gemaakt met een nieuwere versie van jw-desktop "
        f"(bundelformaat {version}, deze versie kent {FORMAT_VERSION}). Werk jw-desktop bij "
        "en probeer het opnieuw."
    )


def _too_old(path: Path, version: object) -> BundleTooNew:
    return BundleTooNew(
        f"De bundel {path.name} is gemaakt met een oudere versie van jw-desktop "
        f"(bundelformaat {version}, deze versie kent {FORMAT_VERSION}). Werk beide apparaten "
        "bij tot dezelfde versie en probeer het opnieuw."
    )


def _tampered(path: Path, detail: str) -> BundleTampered:
    return BundleTampered(
        f"De bundel {path.name} is onderweg veranderd of beschadigd ({detail}). "
        "Hij wordt niet gelezen; vraag de afzender om een nieuwe bundel."
    )


def _unsafe(path: Path, detail: str) -> BundleUnsafe:
    return BundleUnsafe(
        f"De bundel {path.name} bevat iets onveiligs ({detail}). Hij wordt niet gelezen."
    )


# -- header --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The header of a bundle. From ``peek_header`` it is not yet verified: use it to decide
    whether to open a file, never to trust it."""

    format_version: int
    bundle_id: str
    kind: str
    sender: str
    receiver: str | None
    created: str
    payload_length: int
    ephemeral_key: bytes | None = None
    nonce: bytes | None = None

    @property
    def encrypted(self) -> bool:
        return self.ephemeral_key is not None

    def to_json(self) -> dict[str, Any]:
        encryption = None
        if self.ephemeral_key is not None and self.nonce is not None:
            encryption = {
                "scheme": SCHEME,
                "ephemeral_key": base64.b64encode(self.ephemeral_key).decode("ascii"),
                "nonce": base64.b64encode(self.nonce).decode("ascii"),
            }
        return {
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "sender": self.sender,
            "receiver": self.receiver,
            "created": self.created,
            "payload_length": self.payload_length,
            "encryption": encryption,
        }


def _loads(data: bytes) -> Any:
    """JSON from bytes; ValueError for anything that is not valid JSON."""
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError as exc:
        raise ValueError("too deeply nested") from exc


def _parse_header(path: Path, raw: bytes, version: int) -> Header:
    try:
        d = _loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise _damaged(path, "de kop is onleesbaar") from exc
    if not isinstance(d, dict):
        raise _damaged(path, "de kop is onleesbaar")

    def hex32(key: str, optional: bool = False) -> str | None:
        value = d.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _HEX32.fullmatch(value):
            raise _damaged(path, f"het veld '{key}' in de kop is ongeldig")
        return value

    bundle_id, sender = hex32("bundle_id"), hex32("sender")
    receiver = hex32("receiver", optional=True)
    kind, created, length = d.get("kind"), d.get("created"), d.get("payload_length")
    if kind not in KINDS:
        raise _damaged(path, f"onbekende soort bundel {kind!r}")
    if not isinstance(created, str):
        raise _damaged(path, "de aanmaaktijd ontbreekt")
    if not isinstance(length, int) or isinstance(length, bool) or length < 0:
        raise _damaged(path, "de lengte ontbreekt")
    encryption = d.get("encryption")
    eph: bytes | None = None
    nonce: bytes | None = None
    if receiver is None:
        if encryption is not None or kind != "catalogue":
            raise _damaged(path, "ontvanger en versleuteling passen niet bij elkaar")
    else:
        if not isinstance(encryption, dict) or encryption.get("scheme") != SCHEME:
            raise _damaged(path, "onbekende versleuteling")
        try:
            eph = base64.b64decode(str(encryption.get("ephemeral_key")), validate=True)
            nonce = base64.b64decode(str(encryption.get("nonce")), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _damaged(path, "de versleutelgegevens zijn onleesbaar") from exc
        if len(eph) != 32 or len(nonce) != NONCE_SIZE or length < TAG_SIZE:
            raise _damaged(path, "de versleutelgegevens zijn ongeldig")
    assert bundle_id is not None and sender is not None
    return Header(version, bundle_id, kind, sender, receiver, created, length, eph, nonce)


def _read_prefix(f: BinaryIO, path: Path) -> tuple[Header, bytes]:
    """The header and the header block's bytes (MAGIC .. end of header JSON); checks that
    the file has exactly the stated length."""
    size = os.fstat(f.fileno()).st_size
    head = f.read(PREFIX_SIZE)
    if len(head) < PREFIX_SIZE:
        if MAGIC.startswith(head[: len(MAGIC)]):
            raise _incomplete(path)
        raise BundleError(f"{path.name} is geen jw-desktop-bundel.")
    if head[: len(MAGIC)] != MAGIC:
        raise BundleError(f"{path.name} is geen jw-desktop-bundel.")
    version = head[len(MAGIC)]
    if version > FORMAT_VERSION:
        raise _too_new(path, version)
    if version < 1:
        raise _damaged(path, "onbekend formaat 0")
    if version < FORMAT_VERSION:
        raise _too_old(path, version)
    header_length = int.from_bytes(head[len(MAGIC) + 1 :], "big")
    if not 0 < header_length <= MAX_HEADER:
        raise _damaged(path, "de kop heeft een onmogelijke lengte")
    raw = f.read(header_length)
    if len(raw) < header_length:
        raise _incomplete(path)
    header = _parse_header(path, raw, version)
    expected = PREFIX_SIZE + header_length + header.payload_length + SIGNATURE_SIZE
    if size < expected:
        raise _incomplete(path)
    if size > expected:
        raise _damaged(path, "het bestand is langer dan aangegeven")
    return header, head + raw


def peek_header(path: Path) -> Header:
    """The (unverified) header of a bundle file, cheaply: reads only the header.

    Raises BundleIncomplete when the file is shorter than it says (a half-copied file: skip
    it and try later), BundleTooNew, or BundleError."""
    try:
        with path.open("rb") as f:
            return _read_prefix(f, path)[0]
    except OSError as exc:
        raise BundleError(f"De bundel {path.name} kan niet worden gelezen: {exc}.") from exc


# -- writing ---------------------------------------------------------------------------------


def _derive_key(shared: bytes, bundle_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(bundle_id), info=HKDF_INFO
    ).derive(shared)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def seal_payload(
    path: Path,
    *,
    kind: str,
    payload: IO[bytes],
    sender: DeviceIdentity,
    receiver: PublicIdentity | None,
) -> str:
    """The outer layer alone: write ``payload`` (a seekable binary file holding the plain
    ZIP) as a bundle at ``path``, signed by ``sender`` and encrypted to ``receiver`` (when
    given). Returns the bundle id. ``write_bundle`` builds the ZIP and calls this; tests and
    tools may call it with a ZIP of their own."""
    if kind not in KINDS:
        raise ValueError(f"unknown bundle kind {kind!r}")
    if receiver is None and kind != "catalogue":
        raise ValueError("only a catalogue bundle may go without a receiver")
    payload.seek(0, os.SEEK_END)
    plain_length = payload.tell()
    payload.seek(0)
    bundle_id = uuid.uuid4().hex
    key: bytes | None = None
    eph_public: bytes | None = None
    nonce: bytes | None = None
    payload_length = plain_length
    if receiver is not None:
        ephemeral = X25519PrivateKey.generate()
        eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(receiver.box_key))
        key = _derive_key(shared, bundle_id)
        nonce = os.urandom(NONCE_SIZE)
        payload_length += TAG_SIZE
    header = Header(
        FORMAT_VERSION,
        bundle_id,
        kind,
        sender.device_id,
        None if receiver is None else receiver.device_id,
        _now(),
        payload_length,
        eph_public,
        nonce,
    )
    raw = json.dumps(header.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
    prefix = MAGIC + bytes([FORMAT_VERSION]) + len(raw).to_bytes(4, "big") + raw

    tmp = path.parent / f".{path.name}.{bundle_id}.tmp"
    try:
        with open(tmp, "xb") as out:
            digest = hashlib.sha512()

            def put(data: bytes) -> None:
                digest.update(data)
                out.write(data)

            put(prefix)
            if key is not None and nonce is not None:
                encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
                encryptor.authenticate_additional_data(prefix)
                while block := payload.read(BLOCK):
                    put(encryptor.update(block))
                put(encryptor.finalize())
                put(encryptor.tag)
            else:
                while block := payload.read(BLOCK):
                    put(block)
            out.write(sender.sign(SIGNATURE_CONTEXT + digest.digest()))
            if out.tell() != len(prefix) + payload_length + SIGNATURE_SIZE:
                raise RuntimeError("payload changed while it was being written")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
    return bundle_id


def _blob_of(value: Any, blobs: dict[str, bytes]) -> Any:
    """A large {"b64": ...} as {"blob": sha256}, its bytes kept in ``blobs``; any other
    value as it is."""
    if type(value) is not dict or len(value) != 1:
        return value
    b64 = value.get("b64")
    if type(b64) is not str or len(b64) <= BLOB_THRESHOLD * 4 // 3:
        return value
    data = base64.b64decode(b64, validate=True)
    if len(data) <= BLOB_THRESHOLD:
        return value
    sha = hashlib.sha256(data).hexdigest()
    blobs[sha] = data
    return {"blob": sha}


def _index_key(value: Any) -> Any:
    """What a table, partition or origin is looked up by in a chunk's lists: itself when a
    text (always, from an honest sender), else its JSON, so that any value travels."""
    return value if type(value) is str else ("json", json.dumps(value, sort_keys=True))


class _Lists:
    """One of a chunk's lists (tables, partitions, origins): each value once."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def index(self, value: Any) -> int:
        key = _index_key(value)
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.values)
            self.values.append(value)
        return found


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _without_own_keys(record: dict[str, Any], pk: Any, part: Any) -> dict[str, Any]:
    """A record without its id and partition where they are its change's key and partition
    (the reader puts them back); one that says otherwise keeps its own."""
    same_id = "id" in record and _same(record["id"], pk)
    same_part = "partition" in record and _same(record["partition"], part)
    if not (same_id or same_part):
        return record
    copy = dict(record)  # copied in C, then two keys out: a comprehension took 3x as long
    if same_id:
        del copy["id"]
    if same_part:
        del copy["partition"]
    return copy


def _encode_chunk(chunk: list[dict[str, Any]], blobs: dict[str, bytes]) -> bytes:
    """One chunk as its entry (module docstring); the large binary values go to ``blobs``."""
    tables, parts, origins = _Lists(), _Lists(), _Lists()
    rows: list[list[Any]] = []
    binary = BINARY_COLUMNS
    for change in chunk:
        if type(change) is not dict or change.keys() != CHANGE_KEYS:
            raise ValueError(f"a change has exactly the keys {sorted(CHANGE_KEYS)}")
        tbl, pk, col, value, part = change["t"], change["k"], change["c"], change["v"], change["p"]
        if col == "*" and type(value) is dict:
            value = _without_own_keys(value, pk, part)
        pictures = binary.get(tbl) if type(tbl) is str else None
        if pictures:
            if col == "*" and type(value) is dict:
                value = {c: _blob_of(v, blobs) if c in pictures else v for c, v in value.items()}
            elif col in pictures:
                value = _blob_of(value, blobs)
        bo = change["bo"]
        rows.append(
            [
                tables.index(tbl),
                parts.index(part),
                pk,
                col,
                value,
                change["ver"],
                origins.index(change["o"]),
                change["bv"],
                None if bo is None else origins.index(bo),
            ]
        )
    doc = {"t": tables.values, "p": parts.values, "o": origins.values, "c": rows}
    return json.dumps(doc, separators=(",", ":"), allow_nan=False).encode("ascii")


def _entry_is_bomb(size: int, compressed: int) -> bool:
    return size > RATIO_MIN_SIZE and size > MAX_RATIO * max(compressed, 1)


def _write_blob(zf: zipfile.ZipFile, sha: str, data: bytes) -> None:
    if len(data) > MAX_ENTRY_SIZE:
        raise ValueError(f"a value of {len(data)} bytes is too big for a bundle")
    info = zipfile.ZipInfo(f"blobs/{sha}")
    packed = len(zlib.compress(data, 6))
    # Pictures rarely compress; a value that compresses too well would look like a bomb.
    if packed < len(data) * 0.9 and not _entry_is_bomb(len(data), packed):
        info.compress_type = zipfile.ZIP_DEFLATED
    else:
        info.compress_type = zipfile.ZIP_STORED
    zf.writestr(info, data)


def _write_zip(
    out: IO[bytes], manifest: dict[str, Any], chunks: Iterable[list[dict[str, Any]]]
) -> None:
    if "format_version" in manifest or "chunks" in manifest:
        raise ValueError("the manifest keys 'format_version' and 'chunks' are the bundle's own")
    written: set[str] = set()
    count = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for chunk in chunks:
            count += 1
            blobs: dict[str, bytes] = {}
            data = _encode_chunk(chunk, blobs)
            if len(data) > MAX_ENTRY_SIZE:
                raise ValueError("a chunk is too big for a bundle; send smaller chunks")
            for sha, blob in blobs.items():
                if sha not in written:
                    _write_blob(zf, sha, blob)
                    written.add(sha)
            del blobs
            name = f"chunks/{count:06d}.json"
            zf.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED, CHUNK_LEVEL)
            del data
            info = zf.getinfo(name)
            if _entry_is_bomb(info.file_size, info.compress_size):
                raise ValueError("a chunk compresses too well to pass a reader's bomb check")
        full = {**manifest, "format_version": FORMAT_VERSION, "chunks": count}
        zf.writestr("manifest.json", json.dumps(full, sort_keys=True, allow_nan=False))
        if len(zf.infolist()) > MAX_ENTRIES:
            raise ValueError("too many chunks and blobs for one bundle; split it")


def write_bundle(
    path: Path,
    *,
    kind: str,
    manifest: dict[str, Any],
    chunks: Iterable[list[dict[str, Any]]],
    sender: DeviceIdentity,
    receiver: PublicIdentity | None,
) -> str:
    """Write a bundle to ``path`` (replacing a file of that name once complete) and return
    its id. ``chunks`` is consumed lazily, one chunk at a time; each change is a JSON-able dict.
    ``receiver`` None makes a signed, unencrypted catalogue bundle."""
    if kind not in KINDS:
        raise ValueError(f"unknown bundle kind {kind!r}")
    if receiver is None and kind != "catalogue":
        raise ValueError("only a catalogue bundle may go without a receiver")
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT) as plain:
        _write_zip(plain, manifest, chunks)
        return seal_payload(path, kind=kind, payload=plain, sender=sender, receiver=receiver)


# -- reading ---------------------------------------------------------------------------------


_CHUNK_KEYS = frozenset({"t", "p", "o", "c"})
_MISSING = object()


def _item(values: list[Any], index: Any) -> Any:
    """values[index] for an index as a chunk gives it (an int inside the list), else _MISSING."""
    if type(index) is not int or not 0 <= index < len(values):
        return _MISSING
    return values[index]


def _unsafe_name(name: str) -> bool:
    return (
        not name
        or "\\" in name
        or ":" in name
        or "\x00" in name
        or name.startswith("/")
        or any(part in ("..", ".") for part in name.split("/"))
    )


class OpenedBundle:
    """A verified, decrypted bundle. Read the changes with ``chunks()``; ``close()`` (or use
    it as a context manager) to drop the decrypted copy."""

    def __init__(
        self,
        path: Path,
        header: Header,
        plain: tempfile.SpooledTemporaryFile[bytes],
    ) -> None:
        self.path = path
        self.header = header
        self._plain = plain
        try:
            self._zip = zipfile.ZipFile(plain)
        except _ZIP_ERRORS as exc:
            raise _damaged(path, "de inhoud is geen geldig zip-archief") from exc
        try:
            self._check_entries()
            self.manifest = self._read_manifest()
        except BaseException:
            self._zip.close()
            raise
        self.chunk_count: int = self.manifest["chunks"]

    def _check_entries(self) -> None:
        path = self.path
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _unsafe(path, f"{len(infos)} onderdelen")
        seen: set[str] = set()
        total = 0
        for info in infos:
            for name in (info.orig_filename, info.filename):
                if _unsafe_name(name):
                    raise _unsafe(path, f"een onderdeel met de naam {name!r}")
            if info.filename in seen:
                raise _unsafe(path, f"het onderdeel {info.filename!r} staat er twee keer in")
            seen.add(info.filename)
            if info.file_size > MAX_ENTRY_SIZE:
                raise _unsafe(path, f"{info.filename} is uitgepakt te groot")
            total += info.file_size
            if total > MAX_TOTAL_SIZE:
                raise _unsafe(path, "de inhoud is uitgepakt te groot")
            if _entry_is_bomb(info.file_size, info.compress_size):
                raise _unsafe(path, f"{info.filename} is verdacht sterk ingepakt")
            if info.flag_bits & 0x1 or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise _damaged(path, f"{info.filename} is op een onbekende manier ingepakt")
            if not _ENTRY.fullmatch(info.filename):
                raise _damaged(path, f"onverwacht onderdeel {info.filename!r}")
        self._names = seen

    def _blocks(self, name: str, limit: int) -> Iterator[bytes]:
        """An entry's bytes in bounded blocks; never more than ``limit`` in all, whatever the
        archive declares."""
        if name not in self._names:
            raise _damaged(self.path, f"het onderdeel {name} ontbreekt")
        total = 0
        try:
            with self._zip.open(name) as src:
                while True:
                    block = src.read(BLOCK)
                    if not block:
                        return
                    total += len(block)
                    if total > limit:
                        raise _unsafe(self.path, f"{name} is uitgepakt te groot")
                    yield block
        except _ZIP_ERRORS as exc:
            raise _damaged(self.path, f"{name} is onleesbaar") from exc

    def _read(self, name: str, limit: int) -> bytes:
        return b"".join(self._blocks(name, limit))

    def _read_manifest(self) -> dict[str, Any]:
        if "manifest.json" not in self._names:
            raise _damaged(self.path, "manifest.json ontbreekt")
        try:
            manifest = _loads(self._read("manifest.json", MAX_MANIFEST))
        except (UnicodeDecodeError, ValueError) as exc:
            raise _damaged(self.path, "manifest.json is onleesbaar") from exc
        if not isinstance(manifest, dict):
            raise _damaged(self.path, "manifest.json is onleesbaar")
        version, chunks = manifest.get("format_version"), manifest.get("chunks")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _damaged(self.path, "manifest.json heeft geen geldig formaat")
        if version > FORMAT_VERSION:
            raise _too_new(self.path, version)
        if version < FORMAT_VERSION:
            raise _too_old(self.path, version)
        if not isinstance(chunks, int) or isinstance(chunks, bool) or chunks < 0:
            raise _damaged(self.path, "manifest.json noemt geen aantal delen")
        for n in range(1, chunks + 1):
            if f"chunks/{n:06d}.json" not in self._names:
                raise _damaged(self.path, f"deel {n} ontbreekt")
        return manifest

    def _restore_blob(self, value: Any) -> Any:
        """A {"blob": sha256} of a binary column back as {"b64": ...}, checked."""
        if type(value) is not dict or len(value) != 1 or "blob" not in value:
            return value
        sha = value["blob"]
        if type(sha) is not str or not _SHA256.fullmatch(sha):
            raise _damaged(self.path, "een verwijzing naar een bijlage is ongeldig")
        data = self._read(f"blobs/{sha}", MAX_ENTRY_SIZE)
        if hashlib.sha256(data).hexdigest() != sha:
            raise _damaged(self.path, f"de bijlage {sha[:12]} klopt niet")
        return {"b64": base64.b64encode(data).decode("ascii")}

    def chunk(self, number: int) -> list[dict[str, Any]]:
        """The changes of chunk ``number`` (1 .. chunk_count), each as
        replica.change_to_json makes it (the module docstring says how they travel)."""
        if not 1 <= number <= self.chunk_count:
            raise IndexError(number)
        name = f"chunks/{number:06d}.json"
        try:
            doc = _loads(self._read(name, MAX_ENTRY_SIZE))
        except (UnicodeDecodeError, ValueError) as exc:
            raise _damaged(self.path, f"{name} is onleesbaar") from exc
        if type(doc) is not dict or doc.keys() != _CHUNK_KEYS:
            raise _damaged(self.path, f"{name} is geen deel van een bundel")
        tables, parts, origins, rows = doc["t"], doc["p"], doc["o"], doc["c"]
        if not (type(tables) is type(parts) is type(origins) is type(rows) is list):
            raise _damaged(self.path, f"{name} is geen deel van een bundel")
        binary = BINARY_COLUMNS
        changes: list[dict[str, Any]] = []
        for row in rows:
            if type(row) is not list or len(row) != 9:
                raise _damaged(self.path, f"een wijziging in {name} is onleesbaar")
            ti, pi, pk, col, value, version, oi, bv, boi = row
            tbl, part = _item(tables, ti), _item(parts, pi)
            origin = _item(origins, oi)
            base_origin = None if boi is None else _item(origins, boi)
            if tbl is _MISSING or part is _MISSING or origin is _MISSING or base_origin is _MISSING:
                raise _damaged(self.path, f"een wijziging in {name} verwijst buiten het deel")
            whole = col == "*" and type(value) is dict
            if whole:
                value.setdefault("id", pk)
                value.setdefault("partition", part)
            pictures = binary.get(tbl) if type(tbl) is str else None
            if pictures:
                if whole:
                    for c in pictures & value.keys():
                        value[c] = self._restore_blob(value[c])
                elif col in pictures:
                    value = self._restore_blob(value)
            changes.append(
                {
                    "t": tbl,
                    "k": pk,
                    "c": col,
                    "v": value,
                    "ver": version,
                    "o": origin,
                    "bv": bv,
                    "bo": base_origin,
                    "p": part,
                }
            )
        return changes

    def chunks(self) -> Iterator[list[dict[str, Any]]]:
        """The changes, one chunk (a list of change dicts) at a time, in order."""
        for number in range(1, self.chunk_count + 1):
            yield self.chunk(number)

    def close(self) -> None:
        self._zip.close()
        self._plain.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _copy_verified(
    f: BinaryIO,
    path: Path,
    header: Header,
    prefix: bytes,
    public: PublicIdentity,
    plain: IO[bytes] | None,
) -> None:
    """Check the signature over the whole file; copy the payload to ``plain`` on the way
    (for an unencrypted bundle, so that what is read later is what was verified)."""
    digest = hashlib.sha512(prefix)
    remaining = header.payload_length
    while remaining:
        block = f.read(min(BLOCK, remaining))
        if not block:
            raise _incomplete(path)
        digest.update(block)
        if plain is not None:
            plain.write(block)
        remaining -= len(block)
    signature = f.read(SIGNATURE_SIZE + 1)
    if len(signature) != SIGNATURE_SIZE:
        raise _incomplete(path) if len(signature) < SIGNATURE_SIZE else _damaged(path, "te lang")
    if not verify(public, signature, SIGNATURE_CONTEXT + digest.digest()):
        raise _tampered(path, "de handtekening klopt niet")


def _decrypt(
    f: BinaryIO, path: Path, header: Header, prefix: bytes, me: DeviceIdentity, plain: IO[bytes]
) -> None:
    assert header.ephemeral_key is not None and header.nonce is not None
    try:
        key = _derive_key(me.exchange(header.ephemeral_key), header.bundle_id)
    except ValueError as exc:
        raise _tampered(path, "de sleutel is ongeldig") from exc
    decryptor = Cipher(algorithms.AES(key), modes.GCM(header.nonce)).decryptor()
    decryptor.authenticate_additional_data(prefix)
    f.seek(len(prefix))
    remaining = header.payload_length - TAG_SIZE
    while remaining:
        block = f.read(min(BLOCK, remaining))
        if not block:
            raise _incomplete(path)
        plain.write(decryptor.update(block))
        remaining -= len(block)
    tag = f.read(TAG_SIZE)
    try:
        plain.write(decryptor.finalize_with_tag(tag))
    except (InvalidTag, ValueError) as exc:
        raise _tampered(path, "ontsleutelen lukt niet") from exc


def open_bundle(
    path: Path,
    *,
    me: DeviceIdentity | None,
    lookup_sender: Callable[[str], PublicIdentity | None],
    is_revoked: Callable[[str], bool] = lambda _: False,
) -> OpenedBundle:
    """Verify and decrypt the bundle at ``path``; nothing is written anywhere but a private
    temporary file. ``me`` may be None to read catalogue bundles only.

    Raises (all BundleError): BundleIncomplete (shorter than stated: try later), BundleTooNew,
    RevokedSender, UnknownSender, BundleTampered (signature or decryption fails), WrongReceiver,
    BundleUnsafe (dangerous paths, a decompression bomb), BundleError (anything else).
    """
    with contextlib.ExitStack() as stack:
        try:
            f = stack.enter_context(path.open("rb"))
        except OSError as exc:
            raise BundleError(f"De bundel {path.name} kan niet worden gelezen: {exc}.") from exc
        plain = stack.enter_context(tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT))
        try:
            header, prefix = _read_prefix(f, path)
            if is_revoked(header.sender):
                raise RevokedSender(
                    f"De bundel {path.name} komt van een apparaat dat is ingetrokken "
                    f"({header.sender}). Hij wordt niet gelezen."
                )
            public = lookup_sender(header.sender)
            if public is None or public.device_id != header.sender:
                raise UnknownSender(
                    f"De bundel {path.name} komt van een onbekend apparaat ({header.sender}). "
                    "Koppel dat apparaat eerst, of vraag de beheerder om hulp."
                )
            _copy_verified(f, path, header, prefix, public, None if header.encrypted else plain)
            if header.receiver is not None:
                if me is None or me.device_id != header.receiver:
                    raise WrongReceiver(
                        f"De bundel {path.name} is bedoeld voor een ander apparaat "
                        f"({header.receiver}), niet voor dit apparaat."
                    )
                _decrypt(f, path, header, prefix, me, plain)
        except OSError as exc:
            raise BundleError(f"De bundel {path.name} kan niet worden gelezen: {exc}.") from exc
        plain.seek(0)
        opened = OpenedBundle(path, header, plain)
        stack.pop_all()
        f.close()
        return opened
    raise AssertionError("unreachable")
