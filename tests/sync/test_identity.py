"""Device identity: the key file is created once, kept private, and never silently replaced."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest

from jw_desktop.model.errors import JWError
from jw_desktop.sync.identity import (
    PASSPHRASE_ENV,
    DeviceIdentity,
    IdentityError,
    PublicIdentity,
    load_or_create,
    verify,
)


@pytest.fixture(autouse=True)
def _no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "device-key.json"


def new_id() -> str:
    return uuid.uuid4().hex


def test_create_then_load_gives_the_same_keys(key_path: Path) -> None:
    device = new_id()
    first = load_or_create(key_path, device, "Laptop lokaal 12")
    assert key_path.exists()
    second = load_or_create(key_path, device, "Laptop lokaal 12")
    assert second.public() == first.public()
    assert first.public().device_id == device
    assert len(first.public().sign_key) == 32 and len(first.public().box_key) == 32

    content = json.loads(key_path.read_text("utf-8"))
    assert content["device_id"] == device
    assert content["format"] == 1 and content["encrypted"] is False
    assert content["sign_key"].startswith("-----BEGIN PRIVATE KEY-----")
    assert content["box_key"].startswith("-----BEGIN PRIVATE KEY-----")
    # no temporary files are left next to it
    assert [p.name for p in key_path.parent.iterdir()] == [key_path.name]


def test_signatures_verify_only_for_the_signed_data_and_key(key_path: Path) -> None:
    me = load_or_create(key_path, new_id(), "A")
    other = DeviceIdentity.generate(new_id(), "B")
    signature = me.sign(b"hallo")
    assert len(signature) == 64
    assert verify(me.public(), signature, b"hallo")
    assert not verify(me.public(), signature, b"hallo!")
    assert not verify(other.public(), signature, b"hallo")
    assert not verify(me.public(), signature[:-1] + bytes([signature[-1] ^ 1]), b"hallo")
    assert not verify(me.public(), b"kort", b"hallo")


def test_a_new_name_does_not_rewrite_the_file(key_path: Path) -> None:
    device = new_id()
    load_or_create(key_path, device, "Oud")
    before = key_path.read_bytes()
    renamed = load_or_create(key_path, device, "Nieuw")
    assert renamed.name == "Nieuw" and renamed.public().name == "Nieuw"
    assert key_path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_key_file_is_private(key_path: Path) -> None:
    old = os.umask(0)  # even a permissive umask must not widen the mode
    try:
        load_or_create(key_path, new_id(), "A")
    finally:
        os.umask(old)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600


def test_key_file_of_another_device_is_refused(key_path: Path) -> None:
    load_or_create(key_path, new_id(), "A")
    before = key_path.read_bytes()
    with pytest.raises(IdentityError) as info:
        load_or_create(key_path, new_id(), "A")
    assert "andere laptop gekopieerd" in info.value.message
    assert info.value.exit_code == 28 and isinstance(info.value, JWError)
    assert key_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe niet eens tekst",
        b"{half",
        b"[1, 2]",
        b'{"format": 1}',
        None,  # valid JSON, the right device id, a damaged PEM
        "swapped",  # the two keys swapped: the wrong kinds of key
    ],
)
def test_corrupt_key_file_is_refused_and_kept(key_path: Path, content: bytes | str | None) -> None:
    device = new_id()
    load_or_create(key_path, device, "A")
    d = json.loads(key_path.read_text("utf-8"))
    if content is None:
        d["sign_key"] = d["sign_key"].replace("A", "B", 3)[:-40] + "\n-----END PRIVATE KEY-----\n"
        data = json.dumps(d).encode()
    elif content == "swapped":
        d["sign_key"], d["box_key"] = d["box_key"], d["sign_key"]
        data = json.dumps(d).encode()
    else:
        assert isinstance(content, bytes)
        data = content
    key_path.write_bytes(data)
    with pytest.raises(IdentityError) as info:
        load_or_create(key_path, device, "A")
    assert str(key_path) in info.value.message
    assert key_path.read_bytes() == data  # never overwritten


def test_unreadable_key_file_is_refused(key_path: Path) -> None:
    key_path.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(IdentityError):
        load_or_create(key_path, new_id(), "A")
    assert key_path.is_dir()


def test_passphrase_round_trip(key_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    device = new_id()
    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse battery staple")
    first = load_or_create(key_path, device, "A")
    text = key_path.read_text("utf-8")
    assert "BEGIN ENCRYPTED PRIVATE KEY" in text and json.loads(text)["encrypted"] is True
    assert load_or_create(key_path, device, "A").public() == first.public()

    monkeypatch.setenv(PASSPHRASE_ENV, "wrong horse")
    with pytest.raises(IdentityError) as info:
        load_or_create(key_path, device, "A")
    assert "wachtwoord" in info.value.message and "klopt niet" in info.value.message

    monkeypatch.delenv(PASSPHRASE_ENV)
    with pytest.raises(IdentityError) as info:
        load_or_create(key_path, device, "A")
    assert PASSPHRASE_ENV in info.value.message
    assert key_path.read_text("utf-8") == text


def test_passphrase_set_later_still_loads_the_plain_file(
    key_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = new_id()
    first = load_or_create(key_path, device, "A")
    monkeypatch.setenv(PASSPHRASE_ENV, "later")
    assert load_or_create(key_path, device, "A").public() == first.public()


def test_bad_device_id_is_refused(key_path: Path) -> None:
    with pytest.raises(IdentityError):
        load_or_create(key_path, "not-a-device", "A")
    assert not key_path.exists()


def test_public_identity_json_round_trip_and_fingerprint() -> None:
    me = DeviceIdentity.generate(new_id(), "Laptop")
    public = me.public()
    d = public.to_json()
    assert set(d) == {"device_id", "name", "sign_key", "box_key"}
    assert PublicIdentity.from_json(json.loads(json.dumps(d))) == public
    fp = public.fingerprint()
    groups = fp.split(" ")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    assert all(c in "0123456789ABCDEF" for c in fp.replace(" ", ""))
    assert DeviceIdentity.generate(new_id(), "X").public().fingerprint() != fp


@pytest.mark.parametrize(
    "change",
    [
        {"device_id": "xyz"},
        {"sign_key": "!!!"},
        {"box_key": "AAAA"},
        {"name": 3},
        {"sign_key": None},
    ],
)
def test_public_identity_from_bad_json(change: dict[str, object]) -> None:
    d: dict[str, object] = dict(DeviceIdentity.generate(new_id(), "L").public().to_json())
    d.update(change)
    with pytest.raises(IdentityError):
        PublicIdentity.from_json(d)
    with pytest.raises(IdentityError):
        PublicIdentity.from_json(["not", "a", "dict"])
