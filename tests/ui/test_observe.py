"""Observeren, clicked as a teacher in the praktijklokaal would: one student's remaining
criteria, a whole group on one card, and undo of the last tick."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import Level, Setting
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.observe import ObserveView
from jw_desktop.ui.widgets.level_buttons import MIN_TARGET


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> ObserveView:
    view = ObserveView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):  # the page reads in the background
        view.refresh()
    return view


def student(ctx: AppContext, name: str) -> uuid.UUID:
    return ctx.store.find_students(name)[0].id


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_remaining_criteria_ticked_zelfstandig_then_undo(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)  # chosen elsewhere, e.g. in Leerlingen
    checklist = view.student_mode.checklist
    todo = ctx.store.still_to_practise(jerome)
    assert checklist.student_id == jerome
    assert set(checklist.rows) == {p.element_id for p in todo} and len(todo) == 2
    rows = [checklist.rows[p.element_id] for p in todo]
    assert rows[0].level == Level.WITH_HELP and "Nu: met hulp" in rows[0].text.text()
    for row in rows:
        button = row.buttons.buttons[Level.INDEPENDENT]
        assert button.height() >= MIN_TARGET
        assert (
            button.accessibleName() == f"Jerome Tromp, criterium {row.item.position}, zelfstandig"
        )
        click(qtbot, button)
    assert ctx.store.still_to_practise(jerome) == []
    assert all(r.level == Level.INDEPENDENT and r.isVisible() for r in rows)  # rows stay put
    latest = ctx.store.observations(jerome)[0]
    assert latest.setting == Setting.SCHOOL and latest.level == Level.INDEPENDENT
    assert "criterium 10: zelfstandig" in view.undo.message.text()

    with qtbot.waitSignal(view.loaded):  # the page reads the levels again
        click(qtbot, view.undo.button)
    back = ctx.store.still_to_practise(jerome)
    assert [p.element_id for p in back] == [rows[1].item.element_id]
    assert rows[1].level == Level.NOT_YET and rows[0].level == Level.INDEPENDENT
    assert "Ongedaan gemaakt" in view.undo.message.text()


def test_ctrl_z_undoes_and_show_all_lists_the_whole_route(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)
    mode = view.student_mode
    with qtbot.waitSignal(view.loaded):
        click(qtbot, mode.show_all)
    rows = mode.checklist.rows
    assert len(rows) > 50  # every step and criterion of the route
    step = next(r for r in rows.values() if r.item.what == "stap 3")
    button = step.buttons.buttons[Level.WITH_HELP]
    assert button.accessibleName() == "Jerome Tromp, stap 3, met hulp"
    before = len(ctx.store.observations(jerome))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard: Space presses the focused button
    assert step.level == Level.WITH_HELP and len(ctx.store.observations(jerome)) == before + 1
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(ctx.store.observations(jerome)) == before
    assert step.level == Level.INDEPENDENT  # the level it had before
    assert not view.undo.button.isEnabled()


def test_setting_can_be_set_to_werkplek(qtbot: QtBot, ctx: AppContext, view: ObserveView) -> None:
    kevin = student(ctx, "Kevin")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(kevin)
    view.setting.setCurrentIndex(view.setting.findData(Setting.WORKPLACE.value))
    row = next(iter(view.student_mode.checklist.rows.values()))
    click(qtbot, row.buttons.buttons[Level.NOT_YET])
    latest = ctx.store.observations(kevin)[0]
    assert latest.setting == Setting.WORKPLACE and latest.level == Level.NOT_YET


def test_whole_group_ticks_land_for_each_student(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    click(qtbot, view.all)
    group = view.group_mode
    assert view.pages.currentWidget() is group
    group.group.setCurrentIndex(group.group.findText("VSO 4A"))
    qtbot.keyClicks(group.search_field, "Controleren of een plant water nodig heeft")
    qtbot.keyClick(group.search_field, Qt.Key.Key_Return)
    assert group.card.currentText().startswith("GRN-IK-01")
    names = {s.name for s in ctx.store.students(uuid.UUID(group.group.currentData()))}
    cells = group.grid.cells
    assert {c.student.name for c in cells.values()} == names
    assert len(cells) == len(names) * 8  # eight steps

    jerome, lars = student(ctx, "Jerome Tromp"), student(ctx, "Lars Meijer")
    first = next(c for c in cells.values() if c.item.position == 1).item.element_id
    click(qtbot, cells[(jerome, first)])  # the default: a click records zelfstandig
    click(qtbot, group.levels.button(int(Level.WITH_HELP)))
    click(qtbot, cells[(lars, first)])
    cell = cells[(lars, first)]
    assert cell.text() == "met hulp" and cell.accessibleName() == "Lars Meijer, stap 1, met hulp"
    assert cell.height() >= MIN_TARGET
    for who, level in ((jerome, Level.INDEPENDENT), (lars, Level.WITH_HELP)):
        latest = ctx.store.observations(who)[0]
        assert (latest.element_id, latest.level, latest.setting) == (first, level, Setting.SCHOOL)

    second = next(c for c in cells.values() if c.item.position == 2).item.element_id
    was = cells[(lars, second)].level
    cells[(lars, second)].setFocus()
    qtbot.keyClick(cells[(lars, second)], Qt.Key.Key_1)  # keys 1-3: a level directly
    assert ctx.store.observations(lars)[0].level == Level.NOT_YET
    assert cells[(lars, second)].level == Level.NOT_YET
    click(qtbot, view.undo.button)
    assert ctx.store.observations(lars)[0].element_id == first
    assert cells[(lars, second)].level == was


def test_a_refused_tick_shows_the_message_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, view: ObserveView, messages: list[str]
) -> None:
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)
    row = next(iter(view.student_mode.checklist.rows.values()))
    before = ctx.store.observations(jerome)
    ctx.store.login("n.elamrani@example.nl", DEMO_PASSWORD)  # not Jerome's jobcoach
    click(qtbot, row.buttons.buttons[Level.INDEPENDENT])
    assert messages == ["Deze leerling hoort niet bij jouw begeleiding."]
    assert row.level != Level.INDEPENDENT
    ctx.store.login("s.dewit@example.nl", DEMO_PASSWORD)
    assert ctx.store.observations(jerome) == before and not view.undo.button.isEnabled()


def test_in_the_main_window_a_tick_keeps_the_rows_and_the_focus(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from jw_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.page("observeren")
    assert isinstance(view, ObserveView)
    with qtbot.waitSignal(view.loaded):
        window.show_page("observeren")
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)
    rows = dict(view.student_mode.checklist.rows)
    button = next(iter(rows.values())).buttons.buttons[Level.INDEPENDENT]
    button.setFocus()
    assert button.hasFocus()
    with qtbot.waitSignal(view.loaded):  # data_changed: the window refreshes the view
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert view.student_mode.checklist.rows == rows and button.hasFocus()
    assert ctx.settings.value("laatste_leerling") == str(jerome)


def test_keys_next_student_tick_and_undo(qtbot: QtBot, ctx: AppContext, view: ObserveView) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    mode = view.student_mode
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)
    row = next(iter(mode.checklist.rows.values()))
    button = row.buttons.buttons[Level.NOT_YET]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_3)
    latest = ctx.store.observations(jerome)[0]
    assert (latest.element_id, latest.level) == (row.item.element_id, Level.INDEPENDENT)
    qtbot.keyClick(button, Qt.Key.Key_1)
    assert ctx.store.observations(jerome)[0].level == Level.NOT_YET
    assert row.level == Level.NOT_YET
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.observations(jerome)[0].level == Level.INDEPENDENT
    index = mode.student.currentIndex()
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(button, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert mode.student.currentIndex() == index + 1
    assert mode.checklist.student_id != jerome
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
        )
    assert mode.checklist.student_id == jerome


def test_group_grid_ctrl_down_goes_to_the_next_student(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    click(qtbot, view.all)
    group = view.group_mode
    group.group.setCurrentIndex(group.group.findText("VSO 4A"))
    cells = group.grid.cells
    students = list(dict.fromkeys(sid for sid, _e in cells))
    element = next(e for _s, e in cells)
    first = cells[(students[0], element)]
    qtbot.waitUntil(first.isVisible)  # new cells are shown by the event loop
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    second = cells[(students[1], element)]
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_2)
    assert second.level == Level.WITH_HELP
    assert ctx.store.observations(students[1])[0].level == Level.WITH_HELP


def test_without_groups_or_students_the_page_says_what_to_do(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    click(qtbot, view.all)
    group = view.group_mode
    group.group.clear()
    group.load()
    assert "Er zijn nog geen groepen" in group.message.text()
    with qtbot.waitSignal(view.loaded):
        click(qtbot, view.one)
    view.student_mode.student.clear()
    with qtbot.waitSignal(view.loaded):
        view.student_mode.load()
    assert "nog geen leerlingen om te observeren" in view.student_mode.checklist.empty.text()


def test_clicking_a_steps_text_lets_keys_1_2_3_tick_it(
    qtbot: QtBot, ctx: AppContext, view: ObserveView
) -> None:
    """A teacher clicks the step she reads, presses 2: recorded, no level button needed
    in focus first. The chosen level's bold text does not make its button grow."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    jerome = student(ctx, "Jerome Tromp")
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome)
    row = next(iter(view.student_mode.checklist.rows.values()))
    widths = [b.width() for b in row.buttons.buttons.values()]
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    latest = ctx.store.observations(jerome)[0]
    assert (latest.element_id, latest.level) == (row.item.element_id, Level.WITH_HELP)
    assert row.level == Level.WITH_HELP
    qtbot.wait(0)  # the layout settles after the restyle
    assert [b.width() for b in row.buttons.buttons.values()] == widths
