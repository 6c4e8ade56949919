"""Beheer > Over: the version, where the data is, the counts, and what support asks first
(versions of the parts, schema revision, device id) under 'Details voor ondersteuning'."""

from __future__ import annotations

import platform
from datetime import datetime

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jw_desktop import __version__
from jw_desktop.model import JWError
from jw_desktop.model.database import HEAD_REVISION
from jw_desktop.model.wording import moment_text, number_text
from jw_desktop.ui.context import AppContext, tr

from .common import ElidedLabel, fill, table, wrapping
from .details import SupportDetails


def revision_number(revision: str) -> str:
    """'0005_refusals' -> '5': the database version as a plain number."""
    head = revision.partition("_")[0]
    return str(int(head)) if head.isdigit() else revision


class AboutTab(QWidget):
    """Versions, where the data is and counts: what support asks first."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        for key, label in (
            ("version", tr("jw-desktop")),
            ("path", tr("Gegevens")),
            ("schema", tr("Database")),
            ("backups", tr("Reservekopieën")),
            ("device", tr("Apparaat")),
        ):
            value = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle) if key == "path" else wrapping()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.labels[key] = label
            self.form.addRow(label, value)
        self.counts = table([tr("Wat"), tr("Aantal")], tr("Aantallen"))
        self.details = SupportDetails()
        self.copy_button = QPushButton(tr("Gegevens kopiëren (voor de helpdesk)"))
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.copy_button)

    def refresh(self) -> None:
        store = self.ctx.store
        info = store.info()
        from jw_desktop.sync import session

        try:
            device = session.identity(store).public()
            device_text, device_id = device.name, device.device_id
            fingerprint = device.fingerprint()
        except JWError as exc:
            device_text, device_id, fingerprint = exc.message, "", ""
        schema = tr("Databaseversie {n}").format(n=revision_number(info.revision))
        if info.revision != HEAD_REVISION:
            schema += " " + tr("(deze versie van jw-desktop verwacht versie {head})").format(
                head=revision_number(HEAD_REVISION)
            )
        backups = len(info.backups)
        values = {
            "version": tr("versie {version}").format(version=__version__),
            "path": str(info.path),
            "schema": schema,
            "backups": tr("%n reservekopie(ën)", "", backups),
            "device": device_text,
        }
        for key, value in values.items():
            field = self.fields[key]
            if isinstance(field, ElidedLabel):
                field.set_full_text(value)  # a long path: shortened in the middle
            else:
                field.setText(value)
        fill(self.counts, [(k, [k, number_text(v, 0)]) for k, v in info.counts.items()])
        self.details.set_lines(
            [
                tr("Schemarevisie: {revision}").format(revision=info.revision),
                tr("Apparaat-id: {id}").format(id=device_id),
                tr("Vingerafdruk: {fingerprint}").format(fingerprint=fingerprint),
                f"Qt: {qVersion()}",
                f"PySide6: {PySide6.__version__}",
                f"Python: {platform.python_version()}",
                tr("Systeem: {system}").format(system=platform.platform()),
            ]
        )

    def text(self) -> str:
        """All of it as plain text for the helpdesk, the details included."""
        lines = [
            f"{self.labels[k]}: {w.full if isinstance(w, ElidedLabel) else w.text()}"
            for k, w in self.fields.items()
        ]
        lines += self.details.lines()
        for row in range(self.counts.rowCount()):
            name, count = self.counts.item(row, 0), self.counts.item(row, 1)
            if name is not None and count is not None:
                lines.append(f"{name.text()}: {count.text()}")
        lines.append(moment_text(datetime.now().astimezone()))
        return "\n".join(lines)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
