"""Beheer: staff accounts and roles, groups, companies and placements, device enrolment,
backups and restore, and an about page for support; one module per page. Only an admin
sees this view; the library refuses these actions for anyone else anyway (AccessDenied)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from jw_desktop.model import JWError
from jw_desktop.ui.context import AppContext, tr

from .about import AboutTab
from .accounts import AccountsTab
from .backups import BackupsTab
from .common import Feedback
from .companies import CompaniesTab
from .devices import DevicesTab
from .groups import GroupsTab
from .placements import PlacementsTab

__all__ = [
    "AboutTab",
    "AccountsTab",
    "AdminView",
    "BackupsTab",
    "CompaniesTab",
    "DevicesTab",
    "GroupsTab",
    "PlacementsTab",
]


class Page(Protocol):
    def refresh(self) -> None: ...


class AdminView(QWidget):
    """Beheer, in tabs; each tab reads its data when it is shown."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.accounts = AccountsTab(ctx)
        self.groups = GroupsTab(ctx)
        self.placements = PlacementsTab(ctx)
        self.companies = CompaniesTab(ctx)
        self.devices = DevicesTab(ctx)
        self.backups = BackupsTab(ctx)
        self.about = AboutTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Beheer"))
        self.tabs.setUsesScrollButtons(True)  # a narrow window: the tab titles scroll
        self.pages: list[QWidget] = []
        for tab, title in (
            (self.accounts, tr("Accounts")),
            (self.groups, tr("Groepen")),
            (self.companies, tr("Leerbedrijven")),
            (self.placements, tr("Stages")),
            (self.devices, tr("Apparaten")),
            (self.backups, tr("Reservekopieën")),
            (self.about, tr("Over")),
        ):
            scroll = QScrollArea()  # small screens: the forms scroll, the window fits
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.pages.append(tab)
            self.tabs.addTab(scroll, title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        index = self.pages.index(tab)
        if index == self.tabs.currentIndex():
            self.refresh()
        else:
            self.tabs.setCurrentIndex(index)  # refreshes it

    def refresh(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0:
            return
        tab = self.pages[index]
        try:
            page: Page = tab  # type: ignore[assignment]
            page.refresh()
        except JWError as exc:
            feedback = getattr(tab, "feedback", None)
            if isinstance(feedback, Feedback):
                feedback.error(exc.message)
