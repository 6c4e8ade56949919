"""Leerlingweergave: a window for the student on the workshop laptop, opened by staff for
one student. It shows the student's own route in "ik" language - their phase and its
"ik" statements, their goals ("Wat wil ik?"), "Dit kan ik al" and "Dit ga ik nu
oefenen" with the step pictures - from one read (SchoolStore.student_view), which holds
that student's data only: no surname, notes, hours or other students.

The window is application-modal and can be made full screen (F11); leaving it asks the
staff member's password (the lock screen of ui/lock.py, the same check as unlocking the
main window), so a student cannot wander into other students' data."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError
from jw_desktop.model.voice import StudentView
from jw_desktop.ui.context import AppContext, show_error, tr
from jw_desktop.ui.lock import LockScreen
from jw_desktop.ui.screen import fit_on_screen

PICTURE_SIZE = 160


def _text(text: str, points: float = 0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + 4 + points)
    font.setBold(bold)
    label.setFont(font)
    return label


class StudentViewWindow(QWidget):
    """One student's own view. `left` fires when staff gave their password to leave."""

    left = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.view: StudentView | None = None
        self._may_close = False
        self.setWindowTitle(tr("Leerlingweergave"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.content = QWidget()
        self.column = QVBoxLayout(self.content)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.content)
        self.full_button = QPushButton(tr("Volledig scherm (F11)"))
        self.full_button.setAccessibleName(tr("Volledig scherm (F11)"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.leave_button = QPushButton(tr("Terug naar het personeelsscherm"))
        self.leave_button.setAccessibleName(tr("Terug naar het personeelsscherm"))
        self.leave_button.setToolTip(tr("Vraagt het wachtwoord van de medewerker"))
        self.leave_button.clicked.connect(self.ask_password)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.full_button)
        bar.addWidget(self.leave_button)
        student_page = QWidget()
        page = QVBoxLayout(student_page)
        page.addWidget(scroll, 1)
        page.addLayout(bar)
        self.lock = LockScreen(ctx)
        self.lock.other_button.hide()  # only the staff member who opened it may leave
        self.lock.title.setText(tr("Terug naar het personeelsscherm"))
        self.lock.unlocked.connect(self._unlocked)
        self.pages = QStackedWidget()
        self.back_button = QPushButton(tr("Terug naar de leerlingweergave"))
        self.back_button.setAccessibleName(tr("Terug naar de leerlingweergave"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        lock_page = QWidget()
        lock_column = QVBoxLayout(lock_page)
        lock_column.addWidget(self.lock, 1)
        lock_column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages.addWidget(student_page)
        self.pages.addWidget(lock_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        shortcut = QShortcut(QKeySequence("F11"), self)
        shortcut.activated.connect(self.toggle_full_screen)
        fit_on_screen(self, 1000, 700)

    def show_student(self, student_id: uuid.UUID) -> bool:
        """Read the one student's view and show it; False (message shown) when refused."""
        try:
            view = self.ctx.store.student_view(student_id)
        except JWError as exc:
            show_error(self.parentWidget(), exc.message)
            return False
        self.view = view
        self._fill(view)
        self.pages.setCurrentIndex(0)
        return True

    def _fill(self, view: StudentView) -> None:
        while self.column.count():
            taken = self.column.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        add = self.column.addWidget
        add(_text(tr("Hoi {name}! Dit is mijn leerroute.").format(name=view.first_name), 8, True))
        add(_text(tr("Ik zit in {phase}.").format(phase=view.phase.name.lower()), 2, True))
        add(_text("\n".join(f"• {s}" for s in view.phase.ik)))
        add(_text(tr("Wat wil ik?"), 4, True))
        if view.goals:
            add(_text("\n".join(f"• {g}" for g in view.goals)))
        else:
            add(_text(tr("Dat bespreek ik nog met mijn docent.")))
        add(_text(tr("Dit kan ik al"), 4, True))
        if view.can_do:
            add(_text("\n".join(f"✓ {c}" for c in view.can_do)))
        else:
            add(_text(tr("Hier komt te staan wat ik zelfstandig kan.")))
        if view.cards_total:
            add(
                _text(
                    tr("Ik heb {done} van de {total} kaarten van mijn route af.").format(
                        done=view.cards_done, total=view.cards_total
                    )
                )
            )
        add(_text(tr("Dit ga ik nu oefenen"), 4, True))
        if not view.practise_next:
            add(_text(tr("Ik heb alles van mijn route al zelfstandig gedaan!")))
        for card in view.practise_next:
            add(_text(f"{card.code} — {card.title}", 2, True))
            for n, step in enumerate(card.steps, start=1):
                add(self._step(n, step.text, step.picture_id))

    def _step(self, n: int, text: str, picture_id: uuid.UUID | None) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 4, 0, 4)
        picture = QLabel()
        picture.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        if picture_id is not None:
            pixmap = QPixmap()
            try:
                pixmap.loadFromData(self.ctx.store.picture(picture_id))
            except JWError:
                pixmap = QPixmap()
            if not pixmap.isNull():
                picture.setPixmap(
                    pixmap.scaled(
                        PICTURE_SIZE,
                        PICTURE_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                picture.setAccessibleName(tr("Plaatje bij stap {n}").format(n=n))
        line.addWidget(picture)
        line.addWidget(_text(f"{n}. {text}", 1), 1)
        return row

    def texts(self) -> list[str]:
        """Every text the student page shows (for tests: nothing of anyone else)."""
        return [label.text() for label in self.content.findChildren(QLabel) if label.text()]

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def ask_password(self) -> None:
        user = self.ctx.user
        if user is None:  # nobody to ask (a script): nothing to protect behind it
            self._unlocked()
            return
        self.lock.start(user)
        self.pages.setCurrentIndex(1)

    def _unlocked(self) -> None:
        self._may_close = True
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (Alt+F4, the window's cross) asks the password first."""
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.ask_password()


def open_student_view(
    ctx: AppContext, parent: QWidget, student_id: uuid.UUID
) -> StudentViewWindow | None:
    """Open the student view for one student over `parent` (the student page, the
    jobcoach screen); None when the library refused (its message is shown)."""
    window = StudentViewWindow(ctx, parent)
    if not window.show_student(student_id):
        window.deleteLater()
        return None
    window.left.connect(window.deleteLater)
    window.show()
    return window
