"""Synchronisatie: the folder this laptop syncs through (a USB stick, a network share), a
button to sync now, what the last sync did in plain Dutch, refused bundles, the three steps
to take when the laptop is not enrolled yet, and the conflicts waiting for a teacher. Each
fact is said once on the page."""

from __future__ import annotations

import json
import socket

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.dialogs.conflicts import ConflictsDialog
from jw_desktop.ui.views.admin.common import short_name, wrapping
from jw_desktop.ui.views.sync_enrol_net import NetworkEnrolment
from jw_desktop.ui.widgets.sync_status import (
    ALONE,
    CENTRAL,
    SyncController,
    SyncOutcome,
    format_time,
    sync_role,
)
from jw_desktop.ui.widgets.update_notice import UpdateNotice

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
REQUEST_KEY = "sync/aanmeldbestand"  # where this laptop's aanmeldbestand was saved
DONE = "✓"


def refused_line(entry: str) -> tuple[str, str]:
    """'<file>: <reason>' from the report as a sentence without the file name, and the file
    name (for the tooltip)."""
    name, _, reason = entry.partition(": ")
    return tr("Een bundel is niet gebruikt: {reason}").format(
        reason=reason or tr("onbekende reden")
    ), name


class EnrolSteps(QGroupBox):
    """The three steps to enrol this laptop, one a line, the button beside its step; a
    step that is done starts with ✓ (and says so), not only in another colour."""

    def __init__(self) -> None:
        super().__init__(tr("Dit apparaat is nog niet ingeschreven"))
        self.reason = wrapping()
        self.reason.hide()
        self.steps = [wrapping(), wrapping(), wrapping()]
        self.request_button = QPushButton(tr("Aanmeldbestand maken…"))
        self.join_button = QPushButton(tr("Inschrijvingsbestand inlezen…"))
        self.central_hint = wrapping(
            tr(
                "Is deze computer de centrale van de school? Die hoeft niet ingeschreven te "
                "worden: schrijf de laptops in bij Beheer > Apparaten."
            )
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, step in enumerate(self.steps):
            step.setAccessibleName(tr("Stap {n}").format(n=row + 1))
            grid.addWidget(step, row, 0)
        grid.addWidget(self.request_button, 0, 1)
        grid.addWidget(self.join_button, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(grid)
        layout.addWidget(self.central_hint)
        self.show_steps(requested="")

    def show_steps(self, requested: str, reason: str = "") -> None:
        """requested: the file name of the aanmeldbestand made ('' when none yet)."""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        first = tr(
            "1. Maak een aanmeldbestand en geef het aan de beheerder (op een USB-stick, niet "
            "per e-mail)."
        )
        if requested:
            first = f"{DONE} {first} " + tr("Gedaan: {file}.").format(file=requested)
        self.steps[0].setText(first)
        self.steps[1].setText(
            tr(
                "2. De beheerder schrijft dit apparaat in op de centrale en geeft je een "
                "inschrijvingsbestand."
            )
        )
        self.steps[2].setText(
            tr("3. Lees het inschrijvingsbestand hier in; daarna kun je synchroniseren.")
        )

    def text(self) -> str:
        return "\n".join(label.text() for label in [self.reason, *self.steps] if label.text())


class SyncView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = SyncController.of(ctx)
        self.controller.attach(self)
        self.role = ALONE

        title = QLabel(tr("Synchronisatie"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.role_line = wrapping()

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(tr("nog geen map gekozen"))
        self.folder_edit.setAccessibleName(tr("Synchronisatiemap"))
        self.folder_edit.setMinimumWidth(120)
        self.choose_button = QPushButton(tr("Map kiezen…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Synchronisatiemap:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText(
            tr("https://centrale.school.nl (alleen als de school een server heeft)")
        )
        self.server_edit.setAccessibleName(tr("Serveradres"))
        self.server_edit.setMinimumWidth(120)
        self.server_edit.returnPressed.connect(self.save_server)
        self.server_button = QPushButton(tr("Opslaan"))
        self.server_button.setAccessibleName(tr("Serveradres opslaan"))
        self.server_button.clicked.connect(self.save_server)
        server_row = QHBoxLayout()
        server_row.addWidget(QLabel(tr("Serveradres:")))
        server_row.addWidget(self.server_edit, 1)
        server_row.addWidget(self.server_button)
        self.server_note = wrapping()  # why a typed address was not taken
        self.server_note.setStyleSheet(ERROR_STYLE)
        self.server_note.setAccessibleName(tr("Melding over het serveradres"))
        self.server_note.hide()
        self.automatic = QCheckBox(
            tr(
                "Vanzelf synchroniseren zodra de server of de map bereikbaar is "
                "(netwerk, USB-stick)"
            )
        )
        self.automatic.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.automatic.setToolTip(self.automatic.text())
        self.automatic.setChecked(self.controller.automatic)
        self.automatic.toggled.connect(self.controller.set_automatic)

        self.sync_button = QPushButton(tr("Nu synchroniseren"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps known: a moving bar while it runs
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(220)
        self.busy.setAccessibleName(tr("Bezig met synchroniseren"))
        self.busy.hide()
        self.state = wrapping()
        self.state.setAccessibleName(tr("Stand van de synchronisatie"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.sync_button)
        button_row.addWidget(self.busy)
        button_row.addWidget(self.state, 1)

        self.summary = wrapping()
        self.summary.setAccessibleName(tr("Uitkomst van de laatste synchronisatie"))
        self.message = wrapping()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(tr("Melding"))
        self.refused = QListWidget()
        self.refused.setAccessibleName(tr("Geweigerde bundels"))
        self.refused.setWordWrap(True)
        self.refused.setMaximumHeight(120)
        self.refused.hide()
        self.update_notice = UpdateNotice(ctx)

        self.enrol_box = EnrolSteps()
        self.request_button = self.enrol_box.request_button
        self.request_button.clicked.connect(self.make_request)
        self.join_button = self.enrol_box.join_button
        self.join_button.clicked.connect(self.join)
        self.network_enrol = NetworkEnrolment(ctx, self.ask_device_name, self._joined_online)
        self.notice = wrapping()
        self.notice.setAccessibleName(tr("Melding over inschrijven"))
        self.notice.hide()

        self.conflict_line = wrapping()
        self.conflicts_button = QPushButton(tr("Conflicten bekijken…"))
        self.conflicts_button.clicked.connect(self.open_conflicts)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict_line, 1)
        conflict_row.addWidget(self.conflicts_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(title)
        layout.addWidget(self.role_line)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.network_enrol)
        layout.addWidget(self.notice)
        layout.addLayout(server_row)
        layout.addWidget(self.server_note)
        layout.addLayout(folder_row)
        layout.addWidget(self.automatic)
        layout.addLayout(button_row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(self.update_notice)
        layout.addWidget(line)
        layout.addLayout(conflict_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.controller.changed.connect(self.show_state)
        self.controller.finished.connect(self._finished)
        self.show_state()  # the store is read when the view is shown (refresh)

    # -- what is shown --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the role of this store and the open conflicts."""
        from jw_desktop.sync import session  # imported when first needed: faster start-up

        central = None
        live = 0
        try:
            self.role = sync_role(self.ctx.store)
            central = session.enrolled_central(self.ctx.store)
            live = sum(1 for d in session.enrolled_devices(self.ctx.store) if not d.revoked)
        except JWError as exc:
            self.role = ALONE
            self.message.setText(exc.message)
        if self.role == CENTRAL:
            self.role_line.setText(
                tr(
                    "Deze computer is de centrale van de school: %n apparaat/apparaten "
                    "ingeschreven. Synchroniseren neemt hun bundels in en schrijft ieder "
                    "apparaat een nieuwe.",
                    "",
                    live,
                )
            )
        elif central is not None:
            self.role_line.setText(
                tr("Dit apparaat synchroniseert met de centrale {name}.").format(name=central.name)
            )
        not_enrolled = self.not_enrolled()
        # the steps' title says 'nog niet ingeschreven': the role line would say it again
        self.role_line.setVisible(self.role != ALONE and not not_enrolled)
        self.enrol_box.setVisible(self.role == ALONE or not_enrolled)
        requested = str(self.ctx.settings.value(REQUEST_KEY, "") or "")
        self.enrol_box.show_steps(
            short_name(requested) if requested else "",
            self.controller.error if not_enrolled else "",
        )
        self.enrol_box.setToolTip(requested)
        self.network_enrol.refresh(enrolled=central is not None or self.role == CENTRAL)
        count = self.controller.open_conflicts()
        self.conflict_line.setText(
            tr("%n open conflict(en).", "", count) if count else tr("Geen open conflicten.")
        )
        self.conflicts_button.setEnabled(count > 0)
        self.show_state()

    def not_enrolled(self) -> bool:
        outcome = self.controller.outcome
        return outcome is not None and bool(outcome.not_enrolled)

    def show_state(self) -> None:
        c = self.controller
        folder = c.folder
        self.folder_edit.setText(str(folder) if folder is not None else "")
        self.folder_edit.setToolTip(str(folder) if folder is not None else "")
        self.sync_button.setEnabled(not c.running)
        self.choose_button.setEnabled(not c.running)
        # what the user typed stays while it is being typed, and while it is refused
        if not self.server_edit.hasFocus() and not self.server_note.text():
            self.server_edit.setText(c.server or "")
        self.busy.setVisible(c.running)
        self.state.setText(self.state_text())
        # the steps box says why a laptop that is not enrolled cannot sync
        error = "" if self.not_enrolled() and self.enrol_box.isVisibleTo(self) else c.error
        self.message.setText(error)
        self.message.setVisible(bool(error))
        # offline is a calm status (nothing is wrong, it is tried again), never red
        offline = c.outcome is not None and bool(c.outcome.offline) and error == c.outcome.offline
        self.message.setStyleSheet("" if offline else ERROR_STYLE)
        last, summary = c.last_sync, c.last_summary
        self.summary.setText(
            tr("Laatste synchronisatie om {time}: {summary}").format(
                time=format_time(last), summary=summary
            )
            if last is not None and summary
            else ""
        )
        self.summary.setVisible(bool(self.summary.text()))

    def state_text(self) -> str:
        """Beside the button only what the page does not say elsewhere: busy, changes
        waiting, or that there has been no sync yet."""
        c = self.controller
        if c.running:
            return tr("bezig met synchroniseren…")
        waiting = c.waiting()
        if waiting:
            return tr("%n wijziging(en) wachten op de centrale.", "", waiting)
        if c.last_sync is None and not c.error and self.role != ALONE:
            return tr("Nog niet gesynchroniseerd.")
        return ""

    def _finished(self, outcome: SyncOutcome | None) -> None:
        self.refused.clear()
        report = outcome.report if outcome is not None else None
        refused = report.refused if report is not None else []
        for entry in refused:
            text, name = refused_line(entry)
            item = QListWidgetItem(text)
            item.setToolTip(tr("Bestand: {name}").format(name=name))
            self.refused.addItem(item)
        self.refused.setVisible(bool(refused))
        folder = self.controller.folder
        if report is not None and folder is not None:
            self.update_notice.look(folder)  # a newer jw-desktop on the stick?
        self.refresh()

    # -- actions --------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.controller.sync_now()

    def save_server(self) -> None:
        from jw_desktop import site_config

        try:
            url = site_config.server_url(self.server_edit.text())
        except site_config.SiteConfigError as exc:
            self.server_note.setText(exc.message)
            self.server_note.show()
            return
        self.server_note.setText("")
        self.server_note.hide()
        self.controller.set_server(url or "")
        self.refresh()

    def choose_folder(self) -> None:
        chosen = ask.choose_folder(self, self.ctx.settings, tr("Synchronisatiemap kiezen"))
        if chosen is not None:
            self.controller.set_folder(chosen)

    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self)
        dialog.exec()
        self.refresh()

    def ask_device_name(self) -> str | None:
        """The name of this device; asked again, saying why, while it is empty or too long
        (the library's rule); None when the user cancels."""
        from jw_desktop.sync import session

        label = tr("Naam van dit apparaat (zo ziet de beheerder het):")
        name = socket.gethostname()[: session.DEVICE_NAME_MAX]
        while True:
            typed = ask.ask_text(
                self, tr("Aanmelden"), label, name, max_length=session.DEVICE_NAME_MAX
            )
            if typed is None:
                return None
            try:
                return session.device_name(typed)
            except JWError as exc:
                label = exc.message + "\n\n" + tr("Naam van dit apparaat:")
                name = typed

    def make_request(self) -> None:
        """Write this device's aanmeldbestand (its public keys) for the admin."""
        from jw_desktop.sync import session

        name = self.ask_device_name()
        if name is None:
            return
        target = ask.save_file(
            self,
            self.ctx.settings,
            tr("Aanmeldbestand opslaan"),
            "aanmelding.json",
            tr("JSON-bestanden (*.json)"),
        )
        if target is None:
            return
        try:
            request = session.enrollment_request(self.ctx.store, name)
            target.write_text(json.dumps(request, indent=2) + "\n", encoding="utf-8")
            fingerprint = session.identity(self.ctx.store).public().fingerprint()
        except JWError as exc:
            self._say(exc.message, error=True)
            return
        except OSError as exc:
            self._say(tr("Opslaan is mislukt: {error}").format(error=exc.strerror or exc), True)
            return
        self.ctx.settings.setValue(REQUEST_KEY, str(target))
        self._say(
            tr(
                "Het aanmeldbestand {file} is opgeslagen. Vingerafdruk van dit apparaat: "
                "{fingerprint} — de beheerder vergelijkt die bij het inschrijven."
            ).format(file=short_name(target), fingerprint=fingerprint),
            tip=str(target),
        )
        self.refresh()

    def join(self) -> None:
        """Take the enrolment document the admin made on the central."""
        from jw_desktop.sync import session

        chosen = ask.open_file(
            self,
            self.ctx.settings,
            tr("Inschrijvingsbestand kiezen"),
            tr("JSON-bestanden (*.json)"),
        )
        if chosen is None:
            return
        try:
            doc = session.load_document(chosen, tr("inschrijvingsbestand"))
            central = session.join(self.ctx.store, doc)
        except JWError as exc:
            self._say(exc.message, error=True)
            return
        self.controller.outcome = None
        self.controller.error = ""
        self.ctx.settings.remove(REQUEST_KEY)
        self._say(
            tr("Ingeschreven bij de centrale {name}. Je kunt nu synchroniseren.").format(
                name=central.name
            )
        )
        self.refresh()

    def _joined_online(self, text: str) -> None:
        """The laptop took its inschrijving from the server (NetworkEnrolment)."""
        self.controller.outcome = None
        self.controller.error = ""
        self._say(text)
        self.refresh()

    def _say(self, text: str, error: bool = False, tip: str = "") -> None:
        """Feedback on enrolment, below its steps."""
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setText(text)
        self.notice.setToolTip(tip)
        self.notice.show()
