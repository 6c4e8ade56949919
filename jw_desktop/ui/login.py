"""Log in with an e-mail address and password. The check runs off the UI thread: scrypt
and the delay after a wrong password must not freeze the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from jw_desktop.model import User

from .context import AppContext, tr


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.user: User | None = None
        self.setWindowTitle(tr("Inloggen bij jw-desktop"))
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("E-mailadres"))
        self.email.setText(str(ctx.settings.value("laatste_email", "")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Wachtwoord"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Melding"))
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(tr("E-mailadres"), self.email)
        form.addRow(tr("Wachtwoord"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Inloggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Stoppen"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.email.text() else self.email).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def try_login(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.message.setText(tr("Vul je e-mailadres en wachtwoord in."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(tr("Even controleren…"))
        self.ctx.run(
            self.ctx.store.login,
            email,
            password,
            on_done=self._done,
            on_error=self._failed,
            parent=self,
        )

    def _done(self, user: User) -> None:
        self.user = user
        self.ctx.settings.setValue("laatste_email", user.email)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(message)
