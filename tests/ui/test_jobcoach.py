"""Mijn leerlingen, used as a jobcoach at the workplace would: only their own students,
ticks recorded as werkplek, hours and a work note, by touch and by keyboard only, on a
small 1024 x 600 screen."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from factories import free_day
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from jw_desktop.model import Level, NoteCategory, Setting
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.jobcoach import JobcoachView
from jw_desktop.ui.widgets.level_buttons import MIN_TARGET

COACHED = {"Jerome Tromp", "Kevin Tjon A Fong", "Lisa Vermeulen", "Ruben Pinas", "Sophie Mulder"}


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("r.verbeek@example.nl")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> JobcoachView:
    view = JobcoachView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def jerome(ctx: AppContext) -> uuid.UUID:
    return ctx.store.find_students("Jerome")[0].id


def choose_jerome(qtbot: QtBot, view: JobcoachView) -> uuid.UUID:
    sid = jerome(view.ctx)
    qtbot.mouseClick(view.list.buttons[sid], Qt.MouseButton.LeftButton)
    assert view.student_id == sid and view.name.text() == "Jerome Tromp"
    return sid


def work_day(ctx: AppContext, sid: uuid.UUID) -> date:
    return free_day(ctx.store, sid)


def minutes_done(ctx: AppContext, sid: uuid.UUID) -> int:
    return ctx.store.progress(sid).hours[0].minutes_done


def test_only_the_coachs_students_are_listed(view: JobcoachView) -> None:
    names = {b.text() for b in view.list.buttons.values()}
    assert names == COACHED
    assert all(b.height() >= MIN_TARGET for b in view.list.buttons.values())


def test_todays_task_checklist_records_werkplek(
    qtbot: QtBot, ctx: AppContext, view: JobcoachView
) -> None:
    sid = choose_jerome(qtbot, view)
    assert view.task.currentText().startswith("GRN-EWO-01")  # the route item 'bezig'
    rows = list(view.checklist.rows.values())
    assert len(rows) == 10 and rows[8].level == Level.WITH_HELP
    qtbot.mouseClick(rows[8].buttons.buttons[Level.INDEPENDENT], Qt.MouseButton.LeftButton)
    latest = ctx.store.observations(sid)[0]
    assert (latest.element_id, latest.level, latest.setting) == (
        rows[8].item.element_id,
        Level.INDEPENDENT,
        Setting.WORKPLACE,
    )
    assert len(ctx.store.still_to_practise(sid)) == 1
    qtbot.mouseClick(view.undo.button, Qt.MouseButton.LeftButton)
    assert len(ctx.store.still_to_practise(sid)) == 2 and rows[8].level == Level.WITH_HELP


def test_card_of_the_task_opens_for_the_student(qtbot: QtBot, view: JobcoachView) -> None:
    choose_jerome(qtbot, view)
    qtbot.mouseClick(view.show_card, Qt.MouseButton.LeftButton)
    assert view.viewer_dialog is not None and view.viewer_dialog.isVisible()
    view.viewer_dialog.close()


def test_hours_are_added_and_bad_entries_refused(
    qtbot: QtBot, ctx: AppContext, view: JobcoachView, messages: list[str]
) -> None:
    sid = choose_jerome(qtbot, view)
    hours = view.hours
    assert hours.day.date().toPython() == ctx.store.today()
    before = minutes_done(ctx, sid)
    assert f"{before // 60} van 640 uur" in hours.total.text()

    qtbot.mouseClick(hours.save, Qt.MouseButton.LeftButton)  # 0 hours
    # Refusals show under the form, beside what was typed, not in a box.
    assert hours.message.text() == "Vul meer dan 0 uur in (hoogstens 24), of vink Afwezig aan."
    assert hours.message.property("role") == "error" and messages == []
    hours.day.setDate(QDate(2026, 1, 15))  # before the placement started
    hours.hours.setValue(4)
    qtbot.mouseClick(hours.save, Qt.MouseButton.LeftButton)
    assert "valt buiten de stageperiode" in hours.message.text() and messages == []
    assert minutes_done(ctx, sid) == before

    hours.day.setDate(QDate(work_day(ctx, sid)))
    hours.hours.clear()
    qtbot.keyClicks(hours.hours, "4,5")
    qtbot.keyClicks(hours.remark, "Kassa en vakken vullen")
    qtbot.mouseClick(hours.save, Qt.MouseButton.LeftButton)
    assert messages == [] and hours.message.property("role") == ""
    assert minutes_done(ctx, sid) == before + 270
    assert hours.total.text().endswith(
        f"{(before + 270) / 60:.1f}".replace(".", ",") + " van 640 uur"
    )
    assert hours.hours.value() == 0 and "Opgeslagen: 4,5 uur" in hours.message.text()


def test_a_work_note_is_saved_as_werk(qtbot: QtBot, ctx: AppContext, view: JobcoachView) -> None:
    sid = choose_jerome(qtbot, view)
    qtbot.keyClicks(view.note.text, "Werkt netjes, vraagt op tijd om hulp.")
    qtbot.mouseClick(view.note.save, Qt.MouseButton.LeftButton)
    note = ctx.store.notes(sid)[0]
    assert (note.text, note.category) == (
        "Werkt netjes, vraagt op tijd om hulp.",
        NoteCategory.WORK,
    )
    assert view.note.text.toPlainText() == "" and view.note.message.text() == "Notitie opgeslagen."


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 120) -> None:
    """Press Tab until the target has the focus, as a keyboard user would."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is target:
            return
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def test_everything_with_the_keyboard_only(
    qtbot: QtBot, ctx: AppContext, view: JobcoachView
) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    first = next(iter(view.list.buttons.values()))
    first.setFocus()
    sid = jerome(ctx)
    tab_to(qtbot, view.list.buttons[sid])
    qtbot.keyClick(view.list.buttons[sid], Qt.Key.Key_Space)
    assert view.student_id == sid

    row = list(view.checklist.rows.values())[9]
    tab_to(qtbot, row.buttons.buttons[Level.INDEPENDENT])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    latest = ctx.store.observations(sid)[0]
    assert (latest.level, latest.setting) == (Level.INDEPENDENT, Setting.WORKPLACE)

    before = minutes_done(ctx, sid)
    view.hours.day.setDate(QDate(work_day(ctx, sid)))
    tab_to(qtbot, view.hours.hours)
    qtbot.keyClicks(view.hours.hours, "3")
    tab_to(qtbot, view.hours.save)
    qtbot.keyClick(view.hours.save, Qt.Key.Key_Space)
    assert minutes_done(ctx, sid) == before + 180

    tab_to(qtbot, view.note.text)
    qtbot.keyClicks(view.note.text, "Met toetsenbord genoteerd.")
    tab_to(qtbot, view.note.save)
    qtbot.keyClick(view.note.save, Qt.Key.Key_Return)  # Enter presses a button too
    assert ctx.store.notes(sid)[0].text == "Met toetsenbord genoteerd."


