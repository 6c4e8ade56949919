"""Klasoverzicht and the student chart, used as a teacher would: pick a group and a card,
read the grid (colour and number per level), click a student for their chart. The widgets
expose the data they draw; the tests read it back and check the painted pixels too."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jw_desktop.model import Level
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.style import LEVEL_COLOURS, NOT_OBSERVED_COLOUR
from jw_desktop.ui.views.class_overview import ClassOverviewView


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> ClassOverviewView:
    view = ClassOverviewView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    return view


def choose_group(qtbot: QtBot, view: ClassOverviewView, name: str) -> None:
    """Pick a group in the combo; its grid is read in the background."""
    index = view.group.findText(name)
    if index != view.group.currentIndex():
        with qtbot.waitSignal(view.loaded):
            view.group.setCurrentIndex(index)


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def colour_at(image: QImage, point: QPoint) -> str:
    return QColor(image.pixel(point)).name()


def choose_card(qtbot: QtBot, view: ClassOverviewView, code: str) -> None:
    index = next(n for n in range(view.card.count()) if view.card.itemText(n).startswith(code))
    with qtbot.waitSignal(view.loaded):
        view.card.setCurrentIndex(index)


def test_grid_shows_each_students_level_in_colour_and_number(
    qtbot: QtBot, ctx: AppContext, view: ClassOverviewView
) -> None:
    choose_group(qtbot, view, "VSO 4A")
    choose_card(qtbot, view, "GRN-EWO-01")
    data = view.grid.data()
    assert data is not None
    group_id = uuid.UUID(view.group.currentData())
    assert [r.name for r in data.rows] == [s.name for s in ctx.store.students(group_id)]
    assert [c.label for c in data.columns][:2] == ["criterium 1", "criterium 2"]
    jerome = next(n for n, r in enumerate(data.rows) if r.name == "Jerome Tromp")
    levels = ctx.store.levels(data.rows[jerome].student_id)
    for column, target in enumerate(data.columns):
        expected = levels.get(target.id)
        assert data.rows[jerome].levels[column] == (expected[0] if expected else None)
    image = picture(view.grid)
    for column, level in enumerate(data.rows[jerome].levels):
        box = view.grid.cell_rect(jerome, column)
        wanted = LEVEL_COLOURS[level] if level is not None else NOT_OBSERVED_COLOUR
        assert colour_at(image, box.topLeft() + QPoint(4, 4)) == wanted
    assert Level.WITH_HELP in data.rows[jerome].levels  # the demo: criterium 9 met hulp


def test_a_click_on_a_student_draws_their_chart(
    qtbot: QtBot, ctx: AppContext, view: ClassOverviewView
) -> None:
    choose_group(qtbot, view, "VSO 4A")
    data = view.grid.data()
    assert data is not None and data.card_id is None  # all cards, the lowest level each
    jerome = next(n for n, r in enumerate(data.rows) if r.name == "Jerome Tromp")
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=view.grid.name_rect(jerome).center())
    sid = data.rows[jerome].student_id
    assert view.student_id == sid
    assert view.chart.title.text() == "Voortgang van Jerome Tromp"
    chart = view.chart.chart
    assert chart == ctx.store.student_chart(sid)
    seen = sum(w.total for w in chart.weeks)
    word = "observatie" if seen == 1 else "observaties"
    assert view.chart.summary.text().startswith(f"{seen} {word} in de laatste 12 weken.")
    weeks = view.chart.weeks
    assert weeks.data() == chart.weeks and len(chart.weeks) == 12
    busy = max(range(len(chart.weeks)), key=lambda n: chart.weeks[n].total)
    assert chart.weeks[busy].total > 0
    image = picture(weeks)
    level = next(lv for lv in Level if chart.weeks[busy].counts[int(lv)])
    box = weeks.bar_rect(busy, level)
    assert colour_at(image, box.center().toPoint()) == LEVEL_COLOURS[level]
    phases = view.chart.phases
    assert phases.data() == chart.phases and chart.phases
    row = next(n for n, p in enumerate(chart.phases) if p.total)
    part, _count = next(p for p in phases._parts(chart.phases[row]) if p[1])
    segment = phases.segment_rect(row, part)
    image = picture(phases)
    expected = LEVEL_COLOURS[part] if part is not None else NOT_OBSERVED_COLOUR
    assert colour_at(image, segment.topLeft().toPoint() + QPoint(3, 3)) == expected


def test_the_grid_by_keyboard(qtbot: QtBot, view: ClassOverviewView) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    choose_group(qtbot, view, "VSO 4A")
    view.grid.setFocus()
    data = view.grid.data()
    assert data is not None
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.grid.current == (1, 1)
    assert data.rows[1].name in view.grid.accessibleDescription()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert view.student_id == data.rows[1].student_id


def test_without_groups_it_says_what_the_page_is_for(qtbot: QtBot, view: ClassOverviewView) -> None:
    view.group.clear()
    view.load()
    assert "Er zijn nog geen groepen" in view.message.text()
    assert not view.grid.isVisible() and view.chart.chart is None


def test_a_late_answer_for_a_group_left_behind_is_dropped(
    qtbot: QtBot, ctx: AppContext, view: ClassOverviewView
) -> None:
    first, second = (uuid.UUID(view.group.itemData(n)) for n in (1, 2))
    with qtbot.waitSignal(view.loaded):
        view.group.setCurrentIndex(1)
        view.group.setCurrentIndex(2)  # before the first group's grid came back
    ctx.wait()
    QApplication.processEvents()  # the late answer is delivered now; it must change nothing
    data = view.grid.data()
    assert data is not None and data.group_id == second != first
    names = {s.name for s in ctx.store.students(second)}
    assert {r.name for r in data.rows} == names


def test_a_card_code_in_the_header_stays_on_one_line(qtbot: QtBot) -> None:
    """'GRN-EWO-01' is drawn on one line (smaller if needed), never broken at a hyphen
    into 'GRN-' over 'EWO-01'."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from jw_desktop.ui.widgets.class_grid import CELL_W, HEADER_H, ClassGridWidget

    image = QImage(CELL_W, HEADER_H, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ClassGridWidget._draw_header(painter, QRect(2, 0, CELL_W - 4, HEADER_H), "GRN-EWO-01")
    line_height = painter.fontMetrics().height()
    painter.end()
    inked = [
        y
        for y in range(HEADER_H)
        if any(image.pixelColor(x, y).lightness() < 128 for x in range(CELL_W))
    ]
    assert inked and inked[-1] - inked[0] < line_height  # one line of text


def test_an_answer_for_a_page_already_gone_is_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    """Logging out while the grid is read deletes the page; the late answer must not touch
    its deleted widgets (pytest-qt fails the test on an exception in a slot)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    page = ClassOverviewView(ctx)
    page.refresh()
    ctx.wait()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)  # let the queued answer arrive
