"""installer/sign.py and the package's signatures, checked with the real minisign and
debsig-verify (test keys made in the test)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from debtools import (
    DEB_NAME,
    SIGN,
    VERSION,
    Keys,
    ar_members,
    build_deb,
    make_bundle,
    needs_tools,
    run,
)

pytestmark = needs_tools


def test_sign_writes_the_contract_comment(keys: Keys, tmp_path: Path) -> None:
    target = tmp_path / "jw-desktop-0.2.0-setup.exe"
    target.write_bytes(b"MZ stand-in installer")
    done = run([sys.executable, SIGN, target, "--minisign-key", keys.minisign_secret,
                "--version", "0.2.0", "--platform", "windows-x86_64"])
    assert done.returncode == 0, done.stderr
    checked = run(["minisign", "-V", "-p", keys.minisign_public, "-m", target])
    assert checked.returncode == 0, checked.stderr
    assert ("Trusted comment: jw-desktop-update versie=0.2.0 platform=windows-x86_64 "
            "bestand=jw-desktop-0.2.0-setup.exe") in checked.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        target.name, target.name + ".minisig"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--version", "0.2 beta", "--platform", "linux-x86_64"], "versie"),
        (["--version", "0.2.0", "--platform", "linux-arm"], "invalid choice"),
    ],
)
def test_sign_refuses_bad_arguments(args: list[str], message: str, keys: Keys,
                                    tmp_path: Path) -> None:
    target = tmp_path / "f.deb"
    target.write_bytes(b"x")
    done = run([sys.executable, SIGN, target, "--minisign-key", keys.minisign_secret, *args])
    assert done.returncode != 0 and message in done.stderr
    assert not (tmp_path / "f.deb.minisig").exists()


def test_a_failed_signing_leaves_no_signature(keys: Keys, tmp_path: Path) -> None:
    target = tmp_path / "f.deb"
    target.write_bytes(b"x")
    not_a_key = tmp_path / "kapot.key"
    not_a_key.write_text("untrusted comment: nee\nAAAA\n")
    done = run([sys.executable, SIGN, target, "--minisign-key", not_a_key,
                "--version", "1.0", "--platform", "linux-x86_64"])
    assert done.returncode == 1
    assert "minisign kon f.deb niet ondertekenen" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.deb", "kapot.key"]
    missing = run([sys.executable, SIGN, tmp_path / "nope.deb", "--minisign-key",
                   keys.minisign_secret, "--version", "1.0", "--platform", "linux-x86_64"])
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr


def test_the_release_signatures_verify(release: Path, keys: Keys) -> None:
    deb = release / DEB_NAME
    checked = run(["minisign", "-V", "-p", keys.minisign_public, "-m", deb])
    assert checked.returncode == 0, checked.stderr
    assert (f"jw-desktop-update versie={VERSION} platform=linux-x86_64 bestand={DEB_NAME}"
            in checked.stdout)
    members = [name for name, _body in ar_members(deb)]
    assert members == ["debian-binary", "control.tar.xz", "data.tar.xz", "_gpgorigin"]
    debsig = release / "debsig"
    policy = debsig / "etc/debsig/policies" / keys.gpg_id / "jw-desktop.pol"
    assert f'id="{keys.gpg_id}"' in policy.read_text()
    assert (debsig / "usr/share/debsig/keyrings" / keys.gpg_id / "debsig.gpg").is_file()
    verified = run(["debsig-verify", "--policies-dir", debsig / "etc/debsig/policies",
                    "--keyrings-dir", debsig / "usr/share/debsig/keyrings", deb])
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Verified package from 'jw-desktop uitgever'" in verified.stdout


def test_debsig_refuses_another_publishers_package(
        release: Path, other_keys: Keys, tmp_path: Path) -> None:
    """A package signed by someone else's GPG key does not pass the jw-desktop policy."""
    out = tmp_path / "out"
    done = build_deb(make_bundle(tmp_path / "bundle"), out, "--gpg-key", other_keys.gpg_id,
                     "--gpg-home", other_keys.gpg_home)
    assert done.returncode == 0, done.stderr
    debsig = release / "debsig"
    verified = run(["debsig-verify", "--policies-dir", debsig / "etc/debsig/policies",
                    "--keyrings-dir", debsig / "usr/share/debsig/keyrings", out / DEB_NAME])
    assert verified.returncode != 0


def test_the_release_carries_the_publishers_public_key(release: Path, keys: Keys) -> None:
    assert sorted(p.name for p in release.iterdir()) == [
        "debsig", "jw-desktop-uitgever.gpg", "jw-desktop-uitgever.pub", DEB_NAME,
        DEB_NAME + ".minisig"]
    assert (release / "jw-desktop-uitgever.pub").read_text() == (
        keys.minisign_public.read_text())


def test_the_app_must_trust_the_signing_key(keys: Keys, other_keys: Keys,
                                            tmp_path: Path) -> None:
    """A bundle built with the publisher key P (the key the app checks updates with) is
    only signed with P's secret key: signing it with another key fails the build."""
    bundle = make_bundle(tmp_path / "bundle")
    (bundle / "_internal/jw_desktop/publisher.pub").write_bytes(
        keys.minisign_public.read_bytes())
    wrong = build_deb(bundle, tmp_path / "wrong", "--minisign-key",
                      other_keys.minisign_secret)
    assert wrong.returncode == 1
    assert "klopt niet met de sleutel" in wrong.stderr and "Traceback" not in wrong.stderr
    assert list((tmp_path / "wrong").iterdir()) == []
    right = build_deb(bundle, tmp_path / "right", "--minisign-key", keys.minisign_secret)
    assert right.returncode == 0, right.stderr
    assert (tmp_path / "right/jw-desktop-uitgever.pub").read_bytes() == (
        keys.minisign_public.read_bytes())
