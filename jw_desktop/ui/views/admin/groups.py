"""Beheer > Groepen: the school's groups (klassen) and adding one with its phase and mentor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import Role
from jw_desktop.ui.context import AppContext, tr

from .common import Feedback, combo, empty_note, fill, table


class GroupsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.groups = table([tr("Groep")], tr("Groepen"))
        self.no_groups = empty_note(
            tr("Nog geen groepen. Voeg hieronder de eerste groep (klas) toe.")
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Naam van de groep"))
        self.phase = QSpinBox()
        self.phase.setRange(1, 6)
        self.phase.setAccessibleName(tr("Fase"))
        self.mentor = combo(tr("Mentor"))
        self.add_button = QPushButton(tr("Groep toevoegen"))
        self.add_button.clicked.connect(self.add)
        box = QGroupBox(tr("Nieuwe groep"))
        form = QFormLayout(box)
        form.addRow(tr("Naam"), self.name)
        form.addRow(tr("Fase (1-6)"), self.phase)
        form.addRow(tr("Mentor"), self.mentor)
        form.addRow("", self.add_button)
        self.feedback = Feedback()
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.no_groups)
        layout.addWidget(box)
        layout.addWidget(self.feedback)

    def refresh(self) -> None:
        groups = self.ctx.store.groups()
        fill(self.groups, [(gid, [name]) for gid, name in groups])
        self.groups.setVisible(bool(groups))
        self.no_groups.setVisible(not groups)
        self.mentor.clear()
        self.mentor.addItem(tr("(geen mentor)"), None)
        for member in self.ctx.store.staff(Role.TEACHER):
            self.mentor.addItem(member.name, member.id)
            self.mentor.setItemData(
                self.mentor.count() - 1, member.name, Qt.ItemDataRole.ToolTipRole
            )

    def add(self) -> None:
        name = self.name.text()
        added = self.ctx.act(
            self.ctx.store.add_group,
            name,
            self.phase.value(),
            self.mentor.currentData(),
            parent=self,
            report=self.feedback.error,
        )
        if not added:
            return
        self.name.clear()
        self.refresh()
        self.feedback.ok(tr("Groep {name} is toegevoegd.").format(name=name.strip()))
