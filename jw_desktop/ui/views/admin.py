"""Beheer: staff accounts and roles, groups, companies and placements, device enrolment,
backups and restore, and an about page for support. Only an admin sees this view; the
library refuses these actions for anyone else anyway (AccessDenied)."""

from __future__ import annotations

import json
import platform
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QDate, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jw_desktop import __version__
from jw_desktop.model import JWError, PlacementModel, Role
from jw_desktop.model.database import (
    HEAD_REVISION,
    BackupInfo,
    list_backups,
    restore_backup,
    verify_backup,
)
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.widgets.sync_status import DEVICE, SyncController, sync_role

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def role_label(role: Role | str) -> str:
    return {
        Role.TEACHER: tr("Docent"),
        Role.JOBCOACH: tr("Jobcoach"),
        Role.ADMIN: tr("Beheerder"),
    }.get(Role(role), str(role))


def qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day(value: date) -> str:
    return f"{value.day}-{value.month}-{value.year}"


class Feedback(QLabel):
    """One line under a form: green when done, red with the library's message if not."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAccessibleName(tr("Melding"))

    def ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)

    def error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)


def attempt(ctx: AppContext, feedback: Feedback, fn: Callable[..., Any], *args: Any) -> Any:
    """A quick admin action on the UI thread: its result (True for an action without
    one), or None after showing why not."""
    try:
        result = fn(*args)
    except JWError as exc:
        feedback.error(exc.message)
        return None
    ctx.data_changed.emit()
    return True if result is None else result


def table(headers: list[str], name: str) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setAccessibleName(name)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    widget.verticalHeader().setVisible(False)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Rows of (key kept in UserRole, cell texts)."""
    widget.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            widget.setItem(r, c, item)


