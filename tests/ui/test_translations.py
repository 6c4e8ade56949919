"""Translations: the English .ts compiles, loads, and turns the window texts English; the
.ts file is up to date with the texts of the main window, the login dialog and the sync and
admin views; high-DPI scaling is not rounded."""

from __future__ import annotations

import ast
import html
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.model import SchoolStore
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.login import LoginDialog
from jw_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "jw_desktop_en.ts"
CHECKED = [
    ROOT / "jw_desktop" / "app.py",
    ROOT / "jw_desktop" / "ui" / "context.py",
    ROOT / "jw_desktop" / "ui" / "login.py",
    ROOT / "jw_desktop" / "ui" / "main_window.py",
    ROOT / "jw_desktop" / "ui" / "views" / "sync_view.py",
    *sorted((ROOT / "jw_desktop" / "ui" / "views" / "admin").glob("*.py")),
    ROOT / "jw_desktop" / "ui" / "dialogs" / "conflicts.py",
    ROOT / "jw_desktop" / "ui" / "widgets" / "sync_status.py",
]


def lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The .ts compiled into tmp_path and installed the way the application does it."""
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    qm = tmp_path / "jw_desktop_en.qm"
    subprocess.run([tool, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr(app, "TRANSLATIONS", (tmp_path,))
    translators = app.install_translator(qapp, "en")
    assert translators and all(isinstance(t, QTranslator) for t in translators)
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture
def ctx(demo_db: Path, tmp_path: Path) -> Iterator[AppContext]:
    store = SchoolStore.open(demo_db, sleep=lambda _s: None)
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    context = AppContext(store, settings)
    try:
        yield context
    finally:
        context.wait()
        store.close()


def test_login_dialog_becomes_english(qtbot: QtBot, english: None, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log in to jw-desktop"


def test_main_window_navigation_and_sync_view_become_english(
    qtbot: QtBot, english: None, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Students" in titles and "Synchronisation" in titles and "Administration" in titles
    view = window.page("sync")
    assert view.sync_button.text() == "Sync now"  # type: ignore[attr-defined]
    assert window.sync_status.text().startswith("offline · not synced yet")


def test_dutch_stays_dutch_without_a_translator(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Inloggen bij jw-desktop"


def tr_literals(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_ts_file_holds_every_text_of_these_windows() -> None:
    """Fails when a text was added without running installer/build_translations.py."""
    sources = {
        html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", TS.read_text(), re.S)
    }
    missing = {str(p.relative_to(ROOT)): tr_literals(p) - sources for p in CHECKED}
    assert {k: v for k, v in missing.items() if v} == {}


def test_high_dpi_scale_factors_are_not_rounded(qapp: QApplication) -> None:
    """Qt 6 scales by the screen's real factor (e.g. 1.25 or 1.5) unless told to round."""
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy.name == "PassThrough"
