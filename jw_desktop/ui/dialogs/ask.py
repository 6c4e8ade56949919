"""The few questions the window asks, always in Dutch and always the same way: a yes/no
question with buttons that say what they do, a line or a text typed in, and file and
folder choices that open where the user last was (or in their documents), never in the
program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..context import tr

LAST_FOLDER = "laatste_map"


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    no: str | None = None,
    details: str = "",
) -> bool:
    """Ask before something that changes much; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(box.textFormat().PlainText)
    if details:
        box.setInformativeText(details)
    yes_button = box.addButton(yes or tr("Ja"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or tr("Nee"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(
    parent: QWidget | None,
    title: str,
    label: str,
    text: str = "",
    max_length: int = 0,
    multiline: bool = False,
    ok: str | None = None,
) -> str | None:
    """A text typed in, or None when the user cancelled. max_length limits what can be
    typed (0: no limit)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(ok or tr("OK"))
    dialog.setCancelButtonText(tr("Annuleren"))
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    if max_length and not multiline:
        line = dialog.findChild(QLineEdit)
        if line is not None:
            line.setMaxLength(max_length)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def start_folder(settings: QSettings) -> str:
    """The folder the user last chose a file in, else their documents folder."""
    last = str(settings.value(LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _remember(settings: QSettings, chosen: str, is_folder: bool = False) -> Path | None:
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue(LAST_FOLDER, str(path if is_folder else path.parent))
    return path


def open_file(parent: QWidget | None, settings: QSettings, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start_folder(settings), filters)
    return _remember(settings, chosen)


def save_file(
    parent: QWidget | None, settings: QSettings, title: str, name: str, filters: str
) -> Path | None:
    """Where to save; name is the proposed file name in the start folder."""
    proposed = str(Path(start_folder(settings)) / name)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, proposed, filters)
    return _remember(settings, chosen)


def choose_folder(parent: QWidget | None, settings: QSettings, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start_folder(settings))
    return _remember(settings, chosen, is_folder=True)
