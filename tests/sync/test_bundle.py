"""The bundle file: round trips, the temp-then-rename rule, and every bad input refused with
its own error (never an unhandled exception, never anything written outside)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import struct
import threading
import tracemalloc
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jw_desktop.model.errors import JWError
from jw_desktop.model.replica import Change, Clock, change_to_json
from jw_desktop.sync import bundle as bundle_module
from jw_desktop.sync.bundle import (
    FORMAT_VERSION,
    MAGIC,
    BundleError,
    BundleIncomplete,
    BundleTampered,
    BundleTooNew,
    BundleUnsafe,
    RevokedSender,
    UnknownSender,
    WrongReceiver,
    open_bundle,
    peek_header,
    seal_payload,
    write_bundle,
)
from jw_desktop.sync.identity import DeviceIdentity, PublicIdentity

MiB = 1024 * 1024


def ident(name: str) -> DeviceIdentity:
    return DeviceIdentity.generate(uuid.uuid4().hex, name)


ALICE = ident("Alice")  # sends
BOB = ident("Bob")  # receives
CAROL = ident("Carol")  # a third device
KNOWN = {d.device_id: d.public() for d in (ALICE, BOB, CAROL)}


def lookup(device_id: str) -> PublicIdentity | None:
    return KNOWN.get(device_id)


def change(i: int, value: Any = None) -> dict[str, Any]:
    c = Change(
        "card",
        uuid.UUID(int=i).hex,
        "title",
        f"Kaart {i}" if value is None else value,
        Clock(f"{1_700_000_000_000 + i:015d}-0000", ALICE.device_id),
        "school",
    )
    return change_to_json(c)


def picture_change(i: int, col: str, value: Any) -> dict[str, Any]:
    """A change of the table with a binary column (replica.BINARY_COLUMNS)."""
    c = Change(
        "picture",
        uuid.UUID(int=i).hex,
        col,
        value,
        Clock(f"{1_700_000_000_000 + i:015d}-0000", ALICE.device_id),
        "catalogue",
    )
    return change_to_json(c)


def sample_chunks() -> list[list[dict[str, Any]]]:
    return [[change(i) for i in range(n * 10, n * 10 + 10)] for n in range(3)]


def write(
    path: Path,
    chunks: list[list[dict[str, Any]]] | None = None,
    receiver: DeviceIdentity | None = BOB,
    kind: str | None = None,
) -> str:
    return write_bundle(
        path,
        kind=kind or ("sync" if receiver else "catalogue"),
        manifest={"vector": {ALICE.device_id: "v1"}, "note": "test"},
        chunks=sample_chunks() if chunks is None else chunks,
        sender=ALICE,
        receiver=receiver.public() if receiver else None,
    )


def read_all(path: Path, me: DeviceIdentity | None = BOB, **kw: Any) -> list[list[dict[str, Any]]]:
    with open_bundle(path, me=me, lookup_sender=kw.pop("lookup_sender", lookup), **kw) as b:
        return list(b.chunks())


def split(data: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header, header block, payload, signature), parsed as the module docstring says."""
    assert data[:8] == MAGIC and data[8] == FORMAT_VERSION
    (length,) = struct.unpack(">I", data[9:13])
    header = json.loads(data[13 : 13 + length])
    block = data[: 13 + length]
    payload = data[13 + length : -64]
    assert len(payload) == header["payload_length"]
    return header, block, payload, data[-64:]


def seal(path: Path, payload: bytes, receiver: DeviceIdentity | None = None) -> None:
    seal_payload(
        path,
        kind="catalogue",
        payload=io.BytesIO(payload),
        sender=ALICE,
        receiver=receiver.public() if receiver else None,
    )


def zip_of(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data)
    return buf.getvalue()


def chunk_entry(changes: list[dict[str, Any]], blobs: dict[str, bytes] | None = None) -> bytes:
    return bundle_module._encode_chunk(changes, {} if blobs is None else blobs)


