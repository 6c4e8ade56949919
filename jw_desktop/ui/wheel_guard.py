"""The mouse wheel scrolls the page, not the value under the pointer.

Qt gives a wheel event to the combo box or spin box under the mouse even when it has no
focus, so scrolling down a long form changed a phase ("Naar: fase 6") or a date on the
way. Installed on the application (style.apply), this filter passes such an event on to
the scroll area instead; a field that has the focus (clicked or tabbed to) still takes
the wheel, as the user asked for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # the page under the pointer scrolls instead
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False
