"""Log in with an e-mail address and password. The check runs off the UI thread: scrypt
and the delay after a wrong password must not freeze the window. On a shared laptop the
remembered address is often someone else's: clicking or tabbing into it selects it, so
typing replaces it. After a wrong password the focus is back in the emptied password
field. Messages wrap inside a dialog that keeps its width; only errors are red."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from jw_desktop.model import User

from . import style
from .context import AppContext, tr

LONG_ADDRESS = "m.vandenberg-elshout@praktijkschool-dewerkplaats.nl"  # sizes the field


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.user: User | None = None
        self.setWindowTitle(tr("Inloggen bij jw-desktop"))
        self.setWindowIcon(style.app_icon())
        self.title = QLabel(tr("Inloggen bij jw-desktop"))
        style.set_role(self.title, "title")
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("E-mailadres"))
        self.email.setText(str(ctx.settings.value("laatste_email", "")))
        self.email.installEventFilter(self)
        metrics = self.email.fontMetrics()
        self.email.setMinimumWidth(metrics.horizontalAdvance(LONG_ADDRESS) + 16)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Wachtwoord"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Melding"))
        self.message.setMinimumHeight(metrics.lineSpacing() * 3)  # room for the lock-out text
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        wide = style.MARGIN * 2
        layout.setContentsMargins(wide, wide, wide, style.MARGIN)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.sizeHint().width())
        (self.password if self.email.text() else self.email).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Select the whole address when the field gets the focus, also by a click (the
        click itself would place the cursor, so the selection comes just after it)."""
        if watched is self.email and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.email, self.email.selectAll)
        return False

    def say(self, text: str, role: str = "error") -> None:
        """A message under the fields: red for an error, grey for progress."""
        style.set_role(self.message, role)
        self.message.setText(text)

    def try_login(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.say(
                tr("Vul je wachtwoord in.") if email else tr("Vul je e-mailadres en wachtwoord in.")
            )
            (self.password if email else self.email).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._checking(True)
        self.say(tr("Even controleren…"), "progress")
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

    def _checking(self, busy: bool) -> None:
        """While the password is checked (up to seconds after wrong ones) nothing can be
        typed that the answer would then throw away."""
        for widget in (self.buttons, self.email, self.password):
            widget.setEnabled(not busy)

    def _failed(self, message: str) -> None:
        self._checking(False)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.say(message)
