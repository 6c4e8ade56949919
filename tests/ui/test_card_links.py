"""The link in a printed card's QR code (jw-desktop://kaart/CODE, reports/links.py) opens
the card in 'Kaarten': given to the main window, on the command line of the first start,
or to a second start while the program is already open."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.ui import login, single_instance
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
Login = Callable[[str], AppContext]


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_card_link_opens_the_card_in_kaarten(qtbot: QtBot, login_as: Login) -> None:
    window = _window(qtbot, login_as("r.verbeek@example.nl"))  # a jobcoach at the bench
    assert window.open_card_link("jw-desktop://kaart/GRN-IK-03")
    view = window.stack.currentWidget()
    assert view is window.page("kaarten")
    assert view.viewer.card is not None and view.viewer.card.code == "GRN-IK-03"  # type: ignore[attr-defined]
    assert window.open_card_link("hor-ik-01")  # a code typed in, any case
    assert view.viewer.card.code == "HOR-IK-01"  # type: ignore[attr-defined]


def test_an_unknown_card_or_another_link_is_said_plainly(
    qtbot: QtBot, login_as: Login, messages: list[str]
) -> None:
    window = _window(qtbot, login_as("s.dewit@example.nl"))
    assert not window.open_card_link("jw-desktop://kaart/XXX-99")
    assert not window.open_card_link("https://example.nl/kaart/GRN-IK-03")
    assert len(messages) == 2
    assert "XXX-99" in messages[0] and "geen link naar een kaart" in messages[1]


def test_the_first_window_opens_the_card_given_at_start(
    qtbot: QtBot, login_as: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_sessions with a card: the login is accepted, the window opens the card."""
    ctx = login_as("s.dewit@example.nl")
    shown: list[str] = []
    monkeypatch.setattr(login.LoginDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    real = MainWindow.open_card_link

    def spy(self: MainWindow, text: str) -> bool:
        done = real(self, text)
        viewer = self.page("kaarten").viewer  # type: ignore[attr-defined]
        shown.append(viewer.card.code)
        QTimer.singleShot(0, self.close)  # ends app.exec(), which has not started yet
        return done

    monkeypatch.setattr(MainWindow, "open_card_link", spy)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    assert app.run_sessions(qapp, ctx, None, "jw-desktop://kaart/GRN-IK-01") == 0
    assert shown == ["GRN-IK-01"]


def test_a_second_start_with_a_card_hands_it_to_the_running_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "jw-desktop.sqlite"
    running = single_instance.claim(db)
    assert running is not None
    try:
        with qtbot.waitSignal(running.open_card, timeout=30_000) as got:
            child = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys, pathlib; from jw_desktop.ui import single_instance as s; "
                    f"sys.exit(0 if s.claim(pathlib.Path({str(db)!r}), "
                    "'jw-desktop://kaart/GRN-IK-03') is None else 3)",
                ],
                cwd=ROOT,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
        assert child.wait(timeout=30) == 0
    finally:
        running.close()
    assert got.args == ["jw-desktop://kaart/GRN-IK-03"]


def test_the_front_hands_a_card_to_the_main_window_only(qtbot: QtBot, login_as: Login) -> None:
    window = _window(qtbot, login_as("s.dewit@example.nl"))
    front = app.Front()
    front.open_card("GRN-IK-02")  # nothing showing: nothing happens
    front.current = window
    front.open_card("GRN-IK-02")
    assert window.page("kaarten").viewer.card.code == "GRN-IK-02"  # type: ignore[attr-defined]
