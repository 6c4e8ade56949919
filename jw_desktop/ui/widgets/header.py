"""The band at the top of the main window: who is logged in (on a shared laptop the first
thing to check), the sync state, and the buttons to lock the window or log out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from jw_desktop.model import User

from .. import style
from ..context import role_name, tr


def action_button(action: QAction) -> QToolButton:
    """A text-and-icon button for one of the window's actions, reachable by Tab."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAccessibleName(action.text().replace("&", ""))
    return button


class Header(QWidget):
    def __init__(
        self,
        user: User | None,
        status: QWidget,
        actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        logo = QLabel()
        logo.setPixmap(style.app_icon().pixmap(28, 28))
        logo.setAccessibleName("jw-desktop")
        self.who = QLabel()
        self.who.setObjectName("who")
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if user is not None:
            self.who.setText(f"{user.name} · {role_name(user.role)}")
            self.who.setAccessibleName(
                tr("Ingelogd als {name}, {role}").format(name=user.name, role=role_name(user.role))
            )
        self.status = status
        self.status.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by screen readers too
        self.buttons = [action_button(action) for action in actions]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, 6, style.MARGIN, 6)
        layout.setSpacing(style.SPACING)
        layout.addWidget(logo)
        layout.addWidget(self.who)
        layout.addStretch(1)
        layout.addWidget(self.status)
        for button in self.buttons:
            layout.addWidget(button)
