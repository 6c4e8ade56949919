"""The student page's tab "Fase en eigen stem": the student's phase with what it is for
and its "ik" statements, its history and the action that changes it (school staff only);
the student's own goals ("Wat wil ik?"), what they said in a reflection (kept in their
words, only withdrawn), and the button that opens the student view for the workshop
laptop. Everything is read and written through SchoolStore (model/phases.py, voice.py)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import Role
from jw_desktop.model.phases import MAX_REASON, PHASES, phase
from jw_desktop.model.voice import MAX_GOAL, LifeDomain
from jw_desktop.model.wording import date_text
from jw_desktop.ui.context import AppContext, tr
from jw_desktop.ui.dialogs.ask import ask_text, confirm
from jw_desktop.ui.widgets.id_combo import shrink
from jw_desktop.ui.widgets.phase_text import phase_heading, phase_tooltip

ID = Qt.ItemDataRole.UserRole

DOMAIN_TEXT = {
    LifeDomain.WORK: "werk",
    LifeDomain.LEARNING: "leren",
    LifeDomain.HOUSING: "wonen",
    LifeDomain.LEISURE: "vrije tijd",
    LifeDomain.CITIZENSHIP: "burgerschap",
}


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def _list(name: str, rows: int) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    line = widget.fontMetrics().height()
    widget.setMinimumHeight(line * rows)
    widget.setMaximumHeight(line * (rows * 2 + 1))  # a short list stays short
    return widget


def goal_line(text: str, domain: LifeDomain | None) -> str:
    return f"{text} ({DOMAIN_TEXT[domain]})" if domain is not None else text


class StudentVoiceTab(QWidget):
    """One student's phase and own voice. `open_view(student_id)` asks for the student
    view; `changed` fires after a write here (the page reads itself again)."""

    changed = Signal()
    open_view = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.phase_now = _label(name=tr("Fase van de leerling"))
        font = self.phase_now.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.phase_now.setFont(font)
        self.phase_purpose = _label(name=tr("Waar de fase voor is"))
        self.phase_ik = _label(name=tr("Wat de leerling zegt in deze fase"))
        self.history = _list(tr("Fasegeschiedenis"), 3)
        self.to_phase = QComboBox()
        shrink(self.to_phase, 10)
        self.to_phase.setAccessibleName(tr("Naar fase"))
        for p in PHASES:
            self.to_phase.addItem(phase_heading(p.number), p.number)
            self.to_phase.setItemData(
                p.number - 1, phase_tooltip(p.number), Qt.ItemDataRole.ToolTipRole
            )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Waarom de fase verandert"))
        self.reason.setPlaceholderText(tr("Waarom? Bijv. stage gestart, richting gekozen"))
        self.reason.setMaxLength(MAX_REASON)
        self.change_button = QPushButton(tr("Fase wijzigen"))
        self.change_button.setAccessibleName(tr("Fase wijzigen"))
        self.change_button.clicked.connect(self.change_phase)
        self.phase_message = _label(name=tr("Melding bij de fase"))

        self.goals = _list(tr("Wat wil ik?"), 3)
        self.goal_text = QLineEdit()
        self.goal_text.setAccessibleName(tr("Nieuw doel in de woorden van de leerling"))
        self.goal_text.setPlaceholderText(tr("Ik wil… (zoals de leerling het zegt)"))
        self.goal_text.setMaxLength(MAX_GOAL)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.domain = QComboBox()
        shrink(self.domain, 8)
        self.domain.setAccessibleName(tr("Leefdomein"))
        self.domain.addItem(tr("geen leefdomein"), "")
        for d in LifeDomain:
            self.domain.addItem(DOMAIN_TEXT[d], d.value)
        self.domain.setToolTip(
            tr(
                "Werk en leren ziet ook de jobcoach van de leerling; wonen, vrije tijd en "
                "burgerschap alleen medewerkers van school."
            )
        )
        self.add_goal_button = QPushButton(tr("Doel toevoegen"))
        self.add_goal_button.setAccessibleName(tr("Doel toevoegen"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(tr("Doel aanpassen…"))
        self.edit_goal_button.setAccessibleName(tr("Doel aanpassen…"))
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button = QPushButton(tr("Doel weghalen"))
        self.remove_goal_button.setAccessibleName(tr("Doel weghalen"))
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.goal_message = _label(name=tr("Melding bij de doelen"))
        self.goals.itemSelectionChanged.connect(self._goal_chosen)

        self.reflections = _list(tr("Wat zei de leerling?"), 4)
        self.reflection_text = QPlainTextEdit()
        self.reflection_text.setAccessibleName(tr("Wat de leerling zei"))
        self.reflection_text.setPlaceholderText(
            tr(
                "Schrijf op wat de leerling zei, in de eigen woorden. Zorgzaken horen in "
                "een zorgnotitie, niet hier."
            )
        )
        self.reflection_text.setTabChangesFocus(True)
        self.reflection_text.setMaximumHeight(self.fontMetrics().height() * 4)
        self.about = QComboBox()
        shrink(self.about, 14)
        self.about.setAccessibleName(tr("Over welke kaart"))
        self.save_reflection = QPushButton(tr("Reflectie bewaren"))
        self.save_reflection.setAccessibleName(tr("Reflectie bewaren"))
        self.save_reflection.clicked.connect(self.add_reflection)
        self.withdraw_button = QPushButton(tr("Reflectie intrekken"))
        self.withdraw_button.setAccessibleName(tr("Reflectie intrekken"))
        self.withdraw_button.clicked.connect(self.withdraw_reflection)
        self.reflections.itemSelectionChanged.connect(self._reflection_chosen)
        self.reflection_message = _label(name=tr("Melding bij de reflecties"))

        self.view_button = QPushButton(tr("Leerlingweergave openen"))
        self.view_button.setAccessibleName(tr("Leerlingweergave openen"))
        self.view_button.setToolTip(
            tr(
                "Een scherm voor de leerling zelf: de eigen route in ik-taal, zonder notities "
                "of andere leerlingen. Terug naar dit scherm kan alleen met jouw wachtwoord."
            )
        )
        self.view_button.clicked.connect(
            lambda: self.open_view.emit(self.student_id) if self.student_id else None
        )
        self._layout()
        self.set_student(None)

    def _layout(self) -> None:
        phase_box = QGroupBox(tr("Fase"))
        column = QVBoxLayout(phase_box)
        column.addWidget(self.phase_now)
        column.addWidget(self.phase_purpose)
        column.addWidget(self.phase_ik)
        column.addWidget(QLabel(tr("Geschiedenis:")))
        column.addWidget(self.history)
        form = QGridLayout()
        form.addWidget(QLabel(tr("Naar")), 0, 0)
        form.addWidget(self.to_phase, 0, 1)
        form.addWidget(self.reason, 1, 0, 1, 2)
        form.addWidget(self.change_button, 2, 0)
        form.addWidget(self.phase_message, 2, 1)
        form.setColumnStretch(1, 1)
        column.addLayout(form)

        goal_box = QGroupBox(tr("Wat wil ik?"))
        column = QVBoxLayout(goal_box)
        column.addWidget(self.goals)
        row = QHBoxLayout()
        row.addWidget(self.goal_text, 1)
        row.addWidget(self.domain)
        row.addWidget(self.add_goal_button)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.edit_goal_button)
        row.addWidget(self.remove_goal_button)
        row.addWidget(self.goal_message, 1)
        column.addLayout(row)

        said_box = QGroupBox(tr("Wat zei de leerling? (reflecties)"))
        column = QVBoxLayout(said_box)
        column.addWidget(self.reflections)
        column.addWidget(self.reflection_text)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Over")))
        row.addWidget(self.about, 1)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.save_reflection)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.reflection_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(phase_box)
        layout.addWidget(goal_box)
        layout.addWidget(said_box)
        layout.addStretch(1)

    # -- showing ----------------------------------------------------------------------------

    def set_student(self, student_id: uuid.UUID | None) -> None:
        """Read the student's phase, history, goals and reflections (None: clear)."""
        if student_id != self.student_id:
            for message in (self.phase_message, self.goal_message, self.reflection_message):
                message.clear()
            self.reason.clear()
            self.goal_text.clear()
            self.reflection_text.clear()
        self.student_id = student_id
        self.setEnabled(student_id is not None)
        for shown in (self.history, self.goals, self.reflections):
            shown.clear()
        self.about.clear()
        if student_id is None:
            for label in (self.phase_now, self.phase_purpose, self.phase_ik):
                label.clear()
            return
        store = self.ctx.store
        now = store.student(student_id).phase
        p = phase(now)
        self.phase_now.setText(tr("Nu: {phase}").format(phase=phase_heading(now)))
        self.phase_purpose.setText(p.purpose)
        self.phase_ik.setText("\n".join(f"• {s}" for s in p.ik))
        self.to_phase.setCurrentIndex(min(now, len(PHASES) - 1))  # the next phase
        changes = store.phase_history(student_id)
        for change in reversed(changes):
            self.history.addItem(change.text())
        if not changes:
            self.history.addItem(tr("Nog geen faseovergang vastgelegd."))
        school = self.ctx.user is None or self.ctx.user.role != Role.JOBCOACH
        for field in (self.to_phase, self.reason, self.change_button):
            field.setEnabled(school)
        for goal in store.goals(student_id):
            item = QListWidgetItem(goal_line(goal.text, goal.life_domain))
            item.setData(ID, str(goal.id))
            self.goals.addItem(item)
        for part in (self.goal_text, self.domain, self.add_goal_button):
            part.setEnabled(school)
        self.about.addItem(tr("(geen kaart)"), "")
        for entry in store.route(student_id).items:
            self.about.addItem(f"{entry.code} {entry.title}", str(entry.id))
        for said in store.reflections(student_id):
            about = f" — {said.about}" if said.about else ""
            item = QListWidgetItem(f"{date_text(said.said_on)}{about}: “{said.text}”")
            item.setData(ID, str(said.id))
            item.setToolTip(
                tr("Vastgelegd door {who}").format(who=said.recorded_by or tr("onbekend"))
            )
            self.reflections.addItem(item)
        self._goal_chosen()
        self._reflection_chosen()

    def goal_texts(self) -> list[str]:
        return [self.goals.item(n).text() for n in range(self.goals.count())]

    def reflection_texts(self) -> list[str]:
        return [self.reflections.item(n).text() for n in range(self.reflections.count())]

    def history_texts(self) -> list[str]:
        return [self.history.item(n).text() for n in range(self.history.count())]

    def _goal_chosen(self) -> None:
        school = self.ctx.user is None or self.ctx.user.role != Role.JOBCOACH
        chosen = self._chosen(self.goals) is not None
        self.edit_goal_button.setEnabled(school and chosen)
        self.remove_goal_button.setEnabled(school and chosen)

    def _reflection_chosen(self) -> None:
        self.withdraw_button.setEnabled(self._chosen(self.reflections) is not None)

    @staticmethod
    def _chosen(widget: QListWidget) -> uuid.UUID | None:
        item = widget.currentItem()
        value = item.data(ID) if item is not None and item.isSelected() else None
        return uuid.UUID(value) if value else None

    # -- actions ----------------------------------------------------------------------------

    def _done(self) -> None:
        self.set_student(self.student_id)
        self.changed.emit()

    def change_phase(self) -> None:
        sid = self.student_id
        if sid is None:
            return
        to_phase, reason = int(self.to_phase.currentData()), self.reason.text()
        done = self.ctx.act(
            self.ctx.store.change_phase, sid, to_phase, reason, report=self.phase_message.setText
        )
        if done:
            self.reason.clear()
            self._done()
            self.phase_message.setText(
                tr("Vastgelegd: nu in {phase}.").format(phase=phase_heading(to_phase))
            )

    def add_goal(self) -> None:
        sid = self.student_id
        if sid is None:
            return
        text, domain = self.goal_text.text(), self.domain.currentData() or None
        done = self.ctx.act(
            self.ctx.store.add_goal, sid, text, domain, report=self.goal_message.setText
        )
        if done:
            self.goal_text.clear()
            self._done()
            self.goal_message.setText(tr("Doel bewaard."))

    def edit_goal(self) -> None:
        goal_id = self._chosen(self.goals)
        item = self.goals.currentItem()
        if goal_id is None or item is None or self.student_id is None:
            return
        current = next(g.text for g in self.ctx.store.goals(self.student_id) if g.id == goal_id)
        text = ask_text(
            self,
            tr("Doel aanpassen"),
            tr("Het doel in de woorden van de leerling:"),
            current,
            max_length=MAX_GOAL,
            ok=tr("Opslaan"),
        )
        if text is None:
            return
        if self.ctx.act(self.ctx.store.edit_goal, goal_id, text, report=self.goal_message.setText):
            self._done()
            self.goal_message.setText(tr("Doel aangepast."))

    def remove_goal(self) -> None:
        goal_id = self._chosen(self.goals)
        if goal_id is None:
            return
        if not confirm(
            self,
            tr("Doel weghalen"),
            tr("Dit doel van de lijst halen? De leerling wil het niet meer of heeft het bereikt."),
            yes=tr("Weghalen"),
            no=tr("Laten staan"),
        ):
            return
        if self.ctx.act(self.ctx.store.remove_goal, goal_id, report=self.goal_message.setText):
            self._done()
            self.goal_message.setText(tr("Doel weggehaald."))

    def add_reflection(self) -> None:
        sid = self.student_id
        if sid is None:
            return
        text = self.reflection_text.toPlainText()
        about = self.about.currentData()
        item_id = uuid.UUID(about) if about else None
        store = self.ctx.store
        done = self.ctx.act(
            lambda: store.add_reflection(sid, text, route_item_id=item_id),
            report=self.reflection_message.setText,
        )
        if done:
            self.reflection_text.clear()
            self._done()
            self.reflection_message.setText(tr("Reflectie bewaard, in de woorden van de leerling."))

    def withdraw_reflection(self) -> None:
        chosen = self._chosen(self.reflections)
        if chosen is None:
            return
        if not confirm(
            self,
            tr("Reflectie intrekken"),
            tr(
                "Deze reflectie intrekken? Een reflectie wordt nooit aangepast: trek hem in "
                "als hij bij de verkeerde leerling of dag staat."
            ),
            yes=tr("Intrekken"),
            no=tr("Laten staan"),
        ):
            return
        if self.ctx.act(
            self.ctx.store.withdraw_reflection, chosen, report=self.reflection_message.setText
        ):
            self._done()
            self.reflection_message.setText(tr("Reflectie ingetrokken."))


