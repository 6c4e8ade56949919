"""The assessment moment and recording what another body issued, as two small forms.

AssessmentDialog: the day, the place, who assessed (school staff, the student's workplace
supervisor, an external assessor by name and organisation) and per criterion of the
eindwerkopdracht whether it was behaald; a day still to come plans the moment without
results. RecordIssueDialog: a branchecertificaat, praktijkverklaring or diploma is issued
by the branch or the mbo school; the school records who issued it and its number
(model/issuing.py). Both open window-modal (open(), not exec()) and save through
ctx.act, so a refusal shows in the form and nothing is lost. ExamPartDialog: a diploma's
other exam part passed at the mbo school."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import issuing
from jw_desktop.model.assessing import Assessor
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.views import AssessmentForm, Eligibility, ExamPartView
from jw_desktop.model.wording import QT_DATE_FORMAT, date_text

from ..context import AppContext, tr
from ..screen import fit_on_screen


def _buttons(
    dialog: QDialog, save_text: str, save: Callable[[], None]
) -> tuple[QPushButton, QHBoxLayout]:
    """Annuleren and the dialog's own save button (the default), right-aligned."""
    save_button = QPushButton(save_text)
    save_button.setDefault(True)
    save_button.clicked.connect(save)
    cancel = QPushButton(tr("Annuleren"))
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save_button)
    return save_button, row


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setAccessibleName(name)
    edit.setDate(_qdate(day))
    return edit


def _feedback() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(tr("Melding"))
    label.setStyleSheet("font-weight: bold;")
    return label


class AssessmentDialog(QDialog):
    """Record one assessment moment of a credential's eindwerkopdracht."""

    def __init__(
        self,
        ctx: AppContext,
        form: AssessmentForm,
        planned: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.form, self.planned = ctx, form, planned
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(tr("Beoordeling vastleggen"))
        intro = QLabel(
            tr(
                "Beoordeling van {card} voor {credential} van {student}. Vink per criterium "
                "aan of het behaald is. Een datum in de toekomst plant de beoordeling, nog "
                "zonder uitslag."
            ).format(
                card=f"{form.card_code} · {form.card_title}",
                credential=form.credential,
                student=form.student,
            )
        )
        intro.setWordWrap(True)
        self.day = _date_edit(tr("Datum van de beoordeling"), ctx.store.today())
        self.place = QLineEdit()
        self.place.setAccessibleName(tr("Plaats van de beoordeling"))
        self.place.setPlaceholderText(tr("bijvoorbeeld het leerbedrijf of de school"))
        if form.supervisors:
            self.place.setText(form.supervisors[0][2])
        where = QFormLayout()
        where.addRow(tr("Datum"), self.day)
        where.addRow(tr("Plaats"), self.place)

        self.staff_boxes: dict[uuid.UUID, QCheckBox] = {}
        self.supervisor_boxes: dict[uuid.UUID, QCheckBox] = {}
        people = QVBoxLayout()
        me = ctx.user.staff_id if ctx.user is not None else None
        for sid, name in form.staff:
            box = QCheckBox(tr("{name} (school)").format(name=name))
            box.setChecked(sid == me)
            self.staff_boxes[sid] = box
            people.addWidget(box)
        for sid, name, company in form.supervisors:
            box = QCheckBox(
                tr("{name} (praktijkbegeleider, {company})").format(name=name, company=company)
            )
            self.supervisor_boxes[sid] = box
            people.addWidget(box)
        self.external_name = QLineEdit()
        self.external_name.setAccessibleName(tr("Naam van de externe beoordelaar"))
        self.external_org = QLineEdit()
        self.external_org.setAccessibleName(tr("Organisatie van de externe beoordelaar"))
        self.external_org.setPlaceholderText(tr("bijvoorbeeld de branche of de mbo-school"))
        external = QFormLayout()
        external.addRow(tr("Externe beoordelaar"), self.external_name)
        external.addRow(tr("Namens"), self.external_org)
        people.addLayout(external)
        assessors = QGroupBox(tr("Beoordelaars"))
        assessors.setLayout(people)

        self.criteria_boxes: dict[uuid.UUID, QCheckBox] = {}
        judged = QVBoxLayout()
        for eid, text in form.criteria:
            if eid in form.passed:
                done = QLabel(tr("Al behaald: {text}").format(text=text))
                done.setWordWrap(True)
                judged.addWidget(done)
                continue
            box = QCheckBox(tr("behaald"))  # the criterion beside it wraps (1024 x 600)
            box.setAccessibleName(tr("Behaald: {text}").format(text=text))
            self.criteria_boxes[eid] = box
            said = QLabel(text)
            said.setWordWrap(True)
            said.setBuddy(box)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(said, 1)
            judged.addLayout(row)
        criteria = QGroupBox(tr("Behaald?"))
        criteria.setLayout(judged)
        content = QWidget()
        fields = QVBoxLayout(content)
        fields.addWidget(intro)
        if planned is not None:
            fields.addWidget(self._planned_note(planned))
        fields.addLayout(where)
        fields.addWidget(assessors)
        fields.addWidget(criteria, 1)
        scroll = QScrollArea()  # all of it scrolls; the buttons stay in view (1024 x 600)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.feedback = _feedback()
        self.save_button, buttons = _buttons(self, tr("Opslaan"), self.save)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.feedback)
        column.addLayout(buttons)
        fit_on_screen(self, 640, 620)

    def _planned_note(self, planned: uuid.UUID) -> QLabel:
        """Say that saving fills in the planned moment (it then replaces it)."""
        moment = next(
            (a for a in self.ctx.store.assessments(self.form.student_id) if a.id == planned),
            None,
        )
        when = date_text(moment.held_on) if moment is not None else ""
        note = QLabel(
            tr(
                "Dit vult de geplande beoordeling van {day} in: opslaan vervangt die planning."
            ).format(day=when)
        )
        note.setWordWrap(True)
        note.setAccessibleName(tr("Geplande beoordeling"))
        return note

    def assessors(self) -> list[Assessor]:
        chosen = [
            Assessor(staff_id=sid) for sid, box in self.staff_boxes.items() if box.isChecked()
        ]
        chosen += [
            Assessor(supervisor_id=sid)
            for sid, box in self.supervisor_boxes.items()
            if box.isChecked()
        ]
        name, org = self.external_name.text().strip(), self.external_org.text().strip()
        if name or org:
            chosen.append(Assessor(name=name, organisation=org))
        return chosen

    def results(self) -> dict[uuid.UUID, bool]:
        if _day(self.day) > self.ctx.store.today():
            return {}  # a planned moment has no results yet
        return {eid: box.isChecked() for eid, box in self.criteria_boxes.items()}

    def save(self) -> None:
        form, store = self.form, self.ctx.store
        outcome = self.ctx.act(
            lambda: store.record_assessment(
                form.student_id,
                form.card_id,
                form.card_version,
                _day(self.day),
                self.assessors(),
                self.results(),
                place=self.place.text(),
                replaces=self.planned,
            ),
            parent=self,
            report=self.feedback.setText,
        )
        if outcome:
            self.saved_id = outcome.value
            self.accept()