def good_entries(**extra: bytes) -> dict[str, bytes]:
    return {
        "manifest.json": json.dumps({"format_version": FORMAT_VERSION, "chunks": 1}).encode(),
        "chunks/000001.json": chunk_entry(sample_chunks()[0]),
        **extra,
    }


def entry_of(doc: Any) -> dict[str, bytes]:
    """good_entries with its chunk replaced by ``doc`` (as JSON)."""
    return good_entries(**{"chunks/000001.json": json.dumps(doc).encode()})


def good_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(chunk_entry(sample_chunks()[0]))
    return doc


# -- round trips ---------------------------------------------------------------------------


def test_encrypted_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "to-bob.jwb"
    chunks = sample_chunks()
    bundle_id = write(path, chunks)
    assert len(bundle_id) == 32
    with open_bundle(path, me=BOB, lookup_sender=lookup) as b:
        assert b.header.bundle_id == bundle_id
        assert b.header.kind == "sync" and b.header.encrypted
        assert b.header.sender == ALICE.device_id and b.header.receiver == BOB.device_id
        assert b.header.created.endswith("Z")
        assert b.manifest == {
            "vector": {ALICE.device_id: "v1"},
            "note": "test",
            "format_version": FORMAT_VERSION,
            "chunks": 3,
        }
        assert b.chunk_count == 3
        assert list(b.chunks()) == chunks
        assert list(b.chunks()) == chunks  # may be read again
    # the plain text is not in the file
    assert b"Kaart 1" not in path.read_bytes()
    assert peek_header(path).bundle_id == bundle_id


def test_catalogue_round_trip_is_signed_but_readable_by_anyone(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.jwb"
    chunks = sample_chunks()
    write(path, chunks, receiver=None)
    with open_bundle(path, me=None, lookup_sender=lookup) as b:
        assert b.header.kind == "catalogue"
        assert b.header.receiver is None and not b.header.encrypted
        assert list(b.chunks()) == chunks
    assert read_all(path, me=CAROL) == chunks


def test_empty_bundle_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "empty.jwb"
    write(path, [])
    with open_bundle(path, me=BOB, lookup_sender=lookup) as b:
        assert b.chunk_count == 0 and list(b.chunks()) == []


def test_format_is_as_documented(tmp_path: Path) -> None:
    """Re-implement the reading side from the module docstring, with cryptography only."""
    path = tmp_path / "doc.jwb"
    bundle_id = write(path, sample_chunks())
    header, block, payload, signature = split(path.read_bytes())
    assert set(header) == {
        "bundle_id",
        "kind",
        "sender",
        "receiver",
        "created",
        "payload_length",
        "encryption",
    }
    assert header["bundle_id"] == bundle_id
    enc = header["encryption"]
    assert enc["scheme"] == "x25519-hkdf-sha256-aes-256-gcm"
    digest = hashlib.sha512(block + payload).digest()
    Ed25519PublicKey.from_public_bytes(ALICE.public().sign_key).verify(
        signature, b"jw-bundle v1 signature\x00" + digest
    )
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    shared = BOB.exchange(base64.b64decode(enc["ephemeral_key"]))
    key = HKDF(hashes.SHA256(), 32, bytes.fromhex(bundle_id), b"jw-bundle v1").derive(shared)
    plain = AESGCM(key).decrypt(base64.b64decode(enc["nonce"]), payload, block)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert sorted(zf.namelist()) == [
            "chunks/000001.json",
            "chunks/000002.json",
            "chunks/000003.json",
            "manifest.json",
        ]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in zf.infolist())
        doc = json.loads(zf.read("chunks/000002.json"))
        assert set(doc) == {"t", "p", "o", "c"}
        assert doc["t"] == ["card"] and doc["p"] == ["school"]  # once per chunk
        assert doc["o"] == [ALICE.device_id]
        changes = [
            {
                "t": doc["t"][ti],
                "k": k,
                "c": c,
                "v": v,
                "ver": ver,
                "o": doc["o"][oi],
                "bv": bv,
                "bo": None if boi is None else doc["o"][boi],
                "p": doc["p"][pi],
            }
            for ti, pi, k, c, v, ver, oi, bv, boi in doc["c"]
        ]
        assert changes == sample_chunks()[1]
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["chunks"] == 3 and manifest["format_version"] == 2


