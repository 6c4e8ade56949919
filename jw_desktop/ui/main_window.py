"""The main window: a header with who is logged in and the sync state, a navigation list on
the left, one view at a time on the right. Which views there are follows the user's role;
a view is built the first time it is shown, so the window opens quickly. On a shared
laptop the window locks itself after some idle minutes and can log out for someone else.
It remembers its size and place, but never opens bigger than the screen."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from jw_desktop.model import Role

from . import style
from .context import AppContext, tr
from .lock import IDLE_KEY, IdleDialog, IdleWatcher, LockScreen, idle_minutes

TEACHERS = frozenset({Role.TEACHER, Role.ADMIN})
EVERYONE = frozenset(Role)
COACHES = frozenset({Role.JOBCOACH})
ADMINS = frozenset({Role.ADMIN})
DEFAULT_SIZE = QSize(1100, 720)
MINIMUM_SIZE = QSize(640, 420)
NAV_WIDTH = 190


@dataclass(frozen=True)
class Page:
    """One page of the navigation; its view is imported and built on the first visit, so
    the window paints before the views' modules are loaded."""

    key: str
    title: Callable[[], str]
    view: str  # "module:Class" under jw_desktop.ui.views
    roles: frozenset[Role]

    def make(self, ctx: AppContext) -> QWidget:
        module, name = self.view.split(":")
        view_class = getattr(importlib.import_module(f"jw_desktop.ui.views.{module}"), name)
        widget: QWidget = view_class(ctx)
        return widget


PAGES = (
    Page("leerlingen", lambda: tr("Leerlingen"), "students:StudentsView", TEACHERS),
    Page("jobcoach", lambda: tr("Mijn leerlingen"), "jobcoach:JobcoachView", COACHES),
    Page("leerroute", lambda: tr("Leerroute"), "route_editor:RouteEditorView", TEACHERS),
    Page("observeren", lambda: tr("Observeren"), "observe:ObserveView", TEACHERS),
    Page(
        "klasoverzicht", lambda: tr("Klasoverzicht"), "class_overview:ClassOverviewView", TEACHERS
    ),
    Page("kaarten", lambda: tr("Kaarten"), "cards:CardsView", EVERYONE),
    Page("dekking", lambda: tr("Dekking"), "coverage:CoverageView", TEACHERS),
    Page("sync", lambda: tr("Synchronisatie"), "sync_view:SyncView", EVERYONE),
    Page("beheer", lambda: tr("Beheer"), "admin:AdminView", ADMINS),
    Page("hulp", lambda: tr("Hulp"), "help:HelpView", EVERYONE),
)


def fitted(geometry: QRect, available: QRect) -> QRect:
    """geometry moved and shrunk so that it lies on the available part of the screen
    (leaving room for the title bar and the frame)."""
    frame_w, frame_h = 16, 40
    width = max(MINIMUM_SIZE.width(), min(geometry.width(), available.width() - frame_w))
    height = max(MINIMUM_SIZE.height(), min(geometry.height(), available.height() - frame_h))
    left = min(max(geometry.x(), available.left()), available.right() + 1 - width - frame_w)
    top = min(max(geometry.y(), available.top()), available.bottom() + 1 - height - frame_h)
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


