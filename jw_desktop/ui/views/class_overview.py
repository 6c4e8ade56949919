"""Klasoverzicht: progress as a teacher wants to see it. Choose a group, then a card (or
all the group's cards): a grid of the students x the steps and criteria, coloured by
level with the level's number in each cell; a click on a student shows their chart
(observations per week, levels per phase). One group at a time, so a school of 1,000
students never draws 1,000 rows. The grid is read off the UI thread (a big group's
grid takes some 40 ms to read on a fast machine, more on a school laptop), and a result
that arrives after the teacher already chose something else is dropped."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.overview import ClassGrid, GroupCard, StudentChart
from jw_desktop.ui import printing
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.dialogs.print_preview import PrintPreview
from jw_desktop.ui.widgets.class_grid import ClassGridWidget
from jw_desktop.ui.widgets.level_buttons import MIN_TARGET
from jw_desktop.ui.widgets.progress_chart import Legend, StudentChartView

Answer = tuple[list[GroupCard] | None, ClassGrid, StudentChart | None]


def _combo_id(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return uuid.UUID(value) if value else None


class ClassOverviewView(QWidget):
    """Groep and Kaart at the top, the grid in the middle, the chosen student's chart on
    the right."""

    TITLE = "Klasoverzicht"
    loaded = Signal()  # a requested grid (or its empty state) is shown
    exported = Signal(str)  # a batch or CSV export ended: what the feedback line says

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Groep"))
        self.group.setMinimumHeight(MIN_TARGET)
        self.card = QComboBox()
        self.card.setAccessibleName(tr("Kaart"))
        self.card.setMinimumHeight(MIN_TARGET)
        self.card.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.card.setMinimumContentsLength(20)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Uitleg bij het overzicht"))
        self.grid = ClassGridWidget()
        self.grid.student_chosen.connect(self.choose_student)
        self.area = QScrollArea()
        self.area.setWidget(self.grid)
        self.area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.chart = StudentChartView(legend=False)
        self.student_id: uuid.UUID | None = None
        self.group.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.card.currentIndexChanged.connect(lambda _i: self.load())
        choose = QHBoxLayout()
        choose.addWidget(QLabel(tr("Groep:")))
        choose.addWidget(self.group)
        choose.addWidget(QLabel(tr("Kaart:")))
        choose.addWidget(self.card, 1)
        self.preview: PrintPreview | None = None
        self.batch: printing.GroupReports | None = None
        self.print_button = QPushButton(tr("Klasoverzicht afdrukken…"))
        self.print_button.setToolTip(tr("Het klasoverzicht van de groep, om af te drukken"))
        self.print_button.setAccessibleName(tr("Klasoverzicht afdrukken"))
        self.print_button.clicked.connect(self.print_overview)
        self.reports_button = QPushButton(tr("Rapporten voor de hele groep opslaan…"))
        self.reports_button.setToolTip(
            tr("Het voortgangsrapport van elke leerling van de groep als PDF in een map")
        )
        self.reports_button.setAccessibleName(tr("Rapporten voor de hele groep opslaan"))
        self.reports_button.clicked.connect(self.save_reports)
        self.csv_button = QPushButton(tr("Exporteren naar CSV…"))
        self.csv_button.setToolTip(tr("Voortgang of uren van de groep voor Excel"))
        self.csv_menu = QMenu(self)
        self.csv_progress = self.csv_menu.addAction(tr("Voortgang van de groep…"))
        self.csv_hours = self.csv_menu.addAction(tr("Uren van de groep…"))
        self.csv_progress.triggered.connect(lambda: self.export_csv("voortgang"))
        self.csv_hours.triggered.connect(lambda: self.export_csv("uren"))
        self.csv_button.setAccessibleName(tr("Exporteren naar CSV"))
        self.csv_button.clicked.connect(self._show_csv_menu)
        self.export_message = QLabel()
        self.export_message.setWordWrap(True)
        self.export_message.setAccessibleName(tr("Melding bij afdrukken en exporteren"))
        self.export_message.hide()
        paper = QHBoxLayout()
        for button in (self.print_button, self.reports_button, self.csv_button):
            button.setMinimumHeight(MIN_TARGET)
            paper.addWidget(button)
        paper.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message)
        column.addWidget(Legend())
        column.addWidget(self.area, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        chart_area = QScrollArea()  # the chart's legend stays reachable on 1024 x 600
        chart_area.setWidgetResizable(True)
        chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chart_area.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_area.setWidget(self.chart)
        splitter.addWidget(chart_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(paper)
        layout.addWidget(self.export_message)
        layout.addWidget(splitter, 1)
        self._paper_enabled()

    # -- printing and exporting ------------------------------------------------------------

    def _paper_enabled(self) -> None:
        on = _combo_id(self.group) is not None
        for button in (self.print_button, self.reports_button, self.csv_button):
            button.setEnabled(on)

    def _say(self, ok: bool, message: str) -> None:
        self.export_message.setText(message)
        self.export_message.setVisible(bool(message))
        if not ok:
            show_error(self, message)
        self.exported.emit(message)

    def print_overview(self) -> None:
        group_id = _combo_id(self.group)
        if group_id is not None:
            document = printing.class_document(self.ctx.store, group_id, self.group.currentText())
            self.preview = printing.show(self.ctx, self, document)

    def save_reports(self) -> None:
        """Every student's progress report into a folder the teacher chooses."""
        group_id = _combo_id(self.group)
        if group_id is None:
            return
        name = self.group.currentText()
        try:
            job = printing.save_group_reports(self.ctx, self, group_id, name)
        except JWError as exc:
            self._say(False, exc.message)
            return
        if job is not None:
            self.batch = job
            self.export_message.setText(tr("De rapporten worden opgeslagen…"))
            self.export_message.show()
            folder = job.folder
            job.finished.connect(
                lambda result: self._say(not result.error, printing.batch_message(result, folder))
            )

    def _show_csv_menu(self) -> None:
        self.csv_menu.popup(self.csv_button.mapToGlobal(QPoint(0, self.csv_button.height())))

    def export_csv(self, kind: str) -> None:
        group_id = _combo_id(self.group)
        if group_id is not None:
            printing.export_csv(self.ctx, self, kind, group_id, self.group.currentText(), self._say)

    def refresh(self) -> None:
        """Re-read the groups; keep the chosen group and card."""
        current = _combo_id(self.group)
        try:
            groups = self.ctx.store.groups()
        except JWError as exc:
            show_error(self, exc.message)
            return
        self.group.blockSignals(True)
        self.group.clear()
        for group_id, name in groups:
            self.group.addItem(name, str(group_id))
        index = self.group.findData(str(current)) if current is not None else -1
        self.group.setCurrentIndex(max(index, 0) if groups else -1)
        self.group.blockSignals(False)
        self._paper_enabled()
        if current is None or current != _combo_id(self.group):
            self._group_changed()
        else:
            self.load()

    def _group_changed(self) -> None:
        """A new group: its cards and its grid, read together in the background."""
        self._request(with_cards=True)

    def load(self) -> None:
        """The grid for the chosen group and card, read in the background."""
        self._request(with_cards=False)

    def _request(self, with_cards: bool) -> None:
        group_id = _combo_id(self.group)
        if group_id is None:
            self.ctx.drop_reads(self, "grid")
            self._empty(
                tr(
                    "Er zijn nog geen groepen. Het klasoverzicht toont per groep wie welke "
                    "stappen en criteria al zelfstandig kan; deel de leerlingen eerst in een "
                    "groep in."
                )
            )
            return
        card_id = None if with_cards else _combo_id(self.card)
        wanted_card = _combo_id(self.card) if with_cards else card_id
        self.message.setText(tr("Het overzicht wordt gelezen…"))
        store = self.ctx.store

        student_id = self.student_id

        def read() -> Answer:
            cards = store.group_cards(group_id) if with_cards else None
            chosen = card_id
            if cards is not None and wanted_card in {c.card_id for c in cards}:
                chosen = wanted_card
            grid = store.class_grid(group_id, chosen)
            ids = [r.student_id for r in grid.rows]
            shown = student_id if student_id in ids else (ids[0] if ids else None)
            chart = store.student_chart(shown) if shown is not None and grid.columns else None
            return cards, grid, chart

        self.ctx.read(self, "grid", read, on_done=self._loaded, on_error=self._failed)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _loaded(self, result: Answer) -> None:
        cards, grid, chart = result
        if cards is not None:
            self._fill_cards(cards, grid.card_id)
        if not grid.rows:
            self._empty(tr("Deze groep heeft geen leerlingen. Kies een andere groep."))
        elif not grid.columns:
            self._empty(
                tr(
                    "In de leerroutes van deze groep staat nog geen kaart met stappen of "
                    "criteria. Voeg kaarten toe in Leerroute; dan verschijnen ze hier."
                )
            )
        else:
            self._show(grid, chart)
        self.loaded.emit()

    def _fill_cards(self, cards: list[GroupCard], chosen: uuid.UUID | None) -> None:
        """Offer the group's cards, the most shared first; 'all cards' on top."""
        self.card.blockSignals(True)
        self.card.clear()
        if cards:
            self.card.addItem(tr("Alle kaarten (per kaart het laagste niveau)"), "")
        for card in cards:
            self.card.addItem(
                tr("{code} {title} ({n} in route)").format(
                    code=card.code, title=card.title, n=card.students
                ),
                str(card.card_id),
            )
        index = self.card.findData(str(chosen)) if chosen is not None else -1
        self.card.setCurrentIndex(max(index, 0) if cards else -1)
        self.card.blockSignals(False)

    def _show(self, grid: ClassGrid, chart: StudentChart | None) -> None:
        self.grid.set_grid(grid)
        self.grid.show()
        self.message.setText(
            tr(
                "Per leerling en kaart het laagste niveau van de stappen en criteria. "
                "Klik op een leerling voor de grafiek."
            )
            if grid.card_id is None
            else tr("Per leerling het laatste niveau. Klik op een leerling voor de grafiek.")
        )
        if chart is not None:
            self._show_chart(chart)

    def _empty(self, text: str) -> None:
        self.message.setText(text)
        self.grid.set_grid(None)
        self.grid.hide()
        self.chart.show_chart(None)

    def choose_student(self, student_id: object) -> None:
        """Show the student's chart beside the grid (one quick read)."""
        if not isinstance(student_id, uuid.UUID):
            return
        try:
            chart = self.ctx.store.student_chart(student_id)
        except JWError as exc:
            show_error(self, exc.message)
            return
        self._show_chart(chart)

    def _show_chart(self, chart: StudentChart) -> None:
        grid = self.grid.data()
        rows = grid.rows if grid is not None else ()
        name = next((r.name for r in rows if r.student_id == chart.student_id), "")
        self.student_id = chart.student_id
        self.chart.show_chart(chart, name)
