"""Walk every window and dialog and find none of Qt's English default texts: every page
of every role's main window (whatever pages exist), the login dialog, the lock screen,
Qt's own file dialog, message box, input dialog, button box and a line edit's context
menu. Qt's own texts must come out Dutch (qtbase_nl is loaded by app.install_translator)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jw_desktop.ui.context import AppContext
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.login import LoginDialog
from jw_desktop.ui.main_window import MainWindow

ENGLISH = {
    "yes", "no", "yes to all", "no to all", "cancel", "open", "save", "save all", "close",
    "apply", "restore defaults", "discard", "abort", "retry", "ignore",
    "back", "next", "finish", "commit", "look in", "file name", "files of type",
    "directory", "folder", "detail view", "list view", "parent directory", "create new folder",
    "new folder", "forward", "show details...", "hide details...", "show details…",
    "undo", "redo", "cut", "copy", "paste", "delete", "select all", "choose", "rename",
    "show hidden files", "my computer", "recent places", "name", "size", "date modified",
    "all files (*)", "continue", "accept", "ok to all",
}  # fmt: skip
"""Qt's default English button, label and menu texts (lower case, without & and ':').
Not here: "Help", "Reset", "Type", "Computer" and "Open" as a word in a sentence - Qt's
Dutch catalogue keeps the first four, they are Dutch words too."""


def plain(text: str) -> str:
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    words = words.split("\t")[0].strip().rstrip(":").strip()
    return words.lower()


def header_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    header = (
        view.horizontalHeader()
        if isinstance(view, QTableView)
        else view.header()
        if isinstance(view, QTreeView)
        else None
    )
    if model is None or header is None:
        return
    for section in range(header.count()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def texts(widget: QWidget, visible_only: bool = True) -> Iterator[str]:
    """Every text a user can see on widget and its children: labels, buttons, titles,
    tabs, table headers, combo items, placeholders, tooltips, menus."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if visible_only and not child.isVisible():
            continue
        yield child.windowTitle() if child.isWindow() else ""
        yield child.toolTip()
        yield child.accessibleName()
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QTabWidget):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            yield child.placeholderText()
        if isinstance(child, QAbstractItemView):
            yield from header_texts(child)
        for action in child.actions():
            yield action.text()
            yield action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from (a.text() for a in menu.actions())


def english_in(found: Iterator[str]) -> set[str]:
    return {text for text in found if text and plain(text) in ENGLISH}


ROLES = ["s.dewit@example.nl", "r.verbeek@example.nl", "b.koster@example.nl"]


@pytest.mark.parametrize("email", ROLES)
def test_every_page_of_every_role_is_dutch(
    qtbot: QtBot, login_as: Callable[[str], AppContext], email: str
) -> None:
    window = MainWindow(login_as(email))
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, set[str]] = {}
    for row in range(window.nav.count()):
        qtbot.mouseClick(
            window.nav.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.nav.visualItemRect(window.nav.item(row)).center(),
        )
        key = window.page_keys()[row]
        assert window.stack.currentWidget() is window.page(key)
        seen[key] = english_in(texts(window))
    menus = {a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()}
    seen["menus"] = english_in(iter(menus))
    window.lock()
    seen["lock"] = english_in(texts(window))
    assert {k: v for k, v in seen.items() if v} == {}
    assert len(seen) == window.nav.count() + 2  # every page was visited


def test_login_dialog_is_dutch(qtbot: QtBot, login_as: Callable[[str], AppContext]) -> None:
    dialog = LoginDialog(login_as("s.dewit@example.nl"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_in(texts(dialog)) == set()


def test_qt_file_dialog_is_dutch(qtbot: QtBot) -> None:
    dialog = QFileDialog(None, "Kies een bestand")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilter("Alle bestanden (*)")
    qtbot.addWidget(dialog)
    dialog.show()
    found = set(texts(dialog, visible_only=False))
    assert english_in(iter(found)) == set()
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= found


def test_message_box_and_input_dialog_of_ask_are_dutch(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QWidget] = []

    def fake_exec(self: QWidget) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QInputDialog, "exec", fake_exec)
    ask.confirm(None, "Verwijderen?", "Weet je het zeker?", details="Dit kan niet terug.")
    ask.ask_text(None, "Naam", "Nieuwe naam:")
    assert len(shown) == 2
    for dialog in shown:
        qtbot.addWidget(dialog)
        assert english_in(texts(dialog, visible_only=False)) == set()


def test_qt_standard_buttons_and_context_menu_are_dutch(qtbot: QtBot) -> None:
    """What Qt writes itself when a view uses a standard button or a text field."""
    box = QDialogButtonBox()
    standard = QDialogButtonBox.StandardButton
    for button in (
        standard.Ok, standard.Save, standard.SaveAll, standard.Open, standard.Yes,
        standard.YesToAll, standard.No, standard.NoToAll, standard.Abort, standard.Retry,
        standard.Ignore, standard.Close, standard.Cancel, standard.Discard, standard.Help,
        standard.Apply, standard.Reset, standard.RestoreDefaults,
    ):  # fmt: skip
        box.addButton(button)
    qtbot.addWidget(box)
    labels = {b.text() for b in box.buttons()}
    assert english_in(iter(labels)) == set() and "&Ja" in labels and "Annuleren" in labels
    message = QMessageBox(QMessageBox.Icon.Information, "Let op", "Tekst")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    message.setDetailedText("details")
    qtbot.addWidget(message)
    assert english_in(texts(message, visible_only=False)) == set()
    field = QLineEdit("tekst")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert menu is not None
    items = {a.text() for a in menu.actions() if a.text()}
    assert english_in(iter(items)) == set() and len(items) >= 5
