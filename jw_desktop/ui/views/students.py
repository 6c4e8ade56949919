"""Leerlingen: a filtered list of students on the left, the student page on the right
(progress per phase and per credential, what is left to practise, route, placement and
hours, notes, portfolio), with issuing a credential at one press of a button."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import ElementKind, NoteCategory, Role
from jw_desktop.model.views import (
    Eligibility,
    NoteView,
    PhaseProgress,
    PlacementHours,
    PortfolioEntry,
    PractiseItem,
    ProgressReport,
    RouteView,
    StudentRow,
)
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.widgets.card_preview import route_line
from jw_desktop.ui.widgets.id_combo import IdCombo, phase_combo
from jw_desktop.ui.widgets.progress_chart import ProgressChart

ModelIndex = QModelIndex | QPersistentModelIndex
ISSUERS = frozenset({Role.TEACHER, Role.ADMIN})


# -- wording -----------------------------------------------------------------------------


def format_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def format_hours(minutes: int) -> str:
    """Hours the Dutch way: '512' or '512,5'."""
    hours = minutes / 60
    return str(int(hours)) if hours == int(hours) else f"{hours:.1f}".replace(".", ",")


def attention_text(row: StudentRow) -> str:
    return tr("Let op: {reasons}").format(reasons="; ".join(row.reasons)) if row.reasons else ""


def phase_text(p: PhaseProgress) -> str:
    cards = tr("{done} van {total} kaarten klaar").format(done=p.items_done, total=p.items_total)
    if not p.elements.total:
        return tr("geen stappen of criteria; ") + cards
    steps = tr("{m} van {t} stappen en criteria zelfstandig").format(
        m=p.elements.mastered, t=p.elements.total
    )
    return f"{steps}; {cards}"


def phase_fraction(p: PhaseProgress) -> float:
    if p.elements.total:
        return p.elements.fraction
    return p.items_done / p.items_total if p.items_total else 0.0


def credential_state(e: Eligibility) -> str:
    """'behaald', 'klaar om uit te reiken', '8 van 10 criteria zelfstandig', or what is
    still missing."""
    if e.issued:
        return tr("behaald")
    if e.eligible:
        return tr("klaar om uit te reiken")
    parts = []
    if e.criteria.total:
        parts.append(
            tr("{m} van {t} criteria zelfstandig").format(m=e.criteria.mastered, t=e.criteria.total)
        )
    if e.missing_components:
        parts.append(tr("nog nodig: {names}").format(names="; ".join(e.missing_components)))
    return "; ".join(parts) or tr("nog geen beoordelingsregel")


def credential_fraction(e: Eligibility) -> float:
    if e.issued or e.eligible:
        return 1.0
    return e.criteria.fraction


def level_text(item: PractiseItem) -> str:
    if item.level is None:
        return tr("nog niet geobserveerd")
    return tr("nu: {level} (laatst gezien {on})").format(
        level=item.level.label, on=format_date(item.last_observed_on)
    )


def element_name(kind: ElementKind, position: int) -> str:
    return (tr("stap {n}") if kind == ElementKind.STEP else tr("criterium {n}")).format(n=position)


# -- the list ----------------------------------------------------------------------------


class StudentListModel(QAbstractTableModel):
    """student_overview rows as a table: name, group, phase, attention (in words)."""

    HEADERS = ("Naam", "Groep", "Fase", "Aandacht")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StudentRow] = []

    def set_rows(self, rows: list[StudentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, student_id: uuid.UUID) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == student_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            group = row.group or tr("geen groep")
            said = f"{row.name}, {group}, " + tr("fase {n}").format(n=row.phase)
            return f"{said}. {attention_text(row)}" if row.reasons else said
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and row.reasons:
            return attention_text(row)  # the whole reason, when the column is narrow
        if role == Qt.ItemDataRole.FontRole and index.column() == 3 and row.reasons:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _cell(self, row: StudentRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.group or ""
        if column == 2:
            return str(row.phase)
        return attention_text(row)


class StudentFilters(QWidget):
    """Search field and filters; `changed` fires on every keystroke or choice."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Zoek op naam…"))
        self.search.setAccessibleName(tr("Zoek een leerling op naam"))
        self.search.setClearButtonEnabled(True)
        self.group = IdCombo()
        self.group.setAccessibleName(tr("Groep"))
        self.group.add_id(tr("Alle groepen"), None)
        self.phase = phase_combo(tr("Fase"))
        self.placement = QComboBox()
        self.placement.setAccessibleName(tr("Stage"))
        self.placement.addItem(tr("Met en zonder stage"), None)
        self.placement.addItem(tr("Met stage"), True)
        self.placement.addItem(tr("Zonder stage"), False)
        self.attention = QCheckBox(tr("Heeft aandacht nodig"))
        self.attention.setAccessibleName(tr("Alleen leerlingen die aandacht nodig hebben"))
        self.attention.setToolTip(tr("Twee weken niet geobserveerd, of achter met de stage-uren"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.group)
        row.addWidget(self.phase)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.placement)
        row.addWidget(self.attention)
        layout.addLayout(row)
        self.search.textChanged.connect(self.changed)
        for combo in (self.group, self.phase, self.placement):
            combo.currentIndexChanged.connect(self.changed)
        self.attention.toggled.connect(self.changed)

    def set_groups(self, groups: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.group.current_id()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.add_id(tr("Alle groepen"), None)
        for gid, name in groups:
            self.group.add_id(name, gid)
        self.group.select_id(chosen)
        self.group.blockSignals(False)

    def query(self) -> dict[str, Any]:
        """Keyword arguments for SchoolStore.student_overview."""
        return {
            "text": self.search.text(),
            "group_id": self.group.current_id(),
            "phase": self.phase.currentData(),
            "with_placement": self.placement.currentData(),
            "needs_attention": self.attention.isChecked(),
        }


# -- the student page --------------------------------------------------------------------


def _bigger(widget: QWidget, points: float, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() + points)
    font.setBold(bold)
    widget.setFont(font)


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    return widget


def _heading_item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class StudentPage(QSplitter):
    """Everything about one student. issue_requested(credential_id, name) asks the view
    to issue a credential."""

    issue_requested = Signal(object, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.report: ProgressReport | None = None
        self.issue_buttons: dict[uuid.UUID, QPushButton] = {}
        self.name = QLabel(tr("Kies een leerling"))
        self.name.setAccessibleName(tr("Naam van de leerling"))
        _bigger(self.name, 5, bold=True)
        self.about = QLabel()
        self.about.setAccessibleName(tr("Groep, fase en contactpersoon"))
        self.about.setWordWrap(True)
        _bigger(self.about, 2)
        self.phases = ProgressChart()
        self.phases.setAccessibleName(tr("Voortgang per fase"))
        self.credentials = ProgressChart()
        self.credentials.setAccessibleName(tr("Voortgang per kwalificatie"))
        top = QWidget()
        column = QVBoxLayout(top)
        column.addWidget(self.name)
        column.addWidget(self.about)
        column.addWidget(_boxed(tr("Voortgang per fase"), self.phases))
        column.addWidget(_boxed(tr("Kwalificaties"), self.credentials))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(top)
        self.addWidget(scroll)
        self.addWidget(self._make_tabs())
        self.setSizes([450, 350])

    def _make_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Onderdelen van de leerling"))
        self.practise = _list(tr("Nog te oefenen"))
        self.route_target = QLabel()
        self.route_target.setWordWrap(True)
        self.route = _list(tr("Leerroute"))
        self.hours = ProgressChart()
        self.hours.setAccessibleName(tr("Stage en uren"))
        self.notes = _list(tr("Notities"))
        self.portfolio = QTreeWidget()
        self.portfolio.setAccessibleName(tr("Portfolio"))
        self.portfolio.setHeaderHidden(True)
        self.portfolio.setWordWrap(True)
        route_tab = QWidget()
        column = QVBoxLayout(route_tab)
        column.addWidget(self.route_target)
        column.addWidget(self.route)
        hours_tab = QWidget()
        column = QVBoxLayout(hours_tab)
        column.addWidget(self.hours)
        column.addStretch(1)
        self.tabs.addTab(self.practise, tr("Nog te oefenen"))
        self.tabs.addTab(route_tab, tr("Leerroute"))
        self.tabs.addTab(hours_tab, tr("Stage en uren"))
        self.tabs.addTab(self.notes, tr("Notities"))
        self.tabs.addTab(self.portfolio, tr("Portfolio"))
        return self.tabs

    def show_student(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        if student_id is None:
            self._clear()
            return
        store = self.ctx.store
        report = store.progress(student_id)
        self.report = report
        st = report.student
        self.name.setText(st.name)
        self.about.setText(
            tr("Groep: {group} · fase {phase} · contactpersoon: {contact}").format(
                group=st.group or tr("geen"),
                phase=st.phase,
                contact=st.contact or tr("niemand"),
            )
        )
        self._show_phases(report)
        self._show_credentials(report.credentials)
        self._show_practise(report)
        self._show_route(store.route(student_id))
        self._show_hours(report.hours)
        self._show_notes(store.notes(student_id))
        self._show_portfolio(store.portfolio(student_id))

    def _clear(self) -> None:
        self.report = None
        self.name.setText(tr("Kies een leerling"))
        self.about.clear()
        for chart in (self.phases, self.credentials, self.hours):
            chart.clear()
        self.issue_buttons = {}
        for widget in (self.practise, self.route, self.notes, self.portfolio):
            widget.clear()
        self.route_target.clear()

    def _show_phases(self, report: ProgressReport) -> None:
        self.phases.clear()
        if not report.phases:
            self.phases.add_message(tr("Nog geen leerroute."))
        for p in report.phases:
            self.phases.add_row(tr("Fase {n}").format(n=p.phase), phase_fraction(p), phase_text(p))

    def _show_credentials(self, credentials: tuple[Eligibility, ...]) -> None:
        self.credentials.clear()
        self.issue_buttons = {}
        if not credentials:
            self.credentials.add_message(tr("Deze route leidt nog niet naar een kwalificatie."))
        user = self.ctx.user
        may_issue = user is None or user.role in ISSUERS
        for e in credentials:
            button = None
            if e.eligible and not e.issued and may_issue:
                button = QPushButton(tr("Uitreiken"))
                button.setAccessibleName(tr("{name} uitreiken").format(name=e.name))
                button.clicked.connect(
                    lambda _=False, cid=e.credential_id, n=e.name: self.issue_requested.emit(cid, n)
                )
                self.issue_buttons[e.credential_id] = button
            self.credentials.add_row(e.name, credential_fraction(e), credential_state(e), button)

    def _show_practise(self, report: ProgressReport) -> None:
        self.practise.clear()
        if not report.still_to_practise:
            done = bool(report.phases)
            self.practise.addItem(
                tr("Alles uit de route is zelfstandig gelukt.")
                if done
                else tr("Nog geen leerroute.")
            )
            return
        card = None
        for item in report.still_to_practise:
            if item.card_code != card:
                card = item.card_code
                self.practise.addItem(_heading_item(f"{item.card_code} · {item.card_title}"))
            line = f"    {element_name(item.kind, item.position)}: {item.text} — {level_text(item)}"
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, item.element_id)
            self.practise.addItem(entry)

    def _show_route(self, route: RouteView) -> None:
        target = route.target_credential or tr("nog geen doel gekozen")
        self.route_target.setText(tr("Deze route leidt naar: {target}").format(target=target))
        self.route.clear()
        if not route.items:
            self.route.addItem(tr("Nog geen kaarten in de route."))
        for n, item in enumerate(route.items, start=1):
            self.route.addItem(route_line(n, item))

    def _show_hours(self, hours: tuple[PlacementHours, ...]) -> None:
        self.hours.clear()
        if not hours:
            self.hours.add_message(tr("Geen stage."))
        for h in hours:
            label = tr("{company}\n{start} tot {end}").format(
                company=h.company, start=format_date(h.start_on), end=format_date(h.end_on)
            )
            text = tr("{done} van {required} uur").format(
                done=format_hours(h.minutes_done), required=h.hours_required
            )
            fraction = h.minutes_done / (h.hours_required * 60) if h.hours_required else 1.0
            self.hours.add_row(label, fraction, text)

    def _show_notes(self, notes: list[NoteView]) -> None:
        self.notes.clear()
        if not notes:
            self.notes.addItem(tr("Geen notities."))
        for note in notes:
            kind = tr("zorg (alleen school)") if note.category == NoteCategory.CARE else tr("werk")
            head = f"{format_date(note.recorded_at.date())} · {kind} · {note.author or ''}"
            text = f"{head}\n{note.text}"
            if note.follow_up_on:
                text += "\n" + tr("Opvolgen op {on}").format(on=format_date(note.follow_up_on))
            self.notes.addItem(text)

    def _show_portfolio(self, entries: list[PortfolioEntry]) -> None:
        self.portfolio.clear()
        if not entries:
            self.portfolio.addTopLevelItem(QTreeWidgetItem([tr("Nog niets uitgereikt.")]))
        for entry in entries:
            by = tr(" door {name}").format(name=entry.issued_by) if entry.issued_by else ""
            top = QTreeWidgetItem(
                [
                    tr("{name} — uitgereikt op {on}{by}").format(
                        name=entry.credential, on=format_date(entry.issued_on), by=by
                    )
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            for line in entry.evidence:
                top.addChild(QTreeWidgetItem([tr("Bewijs: {line}").format(line=line)]))
            self.portfolio.addTopLevelItem(top)
        self.portfolio.expandAll()

    def practise_texts(self) -> list[str]:
        return [self.practise.item(n).text() for n in range(self.practise.count())]

    def portfolio_texts(self) -> list[str]:
        items = (self.portfolio.topLevelItem(n) for n in range(self.portfolio.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


# -- the view ----------------------------------------------------------------------------


class StudentsView(QWidget):
    """The list with filters on the left, the chosen student's page on the right."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current: uuid.UUID | None = None
        self.filters = StudentFilters()
        self.model = StudentListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Leerlingen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Fixed row heights and column widths: sizing to contents asks every cell of
        # ~1,500 students before the first paint (bench/startup.py).
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        header = self.table.horizontalHeader()
        widths = (self.fontMetrics().horizontalAdvance("M") * n for n in (14, 7, 4))
        for section, width in enumerate(widths):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(section, width)
        header.setStretchLastSection(True)
        self.count = QLabel()
        self.count.setAccessibleName(tr("Aantal leerlingen"))
        self.page = StudentPage(ctx)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

        self.filters.changed.connect(self._reload)
        self.filters.search.returnPressed.connect(self._choose_first)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.page.issue_requested.connect(self.issue)
        ctx.student_selected.connect(self._follow)

    def refresh(self) -> None:
        """Reload groups, list and page, keeping the chosen student."""
        if self.current is None:
            self.current = self._last_student()
        self.filters.set_groups(self.ctx.store.groups())
        self._reload(force_page=True)

    def _last_student(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(str(self.ctx.settings.value("laatste_leerling", "")))
        except ValueError:
            return None

    def _reload(self, force_page: bool = False) -> None:
        rows = self.ctx.store.student_overview(**self.filters.query())
        self.model.set_rows(rows)
        self.count.setText(tr("{n} leerlingen").format(n=len(rows)))
        row = self.model.row_of(self.current) if self.current else -1
        if row < 0:
            self.page.show_student(None)
            return
        if force_page:
            self.page.student_id = None  # the page must read again
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            return
        student_id = self.model.rows[index.row()].id
        changed = student_id != self.current
        self.current = student_id
        if changed or self.page.student_id != student_id:
            self.page.show_student(student_id)
        if changed:
            self.ctx.student_selected.emit(student_id)

    def _choose_first(self) -> None:
        if self.model.rows:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _follow(self, student_id: object) -> None:
        """Another view chose a student: show them here too (when they are listed)."""
        if not isinstance(student_id, uuid.UUID) or student_id == self.current:
            return
        self.current = student_id
        if self.isVisible():
            self._reload(force_page=True)

    def select(self, student_id: uuid.UUID) -> None:
        """Choose a student as if clicked in the list."""
        changed = student_id != self.current
        self.current = student_id
        self._reload(force_page=True)
        if changed:
            self.ctx.student_selected.emit(student_id)

    def issue(self, credential_id: uuid.UUID, name: str) -> None:
        student_id = self.current
        if student_id is None or self.page.report is None:
            return
        who = self.page.report.student.name
        answer = QMessageBox.question(
            self,
            tr("Kwalificatie uitreiken"),
            tr("{credential} uitreiken aan {student}? Het komt dan in het portfolio.").format(
                credential=name, student=who
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.ctx.act(self.ctx.store.issue_credential, student_id, credential_id, parent=self):
            self.page.show_student(student_id)
            self.page.tabs.setCurrentIndex(self.page.tabs.count() - 1)