def test_large_values_travel_as_blobs(tmp_path: Path) -> None:
    picture = os.urandom(300_000)
    zeros = bytes(50_000)  # compresses well: deflated inside the zip
    small = os.urandom(4096)  # at the limit: stays in the chunk
    record = picture_change(7, "*", None)
    record["v"] = {
        "id": record["k"],
        "partition": "catalogue",
        "sha256": hashlib.sha256(picture).hexdigest(),
        "data": {"b64": base64.b64encode(picture).decode()},
    }
    small_record = picture_change(10, "*", None)
    small_record["v"] = {"id": small_record["k"], "data": {"b64": base64.b64encode(small).decode()}}
    chunks = [
        [record, picture_change(8, "data", {"b64": base64.b64encode(zeros).decode()})],
        # the same picture again; and a large b64 in a column that is not binary stays
        [picture_change(9, "data", {"b64": base64.b64encode(picture).decode()}), small_record],
        [change(11, {"b64": base64.b64encode(zeros).decode()})],
    ]
    path = tmp_path / "pictures.jwb"
    write(path, chunks, receiver=None)

    _header, _block, payload, _sig = split(path.read_bytes())
    sha = hashlib.sha256(picture).hexdigest()
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        names = zf.namelist()
        assert names.count(f"blobs/{sha}") == 1
        assert f"blobs/{hashlib.sha256(zeros).hexdigest()}" in names
        assert f"blobs/{hashlib.sha256(small).hexdigest()}" not in names
        assert zf.read(f"blobs/{sha}") == picture
        assert zf.getinfo(f"blobs/{sha}").compress_type == zipfile.ZIP_STORED
        row = json.loads(zf.read("chunks/000001.json"))["c"][0]
        assert row[4]["data"] == {"blob": sha}
        assert "id" not in row[4] and "partition" not in row[4]  # they are k and p
        rows = json.loads(zf.read("chunks/000002.json"))["c"]
        assert rows[0][4] == {"blob": sha}
        assert rows[1][4]["data"] == {"b64": base64.b64encode(small).decode()}
        assert "blob" not in zf.read("chunks/000003.json").decode()  # card.title: no blobs

    back = read_all(path)
    small_record["v"]["partition"] = "catalogue"  # a record's partition is its change's
    assert back == chunks
    assert base64.b64decode(back[0][0]["v"]["data"]["b64"]) == picture


def test_large_bundle_spools_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "SPOOL_LIMIT", 2048)
    monkeypatch.setattr(bundle_module, "BLOCK", 1000)
    picture = os.urandom(20_000)
    chunks = [
        [picture_change(i, "data", {"b64": base64.b64encode(picture).decode()})] for i in range(3)
    ]
    chunks.append([change(i) for i in range(500)])
    for receiver in (BOB, None):
        path = tmp_path / f"big-{receiver is None}.jwb"
        write(path, chunks, receiver=receiver)
        assert read_all(path) == chunks


# -- writing: temporary name, then rename ----------------------------------------------------


