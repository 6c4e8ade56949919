"""Leerlingen: a filtered list of students on the left, the student page on the right
(why the student needs attention, progress per phase and per credential, what is left to
practise, route, placement and hours, notes with follow-up dates, portfolio), with issuing
a credential at one press of a button. A teacher adds notes and hours and corrects hours
here as well; the jobcoach screen has the same hours form."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
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
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
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

from jw_desktop.model import ElementKind, NoteCategory, issuing
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.views import (
    AssessmentView,
    Eligibility,
    HoursView,
    NoteView,
    PhaseProgress,
    PlacementHours,
    PortfolioEntry,
    PractiseItem,
    ProgressReport,
    RouteView,
    StudentRow,
)
from jw_desktop.model.wording import (
    QT_DATE_FORMAT,
    Missing,
    date_text,
    eligibility_missing,
    hours_fraction,
    hours_text,
    number_text,
)
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs.ask import ask_text, confirm
from jw_desktop.ui.dialogs.assessment import AssessmentDialog, ExamPartDialog, RecordIssueDialog
from jw_desktop.ui.views.student_onward import OnwardTab
from jw_desktop.ui.views.student_placements import show_agreements, show_requirement
from jw_desktop.ui.views.student_view import StudentViewWindow, open_student_view
from jw_desktop.ui.views.student_voice import StudentVoiceTab
from jw_desktop.ui.widgets.card_preview import route_line
from jw_desktop.ui.widgets.elided_label import ElidedLabel
from jw_desktop.ui.widgets.hours_entry import HoursEntry
from jw_desktop.ui.widgets.id_combo import IdCombo, phase_combo
from jw_desktop.ui.widgets.phase_text import phase_tooltip
from jw_desktop.ui.widgets.progress_chart import ProgressChart
from jw_desktop.ui.words import level_words, missing_words

ModelIndex = QModelIndex | QPersistentModelIndex
ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # a portfolio item that is an assessment
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
MAX_NOTE = 4000


# -- wording -----------------------------------------------------------------------------


def attention_text(row: StudentRow) -> str:
    """'Let op: ...' with every reason, for the list cell (which may cut it off)."""
    if not row.reasons:
        return ""
    return "⚠ " + tr("Let op: {reasons}").format(reasons="; ".join(row.reasons))


def attention_details(reasons: tuple[str, ...]) -> str:
    """The reasons in full, one per line: the tooltip of the list row and the student page."""
    if not reasons:
        return ""
    lines = [f"• {r[:1].upper()}{r[1:]}" for r in reasons]
    return "\n".join([tr("Deze leerling heeft aandacht nodig:"), *lines])


def phase_text(p: PhaseProgress) -> str:
    """The numbers of model.progress.phase_summary, with Qt's plural forms; a phase
    without steps or criteria says only how many cards are done (never '0 van 0')."""
    cards = tr("{done} van %n kaart(en) klaar", "", p.items_total).format(done=p.items_done)
    if not p.elements.total:
        return cards
    steps = tr("{done} van %n stap(pen) en criteria zelfstandig", "", p.elements.total).format(
        done=p.elements.mastered
    )
    return f"{cards}; {steps}"


def phase_fraction(p: PhaseProgress) -> float:
    if p.elements.total:
        return p.elements.fraction
    return p.items_done / p.items_total if p.items_total else 0.0


def credential_state(e: Eligibility) -> str:
    """'behaald', 'klaar om uit te reiken' (or who issues it), '8 van 10 criteria behaald
    bij een beoordeling', or what is still missing; then the werkprocessen it names."""
    if e.issued:
        state = tr("behaald")
    elif e.eligible and e.issuer is IssuerKind.SCHOOL:
        state = tr("klaar om uit te reiken")
    elif e.eligible:
        state = tr("klaar. {who}").format(who=issuing.who_issues(e.kind, e.issuer_name))
    else:
        parts = []
        if e.criteria.total:  # the count, not each criterion: the row stays short
            parts.append(
                tr(
                    "{done} van %n criteri(um/a) behaald bij een beoordeling", "", e.criteria.total
                ).format(done=e.criteria.mastered)
            )
        for what, names in eligibility_missing(e):
            if what is Missing.CRITERIA or (what is Missing.NO_RULE and parts):
                continue
            parts.append(
                f"{missing_words(what)}: {'; '.join(names)}" if names else missing_words(what)
            )
        state = "; ".join(parts)
    if e.werkprocessen:
        codes = ", ".join(w.split(" ", 1)[0] for w in e.werkprocessen)
        state += "\n" + tr("Werkprocessen: {codes}").format(codes=codes)
    return state


