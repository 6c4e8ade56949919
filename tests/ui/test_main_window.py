"""Starting the application and finding what a student still needs to practise, clicked
through as a teacher would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.model import SchoolStore


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def test_first_start_creates_the_demo_school(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    path = tmp_path / "nieuw" / "jw-desktop.sqlite"
    window, code = app.open_window(path)
    assert window is not None and code == 0 and messages == []
    qtbot.addWidget(window)
    try:
        assert path.exists()
        assert "Praktijkschool" in window.windowTitle()
        assert window.students.count() >= 20
    finally:
        window.store.close()


def test_teacher_finds_jerome_and_sees_what_is_left(qtbot: QtBot, demo_db: Path) -> None:
    window, _ = app.open_window(demo_db)
    assert window is not None
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.keyClicks(window.search, "jerom")
        assert window.students.count() == 1
        item = window.students.item(0)
        rect = window.students.visualItemRect(item)
        qtbot.mouseClick(window.students.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert "Jerome" in window.header.text()
        assert "Praktijkbewijs" in window.credentials.text()
        todo = [window.todo.item(i).text() for i in range(window.todo.count())]
        assert 0 < len(todo) <= 3 and all("GRN-EWO" in t for t in todo)
    finally:
        window.store.close()


def test_a_store_in_use_gives_a_message_not_a_traceback(demo_db: Path, messages: list[str]) -> None:
    with SchoolStore.open(demo_db):
        window, code = app.open_window(demo_db)
    assert window is None and code != 0
    assert len(messages) == 1 and "al geopend" in messages[0]


def test_a_corrupt_store_gives_a_message(tmp_path: Path, messages: list[str]) -> None:
    path = tmp_path / "jw-desktop.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    window, code = app.open_window(path)
    assert window is None and code != 0
    assert "beschadigd" in messages[0]
    assert path.read_bytes() == b"dit is geen database" * 100


def test_a_missing_daily_backup_is_shown_but_work_goes_on(
    qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    (demo_db.parent / "backups").write_text("geen map", encoding="utf-8")
    window, code = app.open_window(demo_db)
    assert window is not None and code == 0
    qtbot.addWidget(window)
    window.store.close()
    assert len(warned) == 1 and "dagelijkse reservekopie" in warned[0]
