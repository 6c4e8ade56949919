"""The first window a user sees, painted before the model, the database and the views are
loaded (that takes about half a second): the program's name and what it is doing. It
imports only Qt, so it appears as fast as a bare Qt window."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from .resources import icon_path


class StartWindow(QWidget):
    def __init__(self, text: str) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startWindow")
        self.setStyleSheet(
            "#startWindow { background: #f4f5f2; border: 1px solid #9aa5a8; }"
            "QLabel { color: #1f2a2e; }"
        )
        path = icon_path("jw-desktop")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        if path is not None:
            picture = QLabel()
            picture.setPixmap(QIcon(str(path)).pixmap(64, 64))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        name = QLabel("jw-desktop")
        font = name.font()
        font.setPointSize(16)
        font.setBold(True)
        name.setFont(font)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(text)
        layout.addWidget(name)
        layout.addWidget(self.message)
        self.setFixedSize(
            self.sizeHint().expandedTo(self.minimumSizeHint()).grownBy(self.contentsMargins())
        )

    @classmethod
    def show_now(cls, text: str) -> StartWindow:
        """Show it and let Qt paint it before the caller goes on with the slow part."""
        window = cls(text)
        screen = QApplication.primaryScreen()
        if screen is not None:
            window.move(screen.availableGeometry().center() - window.rect().center())
        window.show()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return window