def test_fits_a_small_screen_without_sideways_scrolling(qtbot: QtBot, view: JobcoachView) -> None:
    choose_jerome(qtbot, view)
    view.resize(1024, 600)
    qtbot.wait(10)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    content = view.details.widget()
    assert content.minimumSizeHint().width() <= view.details.viewport().width()
    assert content.width() <= view.details.viewport().width()
    for button in content.findChildren(QAbstractButton):
        if button.isVisible():
            right = button.mapTo(content, button.rect().topRight()).x()
            assert right <= content.width(), button.text()
            assert button.height() >= MIN_TARGET, button.text()
    assert view.width() == 1024 and view.height() == 600


def test_in_the_main_window_it_is_the_first_page_and_survives_refreshes(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from jw_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    view = window.page("jobcoach")
    assert isinstance(view, JobcoachView) and window.stack.currentWidget() is view
    sid = choose_jerome(qtbot, view)
    rows = dict(view.checklist.rows)
    qtbot.mouseClick(
        next(iter(rows.values())).buttons.buttons[Level.NOT_YET], Qt.MouseButton.LeftButton
    )
    assert view.checklist.rows == rows and view.student_id == sid
    assert ctx.store.observations(sid)[0].setting == Setting.WORKPLACE


def test_a_new_student_starts_at_the_top_with_the_name_fixed_above(
    qtbot: QtBot, view: JobcoachView
) -> None:
    choose_jerome(qtbot, view)
    bar = view.details.verticalScrollBar()
    assert bar.maximum() > 0  # the checklist is longer than the screen
    last = list(view.checklist.rows.values())[-1].buttons.buttons[Level.INDEPENDENT]
    last.setFocus()
    tab_to(qtbot, view.hours.save)  # tabbing on scrolls the page down, as a coach does
    assert bar.value() > 0
    kevin = next(b for b in view.list.buttons.values() if b.text() == "Kevin Tjon A Fong")
    qtbot.mouseClick(kevin, Qt.MouseButton.LeftButton)
    assert bar.value() == 0
    assert view.name.text() == "Kevin Tjon A Fong" and view.name.isVisible()
    assert not view.details.isAncestorOf(view.name)  # it never scrolls out of sight
    name_bottom = view.name.mapTo(view, view.name.rect().bottomLeft()).y()
    assert name_bottom < view.details.mapTo(view, view.details.rect().topLeft()).y()


def test_keys_for_the_next_student_levels_and_undo(
    qtbot: QtBot, ctx: AppContext, view: JobcoachView
) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    sid = choose_jerome(qtbot, view)
    order = list(view.students)
    row = list(view.checklist.rows.values())[9]
    button = row.buttons.buttons[Level.NOT_YET]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_3)  # 3 = zelfstandig, on the focused criterion
    latest = ctx.store.observations(sid)[0]
    assert (latest.element_id, latest.level) == (row.item.element_id, Level.INDEPENDENT)
    assert row.level == Level.INDEPENDENT
    qtbot.keyClick(button, Qt.Key.Key_2)
    assert ctx.store.observations(sid)[0].level == Level.WITH_HELP
    qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.observations(sid)[0].level == Level.INDEPENDENT  # the 2 is withdrawn
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.student_id == order[order.index(sid) + 1]
    assert QApplication.focusWidget() is view.list.buttons[view.student_id]
    assert view.name.text() == view.students[view.student_id].name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.student_id == sid


