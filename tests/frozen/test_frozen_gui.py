"""The frozen window program offscreen: it paints its first window and then its login
window (JW_DESKTOP_EXIT_AFTER_PAINT, the benchmark's stopwatch), and its self-test finds
Qt's Dutch, the plurals, the image plugins, the icon and printing in the bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import EXE, run_program

PAINTED = "jw-desktop: eerste venster getekend"


def gui(bundle: Path, tmp_path: Path, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return run_program(bundle / f"jw-desktop-gui{EXE}", *args, data_dir=tmp_path / "data", **env)


@pytest.mark.skipif(sys.platform == "win32", reason="a windowed program has no stdout")
def test_the_first_window_and_the_login_window_are_painted(bundle: Path, tmp_path: Path) -> None:
    first = gui(bundle, tmp_path, JW_DESKTOP_EXIT_AFTER_PAINT="1")
    assert (first.returncode, first.stdout) == (0, PAINTED + "\n"), first.stderr
    # a first start: the demo school is made, then the login window shows
    login = gui(bundle, tmp_path, JW_DESKTOP_EXIT_AFTER_PAINT="login")
    assert (login.returncode, login.stdout) == (0, PAINTED + "\n"), login.stderr
    assert (tmp_path / "data" / "jw-desktop.sqlite").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="a windowed program has no stdout")
def test_the_self_test_finds_everything(bundle: Path, tmp_path: Path) -> None:
    done = gui(bundle, tmp_path, "--zelftest")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "in orde: Qt-teksten in het Nederlands (knop 'Annuleren')" in done.stdout
    assert "ONTBREEKT" not in done.stdout
