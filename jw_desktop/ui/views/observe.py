"""Observeren: tick steps and criteria on the one scale with one click or touch per item,
for one student, or quickly for a whole group in the praktijklokaal. The setting (school
or werkplek) is chosen once; 'Ongedaan maken' (Ctrl+Z) withdraws the last tick."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from jw_desktop.model import CardType, JWError, Level, SchoolStore, Setting
from jw_desktop.model.views import ObservationSheet, StudentSummary
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.widgets.level_buttons import (
    LEVEL_KEYS,
    BigButton,
    chain_tab_order,
    level_style,
)
from jw_desktop.ui.widgets.observation_checklist import (
    CardCache,
    CheckGroup,
    CheckItem,
    Checklist,
    ObservationRecorder,
    SelfAssessmentSwitch,
    UndoBar,
    heading,
    latest_levels,
    observable,
)
from jw_desktop.ui.words import level_words

OBSERVABLE_TYPES = (CardType.INSTRUCTIEKAART, CardType.WERKOPDRACHT, CardType.EINDWERKOPDRACHT)


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """A scroll area that only scrolls down: rows wrap instead of running off the side."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def combo_id(combo: QComboBox) -> uuid.UUID | None:
    """Ids are kept as text in combos: Qt would turn other Python values into strings."""
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def select_id(combo: QComboBox, wanted: uuid.UUID | None) -> bool:
    index = combo.findData(str(wanted)) if wanted is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


@dataclass(frozen=True)
class ObserverData:
    """The student list and the chosen student's sheet (None: no students)."""

    students: list[StudentSummary]
    sheet: ObservationSheet | None


def read_observer(store: SchoolStore, wanted: uuid.UUID | None) -> ObserverData:
    """The one-student page's reads in one go (for ctx.run): the wanted student, or the
    first."""
    students = store.find_students("")
    ids = [s.id for s in students]
    chosen = wanted if wanted in ids else (ids[0] if ids else None)
    return ObserverData(students, None if chosen is None else store.observation_sheet(chosen))


