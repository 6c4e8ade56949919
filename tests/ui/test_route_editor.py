"""Leerroute editor, clicked through as a teacher would, on a copy of the demo school.
Real drag-and-drop cannot run offscreen: the drop handler gets a QDropEvent carrying the
MIME data that a drag from the list produces."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from jw_desktop.demo.content import CARD_OTHER_SECTORS
from jw_desktop.model import ItemStatus
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.main_window import MainWindow
from jw_desktop.ui.views.route_editor import CARD_MIME, ITEM_MIME, RouteEditorView, ids_from


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def answer_next_dialog(button: str) -> list[str]:
    """Answer the next question the window asks by clicking the button with that text, as
    the user would. Returns what it said (text, then details), once it was answered."""
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        said.extend([dialog.text(), dialog.informativeText()])
        (chosen,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button]
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return said


WindowAt = Callable[[AppContext, int, int], MainWindow]


def student(ctx: AppContext, name: str) -> uuid.UUID:
    return ctx.store.find_students(name)[0].id


def codes(ctx: AppContext, student_id: uuid.UUID) -> list[str]:
    return [i.code for i in ctx.store.route(student_id).items]


def open_editor(qtbot: QtBot, ctx: AppContext, name: str) -> tuple[RouteEditorView, uuid.UUID]:
    view = RouteEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):  # read in the background
        view.refresh()
    sid = student(ctx, name)
    ctx.student_selected.emit(sid)  # chosen in Leerlingen: the editor follows
    assert view.student_id == sid and view.student.current_id() == sid
    return view, sid


def click_item(qtbot: QtBot, widget: object, item: QListWidgetItem) -> None:
    rect = widget.visualItemRect(item)  # type: ignore[attr-defined]
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def catalogue_item(view: RouteEditorView, code: str) -> QListWidgetItem:
    results = view.browser.results
    found = [results.item(n) for n in range(results.count())]
    return next(i for i in found if i.text().startswith(code + " "))


def search_and_pick(qtbot: QtBot, view: RouteEditorView, text: str, code: str) -> None:
    view.browser.search.clear()
    qtbot.keyClicks(view.browser.search, text)
    click_item(qtbot, view.browser.results, catalogue_item(view, code))
    assert view.browser.preview.card is not None and view.browser.preview.card.code == code


def test_search_preview_add_move_and_remove_with_buttons(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    assert "GRN-IK-02" not in codes(ctx, fatima)
    search_and_pick(qtbot, view, "gieter", "GRN-IK-02")
    preview = view.browser.preview
    assert len(preview.step_texts) == 8 and preview.pictures_shown == 8
    assert preview.step_texts[0].startswith("Stap 1: Vul de gieter")

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    route = codes(ctx, fatima)
    assert route[-1] == "GRN-IK-02" and messages == []
    assert view.route_codes() == route and view.message.text() == "GRN-IK-02 staat nu in de route."
    assert view.route.currentRow() == len(route) - 1  # the new item is selected

    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima).index("GRN-IK-02") == len(route) - 2
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima).index("GRN-IK-02") == len(route) - 3
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima).index("GRN-IK-02") == len(route) - 2

    asked = answer_next_dialog("Verwijderen")
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("GRN-IK-02 · ")
    assert "GRN-IK-02" not in codes(ctx, fatima) and len(codes(ctx, fatima)) == len(route) - 1
    assert messages == []


def test_add_goes_after_the_chosen_route_item(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    click_item(qtbot, view.route, view.route.item(0))
    search_and_pick(qtbot, view, "gieter", "GRN-IK-02")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima)[1] == "GRN-IK-02"


def test_adding_a_card_twice_shows_the_dutch_message(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    before = codes(ctx, fatima)
    search_and_pick(qtbot, view, "GRN-EWO-02", "GRN-EWO-02")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert messages == ["Kaart GRN-EWO-02 staat al in de route."]
    assert codes(ctx, fatima) == before


def drop(view: RouteEditorView, mime: object, pos: QPoint) -> None:
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,  # type: ignore[arg-type]
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        pos, event.possibleActions(), event.mimeData(), event.buttons(), event.modifiers()
    )
    QApplication.sendEvent(view.route.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.route.viewport(), event)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction


def test_dragging_a_card_onto_the_route_adds_it_where_it_is_dropped(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    search_and_pick(qtbot, view, "gieter", "GRN-IK-02")
    results = view.browser.results
    mime = results.mimeData([results.currentItem()])
    assert ids_from(mime, CARD_MIME) == [ctx.store.card_id("GRN-IK-02")]
    second = view.route.visualItemRect(view.route.item(1))
    drop(view, mime, second.topLeft() + QPoint(5, 2))  # upper half of row 1: before it
    assert codes(ctx, fatima)[1] == "GRN-IK-02" and messages == []
    assert view.route_codes()[1] == "GRN-IK-02"


def test_dragging_within_the_route_reorders_it(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    first, *rest = codes(ctx, fatima)
    mime = view.route.mimeData([view.route.item(0)])
    assert ids_from(mime, ITEM_MIME) == [ctx.store.route(fatima).items[0].id]
    last = view.route.visualItemRect(view.route.item(view.route.count() - 1))
    drop(view, mime, last.bottomLeft() + QPoint(5, -2))  # lower half of the last row
    assert codes(ctx, fatima) == [*rest, first]
    # dropping an item where it already is changes nothing
    assert view.route.drop_mime(view.route.mimeData([view.route.item(0)]), 0)
    assert codes(ctx, fatima) == [*rest, first]


def test_applying_a_template_shows_the_target_and_what_is_missing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view, sem = open_editor(qtbot, ctx, "sem jansen")
    assert codes(ctx, sem) == [] and view.route.count() == 0
    assert view.target_label.text() == "Deze route leidt nog niet naar een kwalificatie."
    assert view.empty.isVisible()
    assert view.empty.text() == "Nog geen leerroute: kies een sjabloon of voeg kaarten toe."
    view.template.setCurrentIndex(view.template.findText("Leerroute Orderpicker"))
    plan = ctx.store.template_plan(sem, view.template.current_id())  # type: ignore[arg-type]
    asked = answer_next_dialog("Toevoegen")
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    added = codes(ctx, sem)
    assert added == [c.code for c in plan.to_add] and view.route.count() == len(added)
    assert asked[0] == (
        f"{len(added)} kaarten uit 'Leerroute Orderpicker' toevoegen aan de route van "
        f"{view.student.currentText()}?"
    )
    assert all(code in asked[1] for code in added)  # the details say what is added
    assert "Het doel van de route wordt: Branchecertificaat Orderpicker" in asked[1]
    assert not view.empty.isVisible()
    assert view.message.text() == (
        f"{len(added)} kaarten uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z."
    )
    assert view.target_label.text() == "Deze route leidt naar: Branchecertificaat Orderpicker"
    assert view.missing.text().startswith("Nog niet behaald bij een beoordeling (0 van ")
    assert view.target.currentText() == "Branchecertificaat Orderpicker"
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, sem) == added
    assert view.message.text() == "Alle kaarten uit dit sjabloon staan al in de route."


def test_target_status_and_choosing_a_student(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    assert view.target_label.text().startswith("Deze route leidt naar: Praktijkbewijs")
    view.target.setCurrentIndex(view.target.findText("Praktijkverklaring Medewerker groen"))
    assert ctx.store.route(fatima).target_credential == "Praktijkverklaring Medewerker groen"
    assert "Nog niet behaald:" in view.missing.text()
    click_item(qtbot, view.route, view.route.item(0))
    assert view.status.isEnabled()  # a mouse click is enough (issue 9, point 4)
    view.status.setCurrentIndex(view.status.findText("klaar"))
    assert ctx.store.route(fatima).items[0].status == ItemStatus.DONE
    assert view.route.item(0).text().endswith("— klaar")
    jerome = student(ctx, "jerome")
    with qtbot.waitSignal(ctx.student_selected) as chosen:
        view.student.setCurrentIndex(view.student.index_of(jerome))
    assert chosen.args == [jerome] and view.route_codes() == codes(ctx, jerome)


def test_catalogue_filters_and_every_control_has_a_name(qtbot: QtBot, ctx: AppContext) -> None:
    view, _ = open_editor(qtbot, ctx, "fatima")
    browser = view.browser

    def hits() -> list[str]:
        return [browser.results.item(n).text() for n in range(browser.results.count())]

    browser.sector.setCurrentIndex(browser.sector.findText("Horeca"))
    also = tuple(code for code, keys in CARD_OTHER_SECTORS.items() if "horeca" in keys)
    assert hits() and all(" · Horeca · " in h or h.startswith(also) for h in hits())
    browser.card_type.setCurrentIndex(browser.card_type.findText("Instructiekaart"))
    assert hits() and all("\nInstructiekaart · Horeca" in h or h.startswith(also) for h in hits())
    browser.sector.setCurrentIndex(0)
    browser.card_type.setCurrentIndex(0)
    qtbot.keyClicks(browser.competence, "b1-k1-w2")  # typed in lower case: still found
    assert "GRN-IK-02" in " ".join(hits())
    assert browser.count.text() == f"{len(hits())} kaarten gevonden"
    browser.competence.clear()
    browser.phase.setCurrentIndex(browser.phase.findText("Fase 3"))
    assert hits() and all(h.endswith("fase 3") for h in hits())
    for kind in (QLineEdit, QComboBox, QPushButton, QListWidget):
        for widget in view.findChildren(kind):
            assert widget.accessibleName(), widget


def test_a_card_of_several_sectors_and_a_werkproces_of_one_dossier(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Issue 10, point 5: an employee-skills card (home sector Groen) is found under
    Logistiek too; '98103/B1-K1-W1' finds the logistiek cards, not the groen ones."""
    view, _ = open_editor(qtbot, ctx, "fatima")
    browser = view.browser

    def codes() -> list[str]:
        return [browser.results.item(n).text().split()[0] for n in range(browser.results.count())]

    browser.sector.setCurrentIndex(browser.sector.findText("Logistiek"))
    assert "GRN-WO-06" in codes() and "LOG-WO-01" in codes() and "GRN-WO-02" not in codes()
    browser.sector.setCurrentIndex(0)
    qtbot.keyClicks(browser.competence, "98103/b1-k1-w1")
    assert "LOG-WO-01" in codes() and not [c for c in codes() if c.startswith("GRN")]
    browser.competence.clear()
    qtbot.keyClicks(browser.competence, "98101/B1-K1-W1")
    assert codes() == ["GRN-WO-02"]


