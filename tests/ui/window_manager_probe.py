"""Run by test_card_window_real.py in a child process on a real X server (Xvfb) with a
real window manager: opens the jobcoach's card window and the Kaarten view, presses real
keys with xdotool (they go where the window manager put the keyboard focus, not to a
widget the test chose) and prints one JSON line of what happened.

    python window_manager_probe.py DEMO_DB
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from jw_desktop import app as jw_app
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import SchoolStore
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.cards import CardsView
from jw_desktop.ui.widgets.card_viewer import CardWindow

WM_SECONDS = 15.0
"""How long a full-screen change may take the window manager: once, on a loaded CI
machine, openbox took more than 5 s (the wait ends as soon as it is done)."""


def wait(app: QApplication, done: Callable[[], bool], seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if done():
            return True
        time.sleep(0.02)
    return done()


def key(app: QApplication, name: str) -> None:
    """A real key press through the X server, to whichever window has the focus."""
    subprocess.run(["xdotool", "key", name], check=True)
    wait(app, lambda: False, 0.3)


def box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> None:
    app = QApplication(sys.argv[:1])
    jw_app.install_translator(app, "nl")
    store = SchoolStore.open(Path(sys.argv[1]), sleep=lambda _s: None, auto_backup=False)
    store.login("r.verbeek@example.nl", DEMO_PASSWORD)
    ctx = AppContext(
        store, QSettings(str(Path(sys.argv[1]).with_suffix(".ini")), QSettings.Format.IniFormat)
    )
    result: dict[str, object] = {}
    owner = QWidget()
    owner.resize(600, 400)
    owner.show()
    wait(app, owner.isActiveWindow)
    screen = box(owner.screen().geometry())
    result["screen"] = screen

    window = CardWindow(ctx, "GRN-IK-01", owner)
    window.show_card(store.card_id("GRN-IK-01"))
    window.open()
    result["active_on_open"] = wait(app, window.isActiveWindow)
    result["close_button_visible"] = window.close_button.isVisible()
    key(app, "Right")
    result["right_turns_page"] = window.viewer.step_index == 1
    key(app, "F11")
    wait(app, lambda: box(window.frameGeometry()) == screen, WM_SECONDS)
    result["full_screen"] = window.isFullScreen()
    result["full_screen_frame"] = box(window.frameGeometry())
    key(app, "Escape")
    wait(app, lambda: not window.isFullScreen(), WM_SECONDS)
    result["escape_leaves_full_screen"] = not window.isFullScreen() and window.isVisible()
    key(app, "Escape")
    result["escape_closes"] = wait(app, lambda: not window.isVisible())

    window = CardWindow(ctx, "GRN-IK-02", owner)
    window.show_card(store.card_id("GRN-IK-02"))
    window.open()
    wait(app, window.isActiveWindow)
    key(app, "Escape")  # the very first key after opening, no click into the window
    result["escape_at_once"] = wait(app, lambda: not window.isVisible())

    view = CardsView(ctx)
    view.resize(1000, 600)
    view.show()
    wait(app, view.isActiveWindow)
    view.viewer.show_card(store.card_id("GRN-IK-03"))
    view.viewer.full_screen.click()
    viewer = view.viewer
    wait(app, lambda: box(viewer.frameGeometry()) == screen, WM_SECONDS)
    result["lifted_full_screen_frame"] = box(viewer.frameGeometry())
    key(app, "Escape")
    result["lifted_back"] = wait(app, lambda: not viewer.isWindow()) and viewer.isVisible()
    print(json.dumps(result), flush=True)
    store.close()


if __name__ == "__main__":
    main()
