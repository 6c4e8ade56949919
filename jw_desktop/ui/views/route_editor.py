"""Leerroute editor: browse and search the catalogue, preview a card, add it to a
student's route (button or drag-and-drop), reorder, remove, apply a template (after showing
what it adds), and see which credential the route leads to and what is still missing for
it. Every change to the route can be undone (Ctrl+Z, 'Ongedaan maken') and redone: one
undo stack per student, whose commands call the library's own methods."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import CardType, ItemStatus, JWError, SchoolStore
from jw_desktop.model.views import (
    CardHit,
    Eligibility,
    RouteItemView,
    RouteView,
    StudentSummary,
    TemplatePlan,
)
from jw_desktop.model.wording import Missing, eligibility_missing
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs.ask import confirm
from jw_desktop.ui.widgets.card_preview import CardPreview, route_line, type_label
from jw_desktop.ui.widgets.id_combo import IdCombo, phase_combo, shrink
from jw_desktop.ui.widgets.phase_text import phase_heading, phase_tooltip
from jw_desktop.ui.widgets.wrap_label import WrapLabel
from jw_desktop.ui.words import missing_words

CARD_MIME = "application/x-jw-card"
ROUTE_ROWS = 5  # the route list never gets lower than this many (wrapped) rows
ITEM_MIME = "application/x-jw-route-item"
SHOWN = 100  # catalogue hits shown at once
ID = Qt.ItemDataRole.UserRole


def ids_from(mime: QMimeData, kind: str) -> list[uuid.UUID]:
    if not mime.hasFormat(kind):
        return []
    text = bytes(mime.data(kind).data()).decode("ascii", "ignore")
    return [uuid.UUID(hex=part) for part in text.split()]


def mime_for(kind: str, ids: list[uuid.UUID]) -> QMimeData:
    mime = QMimeData()
    mime.setData(kind, " ".join(i.hex for i in ids).encode("ascii"))
    return mime


def missing_text(e: Eligibility) -> str:
    """What is still missing for a credential, in plain words: criteria not behaald at an
    assessment (practice alone does not count), components, exam parts; then the
    werkprocessen it certifies."""
    if e.issued:
        lines = [tr("Behaald: het staat al in het portfolio.")]
    elif e.eligible:
        lines = [
            tr(
                "Alle criteria zijn behaald bij een beoordeling: klaar om uit te reiken "
                "(bij Leerlingen)."
            )
        ]
    else:
        lines = []
        for what, names in eligibility_missing(e):
            heading = missing_words(what)
            if what is Missing.CRITERIA:
                heading += " " + tr("({m} van {t} criteria behaald)").format(
                    m=e.criteria.mastered, t=e.criteria.total
                )
            lines.append(heading[:1].upper() + heading[1:] + (":" if names else "."))
            lines += [f"• {name}" for name in names]
    if e.werkprocessen:
        lines.append(tr("Deze kwalificatie certificeert:"))
        lines += [f"• {w}" for w in e.werkprocessen]
    return "\n".join(lines)


class _DragList(QListWidget):
    """A list whose items carry ids; dragging one puts those ids in MIME data."""

    kind = CARD_MIME

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:
        return [self.kind]

    def mimeData(self, items: Any) -> QMimeData:
        return mime_for(self.kind, [item.data(ID) for item in items])

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        items = self.selectedItems()
        if items:
            drag = QDrag(self)
            drag.setMimeData(self.mimeData(items))
            drag.exec(Qt.DropAction.CopyAction)  # the drop target does the work

    def current_id(self) -> uuid.UUID | None:
        item = self.currentItem()
        return item.data(ID) if item is not None and item.isSelected() else None

    def select_id(self, wanted: uuid.UUID | None) -> bool:
        for n in range(self.count()):
            if self.item(n).data(ID) == wanted:
                self.setCurrentRow(n)
                return True
        return False


class CatalogueList(_DragList):
    kind = CARD_MIME


class RouteList(_DragList):
    """The route in order. Cards dropped on it and route items dragged within it arrive
    as card_dropped(card_id, row) and item_dropped(item_id, row); row is where the drop
    lands, 0 (before the first) to count() (after the last)."""

    kind = ITEM_MIME
    card_dropped = Signal(object, int)
    item_dropped = Signal(object, int)

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, CARD_MIME]

    @staticmethod
    def _ours(mime: QMimeData) -> bool:
        return mime.hasFormat(CARD_MIME) or mime.hasFormat(ITEM_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolls and draws the drop indicator
        if self._ours(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_mime(event.mimeData(), self.drop_row(event.position().toPoint())):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def drop_row(self, pos: QPoint) -> int:
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        below = pos.y() > self.visualRect(index).center().y()
        return index.row() + (1 if below else 0)

    def drop_mime(self, mime: QMimeData, row: int) -> bool:
        """Handle dropped MIME data at row; False when it is not ours."""
        cards, items = ids_from(mime, CARD_MIME), ids_from(mime, ITEM_MIME)
        if items:
            self.item_dropped.emit(items[0], row)
        elif cards:
            self.card_dropped.emit(cards[0], row)
        return bool(cards or items)


class CatalogueBrowser(QWidget):
    """Search field, filters, hits and a preview of the chosen card."""

    def __init__(self, store: SchoolStore) -> None:
        super().__init__()
        self.store = store
        self.sectors: list[tuple[str, str]] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Zoek een kaart, bijv. gieter…"))
        self.search.setAccessibleName(tr("Zoek in de catalogus"))
        self.search.setClearButtonEnabled(True)
        self.card_type = QComboBox()
        self.card_type.setAccessibleName(tr("Soort kaart"))
        self.card_type.addItem(tr("Alle soorten"), None)
        for kind in CardType:
            self.card_type.addItem(type_label(kind), kind)
        self.sector = QComboBox()
        self.sector.setAccessibleName(tr("Sector"))
        self.sector.addItem(tr("Alle sectoren"), None)
        self.phase = phase_combo(tr("Fase van de kaart"))
        self.competence = QLineEdit()
        self.competence.setPlaceholderText(tr("Competentiecode, bijv. B1-K1-W2"))
        self.competence.setAccessibleName(tr("Competentiecode"))
        self.results = CatalogueList(tr("Kaarten in de catalogus"))
        self.count = QLabel()
        self.count.setAccessibleName(tr("Aantal gevonden kaarten"))
        self.preview = CardPreview(store.picture)
        self._layout()
        self.search.textChanged.connect(self.run_search)
        self.competence.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._choose_first)
        for combo in (self.card_type, self.sector, self.phase):
            shrink(combo, 8)
            combo.currentIndexChanged.connect(self.run_search)
        self.results.currentItemChanged.connect(self._show_current)

    def _layout(self) -> None:
        filters = QGridLayout()
        for n, widget in enumerate((self.card_type, self.sector, self.phase, self.competence)):
            filters.addWidget(widget, n // 2, n % 2)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.results, 1)
        column.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 420])  # the preview with its pictures gets the most room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def load_sectors(self) -> None:
        if self.sectors:
            return
        self.sectors = self.store.sectors()
        for key, name in self.sectors:
            self.sector.addItem(name, key)

    def _hits(self) -> list[CardHit]:
        code = self.competence.text().strip() or None

        def find(competence: str | None) -> list[CardHit]:
            kind = self.card_type.currentData()
            return self.store.search_cards(
                self.search.text(),
                card_type=CardType(kind) if kind else None,
                sector=self.sector.currentData() or None,
                phase=self.phase.currentData(),
                competence=competence,
                limit=SHOWN + 1,
            )

        hits = find(code)
        if not hits and code and code.upper() != code:
            hits = find(code.upper())
        return hits

    def run_search(self) -> None:
        chosen = self.results.current_id()
        hits = self._hits()
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits[:SHOWN]:
            item = QListWidgetItem(
                f"{hit.code} · {hit.title}\n{type_label(hit.card_type)} · {hit.sector} · "
                + tr("fase {n}").format(n=hit.phase)
            )
            item.setData(ID, hit.id)
            item.setToolTip(hit.summary)
            self.results.addItem(item)
        found = self.results.select_id(chosen)
        self.results.blockSignals(False)
        if len(hits) > SHOWN:
            self.count.setText(tr("Meer dan {n} kaarten: zoek preciezer.").format(n=SHOWN))
        else:
            self.count.setText(tr("%n kaart(en) gevonden", "", len(hits)))
        if not found:
            self.preview.show_card(None)

    def _choose_first(self) -> None:
        if self.results.count():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.setCurrentRow(0)

    def _show_current(self, item: QListWidgetItem | None, _old: object = None) -> None:
        self.preview.show_card(self.store.card(item.data(ID)) if item is not None else None)


class RouteStep(QUndoCommand):
    """One change to a route that can be undone: it was done (through ctx.act) before it
    was pushed, so the first redo does nothing; later undo and redo call the library again.
    When the library refuses (the route changed in another way since), its Dutch message
    is shown and the step leaves the stack."""

    def __init__(
        self,
        view: RouteEditorView,
        text: str,
        undo: Callable[[], Any],
        redo: Callable[[], Any],
        select: uuid.UUID | None = None,
    ) -> None:
        super().__init__(text)
        self.view, self._undo, self._redo, self.select = view, undo, redo, select
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:
            self.pushed = True  # done already, just before it was pushed
            return
        self._run(self._redo, tr("Opnieuw gedaan: {what}"))

    def undo(self) -> None:
        self._run(self._undo, tr("Ongedaan gemaakt: {what}"))

    def _run(self, fn: Callable[[], Any], said: str) -> None:
        view = self.view
        if view.ctx.act(fn, parent=view, report=view.message.setText):
            view.message.setText(said.format(what=self.text()))
        else:
            self.setObsolete(True)
        view.load_route(select=self.select)


@dataclass(frozen=True)
class EditorData:
    """What refresh reads off the UI thread: the choices, and the route (with what its
    target still needs) of the student it will show."""

    students: list[StudentSummary]
    templates: list[tuple[uuid.UUID, str]]
    credentials: list[tuple[uuid.UUID, str, str]]
    student_id: uuid.UUID | None
    route: RouteView | None
    eligibility: Eligibility | None


def read_editor(store: SchoolStore, wanted: uuid.UUID | None) -> EditorData:
    """The editor's reads in one go (for ctx.run); the wanted student, or the first."""
    students = store.find_students("")
    credentials = store.credentials()
    chosen = wanted if any(st.id == wanted for st in students) else None
    if chosen is None and students:
        chosen = students[0].id
    route = store.route(chosen) if chosen is not None else None
    cid = next((c for c, _k, n in credentials if route and n == route.target_credential), None)
    eligibility = store.eligibility(chosen, cid) if chosen is not None and cid else None
    return EditorData(students, store.templates(), credentials, chosen, route, eligibility)


