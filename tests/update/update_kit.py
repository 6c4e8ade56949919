"""Helpers for the update tests: publisher keys and signatures made by the real minisign
program, the way a maintainer makes them (docs/updates.md)."""

from __future__ import annotations

import base64
import subprocess
from dataclasses import dataclass
from pathlib import Path

MINISIGN = "minisign"
DUTCH = (" de ", " het ", " een ", " niet", " geen ", " is ", " er ", " van ", " staat ")


@dataclass(frozen=True)
class Keys:
    public: Path
    secret: Path


@dataclass(frozen=True)
class Site:
    """The fixture `site` (conftest.py)."""

    keys: Keys  # the publisher this copy was installed with
    other: Keys  # someone else's key pair
    folder: Path  # the sync folder (the USB stick)
    data: Path  # paths.data_dir()


def make_keys(folder: Path) -> Keys:
    """A fresh key pair without a password (minisign -G -W)."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = Keys(folder / "uitgever.pub", folder / "uitgever.key")
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", str(keys.public), "-s", str(keys.secret)],
        check=True,
        capture_output=True,
    )
    return keys


def comment(version: str, platform: str, name: str) -> str:
    return f"jw-desktop-update versie={version} platform={platform} bestand={name}"


def sign(
    file: Path,
    keys: Keys,
    *,
    version: str = "0.2.0",
    platform: str = "linux-x86_64",
    name: str | None = None,
    legacy: bool = False,
    trusted: str | None = None,
) -> Path:
    """file.minisig as `minisign -S` makes it (prehashed, minisign 0.11's default; -l for
    the legacy format)."""
    text = trusted if trusted is not None else comment(version, platform, name or file.name)
    argv = [MINISIGN, "-S", "-s", str(keys.secret), "-m", str(file), "-t", text]
    subprocess.run([*argv, *(["-l"] if legacy else [])], check=True, capture_output=True)
    return file.with_name(file.name + ".minisig")


def minisign_verifies(file: Path, keys: Keys, sig: Path | None = None) -> bool:
    """What the real minisign says about file (minisign -V)."""
    argv = [MINISIGN, "-V", "-q", "-p", str(keys.public), "-m", str(file)]
    if sig is not None:
        argv += ["-x", str(sig)]
    return subprocess.run(argv, capture_output=True).returncode == 0


def package(folder: Path, version: str = "0.2.0", *, size: int = 50_000, seed: int = 1) -> Path:
    """A stand-in .deb (bytes only: nothing here is ever handed to apt)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"jw-desktop_{version}_amd64.deb"
    path.write_bytes(bytes((i * 31 + seed) % 251 for i in range(size)))
    return path


def set_key_id(sig: Path, key_id: bytes) -> None:
    """Rewrite the key id inside a .minisig (the signature itself unchanged)."""
    lines = sig.read_bytes().split(b"\n")
    raw = bytearray(base64.b64decode(lines[1]))
    raw[2:10] = key_id
    lines[1] = base64.b64encode(bytes(raw))
    sig.write_bytes(b"\n".join(lines))


def key_id(public: Path) -> bytes:
    return base64.b64decode(public.read_bytes().split(b"\n")[1])[2:10]


def is_dutch(message: str) -> bool:
    return (
        sum(word in f" {message.lower()} " for word in DUTCH) >= 2
        and "Traceback" not in message
        and message.strip().endswith((".", ")"))
    )
