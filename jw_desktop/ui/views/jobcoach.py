"""Mijn leerlingen: the jobcoach's simple screen at the workplace. Only the students the
coach supervises; for the chosen one today's task with its checklist (ticked as werkplek),
hours and a short work note. Large targets, fully keyboard operable, fits 1024 x 600."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError, NoteCategory, Setting
from jw_desktop.model.overview import todays_task
from jw_desktop.model.views import RouteItemView, StudentSummary
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.views.student_onward import sharing_label, show_sharing
from jw_desktop.ui.views.student_view import StudentViewWindow, open_student_view
from jw_desktop.ui.views.student_voice import ReflectionEntry
from jw_desktop.ui.widgets.card_viewer import CardWindow
from jw_desktop.ui.widgets.hours_entry import HoursEntry
from jw_desktop.ui.widgets.level_buttons import MIN_TARGET, BigButton, chain_tab_order
from jw_desktop.ui.widgets.observation_checklist import (
    CardCache,
    CheckGroup,
    Checklist,
    ObservationRecorder,
    SelfAssessmentSwitch,
    UndoBar,
    heading,
    latest_levels,
    observable,
)

LIST_WIDTH = 210


def no_students_text() -> str:
    return tr(
        "Hier staan de leerlingen die jij begeleidt op hun werkplek. Er is nog niemand aan "
        "jou gekoppeld. Vraag de school om je als jobcoach bij een stage in te vullen; "
        "na de volgende synchronisatie zie je je leerlingen hier."
    )


def section(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    label.setFont(font)
    return label


class StudentButtons(QScrollArea):
    """The coach's students as big buttons, one under the other."""

    def __init__(self, choose: Callable[[uuid.UUID], None]) -> None:
        super().__init__()
        self.choose = choose
        self.buttons: dict[uuid.UUID, BigButton] = {}
        self.inner = QWidget()
        self.column = QVBoxLayout(self.inner)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(LIST_WIDTH)
        self.setAccessibleName(tr("Mijn leerlingen"))

    def show_students(self, students: list[StudentSummary]) -> None:
        for button in self.buttons.values():
            button.hide()
            button.deleteLater()
        self.buttons = {}
        for student in students:
            button = BigButton(student.name)
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setAccessibleName(student.name)
            button.clicked.connect(lambda _c=False, sid=student.id: self._chosen(sid))
            self.column.addWidget(button)
            button.show()
            self.buttons[student.id] = button

    def _chosen(self, student_id: uuid.UUID) -> None:
        self.choose(student_id)

    def mark(self, student_id: uuid.UUID | None) -> None:
        for sid, button in self.buttons.items():
            button.setChecked(sid == student_id)


