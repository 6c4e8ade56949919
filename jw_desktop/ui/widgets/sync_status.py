"""The sync state of this window, shared by the Synchronisatie view and the status bar.

SyncController (one per AppContext) runs a sync in the background, remembers the folder or
the server and the time of the last successful sync in the settings, and checks every 30
seconds whether the folder or the server is reachable: when it appears (a USB stick put
in, a network share or the network back) a sync starts by itself, and with a server every
few minutes while it stays reachable. A server, when one is set, goes before the folder.
SyncStatus is the short line in the status bar."""

from __future__ import annotations

import socket
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from jw_desktop.model import JWError, SchoolStore
from jw_desktop.model.wording import moment_text
from jw_desktop.ui.context import AppContext, Worker, tr

if TYPE_CHECKING:
    from jw_desktop.sync.session import SyncReport

FOLDER_KEY = "sync/map"
SERVER_KEY = "sync/server"  # the central's address (https://...), when the school has one
LAST_KEY = "sync/laatst"
SUMMARY_KEY = "sync/verslag"
AUTO_KEY = "sync/automatisch"
CHECK_INTERVAL_MS = 30_000
SERVER_EVERY_S = 5 * 60  # with a reachable server: a sync this often
PROBE_TIMEOUT_S = 3.0

CENTRAL, DEVICE, ALONE = "centrale", "apparaat", "los"


def sync_role(store: SchoolStore) -> str:
    """CENTRAL when devices are enrolled here, DEVICE when this store is enrolled with a
    central, ALONE otherwise (not enrolled yet; also a central without devices)."""
    from jw_desktop.sync import session  # imported when first needed: faster start-up

    if session.enrolled_central(store) is not None:
        return DEVICE
    return CENTRAL if session.is_central(store) else ALONE


@dataclass
class SyncOutcome:
    """What one attempt came to: a report, or why there was none."""

    report: SyncReport | None = None
    central: bool = False
    offline: str = ""
    not_enrolled: str = ""
    finished_at: datetime = field(default_factory=datetime.now)


def site_server() -> tuple[str | None, Path | None]:
    """The server address and certificate of the site configuration (None: none, or
    unreadable - the start of the window has said why)."""
    from jw_desktop import site_config

    try:
        config = site_config.read()
    except site_config.SiteConfigError:
        return None, None
    return config.server, config.ca


def server_reachable(url: str) -> bool:
    """Does anything answer on the server's port? Only a TCP connection (a few seconds at
    most): the sync itself says what is wrong when something answers but refuses."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        with socket.create_connection((parts.hostname or "", port), PROBE_TIMEOUT_S):
            return True
    except (OSError, ValueError):
        return False


def site_folder() -> Path | None:
    """The sync folder of the site configuration (None: none, or unreadable - the start
    of the window has said why)."""
    from jw_desktop import site_config

    try:
        return site_config.read().sync_folder
    except site_config.SiteConfigError:
        return None


def offline_message(folder: Path) -> str:
    """Why there was no sync; the folder by its own name (a whole path does not wrap)."""
    return tr(
        "De synchronisatiemap {folder} is niet bereikbaar. Zit de USB-stick erin, of is de "
        "netwerkmap verbonden? Er is niets veranderd; het wordt vanzelf opnieuw geprobeerd "
        "zodra de map er is."
    ).format(folder=folder.name or str(folder))


def run_sync(store: SchoolStore, folder: Path) -> SyncOutcome:
    """One sync over folder (on the thread pool): the central's round on a central, the
    device's round elsewhere. A missing folder is never created here."""
    from jw_desktop.sync import session

    if not folder.is_dir():
        return SyncOutcome(offline=offline_message(folder))
    central = sync_role(store) == CENTRAL
    try:
        report = (session.central_sync if central else session.device_sync)(store, folder)
    except session.NotEnrolled as exc:
        return SyncOutcome(not_enrolled=exc.message)
    return SyncOutcome(report=report, central=central)


def run_network_sync(store: SchoolStore, url: str, ca: Path | None) -> SyncOutcome:
    """One sync with the server (on the thread pool). Offline is an outcome (a calm status);
    a refusal is a NetworkError whose one Dutch sentence the page shows."""
    from jw_desktop.sync import network, session

    try:
        report = network.sync_with_server(store, url, ca=str(ca) if ca else None)
    except network.Offline as exc:
        return SyncOutcome(offline=exc.message)
    except session.NotEnrolled as exc:
        return SyncOutcome(not_enrolled=exc.message)
    return SyncOutcome(report=report)