def test_bundle_appears_under_its_name_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.jwb"
    seen: list[str] = []

    def chunks() -> Iterator[list[dict[str, Any]]]:
        for chunk in sample_chunks():
            assert not path.exists()
            assert all(p.name.startswith(".") for p in tmp_path.iterdir())
            yield chunk

    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        src, dst = Path(src), Path(dst)
        assert src.parent == dst.parent == tmp_path
        assert src.name.startswith(".") and src.name.endswith(".tmp")
        assert not dst.exists()
        peek_header(src)  # complete before the rename
        assert read_all(src) == sample_chunks()
        seen.append(src.name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write(path, list(chunks()))
    assert len(seen) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["out.jwb"]


def test_failed_write_leaves_no_bundle(tmp_path: Path) -> None:
    path = tmp_path / "out.jwb"

    def chunks() -> Iterator[list[dict[str, Any]]]:
        yield sample_chunks()[0]
        raise OSError("stick pulled out")

    with pytest.raises(OSError):
        write_bundle(
            path,
            kind="sync",
            manifest={},
            chunks=chunks(),
            sender=ALICE,
            receiver=BOB.public(),
        )
    assert not path.exists()
    assert all(p.name.startswith(".") for p in tmp_path.iterdir())


def test_failure_while_sealing_leaves_only_dot_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.jwb"

    def broken_fsync(fd: int) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write(path)
    assert not path.exists()
    assert all(p.name.startswith(".") and p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_several_writers_in_one_folder(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def job(n: int) -> None:
        try:
            write(tmp_path / f"b{n}.jwb", [[change(i) for i in range(n * 100, n * 100 + 300)]])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=job, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"b{n}.jwb" for n in range(6)]
    for n in range(6):
        assert len(read_all(tmp_path / f"b{n}.jwb")[0]) == 300


def test_writer_refuses_sync_bundle_without_receiver(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write(tmp_path / "x.jwb", kind="sync", receiver=None)
    with pytest.raises(ValueError):
        write(tmp_path / "x.jwb", kind="other")
    assert list(tmp_path.iterdir()) == []


# -- bad input: each its own error -------------------------------------------------------------


@pytest.fixture
def good(tmp_path: Path) -> bytes:
    path = tmp_path / "good.jwb"
    write(path)
    return path.read_bytes()


def expect(
    tmp_path: Path, data: bytes, error: type[JWError], me: DeviceIdentity | None = BOB
) -> JWError:
    path = tmp_path / "bad.jwb"
    path.write_bytes(data)
    with pytest.raises(JWError) as info:
        read_all(path, me=me)
    assert type(info.value) is error, info.value
    assert info.value.message
    return info.value


def flip(data: bytes, position: int, bit: int = 0) -> bytes:
    return data[:position] + bytes([data[position] ^ (1 << bit)]) + data[position + 1 :]


def test_exit_codes() -> None:
    codes = {
        BundleError: 20,
        BundleIncomplete: 21,
        BundleTooNew: 22,
        UnknownSender: 23,
        RevokedSender: 24,
        BundleTampered: 25,
        WrongReceiver: 26,
        BundleUnsafe: 27,
    }
    for cls, code in codes.items():
        assert cls.exit_code == code and issubclass(cls, JWError)


@pytest.mark.parametrize("cut", [0, 3, 8, 11, 13, 40, -200, -64, -1])
def test_truncated_bundle_is_incomplete(tmp_path: Path, good: bytes, cut: int) -> None:
    data = good[:cut]
    expect(tmp_path, data, BundleIncomplete)
    with pytest.raises(BundleIncomplete):
        peek_header(tmp_path / "bad.jwb")


def test_not_a_bundle(tmp_path: Path, good: bytes) -> None:
    expect(tmp_path, b"PK\x03\x04" + bytes(100), BundleError)
    expect(tmp_path, flip(good, 2), BundleError)
    expect(tmp_path, b"hallo", BundleError)


def test_extra_bytes_at_the_end(tmp_path: Path, good: bytes) -> None:
    expect(tmp_path, good + b"\0", BundleError)


def test_flipped_bit_in_header_value(tmp_path: Path, good: bytes) -> None:
    # a digit of the creation time: still valid JSON, so only the signature can tell
    at = good.index(b'"created":"') + len(b'"created":"') + 3
    message = expect(tmp_path, flip(good, at), BundleTampered).message
    assert "handtekening" in message


def test_flipped_bit_in_header_structure(tmp_path: Path, good: bytes) -> None:
    expect(tmp_path, flip(good, 13), BundleError)  # the opening brace


@pytest.mark.parametrize("where", ["payload-start", "payload-middle", "tag", "signature"])
def test_flipped_bit_in_payload_or_signature(tmp_path: Path, good: bytes, where: str) -> None:
    _h, block, payload, _s = split(good)
    position = {
        "payload-start": len(block),
        "payload-middle": len(block) + len(payload) // 2,
        "tag": len(block) + len(payload) - 3,
        "signature": len(good) - 10,
    }[where]
    expect(tmp_path, flip(good, position, 5), BundleTampered)


def test_newer_format_version_byte(tmp_path: Path, good: bytes) -> None:
    data = good[:8] + bytes([FORMAT_VERSION + 1]) + good[9:]
    assert "Werk jw-desktop bij" in expect(tmp_path, data, BundleTooNew).message
    with pytest.raises(BundleTooNew):
        peek_header(tmp_path / "bad.jwb")


def test_newer_format_in_manifest(tmp_path: Path) -> None:
    entries = good_entries()
    entries["manifest.json"] = json.dumps({"format_version": 3, "chunks": 1}).encode()
    seal(tmp_path / "bad.jwb", zip_of(entries))
    with pytest.raises(BundleTooNew):
        read_all(tmp_path / "bad.jwb")


def test_format_1_is_refused_as_another_version(tmp_path: Path, good: bytes) -> None:
    """Both sides run the same version: a bundle of format 1 (one line per change) is
    refused with the version error, by its version byte and by its manifest."""
    data = good[:8] + bytes([1]) + good[9:]
    assert "oudere versie" in expect(tmp_path, data, BundleTooNew).message
    lines = b"".join(json.dumps(c).encode() + b"\n" for c in sample_chunks()[0])
    entries = {
        "manifest.json": json.dumps({"format_version": 1, "chunks": 1}).encode(),
        "chunks/000001.json": lines,
    }
    seal(tmp_path / "old.jwb", zip_of(entries))
    with pytest.raises(BundleTooNew) as info:
        read_all(tmp_path / "old.jwb")
    assert "Werk beide apparaten bij" in info.value.message


def test_wrong_receiver(tmp_path: Path, good: bytes) -> None:
    assert BOB.device_id in expect(tmp_path, good, WrongReceiver, me=CAROL).message
    expect(tmp_path, good, WrongReceiver, me=None)


def test_unknown_sender(tmp_path: Path, good: bytes) -> None:
    path = tmp_path / "b.jwb"
    path.write_bytes(good)
    with pytest.raises(UnknownSender) as info:
        open_bundle(path, me=BOB, lookup_sender=lambda _: None)
    assert ALICE.device_id in info.value.message


def test_sender_with_other_keys_is_tampering(tmp_path: Path, good: bytes) -> None:
    path = tmp_path / "b.jwb"
    path.write_bytes(good)
    impostor = DeviceIdentity.generate(ALICE.device_id, "Alice?").public()
    with pytest.raises(BundleTampered):
        open_bundle(path, me=BOB, lookup_sender=lambda _: impostor)


def test_revoked_sender(tmp_path: Path, good: bytes) -> None:
    path = tmp_path / "b.jwb"
    path.write_bytes(good)
    with pytest.raises(RevokedSender):
        open_bundle(path, me=BOB, lookup_sender=lookup, is_revoked=lambda d: d == ALICE.device_id)
    open_bundle(path, me=BOB, lookup_sender=lookup, is_revoked=lambda d: False).close()


def test_decryption_failure_is_tampering(tmp_path: Path) -> None:
    # correctly signed and addressed to Bob, but encrypted to another key
    wrong_key = PublicIdentity(BOB.device_id, "Bob", BOB.public().sign_key, CAROL.public().box_key)
    path = tmp_path / "b.jwb"
    seal_payload(
        path,
        kind="sync",
        payload=io.BytesIO(zip_of(good_entries())),
        sender=ALICE,
        receiver=wrong_key,
    )
    with pytest.raises(BundleTampered):
        open_bundle(path, me=BOB, lookup_sender=lookup)


@pytest.mark.parametrize(
    ("entries", "error"),
    [
        ({"chunks/000001.json": b"{}"}, BundleError),  # no manifest
        (good_entries(**{"manifest.json": b"{nope"}), BundleError),
        (good_entries(**{"manifest.json": b"[]"}), BundleError),
        (good_entries(**{"manifest.json": b'{"format_version": 2, "chunks": 2}'}), BundleError),
        (
            good_entries(**{"chunks/000001.json": b'{"t": [], "p": [], "o": [], "c": [{broken'}),
            BundleError,
        ),
        (good_entries(**{"chunks/000001.json": b"[1, 2]"}), BundleError),
        (good_entries(**{"chunks/000001.json": b"[" * 100_000}), BundleError),
        (
            good_entries(**{"chunks/000001.jsonl": good_entries()["chunks/000001.json"]}),
            BundleError,
        ),
        (
            entry_of(
                {
                    "t": ["picture"],
                    "p": ["catalogue"],
                    "o": ["a" * 32],
                    "c": [[0, 0, "b" * 32, "data", {"blob": "a" * 64}, "1", 0, None, None]],
                }
            ),
            BundleError,
        ),  # a missing blob
        (
            entry_of(
                {
                    "t": ["picture"],
                    "p": ["catalogue"],
                    "o": ["a" * 32],
                    "c": [[0, 0, "b" * 32, "data", {"blob": "A" * 64}, "1", 0, None, None]],
                }
            ),
            BundleError,
        ),  # not a blob's name
        (good_entries(**{"notes.txt": b"hallo"}), BundleError),
        # the chunk's own shape (bundle format 2): exactly its four lists, rows of nine
        (entry_of({**good_doc(), "x": []}), BundleError),
        (entry_of({k: v for k, v in good_doc().items() if k != "o"}), BundleError),
        (entry_of({**good_doc(), "t": "card"}), BundleError),
        (entry_of({**good_doc(), "c": {"0": []}}), BundleError),
        (entry_of({**good_doc(), "c": [good_doc()["c"][0][:8]]}), BundleError),
        (entry_of({**good_doc(), "c": [[*good_doc()["c"][0], None]]}), BundleError),
        (entry_of({**good_doc(), "c": [{"t": 0}]}), BundleError),
        (entry_of({**good_doc(), "t": []}), BundleError),  # a table index past the list
        (entry_of({**good_doc(), "p": []}), BundleError),  # a partition index past the list
        (entry_of({**good_doc(), "c": [[1, *good_doc()["c"][0][1:]]]}), BundleError),
        (entry_of({**good_doc(), "c": [[-1, *good_doc()["c"][0][1:]]]}), BundleError),
        (entry_of({**good_doc(), "c": [[False, *good_doc()["c"][0][1:]]]}), BundleError),
        (entry_of({**good_doc(), "c": [[0.0, *good_doc()["c"][0][1:]]]}), BundleError),
        (entry_of({**good_doc(), "c": [[*good_doc()["c"][0][:6], 1, None, None]]}), BundleError),
        (entry_of({**good_doc(), "c": [[*good_doc()["c"][0][:8], 5]]}), BundleError),
        (entry_of({**good_doc(), "c": [[*good_doc()["c"][0][:8], "0"]]}), BundleError),
    ],
)
def test_bad_content_is_a_bundle_error(
    tmp_path: Path, entries: dict[str, bytes], error: type[JWError]
) -> None:
    seal(tmp_path / "bad.jwb", zip_of(entries))
    with pytest.raises(JWError) as info:
        read_all(tmp_path / "bad.jwb")
    assert type(info.value) is error


def test_blob_with_wrong_hash(tmp_path: Path) -> None:
    sha = hashlib.sha256(b"x" * 5000).hexdigest()
    doc = {
        "t": ["picture"],
        "p": ["catalogue"],
        "o": [ALICE.device_id],
        "c": [[0, 0, "b" * 32, "*", {"data": {"blob": sha}}, "1", 0, None, None]],
    }
    entries = good_entries(
        **{"chunks/000001.json": json.dumps(doc).encode(), f"blobs/{sha}": b"y" * 5000}
    )
    seal(tmp_path / "bad.jwb", zip_of(entries))
    with pytest.raises(BundleError) as info:
        read_all(tmp_path / "bad.jwb")
    assert type(info.value) is BundleError


def test_payload_that_is_not_a_zip(tmp_path: Path) -> None:
    seal(tmp_path / "bad.jwb", b"no zip here" * 10)
    with pytest.raises(BundleError) as info:
        read_all(tmp_path / "bad.jwb")
    assert type(info.value) is BundleError


@pytest.mark.parametrize(
    "name",
    ["../evil", "/etc/passwd", "C:\\x", "C:/x", "chunks/../../evil", "blobs\\..\\evil", "./x"],
)
def test_unsafe_entry_names(tmp_path: Path, name: str) -> None:
    outside = tmp_path / "outside"
    inside = outside / "inside"
    inside.mkdir(parents=True)
    before = sorted(p.name for p in outside.rglob("*"))
    payload = zip_of(good_entries(**{name: b"boom"}))
    assert name.encode() in payload  # the name really is in the archive as written
    path = inside / "bad.jwb"
    seal(path, payload)
    with pytest.raises(JWError) as info:
        read_all(path)
    assert type(info.value) is BundleUnsafe
    # nothing was written anywhere: only the bundle itself exists
    assert sorted(p.name for p in outside.rglob("*")) == sorted([*before, "bad.jwb"])
    assert not (tmp_path / "evil").exists()


# -- decompression bombs ----------------------------------------------------------------------


def zeros_deflate(mib: int) -> bytes:
    """A raw deflate stream of ``mib`` MiB of zeros, made in about a millisecond per MiB
    instead of compressing it: after a full flush a deflate block refers to nothing before it,
    so one compressed MiB can be repeated."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(bytes(MiB)) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return piece * mib + end


def test_zeros_deflate_is_valid() -> None:
    stream = zeros_deflate(3)
    assert zlib.decompressobj(-15).decompress(stream) == bytes(3 * MiB)


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP made by hand: (name, deflated data, declared size, crc) per entry, so that the
    declared sizes can lie."""
    out = bytearray()
    central = bytearray()
    for name, data, size, crc in entries:
        n = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(n), 0
        )
        out += n + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(n),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += n
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0
    )
    return bytes(out)


def deflated(data: bytes) -> tuple[bytes, int, int]:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), len(data), zlib.crc32(data)


