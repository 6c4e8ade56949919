"""An instruction card shown so that a student at a workbench can follow it: one step at
a time with a big picture and large text, or the werkopdracht with its criteria as a
checklist. 'Volledig scherm' (F11) gives the card the whole screen."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import CardType, ElementKind, JWError
from jw_desktop.model.views import CardDetail, ElementView

from .. import printing
from ..context import AppContext, show_error, tr
from ..dialogs.print_preview import PrintPreview
from ..screen import fit_on_screen
from .level_buttons import BigButton

CHECKLIST_TYPES = (CardType.WERKOPDRACHT, CardType.EINDWERKOPDRACHT)

STEP_TEXT_PT = 26
TEXT_PT = 16


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class PictureLabel(QLabel):
    """A PNG as large as the space allows, aspect kept, drawn at the screen's device pixel
    ratio so it stays sharp on high-DPI displays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(80, 60)  # the step's text comes first when space is short

    def set_png(self, data: bytes | None) -> None:
        self.source = QPixmap()
        if data:
            self.source.loadFromData(data, "PNG")
        self.rescale()

    def rescale(self) -> None:
        if self.source.isNull():
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        target = QSize(int(self.width() * ratio), int(self.height() * ratio))
        scaled = self.source.scaled(
            target,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rescale()


class StepPage(QWidget):
    """One step: 'Stap 3 van 8', the picture, the text, and big Vorige / Volgende."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = QLabel()
        self.counter.setFont(_font(18, bold=True))
        self.counter.setAccessibleName(tr("Welke stap"))
        self.picture = PictureLabel()
        self.text = QLabel()
        self.text.setFont(_font(STEP_TEXT_PT))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setAccessibleName(tr("Wat je doet"))
        self.previous = BigButton(tr("◀  Vorige"))
        self.next = BigButton(tr("Volgende  ▶"))
        for button in (self.previous, self.next):
            button.setFont(_font(18, bold=True))
            button.setMinimumHeight(64)
        self.previous.setAccessibleName(tr("Vorige stap"))
        self.next.setAccessibleName(tr("Volgende stap"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous, 1)
        buttons.addWidget(self.next, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def fit_text(self) -> None:
        """Give the text the height its wrapped lines need (a stacked page gets no
        height-for-width from Qt): the picture shrinks instead, nothing overlaps on a
        1024 x 600 screen."""
        width = self.text.width() if self.text.width() > 0 else self.width()
        self.text.setMinimumHeight(self.text.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text()


def card_html(card: CardDetail) -> str:
    """The card as simple, large HTML: summary, body, then what the type asks for
    (questions, steps, or the criteria as a checklist)."""
    parts = [f"<p><i>{html.escape(card.summary)}</i></p>"] if card.summary else []
    for paragraph in card.body.split("\n\n"):
        if paragraph.strip():
            lines = "<br>".join(html.escape(line) for line in paragraph.strip().splitlines())
            parts.append(f"<p>{lines}</p>")
    questions = card.of_kind(ElementKind.QUESTION)
    if questions:
        parts.append(f"<h2>{html.escape(tr('Vragen'))}</h2>")
        parts.append(_numbered(questions))
    steps = card.of_kind(ElementKind.STEP)
    if steps:
        parts.append(f"<h2>{html.escape(tr('Stappen'))}</h2>")
        parts.append(_numbered(steps))
    criteria = card.of_kind(ElementKind.CRITERION)
    if criteria:
        parts.append(f"<h2>{html.escape(tr('Dit laat je zien'))}</h2>")
        parts += [f"<p style='margin: 8px 0;'>☐&nbsp; {html.escape(c.text)}</p>" for c in criteria]
    if card.components:
        parts.append(f"<h2>{html.escape(tr('Onderdelen'))}</h2>")
        items = "".join(
            f"<li>{html.escape(c.code)} — {html.escape(c.title)}</li>" for c in card.components
        )
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _numbered(elements: list[ElementView]) -> str:
    return "<ol>" + "".join(f"<li>{html.escape(e.text)}</li>" for e in elements) + "</ol>"


class CardViewer(QWidget):
    """Any card, readable from a distance. Keys: Left/PageUp back, Right/Space/PageDown
    on, F11 full screen, Escape back from full screen. Embedded in a view, full screen
    lifts the viewer out into its own window; as the content of its own window
    (own_window, see CardWindow) it puts that whole window full screen."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, own_window: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.own_window = own_window
        self.card: CardDetail | None = None
        self.version: int | None = None
        self.student_id: uuid.UUID | None = None  # the student the checklist is for
        self.student_name = ""
        self.preview: PrintPreview | None = None
        self.steps: list[ElementView] = []
        self.step_index = 0
        self.title = QLabel(tr("Kies een kaart om te bekijken."))
        self.title.setFont(_font(20, bold=True))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("Titel van de kaart"))
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.print_button = QPushButton(tr("Kaart afdrukken…"))
        self.print_button.setToolTip(tr("De kaart groot op papier, voor aan de werkbank"))
        self.print_button.setAccessibleName(tr("Kaart afdrukken"))
        self.print_button.clicked.connect(self.print_card)
        self.checklist_button = QPushButton(tr("Afvinklijst afdrukken…"))
        self.checklist_button.setAccessibleName(tr("Afvinklijst afdrukken"))
        self.checklist_button.clicked.connect(self.print_checklist)
        self.print_button.setEnabled(False)
        self.checklist_button.hide()
        paper = QHBoxLayout()
        paper.addWidget(self.print_button)
        paper.addWidget(self.checklist_button)
        paper.addStretch(1)
        self.paper_row = paper
        self.full_screen = BigButton(tr("Volledig scherm"))
        self.full_screen.setCheckable(True)
        self.full_screen.setToolTip(tr("De kaart over het hele scherm (F11)"))
        self.full_screen.toggled.connect(self.set_full_screen)
        self.step_page = StepPage()
        self.step_page.previous.clicked.connect(self.previous_step)
        self.step_page.next.clicked.connect(self.next_step)
        self.text_page = QTextBrowser()
        self.text_page.setFont(_font(TEXT_PT))
        self.text_page.setOpenLinks(False)
        self.text_page.setAccessibleName(tr("Inhoud van de kaart"))
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.pages.addWidget(self.step_page)
        self.pages.addWidget(self.text_page)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.meta)
        heading.addLayout(paper)
        top.addLayout(heading, 1)
        top.addWidget(self.full_screen, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_top = top
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._step_keys = [self._shortcut(key, self.previous_step) for key in ("Left", "PgUp")] + [
            self._shortcut(key, self.next_step) for key in ("Right", "PgDown")
        ]
        self._step_keys.append(self._shortcut("Space", self._space))
        toggle = self._shortcut("F11", self.full_screen.toggle)
        toggle.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape = self._shortcut("Escape", lambda: self.full_screen.setChecked(False))
        self._escape.setEnabled(False)  # only while lifted out: a CardWindow has its own
        self.full_screen.setEnabled(False)

    def _shortcut(self, key: str, slot: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def show_card(self, card_id: uuid.UUID, version: int | None = None) -> bool:
        """Show the card (the current version unless a route holds an older one)."""
        try:
            card = self.ctx.store.card(card_id, version)
        except JWError as exc:
            show_error(self, exc.message)
            return False
        self.card, self.version = card, version
        self.title.setText(f"{card.code}  {card.title}")
        self.print_button.setEnabled(True)
        self.checklist_button.setVisible(card.card_type in CHECKLIST_TYPES)
        self._checklist_tooltip()
        phase = tr("fase {n}").format(n=card.phase)
        self.meta.setText(" · ".join(filter(None, (card.card_type.value, card.sector, phase))))
        self.steps = card.of_kind(ElementKind.STEP)
        self.full_screen.setEnabled(True)
        if card.card_type == CardType.INSTRUCTIEKAART and self.steps:
            self.pages.setCurrentWidget(self.step_page)
            self.show_step(0)
        else:
            self.steps = []
            self.text_page.setHtml(card_html(card))
            self.pages.setCurrentWidget(self.text_page)
        for shortcut in self._step_keys:
            shortcut.setEnabled(bool(self.steps))
        return True

    def set_student(self, student_id: uuid.UUID | None, name: str = "") -> None:
        """The student a printed checklist is for (None: a blank checklist)."""
        self.student_id, self.student_name = student_id, name if student_id else ""
        self._checklist_tooltip()

    def _checklist_tooltip(self) -> None:
        self.checklist_button.setToolTip(
            tr("De criteria om op papier af te vinken, voor {student}").format(
                student=self.student_name
            )
            if self.student_name
            else tr("De criteria om op papier af te vinken")
        )

    def print_card(self) -> None:
        card = self.card
        if card is not None:
            document = printing.card_document(
                self.ctx.store, card.id, card.code, card.title, self.version
            )
            self.preview = printing.show(self.ctx, self, document)

    def print_checklist(self) -> None:
        card = self.card
        if card is not None:
            document = printing.checklist_document(
                self.ctx.store, card.id, card.code, self.student_id, self.student_name
            )
            self.preview = printing.show(self.ctx, self, document)

    def show_step(self, index: int) -> None:
        if not self.steps:
            return
        self.step_index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.step_index]
        page = self.step_page
        page.counter.setText(
            tr("Stap {n} van {total}").format(n=self.step_index + 1, total=len(self.steps))
        )
        page.text.setText(step.text)
        page.fit_text()
        picture = None
        if step.picture_id is not None:
            try:
                picture = self.ctx.store.picture(step.picture_id)
            except JWError:
                picture = None  # a missing picture must not stop the steps
        page.picture.set_png(picture)
        page.picture.setAccessibleName(tr("Plaatje bij stap {n}").format(n=self.step_index + 1))
        page.picture.setAccessibleDescription(step.text)
        page.previous.setEnabled(self.step_index > 0)
        page.next.setEnabled(self.step_index < len(self.steps) - 1)

    def _space(self) -> None:
        """Space turns the page, except on a focused button: that button is pressed."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
            focus.click()
        else:
            self.next_step()

    def next_step(self) -> None:
        self.show_step(self.step_index + 1)

    def previous_step(self) -> None:
        self.show_step(self.step_index - 1)

    def set_full_screen(self, on: bool) -> None:
        """Lift the viewer out of its view into its own full-screen window, and put it
        back: the workbench screen shows only the card. showFullScreen, never a resize:
        the window manager then gives it the whole screen, panels included."""
        if self.full_screen.isChecked() != on:
            self.full_screen.setChecked(on)
            return
        if self.own_window:
            self._own_window_full_screen(on)
            return
        if on == self.isFullScreen():
            return
        embedded = self.parentWidget() is not None
        if on:
            if embedded:
                self.setWindowFlag(Qt.WindowType.Window, True)
            self.showFullScreen()
            self.activateWindow()
        else:
            self.setWindowState(Qt.WindowState.WindowNoState)
            if embedded:
                self.setWindowFlag(Qt.WindowType.Window, False)
                self.show()
                self._relayout()
                self.window().activateWindow()
            else:
                self.showNormal()
        self._escape.setEnabled(on and not self.own_window)
        self.full_screen.setText(tr("Terug (Esc)") if on else tr("Volledig scherm"))
        self.step_page.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _own_window_full_screen(self, on: bool) -> None:
        window = self.window()
        if on and not window.isFullScreen():
            window.showFullScreen()
        elif not on and window.isFullScreen():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        self.full_screen.setText(tr("Terug (Esc)") if on else tr("Volledig scherm"))
        self.step_page.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _relayout(self) -> None:
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            layout.invalidate()
            layout.activate()


class CardWindow(QDialog):
    """A card in its own window (the jobcoach's 'Kaart tonen'): a 'Sluiten' button that
    is always in sight, Escape that works as soon as the window opens (first back from
    full screen, then closing), and 'Volledig scherm' (F11) that fills the whole screen."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.viewer = CardViewer(ctx, self, own_window=True)
        self.close_button = BigButton(tr("Sluiten"))
        self.close_button.setAccessibleName(tr("Kaart sluiten"))
        self.close_button.setToolTip(tr("Sluit de kaart (Esc)"))
        self.close_button.setFont(_font(14, bold=True))
        self.close_button.clicked.connect(self.close)
        self.viewer.layout_top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.viewer)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.escape)
        fit_on_screen(self, 1000, 700)  # Vorige/Volgende stay on a 600-pixel screen

    def show_card(self, card_id: uuid.UUID, version: int | None = None) -> bool:
        return self.viewer.show_card(card_id, version)

    def open(self) -> None:
        """Show and take the keyboard at once, so Escape and the arrows work without a
        click into the window first."""
        self.show()
        self.raise_()
        self.activateWindow()
        focus = self.viewer.step_page.next if self.viewer.steps else self.close_button
        focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def escape(self) -> None:
        if self.isFullScreen():
            self.viewer.full_screen.setChecked(False)
        else:
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # the shortcut decides; QDialog would reject
            self.escape()
            event.accept()
            return
        super().keyPressEvent(event)
