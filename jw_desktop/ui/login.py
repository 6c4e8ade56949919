"""Log in with an e-mail address and password. The check runs off the UI thread: scrypt
and the delay after a wrong password must not freeze the window. On a shared laptop the
remembered address is often someone else's: clicking or tabbing into it selects it, so
typing replaces it. After a wrong password the focus is back in the emptied password
field. Messages wrap inside a dialog that keeps its width; only errors are red.

A laptop enrolled at install time (an inschrijfbewijs) has no accounts until the central
has answered its aanmelding: the dialog says so calmly instead of 'wrong password', syncs
at once and again on request (and every few minutes) until the answer is there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from jw_desktop.model import JWError, User

from . import style
from .context import AppContext, tr

LONG_ADDRESS = "m.vandenberg-elshout@praktijkschool-dewerkplaats.nl"  # sizes the field
RETRY_MS = 3 * 60_000  # while waiting for the central: sync again this often


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
        self.sync_button = QPushButton(tr("Opnieuw synchroniseren"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.hide()
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.sizeHint().width())
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.sync_now)
        self._watching = False
        if self.check_waiting():
            self.sync_now()  # the first sync of a laptop enrolled at install time
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

    def waiting_text(self) -> tuple[str, bool] | None:
        """Why no one can log in yet (this laptop waits for the central's first answer)
        and whether that is an error (the central refused it), or None when accounts
        are here."""
        from jw_desktop.sync import session
        from jw_desktop.ui.widgets.sync_status import SyncController

        try:
            if session.pending(self.ctx.store) is None:  # the usual case: accounts are here
                return None
            folder = SyncController.of(self.ctx).folder
            waiting = session.pending(self.ctx.store, folder)
        except JWError:
            return None
        if waiting is None:
            return None
        school = waiting.school or waiting.central
        if waiting.refused:
            return (
                tr(
                    "Deze laptop is ingeschreven bij {school}, maar de centrale heeft de "
                    "aanmelding geweigerd: {reason} Vraag de beheerder om een nieuw "
                    "inschrijfbewijs."
                ).format(school=school, reason=waiting.refused),
                True,
            )
        if folder is None:
            return (
                tr(
                    "Deze laptop is ingeschreven bij {school} en wacht op de eerste "
                    "synchronisatie met de centrale, maar er is geen synchronisatiemap "
                    "ingesteld. Vraag de beheerder de map in te stellen."
                ).format(school=school),
                False,
            )
        return (
            tr(
                "Deze laptop is ingeschreven bij {school} en wacht op de eerste synchronisatie "
                "met de centrale, via de map {folder}. Zodra de centrale die map heeft "
                "verwerkt, log je hier in met je eigen e-mailadres en wachtwoord."
            ).format(school=school, folder=str(folder)),
            False,
        )

    def check_waiting(self) -> bool:
        """Say why no one can log in yet; True while this laptop waits for the central."""
        found = self.waiting_text()
        waiting = found is not None
        self.sync_button.setVisible(waiting)
        if found is not None:
            text, refused = found
            self.say(text, "error" if refused else "progress")
            if not self.retry.isActive():
                self.retry.start()
        elif self.retry.isActive():
            self.retry.stop()
            self.say(
                tr("De centrale heeft geantwoord: log in met je eigen e-mailadres en wachtwoord."),
                "progress",
            )
        return waiting

    def sync_now(self) -> None:
        """Sync in the background (the window's own sync, with its status), then look
        again whether the central has answered."""
        from jw_desktop.ui.widgets.sync_status import SyncController

        controller = SyncController.of(self.ctx)
        if not self._watching:
            controller.finished.connect(self._synced)
            self._watching = True
        if controller.sync_now():
            self.sync_button.setEnabled(False)
            self.sync_button.setText(tr("Bezig met synchroniseren…"))

    def _synced(self, outcome: object) -> None:
        self.sync_button.setEnabled(True)
        self.sync_button.setText(tr("Opnieuw synchroniseren"))
        from jw_desktop.ui.widgets.sync_status import SyncController

        controller = SyncController.of(self.ctx)
        if not self.check_waiting():
            return
        if controller.error:  # the folder is not there, or the sync failed: say why too
            self.say(f"{self.message.text()}\n\n{controller.error}", "error")

    def try_login(self) -> None:
        waiting = self.waiting_text()
        if waiting is not None:  # no accounts yet: not 'wrong password'
            self.check_waiting()
            return
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
