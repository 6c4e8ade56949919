"""What every view shares: the store, the logged-in user, settings, and one way to run
long work off the UI thread with errors shown as Dutch messages."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from jw_desktop.model import JWError, Role, SchoolStore, User


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs fn(*args) on the thread pool; done(result) or failed(message) arrive on the UI
    thread (queued signals)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except JWError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:  # a bug: show it plainly, never lose it silently
            self.signals.failed.emit(
                tr("Er ging iets mis dat niet had mogen gebeuren:")
                + "\n"
                + traceback.format_exc(limit=3)
            )
        else:
            self.signals.done.emit(result)


@dataclass(frozen=True)
class Outcome:
    """What a user action came to: true when it worked, with fn's result as value; the
    Dutch message when it did not."""

    ok: bool
    value: Any = None
    message: str = ""

    def __bool__(self) -> bool:
        return self.ok


class AppContext(QObject):
    """Shared by the main window and its views."""

    data_changed = Signal()  # something was written: views refresh what they show
    student_selected = Signal(object)  # uuid.UUID
    busy_changed = Signal(bool)

    def __init__(self, store: SchoolStore, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings("JongelerenEnWerken", "jw-desktop")
        self.pool = QThreadPool.globalInstance()
        self._running: set[Worker] = set()

    @property
    def user(self) -> User | None:
        return self.store.user

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> Worker:
        """Run long work (sync, import, PDF, login) in the background."""
        worker = Worker(fn, *args)
        self._running.add(worker)

        def finished() -> None:
            self._running.discard(worker)
            self.busy_changed.emit(bool(self._running))

        def done(result: Any) -> None:
            finished()
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            finished()
            if on_error is not None:
                on_error(message)
            else:
                show_error(parent, message)

        worker.signals.done.connect(done)
        worker.signals.failed.connect(failed)
        self.busy_changed.emit(True)
        self.pool.start(worker)
        return worker

    def act(
        self,
        fn: Callable[..., Any],
        *args: Any,
        parent: QWidget | None = None,
        report: Callable[[str], None] | None = None,
    ) -> Outcome:
        """The one way a view runs a quick user action on the UI thread (one small
        transaction). The library's Dutch message goes to report (a feedback line) or, without
        one, to a message box; on success the views are told that data changed. The Outcome
        is true when it worked and holds fn's result."""
        try:
            result = fn(*args)
        except JWError as exc:
            (report or (lambda message: show_error(parent, message)))(exc.message)
            return Outcome(False, message=exc.message)
        self.data_changed.emit()
        return Outcome(True, result)

    def read(
        self,
        owner: QWidget,
        slot: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """A page's read in the background (run), answered only if it is still wanted:
        the newest read of this slot of this page, while the page exists. An older answer
        (the teacher clicked on) or one for a page deleted meanwhile (logged out) is
        dropped - the one rule every background-reading view follows."""
        ticket = self.drop_reads(owner, slot)

        def wanted() -> bool:
            return isValid(owner) and getattr(owner, _ticket_name(slot), None) == ticket

        self.run(
            fn,
            *args,
            on_done=lambda result: on_done(result) if wanted() else None,
            on_error=lambda message: on_error(message) if wanted() else None,
            parent=owner,
        )

    @staticmethod
    def drop_reads(owner: QWidget, slot: str) -> int:
        """Make any read of this slot still on its way unwanted; the new ticket."""
        name = _ticket_name(slot)
        ticket = int(getattr(owner, name, 0)) + 1
        setattr(owner, name, ticket)
        return ticket

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and shutdown: wait until background work is done."""
        return self.pool.waitForDone(msecs)


def _ticket_name(slot: str) -> str:
    return f"_read_ticket_{slot}"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a Dutch source text (resources/translations/*.ts). With n, the text holds
    %n and Qt picks the plural form ("%n leerling(en)" -> "1 leerling", "2 leerlingen") from
    the Dutch plural catalogue (jw_desktop_nl.ts), which is loaded in every language. Pass
    n as the third positional argument: that is how lupdate sees a plural text."""
    return QCoreApplication.translate("jw", text, disambiguation, n)


def role_name(role: Role) -> str:
    """A role as the window says it (the header, the lock screen, the help page)."""
    names = {Role.TEACHER: tr("docent"), Role.JOBCOACH: tr("jobcoach"), Role.ADMIN: tr("beheerder")}
    return names[role]


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, tr("Dat lukte niet"), message)
