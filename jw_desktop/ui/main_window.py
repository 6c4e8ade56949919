"""The main window: a navigation list on the left, one view at a time on the right, and
the sync status at the bottom. Which views there are follows the user's role; the window
remembers its size and place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from jw_desktop.model import Role

from .context import AppContext, tr
from .views.admin import AdminView
from .views.cards import CardsView
from .views.jobcoach import JobcoachView
from .views.observe import ObserveView
from .views.route_editor import RouteEditorView
from .views.students import StudentsView
from .views.sync_view import SyncView

TEACHERS = frozenset({Role.TEACHER, Role.ADMIN})
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Page:
    key: str
    title: Callable[[], str]
    make: Callable[[AppContext], QWidget]
    roles: frozenset[Role]


PAGES = (
    Page("leerlingen", lambda: tr("Leerlingen"), StudentsView, TEACHERS),
    Page("jobcoach", lambda: tr("Mijn leerlingen"), JobcoachView, frozenset({Role.JOBCOACH})),
    Page("leerroute", lambda: tr("Leerroute"), RouteEditorView, TEACHERS),
    Page("observeren", lambda: tr("Observeren"), ObserveView, TEACHERS),
    Page("kaarten", lambda: tr("Kaarten"), CardsView, EVERYONE),
    Page("sync", lambda: tr("Synchronisatie"), SyncView, EVERYONE),
    Page("beheer", lambda: tr("Beheer"), AdminView, frozenset({Role.ADMIN})),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = ctx.store
        user = ctx.user
        school = self.store.school_name() or tr("geen school")
        who = f" — {user.name}" if user else ""
        self.setWindowTitle(tr("jw-desktop — {school}").format(school=school) + who)
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Onderdelen"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget::item { padding: 10px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        role = user.role if user else Role.ADMIN
        for page in PAGES:
            if role not in page.roles:
                continue
            view = page.make(ctx)
            self.pages[page.key] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        from .widgets.sync_status import SyncStatus

        self.sync_status: QLabel = SyncStatus(ctx)
        self.statusBar().addPermanentWidget(self.sync_status)
        for n in range(min(self.nav.count(), 9)):  # Ctrl+1 .. Ctrl+9 switch views
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self.nav.setCurrentRow(n))
        ctx.data_changed.connect(self._refresh_current)
        ctx.student_selected.connect(self._remember_student)
        self._restore_state()
        self.nav.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _show(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        view = self.pages[key]
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

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("venster/geometrie")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.ctx.settings.value("venster/staat")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("venster/geometrie", self.saveGeometry())
        self.ctx.settings.setValue("venster/staat", self.saveState())
        self.ctx.wait(10000)
        super().closeEvent(event)