class RecordIssueDialog(QDialog):
    """Record that the branch or the mbo school issued a credential: by whom, the
    certificate or diploma number, and the day."""

    def __init__(
        self,
        ctx: AppContext,
        student_id: uuid.UUID,
        student: str,
        verdict: Eligibility,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.student_id, self.verdict = ctx, student_id, verdict
        self.setWindowTitle(tr("Uitreiking vastleggen"))
        branch = verdict.issuer is IssuerKind.BRANCH
        intro = QLabel(
            issuing.who_issues(verdict.kind, verdict.issuer_name)
            + "\n"
            + tr("{credential} voor {student}.").format(credential=verdict.name, student=student)
        )
        intro.setWordWrap(True)
        self.issuer = QLineEdit(verdict.issuer_name)
        self.issuer.setAccessibleName(tr("Wie het heeft uitgereikt"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(
            tr("Certificaatnummer") if branch else tr("Nummer van het diploma of de verklaring")
        )
        self.day = _date_edit(tr("Datum van uitreiking"), ctx.store.today())
        fields = QFormLayout()
        fields.addRow(tr("Branche") if branch else tr("Mbo-school"), self.issuer)
        fields.addRow(
            tr("Certificaatnummer") if branch else tr("Nummer (mag leeg blijven)"), self.reference
        )
        fields.addRow(tr("Uitgereikt op"), self.day)
        self.feedback = _feedback()
        self.save_button, buttons = _buttons(self, tr("Vastleggen"), self.save)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(fields)
        column.addWidget(self.feedback)
        column.addLayout(buttons)

    def save(self) -> None:
        store, verdict = self.ctx.store, self.verdict
        outcome = self.ctx.act(
            lambda: store.issue_credential(
                self.student_id,
                verdict.credential_id,
                _day(self.day),
                issuer_name=self.issuer.text(),
                reference=self.reference.text(),
            ),
            parent=self,
            report=self.feedback.setText,
        )
        if outcome:
            self.accept()


class ExamPartDialog(QDialog):
    """Record that an exam part of a diploma (Nederlands, rekenen, ...) was passed at the
    mbo school, on a day."""

    def __init__(
        self,
        ctx: AppContext,
        student_id: uuid.UUID,
        verdict: Eligibility,
        parts: list[ExamPartView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self.setWindowTitle(tr("Examenonderdeel vastleggen"))
        intro = QLabel(
            tr(
                "{credential}: welk examenonderdeel is behaald, wanneer en bij welke mbo-school?"
            ).format(credential=verdict.name)
        )
        intro.setWordWrap(True)
        self.part = QComboBox()
        self.part.setAccessibleName(tr("Examenonderdeel"))
        for p in parts:
            if p.passed_on is None:
                self.part.addItem(p.name, p.id)
        self.day = _date_edit(tr("Behaald op"), ctx.store.today())
        self.school = QLineEdit(verdict.issuer_name)
        self.school.setAccessibleName(tr("Mbo-school"))
        fields = QFormLayout()
        fields.addRow(tr("Examenonderdeel"), self.part)
        fields.addRow(tr("Behaald op"), self.day)
        fields.addRow(tr("Mbo-school"), self.school)
        self.feedback = _feedback()
        self.save_button, buttons = _buttons(self, tr("Vastleggen"), self.save)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(fields)
        column.addWidget(self.feedback)
        column.addLayout(buttons)

    def save(self) -> None:
        part = self.part.currentData()
        if part is None:
            self.feedback.setText(tr("Alle examenonderdelen zijn al behaald."))
            return
        outcome = self.ctx.act(
            lambda: self.ctx.store.record_exam_part(
                self.student_id, part, _day(self.day), self.school.text()
            ),
            parent=self,
            report=self.feedback.setText,
        )
        if outcome:
            self.accept()
