"""Beheer > Apparaten. On the central: enrol a laptop from its aanmeldbestand (the library
refuses what cannot be enrolled, such as this computer's own request), list and revoke
devices. On a laptop: which central it belongs to. On both: the refused bundles. Device ids
and fingerprints are for support and stay under 'Details voor ondersteuning'."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError, Role
from jw_desktop.model.replica import DeviceRow, RefusalRow
from jw_desktop.model.wording import date_text, moment_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask

from .aanmeldingen import NetworkAanmeldingen
from .common import (
    Feedback,
    combo,
    empty_note,
    fill,
    role_label,
    selected_key,
    short_name,
    table,
    wrapping,
)
from .details import SupportDetails


def enrolled_on(device: DeviceRow) -> str:
    """The local day a device was enrolled ('' when the record holds no valid time)."""
    try:
        moment = datetime.fromisoformat(device.enrolled_at)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return date_text(moment.astimezone().date())


class DevicesTab(QWidget):
    """Enrol, list and revoke devices (on the central); the refused bundles (everywhere)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.request: dict[str, Any] | None = None
        self.me = wrapping()
        self.me.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.central_box = QWidget()
        self.choose_request = QPushButton(tr("Aanmeldbestand kiezen…"))
        self.choose_request.clicked.connect(self.load_request)
        self.request_info = wrapping(tr("Nog geen aanmeldbestand gekozen."))
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Rol van het apparaat"))
        for role in (Role.TEACHER, Role.JOBCOACH, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.role.currentIndexChanged.connect(self._fill_staff)
        self.staff = combo(tr("Medewerker van het apparaat"))
        self.group = combo(tr("Alleen de leerlingen van groep"))
        self.enrol_button = QPushButton(tr("Inschrijven en inschrijvingsbestand opslaan…"))
        self.enrol_button.clicked.connect(self.enrol)
        enrol_box = QGroupBox(tr("Een apparaat inschrijven"))
        form = QFormLayout(enrol_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.choose_request, self.request_info)
        form.addRow(tr("Rol"), self.role)
        form.addRow(tr("Medewerker"), self.staff)
        form.addRow(tr("Leerlingen"), self.group)
        form.addRow("", self.enrol_button)
        self.devices = table(
            [tr("Naam"), tr("Rol"), tr("Medewerker"), tr("Ingeschreven op"), tr("Stand")],
            tr("Ingeschreven apparaten"),
        )
        self.no_devices = empty_note(
            tr(
                "Nog geen apparaten ingeschreven. Laat op de laptop bij Synchronisatie een "
                "aanmeldbestand maken en kies dat hierboven."
            )
        )
        self.details = SupportDetails()
        self.feedback = Feedback()
        self.network = NetworkAanmeldingen(ctx, self.feedback, self.refresh)
        self.revoke_button = QPushButton(tr("Apparaat intrekken…"))
        self.revoke_button.clicked.connect(self.revoke)
        central = QVBoxLayout(self.central_box)
        central.setContentsMargins(0, 0, 0, 0)
        central.addWidget(enrol_box)
        central.addWidget(self.network)
        central.addWidget(QLabel(tr("Ingeschreven apparaten")))
        central.addWidget(self.devices, 1)
        central.addWidget(self.no_devices)
        central.addWidget(self.revoke_button)

        # What the intake of this replica turned away, newest first (on a laptop too).
        self.refusals = table(
            [tr("Tijdstip"), tr("Apparaat"), tr("Reden")], tr("Geweigerde bundels")
        )
        self.refusals.setWordWrap(True)
        header = self.refusals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # a long device name elides (its tooltip is whole) and leaves the reason its room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.refusals.setColumnWidth(1, 12 * self.refusals.fontMetrics().averageCharWidth() + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lines = self.refusals.fontMetrics().lineSpacing()
        self.refusals.verticalHeader().setDefaultSectionSize(2 * lines + 8)  # 2 lines, elided
        self.no_refusals = empty_note(tr("Geen geweigerde bundels."))

        layout = QVBoxLayout(self)
        layout.addWidget(self.me)
        layout.addWidget(self.central_box, 1)
        layout.addWidget(QLabel(tr("Geweigerde bundels")))
        layout.addWidget(self.no_refusals)
        layout.addWidget(self.refusals, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.details)

    def refresh(self) -> None:
        from jw_desktop.sync import session  # imported when first needed: faster start-up

        store = self.ctx.store
        try:
            me = session.identity(store).public()
            central = session.enrolled_central(store)
            devices = session.devices(store)
            refusals = session.refusals(store)
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        self.show_refusals(refusals, {d.device_id: d.name for d in devices})
        self.details.set_lines(
            [tr("Dit apparaat: {id}").format(id=me.device_id)]
            + [tr("Vingerafdruk: {fingerprint}").format(fingerprint=me.fingerprint())]
            + [f"{d.name}: {d.device_id}" for d in devices]
        )
        if central is not None:
            self.me.setText(
                tr(
                    "Dit apparaat ({name}) is ingeschreven bij de centrale {central}. "
                    "Apparaten inschrijven doe je op de centrale."
                ).format(name=me.name, central=central.name)
            )
            self.central_box.hide()
            return
        self.me.setText(
            tr(
                "Deze computer is de centrale van de school. Schrijf hier de laptops van "
                "docenten en jobcoaches in."
            )
        )
        self.central_box.show()
        self.show_devices(session.enrolled_devices(store))
        self.network.refresh()
        self.group.clear()
        self.group.addItem(tr("alle leerlingen"), None)
        for _gid, name in store.groups():
            self.group.addItem(tr("groep {name}").format(name=name), name)
        self._fill_staff()
        self.enrol_button.setEnabled(self.request is not None)

    def show_devices(self, devices: list[DeviceRow]) -> None:
        names = {m.id.hex: m.name for m in self.ctx.store.staff()}
        rows = []
        for d in devices:
            scope_role = str(d.scope.get("role", ""))
            staff = names.get(str(d.scope.get("staff") or ""), "")
            groups = ", ".join(d.scope.get("groups") or [])
            state = tr("ingetrokken") if d.revoked else tr("actief")
            rows.append(
                (
                    d.device_id,
                    [
                        d.name,
                        role_label(scope_role) + (f" ({groups})" if groups else ""),
                        staff,
                        enrolled_on(d),
                        state,
                    ],
                )
            )
        fill(self.devices, rows)
        self.devices.setVisible(bool(rows))
        self.no_devices.setVisible(not rows)
        self.revoke_button.setEnabled(bool(rows))

    def show_refusals(self, refusals: list[RefusalRow], names: dict[str, str]) -> None:
        """The refused bundles (session.refusals): when, from which device (its name when
        it is enrolled) and why, the whole reason as tooltip."""
        unknown = tr("onbekend apparaat")
        fill(
            self.refusals,
            [
                (r.file, [moment_text(r.at), names.get(r.sender) or unknown, r.reason])
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
            text = f"{member.name} <{member.email}>"
            self.staff.addItem(text, member.email)
            self.staff.setItemData(self.staff.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def load_request(self) -> None:
        chosen = ask.open_file(
            self, self.ctx.settings, tr("Aanmeldbestand kiezen"), tr("JSON-bestanden (*.json)")
        )
        if chosen is None:
            return
        from jw_desktop.sync import session

        self.request = None
        self.enrol_button.setEnabled(False)
        self.request_info.setText(tr("Nog geen aanmeldbestand gekozen."))
        try:
            data = session.load_document(chosen, tr("aanmeldbestand"))
            device = session.check_request(self.ctx.store, data)
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        self.request = data
        self.request_info.setText(
            tr(
                "Apparaat {name}.\nVingerafdruk: {fingerprint} — vergelijk die met wat het "
                "apparaat zelf laat zien."
            ).format(name=device.name, fingerprint=device.fingerprint())
        )
        self.request_info.setToolTip(str(chosen))
        self.enrol_button.setEnabled(True)
        self.feedback.setText("")

    def enrol(self) -> None:
        if self.request is None:
            self.feedback.error(tr("Kies eerst het aanmeldbestand van het apparaat."))
            return
        from jw_desktop.sync import session

        role = Role(self.role.currentData())
        group = self.group.currentData()
        request = self.request
        try:  # the same check as when enrolling: say what is wrong before asking where
            session.check_request(self.ctx.store, request, role.value, self.staff.currentData())
        except JWError as exc:
            self.feedback.error(exc.message)
            return
        target = ask.save_file(
            self,
            self.ctx.settings,
            tr("Inschrijvingsbestand opslaan"),
            "inschrijving.json",
            tr("JSON-bestanden (*.json)"),
        )
        if target is None:
            return
        enrolled = self.ctx.act(
            lambda: session.enroll(
                self.ctx.store,
                request,
                role=role.value,
                staff_email=self.staff.currentData(),
                groups=[group] if group else None,
            ),
            parent=self,
            report=self.feedback.error,
        )
        if not enrolled:
            return
        try:
            target.write_text(
                json.dumps(enrolled.value, indent=2, ensure_ascii=False) + "\n",
                encoding="utf-8",
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
                "Het apparaat is ingeschreven als {role}. Geef {file} aan de gebruiker (op "
                "een USB-stick, niet per e-mail) om in te lezen bij Synchronisatie."
            ).format(role=role_label(role).lower(), file=short_name(target))
        )
        self.feedback.setToolTip(str(target))

    def revoke(self) -> None:
        device_id = selected_key(self.devices)
        if device_id is None:
            self.feedback.error(tr("Kies eerst een apparaat in de lijst."))
            return
        items = self.devices.selectedItems()
        name = items[0].text() if items else device_id
        if not ask.confirm(
            self,
            tr("Apparaat intrekken"),
            tr(
                "Apparaat {name} intrekken? Zijn bundels worden daarna geweigerd. Dit is "
                "bedoeld voor een verloren of afgedankte laptop."
            ).format(name=name),
            yes=tr("Intrekken"),
            no=tr("Annuleren"),
        ):
            return
        from jw_desktop.sync import session

        revoked = self.ctx.act(
            session.revoke, self.ctx.store, device_id, parent=self, report=self.feedback.error
        )
        if not revoked:
            return
        self.refresh()
        self.feedback.ok(tr("Het apparaat {name} is ingetrokken.").format(name=name))
