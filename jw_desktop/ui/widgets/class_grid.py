"""The class overview's grid: students down, steps or criteria (or cards) across, each cell
in its level's colour with the level's number in it ('1 / 2 / 3', '–' not observed), so it
reads for colour-blind users and in grey print. One painted widget, not a widget per cell:
a group of 30 x 40 cells draws in a few milliseconds, and only the visible part is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jw_desktop.model import Level
from jw_desktop.model.overview import ClassGrid
from jw_desktop.ui.context import tr
from jw_desktop.ui.widgets.progress_chart import level_colour, level_symbol
from jw_desktop.ui.words import level_words

CELL_W = 76
CELL_H = 30
NAME_W = 180
HEADER_H = 36


class ClassGridWidget(QWidget):
    """Draws a model ClassGrid. Arrow keys move the current cell, Enter or a click on a
    row chooses that student (student_chosen)."""

    student_chosen = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: ClassGrid | None = None
        self.current = (0, 0)  # row, column
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Klasoverzicht"))

    def set_grid(self, grid: ClassGrid | None) -> None:
        self.grid = grid
        rows, columns = self.shape()
        self.current = (
            min(self.current[0], max(0, rows - 1)),
            min(self.current[1], max(0, columns - 1)),
        )
        self.setFixedSize(self.sizeHint())
        self._describe()
        self.update()

    def data(self) -> ClassGrid | None:
        """What is drawn (for tests and for printing)."""
        return self.grid

    def shape(self) -> tuple[int, int]:
        if self.grid is None:
            return 0, 0
        return len(self.grid.rows), len(self.grid.columns)

    def sizeHint(self) -> QSize:
        rows, columns = self.shape()
        return QSize(NAME_W + columns * CELL_W + 1, HEADER_H + rows * CELL_H + 1)

    def cell_rect(self, row: int, column: int) -> QRect:
        return QRect(NAME_W + column * CELL_W, HEADER_H + row * CELL_H, CELL_W, CELL_H)

    def name_rect(self, row: int) -> QRect:
        return QRect(0, HEADER_H + row * CELL_H, NAME_W, CELL_H)

    def level_at(self, row: int, column: int) -> Level | None:
        assert self.grid is not None
        return self.grid.rows[row].levels[column]

    def cell_at(self, point: QPoint) -> tuple[int, int | None] | None:
        """(row, column) under a point; column None on the name; None outside the rows."""
        rows, columns = self.shape()
        row = (point.y() - HEADER_H) // CELL_H
        if point.y() < HEADER_H or not 0 <= row < rows:
            return None
        if point.x() < NAME_W:
            return row, None
        column = (point.x() - NAME_W) // CELL_W
        return (row, column) if column < columns else None

    @staticmethod
    def _draw_header(painter: QPainter, box: QRect, label: str) -> None:
        """A column's label on one line: a card code never breaks at its hyphens
        ('GRN-' / 'WO-06'). A label too wide is drawn smaller (down to 70 %), then
        shortened in the middle; the whole label is in each cell's tooltip."""
        font = painter.font()
        wide = painter.fontMetrics().horizontalAdvance(label)
        if wide > box.width():
            smaller = max(font.pointSizeF() * 0.7, font.pointSizeF() * box.width() / wide)
            font.setPointSizeF(smaller)
        painter.save()
        painter.setFont(font)
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        if grid is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(ink, 1))
        area = event.rect()
        first_col = max(0, (area.left() - NAME_W) // CELL_W)
        last_col = min(len(grid.columns) - 1, (area.right() - NAME_W) // CELL_W)
        first_row = max(0, (area.top() - HEADER_H) // CELL_H)
        last_row = min(len(grid.rows) - 1, (area.bottom() - HEADER_H) // CELL_H)
        for column in range(first_col, last_col + 1):
            head = QRect(NAME_W + column * CELL_W, 0, CELL_W, HEADER_H).adjusted(2, 0, -2, 0)
            self._draw_header(painter, head, grid.columns[column].label)
        bold = painter.font()
        bold.setBold(True)
        normal = painter.font()
        for row in range(first_row, last_row + 1):
            entry = grid.rows[row]
            painter.setFont(normal)
            painter.drawText(
                self.name_rect(row).adjusted(4, 0, -4, 0),
                Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    entry.name, Qt.TextElideMode.ElideRight, NAME_W - 8
                ),
            )
            painter.setFont(bold)
            for column in range(first_col, last_col + 1):
                level = entry.levels[column]
                box = self.cell_rect(row, column)
                painter.fillRect(box, level_colour(level))
                painter.drawRect(box)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, level_symbol(level))
        if self.hasFocus() and grid.rows and grid.columns:
            row, column = self.current
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(row, column).adjusted(1, 1, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.cell_at(event.position().toPoint())
        if found is None or self.grid is None:
            super().mousePressEvent(event)
            return
        row, column = found
        self._move(row, self.current[1] if column is None else column)
        self.student_chosen.emit(self.grid.rows[row].student_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows, columns = self.shape()
        if not rows or not columns or self.grid is None:
            super().keyPressEvent(event)
            return
        row, column = self.current
        moves = {
            Qt.Key.Key_Up: (row - 1, column),
            Qt.Key.Key_Down: (row + 1, column),
            Qt.Key.Key_Left: (row, column - 1),
            Qt.Key.Key_Right: (row, column + 1),
            Qt.Key.Key_Home: (row, 0),
            Qt.Key.Key_End: (row, columns - 1),
        }
        key = Qt.Key(event.key())
        if key in moves and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._move(*moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.student_chosen.emit(self.grid.rows[row].student_id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move(self, row: int, column: int) -> None:
        rows, columns = self.shape()
        self.current = (max(0, min(rows - 1, row)), max(0, min(columns - 1, column)))
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says: the current cell in words."""
        grid = self.grid
        if grid is None or not grid.rows or not grid.columns:
            self.setAccessibleDescription("")
            return
        row, column = self.current
        level = grid.rows[row].levels[column]
        said = level_words(level)
        target = grid.columns[column]
        self.setAccessibleDescription(
            f"{grid.rows[row].name}, {target.label} {target.text}: {said}"
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.grid:
            found = self.cell_at(event.pos())
            row, column = found if found is not None else (0, None)
            if column is not None:
                level = self.level_at(row, column)
                said = level_words(level)
                target = self.grid.columns[column]
                QToolTip.showText(
                    event.globalPos(),
                    f"{self.grid.rows[row].name}\n{target.label}: {target.text}\n{said}",
                    self,
                )
                return True
            QToolTip.hideText()
            return True
        return super().event(event)
