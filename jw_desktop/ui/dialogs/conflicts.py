"""Conflicts after a sync: two people changed the same field while apart. The teacher sees
both values side by side and keeps the current one or puts the lost one back."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError, Role
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs import ask


def _table_names() -> dict[str, str]:
    return {
        "route_item": tr("Onderdeel van de leerroute"),
        "route": tr("Leerroute"),
        "student": tr("Leerling"),
        "staff": tr("Medewerker"),
        "school_group": tr("Groep"),
        "company": tr("Leerbedrijf"),
        "placement": tr("Stage"),
        "workplace_supervisor": tr("Praktijkbegeleider"),
        "note": tr("Notitie"),
        "school": tr("School"),
    }


def _column_names() -> dict[str, str]:
    return {
        "*": tr("hele record"),
        "status": tr("status"),
        "deleted": tr("verwijderd"),
        "order_key": tr("volgorde"),
        "first_name": tr("voornaam"),
        "last_name": tr("achternaam"),
        "name": tr("naam"),
        "email": tr("e-mailadres"),
        "phase": tr("fase"),
        "group_id": tr("groep"),
        "contact_id": tr("vaste contactpersoon"),
        "target_credential_id": tr("doel (kwalificatie)"),
        "card_version": tr("kaartversie"),
        "start_on": tr("begindatum"),
        "end_on": tr("einddatum"),
        "hours_required": tr("vereiste uren"),
        "days_per_week": tr("dagen per week"),
        "jobcoach_id": tr("jobcoach"),
        "city": tr("plaats"),
        "phone": tr("telefoon"),
    }


def show_value(value: Any) -> str:
    """A stored value in words a teacher reads."""
    if value is None or value == "":
        return tr("(leeg)")
    if isinstance(value, dict):
        return tr("het hele record (%n veld(en))", "", len(value))
    if isinstance(value, bool):
        return tr("ja") if value else tr("nee")
    return str(value)


class ConflictsDialog(QDialog):
    """store.conflicts() in a table; resolving a row takes it off the list."""

    COLUMNS = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Conflicten na synchroniseren"))
        self.resize(900, 420)
        self.ids: list[str] = []
        intro = QLabel(
            tr(
                "Op twee plaatsen is hetzelfde gegeven tegelijk veranderd. De huidige waarde "
                "is de laatst gemaakte wijziging; de verloren waarde is bewaard. Kies per "
                "regel welke blijft. Je keuze gaat bij de volgende synchronisatie naar de "
                "andere apparaten."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("Gegeven"), tr("Veld"), tr("Huidige waarde"), tr("Verloren waarde"), tr("Soort")]
        )
        self.table.setAccessibleName(tr("Open conflicten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (1, 4):  # field and kind are short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.empty = QLabel(tr("Er zijn geen open conflicten."))
        self.keep_current = QPushButton(tr("Huidige waarde houden"))
        self.keep_losing = QPushButton(tr("Verloren waarde terugzetten"))
        self.merge = QPushButton(tr("Samenvoegen…"))
        self.merge.setToolTip(tr("Voor tekst: maak van beide waarden één nieuwe tekst"))
        self.merge.clicked.connect(self.merge_texts)
        self.close_button = QPushButton(tr("Sluiten"))
        self.keep_current.clicked.connect(lambda: self.resolve(keep_losing=False))
        self.keep_losing.clicked.connect(lambda: self.resolve(keep_losing=True))
        self.close_button.clicked.connect(self.accept)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_current)
        buttons.addWidget(self.keep_losing)
        buttons.addWidget(self.merge)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        user = ctx.user
        self.may_resolve = user is None or user.role != Role.JOBCOACH
        if not self.may_resolve:
            self.note.setText(tr("Alleen docenten en beheerders kunnen conflicten oplossen."))
        self.reload()

    def reload(self) -> None:
        try:
            found = self.ctx.store.conflicts()
        except JWError as exc:
            self.note.setText(exc.message)
            found = []
        tables, columns = _table_names(), _column_names()
        self.table.setRowCount(len(found))
        self.ids = [c.id for c in found]
        self.found = found
        names: dict[str, str] = {}
        for row, c in enumerate(found):
            kind = (
                tr("verwijderd terwijl bewerkt")
                if c.kind == "verwijderd"
                else tr("tegelijk bewerkt")
            )
            cells = [
                self._record(c.tbl, c.pk, c.partition, tables, names),
                columns.get(c.col, c.col),
                show_value(c.current_value),
                show_value(c.losing_value),
                kind,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _record(
        self, tbl: str, pk: str, partition: str, tables: dict[str, str], names: dict[str, str]
    ) -> str:
        """'Onderdeel van de leerroute — GR-LK-1 Water geven (Jerome Baptiste)'."""
        what = tables.get(tbl, tbl)
        if "/student/" not in partition:
            return what
        hex_id = partition.rsplit("/", 1)[1]
        try:
            student_id = uuid.UUID(hex_id)
            if hex_id not in names:
                names[hex_id] = self.ctx.store.student(student_id).name
            detail = ""
            if tbl == "route_item":
                items = self.ctx.store.route(student_id).items
                card = next((i for i in items if i.id.hex == pk), None)
                if card is not None:
                    detail = f" — {card.code} {card.title}"
        except (JWError, ValueError):
            return what
        return f"{what}{detail} ({names[hex_id]})"

    def selected_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return None
        return self.ids[min(rows)]

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None and self.may_resolve
        self.keep_current.setEnabled(chosen)
        self.keep_losing.setEnabled(chosen)
        conflict = self._selected()
        self.merge.setEnabled(chosen and conflict is not None and conflict.mergeable)

    def _selected(self) -> Any:
        chosen = self.selected_id()
        return next((c for c in self.found if c.id == chosen), None)

    def merge_texts(self) -> None:
        """Both texts in one editable field; what the teacher saves becomes the value."""
        conflict = self._selected()
        if conflict is None:
            return
        text = ask.ask_text(
            self,
            tr("Samenvoegen"),
            tr("Maak van beide teksten één tekst:"),
            f"{conflict.current_value}\n{conflict.losing_value}",
            multiline=True,
            ok=tr("Opslaan"),
        )
        if text is None:
            return
        done = self.ctx.act(
            lambda: self.ctx.store.resolve_conflict(conflict.id, merged=text),
            parent=self,
        )
        if done:
            self.note.setText(tr("De samengevoegde tekst is opgeslagen."))
        self.reload()

    def resolve(self, *, keep_losing: bool) -> None:
        conflict_id = self.selected_id()
        if conflict_id is None:
            return

        done = self.ctx.act(
            lambda: self.ctx.store.resolve_conflict(conflict_id, keep_losing=keep_losing),
            parent=self,
        )
        if done:
            self.note.setText(
                tr("De verloren waarde is teruggezet.")
                if keep_losing
                else tr("De huidige waarde blijft.")
            )
        self.reload()
