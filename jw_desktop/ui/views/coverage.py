"""Dekking: which competences of the learning line no card and no route covers. Per
kwalificatiedossier its kerntaken and werkprocessen (basisdeel, profieldeel), then the
kerndoelen and the werknemersvaardigheden; for every competence how many cards work on it
and how many students' routes cover it (or, for one chosen student, whether their route
does). A gap is marked in words and in colour; "Alleen gaten" hides the rest. The links of
an employee skill to werkprocessen and kerndoelen are shown with their source in the row's
tooltip. The coverage is read off the UI thread (SchoolStore.coverage); an answer for a
choice the teacher already left is dropped."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.coverage import Coverage, CoverageRow, CoverageSection
from jw_desktop.model.enums import QualificationPart
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.widgets.level_buttons import MIN_TARGET

GAP_COLOUR = "#fde8e4"
COLUMNS = 4
REF, CARDS, ROUTES, GAP = range(COLUMNS)


class CoverageView(QWidget):
    """Leerling and Alleen gaten at the top, the competences as a tree below."""

    TITLE = "Dekking"
    loaded = Signal()  # a requested coverage is shown

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.coverage: Coverage | None = None
        self.student = QComboBox()
        self.student.setAccessibleName(tr("Leerling"))
        self.student.setMinimumHeight(MIN_TARGET)
        self.student.setMinimumContentsLength(18)
        self.gaps_only = QCheckBox(tr("Alleen gaten"))
        self.gaps_only.setMinimumHeight(MIN_TARGET)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Samenvatting van de dekking"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Competenties en hun dekking"))
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([tr("Competentie"), tr("Kaarten"), tr("Leerlingen"), tr("Gat")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setSectionResizeMode(REF, QHeaderView.ResizeMode.Stretch)
        for column in (CARDS, ROUTES, GAP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.student.currentIndexChanged.connect(lambda _i: self.load())
        self.gaps_only.toggled.connect(lambda _on: self._show())
        choose = QHBoxLayout()
        choose.addWidget(QLabel(tr("Routes van:")))
        choose.addWidget(self.student, 1)
        choose.addWidget(self.gaps_only)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the students (keeping the choice) and the coverage."""
        current = self.student_id()
        try:
            students = self.ctx.store.students()
        except JWError as exc:
            show_error(self, exc.message)
            return
        self.student.blockSignals(True)
        self.student.clear()
        self.student.addItem(tr("alle leerlingen"), None)
        for s in students:
            self.student.addItem(s.name, str(s.id))
        index = self.student.findData(str(current)) if current is not None else 0
        self.student.setCurrentIndex(max(index, 0))
        self.student.blockSignals(False)
        self.load()

    def student_id(self) -> uuid.UUID | None:
        value = self.student.currentData()
        return uuid.UUID(value) if value else None

    def load(self) -> None:
        self.summary.setText(tr("Dekking wordt gelezen…"))
        self.ctx.read(
            self,
            "coverage",
            self.ctx.store.coverage,
            self.student_id(),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, coverage: Coverage) -> None:
        self.coverage = coverage
        self._show()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.coverage = None
        self.tree.clear()
        self.summary.setText(message)
        self.loaded.emit()

    # -- showing ----------------------------------------------------------------------------

    def _show(self) -> None:
        coverage = self.coverage
        self.tree.clear()
        if coverage is None:
            return
        if not coverage.sections:
            self.summary.setText(
                tr("Er staan nog geen competenties in de catalogus. Lees een catalogus in.")
            )
            return
        one = coverage.student_id is not None
        self.tree.headerItem().setText(ROUTES, tr("In route") if one else tr("Leerlingen"))
        no_card = sum(len(s.without_card) for s in coverage.sections)
        no_route = sum(len(s.without_route) for s in coverage.sections)
        whose = (
            tr("de route van {name}").format(name=self.student.currentText())
            if one
            else tr("de routes van %n leerling(en)", "", coverage.students)
        )
        counted = tr("{cards}, {routes} in geen route.").format(
            cards=tr("%n competentie(s) zonder kaart", "", no_card), routes=no_route
        )
        self.summary.setText(
            counted + " " + tr("Geteld: de kaarten in de catalogus en {whose}.").format(whose=whose)
        )
        for section in coverage.sections:
            self._section(section, one)
        self.tree.expandAll()

    def _section(self, section: CoverageSection, one: bool) -> None:
        """The section's row (its title and its count of gaps), then per part of the dossier
        (basisdeel, profieldeel of a profile) its competences as a tree."""
        gaps_only = self.gaps_only.isChecked()
        rows = [r for r in section.rows if not gaps_only or _gap(r)]
        top = QTreeWidgetItem(self.tree)
        top.setText(
            REF,
            tr("{title}: {cards} zonder kaart, {routes} in geen route").format(
                title=section.title,
                cards=len(section.without_card),
                routes=len(section.without_route),
            ),
        )
        top.setFirstColumnSpanned(True)
        _bold(top)
        part, group = "", top
        parents: list[QTreeWidgetItem] = []
        for row in rows:
            if row.part_text != part:
                part = row.part_text
                group = top
                if part:
                    group = QTreeWidgetItem(top)
                    group.setText(REF, _part_title(row))
                    group.setFirstColumnSpanned(True)
                    _bold(group)
                parents = []
            depth = 0 if gaps_only else min(row.depth, len(parents))
            item = QTreeWidgetItem(parents[depth - 1] if depth else group)
            self._fill(item, row, one)
            del parents[depth:]
            parents.append(item)

    def _fill(self, item: QTreeWidgetItem, row: CoverageRow, one: bool) -> None:
        item.setText(REF, f"{row.ref}  {row.title}")
        item.setText(CARDS, str(row.cards))
        item.setText(
            ROUTES, (tr("ja") if row.students else tr("nee")) if one else str(row.students)
        )
        gaps = [tr("geen kaart")] if row.no_card else []
        if row.no_route:
            gaps.append(tr("in geen route") if not one else tr("niet in de route"))
        item.setText(GAP, ", ".join(gaps))
        item.setData(REF, Qt.ItemDataRole.UserRole, row.ref)
        tip = [f"{row.ref}  {row.title}"] + ([_part_title(row)] if row.part_text else [])
        tip += [
            tr("Gekoppeld aan {ref} {title} (bron: {source})").format(
                ref=link.ref, title=link.title, source=link.source
            )
            for link in row.links
        ]
        for column in range(COLUMNS):
            item.setToolTip(column, "\n".join(tip))
            if gaps:
                item.setBackground(column, QBrush(QColor(GAP_COLOUR)))

    def item_for(self, ref: str) -> QTreeWidgetItem | None:
        """The row of a competence (for tests and for keyboard users' find)."""
        for item in _items(self.tree):
            if item.data(REF, Qt.ItemDataRole.UserRole) == ref:
                return item
        return None


def _part_title(row: CoverageRow) -> str:
    if row.part == QualificationPart.PROFIELDEEL:
        return tr("Profieldeel {profile}").format(profile=row.profile)
    return tr("Basisdeel")


def _bold(item: QTreeWidgetItem) -> None:
    font = QFont(item.font(REF))
    font.setBold(True)
    item.setFont(REF, font)


def _gap(row: CoverageRow) -> bool:
    return row.no_card or row.no_route


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        out.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    return out
