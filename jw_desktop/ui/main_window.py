"""The first window: find a student and see what they still need to practise.

This is the start of the application that issue 4 grows into the full teacher and
jobcoach workplace; it already shows the library's main answer in a few clicks.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import SchoolStore
from jw_desktop.model.views import StudentSummary

STUDENT_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, store: SchoolStore) -> None:
        super().__init__()
        self.store = store
        school = store.school_name() or self.tr("geen school")
        self.setWindowTitle(self.tr("jw-desktop — {school}").format(school=school))
        self.resize(1000, 640)

        self.search = QLineEdit(placeholderText=self.tr("Zoek een leerling…"))
        self.search.setAccessibleName(self.tr("Zoek een leerling"))
        self.students = QListWidget()
        self.students.setAccessibleName(self.tr("Leerlingen"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.students)

        self.header = QLabel(self.tr("Kies een leerling."))
        self.header.setWordWrap(True)
        self.credentials = QLabel()
        self.credentials.setWordWrap(True)
        self.todo = QListWidget()
        self.todo.setAccessibleName(self.tr("Nog te oefenen"))
        self.todo.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.credentials)
        right_layout.addWidget(QLabel(self.tr("<b>Nog te oefenen</b>")))
        right_layout.addWidget(self.todo)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self.search.textChanged.connect(self.fill_students)
        self.students.currentItemChanged.connect(self._student_chosen)
        self.fill_students("")

    def fill_students(self, text: str) -> None:
        self.students.clear()
        for student in self.store.find_students(text):
            item = QListWidgetItem(self._student_label(student))
            item.setData(STUDENT_ID, str(student.id))
            self.students.addItem(item)

    def _student_label(self, student: StudentSummary) -> str:
        group = student.group or self.tr("geen groep")
        return f"{student.name} ({group})"

    def _student_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.show_student(uuid.UUID(current.data(STUDENT_ID)))

    def show_student(self, student_id: uuid.UUID) -> None:
        report = self.store.progress(student_id)
        s = report.student
        self.header.setText(
            self.tr("<h2>{name}</h2>{group} · fase {phase} · contactpersoon: {contact}").format(
                name=s.name,
                group=s.group or "",
                phase=s.phase,
                contact=s.contact or self.tr("niemand"),
            )
        )
        lines = []
        for c in report.credentials:
            if c.issued:
                state = self.tr("behaald")
            elif c.eligible:
                state = self.tr("klaar om uit te reiken")
            elif c.criteria.total:
                state = self.tr("{done} van {total} criteria zelfstandig").format(
                    done=c.criteria.mastered, total=c.criteria.total
                )
            else:
                state = self.tr("nog niet")
            lines.append(f"{c.name}: {state}")
        self.credentials.setText("<br>".join(lines))
        self.todo.clear()
        for item in report.still_to_practise:
            level = item.level.label if item.level is not None else self.tr("nog niet geobserveerd")
            self.todo.addItem(
                f"{item.card_code} {item.card_title}\n   {item.position}. {item.text}  [{level}]"
            )
        if not report.still_to_practise:
            self.todo.addItem(self.tr("Niets meer te oefenen in deze route."))
