"""The Python minisign check against signatures made by the real minisign program: what
minisign -V accepts, jw_desktop.update.minisign accepts, and what it refuses (a changed
byte, a changed trusted comment, another key), this refuses too, with a Dutch sentence.
Random bytes never make the parsers raise anything but that refusal."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from update_kit import is_dutch, key_id, make_keys, minisign_verifies, package, set_key_id, sign

from jw_desktop.update import minisign, offers


def verifies(file: Path, public: Path, sig: Path | None = None) -> bool:
    key = minisign.load_public_key(public)
    try:
        minisign.verify_file(file, minisign.load_signature(sig or Path(f"{file}.minisig")), key)
    except minisign.SignatureRefused as exc:
        assert is_dutch(exc.message), exc.message
        return False
    return True


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_real_minisign_signature_verifies(tmp_path: Path, legacy: bool) -> None:
    keys = make_keys(tmp_path / "k")
    file = package(tmp_path)
    sig = sign(file, keys, legacy=legacy)
    parsed = minisign.load_signature(sig)
    assert parsed.algorithm == (minisign.LEGACY if legacy else minisign.PREHASHED)
    assert minisign_verifies(file, keys)
    assert verifies(file, keys.public)
    text = minisign.verify_file(file, parsed, minisign.load_public_key(keys.public))
    assert text == f"jw-desktop-update versie=0.2.0 platform=linux-x86_64 bestand={file.name}"


def test_key_id_is_the_one_minisign_prints(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "k")
    printed = keys.public.read_text().splitlines()[0].rsplit(" ", 1)[1]
    assert minisign.load_public_key(keys.public).key_id_text == printed


def _flip_byte(file: Path, sig: Path) -> None:
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0x01
    file.write_bytes(bytes(data))


def _append_byte(file: Path, sig: Path) -> None:
    file.write_bytes(file.read_bytes() + b"\0")


def _edit_comment(file: Path, sig: Path) -> None:
    sig.write_text(sig.read_text().replace("versie=0.2.0", "versie=9.2.0"))


def _edit_signature(file: Path, sig: Path) -> None:
    lines = sig.read_bytes().split(b"\n")
    raw = bytearray(base64.b64decode(lines[1]))
    raw[-1] ^= 0x80
    lines[1] = base64.b64encode(bytes(raw))
    sig.write_bytes(b"\n".join(lines))


def _edit_global(file: Path, sig: Path) -> None:
    lines = sig.read_bytes().split(b"\n")
    raw = bytearray(base64.b64decode(lines[3]))
    raw[0] ^= 0x01
    lines[3] = base64.b64encode(bytes(raw))
    sig.write_bytes(b"\n".join(lines))


TAMPERS: dict[str, Callable[[Path, Path], None]] = {
    "one byte flipped": _flip_byte,
    "one byte added": _append_byte,
    "trusted comment edited": _edit_comment,
    "signature edited": _edit_signature,
    "global signature edited": _edit_global,
}


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
@pytest.mark.parametrize("tamper", TAMPERS, ids=list(TAMPERS))
def test_tampered_is_refused_as_minisign_refuses_it(
    tmp_path: Path, tamper: str, legacy: bool
) -> None:
    keys = make_keys(tmp_path / "k")
    file = package(tmp_path)
    sig = sign(file, keys, legacy=legacy)
    assert verifies(file, keys.public)
    TAMPERS[tamper](file, sig)
    assert not minisign_verifies(file, keys)
    assert not verifies(file, keys.public)


def test_signature_by_another_key_with_our_key_id_is_refused(tmp_path: Path) -> None:
    ours, theirs = make_keys(tmp_path / "ons"), make_keys(tmp_path / "ander")
    file = package(tmp_path)
    sig = sign(file, theirs)
    set_key_id(sig, key_id(ours.public))  # claims to be ours
    assert not minisign_verifies(file, ours)
    with pytest.raises(minisign.SignatureRefused) as caught:
        minisign.verify_file(
            file, minisign.load_signature(sig), minisign.load_public_key(ours.public)
        )
    assert "niet door de uitgever ondertekend" in caught.value.message


def test_key_id_mismatch_is_refused_before_any_check(tmp_path: Path) -> None:
    ours, theirs = make_keys(tmp_path / "ons"), make_keys(tmp_path / "ander")
    file = package(tmp_path)
    sig = sign(file, theirs)
    with pytest.raises(minisign.SignatureRefused) as caught:
        minisign.verify_file(
            file, minisign.load_signature(sig), minisign.load_public_key(ours.public)
        )
    assert "andere sleutel" in caught.value.message
    assert minisign.key_id_text(key_id(theirs.public)) in caught.value.message
    # a genuine signature of ours with a foreign key id: refused on the id alone
    sig = sign(file, ours)
    set_key_id(sig, key_id(theirs.public))
    with pytest.raises(minisign.SignatureRefused, match="andere sleutel"):
        minisign.check_trusted_comment(
            minisign.load_signature(sig), minisign.load_public_key(ours.public)
        )


def test_crlf_signature_file_still_verifies(tmp_path: Path) -> None:
    """A stick that went through a Windows editor: line ends are not part of what is signed."""
    keys = make_keys(tmp_path / "k")
    file = package(tmp_path)
    sig = sign(file, keys)
    sig.write_bytes(sig.read_bytes().replace(b"\n", b"\r\n"))
    assert verifies(file, keys.public)


def test_public_key_line_alone_is_accepted(tmp_path: Path) -> None:
    keys = make_keys(tmp_path / "k")
    line = keys.public.read_bytes().split(b"\n")[1]
    assert minisign.parse_public_key(line) == minisign.load_public_key(keys.public)


def _refusal(parse: Callable[[bytes], object], data: bytes) -> None:
    try:
        parse(data)
    except minisign.SignatureRefused as exc:
        assert is_dutch(exc.message), exc.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_break_the_key_parser(data: bytes) -> None:
    _refusal(minisign.parse_public_key, data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_break_the_signature_parser(data: bytes) -> None:
    _refusal(minisign.parse_signature, data)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [b"untrusted comment: x", b"trusted comment: ", b"RWQ", b"RUQ", b"=", b"\n", b"\r"]
        )
        | st.binary(max_size=80),
        max_size=8,
    )
)
def test_near_misses_never_break_the_signature_parser(parts: list[bytes]) -> None:
    _refusal(minisign.parse_signature, b"".join(parts))


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=120)
    | st.lists(
        st.sampled_from(
            ["jw-desktop-update", "versie=1.2.3", "platform=linux-x86_64", "bestand=a", "=", " "]
        ),
        max_size=6,
    ).map(" ".join)
)
def test_random_trusted_comments_are_refused_in_dutch(text: str) -> None:
    try:
        release = offers.parse_comment(text)
    except offers.UpdateRefused as exc:
        assert is_dutch(exc.message), exc.message
    else:
        assert offers.parse_version(release.version)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_random_versions_are_refused_or_strict(text: str) -> None:
    try:
        version = offers.parse_version(text)
    except offers.UpdateRefused as exc:
        assert is_dutch(exc.message), exc.message
    else:
        assert ".".join(map(str, version)) == text