class NoteEntry(QWidget):
    """A short note about the work ('werk' only: care notes stay with the school)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(tr("Wat ging goed, wat oefenen we nog? Alleen over het werk."))
        self.text.setAccessibleName(tr("Notitie over het werk"))
        self.text.setFixedHeight(90)
        self.save = BigButton(tr("Notitie opslaan"))
        self.save.clicked.connect(self.save_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        self.text.clear()
        self.message.clear()

    def save_note(self) -> None:
        if self.student_id is None:
            return
        done = self.ctx.act(
            self.ctx.store.add_note,
            self.student_id,
            self.text.toPlainText(),
            NoteCategory.WORK,
            parent=self,
        )
        if done:
            self.text.clear()
            self.message.setText(tr("Notitie opgeslagen."))


class JobcoachView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cache = CardCache(ctx.store)
        self.students: dict[uuid.UUID, StudentSummary] = {}
        self.student_id: uuid.UUID | None = None
        self.route: tuple[RouteItemView, ...] = ()
        self.viewer_dialog: CardWindow | None = None
        self.recorder = ObservationRecorder(ctx, Setting.WORKPLACE, self)
        self.list = StudentButtons(self.choose)
        self.name = QLabel(tr("Kies een leerling."))
        self.name.setFont(_big_font())
        self.name.setWordWrap(True)
        self.name.setAccessibleName(tr("Je vinkt af voor"))
        self.name.setToolTip(tr("Volgende leerling: Ctrl+pijl omlaag, vorige: Ctrl+pijl omhoog"))
        self.sharing = sharing_label()  # the school's progress not shared: says so
        self.task = QComboBox()
        self.task.setAccessibleName(tr("Taak van vandaag"))
        self.task.setMinimumHeight(MIN_TARGET)
        self.task.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.task.setMinimumContentsLength(16)
        self.task.currentIndexChanged.connect(lambda _i: self.load_task())
        self.show_card = BigButton(tr("Kaart tonen"))
        self.show_card.clicked.connect(self.open_card)
        self.checklist = Checklist(self.recorder)
        self.self_assessment = SelfAssessmentSwitch(self.checklist)
        self.undo = UndoBar(self.recorder)
        self.undo.undone.connect(lambda _tick: self.load_task())
        self.hours = HoursEntry(ctx)
        self.note = NoteEntry(ctx)
        self.reflection = ReflectionEntry(ctx)  # the student's own words (issue 10)
        self.reflection.open_view.connect(self.open_student_view)
        task_row = QHBoxLayout()
        task_row.addWidget(self.task, 1)
        task_row.addWidget(self.show_card)
        task_row.addWidget(self.self_assessment)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(section(tr("Taak van vandaag")))
        column.addLayout(task_row)
        column.addWidget(self.checklist)
        column.addWidget(self.undo)
        column.addWidget(section(tr("Uren")))
        column.addWidget(self.hours)
        column.addWidget(section(tr("Notitie (werk)")))
        column.addWidget(self.note)
        column.addWidget(section(tr("Wat zei de leerling?")))
        column.addWidget(self.reflection)
        column.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setWidget(content)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.name)  # fixed above the scrolling part: whom you tick for
        right.addWidget(self.sharing)
        right.addWidget(self.details, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self._enable(False)
        for keys, step in ((("Ctrl+Down", "Alt+N"), 1), (("Ctrl+Up", "Alt+V"), -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: self.next_student(step))

    def refresh(self) -> None:
        """Re-read the coach's students; keep the chosen one (rows keep their focus)."""
        try:
            found = self.ctx.store.find_students("")
        except JWError as exc:
            show_error(self, exc.message)
            return
        if [s.id for s in found] != list(self.students):
            self.students = {s.id: s for s in found}
            self.list.show_students(found)
        wanted = self.student_id or self._remembered()
        if wanted not in self.students:
            wanted = next(iter(self.students), None)
        if wanted != self.student_id:
            self.choose(wanted)
        else:
            self.load_task()
            self.hours.load()

    def _remembered(self) -> uuid.UUID | None:
        text = str(self.ctx.settings.value("laatste_leerling", ""))
        try:
            return uuid.UUID(text)
        except ValueError:
            return None

    def choose(self, student_id: uuid.UUID | None) -> None:
        self.student_id = student_id
        self.list.mark(student_id)
        self.recorder.forget()
        self._enable(student_id is not None)
        self.hours.set_student(student_id)
        self.note.set_student(student_id)
        show_sharing(self.sharing, self.ctx, student_id)
        self.reflection.set_student(student_id)
        if student_id is None:
            self.name.setText(tr("Je begeleidt nu geen leerlingen."))
            self.task.clear()
            self.checklist.show_items(None, "", [], {}, no_students_text())
            return
        self.name.setText(self.students[student_id].name)
        self.load_route()
        self.details.verticalScrollBar().setValue(0)  # never tick on for the one before
        self.ctx.student_selected.emit(student_id)

    def next_student(self, step: int) -> None:
        """Ctrl+Down / Ctrl+Up: the next or previous student of the list, focus on it."""
        ids = list(self.students)
        if not ids:
            return
        here = ids.index(self.student_id) if self.student_id in ids else -1
        wanted = ids[max(0, min(len(ids) - 1, here + step))]
        if wanted != self.student_id:
            self.choose(wanted)
        self.list.buttons[wanted].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.ensureWidgetVisible(self.list.buttons[wanted])

    def _enable(self, on: bool) -> None:
        for widget in (self.task, self.show_card, self.self_assessment, self.hours, self.note):
            widget.setEnabled(on)

    def load_route(self) -> None:
        """Fill the task list from the route and pick today's task."""
        assert self.student_id is not None
        try:
            self.route = self.ctx.store.route(self.student_id).items
            todo = {p.route_item_id for p in self.ctx.store.still_to_practise(self.student_id)}
        except JWError as exc:
            show_error(self, exc.message)
            return
        self.task.blockSignals(True)
        self.task.clear()
        for item in self.route:
            self.task.addItem(heading(item.code, item.title), str(item.id))
        if self.route:
            self.task.setCurrentIndex(todays_task(self.route, list(todo)))
        self.task.blockSignals(False)
        self.load_task()

    def current_task(self) -> RouteItemView | None:
        index = self.task.currentIndex()
        return self.route[index] if 0 <= index < len(self.route) else None

    def load_task(self) -> None:
        task = self.current_task()
        self.reflection.route_item_id = task.id if task is not None else None
        if self.student_id is None or task is None:
            self.checklist.show_items(
                self.student_id, "", [], {}, tr("Er staat nog niets in de leerroute.")
            )
            return
        try:
            items = observable(self.cache.get(task.card_id, task.version))
            levels = latest_levels(self.ctx.store, self.student_id)
            own = self.ctx.store.self_assessments(self.student_id)
        except JWError as exc:
            show_error(self, exc.message)
            return
        groups = [CheckGroup(tr("Afvinken: wat liet de leerling zien?"), items)] if items else []
        self.checklist.show_items(
            self.student_id,
            self.students[self.student_id].name,
            groups,
            levels,
            tr("Deze kaart heeft geen stappen of criteria om af te vinken."),
            own,
        )
        self._tab_order()

    def _tab_order(self) -> None:
        hours, note = self.hours, self.note
        chain_tab_order(
            [
                *self.list.buttons.values(),
                self.task,
                self.show_card,
                self.self_assessment,
                *self.checklist.focus_order(),
                self.undo.button,
                hours.day,
                hours.hours,
                hours.absent,
                hours.remark,
                hours.save,
                note.text,
                note.save,
                self.reflection.text,
                self.reflection.save,
                self.reflection.view_button,
            ]
        )

    def open_student_view(self, student_id: uuid.UUID) -> StudentViewWindow | None:
        """The student's own view, left only with the staff password."""
        self.student_view = open_student_view(self.ctx, self, student_id)
        return self.student_view

    def open_card(self) -> None:
        """The card of the task, readable for the student (full screen with F11)."""
        task = self.current_task()
        if task is None:
            return
        if self.viewer_dialog is not None:
            self.viewer_dialog.close()
            self.viewer_dialog.deleteLater()
            self.viewer_dialog = None
        dialog = CardWindow(self.ctx, heading(task.code, task.title), self)
        if self.student_id in self.students:  # a checklist printed from it is theirs
            dialog.viewer.set_student(self.student_id, self.students[self.student_id].name)
        if dialog.show_card(task.card_id, task.version):
            self.viewer_dialog = dialog
            dialog.open()
        else:
            dialog.deleteLater()


def _big_font() -> QFont:
    font = QFont()
    font.setPointSize(18)
    font.setBold(True)
    return font