class MainWindow(QMainWindow):
    logged_out = Signal()  # the user logged out or chose "Andere gebruiker"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = ctx.store
        self.ended_by_logout = False
        self.locked = False
        user = ctx.user
        school = self.store.school_name() or tr("geen school")
        self.setWindowTitle(tr("jw-desktop — {school}").format(school=school))
        self.setWindowIcon(style.app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(tr("Onderdelen"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}  # the views built so far
        self.makers: dict[str, Callable[[AppContext], QWidget]] = {}
        role = user.role if user else Role.ADMIN
        for page in PAGES:
            if role not in page.roles:
                continue
            self.makers[page.key] = page.make
            item = QListWidgetItem(style.page_icon(page.key), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show)

        self._make_actions()
        from .widgets.header import Header
        from .widgets.sync_status import SyncStatus

        self.sync_status: QLabel = SyncStatus(ctx)
        self.header = Header(user, self.sync_status, [self.lock_action, self.logout_action])

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        row.setSpacing(style.SPACING)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.shell = QWidget()
        column = QVBoxLayout(self.shell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(body, 1)
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user.connect(self.log_out)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.shell)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)

        for n in range(min(self.nav.count(), 9)):  # Ctrl+1 .. Ctrl+9 switch views
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self._go(n))
        ctx.data_changed.connect(self._refresh_current)
        ctx.student_selected.connect(self._remember_student)
        self.idle = IdleWatcher(idle_minutes(ctx.settings), self)
        self.idle.idle.connect(self.lock)
        self._restore_state()
        self._painted = False
        self.nav.setCurrentRow(0)
        # What start-up made (imports, Qt wrappers, compiled SQL) lives as long as the
        # window: keep the garbage collector from scanning it again. A full collection over
        # it blocked the UI thread for 40-50 ms in the middle of an action (bench/startup.py).
        gc.freeze()

    # -- menus and actions -------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: str, slot: Callable[[], object], icon: str = "") -> QAction:
            made = QAction(text, self)
            if icon:
                made.setIcon(style.icon(icon))
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
            made.triggered.connect(slot)
            self.addAction(made)  # the shortcut works while the menu bar is disabled
            return made

        self.lock_action = action(tr("&Vergrendelen"), "Ctrl+L", self.lock, "lock")
        self.logout_action = action(tr("&Afmelden"), "Ctrl+Shift+L", self.log_out, "logout")
        self.idle_action = action(tr("Vergrendelen &na…"), "", self.choose_idle_minutes)
        self.quit_action = action(tr("A&fsluiten"), "Ctrl+Q", self.close)
        self.help_action = action(tr("&Hulp bij jw-desktop"), "F1", self.show_help, "nav-hulp")
        file_menu = self.menuBar().addMenu(tr("&Bestand"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.idle_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(tr("&Hulp"))
        help_menu.addAction(self.help_action)

    # -- pages -------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The view for key, built now if it was not shown before."""
        view = self.pages.get(key)
        if view is None:
            view = self.makers[key](self.ctx)
            self.pages[key] = view
            self.stack.addWidget(view)
        return view

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        """After the first paint, while the event loop is idle: build the pages not built
        yet, one per zero-timer tick in the navigation's order, so that a click finds its
        page made (building RouteEditorView took ~50 ms of the UI thread on the scale
        school). A page is refreshed when it is shown, not here."""
        if not isValid(self):
            return
        for key in self.page_keys():
            if key not in self.pages:
                self.page(key)
                QTimer.singleShot(0, self._build_next)
                return

    def page_keys(self) -> list[str]:
        return [self.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.nav.count())]

    def show_page(self, key: str) -> None:
        if key in self.makers:
            self.nav.setCurrentRow(self.page_keys().index(key))

    def show_help(self) -> None:
        if not self.locked:
            self.show_page("hulp")

    def open_card_link(self, text: str) -> bool:
        """Open the card a link names (jw-desktop://kaart/CODE, the QR code on a printed
        card: reports/links.py) or a bare card code, in 'Kaarten'; a message when there is
        no such card."""
        from jw_desktop.model import JWError
        from jw_desktop.reports.links import parse_card_link

        from .context import show_error

        link = parse_card_link(text)
        if link is None:
            show_error(self, tr("Dit is geen link naar een kaart: {text}").format(text=text))
            return False
        try:
            card_id = self.store.card_id(link.code)
        except JWError as exc:
            show_error(self, exc.message)
            return False
        self.show_page("kaarten")
        view = self.page("kaarten")
        viewer = getattr(view, "viewer", None)
        return viewer is not None and bool(viewer.show_card(card_id, link.version))

    def _go(self, row: int) -> None:
        if not self.locked:
            self.nav.setCurrentRow(row)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        view = self.page(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentWidget(view)
        refresh = getattr(view, "refresh", None)
        if refresh is not None:
            refresh()

    def _refresh_current(self) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def _remember_student(self, student_id: object) -> None:
        self.ctx.settings.setValue("laatste_leerling", str(student_id))

    # -- lock and log out --------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything the window shows until the password is given again."""
        user = self.ctx.user
        if self.locked or user is None:
            return
        self.locked = True
        self.idle.stop()
        self._close_other_windows()
        self.menuBar().setEnabled(False)
        self.lock_screen.start(user)
        self.screens.setCurrentWidget(self.lock_screen)
        self.shell.hide()
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_other_windows(self) -> None:
        """A question or a card window left open would stay on top of the lock screen,
        readable and answerable without a password: each is cancelled (a question as if
        'Nee' or 'Annuleren' was chosen), so nothing is done on it."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def unlock(self) -> None:
        self.locked = False
        self.shell.show()
        self.screens.setCurrentWidget(self.shell)
        self.menuBar().setEnabled(True)
        self.idle.restart()
        self._refresh_current()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)

    def log_out(self) -> None:
        """Forget the user and close; the application then asks who logs in next."""
        self.ctx.wait(10000)
        self.store.logout()
        self.ended_by_logout = True
        self.idle.stop()
        self.close()
        self.logged_out.emit()

    def choose_idle_minutes(self) -> None:
        dialog = IdleDialog(self.idle.minutes, self)
        if dialog.exec() == IdleDialog.DialogCode.Accepted:
            minutes = dialog.minutes.value()
            self.ctx.settings.setValue(IDLE_KEY, minutes)
            self.idle.set_minutes(minutes)

    # -- size and place ----------------------------------------------------------------

    def available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to(self, available: QRect) -> None:
        """Shrink and move the window onto available when it does not fit."""
        current = QRect(self.pos(), self.size())
        wanted = fitted(current, available)
        if wanted != current:
            self.resize(wanted.size())
            self.move(wanted.topLeft())

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("venster/geometrie")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.ctx.settings.value("venster/staat")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.fit_to(self.available())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("venster/geometrie", self.saveGeometry())
        self.ctx.settings.setValue("venster/staat", self.saveState())
        self.idle.stop()
        self.ctx.wait(10000)
        super().closeEvent(event)
