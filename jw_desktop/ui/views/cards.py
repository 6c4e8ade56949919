"""Kaarten: find any card in the catalogue and show it as a student at the workbench
would follow it. Search and filter on the left, the card viewer on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import CardType, JWError
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.widgets.card_viewer import CardViewer

RESULT_LIMIT = 200


class ResultList(QListWidget):
    """Results with long titles wrapped in full: each row's height is measured for the
    list's width (Qt's own estimate cuts a third line off)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fitted: tuple[int, int] = (0, 0)  # (width, rows) the heights were measured for

    def fit(self) -> None:
        """Measure every row for the current width; a resize to the same width (Qt sends
        several while a page first shows) measures nothing again."""
        width = max(60, self.viewport().width() - 2 * self.spacing() - 12)
        if self._fitted == (width, self.count()):
            return
        self._fitted = (width, self.count())
        metrics = QFontMetrics(self.font())
        for row in range(self.count()):
            item = self.item(row)
            box = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(width, box.height() + 10))

    def refit(self) -> None:
        """After new rows: measure them even if the width and count did not change."""
        self._fitted = (0, 0)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class CardSearch(QWidget):
    """The search field, the type filter and the results; Enter or a click opens a card."""

    def __init__(
        self,
        ctx: AppContext,
        open_card: Callable[[uuid.UUID], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_card = open_card
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Zoek op titel, code of woord"))
        self.text.setAccessibleName(tr("Zoek een kaart"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumHeight(36)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Soort kaart"))
        self.kind.setMinimumHeight(36)
        self.kind.addItem(tr("Alle soorten"), None)
        for card_type in CardType:
            self.kind.addItem(card_type.value.capitalize(), card_type.value)
        self.results = ResultList()
        self.results.setAccessibleName(tr("Gevonden kaarten"))
        self.count = QLabel()
        self.count.setAccessibleName(tr("Aantal gevonden kaarten"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.search)
        self.text.textChanged.connect(lambda _t: self.timer.start())
        self.text.returnPressed.connect(self.search)
        self.kind.currentIndexChanged.connect(lambda _i: self.search())
        self.results.itemActivated.connect(self._open)
        self.results.currentItemChanged.connect(lambda item, _old: self._open(item))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.kind)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def search(self) -> None:
        self.timer.stop()
        value = self.kind.currentData()
        card_type = CardType(value) if value else None
        try:
            hits = self.ctx.store.search_cards(
                self.text.text(), card_type=card_type, limit=RESULT_LIMIT
            )
        except JWError as exc:
            show_error(self, exc.message)
            return
        current = self.selected_id()
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.code}  {hit.title}\n{hit.card_type.value} · {hit.sector}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setToolTip(hit.summary)
            self.results.addItem(item)
            if hit.id == current:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)
        self.results.refit()
        self.count.setText(
            tr("Geen kaarten gevonden.") if not hits else tr("%n kaart(en) gevonden", "", len(hits))
        )

    def selected_id(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        found = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return found if isinstance(found, uuid.UUID) else None

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_card(item.data(Qt.ItemDataRole.UserRole))


class CardsView(QWidget):
    """A teacher or jobcoach opens any card here, e.g. to put it full screen at the bench."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.viewer = CardViewer(ctx)
        self.search = CardSearch(ctx, self.viewer.show_card)
        self.search.setMinimumWidth(220)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        ctx.student_selected.connect(self.follow_student)

    def refresh(self) -> None:
        self.search.search()
        if self.viewer.student_id is None:
            self.follow_student(self.ctx.settings.value("laatste_leerling", ""))

    def follow_student(self, student_id: object) -> None:
        """The student chosen last elsewhere: a werkopdracht's checklist is printed for
        them (a student this user may not see: a blank checklist)."""
        try:
            chosen = uuid.UUID(str(student_id))
            name = self.ctx.store.student(chosen).name
        except (ValueError, JWError):
            self.viewer.set_student(None)
            return
        self.viewer.set_student(chosen, name)