class SyncController(QObject):
    """Runs syncs for one AppContext; views and the status bar listen to `changed`."""

    changed = Signal()
    finished = Signal(object)  # SyncOutcome

    def __init__(self, ctx: AppContext, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.running = False
        self.reachable: bool | None = None  # None: not checked yet
        self.error = ""
        self.outcome: SyncOutcome | None = None
        self._probe: Worker | None = None
        self._last_try: datetime | None = None
        self._widgets: list[weakref.ref[QWidget]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def waiting(self) -> int:
        """This laptop's own changes the central has not confirmed yet (0 if not enrolled)."""
        from jw_desktop.sync import session

        try:
            return session.status(self.ctx.store).waiting
        except JWError:
            return 0

    @classmethod
    def of(cls, ctx: AppContext) -> SyncController:
        """The one controller of this context (made on first use, kept on the context so
        that both are freed together)."""
        found = getattr(ctx, "_sync_controller", None)
        if not isinstance(found, SyncController):
            found = cls(ctx)
            setattr(ctx, "_sync_controller", found)  # noqa: B010 (AppContext has no slot)
        return found

    # -- settings -------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        """The folder chosen on this computer, else the one the admin's site configuration
        names (jw-desktop.ini, [synchronisatie] map)."""
        text = str(self.ctx.settings.value(FOLDER_KEY, "") or "")
        return Path(text) if text else site_folder()

    @property
    def server(self) -> str | None:
        """The server set on this computer, else the one of the site configuration."""
        text = str(self.ctx.settings.value(SERVER_KEY, "") or "").strip()
        return text or site_server()[0]

    def set_server(self, text: str) -> None:
        """Set (or, with an empty text, clear) this computer's server address; a wrong one
        raises SiteConfigError with one Dutch sentence and changes nothing."""
        from jw_desktop import site_config

        url = site_config.server_url(text)
        if url is None:
            self.ctx.settings.remove(SERVER_KEY)
        else:
            self.ctx.settings.setValue(SERVER_KEY, url)
        self.reachable = None
        self.error = ""
        self.changed.emit()
        self.check()

    def set_folder(self, folder: Path) -> None:
        self.ctx.settings.setValue(FOLDER_KEY, str(folder))
        self.reachable = None
        self.error = ""
        self.changed.emit()
        self.check()

    @property
    def automatic(self) -> bool:
        value = self.ctx.settings.value(AUTO_KEY, True)
        return value not in (False, "false", "0", 0)

    def set_automatic(self, on: bool) -> None:
        self.ctx.settings.setValue(AUTO_KEY, bool(on))

    @property
    def last_sync(self) -> datetime | None:
        text = str(self.ctx.settings.value(LAST_KEY, "") or "")
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    @property
    def last_summary(self) -> str:
        return str(self.ctx.settings.value(SUMMARY_KEY, "") or "")

    # -- watching the folder --------------------------------------------------------------

    def attach(self, widget: QWidget) -> None:
        """Automatic syncs run only while a window showing the sync state is open."""
        self._widgets.append(weakref.ref(widget))

    def _window_open(self) -> bool:
        alive = [ref for ref in self._widgets if ref() is not None]
        self._widgets = alive
        for ref in alive:
            widget = ref()
            try:
                if widget is not None and widget.window().isVisible():
                    return True
            except RuntimeError:  # the C++ widget is gone
                continue
        return False

    def check(self) -> None:
        """Is the folder reachable? Checked off the UI thread (a lost network share can
        take seconds to answer); a folder that appeared starts a sync."""
        server, folder = self.server, self.folder
        if (server is None and folder is None) or self._probe is not None:
            return
        if not self._window_open():
            return
        probe = Worker(server_reachable, server) if server else Worker(Path.is_dir, folder)
        probe.signals.done.connect(self._probed)
        probe.signals.failed.connect(lambda _m: self._probed(False))
        self._probe = probe
        self.ctx.pool.start(probe)

    def _probed(self, reachable: object) -> None:
        self._probe = None
        was, self.reachable = self.reachable, bool(reachable)
        if (
            self.reachable
            and self.automatic
            and not self.running
            and (was is not True or self._server_due())
        ):
            self.sync_now()
        else:
            self.changed.emit()

    def _server_due(self) -> bool:
        """With a server: the last attempt is SERVER_EVERY_S ago (a folder syncs only when
        it appears: a stick is not written to every few minutes)."""
        if self.server is None:
            return False
        last = self._last_try
        return last is None or (datetime.now() - last).total_seconds() >= SERVER_EVERY_S

    # -- syncing --------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one is running or no folder is set."""
        if self.running:
            return False
        server = self.server
        if server is not None:
            self.running, self.error = True, ""
            self._last_try = datetime.now()
            self.changed.emit()
            ca = site_server()[1]
            self.ctx.run(
                run_network_sync,
                self.ctx.store,
                server,
                ca,
                on_done=self._done,
                on_error=self._failed,
            )
            return True
        folder = self.folder
        if folder is None:
            self.error = tr(
                "Kies eerst de synchronisatiemap (een USB-stick of netwerkmap) of vul het "
                "serveradres in."
            )
            self.changed.emit()
            return False
        self.running, self.error = True, ""
        self.changed.emit()
        self.ctx.run(run_sync, self.ctx.store, folder, on_done=self._done, on_error=self._failed)
        return True

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.outcome = outcome
        if outcome.offline:
            self.reachable, self.error = False, outcome.offline
        elif outcome.not_enrolled:
            self.reachable, self.error = True, outcome.not_enrolled
        elif outcome.report is not None:
            self.reachable, self.error = True, ""
            settings = self.ctx.settings
            settings.setValue(LAST_KEY, outcome.finished_at.isoformat(timespec="seconds"))
            settings.setValue(SUMMARY_KEY, outcome.report.summary())
            settings.sync()
            report = outcome.report
            if report.received or report.conflicts or report.purged:
                self.ctx.data_changed.emit()
        self.finished.emit(outcome)
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.running = False
        self.error = message
        self.outcome = None
        self.finished.emit(None)
        self.changed.emit()

    def open_conflicts(self) -> int:
        """How many conflicts wait for a teacher (0 when they cannot be read)."""
        try:
            return len(self.ctx.store.conflicts())
        except JWError:
            return 0


def format_time(moment: datetime, now: datetime | None = None) -> str:
    """'14:03' today, else the day and time as everywhere ('03-05-2026 14:03')."""
    now = now or datetime.now()
    if moment.date() == now.date():
        return moment.strftime("%H:%M")
    return moment_text(moment if moment.tzinfo else moment.astimezone())


def status_text(controller: SyncController) -> str:
    """The status line: offline / bezig met synchroniseren… / laatst gesynchroniseerd."""
    if controller.running:
        return tr("bezig met synchroniseren…")
    last = controller.last_sync
    when = (
        tr("laatst gesynchroniseerd: {time}").format(time=format_time(last))
        if last is not None
        else tr("nog niet gesynchroniseerd")
    )
    waiting = controller.waiting()
    if waiting:
        when += " · " + tr("%n wijziging(en) wachten", "", waiting)
    if (controller.server is None and controller.folder is None) or controller.reachable is False:
        return tr("offline") + " · " + when
    if controller.outcome is not None and controller.outcome.not_enrolled:
        return tr("niet ingeschreven")
    if controller.error:
        return tr("synchronisatie mislukt") + " · " + when
    return when


class SyncStatus(QLabel):
    """The sync state in the status bar; a click opens the Synchronisatie view."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = SyncController.of(ctx)
        self.controller.attach(self)
        self.setAccessibleName(tr("Synchronisatiestatus"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.controller.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        self.setText(status_text(self.controller))
        folder, server = self.controller.folder, self.controller.server
        tip = self.controller.error or (
            tr("Server: {url}").format(url=server)
            if server is not None
            else tr("Synchronisatiemap: {folder}").format(folder=folder)
            if folder is not None
            else tr("Er is nog geen synchronisatiemap gekozen.")
        )
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if show_page is not None and event.button() == Qt.MouseButton.LeftButton:
            show_page("sync")
        super().mousePressEvent(event)
