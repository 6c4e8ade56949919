"""The start-up benchmark's stopwatch (JW_DESKTOP_EXIT_AFTER_PAINT): the real program,
`python -m jw_desktop` in its own process offscreen, says when its first window has been
painted and ends with 0. bench/bench_frozen_start.py times the frozen and the source
program with it; tests/frozen checks the frozen one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jw_desktop.app import EXIT_AFTER_PAINT, PAINTED

ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, wanted: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JW_DESKTOP_DATA_DIR": str(data_dir),
        EXIT_AFTER_PAINT: wanted,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    try:
        return subprocess.run(
            [sys.executable, "-m", "jw_desktop"],
            env=env,
            cwd=data_dir,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=180,  # a hang guard: without the stopwatch the window stays open
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the program did not end after painting its window: {exc.stderr!r}")


def test_the_first_window_painted_is_the_start_window(tmp_path: Path) -> None:
    done = start(tmp_path, "1")
    assert (done.returncode, done.stdout) == (0, PAINTED + "\n"), done.stderr
    assert "Traceback" not in done.stderr
    # it ended on the start window, before the demo school was made
    assert not (tmp_path / "jw-desktop.sqlite").exists()


def test_login_waits_for_the_login_window(tmp_path: Path, demo_template: Path) -> None:
    shutil.copyfile(demo_template, tmp_path / "jw-desktop.sqlite")
    done = start(tmp_path, "login")
    assert (done.returncode, done.stdout) == (0, PAINTED + "\n"), done.stderr
    assert "Traceback" not in done.stderr
    # not on the start window: the store had been opened (and locked) by then
    assert (tmp_path / "jw-desktop.sqlite.lock").exists()