def local_minute(at: str) -> str:
    """An ISO timestamp (UTC when it names no zone) as local 'dd-mm-yyyy HH:MM'; the text
    itself when it is not a timestamp."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d-%m-%Y %H:%M}"


def selected_key(widget: QTableWidget) -> Any:
    items = widget.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# -- accounts ----------------------------------------------------------------------------


class AccountsTab(QWidget):
    """Staff with their roles; add someone; set a password (with a confirm field)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.staff = table([tr("Naam"), tr("E-mailadres"), tr("Rol")], tr("Medewerkers"))
        self.staff.itemSelectionChanged.connect(self._chosen)

        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Naam"))
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("E-mailadres"))
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Rol"))
        for role in (Role.TEACHER, Role.JOBCOACH, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.add_button = QPushButton(tr("Medewerker toevoegen"))
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(tr("Nieuwe medewerker"))
        add_form = QFormLayout(add_box)
        add_form.addRow(tr("Naam"), self.name)
        add_form.addRow(tr("E-mailadres"), self.email)
        add_form.addRow(tr("Rol"), self.role)
        add_form.addRow("", self.add_button)

        self.for_whom = QLabel(tr("Kies eerst een medewerker in de lijst."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Nieuw wachtwoord"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(tr("Herhaal het wachtwoord"))
        self.password_button = QPushButton(tr("Wachtwoord instellen"))
        self.password_button.clicked.connect(self.set_password)
        pw_box = QGroupBox(tr("Wachtwoord instellen"))
        pw_form = QFormLayout(pw_box)
        pw_form.addRow(tr("Voor"), self.for_whom)
        pw_form.addRow(tr("Nieuw wachtwoord"), self.password)
        pw_form.addRow(tr("Herhaal het wachtwoord"), self.confirm)
        hint = QLabel(tr("Minstens 10 tekens met letters en cijfers, of een zin van 16 tekens."))
        hint.setWordWrap(True)
        pw_form.addRow("", hint)
        pw_form.addRow("", self.password_button)

        self.feedback = Feedback()
        forms = QHBoxLayout()
        forms.addWidget(add_box)
        forms.addWidget(pw_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.staff, 1)
        layout.addLayout(forms)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        chosen = selected_key(self.staff)
        members = self.ctx.store.staff()
        fill(self.staff, [(m.id, [m.name, m.email, role_label(m.role)]) for m in members])
        if chosen is not None:
            self.select(chosen)

    def select(self, staff_id: uuid.UUID) -> None:
        for row in range(self.staff.rowCount()):
            item = self.staff.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == staff_id:
                self.staff.selectRow(row)
                return

    def _chosen(self) -> None:
        items = self.staff.selectedItems()
        self.for_whom.setText(items[0].text() if items else tr("Kies eerst een medewerker."))

    def add(self) -> None:
        name, email = self.name.text(), self.email.text()
        role = Role(self.role.currentData())
        new_id = attempt(self.ctx, self.feedback, self.ctx.store.add_staff, name, email, role)
        if new_id is None:
            return
        self.name.clear()
        self.email.clear()
        self.refresh()
        self.select(new_id)
        self.feedback.ok(
            tr("{name} is toegevoegd als {role}. Stel nu een wachtwoord in.").format(
                name=name.strip(), role=role_label(role).lower()
            )
        )

    def set_password(self) -> None:
        staff_id = selected_key(self.staff)
        if staff_id is None:
            self.feedback.error(tr("Kies eerst een medewerker in de lijst."))
            return
        if self.password.text() != self.confirm.text():
            self.feedback.error(tr("De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."))
            self.confirm.clear()
            return
        who = self.for_whom.text()
        self.password_button.setEnabled(False)
        self.feedback.ok(tr("Even bezig…"))

        def done(_result: object) -> None:
            self.password_button.setEnabled(True)
            self.password.clear()
            self.confirm.clear()
            self.feedback.ok(tr("Het wachtwoord van {name} is ingesteld.").format(name=who))

        def failed(message: str) -> None:
            self.password_button.setEnabled(True)
            self.confirm.clear()
            self.feedback.error(message)

        # scrypt takes a noticeable moment: off the UI thread.
        self.ctx.run(
            self.ctx.store.set_password,
            staff_id,
            self.password.text(),
            on_done=done,
            on_error=failed,
            parent=self,
        )


# -- groups ------------------------------------------------------------------------------


class GroupsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.groups = QListWidget()
        self.groups.setAccessibleName(tr("Groepen"))
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Naam van de groep"))
        self.phase = QSpinBox()
        self.phase.setRange(1, 6)
        self.phase.setAccessibleName(tr("Fase"))
        self.mentor = QComboBox()
        self.mentor.setAccessibleName(tr("Mentor"))
        self.add_button = QPushButton(tr("Groep toevoegen"))
        self.add_button.clicked.connect(self.add)
        box = QGroupBox(tr("Nieuwe groep"))
        form = QFormLayout(box)
        form.addRow(tr("Naam"), self.name)
        form.addRow(tr("Fase (1-6)"), self.phase)
        form.addRow(tr("Mentor"), self.mentor)
        form.addRow("", self.add_button)
        self.feedback = Feedback()
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups, 1)
        layout.addWidget(box)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        self.groups.clear()
        for _gid, name in self.ctx.store.groups():
            self.groups.addItem(name)
        self.mentor.clear()
        self.mentor.addItem(tr("(geen mentor)"), None)
        for member in self.ctx.store.staff(Role.TEACHER):
            self.mentor.addItem(member.name, member.id)

    def add(self) -> None:
        name = self.name.text()
        done = attempt(
            self.ctx,
            self.feedback,
            self.ctx.store.add_group,
            name,
            self.phase.value(),
            self.mentor.currentData(),
        )
        if done is None:
            return
        self.name.clear()
        self.refresh()
        self.feedback.ok(tr("Groep {name} is toegevoegd.").format(name=name.strip()))


# -- companies and placements -------------------------------------------------------------


class PlacementsTab(QWidget):
    """Add a leerbedrijf; place a student there; end a placement."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The library lists no companies yet (see the report): the ones added here.
        self.companies: list[tuple[uuid.UUID, str]] = []
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

        self.student = QComboBox()
        self.student.setEditable(True)
        self.student.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.student.setAccessibleName(tr("Leerling"))
        completer = self.student.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.student.currentIndexChanged.connect(self.show_placements)
        self.company = QComboBox()
        self.company.setAccessibleName(tr("Leerbedrijf"))
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d-M-yyyy")
        self.start.setAccessibleName(tr("Begindatum"))
        self.end = QDateEdit(today.addMonths(5))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d-M-yyyy")
        self.end.setAccessibleName(tr("Einddatum"))
        self.model = QComboBox()
        self.model.setAccessibleName(tr("Model"))
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
        self.jobcoach = QComboBox()
        self.jobcoach.setAccessibleName(tr("Jobcoach"))
        self.placement_button = QPushButton(tr("Stage toevoegen"))
        self.placement_button.clicked.connect(self.add_placement)
        placement_box = QGroupBox(tr("Nieuwe stage"))
        pform = QFormLayout(placement_box)
        pform.addRow(tr("Leerling"), self.student)
        pform.addRow(tr("Leerbedrijf"), self.company)
        pform.addRow(tr("Van"), self.start)
        pform.addRow(tr("Tot en met"), self.end)
        pform.addRow(tr("Model"), self.model)
        pform.addRow(tr("Dagen per week"), self.days)
        pform.addRow(tr("Vereiste uren"), self.hours)
        pform.addRow(tr("Jobcoach"), self.jobcoach)
        pform.addRow("", self.placement_button)

        self.placements = QListWidget()
        self.placements.setAccessibleName(tr("Stages van de leerling"))
        self.end_button = QPushButton(tr("Stage beëindigen…"))
        self.end_button.clicked.connect(self.end_placement)
        current_box = QGroupBox(tr("Stages van de gekozen leerling"))
        current = QVBoxLayout(current_box)
        current.addWidget(self.placements)
        current.addWidget(self.end_button)

        self.feedback = Feedback()
        top = QHBoxLayout()
        top.addWidget(company_box)
        top.addWidget(placement_box)
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
        self._fill_companies()
        self.show_placements()

    def student_id(self) -> uuid.UUID | None:
        """The student chosen in the combo box."""
        index = self.student.currentIndex()
        return self.student_ids[index] if 0 <= index < len(self.student_ids) else None

    def _fill_companies(self) -> None:
        chosen = self.company.currentData()
        self.company.clear()
        for cid, name in self.companies:
            self.company.addItem(name, cid)
        if chosen is not None:
            self.company.setCurrentIndex(max(self.company.findData(chosen), 0))

    def show_placements(self) -> None:
        self.placements.clear()
        student_id = self.student_id()
        if student_id is None:
            self.end_button.setEnabled(False)
            return
        try:
            hours = self.ctx.store.progress(student_id).hours
        except JWError as exc:
            self.feedback.error(exc.message)
            hours = ()
        for p in hours:
            text = tr("{company}, {start} t/m {end}: {done} van {required} uur").format(
                company=p.company,
                start=day(p.start_on),
                end=day(p.end_on),
                done=p.minutes_done // 60,
                required=p.hours_required,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.placement_id)
            self.placements.addItem(item)
        if not hours:
            self.placements.addItem(tr("(geen stages)"))
        self.end_button.setEnabled(bool(hours))

    def add_company(self) -> None:
        name = self.company_name.text()
        company_id = attempt(
            self.ctx,
            self.feedback,
            lambda: self.ctx.store.add_company(
                name,
                city=self.city.text(),
                supervisor=self.supervisor.text(),
                phone=self.phone.text(),
                email=self.company_email.text(),
            ),
        )
        if company_id is None:
            return
        self.companies.append((company_id, name.strip()))
        for field in (self.company_name, self.city, self.supervisor, self.phone):
            field.clear()
        self.company_email.clear()
        self._fill_companies()
        self.company.setCurrentIndex(self.company.findData(company_id))
        self.feedback.ok(tr("Leerbedrijf {name} is toegevoegd.").format(name=name.strip()))

    def add_placement(self) -> None:
        student_id, company_id = self.student_id(), self.company.currentData()
        if student_id is None or self.student.findText(self.student.currentText()) < 0:
            self.feedback.error(tr("Kies een leerling uit de lijst."))
            return
        if company_id is None:
            self.feedback.error(tr("Kies een leerbedrijf (voeg het zo nodig eerst toe)."))
            return
        placement_id = attempt(
            self.ctx,
            self.feedback,
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
        )
        if placement_id is None:
            return
        self.show_placements()
        self.feedback.ok(
            tr("De stage van {student} bij {company} is toegevoegd.").format(
                student=self.student.currentText(), company=self.company.currentText()
            )
        )

    def end_placement(self) -> None:
        item = self.placements.currentItem()
        placement_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if placement_id is None:
            self.feedback.error(tr("Kies eerst een stage in de lijst."))
            return
        if not confirm(
            self,
            tr("Stage beëindigen"),
            tr(
                "De stage {what} beëindigen? De gewerkte uren blijven bewaard. De jobcoach "
                "ziet de leerling na de volgende synchronisatie niet meer, tenzij een andere "
                "stage hen verbindt."
            ).format(what=item.text() if item is not None else ""),
        ):
            return
        if attempt(self.ctx, self.feedback, self.ctx.store.end_placement, placement_id) is None:
            return
        self.show_placements()
        self.feedback.ok(tr("De stage is beëindigd."))


# -- devices -------------------------------------------------------------------------------


class DevicesTab(QWidget):
    """On the central: enrol a laptop from its aanmeldbestand, list and revoke devices. On a
    laptop: its own id and fingerprint."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.request: dict[str, Any] | None = None
        self.me = QLabel()
        self.me.setWordWrap(True)
        self.me.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.central_box = QWidget()
        self.choose_request = QPushButton(tr("Aanmeldbestand kiezen…"))
        self.choose_request.clicked.connect(self.load_request)
        self.request_info = QLabel(tr("Nog geen aanmeldbestand gekozen."))
        self.request_info.setWordWrap(True)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Rol van het apparaat"))
        for role in (Role.TEACHER, Role.JOBCOACH, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.role.currentIndexChanged.connect(self._fill_staff)
        self.staff = QComboBox()
        self.staff.setAccessibleName(tr("Medewerker van het apparaat"))
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Alleen de leerlingen van groep"))
        self.enrol_button = QPushButton(tr("Inschrijven en inschrijvingsbestand opslaan…"))
        self.enrol_button.clicked.connect(self.enrol)
        enrol_box = QGroupBox(tr("Een apparaat inschrijven"))
        form = QFormLayout(enrol_box)
        form.addRow(self.choose_request, self.request_info)
        form.addRow(tr("Rol"), self.role)
        form.addRow(tr("Medewerker"), self.staff)
        form.addRow(tr("Leerlingen"), self.group)
        form.addRow("", self.enrol_button)
        self.devices = table(
            [tr("Naam"), tr("Apparaat"), tr("Rol"), tr("Medewerker"), tr("Stand")],
            tr("Ingeschreven apparaten"),
        )
        self.revoke_button = QPushButton(tr("Apparaat intrekken…"))
        self.revoke_button.clicked.connect(self.revoke)
        central = QVBoxLayout(self.central_box)
        central.setContentsMargins(0, 0, 0, 0)
        central.addWidget(enrol_box)
        central.addWidget(QLabel(tr("Ingeschreven apparaten")))
        central.addWidget(self.devices, 1)
        central.addWidget(self.revoke_button)

        # What the intake of this replica turned away, newest first (on a laptop too).
        self.refusals = table(
            [tr("Tijdstip"), tr("Apparaat"), tr("Reden")], tr("Geweigerde bundels")
        )
        self.refusals.setWordWrap(True)
        self.refusals.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.refusals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # a long device name elides (its tooltip is whole) and leaves the reason its room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.refusals.setColumnWidth(1, 12 * self.refusals.fontMetrics().averageCharWidth() + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lines = self.refusals.fontMetrics().lineSpacing()
        self.refusals.verticalHeader().setDefaultSectionSize(2 * lines + 8)  # 2 lines, elided
        self.no_refusals = QLabel(tr("Geen geweigerde bundels."))
        self.no_refusals.setWordWrap(True)

        self.feedback = Feedback()
        layout = QVBoxLayout(self)
        layout.addWidget(self.me)
        layout.addWidget(self.central_box, 1)
        layout.addWidget(QLabel(tr("Geweigerde bundels")))
        layout.addWidget(self.no_refusals)
        layout.addWidget(self.refusals, 1)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        from jw_desktop.sync import session  # imported when first needed: faster start-up

        store = self.ctx.store
        try:
            me = session.identity(store).public()
            role = sync_role(store)
            devices = session.devices(store)
            refusals = session.refusals(store)
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        self.show_refusals(refusals, {d.device_id: d.name for d in devices})
        if role == DEVICE:
            central = next(d for d in devices if d.scope.get("role") == "centrale")
            self.me.setText(
                tr(
                    "Dit apparaat: {id}\nVingerafdruk: {fingerprint}\nIngeschreven bij de "
                    "centrale {central}. Apparaten inschrijven doe je op de centrale."
                ).format(id=me.device_id, fingerprint=me.fingerprint(), central=central.name)
            )
            self.central_box.hide()
            return
        self.me.setText(
            tr(
                "Deze database is de centrale van de school.\nCentrale: {id}\n"
                "Vingerafdruk: {fingerprint}"
            ).format(id=me.device_id, fingerprint=me.fingerprint())
        )
        self.central_box.show()
        names = {m.id.hex: m.name for m in store.staff()}
        rows = []
        for d in devices:
            scope_role = str(d.scope.get("role", ""))
            if scope_role not in session.ROLES:
                continue
            staff = names.get(str(d.scope.get("staff") or ""), "")
            groups = ", ".join(d.scope.get("groups") or [])
            state = tr("ingetrokken") if d.revoked else tr("actief")
            rows.append(
                (
                    d.device_id,
                    [
                        d.name,
                        d.device_id,
                        role_label(scope_role) + (f" ({groups})" if groups else ""),
                        staff,
                        state,
                    ],
                )
            )
        fill(self.devices, rows)
        self.group.clear()
        self.group.addItem(tr("alle leerlingen"), None)
        for _gid, name in store.groups():
            self.group.addItem(tr("groep {name}").format(name=name), name)
        self._fill_staff()
        self.enrol_button.setEnabled(self.request is not None)

    def show_refusals(self, refusals: list[Any], names: dict[str, str]) -> None:
        """The refused bundles (session.refusals): when, from which device (its name when
        it is enrolled, else the start of its id) and why, the whole reason as tooltip."""
        fill(
            self.refusals,
            [
                (
                    r.file,
                    [local_minute(r.at), names.get(r.sender) or r.sender[:8], r.reason],
                )
                for r in refusals
            ],
        )
        self.refusals.setVisible(bool(refusals))
        self.no_refusals.setVisible(not refusals)

    def _fill_staff(self) -> None:
        role = Role(self.role.currentData())
        self.staff.clear()
        if role != Role.JOBCOACH:
            self.staff.addItem(tr("(geen medewerker)"), None)
        for member in self.ctx.store.staff(role):
            self.staff.addItem(f"{member.name} <{member.email}>", member.email)

    def load_request(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Aanmeldbestand kiezen"), "", tr("JSON-bestanden (*.json)")
        )
        if not chosen:
            return
        from jw_desktop.sync.identity import PublicIdentity

        try:
            data = json.loads(Path(chosen).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("type") != "jw-aanmelding":
                raise ValueError
            device = PublicIdentity.from_json(data.get("device"))
        except (OSError, ValueError, UnicodeDecodeError):
            self.request = None
            self.feedback.error(
                tr("{path} is geen aanmeldbestand van jw-desktop.").format(path=chosen)
            )
            self.enrol_button.setEnabled(False)
            return
        except JWError as exc:
            self.request = None
            self.feedback.error(exc.message)
            self.enrol_button.setEnabled(False)
            return
        self.request = data
        self.request_info.setText(
            tr(
                "Apparaat {name} ({id}).\nVingerafdruk: {fingerprint} — vergelijk die met "
                "wat het apparaat zelf laat zien."
            ).format(name=device.name, id=device.device_id, fingerprint=device.fingerprint())
        )
        self.enrol_button.setEnabled(True)
        self.feedback.setText("")

    def enrol(self) -> None:
        if self.request is None:
            self.feedback.error(tr("Kies eerst het aanmeldbestand van het apparaat."))
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            tr("Inschrijvingsbestand opslaan"),
            "inschrijving.json",
            tr("JSON-bestanden (*.json)"),
        )
        if not target:
            return
        from jw_desktop.sync import session

        role = Role(self.role.currentData())
        group = self.group.currentData()
        doc = attempt(
            self.ctx,
            self.feedback,
            lambda: session.enroll(
                self.ctx.store,
                self.request or {},
                role=role.value,
                staff_email=self.staff.currentData(),
                groups=[group] if group else None,
            ),
        )
        if doc is None:
            return
        try:
            Path(target).write_text(
                json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            self.feedback.error(
                tr("Het inschrijvingsbestand kon niet worden opgeslagen: {error}").format(
                    error=exc.strerror or exc
                )
            )
            return
        self.request = None
        self.request_info.setText(tr("Nog geen aanmeldbestand gekozen."))
        self.refresh()
        self.feedback.ok(
            tr(
                "Het apparaat is ingeschreven als {role}. Geef {path} aan de gebruiker (op "
                "een USB-stick, niet per e-mail) om in te lezen bij Synchronisatie."
            ).format(role=role_label(role).lower(), path=target)
        )

    def revoke(self) -> None:
        device_id = selected_key(self.devices)
        if device_id is None:
            self.feedback.error(tr("Kies eerst een apparaat in de lijst."))
            return
        if not confirm(
            self,
            tr("Apparaat intrekken"),
            tr(
                "Apparaat {id} intrekken? Zijn bundels worden daarna geweigerd. Dit is "
                "bedoeld voor een verloren of afgedankte laptop."
            ).format(id=device_id),
        ):
            return
        from jw_desktop.sync import session

        if attempt(self.ctx, self.feedback, session.revoke, self.ctx.store, device_id) is None:
            return
        self.refresh()
        self.feedback.ok(tr("Het apparaat is ingetrokken."))


# -- backups -------------------------------------------------------------------------------


def quit_application() -> None:
    QApplication.closeAllWindows()
    QApplication.quit()


class BackupsTab(QWidget):
    """Make a backup now, list them, and restore one: the store is closed, the backup put
    in place (the current data kept as a 'voor-herstel' backup) and jw-desktop stops, so
    nothing can write to the old file afterwards. The next start opens the restored data."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.quit_app: Callable[[], None] = quit_application
        self.backups: list[BackupInfo] = []
        self.backup_button = QPushButton(tr("Nu een reservekopie maken"))
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_list = table(
            [tr("Gemaakt op"), tr("Soort"), tr("Grootte"), tr("Bestand")], tr("Reservekopieën")
        )
        self.restore_button = QPushButton(tr("Gekozen reservekopie terugzetten…"))
        self.restore_button.clicked.connect(self.restore)
        self.feedback = Feedback()
        info = QLabel(
            tr(
                "Elke dag wordt bij het starten vanzelf een reservekopie gemaakt. Ze staan in "
                "de map 'backups' naast de gegevens."
            )
        )
        info.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.backup_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        self.backups = list_backups(self.ctx.store.path)
        kinds = {
            "dagelijks": tr("dagelijks"),
            "handmatig": tr("met de hand"),
            "voor-upgrade": tr("voor een update"),
            "voor-herstel": tr("voor het terugzetten"),
        }
        rows = []
        for b in self.backups:
            made = b.made_at.astimezone()
            rows.append(
                (
                    str(b.path),
                    [
                        f"{day(made.date())} {made:%H:%M:%S}",
                        kinds.get(b.reason, b.reason),
                        tr("{mb:.1f} MB").format(mb=b.size / 1e6),
                        b.path.name,
                    ],
                )
            )
        fill(self.backup_list, rows)

    def make_backup(self) -> None:
        self.backup_button.setEnabled(False)
        self.feedback.ok(tr("De reservekopie wordt gemaakt…"))

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.feedback.ok(tr("Reservekopie gemaakt: {name}").format(name=path.name))

        def failed(message: str) -> None:
            self.backup_button.setEnabled(True)
            self.feedback.error(message)

        self.ctx.run(self.ctx.store.backup, on_done=done, on_error=failed, parent=self)

    def restore(self) -> None:
        chosen = selected_key(self.backup_list)
        if chosen is None:
            self.feedback.error(tr("Kies eerst een reservekopie in de lijst."))
            return
        backup = Path(chosen)
        try:
            verify_backup(backup)  # a bad file is refused while everything is still open
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        made = next((b.made_at.astimezone() for b in self.backups if b.path == backup), None)
        when = f"{day(made.date())} {made:%H:%M}" if made else backup.name
        if not confirm(
            self,
            tr("Reservekopie terugzetten"),
            tr(
                "De gegevens van {when} terugzetten?\n\nWat nu op deze computer staat wordt "
                "eerst zelf als reservekopie bewaard. Wijzigingen van na {when} die nog niet "
                "gesynchroniseerd zijn, staan daarna alleen in die reservekopie.\n\n"
                "jw-desktop sluit na het terugzetten af; start het daarna opnieuw."
            ).format(when=when),
        ):
            return
        self.do_restore(backup)

    def do_restore(self, backup: Path) -> None:
        """Close the store, put the backup in place, and stop the application."""
        store = self.ctx.store
        SyncController.of(self.ctx).timer.stop()
        self.ctx.wait(30000)
        window = self.window()
        window.hide()
        store.close()
        try:
            safety = restore_backup(store.path, backup)
        except JWError as exc:
            text = tr(
                "Het terugzetten is niet gelukt: {error}\n\nDe gegevens zijn niet veranderd. "
                "jw-desktop sluit nu af; start het opnieuw."
            ).format(error=exc.message)
            QMessageBox.warning(None, tr("Dat lukte niet"), text)
        else:
            kept = tr(" De gegevens van daarvoor staan in {path}.").format(path=safety)
            QMessageBox.information(
                None,
                tr("Reservekopie teruggezet"),
                tr("De reservekopie is teruggezet.")
                + (kept if safety else "")
                + " "
                + tr("jw-desktop sluit nu af; start het opnieuw."),
            )
        self.quit_app()


# -- about ---------------------------------------------------------------------------------


class AboutTab(QWidget):
    """Versions, where the data is, schema revision and counts: what support asks first."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        for key, label in (
            ("version", tr("jw-desktop")),
            ("qt", tr("Qt")),
            ("pyside", tr("PySide6")),
            ("python", tr("Python")),
            ("system", tr("Systeem")),
            ("path", tr("Gegevens")),
            ("schema", tr("Schemaversie")),
            ("backups", tr("Reservekopieën")),
            ("device", tr("Apparaat")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.labels[key] = label
            self.form.addRow(label, value)
        self.counts = table([tr("Wat"), tr("Aantal")], tr("Aantallen"))
        self.copy_button = QPushButton(tr("Gegevens kopiëren (voor de helpdesk)"))
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.copy_button)

    def refresh(self) -> None:
        store = self.ctx.store
        info = store.info()
        from jw_desktop.sync import session

        try:
            device = session.identity(store).public()
            device_text = f"{device.device_id} ({device.fingerprint()})"
        except JWError as exc:
            device_text = exc.message
        schema = info.revision
        if schema != HEAD_REVISION:
            schema += " " + tr("(deze versie verwacht {head})").format(head=HEAD_REVISION)
        values = {
            "version": __version__,
            "qt": qVersion(),
            "pyside": PySide6.__version__,
            "python": platform.python_version(),
            "system": platform.platform(),
            "path": str(info.path),
            "schema": schema,
            "backups": str(len(info.backups)),
            "device": device_text,
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        fill(self.counts, [(k, [k, str(v)]) for k, v in info.counts.items()])

    def text(self) -> str:
        lines = [f"{self.labels[k]}: {w.text()}" for k, w in self.fields.items()]
        for row in range(self.counts.rowCount()):
            name, count = self.counts.item(row, 0), self.counts.item(row, 1)
            if name is not None and count is not None:
                lines.append(f"{name.text()}: {count.text()}")
        lines.append(f"{datetime.now():%Y-%m-%d %H:%M}")
        return "\n".join(lines)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())


# -- the view ------------------------------------------------------------------------------


class AdminView(QWidget):
    """Beheer, in tabs; each tab reads its data when it is shown."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.accounts = AccountsTab(ctx)
        self.groups = GroupsTab(ctx)
        self.placements = PlacementsTab(ctx)
        self.devices = DevicesTab(ctx)
        self.backups = BackupsTab(ctx)
        self.about = AboutTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Beheer"))
        self.pages: list[QWidget] = []
        for tab, title in (
            (self.accounts, tr("Accounts")),
            (self.groups, tr("Groepen")),
            (self.placements, tr("Leerbedrijven en stages")),
            (self.devices, tr("Apparaten")),
            (self.backups, tr("Reservekopieën")),
            (self.about, tr("Over")),
        ):
            scroll = QScrollArea()  # small screens: the forms scroll, the window fits
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.pages.append(tab)
            self.tabs.addTab(scroll, title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        index = self.pages.index(tab)
        if index == self.tabs.currentIndex():
            self.refresh()
        else:
            self.tabs.setCurrentIndex(index)  # refreshes it

    def refresh(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0:
            return
        tab = self.pages[index]
        try:
            tab.refresh()  # type: ignore[attr-defined]
        except JWError as exc:
            feedback = getattr(tab, "feedback", None)
            if isinstance(feedback, Feedback):
                feedback.error(exc.message)
