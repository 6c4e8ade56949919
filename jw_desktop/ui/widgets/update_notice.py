"""The notice on the Synchronisatie page that a newer jw-desktop is waiting in the sync
folder, with a button to install it; and, once per file, a warning when a package there was
refused (a bad signature: someone may have tampered with the stick).

The look in the folder (it hashes the package) and the install (a copy, a second check,
then pkexec/apt or the Windows installer) run off the UI thread. All checks are in
jw_desktop.update; this only shows what it found."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jw_desktop.ui.context import AppContext, tr
from jw_desktop.update import install, offers

WARNING_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
_WARNED = "_update_warnings_shown"  # on the context: a warning is shown once a session
_TAKEN = "taken:"  # + version: installed in this session, not offered again before a restart


def _scan(folder: Path) -> offers.Scan:
    return offers.scan(folder)


def _take(
    offer: offers.Offer,
    platform: str,
    runner: install.Runner,
    which: install.Which,
    program: Path | None,
) -> install.Installation:
    return install.take(
        offer,
        offers.publisher_key(),
        platform=platform,
        installed=offers.installed_version(),
        runner=runner,
        which=which,
        program=program,
    )


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class UpdateNotice(QWidget):
    """Hidden until a look in the folder finds something to say. runner, which and program
    are the installer's launch, program lookup and the installed program that checks the
    package again as root (tests give their own)."""

    def __init__(
        self,
        ctx: AppContext,
        runner: install.Runner = install.run_installer,
        which: install.Which = shutil.which,
        program: Path | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.runner, self.which = ctx, runner, which
        self.program = program or install.installed_program()
        self.offer: offers.Offer | None = None
        self.looks = 0  # looks answered (a test waits for the next one)
        self.text = _label()
        self.text.setAccessibleName(tr("Melding over een nieuwe versie"))
        self.install_button = QPushButton(tr("Installeren"))
        self.install_button.clicked.connect(self.take_offer)
        self.install_button.hide()
        self.warning = _label()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setAccessibleName(tr("Waarschuwing over een update"))
        self.result = _label()
        self.result.setAccessibleName(tr("Uitkomst van het installeren"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.install_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.result)
        self.setVisible(False)

    def _warned(self) -> set[str]:
        found = getattr(self.ctx, _WARNED, None)
        if not isinstance(found, set):
            found = set()
            setattr(self.ctx, _WARNED, found)
        return found

    def look(self, folder: Path) -> None:
        """Look for updates in folder (after a sync), in the background."""
        self.ctx.read(self, "updates", _scan, folder, on_done=self.show_scan, on_error=self._quiet)

    def _quiet(self, _message: str) -> None:
        """A look that failed (the stick pulled out meanwhile) says nothing: the sync line
        already says whether the folder is there."""

    def show_scan(self, found: offers.Scan) -> None:
        self.looks += 1
        warned = self._warned()
        taken = found.offer is not None and _TAKEN + found.offer.release.version in warned
        self.offer = None if taken else found.offer
        if self.offer is not None:
            self.text.setText(
                tr(
                    "Er staat een nieuwe versie van jw-desktop klaar ({version}). Installeren?"
                ).format(version=self.offer.release.version)
            )
        self.text.setVisible(self.offer is not None)
        self.install_button.setVisible(self.offer is not None)
        self.install_button.setEnabled(True)
        new: list[str] = []
        for passed in found.refused:
            key = f"{passed.path}\n{passed.reason}"
            if key not in warned:
                warned.add(key)
                new.append(
                    tr("Een update in de synchronisatiemap is geweigerd: {file}. {reason}").format(
                        file=passed.path.name, reason=passed.reason
                    )
                )
        if found.off and found.off not in warned:
            warned.add(found.off)
            new.append(found.off)
        if new:
            self.warning.setText("\n".join(new))
            self.warning.setStyleSheet(WARNING_STYLE if found.refused else "")
        self.warning.setVisible(bool(new))
        self.setVisible(self.offer is not None or bool(new) or not self.result.isHidden())

    def take_offer(self) -> None:
        offer, platform = self.offer, offers.this_platform()
        if offer is None:
            return
        if platform is None:
            self._say(tr("Bijwerken kan alleen op Linux en Windows."), ok=False)
            return
        self.install_button.setEnabled(False)
        self._say(tr("Bezig met installeren…"), ok=True)
        self.ctx.run(
            _take,
            offer,
            platform,
            self.runner,
            self.which,
            self.program,
            on_done=self._installed,
            on_error=lambda message: self._say(message, ok=False),
            parent=self,
        )

    def _installed(self, done: install.Installation) -> None:
        if done.status != install.ADMIN_NEEDED:  # the running program is still the old one
            self._warned().add(_TAKEN + done.offer.release.version)
        self.text.hide()
        self.install_button.hide()
        self.offer = None
        self._say(done.message, ok=True)  # the admin's command is an instruction, not an error

    def _say(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(OK_STYLE if ok else WARNING_STYLE)
        self.result.show()
        self.install_button.setEnabled(not ok and self.offer is not None)
        self.show()
