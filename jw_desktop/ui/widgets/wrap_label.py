"""A word-wrapped label that asks its layout for the height its text really takes at the
width it got. Qt's layouts guess a wrapped label's minimum height for some other width,
so in a tight column (the route editor at 1000 x 650) the lines under it were drawn over
the list above them instead of making the page scroll."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:
        """No height-for-width for the layout: it would plan with that and hand out more
        than it has; this label keeps its minimum height right itself."""
        return False

    def _fit_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
