"""Synchronisatie: the folder this laptop syncs through (a USB stick, a network share), a
button to sync now, what the last sync did in plain Dutch, refused bundles, what to do when
the laptop is not enrolled yet, and the conflicts waiting for a teacher."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs.conflicts import ConflictsDialog
from jw_desktop.ui.widgets.sync_status import (
    ALONE,
    CENTRAL,
    SyncController,
    SyncOutcome,
    format_time,
    status_text,
    sync_role,
)

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def refused_line(entry: str) -> str:
    """'<file>: <reason>' from the report, as a sentence without the file name."""
    name, _, reason = entry.partition(": ")
    return tr("Een bundel is niet gebruikt ({name}): {reason}").format(
        name=name, reason=reason or tr("onbekende reden")
    )


def read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        message = tr("{path} is geen leesbaar {what}.").format(path=path, what=what)
        raise ValueError(message) from exc
    if not isinstance(data, dict):
        raise ValueError(tr("{path} is geen {what} van jw-desktop.").format(path=path, what=what))
    return data


class SyncView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = SyncController.of(ctx)
        self.controller.attach(self)

        title = QLabel(tr("Synchronisatie"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.role_line = QLabel()
        self.role_line.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(tr("nog geen map gekozen"))
        self.folder_edit.setAccessibleName(tr("Synchronisatiemap"))
        self.choose_button = QPushButton(tr("Map kiezen…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Synchronisatiemap:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.automatic = QCheckBox(
            tr("Vanzelf synchroniseren zodra de map bereikbaar wordt (USB-stick, netwerk)")
        )
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
        self.state = QLabel()
        self.state.setAccessibleName(tr("Stand van de synchronisatie"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.sync_button)
        button_row.addWidget(self.busy)
        button_row.addWidget(self.state, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Uitkomst van de laatste synchronisatie"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(tr("Melding"))
        self.refused = QListWidget()
        self.refused.setAccessibleName(tr("Geweigerde bundels"))
        self.refused.setMaximumHeight(120)
        self.refused.hide()

        self.enrol_box = QGroupBox(tr("Dit apparaat is nog niet ingeschreven"))
        self.enrol_text = QLabel()
        self.enrol_text.setWordWrap(True)
        self.request_button = QPushButton(tr("Aanmeldbestand maken…"))
        self.request_button.clicked.connect(self.make_request)
        self.join_button = QPushButton(tr("Inschrijvingsbestand inlezen…"))
        self.join_button.clicked.connect(self.join)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(self.request_button)
        enrol_buttons.addWidget(self.join_button)
        enrol_buttons.addStretch(1)
        enrol_layout = QVBoxLayout(self.enrol_box)
        enrol_layout.addWidget(self.enrol_text)
        enrol_layout.addLayout(enrol_buttons)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Melding over inschrijven"))
        self.notice.hide()

        self.conflict_line = QLabel()
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
        layout.addLayout(folder_row)
        layout.addWidget(self.automatic)
        layout.addLayout(button_row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.notice)
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

        try:
            role = sync_role(self.ctx.store)
            devices = session.devices(self.ctx.store)
        except JWError as exc:
            role, devices = ALONE, []
            self.message.setText(exc.message)
        if role == CENTRAL:
            enrolled = [d for d in devices if d.scope.get("role") in session.ROLES]
            live = sum(1 for d in enrolled if not d.revoked)
            self.role_line.setText(
                tr(
                    "Deze computer is de centrale van de school: {n} apparaat/apparaten "
                    "ingeschreven. Synchroniseren neemt hun bundels in en schrijft ieder "
                    "apparaat een nieuwe."
                ).format(n=live)
            )
        elif role == ALONE:
            self.role_line.setText(tr("Dit apparaat is nog niet ingeschreven bij een centrale."))
        else:
            central = next(d for d in devices if d.scope.get("role") == "centrale")
            self.role_line.setText(
                tr("Dit apparaat synchroniseert met de centrale {name}.").format(name=central.name)
            )
        not_enrolled = self.controller.outcome is not None and bool(
            self.controller.outcome.not_enrolled
        )
        self.enrol_box.setVisible(role == ALONE or not_enrolled)
        self.enrol_text.setText(
            (self.controller.error if not_enrolled else "")
            + ("\n\n" if not_enrolled else "")
            + tr(
                "Wat te doen: 1. Maak hier een aanmeldbestand en geef het aan de beheerder "
                "(op een USB-stick, niet per e-mail). 2. De beheerder schrijft dit apparaat "
                "in op de centrale en geeft je een inschrijvingsbestand. 3. Lees dat hier in; "
                "daarna kun je synchroniseren."
            )
        )
        count = self.controller.open_conflicts()
        self.conflict_line.setText(
            tr("Open conflicten: {n}").format(n=count) if count else tr("Geen open conflicten.")
        )
        self.conflicts_button.setEnabled(count > 0)
        self.show_state()

    def show_state(self) -> None:
        c = self.controller
        folder = c.folder
        self.folder_edit.setText(str(folder) if folder is not None else "")
        self.sync_button.setEnabled(not c.running)
        self.choose_button.setEnabled(not c.running)
        self.busy.setVisible(c.running)
        self.state.setText(status_text(c))
        self.message.setText(c.error)
        self.message.setVisible(bool(c.error))
        last, summary = c.last_sync, c.last_summary
        if last is not None and summary:
            self.summary.setText(
                tr("Laatste synchronisatie om {time}: {summary}").format(
                    time=format_time(last), summary=summary
                )
            )
        else:
            self.summary.setText(tr("Dit apparaat heeft nog niet gesynchroniseerd."))

    def _finished(self, outcome: SyncOutcome | None) -> None:
        self.refused.clear()
        report = outcome.report if outcome is not None else None
        refused = report.refused if report is not None else []
        for entry in refused:
            self.refused.addItem(refused_line(entry))
        self.refused.setVisible(bool(refused))
        self.refresh()

    # -- actions --------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.controller.sync_now()

    def choose_folder(self) -> None:
        start = str(self.controller.folder or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, tr("Synchronisatiemap kiezen"), start)
        if chosen:
            self.controller.set_folder(Path(chosen))

    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self)
        dialog.exec()
        self.refresh()

    def make_request(self) -> None:
        """Write this device's aanmeldbestand (its public keys) for the admin."""
        from jw_desktop.sync import session

        name, ok = QInputDialog.getText(
            self, tr("Aanmelden"), tr("Naam van dit apparaat:"), text=socket.gethostname()
        )
        if not ok or not name.strip():
            return
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Aanmeldbestand opslaan"), "aanmelding.json", tr("JSON-bestanden (*.json)")
        )
        if not target:
            return
        try:
            request = session.enrollment_request(self.ctx.store, name.strip())
            Path(target).write_text(json.dumps(request, indent=2) + "\n", encoding="utf-8")
            fingerprint = session.identity(self.ctx.store).public().fingerprint()
        except JWError as exc:
            self._say(exc.message, error=True)
            return
        except OSError as exc:
            self._say(tr("Opslaan is mislukt: {error}").format(error=exc.strerror or exc), True)
            return
        self._say(
            tr(
                "Het aanmeldbestand staat in {path}. Vingerafdruk van dit apparaat: "
                "{fingerprint} — de beheerder vergelijkt die bij het inschrijven."
            ).format(path=target, fingerprint=fingerprint)
        )

    def join(self) -> None:
        """Take the enrolment document the admin made on the central."""
        from jw_desktop.sync import session

        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Inschrijvingsbestand kiezen"), "", tr("JSON-bestanden (*.json)")
        )
        if not chosen:
            return
        try:
            doc = read_json(Path(chosen), tr("inschrijvingsbestand"))
            central = session.join(self.ctx.store, doc)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        except JWError as exc:
            self._say(exc.message, error=True)
            return
        self.controller.outcome = None
        self.controller.error = ""
        self._say(
            tr("Ingeschreven bij de centrale {name}. Je kunt nu synchroniseren.").format(
                name=central.name
            )
        )
        self.refresh()

    def _say(self, text: str, error: bool = False) -> None:
        """Feedback on enrolment, below its buttons."""
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setText(text)
        self.notice.show()
