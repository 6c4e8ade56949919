"""Hours worked at the placement, entered where the work happens: a date (today by
default), hours in half-hour steps and a short remark; shows 'x van y uur'. The library
checks the entry and its Dutch message is shown when it refuses."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.views import PlacementHours

from ..context import AppContext, show_error, tr
from .level_buttons import MIN_TARGET, BigButton

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def hours_text(minutes: float) -> str:
    """570 minutes -> '9,5' (Dutch decimal comma, no trailing zero)."""
    return DUTCH.toString(round(minutes / 60, 1), "f", 1).removesuffix(",0")


def placement_on(placements: list[PlacementHours], day: date) -> PlacementHours | None:
    """The placement whose period holds the day; else the latest one started (the library
    then explains why the day does not fit)."""
    for placement in placements:
        if placement.start_on <= day <= placement.end_on:
            return placement
    started = [p for p in placements if p.start_on <= day]
    return started[-1] if started else (placements[0] if placements else None)


class HoursEntry(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.placements: list[PlacementHours] = []
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(tr("Gewerkte dag"))
        self.day.dateChanged.connect(lambda _d: self.show_total())
        self.hours = QDoubleSpinBox()
        self.hours.setLocale(DUTCH)
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(tr(" uur"))
        self.hours.setAccessibleName(tr("Aantal uren"))
        self.remark = QLineEdit()
        self.remark.setMaxLength(200)
        self.remark.setPlaceholderText(tr("Korte opmerking (mag leeg blijven)"))
        self.remark.setAccessibleName(tr("Opmerking bij de uren"))
        for field in (self.day, self.hours, self.remark):
            field.setMinimumHeight(MIN_TARGET)
        self.save = BigButton(tr("Uren opslaan"))
        self.save.clicked.connect(self.save_hours)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setAccessibleName(tr("Uren gedaan"))
        self.total.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Melding bij de uren"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("Datum")), 0, 0)
        grid.addWidget(self.day, 0, 1)
        grid.addWidget(QLabel(tr("Uren")), 0, 2)
        grid.addWidget(self.hours, 0, 3)
        grid.addWidget(QLabel(tr("Opmerking")), 1, 0)
        grid.addWidget(self.remark, 1, 1, 1, 3)
        grid.addWidget(self.save, 2, 0, 1, 2)
        grid.addWidget(self.total, 2, 2, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        today = self.ctx.store.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.hours.setValue(0)
        self.remark.clear()
        self.message.clear()
        self.load()

    def load(self) -> None:
        self.placements = []
        if self.student_id is not None:
            try:
                self.placements = list(self.ctx.store.progress(self.student_id).hours)
            except JWError as exc:
                show_error(self, exc.message)
        self.save.setEnabled(bool(self.placements))
        self.show_total()

    def show_total(self) -> None:
        """Hours done so far at the placement that holds the chosen day."""
        current = placement_on(self.placements, self.chosen_day())
        if current is None:
            self.total.setText(tr("Deze leerling heeft geen stage."))
            return
        self.total.setText(
            tr("{company}: {done} van {required} uur").format(
                company=current.company,
                done=hours_text(current.minutes_done),
                required=current.hours_required,
            )
        )

    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def save_hours(self) -> None:
        day = self.chosen_day()
        placement = placement_on(self.placements, day)
        if placement is None:
            return
        hours, remark = self.hours.value(), self.remark.text()
        done = self.ctx.act(
            self.ctx.store.log_hours, placement.placement_id, day, hours, remark, parent=self
        )
        if not done:
            return
        self.message.setText(
            tr("Opgeslagen: {hours} uur op {day}.").format(
                hours=hours_text(hours * 60), day=f"{day:%d-%m-%Y}"
            )
        )
        self.hours.setValue(0)
        self.remark.clear()
        self.load()
        self.saved.emit()