def bomb_bundle(path: Path, name: str, mib: int, declared: int | None = None) -> None:
    manifest = deflated(json.dumps({"format_version": FORMAT_VERSION, "chunks": 1}).encode())
    stream = zeros_deflate(mib)
    entries = [("manifest.json", *manifest)]
    size = mib * MiB if declared is None else declared
    entries.append((name, stream, size, 0))
    seal(path, raw_zip(entries))


def bounded(run: Callable[[], object], limit: int = 64 * MiB) -> JWError:
    tracemalloc.start()
    try:
        with pytest.raises(JWError) as info:
            run()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit, f"peak memory {peak / MiB:.0f} MiB"
    return info.value


def test_gigabyte_of_zeros_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jwb"
    bomb_bundle(path, "chunks/000001.json", 1024)
    assert path.stat().st_size < 2 * MiB
    error = bounded(lambda: read_all(path, me=None))
    assert type(error) is BundleUnsafe


def test_high_ratio_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jwb"
    bomb_bundle(path, "chunks/000001.json", 100)  # 100 MiB: under the size limit, 1000:1
    error = bounded(lambda: read_all(path, me=None))
    assert type(error) is BundleUnsafe


def test_lying_declared_size_is_not_trusted(tmp_path: Path) -> None:
    # declares 2 MiB (an innocent 2:1 ratio) but the stream holds 600 MiB of zeros
    path = tmp_path / "liar.jwb"
    bomb_bundle(path, "chunks/000001.json", 600, declared=2 * MiB)
    error = bounded(lambda: read_all(path, me=None))
    assert isinstance(error, BundleError)


