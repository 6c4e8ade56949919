"""Hours worked at the placement, entered where the work happens: a date (today by
default), hours in half-hour steps or 'afwezig' (an absent day, 0 hours), and a short
remark; shows 'x van y uur'. The library checks the entry and its Dutch message is shown
when it refuses. Used by the jobcoach screen and the student page."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.progress import placement_on
from jw_desktop.model.views import PlacementHours
from jw_desktop.model.wording import QT_DATE_FORMAT, date_text, hours_text, number_text

from .. import style
from ..context import AppContext, show_error, tr
from .level_buttons import MIN_TARGET, BigButton

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class HoursEntry(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.placements: list[PlacementHours] = []
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QT_DATE_FORMAT)
        self.day.setAccessibleName(tr("Gewerkte dag"))
        self.day.dateChanged.connect(lambda _d: self.show_total())
        self.hours = QDoubleSpinBox()
        self.hours.setLocale(DUTCH)
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(tr(" uur"))
        self.hours.setAccessibleName(tr("Aantal uren"))
        self.absent = QCheckBox(tr("Afwezig"))
        self.absent.setAccessibleName(tr("De leerling was deze dag afwezig (0 uur)"))
        self.absent.setToolTip(tr("Legt de dag vast met 0 uur en de opmerking 'afwezig'."))
        self.absent.toggled.connect(self._absent_toggled)
        self.remark = QLineEdit()
        self.remark.setMaxLength(200)
        self.remark.setPlaceholderText(tr("Korte opmerking (mag leeg blijven)"))
        self.remark.setAccessibleName(tr("Opmerking bij de uren"))
        for field in (self.day, self.hours, self.absent, self.remark):
            field.setMinimumHeight(MIN_TARGET)
        self.save = BigButton(tr("Uren opslaan"))
        self.save.setAccessibleName(tr("Uren opslaan"))
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
        grid.addWidget(self.absent, 1, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)  # fits 1024 x 600
        grid.addWidget(QLabel(tr("Opmerking")), 2, 0)
        grid.addWidget(self.remark, 2, 1, 1, 3)
        grid.addWidget(self.save, 3, 0, 1, 2)
        grid.addWidget(self.total, 3, 2, 1, 2)
        grid.addWidget(self.message, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        today = self.ctx.store.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.hours.setValue(0)
        self.absent.setChecked(False)
        self.remark.clear()
        self.message.clear()
        self.load()

    def _absent_toggled(self, absent: bool) -> None:
        self.hours.setEnabled(not absent)
        if absent:
            self.hours.setValue(0)

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
                required=number_text(current.hours_required),
            )
        )

    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def _say(self, text: str, role: str) -> None:
        """Feedback under the form, beside what the user just typed: red when refused."""
        style.set_role(self.message, role)
        self.message.setText(text)

    def save_hours(self) -> None:
        day = self.chosen_day()
        placement = placement_on(self.placements, day)
        if placement is None:
            return
        hours, remark, absent = self.hours.value(), self.remark.text(), self.absent.isChecked()
        store = self.ctx.store
        done = self.ctx.act(
            lambda: store.log_hours(placement.placement_id, day, hours, remark, absent=absent),
            report=lambda message: self._say(message, "error"),
        )
        if not done:
            return
        self._say(
            tr("Opgeslagen: afwezig op {day}.").format(day=date_text(day))
            if absent
            else tr("Opgeslagen: {hours} uur op {day}.").format(
                hours=hours_text(hours * 60), day=date_text(day)
            ),
            "",
        )
        self.hours.setValue(0)
        self.absent.setChecked(False)
        self.remark.clear()
        self.load()
        self.saved.emit()