def credential_fraction(e: Eligibility) -> float:
    if e.issued or e.eligible:
        return 1.0
    return e.criteria.fraction


def level_text(item: PractiseItem) -> str:
    """'nu: met hulp (laatst gezien 03-11-2026)' (as wording.observed_text)."""
    if item.level is None or item.last_observed_on is None:
        return level_words(item.level)
    return tr("nu: {level} (laatst gezien {on})").format(
        level=level_words(item.level), on=date_text(item.last_observed_on)
    )


def element_name(kind: ElementKind, position: int) -> str:
    return (tr("stap {n}") if kind == ElementKind.STEP else tr("criterium {n}")).format(n=position)


def hours_line(entry: HoursView) -> str:
    """'12-03-2026 · 7,5 uur · Tuincentrum · kassa (Ruud Verbeek)', or 'afwezig'."""
    amount = (
        tr("afwezig") if entry.absent else tr("{hours} uur").format(hours=hours_text(entry.minutes))
    )
    parts = [date_text(entry.worked_on), amount, entry.company]
    if entry.remark and not (entry.absent and entry.remark == "afwezig"):
        parts.append(entry.remark)
    line = " · ".join(parts)
    return f"{line} ({entry.recorded_by})" if entry.recorded_by else line


def category_text(category: NoteCategory) -> str:
    return tr("zorg (alleen school)") if category == NoteCategory.CARE else tr("werk")


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
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole name and every reason, when the columns are narrow; in the phase
            # column also what the phase is for and its ik statements
            phase = phase_tooltip(row.phase) if index.column() == 2 else ""
            return "\n".join(t for t in (row.name, attention_details(row.reasons), phase) if t)
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
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)  # long lines wrap, never widen
    return widget


