"""Beheer > Stages: add a leerbedrijf, place a student at one of the school's companies
(the library lists them all, also those added elsewhere), end a placement (it stays as
history with its hours) or remove one entered by mistake; the praktijkovereenkomst and
learning goals of a placement; the hours the route asks across placements."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError, PlacementModel, Role
from jw_desktop.model.placements import PlacementDetails, school_year_of, school_year_text
from jw_desktop.model.views import PlacementHours
from jw_desktop.model.wording import QT_DATE_FORMAT, date_text, hours_text, number_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask

from .common import Feedback, combo, empty_note, fill, selected_key, table, wrapping

DATE_FORMAT = QT_DATE_FORMAT  # as wording.date_text writes a day


def qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(name)
    return edit


class PlacementsTab(QWidget):
    """Add a leerbedrijf; place a student there; end a placement."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.student_ids: list[uuid.UUID] = []

        self.company_name = QLineEdit()
        self.company_name.setAccessibleName(tr("Naam van het leerbedrijf"))
        self.city = QLineEdit()
        self.city.setAccessibleName(tr("Plaats"))
        self.supervisor = QLineEdit()
        self.supervisor.setAccessibleName(tr("Praktijkbegeleider"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(tr("Telefoon"))
        self.company_email = QLineEdit()
        self.company_email.setAccessibleName(tr("E-mailadres van de begeleider"))
        self.company_button = QPushButton(tr("Leerbedrijf toevoegen"))
        self.company_button.clicked.connect(self.add_company)
        company_box = QGroupBox(tr("Nieuw leerbedrijf"))
        cform = QFormLayout(company_box)
        cform.addRow(tr("Naam"), self.company_name)
        cform.addRow(tr("Plaats"), self.city)
        cform.addRow(tr("Praktijkbegeleider"), self.supervisor)
        cform.addRow(tr("Telefoon"), self.phone)
        cform.addRow(tr("E-mailadres"), self.company_email)
        cform.addRow("", self.company_button)

        self.student = combo(tr("Leerling"))
        self.student.setEditable(True)
        self.student.setInsertPolicy(self.student.InsertPolicy.NoInsert)
        completer = self.student.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.student.currentIndexChanged.connect(self.show_placements)
        self.company = combo(tr("Leerbedrijf"))
        self.no_companies = empty_note(
            tr("Nog geen leerbedrijven. Voeg links eerst het leerbedrijf toe.")
        )
        today = QDate.currentDate()
        self.start = date_edit(today, tr("Begindatum"))
        self.end = date_edit(today.addMonths(5), tr("Einddatum"))
        self.model = combo(tr("Model"))
        self.model.addItem(
            tr("Lintmodel (bijv. 2 dagen werk, 3 dagen school)"), PlacementModel.LINT
        )
        self.model.addItem(tr("Sandwichmodel (één blok)"), PlacementModel.SANDWICH)
        self.days = QSpinBox()
        self.days.setRange(1, 5)
        self.days.setValue(2)
        self.days.setAccessibleName(tr("Dagen per week"))
        self.hours = QSpinBox()
        self.hours.setRange(0, 5000)
        self.hours.setValue(640)
        self.hours.setSuffix(tr(" uur"))
        self.hours.setAccessibleName(tr("Vereiste uren"))
        self.jobcoach = combo(tr("Jobcoach"))
        self.placement_button = QPushButton(tr("Stage toevoegen"))
        self.placement_button.clicked.connect(self.add_placement)
        placement_box = QGroupBox(tr("Nieuwe stage"))
        pform = QFormLayout(placement_box)
        pform.addRow(tr("Leerling"), self.student)
        pform.addRow(tr("Leerbedrijf"), self.company)
        pform.addRow("", self.no_companies)
        pform.addRow(tr("Van"), self.start)
        pform.addRow(tr("Tot en met"), self.end)
        pform.addRow(tr("Model"), self.model)
        pform.addRow(tr("Dagen per week"), self.days)
        pform.addRow(tr("Vereiste uren"), self.hours)
        pform.addRow(tr("Jobcoach"), self.jobcoach)
        pform.addRow("", self.placement_button)

        self.placements = table(
            [tr("Leerbedrijf"), tr("Van"), tr("Tot en met"), tr("Uren"), tr("Stand")],
            tr("Stages van de leerling"),
        )
        header = self.placements.horizontalHeader()
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_placements = empty_note(
            tr("Deze leerling heeft nog geen stage. Voeg er hierboven een toe.")
        )
        self.ended_on = date_edit(today, tr("Afgelopen op"))
        self.end_button = QPushButton(tr("Stage beëindigen…"))
        self.end_button.clicked.connect(self.end_placement)
        self.remove_button = QPushButton(tr("Verwijderen (verkeerd ingevoerd)…"))
        self.remove_button.clicked.connect(self.remove_placement)
        current_box = QGroupBox(tr("Stages van de gekozen leerling"))
        current = QVBoxLayout(current_box)
        current.addWidget(self.placements)
        current.addWidget(self.no_placements)
        end_row = QHBoxLayout()
        end_row.addWidget(QLabel(tr("Afgelopen op")))
        end_row.addWidget(self.ended_on)
        end_row.addWidget(self.end_button)
        end_row.addStretch(1)
        end_row.addWidget(self.remove_button)
        current.addLayout(end_row)

        self.placements.itemSelectionChanged.connect(self.show_agreement)
        self.agreement_state = wrapping()
        self.agreement_state.setAccessibleName(tr("Praktijkovereenkomst van de gekozen stage"))
        self.signed_on = date_edit(today, tr("Getekend op"))
        self.signed_by = QLineEdit()
        self.signed_by.setAccessibleName(tr("Getekend door"))
        self.signed_by.setPlaceholderText(tr("bijv. leerling, ouder, school en leerbedrijf"))
        self.agreement_button = QPushButton(tr("Praktijkovereenkomst opslaan"))
        self.agreement_button.clicked.connect(self.save_agreement)
        self.goals = QListWidget()
        self.goals.setAccessibleName(tr("Leerdoelen van de stage"))
        self.goals.setMaximumHeight(self.fontMetrics().height() * 7)
        self.goal_text = QLineEdit()
        self.goal_text.setAccessibleName(tr("Nieuw leerdoel"))
        self.goal_competence = combo(tr("Competentie of werkproces bij het leerdoel"))
        self.goal_button = QPushButton(tr("Leerdoel toevoegen"))
        self.goal_button.clicked.connect(self.add_goal)
        self.goal_remove = QPushButton(tr("Leerdoel weghalen"))
        self.goal_remove.clicked.connect(self.remove_goal)
        agreement_box = QGroupBox(tr("Praktijkovereenkomst en leerdoelen van de gekozen stage"))
        aform = QFormLayout(agreement_box)
        aform.addRow("", self.agreement_state)
        aform.addRow(tr("Getekend op"), self.signed_on)
        aform.addRow(tr("Getekend door"), self.signed_by)
        aform.addRow("", self.agreement_button)
        aform.addRow(tr("Leerdoelen"), self.goals)
        aform.addRow(tr("Nieuw leerdoel"), self.goal_text)
        aform.addRow(tr("Hoort bij"), self.goal_competence)
        gbuttons = QHBoxLayout()
        gbuttons.addWidget(self.goal_button)
        gbuttons.addWidget(self.goal_remove)
        gbuttons.addStretch(1)
        aform.addRow("", gbuttons)
        current.addWidget(agreement_box)
        self.details: list[PlacementDetails] = []

        self.per_year = QSpinBox()
        self.per_year.setRange(1, 2000)
        self.per_year.setValue(640)
        self.per_year.setSuffix(tr(" uur"))
        self.per_year.setAccessibleName(tr("Uren per schooljaar"))
        self.school_years = QSpinBox()
        self.school_years.setRange(1, 6)
        self.school_years.setValue(2)
        self.school_years.setAccessibleName(tr("Aantal schooljaren"))
        self.first_year = combo(tr("Eerste schooljaar"))
        self.requirement_note = QLineEdit()
        self.requirement_note.setAccessibleName(tr("Toelichting bij de urennorm"))
        self.requirement_note.setPlaceholderText(tr("bijv. leerwerktraject, 2 x 640 uur"))
        self.requirement_state = wrapping()
        self.requirement_button = QPushButton(tr("Urennorm opslaan"))
        self.requirement_button.clicked.connect(self.save_requirement)
        self.no_requirement_button = QPushButton(tr("Urennorm weghalen"))
        self.no_requirement_button.clicked.connect(self.remove_requirement)
        requirement_box = QGroupBox(tr("Urennorm van de route, over alle stages"))
        rform = QFormLayout(requirement_box)
        rform.addRow("", self.requirement_state)
        rform.addRow(tr("Per schooljaar"), self.per_year)
        rform.addRow(tr("Schooljaren"), self.school_years)
        rform.addRow(tr("Eerste schooljaar"), self.first_year)
        rform.addRow(tr("Toelichting"), self.requirement_note)
        rbuttons = QHBoxLayout()
        rbuttons.addWidget(self.requirement_button)
        rbuttons.addWidget(self.no_requirement_button)
        rbuttons.addStretch(1)
        rform.addRow("", rbuttons)
        current.addWidget(requirement_box)

        self.feedback = Feedback()
        top = QHBoxLayout()
        top.addWidget(company_box, 1)
        top.addWidget(placement_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(current_box, 1)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        store = self.ctx.store
        chosen = self.student_id()
        students = store.students()
        self.student_ids = [s.id for s in students]
        self.student.blockSignals(True)
        self.student.clear()
        # One addItems call for ~1,000 names, the ids kept beside the combo: fast, and
        # few calls into Qt (see docs/benchmarks.md on PySide6 6.12).
        self.student.addItems(
            [
                f"{s.last_name}, {s.first_name}" + (f" ({s.group})" if s.group else "")
                for s in students
            ]
        )
        index = self.student_ids.index(chosen) if chosen in self.student_ids else 0
        self.student.setCurrentIndex(index if students else -1)
        self.student.blockSignals(False)
        self.jobcoach.clear()
        self.jobcoach.addItem(tr("(geen jobcoach)"), None)
        for member in store.staff(Role.JOBCOACH):
            self.jobcoach.addItem(member.name, member.id)
        today = store.today()
        self.ended_on.setDate(QDate(today.year, today.month, today.day))
        self.first_year.clear()
        now = school_year_of(today)
        for year in range(now - 3, now + 2):
            self.first_year.addItem(school_year_text(year), year)
        self.first_year.setCurrentIndex(3)
        self.signed_on.setDate(QDate(today.year, today.month, today.day))
        self.goal_competence.clear()
        self.goal_competence.addItem(tr("(geen)"), None)
        for cid, label in store.goal_competences():
            self.goal_competence.addItem(label, cid)
        self.fill_companies()
        self.show_placements()

    def student_id(self) -> uuid.UUID | None:
        """The student chosen in the combo box."""
        index = self.student.currentIndex()
        return self.student_ids[index] if 0 <= index < len(self.student_ids) else None

    def fill_companies(self, choose: uuid.UUID | None = None) -> None:
        """All the school's leerbedrijven, by name; the chosen one stays chosen."""
        chosen = choose or self.company.currentData()
        self.company.clear()
        for cid, name in self.ctx.store.companies():
            self.company.addItem(name, cid)
            self.company.setItemData(self.company.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if chosen is not None:
            self.company.setCurrentIndex(max(self.company.findData(chosen), 0))
        self.no_companies.setVisible(self.company.count() == 0)
        self.company.setEnabled(self.company.count() > 0)

    def show_placements(self) -> None:
        student_id = self.student_id()
        chosen = selected_key(self.placements)
        hours: tuple[PlacementHours, ...] = ()
        if student_id is not None:
            try:
                hours = self.ctx.store.progress(student_id).hours
            except JWError as exc:
                self.feedback.error(exc.message)
        fill(
            self.placements,
            [
                (
                    p.placement_id,
                    [
                        p.company,
                        date_text(p.start_on),
                        date_text(p.end_on),
                        tr("{done} van {required} uur").format(
                            done=hours_text(p.minutes_done), required=number_text(p.hours_required)
                        ),
                        tr("afgelopen op {day}").format(day=date_text(p.ended_on))
                        if p.ended_on
                        else tr("loopt"),
                    ],
                )
                # running placements first, then the past ones (newest first)
                for p in sorted(hours, key=lambda p: (p.ended, -p.start_on.toordinal()))
            ],
        )
        self.placements.setVisible(bool(hours))
        self.no_placements.setVisible(student_id is not None and not hours)
        self.end_button.setEnabled(any(not p.ended for p in hours))
        self.remove_button.setEnabled(bool(hours))
        self.details = []
        if student_id is not None and hours:
            try:
                self.details = self.ctx.store.placement_details(student_id)
            except JWError as exc:
                self.feedback.error(exc.message)
        cells = [self.placements.item(r, 0) for r in range(len(hours))]
        keys = [c.data(Qt.ItemDataRole.UserRole) if c is not None else None for c in cells]
        if hours:  # the placement chosen before stays chosen
            self.placements.selectRow(keys.index(chosen) if chosen in keys else 0)
        self.show_agreement()
        self.show_requirement(student_id)

    def chosen_details(self) -> PlacementDetails | None:
        key = selected_key(self.placements)
        return next((d for d in self.details if d.placement_id == key), None)

    def show_agreement(self) -> None:
        details = self.chosen_details()
        for widget in (self.agreement_button, self.goal_button, self.goal_remove):
            widget.setEnabled(details is not None)
        self.goals.clear()
        if details is None:
            self.agreement_state.setText(tr("Kies een stage in de lijst."))
            return
        if details.agreement_signed_on is None:
            self.agreement_state.setText(
                tr("Let op: de praktijkovereenkomst van deze stage is nog niet getekend.")
            )
        else:
            self.agreement_state.setText(
                tr("Praktijkovereenkomst getekend op {day} door {who}.").format(
                    day=date_text(details.agreement_signed_on), who=details.agreement_signed_by
                )
            )
            day = details.agreement_signed_on
            self.signed_on.setDate(QDate(day.year, day.month, day.day))
            self.signed_by.setText(details.agreement_signed_by)
        for goal in details.goals:
            text = goal.text + (f" ({goal.competence})" if goal.competence else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            self.goals.addItem(item)
        if not details.goals:
            self.goals.addItem(tr("Nog geen leerdoelen: voeg er twee of drie toe."))

    def save_agreement(self) -> None:
        details = self.chosen_details()
        if details is None:
            self.feedback.error(tr("Kies eerst een stage in de lijst."))
            return
        day, who = qdate(self.signed_on.date()), self.signed_by.text()
        saved = self.ctx.act(
            lambda: self.ctx.store.record_agreement(
                details.placement_id, signed_on=day, signed_by=who
            ),
            parent=self,
            report=self.feedback.error,
        )
        if saved:
            self.show_placements()
            self.feedback.ok(tr("De praktijkovereenkomst is opgeslagen."))

    def add_goal(self) -> None:
        details = self.chosen_details()
        if details is None:
            self.feedback.error(tr("Kies eerst een stage in de lijst."))
            return
        text, competence = self.goal_text.text(), self.goal_competence.currentData()
        added = self.ctx.act(
            lambda: self.ctx.store.add_placement_goal(details.placement_id, text, competence),
            parent=self,
            report=self.feedback.error,
        )
        if added:
            self.goal_text.clear()
            self.show_placements()
            self.feedback.ok(tr("Het leerdoel is toegevoegd."))

    def remove_goal(self) -> None:
        items = self.goals.selectedItems()
        goal_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if goal_id is None:
            self.feedback.error(tr("Kies eerst een leerdoel in de lijst."))
            return
        removed = self.ctx.act(
            self.ctx.store.remove_placement_goal, goal_id, parent=self, report=self.feedback.error
        )
        if removed:
            self.show_placements()
            self.feedback.ok(tr("Het leerdoel is weggehaald."))

    def show_requirement(self, student_id: uuid.UUID | None) -> None:
        view = None
        if student_id is not None:
            try:
                view = self.ctx.store.hours_requirement(student_id)
            except JWError as exc:
                self.feedback.error(exc.message)
        self.requirement_button.setEnabled(student_id is not None)
        self.no_requirement_button.setEnabled(view is not None)
        if view is None:
            self.requirement_state.setText(
                tr("Geen urennorm over de stages heen; elke stage heeft zijn eigen uren.")
            )
            return
        self.per_year.setValue(view.hours_per_year)
        self.school_years.setValue(view.school_years)
        index = self.first_year.findData(view.first_year)
        if index < 0:
            self.first_year.addItem(school_year_text(view.first_year), view.first_year)
            index = self.first_year.count() - 1
        self.first_year.setCurrentIndex(index)
        self.requirement_note.setText(view.note)
        self.requirement_state.setText(
            tr("{done} van {required} uur gedaan over alle stages.").format(
                done=hours_text(view.minutes_done), required=number_text(view.hours_required)
            )
        )

    def save_requirement(self) -> None:
        student_id = self.student_id()
        if student_id is None:
            self.feedback.error(tr("Kies een leerling uit de lijst."))
            return
        per_year, years = self.per_year.value(), self.school_years.value()
        saved = self.ctx.act(
            lambda: self.ctx.store.set_hours_requirement(
                student_id,
                hours_per_year=per_year,
                school_years=years,
                first_year=int(self.first_year.currentData()),
                note=self.requirement_note.text(),
            ),
            parent=self,
            report=self.feedback.error,
        )
        if not saved:
            return
        self.show_requirement(student_id)
        self.feedback.ok(
            tr(
                "De urennorm is opgeslagen: {hours} uur per schooljaar, {years} schooljaren."
            ).format(hours=per_year, years=years)
        )

    def remove_requirement(self) -> None:
        student_id = self.student_id()
        if student_id is None:
            return
        removed = self.ctx.act(
            self.ctx.store.remove_hours_requirement,
            student_id,
            parent=self,
            report=self.feedback.error,
        )
        if removed:
            self.show_requirement(student_id)
            self.feedback.ok(tr("De urennorm is weggehaald."))

    def placement_text(self, row: int) -> str:
        """'Bloemenhuis Flora, 01-09-2026 t/m 31-01-2027' for a question."""
        cells = [self.placements.item(row, c) for c in range(3)]
        company, start, end = (cell.text() if cell is not None else "" for cell in cells)
        return tr("{company}, {start} t/m {end}").format(company=company, start=start, end=end)

    def add_company(self) -> None:
        name = self.company_name.text()
        added = self.ctx.act(
            lambda: self.ctx.store.add_company(
                name,
                city=self.city.text(),
                supervisor=self.supervisor.text(),
                phone=self.phone.text(),
                email=self.company_email.text(),
            ),
            parent=self,
            report=self.feedback.error,
        )
        if not added:
            return
        for field in (self.company_name, self.city, self.supervisor, self.phone):
            field.clear()
        self.company_email.clear()
        self.fill_companies(choose=added.value)
        self.feedback.ok(tr("Leerbedrijf {name} is toegevoegd.").format(name=name.strip()))

    def add_placement(self) -> None:
        student_id, company_id = self.student_id(), self.company.currentData()
        if student_id is None or self.student.findText(self.student.currentText()) < 0:
            self.feedback.error(tr("Kies een leerling uit de lijst."))
            return
        if company_id is None:
            self.feedback.error(tr("Kies een leerbedrijf (voeg het zo nodig eerst toe)."))
            return
        added = self.ctx.act(
            lambda: self.ctx.store.add_placement(
                student_id,
                company_id,
                start_on=qdate(self.start.date()),
                end_on=qdate(self.end.date()),
                model=PlacementModel(self.model.currentData()),
                days_per_week=self.days.value(),
                hours_required=self.hours.value(),
                jobcoach_id=self.jobcoach.currentData(),
            ),
            parent=self,
            report=self.feedback.error,
        )
        if not added:
            return
        self.show_placements()
        self.feedback.ok(
            tr("De stage van {student} bij {company} is toegevoegd.").format(
                student=self.student.currentText(), company=self.company.currentText()
            )
        )

    def end_placement(self) -> None:
        placement_id = selected_key(self.placements)
        if placement_id is None:
            self.feedback.error(tr("Kies eerst een stage in de lijst."))
            return
        day = qdate(self.ended_on.date())
        store = self.ctx.store
        if not self.ctx.act(  # a day it cannot end on is said before the question
            store.check_end_placement, placement_id, day, parent=self, report=self.feedback.error
        ):
            return
        if not ask.confirm(
            self,
            tr("Stage beëindigen"),
            tr(
                "De stage {what} beëindigen op {day}? De gewerkte uren blijven bewaard en "
                "tellen mee; de stage staat daarna bij de afgelopen stages. De jobcoach "
                "ziet de leerling na de volgende synchronisatie niet meer, tenzij een andere "
                "stage hen verbindt."
            ).format(what=self.placement_text(self.placements.currentRow()), day=date_text(day)),
            yes=tr("Stage beëindigen"),
            no=tr("Annuleren"),
        ):
            return
        ended = self.ctx.act(
            self.ctx.store.end_placement,
            placement_id,
            day,
            parent=self,
            report=self.feedback.error,
        )
        if not ended:
            return
        self.show_placements()
        self.feedback.ok(
            tr("De stage is beëindigd op {day}; de uren blijven meetellen.").format(
                day=date_text(day)
            )
        )

    def remove_placement(self) -> None:
        """For a placement entered by mistake; one with hours is ended, not removed."""
        placement_id = selected_key(self.placements)
        if placement_id is None:
            self.feedback.error(tr("Kies eerst een stage in de lijst."))
            return
        if not ask.confirm(
            self,
            tr("Stage verwijderen"),
            tr(
                "De stage {what} verwijderen, omdat hij verkeerd is ingevoerd? Een stage "
                "met uren kan niet weg: beëindig die."
            ).format(what=self.placement_text(self.placements.currentRow())),
            yes=tr("Stage verwijderen"),
            no=tr("Annuleren"),
        ):
            return
        removed = self.ctx.act(
            self.ctx.store.remove_placement,
            placement_id,
            parent=self,
            report=self.feedback.error,
        )
        if not removed:
            return
        self.show_placements()
        self.feedback.ok(tr("De stage is verwijderd."))
