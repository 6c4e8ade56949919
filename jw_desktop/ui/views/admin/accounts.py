"""Beheer > Accounts: the staff with their roles, adding someone, setting a password."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import Role
from jw_desktop.ui.context import AppContext, tr

from .common import ElidedLabel, Feedback, fill, role_label, selected_key, table


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

        self.for_whom = ElidedLabel(tr("Kies eerst een medewerker in de lijst."))
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
        for form in (add_form, pw_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.feedback = Feedback()
        forms = QHBoxLayout()
        forms.addWidget(add_box, 1)
        forms.addWidget(pw_box, 1)
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

    def chosen_name(self) -> str:
        """The whole name of the staff member chosen in the list ('' for none)."""
        items = self.staff.selectedItems()
        return items[0].text() if items else ""

    def _chosen(self) -> None:
        self.for_whom.set_full_text(self.chosen_name() or tr("Kies eerst een medewerker."))

    def add(self) -> None:
        name, email = self.name.text(), self.email.text()
        role = Role(self.role.currentData())
        added = self.ctx.act(
            self.ctx.store.add_staff, name, email, role, parent=self, report=self.feedback.error
        )
        if not added:
            return
        self.name.clear()
        self.email.clear()
        self.refresh()
        self.select(added.value)
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
        who = self.chosen_name()
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
