"""`jw-desktop-gui --zelftest` says whether the program has what its windows need (Qt's
Dutch, the plurals, the SVG and JPEG plugins, the icon, printing); tests/frozen runs it on
the frozen build. Here: the program from source, in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def selftest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JW_DESKTOP_DATA_DIR": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, "-m", "jw_desktop", "--zelftest", *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_everything_is_there_from_source(tmp_path: Path) -> None:
    done = selftest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 5 and all(line.startswith("in orde: ") for line in lines), lines
    assert list(tmp_path.iterdir()) == []  # no database, no window


def test_an_english_window_fails_the_dutch_checks(tmp_path: Path) -> None:
    done = selftest(tmp_path, "--taal", "en")
    assert done.returncode == 1
    assert "ONTBREEKT: Qt-teksten in het Nederlands (knop 'Annuleren')" in done.stdout
    assert "in orde: beeldformaten svg, png en jpeg" in done.stdout
