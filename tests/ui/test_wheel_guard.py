"""Scrolling a form with the mouse wheel scrolls the form; it does not change the phase
or the date under the pointer on the way (found by a stranger on the student page)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot


def wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_past_a_combo_box_without_focus(qtbot: QtBot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    column = QVBoxLayout(page)
    column.addSpacing(2000)
    combo = QComboBox()
    combo.addItems([f"Fase {n}" for n in range(1, 7)])
    column.addWidget(combo)
    column.addSpacing(2000)
    area.setWidget(page)
    area.resize(300, 300)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(combo)
    before = area.verticalScrollBar().value()

    wheel_down(combo)  # the pointer happens to be over the combo box
    assert combo.currentIndex() == 0
    assert area.verticalScrollBar().value() > before

    combo.setFocus()  # clicked or tabbed to: then the wheel is for it
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentIndex() == 1
