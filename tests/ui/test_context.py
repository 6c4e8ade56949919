"""AppContext.read: the one rule for background reads of a page - only the newest read
of a slot is answered, and only while the page exists."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jw_desktop.ui.context import AppContext


def test_only_the_newest_read_is_answered(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    ctx = login_as("s.dewit@example.nl")
    page = QWidget()
    qtbot.addWidget(page)
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "oud"

    ctx.read(page, "lijst", slow, on_done=answers.append, on_error=answers.append)
    ctx.read(page, "lijst", lambda: "nieuw", on_done=answers.append, on_error=answers.append)
    ctx.read(page, "ander", lambda: "eigen slot", on_done=answers.append, on_error=answers.append)
    release.set()
    ctx.wait()
    qtbot.waitUntil(lambda: len(answers) == 2)
    qtbot.wait(20)  # give the dropped answer its chance to arrive
    assert sorted(answers) == ["eigen slot", "nieuw"]


def test_an_answer_for_a_deleted_page_is_dropped(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    ctx = login_as("s.dewit@example.nl")
    page = QWidget()
    answers: list[str] = []
    ctx.read(page, "lijst", lambda: "te laat", on_done=answers.append, on_error=answers.append)
    ctx.wait()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(20)
    assert answers == []
