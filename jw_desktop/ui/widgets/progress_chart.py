"""A plain bar chart of progress: one row per phase, credential or placement, each with
its label and numbers in words and a bar drawn with QPainter (never colour alone)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class Bar(QWidget):
    """A horizontal bar filled to a fraction, with a border so it reads in high contrast."""

    def __init__(self, fraction: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = min(max(fraction, 0.0), 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(220, max(18, self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 3, 3)
        if self.fraction > 0:
            filled = QRectF(box.left(), box.top(), box.width() * self.fraction, box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled.adjusted(1, 1, -1, -1), 2, 2)
        painter.end()


class ProgressChart(QWidget):
    """Rows of: 'label: text' in words, and below it the bar with an optional extra
    widget (e.g. a button) beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._texts: list[str] = []

    def clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._texts = []

    def add_row(self, label: str, fraction: float, text: str, extra: QWidget | None = None) -> None:
        row = QWidget()
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        said = QLabel(f"<b>{_html(label)}</b>: {_html(text)}")
        said.setWordWrap(True)
        bar = Bar(fraction)
        bar.setAccessibleName(f"{label}: {text}")
        layout.addWidget(said, 0, 0, 1, 2)
        layout.addWidget(bar, 1, 0)
        if extra is not None:
            layout.addWidget(extra, 1, 1)
        layout.setColumnStretch(0, 1)
        self.column.addWidget(row)
        self._texts.append(f"{label}: {text}")

    def add_message(self, text: str) -> None:
        """A row with only words, e.g. 'Nog geen leerroute.'"""
        label = QLabel(text)
        label.setWordWrap(True)
        self.column.addWidget(label)
        self._texts.append(text)

    def texts(self) -> list[str]:
        """What the chart says, row by row (for tests and screen readers)."""
        return list(self._texts)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")
