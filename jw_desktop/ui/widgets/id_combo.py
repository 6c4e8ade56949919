"""A combo box whose entries carry a uuid (or None). Qt cannot compare Python objects
stored as item data, so ids are kept as text and turned back into uuids here."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from jw_desktop.ui.context import tr

from .phase_text import phase_tooltip


class IdCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shrink(self)

    def add_id(self, text: str, item_id: uuid.UUID | None) -> None:
        self.addItem(text, item_id.hex if item_id is not None else None)

    def current_id(self) -> uuid.UUID | None:
        data = self.currentData()
        return uuid.UUID(hex=data) if isinstance(data, str) and data else None

    def index_of(self, item_id: uuid.UUID | None) -> int:
        return self.findData(item_id.hex) if item_id is not None else -1

    def select_id(self, item_id: uuid.UUID | None, fallback: int = 0) -> None:
        """Choose the entry with item_id, else the fallback row (when there is one)."""
        row = self.index_of(item_id)
        self.setCurrentIndex(row if row >= 0 else min(fallback, self.count() - 1))


def shrink(combo: QComboBox, letters: int = 14) -> None:
    """Let a combo with long entries (credential names) be narrower than its longest one."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


def phase_combo(accessible_name: str) -> QComboBox:
    """'Alle fasen' and fase 1-6: the phase filter of the student list and the catalogue."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.addItem(tr("Alle fasen"), None)
    for n in range(1, 7):
        combo.addItem(tr("Fase {n}").format(n=n), n)
        combo.setItemData(n, phase_tooltip(n), Qt.ItemDataRole.ToolTipRole)
    return combo
