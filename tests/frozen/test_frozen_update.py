"""The root side of an update in the frozen program (`jw-desktop update --als-root FILE`,
what pkexec runs): the package is checked against the publisher key inside the bundle, never
one the environment names, and only the program's own copy reaches apt. apt is a stand-in
script first on PATH that checks, with the real minisign, the file it is handed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXE, run_program

VERSION = "0.1.1"  # newer than the bundle's 0.1.0 (jw_desktop.__version__)


def keys(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True)
    pub, key = folder / "uitgever.pub", folder / "uitgever.key"
    subprocess.run(["minisign", "-G", "-W", "-p", pub, "-s", key], check=True, capture_output=True)
    return pub, key


def signed_package(folder: Path, key: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    deb = folder / f"jw-desktop_{VERSION}_amd64.deb"
    deb.write_bytes(bytes(range(256)) * 200)
    comment = f"jw-desktop-update versie={VERSION} platform=linux-x86_64 bestand={deb.name}"
    subprocess.run(["minisign", "-S", "-s", key, "-m", deb, "-t", comment], check=True,
                   capture_output=True)  # fmt: skip
    return deb


@pytest.fixture
def installed(bundle: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the bundle (hard links) with a publisher key inside, as the .deb puts it,
    and the stand-in apt-get: (the copy, the publisher's secret key, apt's record)."""
    copy = tmp_path / "opt"
    shutil.copytree(bundle, copy, copy_function=lambda s, d: Path(d).hardlink_to(s))
    pub, key = keys(tmp_path / "uitgever")
    shutil.copyfile(pub, copy / "_internal" / "jw_desktop" / "publisher.pub")
    record = tmp_path / "apt.txt"
    fake = tmp_path / "bin" / "apt-get"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        f'for last; do :; done\necho "$@" >> {record}\n'
        f'exec minisign -V -q -p {pub} -m "$last"\n'
    )
    fake.chmod(0o755)
    return copy, key, record


def root_side(
    copy: Path, tmp_path: Path, deb: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    path = f"{tmp_path / 'bin'}:/usr/bin:/bin"
    return run_program(copy / f"jw-desktop{EXE}", "update", "--als-root", deb,
                       data_dir=tmp_path / "data", PATH=path, **env)  # fmt: skip


def test_the_bundle_installs_its_own_checked_copy(
    installed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    copy, key, record = installed
    deb = signed_package(tmp_path / "gebruiker" / "updates", key)
    done = root_side(copy, tmp_path, deb)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Versie {VERSION} is geïnstalleerd." in done.stdout
    (line,) = record.read_text().splitlines()
    handed = Path(line.split()[-1])
    assert line.startswith("install -y ")
    assert handed.name == deb.name and handed.parent.parent == Path("/var/tmp")
    assert not handed.parent.exists()  # its own folder is removed afterwards


def test_a_key_named_by_the_environment_is_not_taken(
    installed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    copy, _key, record = installed
    other_pub, other_key = keys(tmp_path / "ander")
    deb = signed_package(tmp_path / "gebruiker" / "updates", other_key)
    done = root_side(copy, tmp_path, deb, JW_DESKTOP_PUBLISHER_KEY=str(other_pub))
    assert done.returncode == 50, done.stdout + done.stderr
    assert "andere sleutel" in done.stderr
    assert not record.exists()
