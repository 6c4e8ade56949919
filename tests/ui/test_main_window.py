"""Starting the application, logging in, and the main window per role, clicked through
as a teacher, a jobcoach and an admin would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import SchoolStore
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.login import LoginDialog
from jw_desktop.ui.main_window import MainWindow


@pytest.fixture
def messages(qapp: object, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


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


def log_in(qtbot: QtBot, ctx: AppContext, email: str, password: str) -> LoginDialog:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, email)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_first_start_creates_the_demo_school(
    qapp: object, tmp_path: Path, messages: list[str]
) -> None:
    path = tmp_path / "nieuw" / "jw-desktop.sqlite"
    store, code = app.open_store(path)
    assert store is not None and code == 0 and messages == []
    try:
        assert path.exists() and store.school_name() == "Praktijkschool De Werkplaats"
    finally:
        store.close()


def test_wrong_password_is_said_plainly_and_right_one_logs_in(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = log_in(qtbot, ctx, "s.dewit@example.nl", "fout-wachtwoord-1")
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text())
    assert dialog.password.text() == "" and ctx.user is None
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert ctx.user is not None and ctx.user.name == "Sanne de Wit"


def test_empty_login_fields_are_asked_for(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = log_in(qtbot, ctx, "", "")
    assert "Vul je e-mailadres" in dialog.message.text()


def pages_for(qtbot: QtBot, ctx: AppContext, email: str) -> list[str]:
    with qtbot.waitSignal(log_in(qtbot, ctx, email, DEMO_PASSWORD).accepted):
        pass
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_teacher_sees_the_teaching_views(qtbot: QtBot, ctx: AppContext) -> None:
    pages = pages_for(qtbot, ctx, "s.dewit@example.nl")
    assert "Leerlingen" in pages and "Leerroute" in pages and "Beheer" not in pages
    assert "Mijn leerlingen" not in pages


def test_jobcoach_sees_only_the_jobcoach_views(qtbot: QtBot, ctx: AppContext) -> None:
    pages = pages_for(qtbot, ctx, "r.verbeek@example.nl")
    assert pages[0] == "Mijn leerlingen"
    assert not {"Leerlingen", "Leerroute", "Beheer"} & set(pages)


def test_admin_sees_beheer(qtbot: QtBot, ctx: AppContext) -> None:
    assert "Beheer" in pages_for(qtbot, ctx, "b.koster@example.nl")


def test_window_remembers_its_size(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_a_store_in_use_gives_a_message_not_a_traceback(demo_db: Path, messages: list[str]) -> None:
    with SchoolStore.open(demo_db):
        store, code = app.open_store(demo_db)
    assert store is None and code != 0
    assert len(messages) == 1 and "al geopend" in messages[0]
    assert str(demo_db) not in messages[0] and demo_db.name not in messages[0]


def test_a_corrupt_store_gives_a_message(tmp_path: Path, messages: list[str]) -> None:
    path = tmp_path / "jw-desktop.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    store, code = app.open_store(path)
    assert store is None and code != 0
    assert "beschadigd" in messages[0]
    assert path.read_bytes() == b"dit is geen database" * 100


def test_a_missing_daily_backup_is_shown_but_work_goes_on(
    demo_db: Path, messages: list[str]
) -> None:
    (demo_db.parent / "backups").write_text("geen map", encoding="utf-8")
    store, code = app.open_store(demo_db)
    assert store is not None and code == 0
    store.close()
    assert len(messages) == 1 and "dagelijkse reservekopie" in messages[0]


def test_lock_out_message_wraps_in_full_and_the_fields_keep_their_width(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = log_in(qtbot, ctx, "s.dewit@example.nl", "fout-1")
    email_width = dialog.email.width()
    assert email_width >= dialog.email.fontMetrics().horizontalAdvance(
        "m.vandenberg-elshout@praktijkschool-dewerkplaats.nl"
    )
    for attempt in range(2, 6):
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
        qtbot.keyClicks(dialog.password, f"fout-{attempt}")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "geblokkeerd" in dialog.message.text())
    message = dialog.message
    assert message.wordWrap() and message.property("role") == "error"
    assert message.heightForWidth(message.width()) <= message.height()  # no line cut off
    assert message.width() <= dialog.width()
    assert dialog.email.width() == email_width


def test_checking_is_said_in_grey_and_errors_in_red(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(ctx, "run", lambda *a, **k: started.append("login"))
    dialog = log_in(qtbot, ctx, "s.dewit@example.nl", "iets")
    assert started == ["login"] and dialog.message.text() == "Even controleren…"
    assert dialog.message.property("role") == "progress"
    # While it checks, nothing can be typed that the answer would throw away.
    assert not dialog.password.isEnabled() and not dialog.email.isEnabled()
    dialog._failed("E-mailadres of wachtwoord klopt niet.")
    assert dialog.message.property("role") == "error"
    assert dialog.password.isEnabled() and dialog.focusWidget() is dialog.password


def test_an_empty_password_is_asked_for_by_name(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = log_in(qtbot, ctx, "s.dewit@example.nl", "")
    assert dialog.message.text() == "Vul je wachtwoord in."


def test_typing_into_the_remembered_address_replaces_it(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.setValue("laatste_email", "r.verbeek@example.nl")  # the jobcoach was here
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.password
    qtbot.mouseClick(dialog.email, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.email.selectedText() == "r.verbeek@example.nl")
    qtbot.keyClicks(dialog.email, "s.dewit@example.nl")
    assert dialog.email.text() == "s.dewit@example.nl"
    qtbot.keyClick(dialog.email, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "fout-wachtwoord")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text())
    assert QApplication.focusWidget() is dialog.password and dialog.password.text() == ""
    qtbot.keyClicks(QApplication.focusWidget(), DEMO_PASSWORD)  # lands in the password
    assert dialog.password.text() == DEMO_PASSWORD
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert ctx.user is not None and ctx.user.email == "s.dewit@example.nl"
