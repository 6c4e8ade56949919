"""Leerlingen, clicked through as a teacher (and a jobcoach) would, on a copy of the demo
school."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from jw_desktop.demo import content
from jw_desktop.model import ElementKind, Level
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.students import StudentsView

PLANTEN = "Praktijkbewijs Medewerker tuincentrum: planten verzorgen"


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def coach_ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("r.verbeek@example.nl")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def open_view(qtbot: QtBot, ctx: AppContext) -> StudentsView:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def names(view: StudentsView) -> list[str]:
    return [r.name for r in view.model.rows]


def find_jerome(qtbot: QtBot, view: StudentsView) -> None:
    qtbot.keyClicks(view.filters.search, "jerom")
    assert names(view) == ["Jerome Tromp"]
    with qtbot.waitSignal(view.ctx.student_selected) as chosen:
        qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)
    assert chosen.args == [view.ctx.store.find_students("jerome")[0].id]


def test_attention_filter_shows_only_students_with_a_reason(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    everyone = len(view.model.rows)
    assert everyone == 25 and view.count.text() == "25 leerlingen"
    qtbot.mouseClick(view.filters.attention, Qt.MouseButton.LeftButton)
    assert view.filters.attention.isChecked()
    rows = view.model.rows
    assert 0 < len(rows) < everyone and all(r.reasons for r in rows)
    for n, row in enumerate(rows):  # the reason is there in words, not as a colour
        said = view.model.index(n, 3).data()
        assert said.startswith("Let op: ") and row.reasons[0] in said
    assert "Jerome Tromp" not in names(view)


def test_filters_combine_and_typing_filters_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    view.filters.group.setCurrentIndex(view.filters.group.findText("VSO 4A"))
    assert {r.group for r in view.model.rows} == {"VSO 4A"}
    view.filters.placement.setCurrentIndex(view.filters.placement.findText("Met stage"))
    assert view.model.rows and all(r.has_placement for r in view.model.rows)
    view.filters.phase.setCurrentIndex(view.filters.phase.findText("Fase 4"))
    assert all(r.phase == 4 for r in view.model.rows)
    qtbot.keyClicks(view.filters.search, "k")
    assert "Kevin Tjon A Fong" in names(view) and "Jerome Tromp" not in names(view)


def test_search_and_select_shows_jeromes_page(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page = view.page
    assert page.name.text() == "Jerome Tromp"
    assert "VSO 4A" in page.about.text() and "Murat Demir" in page.about.text()
    todo = page.practise_texts()
    assert todo[0].startswith("GRN-EWO-01")
    assert any("criterium 9" in t and "nu: met hulp" in t for t in todo)
    assert any("criterium 10" in t and "nu: nog niet" in t for t in todo)
    assert "Fase 4: 72 van 72 stappen en criteria zelfstandig; 11 van 11 kaarten klaar" in (
        page.phases.texts()
    )
    assert f"{PLANTEN}: 8 van 10 criteria zelfstandig" in page.credentials.texts()
    assert not page.issue_buttons
    assert page.hours.texts() == [
        "Tuincentrum De Groene Hoek\n02-02-2026 tot 29-01-2027: 512 van 640 uur"
    ]
    notes = [page.notes.item(n).text() for n in range(page.notes.count())]
    assert any("slaapt slecht" in n for n in notes)  # a teacher sees care notes
    assert page.route.count() == 16 and "klaar" in page.route.item(0).text()
    assert page.portfolio_texts() == ["Nog niets uitgereikt."]


def test_issuing_an_eligible_credential_moves_it_to_the_portfolio(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    store = ctx.store
    jerome = store.find_students("jerome")[0].id
    for item in store.still_to_practise(jerome):
        if item.card_code == "GRN-EWO-01" and item.kind == ElementKind.CRITERION:
            store.record_observation(jerome, item.element_id, Level.INDEPENDENT)
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    assert f"{PLANTEN}: klaar om uit te reiken" in view.page.credentials.texts()
    (button,) = view.page.issue_buttons.values()
    assert button.text() == "Uitreiken" and button.accessibleName() == f"{PLANTEN} uitreiken"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert messages == []
    assert [e.credential for e in store.portfolio(jerome)] == [PLANTEN]
    assert view.page.portfolio_texts()[0].startswith(f"{PLANTEN} — uitgereikt op")
    assert view.page.tabs.tabText(view.page.tabs.currentIndex()) == "Portfolio"
    assert f"{PLANTEN}: behaald" in view.page.credentials.texts()
    assert not view.page.issue_buttons
    evidence = view.page.portfolio.topLevelItem(0)
    assert evidence.childCount() == 10 and "zelfstandig op" in evidence.child(0).text(0)


def test_the_selection_stays_when_refreshing_and_filtering(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    view.filters.search.clear()
    assert len(view.model.rows) == 25
    assert view.table.currentIndex().row() == view.model.row_of(view.current)
    view.refresh()
    assert view.model.rows[view.table.currentIndex().row()].name == "Jerome Tromp"
    assert view.page.name.text() == "Jerome Tromp"


def test_the_list_works_with_the_keyboard_and_everything_has_a_name(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = open_view(qtbot, ctx)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.filters.attention.setFocus()
    qtbot.keyClick(view.filters.attention, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    first = view.page.name.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.page.name.text() not in (first, "Kies een leerling")
    for kind in (
        QLineEdit,
        QComboBox,
        QCheckBox,
        QPushButton,
        QListWidget,
        QTableView,
        QTreeWidget,
    ):
        for widget in view.findChildren(kind):
            assert widget.accessibleName(), widget


def test_another_view_choosing_a_student_is_followed(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    fatima = ctx.store.find_students("fatima")[0].id
    ctx.student_selected.emit(fatima)
    assert view.current == fatima and view.page.name.text() == "Fatima Bouzid"


def test_a_jobcoach_sees_only_their_own_students(qtbot: QtBot, coach_ctx: AppContext) -> None:
    view = open_view(qtbot, coach_ctx)
    coached = {
        f"{s['first_name']} {s['last_name']}"
        for s in content.STUDENTS
        if s["placement"] is not None and s["placement"]["jobcoach"] == "ruud"
    }
    assert set(names(view)) == coached and "Jerome Tromp" in coached and len(coached) < 25
    find_jerome(qtbot, view)
    notes = [view.page.notes.item(n).text() for n in range(view.page.notes.count())]
    assert notes and not any("slaapt slecht" in n for n in notes)  # no care notes
    assert view.page.name.text() == "Jerome Tromp"
