"""Ticking steps and criteria: a recorder that remembers what this screen recorded (so
'Ongedaan maken' withdraws exactly that, newest first), a checklist of rows with the three
level buttons, and the undo bar. Shared by Observeren and the jobcoach view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from jw_desktop.model import ElementKind, Level, SchoolStore, Setting
from jw_desktop.model.enums import OBSERVABLE_KINDS
from jw_desktop.model.views import CardDetail, RouteItemView

from ..context import AppContext, tr
from ..words import level_words
from .level_buttons import BigButton, LevelButtons


@dataclass(frozen=True)
class CheckItem:
    """One observable step or criterion, as a row shows it."""

    element_id: uuid.UUID
    kind: ElementKind
    position: int
    text: str

    @property
    def what(self) -> str:
        return f"{self.kind.value} {self.position}"


@dataclass(frozen=True)
class CheckGroup:
    """The rows of one card, under a heading."""

    heading: str
    items: tuple[CheckItem, ...]


@dataclass(frozen=True)
class Tick:
    observation_id: uuid.UUID
    student_id: uuid.UUID
    element_id: uuid.UUID
    description: str


class CardCache:
    """A published card version never changes, so a screen reads each one once."""

    def __init__(self, store: SchoolStore) -> None:
        self.store = store
        self.cards: dict[tuple[uuid.UUID, int], CardDetail] = {}

    def get(self, card_id: uuid.UUID, version: int | None = None) -> CardDetail:
        if version is not None and (card_id, version) in self.cards:
            return self.cards[(card_id, version)]
        card = self.store.card(card_id, version)
        self.cards[(card_id, card.version)] = card
        return card


def observable(card: CardDetail) -> tuple[CheckItem, ...]:
    return tuple(
        CheckItem(e.id, e.kind, e.position, e.text)
        for e in card.elements
        if e.kind in OBSERVABLE_KINDS
    )


def heading(code: str, title: str) -> str:
    return f"{code} — {title}"


def route_groups(cache: CardCache, student_id: uuid.UUID) -> list[tuple[RouteItemView, CheckGroup]]:
    """The student's route in order, each card with its steps and criteria (cards with
    nothing to observe, like a leskaart, are left out)."""
    found = []
    for entry in cache.store.route(student_id).items:
        items = observable(cache.get(entry.card_id, entry.version))
        if items:
            found.append((entry, CheckGroup(heading(entry.code, entry.title), items)))
    return found


def latest_levels(store: SchoolStore, student_id: uuid.UUID) -> dict[uuid.UUID, Level]:
    """element id -> the level of the latest staff observation (the list is newest first;
    self-assessments are shown elsewhere, never as the staff's level)."""
    levels: dict[uuid.UUID, Level] = {}
    for obs in store.observations(student_id):
        if not obs.self_assessment:
            levels.setdefault(obs.element_id, obs.level)
    return levels


class ObservationRecorder(QObject):
    """Records observations in one setting and keeps this screen's ticks for undo."""

    changed = Signal(str)  # a Dutch line saying what just happened

    def __init__(self, ctx: AppContext, setting: Setting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setting = setting
        self.ticks: list[Tick] = []

    def record(
        self,
        student_id: uuid.UUID,
        student_name: str,
        item: CheckItem,
        level: Level,
        parent: QWidget | None = None,
        self_assessment: bool = False,
    ) -> bool:
        """self_assessment: what the student says of themself, recorded with the student
        (shown beside the staff's level, never counted as mastery)."""
        store, setting = self.ctx.store, self.setting
        outcome = self.ctx.act(
            lambda: store.record_observation(
                student_id, item.element_id, level, setting=setting, self_assessment=self_assessment
            ),
            parent=parent,
        )
        if not outcome:
            return False
        obs_id = outcome.value
        what = f"{student_name}, {item.what}: {level.label}"
        if self_assessment:
            what = tr("{what} (zegt de leerling zelf)").format(what=what)
        self.ticks.append(Tick(obs_id, student_id, item.element_id, what))
        self.changed.emit(tr("Vastgelegd: {what}").format(what=what))
        return True

    def undo(self, parent: QWidget | None = None) -> Tick | None:
        """Withdraw the newest tick of this screen; None when there is nothing to undo or
        the library refused (its message is shown)."""
        if not self.ticks:
            return None
        tick = self.ticks.pop()
        done = self.ctx.act(self.ctx.store.withdraw_observation, tick.observation_id, parent=parent)
        self.changed.emit(
            tr("Ongedaan gemaakt: {what}").format(what=tick.description) if done else ""
        )
        return tick if done else None

    def forget(self) -> None:
        self.ticks.clear()
        self.changed.emit("")


class UndoBar(QWidget):
    """What was just recorded, and 'Ongedaan maken' (also Ctrl+Z) for the last tick."""

    undone = Signal(object)  # Tick

    def __init__(self, recorder: ObservationRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Laatste actie"))
        self.button = BigButton(tr("Ongedaan maken"))
        self.button.setToolTip(tr("Trekt de laatste observatie van dit scherm in (Ctrl+Z)"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.undo)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        recorder.changed.connect(self._changed)

    def undo(self) -> None:
        tick = self.recorder.undo(self)
        if tick is not None:
            self.undone.emit(tick)

    def _changed(self, message: str) -> None:
        self.message.setText(message)
        self.button.setEnabled(bool(self.recorder.ticks))


class ChecklistRow(QWidget):
    """One step or criterion: its text, the level now, and the three buttons."""

    chosen = Signal(object, object)  # CheckItem, Level

    def __init__(self, who: str, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.staff_level: Level | None = None
        self.own: Level | None = None
        self.self_mode = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(120)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("font-size: 12pt;")
        self.buttons = LevelButtons(who, item.what)
        self.buttons.chosen.connect(lambda level: self.chosen.emit(self.item, level))
        # A click on the step's text puts the keyboard on its buttons, so 1 / 2 / 3 tick it
        # right away (the text is where a teacher reads and clicks first).
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.text.setFocusProxy(self.buttons.buttons[Level.NOT_YET])
        self.text.setToolTip(tr("Klik hier en druk 1, 2 of 3 om het niveau vast te leggen."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.set_level(None)

    @property
    def level(self) -> Level | None:
        return self.buttons.level

    def set_level(self, level: Level | None) -> None:
        self.staff_level = level
        self._show()

    def set_own(self, level: Level | None) -> None:
        """The student's own latest self-assessment, shown beside the staff's level."""
        self.own = level
        self._show()

    def set_self_mode(self, on: bool) -> None:
        """In self mode the buttons show (and record) what the student says."""
        self.self_mode = on
        self._show()

    def _show(self) -> None:
        staff = self.staff_level
        now = level_words(staff)
        line = tr("Nu: {level}").format(level=now)
        if self.own is not None or self.self_mode:
            own = self.own.label if self.own is not None else tr("nog niets gezegd")
            line += "   ·   " + tr("Zelf: {level}").format(level=own)
        self.text.setText(f"{self.item.what.capitalize()}: {self.item.text}\n{line}")
        self.buttons.set_level(self.own if self.self_mode else self.staff_level)


class Checklist(QWidget):
    """Rows grouped per card for one student. Rows are kept (and keep focus) when the
    same student is shown again, so a refresh after a tick never moves the buttons.

    With a batch, at most that many new rows and headings are made per turn of the event
    loop (the rest on zero-timer ticks), so a long route never holds the UI thread: on
    the scale school, making and showing 28 rows at once took some 60 ms. `filled` fires
    when every row of the latest show_items is there (at once when nothing is left)."""

    filled = Signal()
    new_student = Signal()  # another student is shown (a self-assessment switch resets)

    def __init__(
        self, recorder: ObservationRecorder, parent: QWidget | None = None, batch: int = 0
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.batch = batch  # 0: everything at once
        self.student_id: uuid.UUID | None = None
        self.student_name = ""
        self.rows: dict[uuid.UUID, ChecklistRow] = {}
        self._headings: list[QLabel] = []
        self._pending: list[str | CheckItem] = []  # headings and items still to place
        self._levels: dict[uuid.UUID, Level] = {}
        self._own: dict[uuid.UUID, Level] = {}
        self.self_mode = False  # the buttons record what the student says of themself
        self._empty_text = ""
        self._fill_generation = 0
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)

    def show_items(
        self,
        student_id: uuid.UUID | None,
        student_name: str,
        groups: list[CheckGroup],
        levels: dict[uuid.UUID, Level],
        empty_text: str = "",
        own_levels: dict[uuid.UUID, Level] | None = None,
    ) -> None:
        """own_levels: the student's own self-assessments, shown beside the levels."""
        if student_id != self.student_id:
            self.clear()
            self.new_student.emit()
        self._own = dict(own_levels or {})
        self.student_id, self.student_name = student_id, student_name
        while self.layout_.count():
            self.layout_.takeAt(0)
        for label in self._headings:
            label.hide()
            label.deleteLater()
        self._headings = []
        wanted = {item.element_id for group in groups for item in group.items}
        for element_id in set(self.rows) - wanted:
            gone = self.rows.pop(element_id)
            gone.hide()
            gone.deleteLater()
        self.empty.hide()
        self._pending = []
        for group in groups:
            self._pending += [group.heading, *group.items]
        self._levels, self._empty_text = levels, empty_text
        self._fill_generation += 1
        self._fill(self._fill_generation)

    def _fill(self, generation: int) -> None:
        if generation != self._fill_generation or not isValid(self):
            return  # a newer show_items took over
        made = 0
        while self._pending and (not self.batch or made < self.batch):
            part = self._pending.pop(0)
            if isinstance(part, str):
                heading = QLabel(part)
                heading.setWordWrap(True)
                heading.setStyleSheet("font-weight: bold; font-size: 13pt; margin-top: 8px;")
                self._headings.append(heading)
                self.layout_.addWidget(heading)
                made += 1
                continue
            row = self.rows.get(part.element_id)
            if row is None:
                row, made = self._new_row(part), made + 1
            row.own, row.self_mode = self._own.get(part.element_id), self.self_mode
            row.set_level(self._levels.get(part.element_id))
            self.layout_.addWidget(row)
            row.show()
        if self._pending:
            QTimer.singleShot(0, lambda: self._fill(generation))
            return
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not self.rows and bool(self._empty_text))
        self.layout_.addWidget(self.empty)
        self.filled.emit()

    def focus_order(self) -> list[QWidget]:
        """The level buttons, row by row, as they are shown."""
        order: list[QWidget] = []
        for n in range(self.layout_.count()):
            item = self.layout_.itemAt(n)
            row = item.widget() if item is not None else None
            if isinstance(row, ChecklistRow):
                order += list(row.buttons.buttons.values())
        return order

    def clear(self) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}

    def _new_row(self, item: CheckItem) -> ChecklistRow:
        row = ChecklistRow(self.student_name, item, self)
        row.chosen.connect(self._record)
        self.rows[item.element_id] = row
        return row

    def set_self_mode(self, on: bool) -> None:
        self.self_mode = on
        for row in self.rows.values():
            row.set_self_mode(on)

    def _record(self, item: CheckItem, level: Level) -> None:
        if self.student_id is None:
            return
        own = self.self_mode
        if self.recorder.record(self.student_id, self.student_name, item, level, self, own):
            row = self.rows.get(item.element_id)
            if own:
                self._own[item.element_id] = level
                if row is not None:
                    row.set_own(level)
            elif row is not None:
                row.set_level(level)


class SelfAssessmentSwitch(BigButton):
    """'Zelfbeoordeling': with the student beside you, the level buttons record what the
    student says of themself; the staff's level stays as it was. Off by default and
    after every change of student, so nobody records a self-assessment by mistake."""

    def __init__(self, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(tr("Zelfbeoordeling"), parent)
        self.checklist = checklist
        self.setCheckable(True)
        self.setAccessibleName(tr("Zelfbeoordeling van de leerling vastleggen"))
        self.setToolTip(
            tr(
                "Met de leerling erbij: de knoppen leggen vast wat de leerling zelf zegt "
                "('Zelf: met hulp'). Dat staat naast jouw niveau en telt nooit mee als "
                "bewijs."
            )
        )
        self.toggled.connect(checklist.set_self_mode)
        self.toggled.connect(self._say)
        checklist.new_student.connect(lambda: self.setChecked(False))

    def _say(self, on: bool) -> None:
        """The switch says what the buttons record now (not its colour alone)."""
        self.setText(tr("Zelfbeoordeling: aan") if on else tr("Zelfbeoordeling"))
