"""Beheer > Apparaten, on the central: the aanmeldingen laptops sent over the network
(sync/enrol_net.py), with name, fingerprint and time. Goedkeuren asks role and staff member
(as the enrol box does for an aanmeldbestand) and which fingerprint the laptop shows;
Afwijzen turns it away. A section of its own so the devices tab stays small."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton

from jw_desktop.model import JWError, Role
from jw_desktop.model.wording import moment_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask

from .common import Feedback, combo, empty_note, fill, role_label, selected_key, table


class NetworkAanmeldingen(QGroupBox):
    """The waiting network aanmeldingen and the admin's two answers to each."""

    def __init__(self, ctx: AppContext, feedback: Feedback, changed: Callable[[], None]) -> None:
        """changed: refresh the whole tab (an approval adds a device to its list)."""
        super().__init__(tr("Aanmeldingen via het netwerk"))
        self.ctx = ctx
        self.feedback = feedback
        self.changed = changed
        self.waiting = table(
            [tr("Naam"), tr("Vingerafdruk"), tr("Aangemeld op")],
            tr("Wachtende aanmeldingen"),
        )
        self.none_waiting = empty_note(
            tr(
                "Er wachten geen aanmeldingen. Een laptop meldt zich aan bij Synchronisatie "
                "met 'Aanmelden bij de server'."
            )
        )
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Rol van het aangemelde apparaat"))
        for role in (Role.TEACHER, Role.JOBCOACH, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.role.currentIndexChanged.connect(self._fill_staff)
        self.staff = combo(tr("Medewerker van het aangemelde apparaat"))
        self.approve_button = QPushButton(tr("Goedkeuren…"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(tr("Afwijzen…"))
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.waiting)
        form.addRow(self.none_waiting)
        form.addRow(tr("Rol"), self.role)
        form.addRow(tr("Medewerker"), self.staff)
        form.addRow(buttons)

    def refresh(self) -> None:
        from jw_desktop.sync import enrol_net  # imported when first needed: faster start-up

        try:
            found = enrol_net.pending(self.ctx.store)
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        fill(
            self.waiting,
            [(w.aanmelding_id, [w.name, w.fingerprint, moment_text(w.at)]) for w in found],
        )
        self.waiting.setVisible(bool(found))
        self.none_waiting.setVisible(not found)
        self.approve_button.setEnabled(bool(found))
        self.reject_button.setEnabled(bool(found))
        self._fill_staff()

    def _fill_staff(self) -> None:
        role = Role(self.role.currentData())
        self.staff.clear()
        if role != Role.JOBCOACH:
            self.staff.addItem(tr("(geen medewerker)"), None)
        for member in self.ctx.store.staff(role):
            text = f"{member.name} <{member.email}>"
            self.staff.addItem(text, member.email)
            self.staff.setItemData(self.staff.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def _chosen(self) -> tuple[str, str, str] | None:
        """The selected aanmelding's (id, name, fingerprint), or None with a message."""
        key = selected_key(self.waiting)
        row = self.waiting.currentRow()
        if key is None or row < 0:
            self.feedback.error(tr("Kies eerst een aanmelding in de lijst."))
            return None
        cells = [self.waiting.item(row, c) for c in (0, 1)]
        name, fingerprint = (c.text() if c is not None else "" for c in cells)
        return str(key), name, fingerprint

    def approve(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        key, name, fingerprint = chosen
        role = Role(self.role.currentData())
        if not ask.confirm(
            self,
            tr("Aanmelding goedkeuren"),
            tr(
                "Laat de laptop {name} zijn vingerafdruk zien (bij Synchronisatie). Staat daar "
                "{fingerprint}? Alleen dan is dit die laptop. Goedkeuren als {role}?"
            ).format(name=name, fingerprint=fingerprint, role=role_label(role).lower()),
            yes=tr("Goedkeuren"),
            no=tr("Annuleren"),
        ):
            return
        from jw_desktop.sync import enrol_net

        staff = self.staff.currentData()
        done = self.ctx.act(
            lambda: enrol_net.approve(self.ctx.store, key, role=role.value, staff_email=staff),
            parent=self,
            report=self.feedback.error,
        )
        if not done:
            return
        self.changed()
        self.feedback.ok(
            tr(
                "{name} is ingeschreven als {role}. De laptop haalt zijn inschrijving zelf op "
                "bij de server."
            ).format(name=name, role=role_label(role).lower())
        )

    def reject(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        key, name, _fingerprint = chosen
        if not ask.confirm(
            self,
            tr("Aanmelding afwijzen"),
            tr("De aanmelding van {name} afwijzen? De laptop hoort dat bij het ophalen.").format(
                name=name
            ),
            yes=tr("Afwijzen"),
            no=tr("Annuleren"),
        ):
            return
        from jw_desktop.sync import enrol_net

        done = self.ctx.act(
            enrol_net.reject, self.ctx.store, key, parent=self, report=self.feedback.error
        )
        if not done:
            return
        self.changed()
        self.feedback.ok(tr("De aanmelding van {name} is afgewezen.").format(name=name))