class StudentObserver(QWidget):
    """One student: the route's steps and criteria still to practise (or all), each with
    the three level buttons. Ticked rows stay put until another student is chosen.

    The list and the student's sheet are read off the UI thread (ctx.run; on the scale
    school the reads took some 100 ms of the UI thread); only the newest answer is shown,
    and `loaded` fires when it is."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, recorder: ObservationRecorder, cache: CardCache) -> None:
        super().__init__()
        self.ctx, self.cache = ctx, cache
        self.students: dict[uuid.UUID, StudentSummary] = {}
        self.sheet: ObservationSheet | None = None
        self._list_generation = 0  # the newest list read; older answers are dropped
        self._sheet_generation = 0  # the newest sheet read
        self._listing = False  # a list read is on its way
        self.student = QComboBox()
        self.student.setAccessibleName(tr("Leerling"))
        self.student.setMinimumHeight(44)
        self.show_all = QCheckBox(tr("Ook wat al zelfstandig gaat"))
        self.show_all.setMinimumHeight(44)
        self.checklist = Checklist(recorder, batch=6)
        self.checklist.filled.connect(self._filled_in)
        self.self_assessment = SelfAssessmentSwitch(self.checklist)
        self.student.currentIndexChanged.connect(self._student_changed)
        self.show_all.toggled.connect(lambda _on: self._show_sheet())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Leerling:")))
        top.addWidget(self.student, 1)
        top.addWidget(self.show_all)
        top.addWidget(self.self_assessment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(vertical_scroll(self.checklist), 1)
        ctx.student_selected.connect(self.select_student)

    def refresh(self) -> None:
        current = combo_id(self.student)
        if current is None:
            remembered = str(self.ctx.settings.value("laatste_leerling", ""))
            current = uuid.UUID(remembered) if _is_uuid(remembered) else None
        self._list_generation += 1
        self._sheet_generation += 1
        self._listing = True
        lists, sheets = self._list_generation, self._sheet_generation
        self.ctx.run(
            read_observer,
            self.ctx.store,
            current,
            on_done=lambda data: self._filled(lists, sheets, data),
            on_error=lambda message: self._failed(sheets, message),
            parent=self,
        )

    def _filled(self, lists: int, sheets: int, data: ObserverData) -> None:
        if not isValid(self) or lists != self._list_generation:
            return
        self._listing = False
        wanted = combo_id(self.student) or (data.sheet.student_id if data.sheet else None)
        self.students = {s.id: s for s in data.students}
        self.student.blockSignals(True)
        self.student.clear()
        for s in data.students:
            label = f"{s.name} ({s.group})" if s.group else s.name
            self.student.addItem(label, str(s.id))
        select_id(self.student, wanted)
        self.student.blockSignals(False)
        chosen = combo_id(self.student)
        if sheets != self._sheet_generation:
            return  # a newer sheet is on its way
        if data.sheet is not None and data.sheet.student_id != chosen:
            self.load()  # another student was chosen meanwhile
            return
        self.sheet = data.sheet
        self._show_sheet()

    def _failed(self, sheets: int, message: str) -> None:
        if isValid(self) and sheets == self._sheet_generation:
            self._listing = False
            show_error(self, message)
            self.loaded.emit()

    def select_student(self, student_id: object) -> None:
        if isinstance(student_id, uuid.UUID) and student_id != combo_id(self.student):
            select_id(self.student, student_id)

    def next_student(self, step: int) -> None:
        """Ctrl+Down / Ctrl+Up: the next or previous student, without opening the list."""
        count = self.student.count()
        if count:
            self.student.setCurrentIndex(max(0, min(count - 1, self.student.currentIndex() + step)))

    def _student_changed(self, _index: int) -> None:
        self.load()
        student_id = combo_id(self.student)
        if student_id is not None:
            self.ctx.student_selected.emit(student_id)

    def load(self) -> None:
        """Read the chosen student's sheet again (off the UI thread) and show it."""
        student_id = combo_id(self.student)
        if student_id is None:
            if not self._listing:  # else the list read brings the sheet
                self.sheet = None
                self._show_sheet()
            return
        self._sheet_generation += 1
        sheets = self._sheet_generation
        self.ctx.run(
            self.ctx.store.observation_sheet,
            student_id,
            on_done=lambda sheet: self._sheet_read(sheets, sheet),
            on_error=lambda message: self._failed(sheets, message),
            parent=self,
        )

    def _sheet_read(self, sheets: int, sheet: ObservationSheet) -> None:
        if isValid(self) and sheets == self._sheet_generation:
            self.sheet = sheet
            self._show_sheet()

    def _show_sheet(self) -> None:
        """The sheet read last, with or without what already goes independently."""
        sheet = self.sheet
        if sheet is None or sheet.student_id not in self.students:
            self.checklist.show_items(
                None,
                "",
                [],
                {},
                tr(
                    "Er zijn nog geen leerlingen om te observeren. Zodra er leerlingen zijn "
                    "(toegevoegd of binnengekomen met synchronisatie), kies je hier wie je "
                    "observeert."
                ),
            )
            return
        same = sheet.student_id == self.checklist.student_id
        keep = sheet.todo | (set(self.checklist.rows) if same else set())
        groups = []
        for card in sheet.cards:
            items = tuple(
                CheckItem(e.id, e.kind, e.position, e.text)
                for e in card.elements
                if self.show_all.isChecked() or e.id in keep
            )
            if items:
                groups.append(CheckGroup(heading(card.item.code, card.item.title), items))
        empty = (
            tr("Deze leerling heeft nog geen kaarten met stappen of criteria in de leerroute.")
            if not sheet.cards
            else tr(
                "Alles uit de leerroute gaat zelfstandig. Vink ‘{all}’ aan om toch te observeren."
            ).format(all=self.show_all.text())
        )
        name = self.students[sheet.student_id].name
        self.checklist.show_items(
            sheet.student_id, name, groups, sheet.levels, empty, sheet.own_levels
        )

    def _filled_in(self) -> None:
        """Every row is there: the tab order, and the page is loaded."""
        chain_tab_order(
            [self.student, self.show_all, self.self_assessment, *self.checklist.focus_order()]
        )
        self.loaded.emit()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


