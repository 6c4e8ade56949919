"""Locking the window on a shared workshop laptop. After some minutes without a key press,
click or touch the window hides everything it shows (care notes must not stay on screen
while the teacher is at the workbench) and asks the same user's password again; someone
else can log in instead. How many minutes is a setting of this computer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import User

from . import style
from .context import AppContext, role_name, tr

IDLE_KEY = "vergrendelen/na_minuten"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes(settings: QSettings) -> int:
    """Minutes without input before the window locks; 0 is never."""
    try:
        minutes = int(str(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(0, min(minutes, MAX_IDLE_MINUTES))


class IdleWatcher(QObject):
    """Watches every input event of the application (one event filter) and fires `idle`
    once when there was none for the given time."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.setInterval(minutes * 60_000)
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restarts the count
        return False


class LockScreen(QWidget):
    """What the window shows while locked: who is logged in, their password, or another
    user. `unlocked` when the same user gave their password; `switch_user` otherwise."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self.setObjectName("lock")
        self.title = QLabel(tr("Het venster is vergrendeld"))
        style.set_role(self.title, "title")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Wachtwoord"))
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Melding"))
        self.unlock_button = QPushButton(tr("Ontgrendelen"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button = QPushButton(tr("Andere gebruiker"))
        self.other_button.setToolTip(tr("Afmelden, zodat iemand anders kan inloggen"))
        self.other_button.clicked.connect(self.switch_user)
        form = QFormLayout()
        form.addRow(tr("Wachtwoord"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.setSpacing(style.SPACING * 2)
        lock_icon = QLabel()
        lock_icon.setPixmap(style.icon("lock").pixmap(48, 48))
        inner.addWidget(lock_icon)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def start(self, user: User) -> None:
        """Show the screen for user: empty password field with the focus in it."""
        self.user = user
        self.who.setText(
            tr("{name} ({role}) is ingelogd. Vul je wachtwoord in om verder te werken.").format(
                name=user.name, role=role_name(user.role)
            )
        )
        self.password.clear()
        self.message.clear()
        self._busy(False)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        password = self.password.text()
        if self.user is None:
            return
        if not password:
            self._say(tr("Vul je wachtwoord in."), "error")
            return
        self._busy(True)
        self._say(tr("Even controleren…"), "progress")
        self.ctx.run(
            self.ctx.store.unlock,
            password,
            on_done=self._done,
            on_error=self._failed,
            parent=self,
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button, self.other_button):
            widget.setEnabled(not busy)

    def _say(self, text: str, role: str) -> None:
        style.set_role(self.message, role)
        self.message.setText(text)

    def _done(self, user: User) -> None:
        self._busy(False)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(message, "error")


class IdleDialog(QDialog):
    """The dialog "Vergrendelen na…": the minutes without input before the window locks."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Vergrendelen na…"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_IDLE_MINUTES)
        self.minutes.setSpecialValueText(tr("nooit"))
        self.minutes.valueChanged.connect(self._suffix)
        self.minutes.setValue(minutes)
        self._suffix(minutes)
        self.minutes.setAccessibleName(tr("Minuten zonder gebruik"))
        explain = QLabel(
            tr(
                "Na zoveel minuten zonder toetsaanslag of klik verbergt het venster alles "
                "en vraagt het je wachtwoord opnieuw. 0 is nooit."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Vergrendelen na"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _suffix(self, value: int) -> None:
        self.minutes.setSuffix(" " + tr("minuut(en)", "", value))
