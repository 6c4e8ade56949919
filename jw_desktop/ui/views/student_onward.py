"""The student page's tabs "Ouders en toestemming" - parents and carers, what may be shared
with whom until when (valid today, expired, withdrawn) - and "Route verder": the
uitstroomprofiel, the OPP's main goals, the trajectory of a doorlopende leerroute and its
partner mbo school. The rules are the library's (model/consent.py, model/contacts.py);
this module only asks and shows."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import Role
from jw_desktop.model.consent import EXPIRED, NOT_YET, VALID, WITHDRAWN, ConsentView, Decision
from jw_desktop.model.contacts import (
    TRAJECTORY_HELP,
    ConsentGiver,
    ConsentRecipient,
    ContactRelation,
    ContactView,
    ShareCategory,
    TrajectoryType,
)
from jw_desktop.model.wording import QT_DATE_FORMAT, date_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs.ask import confirm
from jw_desktop.ui.widgets.id_combo import IdCombo, shrink


def status_text(status: str) -> str:
    return {
        VALID: tr("Geldig"),
        EXPIRED: tr("Verlopen"),
        NOT_YET: tr("Nog niet geldig"),
        WITHDRAWN: tr("Ingetrokken"),
    }.get(status, status)


def category_text(category: str) -> str:
    words: dict[str, str] = {
        ShareCategory.VOORTGANG.value: tr("voortgang"),
        ShareCategory.UREN.value: tr("uren"),
        ShareCategory.PORTFOLIO.value: tr("portfolio"),
        ShareCategory.WERKNOTITIES.value: tr("werknotities"),
    }
    return words.get(str(category), str(category))


def recipient_text(kind: ConsentRecipient) -> str:
    return {
        ConsentRecipient.WERKPLEK: tr("werkplek"),
        ConsentRecipient.VOLGENDE_SCHOOL: tr("volgende school"),
        ConsentRecipient.GEMEENTE: tr("gemeente"),
    }[kind]


def consent_line(c: ConsentView, today: date) -> str:
    """'Geldig - werkplek Tuincentrum De Groene Hoek: voortgang, portfolio; tot en met
    29-01-2027; gegeven door Jerome Tromp op 02-02-2026'."""
    state = c.status(today)
    line = tr("{status} – {recipient} {name}: {what}; tot en met {until}").format(
        status=status_text(state),
        recipient=recipient_text(c.recipient),
        name=c.recipient_name,
        what=", ".join(category_text(x) for x in c.categories),
        until=date_text(c.valid_until),
    )
    who = c.given_by_name or (
        tr("de leerling") if c.given_by == ConsentGiver.STUDENT else tr("een ouder")
    )
    line += "; " + tr("gegeven door {who} op {on}").format(who=who, on=date_text(c.given_on))
    if c.withdrawn_on is not None:
        line += "; " + tr("ingetrokken op {on}").format(on=date_text(c.withdrawn_on))
    return line


def contact_line(c: ContactView) -> str:
    parts = [f"{c.name} ({relation_text(c.relation)})"]
    parts += [p for p in (c.phone, c.email) if p]
    if c.parental_authority:
        parts.append(tr("heeft gezag"))
    return " · ".join(parts)


def relation_text(relation: ContactRelation) -> str:
    return {
        ContactRelation.OUDER: tr("ouder"),
        ContactRelation.VERZORGER: tr("verzorger"),
        ContactRelation.VOOGD: tr("voogd"),
        ContactRelation.PLEEGOUDER: tr("pleegouder"),
        ContactRelation.ANDERS: tr("anders"),
    }[relation]


def trajectory_text(kind: TrajectoryType) -> str:
    return {
        TrajectoryType.VMBO_DIPLOMA: tr("vmbo-diploma, dan mbo 2"),
        TrajectoryType.INTEGRATED_MBO2: tr("geïntegreerde route naar mbo 2"),
        TrajectoryType.LWT_WITH_EXAM: tr("leerwerktraject met vmbo-examen"),
        TrajectoryType.LWT_WITHOUT_EXAM: tr("leerwerktraject zonder vmbo-examen"),
        TrajectoryType.INTEGRATED_ENTREE: tr("geïntegreerde route naar de entreeopleiding"),
        TrajectoryType.MORE_TIME: tr("naar mbo 2 met meer tijd"),
        TrajectoryType.ENTREE_AT_SCHOOL: tr("entreeopleiding in het vso/pro"),
    }[kind]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setAccessibleName(name)
    return edit


