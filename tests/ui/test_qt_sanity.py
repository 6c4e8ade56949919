"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python
3.11 dropped a reference to None on every void Qt call; a long session then aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_python_reference_counts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("jw")
    assert sys.getrefcount(None) >= before - 10
