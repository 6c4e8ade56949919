"""The first window appears before the slow part of the start: jw_desktop.app loads
without the model, the database layer or the views, and the start window says what is
happening."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from jw_desktop.ui.start_window import StartWindow


def test_the_app_module_loads_without_the_model_or_the_views() -> None:
    probe = (
        "import sys, jw_desktop.app\n"
        "heavy = [m for m in ('jw_desktop.model', 'sqlalchemy', 'jw_desktop.ui.main_window',"
        " 'jw_desktop.ui.context', 'jw_desktop.demo') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""


def test_the_start_window_shows_the_name_and_what_happens(qtbot: QtBot) -> None:
    window = StartWindow.show_now("jw-desktop wordt geopend…")
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.message.text() == "jw-desktop wordt geopend…"
    image = window.grab().toImage()
    assert image.width() > 100 and image.height() > 50
    window.close()