class GridCell(BigButton):
    """One student x one step or criterion. A click records the level chosen above the
    grid; keys 1, 2, 3 record nog niet, met hulp, zelfstandig directly."""

    def __init__(self, grid: ObservationGrid, student: StudentSummary, item: CheckItem) -> None:
        super().__init__()
        self.grid, self.student, self.item = grid, student, item
        self.level: Level | None = None
        self.setMinimumWidth(110)
        self.clicked.connect(lambda: self.grid.tick(self, self.grid.brush()))
        self.set_level(None)

    def set_level(self, level: Level | None) -> None:
        self.level = level
        label = level_words(level)
        self.setText(level.label if level is not None else "—")
        self.setStyleSheet(level_style(level))
        self.setAccessibleName(f"{self.student.name}, {self.item.what}, {label}")
        self.setToolTip(f"{self.student.name}: {self.item.text}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        level = LEVEL_KEYS.get(Qt.Key(event.key()))
        if level is not None:
            self.grid.tick(self, level)
            event.accept()
            return
        super().keyPressEvent(event)


class ObservationGrid(QWidget):
    """Rows: the students of a group; columns: the card's steps and criteria."""

    def __init__(self, recorder: ObservationRecorder, brush: Callable[[], Level]) -> None:
        super().__init__()
        self.recorder = recorder
        self.brush = brush  # what a click records
        self.cells: dict[tuple[uuid.UUID, uuid.UUID], GridCell] = {}
        self._shape: tuple[tuple[uuid.UUID, ...], tuple[uuid.UUID, ...]] = ((), ())
        self.grid = QGridLayout(self)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.setSpacing(4)

    def show_grid(
        self,
        students: list[StudentSummary],
        items: tuple[CheckItem, ...],
        levels: dict[uuid.UUID, dict[uuid.UUID, Level]],
    ) -> None:
        shape = (tuple(s.id for s in students), tuple(i.element_id for i in items))
        if shape != self._shape:
            self._rebuild(students, items)
            self._shape = shape
        for (student_id, element_id), cell in self.cells.items():
            cell.set_level(levels.get(student_id, {}).get(element_id))

    def _rebuild(self, students: list[StudentSummary], items: tuple[CheckItem, ...]) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells = {}
        for column, item in enumerate(items, start=1):
            header = QLabel(f"{item.what.capitalize()}\n{item.text}")
            header.setWordWrap(True)
            header.setFixedWidth(130)
            header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            header.setStyleSheet("font-size: 9pt;")
            header.setToolTip(item.text)
            self.grid.addWidget(header, 0, column)
        for row, student in enumerate(students, start=1):
            name = QLabel(student.name)
            name.setMinimumWidth(150)
            name.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(name, row, 0)
            for column, item in enumerate(items, start=1):
                cell = GridCell(self, student, item)
                self.cells[(student.id, item.element_id)] = cell
                self.grid.addWidget(cell, row, column)

    def focus_next(self, cell: GridCell, step: int) -> None:
        """Focus the same step or criterion of the next or previous student."""
        students = self._shape[0]
        here = students.index(cell.student.id)
        wanted = students[max(0, min(len(students) - 1, here + step))]
        self.cells[(wanted, cell.item.element_id)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tick(self, cell: GridCell, level: Level) -> None:
        if self.recorder.record(cell.student.id, cell.student.name, cell.item, level, self):
            cell.set_level(level)


class GroupObserver(QWidget):
    """A whole group on one card: choose the group and the card (from the group's routes
    or by searching), choose the level once, then one click per student and item."""

    def __init__(self, ctx: AppContext, recorder: ObservationRecorder, cache: CardCache) -> None:
        super().__init__()
        self.ctx, self.cache = ctx, cache
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Groep"))
        self.group.setMinimumHeight(44)
        self.card = QComboBox()
        self.card.setAccessibleName(tr("Kaart"))
        self.card.setMinimumHeight(44)
        self.card.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.card.setMinimumContentsLength(24)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(tr("Andere kaart zoeken…"))
        self.search_field.setAccessibleName(tr("Andere kaart zoeken"))
        self.search_field.setMinimumHeight(44)
        self.search_field.returnPressed.connect(self.search)
        self.levels = QButtonGroup(self)
        brush = QHBoxLayout()
        brush.addWidget(QLabel(tr("Een klik legt vast:")))
        for level in Level:
            button = BigButton(level.label)
            button.setCheckable(True)
            button.setAccessibleName(tr("Een klik legt vast: {level}").format(level=level.label))
            self.levels.addButton(button, int(level))
            brush.addWidget(button)
        self.levels.button(int(Level.INDEPENDENT)).setChecked(True)
        brush.addStretch(1)
        self.grid = ObservationGrid(recorder, self.brush)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.group.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.card.currentIndexChanged.connect(lambda _i: self.load())
        choose = QHBoxLayout()
        choose.addWidget(QLabel(tr("Groep:")))
        choose.addWidget(self.group)
        choose.addWidget(QLabel(tr("Kaart:")))
        choose.addWidget(self.card, 1)
        choose.addWidget(self.search_field)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(brush)
        layout.addWidget(self.message)
        layout.addWidget(area, 1)

    def brush(self) -> Level:
        return Level(self.levels.checkedId())

    def refresh(self) -> None:
        current = combo_id(self.group)
        self.group.blockSignals(True)
        self.group.clear()
        for group_id, name in self.ctx.store.groups():
            self.group.addItem(name, str(group_id))
        select_id(self.group, current)
        self.group.blockSignals(False)
        if combo_id(self.card) is None or current != combo_id(self.group):
            self._group_changed()
        else:
            self.load()

    def students(self) -> list[StudentSummary]:
        group_id = combo_id(self.group)
        return [] if group_id is None else self.ctx.store.students(group_id)

    def _group_changed(self) -> None:
        """Offer the cards in the group's routes, the most shared first."""
        counts: Counter[tuple[uuid.UUID, str, str]] = Counter()
        try:
            for student in self.students():
                for entry in self.ctx.store.route(student.id).items:
                    if entry.card_type in OBSERVABLE_TYPES:
                        counts[(entry.card_id, entry.code, entry.title)] += 1
        except JWError as exc:
            show_error(self, exc.message)
            return
        self.card.blockSignals(True)
        self.card.clear()
        for (card_id, code, title), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1])):
            self.card.addItem(
                tr("{code} {title} ({n} in route)").format(code=code, title=title, n=n),
                str(card_id),
            )
        self.card.blockSignals(False)
        self.load()

    def search(self) -> None:
        """Put matching cards with steps or criteria on top of the card list."""
        try:
            hits = [
                h
                for h in self.ctx.store.search_cards(self.search_field.text(), limit=30)
                if h.card_type in OBSERVABLE_TYPES
            ]
        except JWError as exc:
            show_error(self, exc.message)
            return
        if not hits:
            self.message.setText(tr("Geen kaart met stappen of criteria gevonden."))
            return
        self.card.blockSignals(True)
        for hit in reversed(hits):
            index = self.card.findData(str(hit.id))
            if index >= 0:
                self.card.removeItem(index)
            self.card.insertItem(0, f"{hit.code} {hit.title}", str(hit.id))
        self.card.setCurrentIndex(0)
        self.card.blockSignals(False)
        self.load()

    def load(self) -> None:
        card_id = combo_id(self.card)
        students = self.students()
        if card_id is None or not students:
            if self.group.count() == 0:
                text = tr(
                    "Er zijn nog geen groepen. Observeer per leerling met ‘Eén leerling’, "
                    "of deel de leerlingen eerst in een groep in."
                )
            elif not students:
                text = tr("Deze groep heeft geen leerlingen. Kies een andere groep.")
            else:
                text = tr(
                    "In de leerroutes van deze groep staat nog geen kaart met stappen of "
                    "criteria. Zoek hierboven een kaart om toch te observeren."
                )
            self.message.setText(text)
            self.grid.show_grid([], (), {})
            return
        try:
            card = self.cache.get(card_id)
            levels = {s.id: latest_levels(self.ctx.store, s.id) for s in students}
        except JWError as exc:
            show_error(self, exc.message)
            return
        self.message.setText(f"{card.code} {card.title}")
        self.grid.show_grid(students, observable(card), levels)