def test_every_control_is_reached_by_tab_and_has_a_name(qtbot: QtBot, view: JobcoachView) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    choose_jerome(qtbot, view)
    first = next(iter(view.list.buttons.values()))
    first.setFocus()
    reached: list[QWidget] = [first]
    for _ in range(200):  # round once; a date field takes one Tab per part of the date
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is first:
            break
        reached.append(focus)
    controls = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisibleTo(view)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QScrollArea)
        and w.focusProxy() is None
    ]
    missing = [w.accessibleName() or type(w).__name__ for w in controls if w not in reached]
    assert not missing
    unnamed = [w for w in controls if not (w.accessibleName() or getattr(w, "text", str)())]
    assert not unnamed


def test_card_window_has_sluiten_escape_and_real_full_screen(
    qtbot: QtBot, view: JobcoachView
) -> None:
    choose_jerome(qtbot, view)
    steps = next(n for n in range(view.task.count()) if view.task.itemText(n).startswith("GRN-IK-"))
    view.task.setCurrentIndex(steps)
    qtbot.mouseClick(view.show_card, Qt.MouseButton.LeftButton)
    window = view.viewer_dialog
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.close_button.isVisible() and window.close_button.text() == "Sluiten"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # no click into it first
    assert not window.isVisible()

    qtbot.mouseClick(view.show_card, Qt.MouseButton.LeftButton)
    window = view.viewer_dialog
    assert window is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.viewer.full_screen, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    assert window.close_button.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.isFullScreen() and window.isVisible()
    assert window.viewer.full_screen.text() == "Volledig scherm"
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_coach_without_students_is_told_why_the_screen_is_empty(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    ctx = login_as("r.verbeek@example.nl")
    view = JobcoachView(ctx)
    qtbot.addWidget(view)
    view.choose(None)
    assert view.name.text() == "Je begeleidt nu geen leerlingen."
    assert "Er is nog niemand aan jou gekoppeld" in view.checklist.empty.text()
    assert not view.task.isEnabled() and not view.show_card.isEnabled()


def test_the_card_window_fits_the_screen_with_its_step_buttons(
    qtbot: QtBot, view: JobcoachView
) -> None:
    """'Kaart tonen' on a small laptop screen (the offscreen screen is 800 x 600): the window
    is no taller than the screen, so the buttons at its foot are in sight (it opened 700
    high, Vorige / Volgende below the edge)."""
    choose_jerome(qtbot, view)
    qtbot.mouseClick(view.show_card, Qt.MouseButton.LeftButton)
    dialog = view.viewer_dialog
    assert dialog is not None and dialog.isVisible()
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height(), (dialog.size(), area)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)
    dialog.close()