def _heading_item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _help_item(text: str) -> QListWidgetItem:
    """A line that explains an empty list; it cannot be chosen."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class NoteForm(QWidget):
    """A short note about the student: werk or (school staff only) zorg, and optionally a
    follow-up date on which the student's situation is looked at again."""

    saved = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Tekst van de notitie"))
        self.text.setPlaceholderText(
            tr("Wat wil je vastleggen? Bijv. een gesprek of een afspraak.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().height() * 5)
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Soort notitie"))
        self.category.setToolTip(
            tr("Werk: ook de jobcoach ziet het. Zorg: alleen medewerkers van school.")
        )
        self.follow_up = QCheckBox(tr("Opvolgen op"))
        self.follow_up.setAccessibleName(tr("Een datum om de situatie opnieuw te bekijken"))
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat(QT_DATE_FORMAT)
        self.follow_up_on.setAccessibleName(tr("Opvolgdatum"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.save = QPushButton(tr("Notitie opslaan"))
        self.save.setAccessibleName(tr("Notitie opslaan"))
        self.save.clicked.connect(self.save_note)
        self.message = _wrapping()
        self.message.setAccessibleName(tr("Melding bij de notitie"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 2)
        grid.addWidget(QLabel(tr("Soort")), 1, 0)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(self.follow_up, 2, 0)
        grid.addWidget(self.follow_up_on, 2, 1)
        grid.addWidget(self.save, 3, 0)
        grid.addWidget(self.message, 3, 1)
        grid.setColumnStretch(1, 1)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        user = self.ctx.user
        allowed = user.note_categories if user is not None else tuple(NoteCategory)
        chosen = self.category.currentData()
        self.category.clear()
        for category in (NoteCategory.WORK, NoteCategory.CARE):
            if category in allowed:
                self.category.addItem(category_text(category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        today = self.ctx.store.today()
        self.follow_up_on.setMinimumDate(_qdate(today))
        if not self.follow_up.isChecked():
            self.follow_up_on.setDate(_qdate(today))
        self.setEnabled(student_id is not None)

    def save_note(self) -> None:
        student, text = self.student_id, self.text.toPlainText()
        if student is None:
            return
        category = self.category.currentData()
        q = self.follow_up_on.date()
        follow = date(q.year(), q.month(), q.day()) if self.follow_up.isChecked() else None
        store = self.ctx.store
        done = self.ctx.act(
            lambda: store.add_note(student, text, category, follow_up_on=follow),
            parent=self,
            report=self.message.setText,
        )
        if not done:
            return
        self.text.clear()
        self.follow_up.setChecked(False)
        said = tr("Notitie opgeslagen.")
        if follow is not None:
            said += " " + tr("Opvolgen op {on}.").format(on=date_text(follow))
        self.message.setText(said)
        self.saved.emit()


class StudentPage(QSplitter):
    """Everything about one student. issue_requested(credential_id, name) asks the view
    to issue a credential; assess_requested(credential_id) to record an assessment of it;
    record_requested(credential_id) to record that the branch or mbo school issued it."""

    issue_requested = Signal(object, str)
    assess_requested = Signal(object)
    record_requested = Signal(object)
    exam_part_requested = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.report: ProgressReport | None = None
        self.entries: list[HoursView] = []
        self.issue_buttons: dict[uuid.UUID, QPushButton] = {}
        self.assess_buttons: dict[uuid.UUID, QPushButton] = {}
        self.record_buttons: dict[uuid.UUID, QPushButton] = {}
        self.exam_part_buttons: dict[uuid.UUID, QPushButton] = {}
        self.name = ElidedLabel(tr("Kies een leerling"))
        self.name.setAccessibleName(tr("Naam van de leerling"))
        _bigger(self.name, 5, bold=True)
        self.about = _wrapping()
        self.about.setAccessibleName(tr("Groep, fase en contactpersoon"))
        _bigger(self.about, 2)
        self.attention = _wrapping()
        self.attention.setAccessibleName(tr("Waarom deze leerling aandacht nodig heeft"))
        self.attention.setStyleSheet("font-weight: bold;")
        self.follow_up = _wrapping()
        self.follow_up.setAccessibleName(tr("Opvolgdatum"))
        self.help = _wrapping(
            tr(
                "Kies links een leerling. Zoek op naam, of vink 'Heeft aandacht nodig' aan "
                "om te zien wie nu aandacht vraagt."
            )
        )
        self.help.setAccessibleName(tr("Uitleg"))
        self.phases = ProgressChart()
        self.phases.setAccessibleName(tr("Voortgang per fase"))
        self.credentials = ProgressChart()
        self.credentials.setAccessibleName(tr("Voortgang per kwalificatie"))
        top = QWidget()
        column = QVBoxLayout(top)
        column.addWidget(self.name)
        column.addWidget(self.about)
        column.addWidget(self.attention)
        column.addWidget(self.follow_up)
        column.addWidget(self.help)
        # shown with a student only: empty frames say nothing before one is chosen
        self.progress_boxes = (
            _boxed(tr("Voortgang per fase"), self.phases),
            _boxed(tr("Kwalificaties"), self.credentials),
        )
        for box in self.progress_boxes:
            column.addWidget(box)
        column.addStretch(1)
        self.addWidget(_scrolled(top))
        self.addWidget(self._make_tabs())
        self.setSizes([400, 400])
        self._clear()

    def _make_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Onderdelen van de leerling"))
        self.tabs.setUsesScrollButtons(True)  # tabs never make the page wider
        self.practise = _list(tr("Nog te oefenen"))
        self.route_target = _wrapping()
        self.route = _list(tr("Leerroute"))
        self.tabs.addTab(self.practise, tr("Nog te oefenen"))
        route_tab = QWidget()
        column = QVBoxLayout(route_tab)
        column.addWidget(self.route_target)
        column.addWidget(self.route)
        self.tabs.addTab(route_tab, tr("Leerroute"))
        self.tabs.addTab(_scrolled(self._make_hours_tab()), tr("Stage en uren"))
        self.notes = _list(tr("Notities"))
        self.note_form = NoteForm(self.ctx)
        self.note_form.saved.connect(self._reload)
        notes_tab = QWidget()
        column = QVBoxLayout(notes_tab)
        column.addWidget(_boxed(tr("Nieuwe notitie"), self.note_form))
        self.notes.setMinimumHeight(self.fontMetrics().height() * 8)
        column.addWidget(self.notes, 1)
        self.tabs.addTab(_scrolled(notes_tab), tr("Notities"))
        self.portfolio = QTreeWidget()
        self.portfolio.setAccessibleName(tr("Portfolio"))
        self.portfolio.setHeaderHidden(True)
        self.portfolio.setWordWrap(True)
        self.portfolio.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.portfolio.header().setStretchLastSection(True)
        self.portfolio.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.portfolio.itemSelectionChanged.connect(self._portfolio_chosen)
        self.withdraw_assessment_button = QPushButton(tr("Beoordeling intrekken"))
        self.withdraw_assessment_button.setAccessibleName(tr("De gekozen beoordeling intrekken"))
        self.withdraw_assessment_button.clicked.connect(self.withdraw_chosen_assessment)
        self.portfolio_message = _wrapping()
        self.portfolio_message.setAccessibleName(tr("Melding bij het portfolio"))
        self.portfolio_tab = portfolio_tab = QWidget()
        column = QVBoxLayout(portfolio_tab)
        column.addWidget(self.portfolio, 1)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_assessment_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.portfolio_message)
        self._portfolio_chosen()
        self.tabs.addTab(portfolio_tab, tr("Portfolio"))
        self.onward = OnwardTab(self.ctx)  # school staff only (docs/privacy.md)
        for page, title in (
            (self.onward.route_page, tr("Route verder")),
            (self.onward, tr("Ouders en toestemming")),
        ):
            self.tabs.setTabVisible(self.tabs.addTab(_scrolled(page), title), self.onward.allowed)
        self.voice = StudentVoiceTab(self.ctx)  # phase, goals, reflections (issue 10)
        self.voice.changed.connect(self._reload)
        self.voice.open_view.connect(self.open_student_view)
        self.tabs.insertTab(  # before Portfolio, which stays last
            self.tabs.indexOf(self.portfolio_tab), _scrolled(self.voice), tr("Fase en eigen stem")
        )
        return self.tabs

    def open_student_view(self, student_id: uuid.UUID) -> StudentViewWindow | None:
        """The student's own view, left only with the staff password."""
        self.student_view = open_student_view(self.ctx, self, student_id)
        return self.student_view

    def _make_hours_tab(self) -> QWidget:
        self.hours = ProgressChart()
        self.hours.setAccessibleName(tr("Stage en uren"))
        self.hours_entry = HoursEntry(self.ctx)
        self.hours_entry.saved.connect(self._reload)
        self.entry_list = _list(tr("Vastgelegde uren"))
        self.entry_list.setMinimumHeight(self.fontMetrics().height() * 6)
        self.entry_list.itemSelectionChanged.connect(self._entry_chosen)
        self.correct_button = QPushButton(tr("Uren corrigeren…"))
        self.correct_button.setAccessibleName(tr("De gekozen uren corrigeren"))
        self.correct_button.clicked.connect(self.correct_chosen)
        self.withdraw_button = QPushButton(tr("Intrekken"))
        self.withdraw_button.setAccessibleName(tr("De gekozen uren intrekken"))
        self.withdraw_button.clicked.connect(self.withdraw_chosen)
        self.hours_message = _wrapping()
        self.hours_message.setAccessibleName(tr("Melding bij de vastgelegde uren"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.hours)
        column.addWidget(_boxed(tr("Uren vastleggen"), self.hours_entry))
        column.addWidget(QLabel(tr("Vastgelegde uren (nieuwste eerst):")))
        column.addWidget(self.entry_list, 1)
        column.addLayout(buttons)
        column.addWidget(self.hours_message)
        self._entry_chosen()
        return tab

    def show_student(self, student_id: uuid.UUID | None, reasons: tuple[str, ...] = ()) -> None:
        self.student_id = student_id
        self.reasons = reasons
        if student_id is None:
            self._clear()
            return
        store = self.ctx.store
        report = store.progress(student_id)
        self.report = report
        st = report.student
        self.help.hide()
        for box in self.progress_boxes:
            box.show()
        self.name.setText(st.name)
        self.about.setToolTip(phase_tooltip(st.phase))
        self.about.setText(
            tr("Groep: {group} · fase {phase} · contactpersoon: {contact}").format(
                group=st.group or tr("geen"),
                phase=st.phase,
                contact=st.contact or tr("niemand"),
            )
        )
        self.attention.setText(attention_details(reasons))
        self.attention.setVisible(bool(reasons))
        notes = store.notes(student_id)
        self._show_follow_up(notes)
        self._show_phases(report)
        self._show_credentials(report.credentials)
        self._show_practise(report)
        self._show_route(store.route(student_id))
        self._show_hours(report.hours)
        show_requirement(self.hours, store.hours_requirement(student_id))
        show_agreements(self.hours, store.placement_details(student_id))
        if self.hours_entry.student_id != student_id:
            self.hours_entry.set_student(student_id)
        else:  # the same student read again (after a save): keep what the form said
            self.hours_entry.load()
        self._show_entries(store.hours_entries(student_id))
        self.note_form.set_student(student_id)
        self._show_notes(notes)
        self._show_portfolio(store.portfolio(student_id), store.assessments(student_id))
        self.onward.set_student(student_id)
        self.voice.set_student(student_id)

    def _reload(self) -> None:
        """After a note or hours were saved here: read the page again."""
        if self.student_id is not None:
            self.show_student(self.student_id, self._fresh_reasons())

    def _fresh_reasons(self) -> tuple[str, ...]:
        """Saving hours may take a reason away (or add one): ask for this student's row."""
        rows = self.ctx.store.student_overview(student_id=self.student_id)
        return rows[0].reasons if rows else ()

    def _clear(self) -> None:
        self.report = None
        self.reasons = ()
        self.entries = []
        self.name.setText(tr("Kies een leerling"))
        self.about.clear()
        self.attention.clear()
        self.attention.hide()
        self.follow_up.hide()
        self.help.show()
        for box in self.progress_boxes:
            box.hide()
        for chart in (self.phases, self.credentials, self.hours):
            chart.clear()
        self.issue_buttons = {}
        for widget in (self.practise, self.route, self.notes, self.portfolio, self.entry_list):
            widget.clear()
        self.route_target.clear()
        self.hours_entry.set_student(None)
        self.note_form.set_student(None)
        self.onward.set_student(None)
        self.voice.set_student(None)
        self._entry_chosen()

    def _show_follow_up(self, notes: list[NoteView]) -> None:
        """The nearest follow-up date of the notes this user may see."""
        days = sorted(n.follow_up_on for n in notes if n.follow_up_on is not None)
        today = self.ctx.store.today()
        coming = [d for d in days if d >= today]
        passed = [d for d in days if d < today]
        if coming:
            text = tr("Opvolgen op {on}").format(on=date_text(coming[0]))
        elif passed:
            text = tr("Opvolgdatum {on} is voorbij").format(on=date_text(passed[-1]))
        else:
            text = ""
        self.follow_up.setText(text)
        self.follow_up.setVisible(bool(text))

    def _show_phases(self, report: ProgressReport) -> None:
        self.phases.clear()
        shown = [p for p in report.phases if p.items_total]  # an empty phase says nothing
        if not shown:
            self.phases.add_message(
                tr(
                    "Nog geen leerroute. Maak er een bij Leerroute: kies een sjabloon of "
                    "voeg kaarten toe."
                )
            )
        for p in shown:
            self.phases.add_row(tr("Fase {n}").format(n=p.phase), phase_fraction(p), phase_text(p))

    def _show_credentials(self, credentials: tuple[Eligibility, ...]) -> None:
        """One row per credential, with the one button this user's side may press:
        Uitreiken (the school issues it), Vastleggen… (the branch or mbo school did), or
        Beoordeling… (record an assessment moment of its eindwerkopdracht)."""
        self.credentials.clear()
        self.issue_buttons, self.assess_buttons, self.record_buttons = {}, {}, {}
        self.exam_part_buttons = {}
        if not credentials:
            self.credentials.add_message(
                tr("Deze route leidt nog niet naar een kwalificatie. Kies een doel bij Leerroute.")
            )
        user = self.ctx.user
        role = user.role if user is not None else None
        for e in credentials:
            button = None
            cid = e.credential_id
            if e.eligible and not e.issued and issuing.may_issue(role, e.kind):
                button = QPushButton(tr("Uitreiken"))
                button.setAccessibleName(tr("{name} uitreiken").format(name=e.name))
                button.clicked.connect(
                    lambda _=False, cid=cid, n=e.name: self.issue_requested.emit(cid, n)
                )
                self.issue_buttons[cid] = button
            elif e.eligible and not e.issued and issuing.may_record(role, e.kind):
                button = QPushButton(tr("Vastleggen…"))
                button.setAccessibleName(tr("Uitreiking van {name} vastleggen").format(name=e.name))
                button.setToolTip(issuing.who_issues(e.kind, e.issuer_name))
                button.clicked.connect(lambda _=False, cid=cid: self.record_requested.emit(cid))
                self.record_buttons[cid] = button
            elif not e.issued and e.assessed_by is not None and issuing.may_assess(role):
                button = QPushButton(tr("Beoordeling…"))
                button.setAccessibleName(
                    tr("Beoordeling van {name} vastleggen").format(name=e.name)
                )
                button.clicked.connect(lambda _=False, cid=cid: self.assess_requested.emit(cid))
                self.assess_buttons[cid] = button
            elif not e.issued and e.missing_exam_parts and issuing.may_assess(role):
                button = QPushButton(tr("Examenonderdeel…"))
                button.setAccessibleName(
                    tr("Behaald examenonderdeel van {name} vastleggen").format(name=e.name)
                )
                button.clicked.connect(lambda _=False, cid=cid: self.exam_part_requested.emit(cid))
                self.exam_part_buttons[cid] = button
            self.credentials.add_row(e.name, credential_fraction(e), credential_state(e), button)

    def _show_practise(self, report: ProgressReport) -> None:
        self.practise.clear()
        if not report.still_to_practise:
            done = bool(report.phases)
            self.practise.addItem(
                _help_item(
                    tr("Alles uit de route is zelfstandig gelukt.")
                    if done
                    else tr("Nog niets te oefenen: deze leerling heeft nog geen leerroute.")
                )
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
            self.route.addItem(
                _help_item(tr("Nog geen kaarten in de route: voeg ze toe bij Leerroute."))
            )
        for n, item in enumerate(route.items, start=1):
            self.route.addItem(route_line(n, item))

    def _show_hours(self, hours: tuple[PlacementHours, ...]) -> None:
        self.hours.clear()
        if not hours:
            self.hours.add_message(
                tr("Geen stage. Een stage voegt de beheerder of een docent toe bij Beheer.")
            )
        # Running placements first; past ones after them, with their hours (they count).
        for h in sorted(hours, key=lambda h: (h.ended, -h.start_on.toordinal())):
            label = tr("{company}\n{start} tot {end}").format(
                company=h.company, start=date_text(h.start_on), end=date_text(h.end_on)
            )
            if h.ended_on is not None:
                label = tr("{company} (afgelopen op {day})\n{start} tot {end}").format(
                    company=h.company,
                    day=date_text(h.ended_on),
                    start=date_text(h.start_on),
                    end=date_text(h.end_on),
                )
            text = tr("{done} van {required} uur").format(
                done=hours_text(h.minutes_done), required=number_text(h.hours_required)
            )
            fraction = hours_fraction(h.minutes_done, h.hours_required)
            self.hours.add_row(label, fraction, text)

    def _show_entries(self, entries: list[HoursView]) -> None:
        self.entries = entries
        self.entry_list.clear()
        if not entries:
            self.entry_list.addItem(_help_item(tr("Nog geen uren vastgelegd.")))
        for entry in entries:
            item = QListWidgetItem(hours_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entry_list.addItem(item)
        self._entry_chosen()

    def chosen_entry(self) -> HoursView | None:
        items = self.entry_list.selectedItems()
        wanted = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((e for e in self.entries if e.id == wanted), None)

    def _entry_chosen(self) -> None:
        chosen = self.chosen_entry() is not None
        self.correct_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def correct_chosen(self) -> None:
        """A corrected number of hours for the chosen day (0: afwezig): a new entry that
        supersedes the old one."""
        entry = self.chosen_entry()
        if entry is None:
            return
        typed = ask_text(
            self,
            tr("Uren corrigeren"),
            tr("Hoeveel uur op {day} bij {company}? (0 = afwezig)").format(
                day=date_text(entry.worked_on), company=entry.company
            ),
            hours_text(entry.minutes),
            max_length=5,
            ok=tr("Correctie opslaan"),
        )
        if typed is None:
            return
        hours, valid = DUTCH.toDouble(typed.strip().replace(".", ","))
        if not valid:
            self.hours_message.setText(
                tr("'{typed}' is geen aantal uren; typ bijvoorbeeld 7,5.").format(typed=typed)
            )
            return
        store = self.ctx.store
        done = self.ctx.act(
            lambda: store.correct_hours(entry.id, hours, absent=hours == 0),
            parent=self,
            report=self.hours_message.setText,
        )
        if done:
            self._reload()
            self.hours_message.setText(
                tr("Gecorrigeerd: {day} is nu {amount}.").format(
                    day=date_text(entry.worked_on),
                    amount=tr("afwezig")
                    if hours == 0
                    else tr("{hours} uur").format(hours=hours_text(hours * 60)),
                )
            )

    def withdraw_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is None:
            return
        if not confirm(
            self,
            tr("Uren intrekken"),
            tr("De uren van {day} intrekken? Ze tellen dan niet meer mee.").format(
                day=date_text(entry.worked_on)
            ),
            yes=tr("Intrekken"),
            no=tr("Niet intrekken"),
            details=hours_line(entry),
        ):
            return
        if self.ctx.act(
            self.ctx.store.withdraw_hours, entry.id, parent=self, report=self.hours_message.setText
        ):
            self._reload()
            self.hours_message.setText(
                tr("De uren van {day} zijn ingetrokken.").format(day=date_text(entry.worked_on))
            )

    def _show_notes(self, notes: list[NoteView]) -> None:
        self.notes.clear()
        if not notes:
            self.notes.addItem(_help_item(tr("Nog geen notities. Schrijf hierboven de eerste.")))
        for note in notes:
            parts = [date_text(note.recorded_at.date()), category_text(note.category)]
            if note.author:
                parts.append(note.author)
            text = " · ".join(parts) + "\n" + note.text
            if note.follow_up_on:
                text += "\n" + tr("Opvolgen op {on}").format(on=date_text(note.follow_up_on))
            self.notes.addItem(text)

    def _show_portfolio(
        self, entries: list[PortfolioEntry], assessments: Sequence[AssessmentView] = ()
    ) -> None:
        """Issued credentials (by whom, the werkprocessen they name, their evidence),
        then the assessment moments they rest on or that are planned."""
        self.portfolio.clear()
        self.portfolio_message.clear()
        user = self.ctx.user
        self.withdraw_assessment_button.setVisible(
            bool(assessments) and issuing.may_assess(user.role if user else None)
        )
        if not entries:
            self.portfolio.addTopLevelItem(
                QTreeWidgetItem(
                    [tr("Nog niets uitgereikt. Een kwalificatie komt hier zodra ze is uitgereikt.")]
                )
            )
        for entry in entries:
            on = date_text(entry.issued_on)
            said = tr("{name} — uitgereikt op {on} door {by}").format(
                name=entry.credential, on=on, by=entry.issuer_name or entry.issued_by or "?"
            )
            if entry.reference:
                said += " " + tr("(nummer {ref})").format(ref=entry.reference)
            top = QTreeWidgetItem([said])
            top.setToolTip(0, said)
            top.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            lines = [tr("Werkproces: {w}").format(w=w) for w in entry.werkprocessen]
            lines += [tr("Bewijs: {line}").format(line=line) for line in entry.evidence]
            if entry.issued_by and entry.issuer is not IssuerKind.SCHOOL:
                lines.append(tr("Vastgelegd door {by}").format(by=entry.issued_by))
            for line in lines:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                top.addChild(child)
            self.portfolio.addTopLevelItem(top)
        for a in assessments:
            self.portfolio.addTopLevelItem(_assessment_item(a))
        self.portfolio.expandAll()

    def chosen_assessment(self) -> uuid.UUID | None:
        item = self.portfolio.currentItem()
        if item is None or not item.isSelected():
            return None
        parent = item.parent()
        while parent is not None:
            item, parent = parent, parent.parent()
        if item.data(0, ASSESSMENT_ROLE) is not True:
            return None
        found = item.data(0, Qt.ItemDataRole.UserRole)
        return found if isinstance(found, uuid.UUID) else None

    def _portfolio_chosen(self) -> None:
        self.withdraw_assessment_button.setEnabled(self.chosen_assessment() is not None)

    def withdraw_chosen_assessment(self) -> None:
        """Withdraw a wrongly recorded assessment: its results no longer count (an issued
        credential stays)."""
        chosen = self.chosen_assessment()
        if chosen is None or self.student_id is None:
            return
        if not confirm(
            self,
            tr("Beoordeling intrekken"),
            tr(
                "Deze beoordeling intrekken? De uitslag telt dan niet meer mee voor een "
                "kwalificatie. Wat al is uitgereikt, blijft."
            ),
            yes=tr("Intrekken"),
            no=tr("Niet intrekken"),
        ):
            return
        if self.ctx.act(
            self.ctx.store.withdraw_assessment, chosen, report=self.portfolio_message.setText
        ):
            self._reload()
            self.portfolio_message.setText(tr("De beoordeling is ingetrokken."))

    def practise_texts(self) -> list[str]:
        return [self.practise.item(n).text() for n in range(self.practise.count())]

    def portfolio_texts(self) -> list[str]:
        items = (self.portfolio.topLevelItem(n) for n in range(self.portfolio.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def note_texts(self) -> list[str]:
        return [self.notes.item(n).text() for n in range(self.notes.count())]

    def entry_texts(self) -> list[str]:
        return [self.entry_list.item(n).text() for n in range(self.entry_list.count())]


def _assessment_item(a: AssessmentView) -> QTreeWidgetItem:
    """'Beoordeling GRN-EWO-01 op 12-11-2026 (gepland) bij ... door ...' with a line per
    criterion judged."""
    who = " en ".join(
        f"{p.name} ({p.organisation})" if p.organisation else p.name for p in a.assessors
    )
    head = tr("Beoordeling {card} op {on}").format(card=a.card_code, on=date_text(a.held_on))
    if a.planned:
        head += " " + tr("(gepland)")
    else:
        passed = sum(1 for _e, _t, ok in a.results if ok)
        head += " " + tr("({passed} van {total} behaald)").format(
            passed=passed, total=len(a.results)
        )
    if a.place:
        head += " " + tr("in {place}").format(place=a.place)
    head += " — " + who
    top = QTreeWidgetItem([head])
    top.setToolTip(0, head)
    top.setData(0, Qt.ItemDataRole.UserRole, a.id)
    top.setData(0, ASSESSMENT_ROLE, True)
    for _eid, text, ok in a.results:
        line = (tr("behaald: {text}") if ok else tr("niet behaald: {text}")).format(text=text)
        top.addChild(QTreeWidgetItem([line]))
    return top


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def _scrolled(widget: QWidget) -> QScrollArea:
    """A part of the page that scrolls instead of making the window wider or higher (it
    scrolls sideways only in a window narrower than the form in it)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


# -- the view ----------------------------------------------------------------------------


class StudentsView(QWidget):
    """The list with filters on the left, the chosen student's page on the right.

    The list is read off the UI thread (ctx.run): the whole school's overview with its
    reasons for attention takes tens of milliseconds at 1,000 students, on every visit of
    the page and every keystroke in the search field (bench/startup.py). Only the newest
    read is shown; `loaded` fires when it is."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current: uuid.UUID | None = None
        self._force_page = False
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
        # Name, group and phase take what they need at 1024 wide, so the attention column
        # keeps room for its sign and first words (the rest is in the tooltip and on the page).
        widths = (self.fontMetrics().horizontalAdvance("M") * n for n in (11, 6, 3))
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
        self.page.assess_requested.connect(self.assess)
        self.page.record_requested.connect(self.record_issued)
        self.page.exam_part_requested.connect(self.record_exam_part)
        self.dialog: QDialog | None = None
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
        """Read the list again in the background; _fill shows it."""
        self._force_page = self._force_page or force_page
        query, store = self.filters.query(), self.ctx.store
        if not self.model.rows:
            self.count.setText(tr("Leerlingen worden geladen…"))
        self.ctx.read(
            self,
            "list",
            lambda: store.student_overview(**query),
            on_done=self._fill,
            on_error=self._failed,
        )

    def _fill(self, rows: list[StudentRow]) -> None:
        force_page, self._force_page = self._force_page, False
        self.model.set_rows(rows)
        self.count.setText(tr("%n leerling(en)", "", len(rows)))
        row = self.model.row_of(self.current) if self.current else -1
        if row < 0:
            self.page.show_student(None)
        else:
            if force_page:
                self.page.student_id = None  # the page must read again
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.count.setText(message)
        self.loaded.emit()

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            return
        student_id = self.model.rows[index.row()].id
        changed = student_id != self.current
        self.current = student_id
        if changed or self.page.student_id != student_id:
            self.page.show_student(student_id, self.model.rows[index.row()].reasons)
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
        if not confirm(
            self,
            tr("Kwalificatie uitreiken"),
            tr("{credential} uitreiken aan {student}? Het komt dan in het portfolio.").format(
                credential=name, student=who
            ),
            yes=tr("Uitreiken"),
            no=tr("Niet uitreiken"),
        ):
            return
        if self.ctx.act(self.ctx.store.issue_credential, student_id, credential_id, parent=self):
            self.page.show_student(student_id, self.page.reasons)
            self.page.tabs.setCurrentIndex(self.page.tabs.indexOf(self.page.portfolio_tab))

    def assess(self, credential_id: uuid.UUID) -> None:
        """Open the assessment form for this credential's eindwerkopdracht (filling in
        the planned moment, when there is one)."""
        student_id = self.current
        if student_id is None:
            return
        store = self.ctx.store
        got = self.ctx.act(store.assessment_form, student_id, credential_id, parent=self)
        if not got:
            return
        form = got.value
        planned = next(
            (
                a.id
                for a in store.assessments(student_id)
                if a.planned and a.card_id == form.card_id
            ),
            None,
        )
        self._open(AssessmentDialog(self.ctx, form, planned, self))

    def record_issued(self, credential_id: uuid.UUID) -> None:
        """Record that the branch or the mbo school issued this credential."""
        report = self.page.report
        if self.current is None or report is None:
            return
        verdict = next(e for e in report.credentials if e.credential_id == credential_id)
        self._open(RecordIssueDialog(self.ctx, self.current, report.student.name, verdict, self))

    def record_exam_part(self, credential_id: uuid.UUID) -> None:
        """Record a diploma's exam part passed at the mbo school."""
        report = self.page.report
        if self.current is None or report is None:
            return
        verdict = next(e for e in report.credentials if e.credential_id == credential_id)
        parts = self.ctx.store.exam_parts(self.current, credential_id)
        self._open(ExamPartDialog(self.ctx, self.current, verdict, parts, self))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        student_id = self.current
        dialog.accepted.connect(
            lambda: (
                self.page.show_student(student_id, self.page.reasons)
                if student_id == self.current
                else None
            )
        )
        dialog.open()