class ObserveView(QWidget):
    """The teacher's observation screen: 'Eén leerling' or 'Hele groep'. `loaded` fires
    when a refresh is shown (the one-student page reads in the background)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cache = CardCache(ctx.store)
        self.recorder = ObservationRecorder(ctx, Setting.SCHOOL, self)
        self.one = BigButton(tr("Eén leerling"))
        self.all = BigButton(tr("Hele groep"))
        self.mode = QButtonGroup(self)
        for n, button in enumerate((self.one, self.all)):
            button.setCheckable(True)
            self.mode.addButton(button, n)
        self.one.setChecked(True)
        self.setting = QComboBox()
        self.setting.setAccessibleName(tr("Waar geobserveerd"))
        self.setting.setMinimumHeight(44)
        self.setting.addItem(tr("Op school"), Setting.SCHOOL.value)
        self.setting.addItem(tr("Op de werkplek"), Setting.WORKPLACE.value)
        self.setting.currentIndexChanged.connect(
            lambda _i: setattr(self.recorder, "setting", Setting(self.setting.currentData()))
        )
        self.student_mode = StudentObserver(ctx, self.recorder, self.cache)
        self.student_mode.loaded.connect(self.loaded)
        self.group_mode = GroupObserver(ctx, self.recorder, self.cache)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.student_mode)
        self.pages.addWidget(self.group_mode)
        self.mode.idClicked.connect(self._mode_changed)
        self.undo = UndoBar(self.recorder)
        self.undo.undone.connect(lambda _tick: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.one)
        top.addWidget(self.all)
        top.addStretch(1)
        top.addWidget(QLabel(tr("Waar:")))
        top.addWidget(self.setting)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.undo)
        for keys, step in ((("Ctrl+Down", "Alt+N"), 1), (("Ctrl+Up", "Alt+V"), -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: self.next_student(step))

    def next_student(self, step: int) -> None:
        """One student on: the next in the list (Eén leerling), or the same step of the
        next student in the grid (Hele groep)."""
        if self.pages.currentWidget() is self.student_mode:
            self.student_mode.next_student(step)
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, GridCell):
            self.group_mode.grid.focus_next(focus, step)

    def _mode_changed(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        self.refresh()

    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, StudentObserver):
            page.refresh()
        elif isinstance(page, GroupObserver):
            page.refresh()
            self.loaded.emit()