def _message(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class OnwardTab(QWidget):
    """Ouders en toestemming for one student (school staff), and its sibling tab
    Route verder (route_page)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        user = ctx.user
        self.allowed = user is None or user.role != Role.JOBCOACH
        """Parents, consents and the OPP are for school staff; a jobcoach never sees them."""
        self.contact_rows: list[ContactView] = []
        self.consent_rows: list[ConsentView] = []
        self.route_page = QWidget()  # its own tab: "Route verder"
        route = QVBoxLayout(self.route_page)
        route.addWidget(self._make_route())
        route.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self._make_contacts())
        column.addWidget(self._make_consent())
        column.addStretch(1)
        self.set_student(None)

    # -- building ------------------------------------------------------------------------

    def _make_route(self) -> QGroupBox:
        box = QGroupBox(tr("Route verder"))
        self.profile = _message(tr("Uitstroomprofiel"))
        self.goals = QPlainTextEdit()
        self.goals.setAccessibleName(tr("Hoofddoelen uit het OPP, één per regel"))
        self.goals.setPlaceholderText(tr("Eén hoofddoel per regel"))
        self.goals.setTabChangesFocus(True)
        self.goals.setMaximumHeight(self.fontMetrics().height() * 6)
        self.trajectory = QComboBox()
        shrink(self.trajectory, 16)
        self.trajectory.setAccessibleName(tr("Soort traject"))
        self.trajectory.addItem(tr("(nog niet gekozen)"), "")
        for kind in TrajectoryType:
            self.trajectory.addItem(trajectory_text(kind), kind.value)
            self.trajectory.setItemData(
                self.trajectory.count() - 1, TRAJECTORY_HELP[kind], Qt.ItemDataRole.ToolTipRole
            )
        self.trajectory_help = _message(tr("Wat dit traject inhoudt"))
        self.trajectory.currentIndexChanged.connect(self._trajectory_changed)
        self.partner = QLineEdit()
        self.partner.setAccessibleName(tr("Mbo-school"))
        self.partner.setMaxLength(200)
        self.partner_contact = QLineEdit()
        self.partner_contact.setAccessibleName(tr("Contactpersoon van de mbo-school"))
        self.partner_contact.setMaxLength(200)
        self.save_plan = QPushButton(tr("Route verder opslaan"))
        self.save_plan.setAccessibleName(tr("Route verder opslaan"))
        self.save_plan.clicked.connect(self.save_route)
        self.plan_message = _message(tr("Melding bij de route verder"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Uitstroomprofiel:"), self.profile)
        form.addRow(tr("Hoofddoelen OPP:"), self.goals)
        form.addRow(tr("Traject:"), self.trajectory)
        form.addRow("", self.trajectory_help)
        form.addRow(tr("Mbo-school:"), self.partner)
        form.addRow(tr("Contactpersoon mbo:"), self.partner_contact)
        form.addRow(self.save_plan)
        form.addRow(self.plan_message)
        return box

    def _make_contacts(self) -> QGroupBox:
        box = QGroupBox(tr("Ouders en verzorgers"))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(tr("Ouders en verzorgers"))
        self.contacts.setMinimumHeight(self.fontMetrics().height() * 4)
        self.contacts.setMaximumHeight(self.fontMetrics().height() * 7)
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(tr("Naam van de ouder of verzorger"))
        self.contact_name.setMaxLength(200)
        self.relation = QComboBox()
        shrink(self.relation, 10)
        self.relation.setAccessibleName(tr("Wie is het voor de leerling"))
        for relation in ContactRelation:
            self.relation.addItem(relation_text(relation), relation.value)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(tr("Telefoonnummer"))
        self.phone.setMaxLength(40)
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("E-mailadres"))
        self.email.setMaxLength(200)
        self.authority = QCheckBox(tr("Heeft gezag"))
        self.authority.setToolTip(
            tr("Een ouder of verzorger met gezag geeft toestemming onder de 16.")
        )
        self.authority.setAccessibleName(tr("Heeft gezag"))
        self.add_contact_button = QPushButton(tr("Ouder of verzorger toevoegen"))
        self.add_contact_button.setAccessibleName(tr("Ouder of verzorger toevoegen"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(tr("Verwijderen"))
        self.remove_contact_button.setAccessibleName(
            tr("De gekozen ouder of verzorger verwijderen")
        )
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.contact_message = _message(tr("Melding bij ouders en verzorgers"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Naam:"), self.contact_name)
        form.addRow(tr("Is:"), self.relation)
        form.addRow(tr("Telefoon:"), self.phone)
        form.addRow(tr("E-mail:"), self.email)
        form.addRow("", self.authority)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.remove_contact_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.contacts)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.contact_message)
        return box

    def _make_consent(self) -> QGroupBox:
        box = QGroupBox(tr("Toestemming om gegevens te delen"))
        self.consents = QListWidget()
        self.consents.setAccessibleName(tr("Toestemmingen"))
        self.consents.setWordWrap(True)
        self.consents.setMinimumHeight(self.fontMetrics().height() * 5)
        self.consents.setMaximumHeight(self.fontMetrics().height() * 10)
        self.recipient = QComboBox()
        shrink(self.recipient, 12)
        self.recipient.setAccessibleName(tr("Met wie"))
        for kind in ConsentRecipient:
            self.recipient.addItem(recipient_text(kind), kind.value)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.company = IdCombo()
        shrink(self.company, 14)
        self.company.setAccessibleName(tr("Leerbedrijf"))
        self.recipient_name = QLineEdit()
        self.recipient_name.setAccessibleName(tr("Naam van de school of gemeente"))
        self.recipient_name.setMaxLength(200)
        self.categories = {c: QCheckBox(category_text(c)) for c in ShareCategory}
        what = QGridLayout()  # two by two: fits beside the list on a 1024 x 600 screen
        for n, (category, check) in enumerate(self.categories.items()):
            check.setAccessibleName(tr("Delen: {what}").format(what=category_text(category)))
            what.addWidget(check, n // 2, n % 2)
        what.setColumnStretch(2, 1)
        self.until = _date_edit(tr("Geldig tot en met"))
        self.given_on = _date_edit(tr("Gegeven op"))
        self.given_by = IdCombo()
        shrink(self.given_by, 14)
        self.given_by.setAccessibleName(tr("Gegeven door"))
        self.record_button = QPushButton(tr("Toestemming vastleggen"))
        self.record_button.setAccessibleName(tr("Toestemming vastleggen"))
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(tr("Intrekken…"))
        self.withdraw_button.setAccessibleName(tr("De gekozen toestemming intrekken"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.consent_message = _message(tr("Melding bij de toestemming"))
        self.explain = _message(tr("Uitleg bij toestemming"))
        self.explain.setText(
            tr(
                "Zonder geldige toestemming voor 'voortgang' krijgt de laptop van de "
                "jobcoach niet wat de school observeerde, en zonder 'portfolio' geen "
                "certificaten. Onder de 16 geeft een ouder of verzorger met gezag toestemming."
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Met wie:"), self.recipient)
        form.addRow(tr("Leerbedrijf:"), self.company)
        form.addRow(tr("Naam:"), self.recipient_name)
        form.addRow(tr("Wat:"), what)
        form.addRow(tr("Tot en met:"), self.until)
        form.addRow(tr("Gegeven op:"), self.given_on)
        form.addRow(tr("Gegeven door:"), self.given_by)
        self.consent_form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.sharing = _message(tr("Wat het leerbedrijf van de voortgang krijgt"))
        self.sharing.setStyleSheet("font-weight: bold;")
        column = QVBoxLayout(box)
        column.addWidget(self.explain)
        column.addWidget(self.sharing)
        column.addWidget(self.consents)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.consent_message)
        return box

    # -- showing -------------------------------------------------------------------------

    def _clear_forms(self) -> None:
        for edit in (self.contact_name, self.phone, self.email, self.recipient_name):
            edit.clear()
        self.authority.setChecked(False)
        self.recipient.setCurrentIndex(0)
        for check in self.categories.values():
            check.setChecked(False)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        if student_id != self.student_id:
            for label in (self.plan_message, self.contact_message, self.consent_message):
                label.clear()
            self._clear_forms()  # what was typed for one student never goes to the next
        self.student_id = student_id
        self.setEnabled(student_id is not None and self.allowed)
        self.route_page.setEnabled(self.isEnabled())
        if student_id is None or not self.allowed:
            self.profile.clear()
            self.goals.clear()
            self.contacts.clear()
            self.consents.clear()
            self.sharing.hide()
            return
        store = self.ctx.store
        plan = store.plan(student_id)
        self.profile.setText(plan.uitstroomprofiel)
        self.goals.setPlainText("\n".join(plan.opp_goals))
        row = self.trajectory.findData(plan.trajectory.value if plan.trajectory else "")
        self.trajectory.setCurrentIndex(max(row, 0))
        self.partner.setText(plan.partner_school)
        self.partner_contact.setText(plan.partner_contact)
        self.contact_rows = store.contacts(student_id)
        self.contacts.clear()
        for c in self.contact_rows:
            self.contacts.addItem(contact_line(c))
        if not self.contact_rows:
            self.contacts.addItem(tr("Nog geen ouders of verzorgers vastgelegd."))
        self._fill_consents(store.consents(student_id))
        placements = store.placement_sharing(student_id)
        self._show_sharing(placements)
        self.company.clear()
        for company_id, name in store.companies():
            self.company.add_id(name, company_id)
        if placements:  # the workplace of the latest placement first
            self.company.setCurrentIndex(max(0, self.company.findText(placements[-1][0])))
        self.given_by.clear()
        self.given_by.add_id(tr("de leerling zelf"), None)
        for c in self.contact_rows:
            if c.parental_authority:
                self.given_by.add_id(c.name, c.id)
        today = store.today()
        self.given_on.setMaximumDate(_qdate(today))
        self.given_on.setDate(_qdate(today))
        self.until.setDate(_qdate(date(today.year + 1, 7, 31)))
        self._recipient_changed()

    def _fill_consents(self, rows: list[ConsentView]) -> None:
        today = self.ctx.store.today()
        order = {VALID: 0, NOT_YET: 1, EXPIRED: 2, WITHDRAWN: 3}
        self.consent_rows = sorted(rows, key=lambda c: order.get(c.status(today), 4))
        self.consents.clear()
        for c in self.consent_rows:
            item = QListWidgetItem(consent_line(c, today))
            if c.status(today) != VALID:
                item.setForeground(self.palette().placeholderText())
            self.consents.addItem(item)
        if not rows:
            self.consents.addItem(tr("Nog geen toestemming vastgelegd: er wordt niets gedeeld."))

    def _trajectory_changed(self) -> None:
        chosen = self.trajectory.currentData()
        self.trajectory_help.setText(TRAJECTORY_HELP[TrajectoryType(chosen)] if chosen else "")

    def _show_sharing(self, placements: list[tuple[str, Decision]]) -> None:
        """A warning per placement whose workplace gets no progress (the sync leaves it
        out), so the teacher knows before the jobcoach asks."""
        lines = [
            tr(
                "⚠ Stage bij {company}: de laptop van de jobcoach krijgt niet wat de school "
                "observeerde ({why})."
            ).format(company=company, why=decision.reason)
            for company, decision in placements
            if not decision
        ]
        self.sharing.setText("\n".join(lines))
        self.sharing.setVisible(bool(lines))

    def _recipient_changed(self) -> None:
        workplace = self.recipient.currentData() == ConsentRecipient.WERKPLEK.value
        self.consent_form.setRowVisible(self.company, workplace)
        self.consent_form.setRowVisible(self.recipient_name, not workplace)

    # -- acting --------------------------------------------------------------------------

    def save_route(self) -> None:
        student = self.student_id
        if student is None:
            return
        goals = self.goals.toPlainText().splitlines()
        kind = self.trajectory.currentData() or None
        school, contact = self.partner.text(), self.partner_contact.text()
        done = self.ctx.act(
            lambda: self.ctx.store.set_plan(
                student,
                opp_goals=goals,
                trajectory=kind,
                partner_school=school,
                partner_contact=contact,
            ),
            parent=self,
            report=self.plan_message.setText,
        )
        if done:
            self.set_student(student)
            self.plan_message.setText(tr("Route verder opgeslagen."))

    def add_contact(self) -> None:
        student = self.student_id
        if student is None:
            return
        done = self.ctx.act(
            lambda: self.ctx.store.add_contact(
                student,
                self.contact_name.text(),
                self.relation.currentData(),
                phone=self.phone.text(),
                email=self.email.text(),
                parental_authority=self.authority.isChecked(),
            ),
            parent=self,
            report=self.contact_message.setText,
        )
        if done:
            for edit in (self.contact_name, self.phone, self.email):
                edit.clear()
            self.authority.setChecked(False)
            self.set_student(student)
            self.contact_message.setText(tr("Ouder of verzorger toegevoegd."))

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if self.student_id is None or not 0 <= row < len(self.contact_rows):
            self.contact_message.setText(tr("Kies eerst een ouder of verzorger in de lijst."))
            return
        contact = self.contact_rows[row]
        if not confirm(
            self,
            tr("Ouder of verzorger verwijderen"),
            tr("{name} verwijderen bij deze leerling?").format(name=contact.name),
            yes=tr("Verwijderen"),
            no=tr("Annuleren"),
        ):
            return
        student = self.student_id
        if self.ctx.act(
            lambda: self.ctx.store.remove_contact(contact.id),
            parent=self,
            report=self.contact_message.setText,
        ):
            self.set_student(student)

    def record_consent(self) -> None:
        student = self.student_id
        if student is None:
            return
        kind = self.recipient.currentData()
        parent = self.given_by.current_id()
        chosen = [c.value for c, check in self.categories.items() if check.isChecked()]
        done = self.ctx.act(
            lambda: self.ctx.store.record_consent(
                student,
                recipient=kind,
                categories=chosen,
                valid_until=_day(self.until),
                given_on=_day(self.given_on),
                given_by=ConsentGiver.PARENT if parent else ConsentGiver.STUDENT,
                parent_id=parent,
                company_id=self.company.current_id(),
                recipient_name=self.recipient_name.text(),
            ),
            parent=self,
            report=self.consent_message.setText,
        )
        if done:
            for check in self.categories.values():
                check.setChecked(False)
            self.recipient_name.clear()
            self.set_student(student)
            self.consent_message.setText(tr("Toestemming vastgelegd."))

    def withdraw_consent(self) -> None:
        row = self.consents.currentRow()
        today = self.ctx.store.today()
        if self.student_id is None or not 0 <= row < len(self.consent_rows):
            self.consent_message.setText(tr("Kies eerst een toestemming in de lijst."))
            return
        chosen = self.consent_rows[row]
        if chosen.status(today) == WITHDRAWN:
            self.consent_message.setText(tr("Deze toestemming is al ingetrokken."))
            return
        if not confirm(
            self,
            tr("Toestemming intrekken"),
            tr(
                "Toestemming voor {name} intrekken? Vanaf de volgende synchronisatie wordt "
                "er op grond daarvan niets meer gedeeld."
            ).format(name=chosen.recipient_name),
            yes=tr("Intrekken"),
            no=tr("Annuleren"),
        ):
            return
        student = self.student_id
        if self.ctx.act(
            lambda: self.ctx.store.withdraw_consent(chosen.id),
            parent=self,
            report=self.consent_message.setText,
        ):
            self.set_student(student)
            self.consent_message.setText(tr("Toestemming ingetrokken."))

    # -- for tests and screen readers ----------------------------------------------------

    def consent_texts(self) -> list[str]:
        return [self.consents.item(i).text() for i in range(self.consents.count())]

    def contact_texts(self) -> list[str]:
        return [self.contacts.item(i).text() for i in range(self.contacts.count())]


# -- the jobcoach screen -------------------------------------------------------------------


def sharing_label() -> QLabel:
    """The line on the jobcoach screen that says when the school's progress is not shared
    with this workplace (ui/views/jobcoach.py)."""
    label = _message(tr("Wat de school van de voortgang deelt"))
    label.setStyleSheet("font-weight: bold;")
    label.hide()
    return label


def show_sharing(label: QLabel, ctx: AppContext, student_id: uuid.UUID | None) -> None:
    """Without consent the jobcoach's laptop gets only what the jobcoach records: say so,
    or the list of what is still to practise would look like the whole story."""
    lines = []
    if student_id is not None:
        for company, decision in ctx.store.placement_sharing(student_id):
            if not decision:
                lines.append(
                    tr(
                        "⚠ Geen toestemming om de voortgang van school te delen met {company} "
                        "({why}): na het synchroniseren staat op deze laptop alleen wat je zelf "
                        "afvinkt."
                    ).format(company=company, why=decision.reason)
                )
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))