class RouteEditorView(QWidget):
    """A student chooser on top, the catalogue on the left, the route on the right.

    refresh (every visit of the page, every change anywhere) reads the students, choices
    and route off the UI thread (read_editor, ctx.run): on the scale school its first
    run took ~70 ms of the UI thread (bench/startup.py). `loaded` fires when it is shown.
    A change made here shows its route at once (load_route)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = ctx.store
        self.student_id: uuid.UUID | None = None
        self.route_view: RouteView | None = None
        self.credential_ids: dict[str, uuid.UUID] = {}
        self._filling = False
        self.stacks: dict[uuid.UUID, QUndoStack] = {}
        self.undo_stack: QUndoStack | None = None
        self.student = IdCombo()
        self.student.setAccessibleName(tr("Leerling"))
        self.target = IdCombo()
        self.target.setAccessibleName(tr("Doel van de route"))
        self.browser = CatalogueBrowser(ctx.store)
        self.route = RouteList(tr("Leerroute van de leerling"))
        # a row: a line that may wrap to two in a narrow window, and its spacing
        row = 2 * self.fontMetrics().lineSpacing() + 2 * self.route.spacing() + 4
        self.route.setMinimumHeight(ROUTE_ROWS * row + 2 * self.route.frameWidth())
        self._make_buttons()
        self.student_phases: dict[uuid.UUID, int] = {}
        self.phase_label = WrapLabel()  # the student's phase: what it is for (tooltip: ik)
        self.phase_label.setAccessibleName(tr("Fase van de leerling"))
        self.target_label = WrapLabel()
        self.target_label.setAccessibleName(tr("Doel van de route"))
        font = self.target_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.target_label.setFont(font)
        self.missing = QLabel()
        self.missing.setAccessibleName(tr("Wat nog ontbreekt"))
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long list of what is missing scrolls in a few lines of its own, so that in a
        # low window (1024x600) it never squeezes the route itself (issue 9).
        lines = self.fontMetrics().lineSpacing()
        self.missing_scroll = QScrollArea()
        self.missing_scroll.setWidgetResizable(True)
        self.missing_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.missing_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_scroll.setWidget(self.missing)
        self.missing_scroll.setMinimumHeight(lines * 2)
        self.missing_scroll.setMaximumHeight(lines * 5)
        self.message = WrapLabel()
        self.message.setAccessibleName(tr("Melding"))
        self.empty = WrapLabel(tr("Nog geen leerroute: kies een sjabloon of voeg kaarten toe."))
        self.empty.setAccessibleName(tr("Uitleg bij een lege route"))
        self.empty.setStyleSheet("font-weight: bold;")
        self._layout()
        self._connect()
        self._use_stack()

    def _make_buttons(self) -> None:
        def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            return b

        self.add_button = button(
            tr("Toevoegen"), tr("Gekozen kaart toevoegen aan de route"), self.add_selected
        )
        self.up_button = button(tr("Omhoog"), tr("Onderdeel omhoog schuiven"), self.move_up)
        self.down_button = button(tr("Omlaag"), tr("Onderdeel omlaag schuiven"), self.move_down)
        self.remove_button = button(
            tr("Verwijderen"), tr("Onderdeel uit de route verwijderen"), self.remove_selected
        )
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status van het onderdeel"))
        for status in ItemStatus:
            self.status.addItem(status.value, status)
        self.template = IdCombo()
        self.template.setAccessibleName(tr("Sjabloonroute"))
        self.template_button = button(
            tr("Sjabloon toepassen…"), tr("Sjabloon toepassen op de route"), self.apply_template
        )
        self.undo_button = button(
            tr("Ongedaan maken"), tr("De laatste wijziging ongedaan maken"), self.undo
        )
        self.undo_button.setToolTip(tr("Ctrl+Z"))
        self.redo_button = button(
            tr("Opnieuw"), tr("De ongedaan gemaakte wijziging opnieuw doen"), self.redo
        )
        self.redo_button.setToolTip(tr("Ctrl+Y"))
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _layout(self) -> None:
        top = QFormLayout()
        top.addRow(tr("Leerling"), self.student)
        top.addRow(tr("Doel"), self.target)
        moves = QGridLayout()
        buttons = (self.add_button, self.remove_button, self.up_button, self.down_button)
        for n, widget in enumerate(buttons):
            moves.addWidget(widget, n // 2, n % 2)
        status = QHBoxLayout()
        status.addWidget(QLabel(tr("Status:")))
        status.addWidget(self.status, 1)
        status.addWidget(self.undo_button)  # beside the status: no extra row in a low window
        status.addWidget(self.redo_button)
        templates = QHBoxLayout()
        templates.addWidget(self.template, 1)
        templates.addWidget(self.template_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        hint = WrapLabel(tr("Sleep een kaart hierheen, of kies hem en druk op Toevoegen."))
        column.addWidget(hint)
        column.addWidget(self.empty)
        column.addWidget(self.route, 1)
        column.addLayout(moves)
        column.addLayout(status)
        column.addLayout(templates)
        goal = QGroupBox(tr("Waar de route naartoe leidt"))
        goal_column = QVBoxLayout(goal)
        goal_column.addWidget(self.phase_label)
        goal_column.addWidget(self.target_label)
        goal_column.addWidget(self.missing_scroll)
        column.addWidget(goal)
        column.addWidget(self.message)
        catalogue = QGroupBox(tr("Catalogus"))
        QVBoxLayout(catalogue).addWidget(self.browser)
        route = QGroupBox(tr("Leerroute"))
        QVBoxLayout(route).addWidget(right)
        splitter = QSplitter()
        splitter.addWidget(catalogue)
        splitter.addWidget(route)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(top)
        column.addWidget(splitter, 1)
        scroll = QScrollArea()  # a narrow window scrolls instead of squeezing the editor
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.student.currentIndexChanged.connect(self._student_chosen)
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.status.currentIndexChanged.connect(self._status_chosen)
        # the selection, not the current item: a mouse click makes an item current before
        # it is selected, so the status would still see nothing chosen (issue 9, point 4)
        self.route.itemSelectionChanged.connect(self._route_item_chosen)
        self.route.card_dropped.connect(self.add_card_at)
        self.route.item_dropped.connect(self.move_item_to)
        self.browser.results.itemActivated.connect(lambda _item: self.add_selected())
        self.ctx.student_selected.connect(self._follow)

    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload students, choices, catalogue hits and the route, keeping selections."""
        wanted = self.student_id or self._last_student()
        self.browser.load_sectors()
        self.browser.run_search()
        self.ctx.read(
            self,
            "editor",
            read_editor,
            self.store,
            wanted,
            on_done=self._fill,
            on_error=self._failed,
        )

    def _fill(self, data: EditorData) -> None:
        self._filling = True
        try:
            self._load_students(data.students, self.student_id or data.student_id)
            self._load_choices(data.templates, data.credentials)
        finally:
            self._filling = False
        if self.student_id == data.student_id and data.route is not None:
            self._show_route(data.route, None, data.eligibility)
        else:  # another student was chosen meanwhile
            self.load_route()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.loaded.emit()

    def _load_students(self, students: list[StudentSummary], wanted: uuid.UUID | None) -> None:
        self.student.clear()
        for st in students:
            label = f"{st.name} ({st.group})" if st.group else st.name
            self.student.add_id(label, st.id)
            self.student.setItemData(
                self.student.count() - 1, phase_tooltip(st.phase), Qt.ItemDataRole.ToolTipRole
            )
        self.student_phases = {st.id: st.phase for st in students}
        self.student.select_id(wanted)
        self.student_id = self.student.current_id()
        self._use_stack()

    def _last_student(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(str(self.ctx.settings.value("laatste_leerling", "")))
        except ValueError:
            return None

    def _load_choices(
        self,
        templates: list[tuple[uuid.UUID, str]],
        credentials: list[tuple[uuid.UUID, str, str]],
    ) -> None:
        chosen = self.template.current_id()
        self.template.clear()
        for tid, name in templates:
            self.template.add_id(name, tid)
        self.template.select_id(chosen)
        self.target.clear()
        self.target.add_id(tr("Nog geen doel"), None)
        self.credential_ids = {}
        for cid, _key, name in credentials:
            self.credential_ids[name] = cid
            self.target.add_id(name, cid)

    def load_route(self, select: uuid.UUID | None = None) -> None:
        """Show the chosen student's route; select the given item (or keep the old one)."""
        sid = self.student_id
        route = self.store.route(sid) if sid is not None else None
        cid = self._target_id(route)
        eligibility = self.store.eligibility(sid, cid) if sid is not None and cid else None
        self._show_route(route, select, eligibility)

    def _target_id(self, route: RouteView | None) -> uuid.UUID | None:
        name = route.target_credential if route else None
        return self.credential_ids.get(name) if name else None

    def _show_route(
        self, route: RouteView | None, select: uuid.UUID | None, eligibility: Eligibility | None
    ) -> None:
        keep = select or self.route.current_id()
        self.route.blockSignals(True)
        self.route.clear()
        self.route_view = route
        for n, item in enumerate(route.items if route else (), start=1):
            entry = QListWidgetItem(route_line(n, item))
            entry.setData(ID, item.id)
            entry.setToolTip(phase_tooltip(item.phase))  # what the card's phase is for
            self.route.addItem(entry)
        self.route.select_id(keep)
        self.route.blockSignals(False)
        self.empty.setVisible(self.student_id is not None and not self._items())
        now = self.student_phases.get(self.student_id) if self.student_id else None
        self.phase_label.setText(
            tr("Nu in {phase}").format(phase=phase_heading(now)) if now else ""
        )
        self.phase_label.setToolTip(phase_tooltip(now) if now else "")
        self._show_target(eligibility)
        self._sync_status()

    def _show_target(self, eligibility: Eligibility | None) -> None:
        route = self.route_view
        cid = self._target_id(route)
        self._filling = True
        self.target.select_id(cid)
        self._filling = False
        if route is None or route.target_credential is None or eligibility is None:
            self.target_label.setText(tr("Deze route leidt nog niet naar een kwalificatie."))
            self.missing.setText(tr("Kies een doel of pas een sjabloon toe."))
            return
        self.target_label.setText(
            tr("Deze route leidt naar: {name}").format(name=route.target_credential)
        )
        self.missing.setText(missing_text(eligibility))

    def route_codes(self) -> list[str]:
        return [i.code for i in self.route_view.items] if self.route_view else []

    def _items(self) -> tuple[RouteItemView, ...]:
        return self.route_view.items if self.route_view else ()

    # -- following and choosing ----------------------------------------------------------

    def _follow(self, student_id: object) -> None:
        if not isinstance(student_id, uuid.UUID) or student_id == self.student_id:
            return
        row = self.student.index_of(student_id)
        if row >= 0:
            self._filling = True
            self.student.setCurrentIndex(row)
            self._filling = False
        self.student_id = student_id
        self.message.clear()
        self._use_stack()
        self.load_route()

    def _student_chosen(self, _row: int) -> None:
        if self._filling:
            return
        self.student_id = self.student.current_id()
        self.message.clear()
        self._use_stack()
        self.load_route()
        if self.student_id is not None:
            self.ctx.student_selected.emit(self.student_id)

    def _route_item_chosen(self) -> None:
        self._sync_status()
        chosen = self._item(self.route.current_id())
        if chosen is not None:
            self.browser.preview.show_card(self.store.card(chosen.card_id, chosen.version))

    def _item(self, item_id: uuid.UUID | None) -> RouteItemView | None:
        return next((i for i in self._items() if i.id == item_id), None)

    def _sync_status(self) -> None:
        chosen = self._item(self.route.current_id())
        self.status.setEnabled(chosen is not None)
        if chosen is not None:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData(chosen.status))
            self.status.blockSignals(False)

    # -- undo ------------------------------------------------------------------------------

    def _use_stack(self) -> None:
        """Each student has their own undo history while the window is open."""
        stack = None
        if self.student_id is not None:
            stack = self.stacks.get(self.student_id)
            if stack is None:
                stack = self.stacks[self.student_id] = QUndoStack(self)
                stack.indexChanged.connect(self._stack_changed)
        self.undo_stack = stack
        self._sync_undo()

    def _stack_changed(self, _index: int) -> None:
        self._sync_undo()

    def _sync_undo(self) -> None:
        stack = self.undo_stack
        can_undo, can_redo = bool(stack and stack.canUndo()), bool(stack and stack.canRedo())
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)
        self.undo_button.setToolTip(
            tr("{what} ongedaan maken (Ctrl+Z)").format(what=stack.undoText())
            if stack and can_undo
            else tr("Nog niets om ongedaan te maken")
        )
        self.redo_button.setToolTip(
            tr("{what} opnieuw doen (Ctrl+Y)").format(what=stack.redoText())
            if stack and can_redo
            else tr("Niets om opnieuw te doen")
        )

    def undo(self) -> None:
        if self.undo_stack is not None and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack is not None and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _done(
        self,
        text: str,
        undo: Callable[[], Any],
        redo: Callable[[], Any],
        select: uuid.UUID | None = None,
    ) -> None:
        """A change that worked goes on the student's undo stack."""
        if self.undo_stack is not None:
            self.undo_stack.push(RouteStep(self, text, undo, redo, select))

    # -- writing ---------------------------------------------------------------------------

    def _need_student(self) -> uuid.UUID | None:
        if self.student_id is None:
            self.message.setText(tr("Kies eerst een leerling."))
        return self.student_id

    def add_selected(self) -> None:
        """Add the chosen catalogue card after the chosen route item, or at the end."""
        card = self.browser.results.current_id()
        if card is None:
            self.message.setText(tr("Kies eerst een kaart in de catalogus."))
            return
        self._add(card, after=self.route.current_id(), before=None)

    def add_card_at(self, card_id: uuid.UUID, row: int) -> None:
        items = self._items()
        if row < len(items):
            self._add(card_id, after=None, before=items[row].id)
        else:
            self._add(card_id, after=items[-1].id if items else None, before=None)

    def _add(self, card: uuid.UUID, after: uuid.UUID | None, before: uuid.UUID | None) -> None:
        student = self._need_student()
        if student is None:
            return
        store = self.store
        outcome = self.ctx.act(
            partial(store.add_to_route, student, card, after=after, before=before), parent=self
        )
        new = outcome.value if outcome else None
        self.load_route(select=new)
        if new is None:
            return
        added = self._item(new)
        code = added.code if added else ""
        self._done(
            tr("{code} toevoegen").format(code=code),
            undo=partial(store.remove_items_from_route, [new]),
            redo=partial(store.restore_route_items, [new]),
            select=new,
        )
        self.message.setText(tr("{code} staat nu in de route.").format(code=code))

    def move_up(self) -> None:
        row, items = self.route.currentRow(), self._items()
        if 0 < row < len(items):
            self._move(items[row].id, after=None, before=items[row - 1].id)

    def move_down(self) -> None:
        row, items = self.route.currentRow(), self._items()
        if 0 <= row < len(items) - 1:
            self._move(items[row].id, after=items[row + 1].id, before=None)

    def move_item_to(self, item_id: uuid.UUID, row: int) -> None:
        """A route item dropped at row (0..count): place it between its new neighbours."""
        items = self._items()
        ids = [i.id for i in items]
        if item_id not in ids:
            return
        here = ids.index(item_id)
        if row in (here, here + 1):
            return  # dropped where it already is
        if row < len(items):
            self._move(item_id, after=None, before=ids[row])
        else:
            self._move(item_id, after=ids[-1], before=None)

    def _move(self, item: uuid.UUID, after: uuid.UUID | None, before: uuid.UUID | None) -> None:
        ids = [i.id for i in self._items()]
        here = ids.index(item)
        was_after = ids[here - 1] if here > 0 else None
        was_before = ids[here + 1] if here + 1 < len(ids) else None
        store = self.store
        moved = self.ctx.act(
            partial(store.move_route_item, item, after=after, before=before), parent=self
        )
        self.load_route(select=item)
        if moved:
            chosen = self._item(item)
            self._done(
                tr("{code} verplaatsen").format(code=chosen.code if chosen else ""),
                undo=partial(
                    store.move_route_item,
                    item,
                    after=was_after,
                    before=None if was_after else was_before,
                ),
                redo=partial(store.move_route_item, item, after=after, before=before),
                select=item,
            )

    def remove_selected(self) -> None:
        chosen = self._item(self.route.current_id())
        if chosen is None:
            self.message.setText(tr("Kies eerst een onderdeel van de route."))
            return
        if not confirm(
            self,
            tr("Uit de route verwijderen"),
            tr(
                "{code} · {title} uit de route halen? Wat de leerling al liet zien, blijft bewaard."
            ).format(code=chosen.code, title=chosen.title),
            yes=tr("Verwijderen"),
            no=tr("Laten staan"),
            details=tr("Je kunt dit ongedaan maken met Ctrl+Z of 'Ongedaan maken'."),
        ):
            return
        row = self.route.currentRow()
        store = self.store
        removed = self.ctx.act(store.remove_from_route, chosen.id, parent=self)
        items = [i for i in self._items() if i.id != chosen.id]
        neighbour = items[min(row, len(items) - 1)].id if items else None
        self.load_route(select=neighbour)
        if removed:
            self._done(
                tr("{code} verwijderen").format(code=chosen.code),
                undo=partial(store.restore_route_items, [chosen.id]),
                redo=partial(store.remove_items_from_route, [chosen.id]),
                select=chosen.id,
            )
            self.message.setText(
                tr("{code} is uit de route gehaald. Ongedaan maken kan met Ctrl+Z.").format(
                    code=chosen.code
                )
            )

    def apply_template(self) -> None:
        """Show what the template adds (and what is already there), ask, then add it as one
        step that can be undone."""
        student, template = self._need_student(), self.template.current_id()
        if student is None or template is None:
            return
        try:
            plan = self.store.template_plan(student, template)
        except JWError as exc:
            self.message.setText(exc.message)
            return
        if not plan.to_add:
            self.message.setText(tr("Alle kaarten uit dit sjabloon staan al in de route."))
            return
        if not confirm(
            self,
            tr("Sjabloon toepassen"),
            tr(
                "%n kaart(en) uit '{template}' toevoegen aan de route van {student}?",
                "",
                len(plan.to_add),
            ).format(template=plan.template, student=self.student.currentText()),
            yes=tr("Toevoegen"),
            no=tr("Niet toevoegen"),
            details=template_details(plan),
        ):
            self.message.setText(tr("Het sjabloon is niet toegepast."))
            return
        store = self.store
        target_before = self.route_view.target_credential_id if self.route_view else None
        outcome = self.ctx.act(store.apply_template_items, student, template, parent=self)
        self.load_route()
        if not outcome:
            return
        added: list[uuid.UUID] = outcome.value
        target_after = self.route_view.target_credential_id if self.route_view else None

        def undo() -> None:
            store.remove_items_from_route(added)
            if target_after != target_before:
                store.set_route_target(student, target_before)

        def redo() -> None:
            store.restore_route_items(added)
            if target_after != target_before:
                store.set_route_target(student, target_after)

        self._done(tr("sjabloon '{name}' toepassen").format(name=plan.template), undo, redo)
        self.message.setText(
            tr(
                "%n kaart(en) uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z.",
                "",
                len(added),
            )
        )

    def _target_chosen(self, _row: int) -> None:
        student = self.student_id
        if self._filling or student is None:
            return
        before = self.route_view.target_credential_id if self.route_view else None
        chosen = self.target.current_id()
        store = self.store
        changed = self.ctx.act(store.set_route_target, student, chosen, parent=self)
        self.load_route()
        if changed and before != chosen:
            self._done(
                tr("doel '{name}' kiezen").format(name=self.target.currentText()),
                undo=partial(store.set_route_target, student, before),
                redo=partial(store.set_route_target, student, chosen),
            )

    def _status_chosen(self, _row: int) -> None:
        chosen = self._item(self.route.current_id())
        if chosen is None:
            return
        status = ItemStatus(self.status.currentData())
        store = self.store
        try:
            before = store.item_status_state(chosen.id)  # a read: no data_changed
        except JWError as exc:
            self.message.setText(exc.message)
            return
        changed = self.ctx.act(store.set_item_status, chosen.id, status, parent=self)
        self.load_route(select=chosen.id)
        if changed and status != chosen.status:
            after = store.item_status_state(chosen.id)
            # undo and redo put back the dates too, not new ones as if changed today
            self._done(
                tr("status van {code} naar '{status}'").format(
                    code=chosen.code, status=status.value
                ),
                undo=partial(store.restore_item_status, chosen.id, before),
                redo=partial(store.restore_item_status, chosen.id, after),
                select=chosen.id,
            )


def template_details(plan: TemplatePlan, shown: int = 12) -> str:
    """What a template adds and what of it is already in the route, for the question."""

    def lines(cards: tuple[CardHit, ...]) -> list[str]:
        out = [f"• {c.code} · {c.title}" for c in cards[:shown]]
        if len(cards) > shown:
            out.append(tr("… en nog %n", "", len(cards) - shown))
        return out

    parts = [tr("Wordt toegevoegd (achteraan in de route):"), *lines(plan.to_add)]
    if plan.already_there:
        parts += ["", tr("Staat er al (blijft zoals het is):"), *lines(plan.already_there)]
    if plan.new_target:
        parts += ["", tr("Het doel van de route wordt: {name}").format(name=plan.new_target)]
    parts += ["", tr("Je kunt dit daarna ongedaan maken met Ctrl+Z of 'Ongedaan maken'.")]
    return "\n".join(parts)