class ReflectionEntry(QWidget):
    """A reflection at the workplace (the jobcoach screen): what the student said about
    today's task, in their own words; and the student view for the student beside you."""

    open_view = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id: uuid.UUID | None = None
        self.route_item_id: uuid.UUID | None = None
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("Wat de leerling zei"))
        self.text.setPlaceholderText(
            tr("Wat zei de leerling over de taak? In de eigen woorden; geen zorgzaken.")
        )
        self.text.setFixedHeight(70)
        self.save = QPushButton(tr("Reflectie bewaren"))
        self.save.setAccessibleName(tr("Reflectie bewaren"))
        self.save.setMinimumHeight(44)
        self.save.clicked.connect(self.save_reflection)
        self.view_button = QPushButton(tr("Leerlingweergave"))
        self.view_button.setAccessibleName(tr("Leerlingweergave openen"))
        self.view_button.setMinimumHeight(44)
        self.view_button.setToolTip(
            tr("De eigen route voor de leerling; terug kan alleen met jouw wachtwoord.")
        )
        self.view_button.clicked.connect(
            lambda: self.open_view.emit(self.student_id) if self.student_id else None
        )
        self.message = _label(name=tr("Melding bij de reflectie"))
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.view_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def set_student(self, student_id: uuid.UUID | None) -> None:
        if student_id != self.student_id:
            self.text.clear()
            self.message.clear()
        self.student_id = student_id
        self.setEnabled(student_id is not None)

    def save_reflection(self) -> None:
        sid = self.student_id
        if sid is None:
            return
        text, item = self.text.toPlainText(), self.route_item_id
        store = self.ctx.store
        done = self.ctx.act(
            lambda: store.add_reflection(sid, text, route_item_id=item),
            report=self.message.setText,
        )
        if done:
            self.text.clear()
            self.message.setText(tr("Reflectie bewaard, in de woorden van de leerling."))
