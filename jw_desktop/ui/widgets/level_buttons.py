"""Large, touch-friendly buttons, and the three buttons of the one observation scale
(nog niet / met hulp / zelfstandig): one click or touch records one observation."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from jw_desktop.model import Level
from jw_desktop.ui.context import tr
from jw_desktop.ui.style import LEVEL_COLOURS, LEVEL_SYMBOLS

MIN_TARGET = 44  # px: the smallest target a finger hits reliably (WCAG 2.5.5)

LEVEL_KEYS = {
    Qt.Key.Key_1: Level.NOT_YET,
    Qt.Key.Key_2: Level.WITH_HELP,
    Qt.Key.Key_3: Level.INDEPENDENT,
}


class BigButton(QPushButton):
    """A push button at least 44 px high that Enter presses too, not only Space: keyboard
    users in the workshop expect both."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setMinimumHeight(MIN_TARGET)
        self.setMinimumWidth(MIN_TARGET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits the widgets in the order they are seen, also after rows were rebuilt
    (Qt's default is the order of creation)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def level_style(level: Level | None) -> str:
    """Background of a button or cell showing a level, so the state is seen at a glance
    (the text says it too: colour is never the only cue)."""
    if level is None:
        return ""
    return f"background-color: {LEVEL_COLOURS[level]}; font-weight: bold;"


class LevelButtons(QWidget):
    """Three buttons for one step or criterion; the current level is shown checked.
    `chosen(Level)` fires on a click; the owner records it and then calls set_level."""

    chosen = Signal(object)  # Level

    def __init__(self, who: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level: Level | None = None
        self.buttons: dict[Level, BigButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for level in Level:
            button = BigButton(level.label)
            button.setCheckable(True)
            bold = QFont(button.font())
            bold.setBold(True)  # the chosen level is bold: room for it, so nothing shifts
            button.setMinimumWidth(max(96, QFontMetrics(bold).horizontalAdvance(level.label) + 28))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{who}, {what}, {level.label}")
            button.setToolTip(
                tr("{level} (toets {key})").format(level=level.label, key=LEVEL_SYMBOLS[level])
            )
            button.clicked.connect(lambda _c=False, lv=level: self._clicked(lv))
            self.buttons[level] = button
            layout.addWidget(button)

    def set_level(self, level: Level | None) -> None:
        self.level = level
        for lv, button in self.buttons.items():
            button.setChecked(lv == level)
            button.setStyleSheet(level_style(lv) if lv == level else "")

    def _clicked(self, level: Level) -> None:
        self.set_level(self.level)  # the check mark moves only once it is recorded
        self.chosen.emit(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1, 2, 3 on a focused level button tick nog niet, met hulp, zelfstandig
        (the button ignores digits, so they arrive here)."""
        level = LEVEL_KEYS.get(Qt.Key(event.key()))
        if level is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._clicked(level)
            event.accept()
            return
        super().keyPressEvent(event)
