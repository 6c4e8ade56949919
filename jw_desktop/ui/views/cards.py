"""Kaarten (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jw_desktop.ui.context import AppContext, tr


class CardsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Kaarten")))

    def refresh(self) -> None:
        pass
