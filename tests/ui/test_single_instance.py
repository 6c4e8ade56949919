"""A second start on the same database: the running copy comes to the front, the second
one ends quietly (exit code 0) and never shows the database's path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.ui import single_instance
from jw_desktop.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


def start_second_copy(db: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JW_DESKTOP_DATA_DIR=str(tmp_path))
    return subprocess.Popen(
        [sys.executable, "-m", "jw_desktop", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_socket_name_is_per_database_and_holds_no_path(tmp_path: Path) -> None:
    one, other = tmp_path / "a" / "jw-desktop.sqlite", tmp_path / "b" / "jw-desktop.sqlite"
    assert server_name(one) == server_name(one) != server_name(other)
    assert "jw-desktop.sqlite" not in server_name(one) and str(tmp_path) not in server_name(one)


def test_a_second_start_brings_the_first_to_the_front_and_ends_quietly(
    qtbot: QtBot, demo_db: Path, tmp_path: Path
) -> None:
    """Two real processes: this test is the running copy (listening as app.main does), the
    child is `python -m jw_desktop --db` on the same file."""
    running = SingleInstance(server_name(demo_db))
    assert running.listen()
    try:
        with qtbot.waitSignal(running.activate, timeout=60_000):
            second = start_second_copy(demo_db, tmp_path)
        out, err = second.communicate(timeout=60)
    finally:
        running.close()
    assert second.returncode == 0
    assert str(demo_db) not in out + err and demo_db.name not in out + err
    assert "al geopend" in err and "Traceback" not in err


def test_a_socket_left_by_a_crashed_copy_does_not_block_the_next_start(
    qapp: QApplication, tmp_path: Path
) -> None:
    db = tmp_path / "jw-desktop.sqlite"
    first = single_instance.claim(db)
    assert first is not None
    first.server.close()  # crashed: nobody answers any more
    again = single_instance.claim(db)
    assert again is not None and again.server.isListening()
    again.close()


def test_the_window_that_is_showing_comes_forward_unminimised(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    front = app.Front()
    front.current = window
    front.bring_forward()
    assert window.isVisible() and not window.isMinimized()


def test_the_running_copy_answers_while_its_login_dialog_is_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "jw-desktop.sqlite"
    running = single_instance.claim(db)
    assert running is not None
    try:
        with qtbot.waitSignal(running.activate, timeout=30_000):
            child = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys, pathlib; from jw_desktop.ui import single_instance as s; "
                    f"sys.exit(0 if s.claim(pathlib.Path({str(db)!r})) is None else 3)",
                ],
                cwd=ROOT,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
        assert child.wait(timeout=30) == 0  # it found the running copy and gave way
    finally:
        running.close()
