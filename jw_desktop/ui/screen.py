"""Sizes that fit the screen a window opens on: the workshop laptops have 1024 x 600."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = (16, 40)
"""Room left for the window frame and the title bar."""


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Give a window or dialog the size it asks for, but never more than the available
    part of its screen, so that its buttons stay on screen (a dialog of 620 pixels high
    put Opslaan below the edge of a 600-pixel screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    window.resize(min(width, area.width() - FRAME[0]), min(height, area.height() - FRAME[1]))
    top_left = window.pos()
    x = min(max(top_left.x(), area.left()), area.right() + 1 - window.width() - FRAME[0])
    y = min(max(top_left.y(), area.top()), area.bottom() + 1 - window.height() - FRAME[1])
    window.move(max(x, area.left()), max(y, area.top()))
