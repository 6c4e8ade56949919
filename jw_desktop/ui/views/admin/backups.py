"""Beheer > Reservekopieën: make a backup now, list them, and restore one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.database import BackupInfo, list_backups, restore_backup, verify_backup
from jw_desktop.model.wording import moment_text, size_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.widgets.sync_status import SyncController

from .common import Feedback, empty_note, fill, selected_key, short_name, table, wrapping


def quit_application() -> None:
    QApplication.closeAllWindows()
    QApplication.quit()


def kind_text(reason: str) -> str:
    return {
        "dagelijks": tr("dagelijks"),
        "handmatig": tr("met de hand"),
        "voor-upgrade": tr("voor een update"),
        "voor-herstel": tr("voor het terugzetten"),
    }.get(reason, reason)


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
        # a long file name is shortened in the middle (its date stays readable)
        self.backup_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.backup_list.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_backups = empty_note(
            tr("Nog geen reservekopieën. Maak er nu een, of start jw-desktop morgen opnieuw.")
        )
        self.restore_button = QPushButton(tr("Gekozen reservekopie terugzetten…"))
        self.restore_button.clicked.connect(self.restore)
        self.feedback = Feedback()
        info = wrapping(
            tr(
                "Elke dag wordt bij het starten vanzelf een reservekopie gemaakt. Ze staan in "
                "de map 'backups' naast de gegevens."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.no_backups)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        self.backups = list_backups(self.ctx.store.path)
        rows = [
            (
                str(b.path),
                [moment_text(b.made_at), kind_text(b.reason), size_text(b.size), b.path.name],
            )
            for b in self.backups
        ]
        fill(self.backup_list, rows)
        self.backup_list.setVisible(bool(rows))
        self.no_backups.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))

    def make_backup(self) -> None:
        self.backup_button.setEnabled(False)
        self.feedback.ok(tr("De reservekopie wordt gemaakt…"))

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.feedback.ok(tr("Reservekopie gemaakt: {name}").format(name=short_name(path)))
            self.feedback.setToolTip(str(path))

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
        made = next((b.made_at for b in self.backups if b.path == backup), None)
        when = moment_text(made) if made else short_name(backup)
        if not ask.confirm(
            self,
            tr("Reservekopie terugzetten"),
            tr(
                "De gegevens van {when} terugzetten?\n\nWat nu op deze computer staat wordt "
                "eerst zelf als reservekopie bewaard. Wijzigingen van na {when} die nog niet "
                "gesynchroniseerd zijn, staan daarna alleen in die reservekopie.\n\n"
                "jw-desktop sluit na het terugzetten af; start het daarna opnieuw."
            ).format(when=when),
            yes=tr("Terugzetten en afsluiten"),
            no=tr("Annuleren"),
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
