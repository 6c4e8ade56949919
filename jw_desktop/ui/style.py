"""The window's look in one place: a calm palette, one type scale, spacing, a focus outline
that can be seen from a metre away, the three observation levels' colours and marks, and
the icons. Views take colours from here instead of writing their own hex codes, so that the
levels look the same on every page and a change of scheme is one edit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from jw_desktop.model import Level
from jw_desktop.model.wording import LEVEL_MARKS, NOT_OBSERVED_MARK

from .resources import ICONS, icon_path  # noqa: F401  (ICONS: for tests and the installer)
from .wheel_guard import WheelGuard

# Icons (hand-written SVGs in resources/icons): beside the package when installed, else in
# the checkout - the same two places app.TRANSLATIONS looks in.

# -- colours ------------------------------------------------------------------------------
BACKGROUND = "#f4f5f2"  # the window behind the pages: a warm light grey, not glaring white
SURFACE = "#ffffff"  # fields, lists, cards
HEADER = "#e4ebef"  # the header band with the user and the sync state
TEXT = "#1f2a33"
MUTED = "#4f5d68"  # secondary text; 7:1 on BACKGROUND
BORDER = "#9aa6b0"
ACCENT = "#2d6a87"  # selection, the current page, default buttons
ACCENT_TEXT = "#ffffff"
SELECTED = "#cfe0ea"  # the current page in the navigation: the icons stay visible on it
FOCUS = "#c25e00"  # the keyboard focus outline: orange, unlike anything else on screen
ERROR = "#b00020"
PROGRESS = MUTED  # "Even controleren…": neutral, never red

LEVEL_COLOURS = {
    Level.NOT_YET: "#f6d5d5",
    Level.WITH_HELP: "#fbe7bf",
    Level.INDEPENDENT: "#cdeccd",
}
"""Background of anything that shows an observation level (buttons, cells, bars)."""
NOT_OBSERVED_COLOUR = "#ffffff"

LEVEL_SYMBOLS = LEVEL_MARKS
"""The text beside the colour in a cell or bar (colour-blind users, grey print): the
level's number, the same digit as the key that ticks it (model/wording.py: the printed
documents use the same marks)."""
NOT_OBSERVED_SYMBOL = NOT_OBSERVED_MARK

LEVEL_EDGES = {
    Level.NOT_YET: "#a33b3b",
    Level.WITH_HELP: "#96650a",
    Level.INDEPENDENT: "#2f7a2f",
}
"""A darker tone of each level colour, for borders, marks and bars on white."""

LEVEL_MARKS = {
    Level.NOT_YET: "○",
    Level.WITH_HELP: "◐",
    Level.INDEPENDENT: "●",
}
"""The non-colour signal of each level (colour is never the only cue): an empty, half
and full circle, also drawn as an icon by level_icon()."""

# -- type scale and spacing ----------------------------------------------------------------
BASE_PT = 10
TITLE_PT = 16  # a page's title
HEADING_PT = 12  # a section inside a page
SPACING = 8  # between controls
MARGIN = 12  # around a page


def level_icon(level: Level, size: int = 16) -> QIcon:
    """An empty, half or full circle in the level's edge colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = QColor(LEVEL_EDGES[level])
    painter.setPen(QPen(edge, max(1.0, size / 10)))
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    painter.setBrush(edge if level == Level.INDEPENDENT else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    if level == Level.WITH_HELP:
        painter.setBrush(edge)
        painter.drawPie(box, 90 * 16, 180 * 16)  # the left half filled
    painter.end()
    return QIcon(pixmap)


def icon(name: str) -> QIcon:
    """One of the hand-written icons; an empty icon if it is missing (never an error)."""
    path = icon_path(name)
    return QIcon(str(path)) if path is not None else QIcon()


def app_icon() -> QIcon:
    return icon("jw-desktop")


def _dot(colour: str) -> QIcon:
    """A small filled square: a fallback icon that still tells nav items apart."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(QPointF(3, 3), QPointF(13, 13)), 2, 2)
    painter.end()
    return QIcon(pixmap)


def page_icon(key: str) -> QIcon:
    """The navigation icon of a page (resources/icons/nav-<key>.svg)."""
    found = icon(f"nav-{key}")
    return found if not found.isNull() else _dot(ACCENT)


def palette() -> QPalette:
    colours = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, BACKGROUND),
        (roles.WindowText, TEXT),
        (roles.Base, SURFACE),
        (roles.AlternateBase, "#eef1f3"),
        (roles.Text, TEXT),
        (roles.Button, "#e9edf0"),
        (roles.ButtonText, TEXT),
        (roles.Highlight, ACCENT),
        (roles.HighlightedText, ACCENT_TEXT),
        (roles.ToolTipBase, "#fffbe6"),
        (roles.ToolTipText, TEXT),
        (roles.PlaceholderText, MUTED),
        (roles.Link, ACCENT),
    ):
        colours.setColor(role, QColor(colour))
    colours.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#8a949c"))
    colours.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#8a949c"))
    colours.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#8a949c"))
    return colours


# Sizes in pt and in Qt's device-independent pixels: both grow with the screen's scaling
# (125 %, 150 %). Every bordered control has the same outer size focused or not: the
# border grows from 1 to 2 px while the padding shrinks by 1 px.
def _url(name: str) -> str:
    """An icon's path for a style sheet url() (forward slashes, also on Windows)."""
    path = icon_path(name)
    return path.as_posix() if path is not None else ""


STYLESHEET = f"""
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QToolTip {{ color: {TEXT}; background: #fffbe6; border: 1px solid {BORDER}; padding: 4px; }}

QPushButton, QToolButton {{
    background: {SURFACE}; color: {TEXT};
    border: 1px solid {BORDER}; border-radius: 4px; padding: 5px 11px;
}}
QPushButton:hover, QToolButton:hover {{ background: #eaf1f5; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: #d3e3ec;
}}
QPushButton:default {{ border-color: {ACCENT}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #8a949c; background: #eef0f1; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {FOCUS}; padding: 4px 10px; }}
QToolButton::menu-indicator {{ subcontrol-position: right center; right: 4px; }}
QTabBar QToolButton {{ padding: 0; border-radius: 0; }}

QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 3px; padding: 3px 4px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus {{ border: 2px solid {FOCUS}; padding: 2px 3px; }}
QComboBox:focus {{ border: 2px solid {FOCUS}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 22px; background: #eef2f4;
    border-left: 1px solid {BORDER};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 3px; }}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 3px;
}}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #dde8ee; }}
QAbstractSpinBox::up-arrow {{ image: url("{_url("arrow-up")}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{_url("arrow-down")}"); width: 10px; height: 10px; }}

QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus {{
    border: 2px solid {FOCUS};
}}
QCheckBox:focus, QRadioButton:focus {{ color: {TEXT}; background: #fde9d6; }}
QTabBar::tab:focus {{ color: {FOCUS}; }}
QGroupBox {{ font-weight: 600; margin-top: 14px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 6px; padding: 0 3px; }}

QListWidget#nav {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 4px;
}}
QListWidget#nav:focus {{ border: 2px solid {FOCUS}; padding: 3px; }}
QListWidget#nav::item {{ padding: 8px 6px; border-radius: 3px; color: {TEXT}; }}
QListWidget#nav::item:selected {{
    background: {SELECTED}; color: {TEXT}; border-left: 4px solid {ACCENT}; padding-left: 2px;
}}
QListWidget#nav::item:hover:!selected {{ background: #e6eef2; }}

QWidget#header {{ background: {HEADER}; border-bottom: 1px solid #c9d4db; }}
QLabel#who {{ font-weight: 600; }}
QLabel[role="title"] {{ font-size: {TITLE_PT}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {HEADING_PT}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="progress"] {{ color: {PROGRESS}; }}
QWidget#lock {{ background: {BACKGROUND}; }}
"""
# (QTabBar QToolButton: a tab bar's scroll buttons are ~20 px wide; the buttons' padding
# left their arrows no room, so they showed as empty boxes.)


def set_role(label: QLabel, role: str) -> None:
    """Give a label one of the text roles of the stylesheet (title, heading, muted, error,
    progress) and make Qt apply it now."""
    label.setProperty("role", role)
    style = label.style()
    style.unpolish(label)
    style.polish(label)


def apply(app: QApplication) -> None:
    """The look of every window of the application."""
    app.setStyle("Fusion")  # the same on Windows and Linux, and it follows the palette
    app.setPalette(palette())
    # The base size as the application font, not as a style sheet rule: a style sheet's
    # font-size would override every widget's own font (the card viewer's 26 pt steps).
    font = app.font()
    font.setPointSize(BASE_PT)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(app_icon())
    if not hasattr(app, "_wheel_guard"):  # once per application
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._wheel_guard = guard  # type: ignore[attr-defined]


def page_margins(widget: QWidget) -> None:
    """The shell's margins and spacing on a page's top layout."""
    layout = widget.layout()
    if layout is not None:
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
