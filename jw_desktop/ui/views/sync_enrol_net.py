"""Synchronisatie, on a laptop not enrolled yet whose server address is known: enrol over
the network (sync/enrol_net.py) instead of carrying files. 'Aanmelden bij de server' sends
the aanmelding and shows this laptop's fingerprint for the admin to compare; 'Inschrijving
ophalen' picks up the inschrijving once approved and shows the central's fingerprint.
A section of its own beside the file steps (EnrolSteps); the network calls run in the
background so the window never hangs on a slow server."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.widgets.sync_status import SyncController
from jw_desktop.ui.widgets.wrap_label import WrapLabel

if TYPE_CHECKING:  # the sync package loads when first needed: a faster start-up
    from jw_desktop.sync.enrol_net import Waiting
    from jw_desktop.sync.identity import PublicIdentity

SENT_KEY = "sync/aanmelding_server"  # the server this laptop sent its aanmelding to


class NetworkEnrolment(QGroupBox):
    """Send the aanmelding, then pick up the inschrijving; joined(message) is called after
    (the page says it and refreshes: this section then hides)."""

    def __init__(
        self, ctx: AppContext, ask_name: Callable[[], str | None], joined: Callable[[str], None]
    ) -> None:
        super().__init__(tr("Aanmelden via het netwerk"))
        self.ctx = ctx
        self.ask_name = ask_name
        self.joined = joined
        self.info = WrapLabel()
        self.info.setAccessibleName(tr("Aanmelden via het netwerk"))
        self.send_button = QPushButton(tr("Aanmelden bij de server…"))
        self.send_button.clicked.connect(self.send)
        self.fetch_button = QPushButton(tr("Inschrijving ophalen"))
        self.fetch_button.clicked.connect(self.fetch)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.fetch_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(row)

    def server(self) -> str:
        return SyncController.of(self.ctx).server or ""

    def refresh(self, enrolled: bool) -> None:
        """Shown only when a server address is known and this laptop is not enrolled."""
        url = self.server()
        self.setVisible(bool(url) and not enrolled)
        if not url or enrolled:
            return
        sent = str(self.ctx.settings.value(SENT_KEY, "") or "") == url
        self.fetch_button.setEnabled(sent)
        if not self.info.text():
            self.info.setText(
                tr(
                    "De school heeft een server ({url}). Meld dit apparaat daar aan; de "
                    "beheerder keurt de aanmelding goed en daarna haal je hier de inschrijving "
                    "op. Er hoeft geen bestand mee."
                ).format(url=url)
            )

    def _busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.fetch_button.setEnabled(not busy and bool(self.ctx.settings.value(SENT_KEY, "")))

    def _error(self, message: str) -> None:
        self._busy(False)
        self.info.setText(message)

    def send(self) -> None:
        from jw_desktop.sync import enrol_net

        name = self.ask_name()
        if name is None:
            return
        url = self.server()
        self._busy(True)
        self.info.setText(tr("De aanmelding gaat naar de server…"))
        self.ctx.read(
            self,
            "send",
            enrol_net.send_aanmelding,
            self.ctx.store,
            url,
            name,
            on_done=lambda sent: self._sent(url, sent),
            on_error=self._error,
        )

    def _sent(self, url: str, sent: Waiting) -> None:
        self.ctx.settings.setValue(SENT_KEY, url)
        self._busy(False)
        self.info.setText(
            tr(
                "De aanmelding is verstuurd. Vingerafdruk van dit apparaat: {fingerprint} — "
                "de beheerder vergelijkt die bij het goedkeuren. Klik daarna op 'Inschrijving "
                "ophalen'."
            ).format(fingerprint=sent.fingerprint)
        )

    def fetch(self) -> None:
        from jw_desktop.sync import enrol_net

        self._busy(True)
        self.ctx.read(
            self,
            "fetch",
            enrol_net.fetch_inschrijving,
            self.ctx.store,
            self.server(),
            on_done=self._fetched,
            on_error=self._error,
        )

    def _fetched(self, central: PublicIdentity | None) -> None:
        self._busy(False)
        if central is None:
            self.info.setText(
                tr(
                    "De beheerder heeft de aanmelding nog niet goedgekeurd. Probeer het straks "
                    "opnieuw."
                )
            )
            return
        self.ctx.settings.remove(SENT_KEY)
        self.info.setText("")
        self.joined(
            tr(
                "Ingeschreven bij de centrale {name} (vingerafdruk {fingerprint}). Je kunt nu "
                "synchroniseren."
            ).format(name=central.name, fingerprint=central.fingerprint())
        )
