"""`jw-desktop update` / `bijwerken` and `jw-desktop central update-plaatsen` as an admin
runs them: the real CLI in a subprocess, real minisign signatures, one Dutch line per
package, and the exit codes README lists (0, 50 refused, 51 off, 52 admin needed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_process import run_cli
from update_kit import Site, package, sign

import jw_desktop
from jw_desktop.update import offers

major, minor, patch = offers.parse_version(jw_desktop.__version__)
NEWER = f"{major}.{minor}.{patch + 1}"
OLDER_OR_SAME = jw_desktop.__version__


def cli(site: Site, *args: str | Path, path: str | None = None) -> subprocess.CompletedProcess[str]:
    # the fixture set the publisher key and the data folder in os.environ
    return run_cli(*args, env={"PATH": path} if path is not None else None, stdin=None, timeout=120)


def test_newer_version_is_named_and_nothing_installed(site: Site) -> None:
    sign(package(site.folder, NEWER), site.keys, version=NEWER)
    result = cli(site, "update", "--folder", site.folder)
    assert result.returncode == 0, result.stderr
    assert f"nieuw: jw-desktop_{NEWER}_amd64.deb: versie {NEWER}" in result.stdout
    assert not site.data.exists()  # nothing staged, no database made


def test_dutch_alias_and_refused_and_passed_over(site: Site) -> None:
    sign(package(site.folder, OLDER_OR_SAME), site.keys, version=OLDER_OR_SAME)
    bad = package(site.folder / "updates", NEWER)
    sign(bad, site.other, version=NEWER)
    result = cli(site, "bijwerken", "--map", site.folder)
    assert result.returncode == 50
    lines = result.stdout.splitlines()
    assert f"overgeslagen: jw-desktop_{OLDER_OR_SAME}_amd64.deb: Versie" in lines[0]
    assert lines[1].startswith(f"geweigerd: updates/{bad.name}: Het is ondertekend met een ")
    assert lines[2].startswith("Geen nieuwere versie gevonden")


def test_no_publisher_key_is_a_calm_sentence(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(offers.KEY_ENV, str(site.folder / "geen.pub"))
    result = cli(site, "update", "--folder", site.folder)
    assert result.returncode == 51
    assert result.stdout.startswith("Bijwerken via de synchronisatiemap staat uit")
    assert "fout" not in result.stdout + result.stderr


def test_install_without_pkexec_prints_the_admins_command(site: Site, tmp_path: Path) -> None:
    sign(package(site.folder, NEWER), site.keys, version=NEWER)
    empty = tmp_path / "leeg-pad"
    empty.mkdir()
    result = cli(site, "update", "--folder", site.folder, "--install", path=str(empty))
    assert result.returncode == 52, result.stdout + result.stderr
    staged = site.data / "updates" / f"jw-desktop_{NEWER}_amd64.deb"
    assert "sudo apt-get install -y -o Dpkg::Options::=--force-confdef" in result.stdout
    assert result.stdout.rstrip().endswith(str(staged))
    assert staged.read_bytes() == (site.folder / staged.name).read_bytes()


def test_folder_is_required(site: Site) -> None:
    result = cli(site, "update")
    assert result.returncode == 2
    assert "--folder" in result.stderr


def test_central_places_an_update_without_a_database(site: Site, tmp_path: Path) -> None:
    built = package(tmp_path / "release", NEWER)
    sign(built, site.keys, version=NEWER)
    result = cli(site, "central", "update-plaatsen", built, "--folder", site.folder)
    assert result.returncode == 0, result.stderr
    assert f"Versie {NEWER} voor linux-x86_64 staat klaar" in result.stdout
    assert (site.folder / "updates" / built.name).is_file()
    assert (site.folder / "updates" / f"{built.name}.minisig").is_file()
    assert not site.data.exists()
    after = cli(site, "update", "--folder", site.folder)
    assert f"nieuw: updates/{built.name}" in after.stdout


def test_central_refuses_a_tampered_package(site: Site, tmp_path: Path) -> None:
    built = package(tmp_path / "release", NEWER)
    sign(built, site.keys, version=NEWER)
    built.write_bytes(b"x" + built.read_bytes())
    result = cli(site, "central", "update-plaatsen", built, "--folder", site.folder)
    assert result.returncode == 50
    assert result.stderr.startswith("fout: De handtekening past niet bij het bestand")
    assert list(site.folder.iterdir()) == []


def test_the_root_side_never_takes_the_key_the_environment_names(site: Site) -> None:
    """`update --als-root` (what pkexec runs) checks against the key installed beside the
    program only: a user who sets JW_DESKTOP_PUBLISHER_KEY to a key of their own (the
    fixture did, to a key that signed this package) gains nothing. From source there is no
    installed key, so the root side says updates are off and installs nothing."""
    built = package(site.folder, NEWER)
    sign(built, site.keys, version=NEWER)
    assert not offers.installed_key_path().exists()
    result = cli(site, "update", "--als-root", built)
    assert result.returncode == 51, result.stdout + result.stderr
    assert "Bijwerken via de synchronisatiemap staat uit" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