def test_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_ENTRIES", 50)
    entries = good_entries(**{f"blobs/{i:064x}": b"x" for i in range(60)})
    seal(tmp_path / "many.jwb", zip_of(entries))
    with pytest.raises(BundleUnsafe):
        read_all(tmp_path / "many.jwb")


def test_total_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_TOTAL_SIZE", 10_000)
    entries = good_entries(**{f"blobs/{i:064x}": os.urandom(3000) for i in range(5)})
    seal(tmp_path / "big.jwb", zip_of(entries))
    with pytest.raises(BundleUnsafe):
        read_all(tmp_path / "big.jwb")


# -- fuzzing: whatever the damage, only JWError ------------------------------------------------


_GOOD: dict[bool, bytes] = {}


def good_bytes(encrypted: bool, folder: Path) -> bytes:
    if encrypted not in _GOOD:
        path = folder / f".good-{encrypted}.jwb"
        picture = {"b64": base64.b64encode(os.urandom(6000)).decode()}
        chunks = [[change(1), picture_change(2, "data", picture)], [change(3)]]
        write(path, chunks, BOB if encrypted else None)
        _GOOD[encrypted] = path.read_bytes()
        path.unlink()
    return _GOOD[encrypted]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    encrypted=st.booleans(),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    bit=st.integers(min_value=0, max_value=7),
    truncate=st.booleans(),
)
def test_any_damage_raises_only_jw_errors(
    tmp_path: Path, encrypted: bool, position: float, bit: int, truncate: bool
) -> None:
    data = good_bytes(encrypted, tmp_path)
    at = int(position * len(data))
    damaged = data[:at] if truncate else flip(data, at, bit)
    path = tmp_path / "fuzz.jwb"
    path.write_bytes(damaged)
    with pytest.raises(JWError):
        read_all(path, me=BOB)
    if truncate:
        with pytest.raises(BundleIncomplete):
            read_all(path, me=BOB)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=4
    )
)
def test_damaged_zip_signed_by_a_known_sender(
    tmp_path: Path, edits: list[tuple[float, int]]
) -> None:
    """A correctly signed bundle with a broken ZIP inside (a buggy or hostile peer): the
    reader either reads it or refuses it with a JWError, nothing else."""
    payload = bytearray(zip_of(good_entries()))
    for position, value in edits:
        payload[int(position * len(payload))] = value
    path = tmp_path / "fuzz.jwb"
    seal(path, bytes(payload))
    with contextlib.suppress(JWError):
        read_all(path, me=None)


