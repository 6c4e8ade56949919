"""UI fixtures: a copy of one demo database per test, real widgets offscreen."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from jw_desktop import app
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import SchoolStore
from jw_desktop.ui import style
from jw_desktop.ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def dutch_window(qapp: QApplication) -> Iterator[None]:
    """Every UI test sees the window as the application starts it: the translations
    compiled (as ./dev.sh does), the Dutch plurals and Qt's own Dutch texts loaded, the
    window's style applied."""
    sys.path.insert(0, str(ROOT / "installer"))
    import build_translations

    for ts in build_translations.stale():
        build_translations.release(ts)
    translators = app.install_translator(qapp, "nl")
    style.apply(qapp)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "jw-desktop.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def login_as(qapp: object, demo_db: Path, tmp_path: Path) -> Iterator[Callable[[str], AppContext]]:
    """login_as(email): an AppContext on the demo copy, logged in with the demo password,
    with its own settings file; closed after the test."""
    opened: list[AppContext] = []

    def login(email: str) -> AppContext:
        store = SchoolStore.open(demo_db, sleep=lambda _s: None)
        store.login(email, DEMO_PASSWORD)
        settings = QSettings(str(tmp_path / f"jw-{len(opened)}.ini"), QSettings.Format.IniFormat)
        context = AppContext(store, settings)
        opened.append(context)
        return context

    yield login
    for context in opened:
        context.wait()
        context.store.close()


@pytest.fixture
def messages(qapp: object, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes would have shown (warnings and errors), instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def window_at(qtbot: Any) -> Callable[[AppContext, int, int], Any]:
    """window_at(ctx, width, height): the main window shown at that size, exposed."""
    from jw_desktop.ui.main_window import MainWindow

    def make(ctx: AppContext, width: int, height: int) -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
