"""Helpers for the package tests: a stand-in bundle, test keys, the build, dpkg on a fresh
root, and reading/writing the ar archive a .deb is (to tamper with one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BUILD_DEB = ROOT / "installer" / "linux" / "build_deb.py"
SIGN = ROOT / "installer" / "sign.py"
VERIFY = ROOT / "installer" / "verify_package.sh"
VERSION = "0.1.0"
DEB_NAME = f"jw-desktop_{VERSION}_amd64.deb"
EPOCH = "1700000000"

TOOLS = ("dpkg-deb", "dpkg", "minisign", "gpg", "debsigs", "debsig-verify")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
needs_tools = pytest.mark.skipif(
    bool(MISSING), reason=f"missing {', '.join(MISSING)} (.ci/run installs them)")


def make_bundle(folder: Path, extra: dict[str, str] | None = None) -> Path:
    """A stand-in for installer/build.py's dist/jw-desktop: two tiny shell scripts with
    the real names and an _internal/ folder (build_deb.py must not care what is inside)."""
    folder.mkdir(parents=True)
    for name in ("jw-desktop", "jw-desktop-gui"):
        exe = folder / name
        exe.write_text(f'#!/bin/sh\necho "stand-in {name}: $*"\n', encoding="utf-8")
        exe.chmod(0o755)
    internal = folder / "_internal" / "jw_desktop"
    internal.mkdir(parents=True)
    (internal / "data.txt").write_text("stand-in data\n", encoding="utf-8")
    (folder / "_internal" / "libstandin.so").write_bytes(b"\x7fELF stand-in")
    (folder / "_internal" / "libstandin.so").chmod(0o755)
    for relative, text in (extra or {}).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    return folder


def run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def build_deb(bundle: Path, out: Path, *extra: str | Path, epoch: str = EPOCH,
              version: str = VERSION) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    return run([sys.executable, BUILD_DEB, "--bundle", bundle, "--out", out,
                "--version", version, *extra], env=env)


@dataclass(frozen=True)
class Keys:
    minisign_secret: Path
    minisign_public: Path
    gpg_home: Path
    gpg_id: str


def make_keys(folder: Path, name: str) -> Keys:
    """A password-less minisign key pair and GPG key, made for the test."""
    folder.mkdir(parents=True)
    secret, public = folder / "uitgever.key", folder / "jw-desktop-uitgever.pub"
    done = run(["minisign", "-G", "-W", "-p", public, "-s", secret])
    assert done.returncode == 0, done.stderr
    home = folder / "gnupg"
    home.mkdir(mode=0o700)
    env = dict(os.environ, GNUPGHOME=str(home))
    done = run(["gpg", "--batch", "--passphrase", "", "--pinentry-mode", "loopback",
                "--quick-gen-key", f"{name} <{name}@example.nl>", "ed25519", "sign", "never"],
               env=env)
    assert done.returncode == 0, done.stderr
    listing = run(["gpg", "--batch", "--with-colons", "--list-secret-keys"], env=env).stdout
    key_id = next(line.split(":")[4] for line in listing.splitlines()
                  if line.startswith("sec:"))
    return Keys(secret, public, home, key_id)


def ar_members(path: Path) -> list[tuple[str, bytes]]:
    """The members of a .deb (a plain 'ar' archive), in order."""
    data = path.read_bytes()
    assert data[:8] == b"!<arch>\n"
    members, at = [], 8
    while at < len(data):
        header = data[at:at + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        members.append((name, data[at + 60:at + 60 + size]))
        at += 60 + size + (size % 2)
    return members


def write_ar(path: Path, members: list[tuple[str, bytes]]) -> None:
    out = bytearray(b"!<arch>\n")
    for name, body in members:
        header = f"{name:<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(body):<10}`\n"
        out += header.encode() + body + (b"\n" if len(body) % 2 else b"")
    path.write_bytes(bytes(out))


def verify(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run(["bash", VERIFY, *args])


def fresh_root(folder: Path) -> Path:
    """An empty root with an empty dpkg database, for dpkg --root."""
    for sub in ("var/lib/dpkg/updates", "var/lib/dpkg/info", "var/lib/dpkg/triggers"):
        (folder / sub).mkdir(parents=True)
    (folder / "var/lib/dpkg/status").write_text("", encoding="utf-8")
    return folder


def dpkg(root: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """dpkg on a fresh root: the host's libraries are not in its database (force-depends),
    and the maintainer scripts run without chroot (an empty root has no /bin/sh), with
    $DPKG_ROOT pointing at it."""
    return run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root",
                "--force-script-chrootless", "--log=/dev/null", *args])