def test_a_writer_sends_changes_only(tmp_path: Path) -> None:
    """Format 2 has a place for each key of a change and no other: anything else is the
    caller's mistake, refused before a file is made."""
    extra = {**change(1), "x": 1}
    missing = {k: v for k, v in change(1).items() if k != "bo"}
    for wrong in (extra, missing, ["t", "k"]):
        with pytest.raises(ValueError, match="exactly the keys"):
            write(tmp_path / "wrong.jwb", [[wrong]])  # type: ignore[list-item]
    assert list(tmp_path.iterdir()) == []


def test_a_record_keeps_an_id_or_partition_of_its_own(tmp_path: Path) -> None:
    """Only a record's id and partition that are its change's k and p are left out; one
    that says otherwise travels as it is, for the reader's checks to judge."""
    record = change(5)
    record["c"] = "*"
    record["v"] = {"id": "f" * 32, "partition": "elsewhere", "title": "Kaart"}
    plain = change(6)
    plain["c"] = "*"
    plain["v"] = {"id": plain["k"], "partition": "school", "title": "Kaart"}
    path = tmp_path / "own.jwb"
    write(path, [[record, plain]])
    assert read_all(path) == [[record, plain]]


def test_any_json_value_travels_as_written(tmp_path: Path) -> None:
    """A table, partition or origin that is not a text (a hostile or broken sender) comes
    out as it went in, for the intake to refuse: the chunk's lists hold any value once."""
    odd = change(1)
    odd.update(t=["card"], p={"p": 1}, o=7, bo=7.5, bv="x")
    twin = {**odd, "k": "other", "t": ["card"]}
    same_text = {**change(2), "p": "1", "o": "7"}
    path = tmp_path / "odd.jwb"
    write(path, [[odd, twin, same_text]])
    assert read_all(path) == [[odd, twin, same_text]]
