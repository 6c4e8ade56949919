"""What the Beheer pages share: the feedback line under a form, read-only tables whose long
texts elide (the whole text in the tooltip) instead of widening the page, labels that do
the same, and the Dutch name of a role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from jw_desktop.model import Role
from jw_desktop.ui.context import tr
from jw_desktop.ui.widgets.id_combo import shrink

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
FILE_NAME_LETTERS = 40  # a file name in a sentence: longer ones are shortened in the middle


def role_label(role: Role | str) -> str:
    return {
        Role.TEACHER: tr("Docent"),
        Role.JOBCOACH: tr("Jobcoach"),
        Role.ADMIN: tr("Beheerder"),
    }.get(Role(role), str(role))


class Feedback(QLabel):
    """One line under a form: green when done, red with the library's message if not. It
    wraps, so a long message is read in full and never widens the page."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAccessibleName(tr("Melding"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)
        QTimer.singleShot(0, self._into_view)

    def error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)
        QTimer.singleShot(0, self._into_view)

    def _into_view(self) -> None:
        """In a low window (1024 x 600) the line under the forms is below the fold: the
        page scrolls to it, so the answer to a click is seen, not left out of sight."""
        if not isValid(self) or not self.text():
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self, 0, 8)


class ElidedLabel(QLabel):
    """One line of text that ends in '…' when the room is too small (a 130-letter name), the
    whole text in the tooltip: the label never makes its page wider than the window."""

    def __init__(self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight):
        super().__init__()
        self.mode = mode
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def sizeHint(self) -> QSize:
        """Room for the whole text up to about 30 letters; beyond that it elides."""
        metrics = self.fontMetrics()
        wanted = min(metrics.horizontalAdvance(self.full), 30 * metrics.averageCharWidth())
        return QSize(wanted + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, self.mode, max(self.width(), 40)))


def short_name(path: Path | str, letters: int = FILE_NAME_LETTERS) -> str:
    """A file name for a sentence: the name only, shortened in the middle when it is long
    (a word without spaces cannot wrap); show the whole path as the tooltip."""
    name = Path(path).name
    if len(name) <= letters:
        return name
    half = (letters - 1) // 2
    return name[:half] + "…" + name[-half:]


def combo(accessible_name: str) -> QComboBox:
    """A combo box that may be narrower than its longest entry (a long staff name)."""
    widget = QComboBox()
    widget.setAccessibleName(accessible_name)
    shrink(widget, 20)
    return widget


def table(headers: list[str], name: str, parent: QWidget | None = None) -> QTableWidget:
    """A read-only table: one row chosen at a time, long cells elided with a tooltip."""
    widget = QTableWidget(0, len(headers), parent)
    widget.setHorizontalHeaderLabels(headers)
    widget.setAccessibleName(name)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setWordWrap(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    widget.verticalHeader().setVisible(False)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Rows of (key kept in UserRole, cell texts); each cell's tooltip is its whole text."""
    widget.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            widget.setItem(r, c, item)


def selected_key(widget: QTableWidget) -> Any:
    items = widget.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


def wrapping(text: str = "") -> QLabel:
    """A label that wraps to the room it gets and never asks for more width."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def empty_note(text: str) -> QLabel:
    """What an empty list means and what to do about it, shown instead of the list."""
    label = wrapping(text)
    label.setStyleSheet("color: #555;")
    return label
