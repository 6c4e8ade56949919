"""Beheer > Leerbedrijven: the school's companies as the field knows them - erkend
leerbedrijf (SBB's erkenningsnummer and its validity) and open places; the sectors where
the region has work; and matching a student to an erkend company in the sector of their
route (model/placements.py)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.placements import CompanyView
from jw_desktop.model.wording import date_text
from jw_desktop.ui.context import AppContext, tr

from .common import Feedback, combo, empty_note, fill, selected_key, table, wrapping
from .placements import date_edit, qdate


def recognition_text(co: CompanyView) -> str:
    if co.recognised:
        until = (
            tr(", geldig tot {day}").format(day=date_text(co.recognized_until))
            if co.recognized_until
            else ""
        )
        return tr("erkend ({number}{until})").format(number=co.recognition_number, until=until)
    if co.recognition_number:
        return tr("erkenning verlopen ({number})").format(number=co.recognition_number)
    return tr("niet erkend")


class CompaniesTab(QWidget):
    """The companies with their recognition; the region's sectors; matching."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.companies: list[CompanyView] = []
        self.student_ids: list[uuid.UUID] = []

        self.table = table(
            [
                tr("Leerbedrijf"),
                tr("Sector"),
                tr("Erkenning"),
                tr("Open plaatsen"),
                tr("Leerlingen nu"),
            ],
            tr("Leerbedrijven"),
        )
        self.table.itemSelectionChanged.connect(self.company_chosen)
        self.no_companies = empty_note(
            tr("Nog geen leerbedrijven. Voeg ze toe bij Beheer > Stages.")
        )
        self.number = QLineEdit()
        self.number.setAccessibleName(tr("Erkenningsnummer (SBB)"))
        self.since = date_edit(QDate.currentDate(), tr("Erkend sinds"))
        self.has_until = QCheckBox(tr("Geldig tot"))
        self.until = date_edit(QDate.currentDate().addYears(4), tr("Erkenning geldig tot"))
        self.has_until.toggled.connect(self.until.setEnabled)
        self.until.setEnabled(False)
        self.places = QSpinBox()
        self.places.setRange(0, 1000)
        self.places.setAccessibleName(tr("Open plaatsen voor leerlingen"))
        self.save_button = QPushButton(tr("Erkenning opslaan"))
        self.save_button.clicked.connect(self.save_recognition)
        form_box = QGroupBox(tr("Erkenning van het gekozen leerbedrijf"))
        form = QFormLayout(form_box)
        form.addRow(tr("Erkenningsnummer"), self.number)
        form.addRow(tr("Erkend sinds"), self.since)
        until_row = QHBoxLayout()
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until)
        form.addRow("", until_row)
        form.addRow(tr("Open plaatsen"), self.places)
        form.addRow("", self.save_button)

        self.regions = table(
            [tr("Sector"), tr("Open plaatsen in de regio"), tr("Arbeidsmarkt")],
            tr("Sectoren met werk in de regio"),
        )
        self.region_sector = combo(tr("Sector"))
        self.region_places = QSpinBox()
        self.region_places.setRange(0, 10_000)
        self.region_places.setAccessibleName(tr("Open plaatsen in de regio"))
        self.region_note = QLineEdit()
        self.region_note.setAccessibleName(tr("Toelichting arbeidsmarkt"))
        self.region_note.setPlaceholderText(tr("bijv. tuincentra zoeken in het voorjaar mensen"))
        self.region_button = QPushButton(tr("Sector opslaan"))
        self.region_button.clicked.connect(self.save_region)
        region_box = QGroupBox(tr("Waar de regio werk heeft"))
        rcol = QVBoxLayout(region_box)
        rcol.addWidget(self.regions)
        rform = QFormLayout()
        rform.addRow(tr("Sector"), self.region_sector)
        rform.addRow(tr("Open plaatsen"), self.region_places)
        rform.addRow(tr("Toelichting"), self.region_note)
        rform.addRow("", self.region_button)
        rcol.addLayout(rform)

        self.student = combo(tr("Leerling om te koppelen"))
        self.student.currentIndexChanged.connect(self.show_matches)
        self.match_state = wrapping()
        self.matches = table(
            [tr("Leerbedrijf"), tr("Sector"), tr("Erkenning"), tr("Vrije plaatsen"), tr("Past")],
            tr("Leerbedrijven voor de leerling"),
        )
        match_box = QGroupBox(tr("Leerling koppelen aan een leerbedrijf"))
        mcol = QVBoxLayout(match_box)
        mform = QFormLayout()
        mform.addRow(tr("Leerling"), self.student)
        mcol.addLayout(mform)
        mcol.addWidget(self.match_state)
        mcol.addWidget(self.matches)

        self.feedback = Feedback()
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.no_companies)
        top.addLayout(left, 3)
        top.addWidget(form_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(match_box)
        layout.addWidget(region_box)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        store = self.ctx.store
        chosen = self.student.currentData()
        self.student.blockSignals(True)
        self.student.clear()
        for s in store.students():
            self.student.addItem(f"{s.last_name}, {s.first_name}", s.id)
        index = self.student.findData(chosen) if chosen is not None else 0
        self.student.setCurrentIndex(max(index, 0) if self.student.count() else -1)
        self.student.blockSignals(False)
        self.region_sector.clear()
        for key, name in store_sectors(self.ctx):
            self.region_sector.addItem(name, key)
        self.show_companies()
        self.show_regions()
        self.show_matches()

    def show_companies(self) -> None:
        chosen = selected_key(self.table)
        try:
            self.companies = self.ctx.store.company_list()
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        fill(
            self.table,
            [
                (
                    co.id,
                    [
                        co.name + (f" ({co.city})" if co.city else ""),
                        co.sector or "",
                        recognition_text(co),
                        str(co.open_places),
                        ", ".join(co.current_students) or tr("geen"),
                    ],
                )
                for co in self.companies
            ],
        )
        self.table.setVisible(bool(self.companies))
        self.no_companies.setVisible(not self.companies)
        ids = [co.id for co in self.companies]
        self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self.company_chosen()

    def chosen_company(self) -> CompanyView | None:
        key = selected_key(self.table)
        return next((co for co in self.companies if co.id == key), None)

    def company_chosen(self) -> None:
        co = self.chosen_company()
        self.save_button.setEnabled(co is not None)
        if co is None:
            return
        self.number.setText(co.recognition_number)
        if co.recognized_on:
            self.since.setDate(_qdate(co.recognized_on))
        self.has_until.setChecked(co.recognized_until is not None)
        if co.recognized_until:
            self.until.setDate(_qdate(co.recognized_until))
        self.places.setValue(co.open_places)

    def save_recognition(self) -> None:
        co = self.chosen_company()
        if co is None:
            self.feedback.error(tr("Kies eerst een leerbedrijf in de lijst."))
            return
        number = self.number.text()
        saved = self.ctx.act(
            lambda: self.ctx.store.set_company_recognition(
                co.id,
                number=number,
                recognized_on=qdate(self.since.date()) if number.strip() else None,
                recognized_until=qdate(self.until.date()) if self.has_until.isChecked() else None,
                open_places=self.places.value(),
            ),
            parent=self,
            report=self.feedback.error,
        )
        if not saved:
            return
        self.show_companies()
        self.show_matches()
        self.feedback.ok(tr("De erkenning van {name} is opgeslagen.").format(name=co.name))

    def show_regions(self) -> None:
        fill(
            self.regions,
            [
                (r.sector_key, [r.sector, str(r.open_places), r.note])
                for r in self.ctx.store.region_sectors()
            ],
        )

    def save_region(self) -> None:
        key = self.region_sector.currentData()
        if key is None:
            self.feedback.error(tr("Kies een sector."))
            return
        places, note = self.region_places.value(), self.region_note.text()
        saved = self.ctx.act(
            lambda: self.ctx.store.set_region_sector(key, open_places=places, note=note),
            parent=self,
            report=self.feedback.error,
        )
        if saved:
            self.region_note.clear()
            self.show_regions()
            self.feedback.ok(tr("De sector is opgeslagen."))

    def show_matches(self) -> None:
        student_id = self.student.currentData()
        if student_id is None:
            fill(self.matches, [])
            self.match_state.setText(tr("Kies een leerling."))
            return
        try:
            sector, found = self.ctx.store.company_matches(student_id)
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        names = dict(store_sectors(self.ctx))
        good = [m for m in found if not m.reason]
        if sector is None:
            self.match_state.setText(
                tr("Deze leerling heeft nog geen leerroute met een sector: alle leerbedrijven.")
            )
        elif good:
            self.match_state.setText(
                tr(
                    "Sector van de leerroute: {sector}. Bovenaan de erkende leerbedrijven "
                    "in die sector met een vrije plaats."
                ).format(sector=names.get(sector, sector))
            )
        else:
            self.match_state.setText(
                tr(
                    "Sector van de leerroute: {sector}. Geen erkend leerbedrijf in die sector "
                    "met een vrije plaats."
                ).format(sector=names.get(sector, sector))
            )
        fill(
            self.matches,
            [
                (
                    m.company.id,
                    [
                        m.company.name,
                        m.company.sector or "",
                        recognition_text(m.company),
                        str(m.company.free_places),
                        m.reason or tr("past"),
                    ],
                )
                for m in found
            ],
        )


def store_sectors(ctx: AppContext) -> list[tuple[str, str]]:
    """(key, name) of the catalogue's sectors."""
    return ctx.store.sectors()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
