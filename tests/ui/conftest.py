"""UI fixtures: a copy of one demo database per test, real widgets offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jw_desktop.demo.school import DEMO_PASSWORD, create_demo_database
from jw_desktop.model import SchoolStore
from jw_desktop.ui.context import AppContext


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-ui") / "demo.sqlite"
    create_demo_database(path)
    return path


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