# -- undo, and asking before a template (issue 9, points 4 and 5) -------------------------


def test_clicking_an_item_with_the_mouse_enables_its_status(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    view.route.clearSelection()
    view.load_route()
    assert not view.status.isEnabled()
    click_item(qtbot, view.route, view.route.item(2))
    assert view.status.isEnabled()
    assert view.status.currentData() == ctx.store.route(fatima).items[2].status


def test_a_template_not_confirmed_adds_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    before = codes(ctx, fatima)
    view.template.setCurrentIndex(view.template.findText("Leerroute Orderpicker"))
    asked = answer_next_dialog("Niet toevoegen")
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    assert asked and "Wordt toegevoegd" in asked[1]
    assert codes(ctx, fatima) == before
    assert view.message.text() == "Het sjabloon is niet toegepast."


def test_every_route_change_can_be_undone_and_redone(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    original = codes(ctx, fatima)
    target = ctx.store.route(fatima).target_credential
    assert not view.undo_button.isEnabled()

    search_and_pick(qtbot, view, "gieter", "GRN-IK-02")  # add
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima) == [*original, "GRN-IK-02"]
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)  # move
    moved = codes(ctx, fatima)
    assert moved.index("GRN-IK-02") == len(original) - 1
    click_item(qtbot, view.route, view.route.item(0))  # status
    first = ctx.store.route(fatima).items[0]
    view.status.setCurrentIndex(view.status.findText("klaar"))
    assert ctx.store.route(fatima).items[0].status == ItemStatus.DONE
    answer_next_dialog("Verwijderen")  # remove
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert first.code not in codes(ctx, fatima)
    view.template.setCurrentIndex(view.template.findText("Leerroute Orderpicker"))
    answer_next_dialog("Toevoegen")  # template
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    with_template = codes(ctx, fatima)
    assert len(with_template) > len(moved) - 1
    assert "sjabloon" in view.undo_button.toolTip()

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # the template goes
    assert codes(ctx, fatima) == [c for c in moved if c != first.code]
    assert view.message.text().startswith("Ongedaan gemaakt: sjabloon")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.route.setFocus()
    qtbot.keyClick(view.route, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # remove
    assert codes(ctx, fatima) == moved
    back = ctx.store.route(fatima).items[0]
    assert (back.id, back.status) == (first.id, ItemStatus.DONE)  # as it was, with its status
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # status
    assert ctx.store.route(fatima).items[0].status == first.status
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # move
    assert codes(ctx, fatima) == [*original, "GRN-IK-02"]
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # add
    assert codes(ctx, fatima) == original
    assert not view.undo_button.isEnabled()
    assert ctx.store.route(fatima).target_credential == target

    qtbot.mouseClick(view.redo_button, Qt.MouseButton.LeftButton)  # redo the add
    assert codes(ctx, fatima) == [*original, "GRN-IK-02"]
    assert messages == []


def test_each_student_has_their_own_undo(qtbot: QtBot, ctx: AppContext) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    search_and_pick(qtbot, view, "gieter", "GRN-IK-02")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.undo_button.isEnabled()
    ctx.student_selected.emit(student(ctx, "jerome"))
    assert not view.undo_button.isEnabled()  # nothing done to Jerome's route yet
    ctx.student_selected.emit(fatima)
    assert view.undo_button.isEnabled()


def test_at_1024_by_600_the_route_shows_at_least_five_rows(
    qtbot: QtBot, ctx: AppContext, window_at: WindowAt
) -> None:
    window = window_at(ctx, 1024, 600)
    view = window.page("leerroute")
    assert isinstance(view, RouteEditorView)
    with qtbot.waitSignal(view.loaded):
        window.show_page("leerroute")
    fatima = student(ctx, "fatima")
    ctx.student_selected.emit(fatima)
    view.target.setCurrentIndex(view.target.findText("Branchecertificaat Orderpicker"))
    assert len(view.missing.text().splitlines()) > 5  # a long 'still missing' text
    assert len(codes(ctx, fatima)) >= 5 and window.height() == 600
    label = view.missing
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # laid out
    port = view.route.viewport().rect()
    items = [view.route.item(n) for n in range(view.route.count())]
    shown = [i for i in items if port.contains(view.route.visualItemRect(i))]
    assert len(shown) >= 5
    corner = view.route.mapTo(window, view.route.rect().bottomRight())
    assert window.rect().contains(corner)  # the list itself is in sight, not scrolled away
    assert view.missing_scroll.verticalScrollBar().maximum() > 0  # the rest of 'missing' scrolls


def test_in_a_1000_by_650_window_nothing_is_drawn_over_the_route(
    qtbot: QtBot, ctx: AppContext, window_at: WindowAt
) -> None:
    """With a long goal that wraps to three lines, the buttons under the route list stay
    under it (the page scrolls) instead of being laid over its last rows."""
    window = window_at(ctx, 1000, 650)
    view = window.page("leerroute")
    assert isinstance(view, RouteEditorView)
    with qtbot.waitSignal(view.loaded):
        window.show_page("leerroute")
    ctx.student_selected.emit(student(ctx, "jerome"))
    qtbot.waitUntil(lambda: view.target_label.text().startswith("Deze route leidt naar"))
    route, below = view.route, view.add_button

    def bottom_of_route() -> int:
        return route.mapTo(window, route.rect().bottomLeft()).y()

    qtbot.waitUntil(lambda: bottom_of_route() < below.mapTo(window, below.rect().topLeft()).y())
    label = view.target_label
    assert label.height() >= QLabel.heightForWidth(label, label.width())  # all its lines


def test_undoing_a_status_change_puts_back_its_dates(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo restores the status with the dates it had: a card done a month ago stays done
    on that day, and a planned card gets no start date from a change that was undone."""
    view, fatima = open_editor(qtbot, ctx, "fatima")
    items = ctx.store.route(fatima).items
    planned = next(i for i in items if i.status == ItemStatus.PLANNED)
    done = items[0] if items[0].id != planned.id else items[1]
    ctx.store.set_item_status(done.id, ItemStatus.DONE)
    view.load_route()
    later = ctx.store.today() + timedelta(days=30)
    monkeypatch.setattr(ctx.store, "_today", lambda: later)
    for item, other in ((planned, ItemStatus.IN_PROGRESS), (done, ItemStatus.IN_PROGRESS)):
        before = ctx.store.item_status_state(item.id)
        row = next(n for n, i in enumerate(ctx.store.route(fatima).items) if i.id == item.id)
        click_item(qtbot, view.route, view.route.item(row))
        view.status.setCurrentIndex(view.status.findData(other))
        assert ctx.store.item_status_state(item.id).status == other
        qtbot.keyClick(view.route, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ctx.store.item_status_state(item.id) == before
        qtbot.keyClick(view.route, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert ctx.store.item_status_state(item.id).status == other


def test_a_template_is_undone_even_if_one_of_its_cards_was_taken_out_meanwhile(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view, fatima = open_editor(qtbot, ctx, "fatima")
    original = codes(ctx, fatima)
    view.template.setCurrentIndex(view.template.findText("Leerroute Orderpicker"))
    answer_next_dialog("Toevoegen")
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    added = [i for i in ctx.store.route(fatima).items if i.code not in original]
    assert added
    ctx.store.remove_from_route(added[0].id)  # another window, or a sync
    view.load_route()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert codes(ctx, fatima) == original
