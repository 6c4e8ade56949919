"""`jw-desktop-gui --zelftest`: does this copy of the program have what its windows need?
A frozen build can lack files that a checkout always has (Qt's Dutch catalogue, the SVG
plugins, printing), and that shows only as an English button or a missing icon. The helpdesk
and tests/frozen run it; it opens no window and no database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QMessageBox

from .resources import icon_path


def _qt_dutch() -> bool:
    box = QMessageBox(QMessageBox.Icon.NoIcon, "", "", QMessageBox.StandardButton.Cancel)
    button = box.button(QMessageBox.StandardButton.Cancel)
    return button is not None and button.text() == "Annuleren"


def _plurals() -> bool:
    return QCoreApplication.translate("jw", "%n kaart(en) gevonden", "", 2) == "2 kaarten gevonden"


def _image_formats() -> bool:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    return {"svg", "png", "jpeg"} <= formats


def _icon() -> bool:
    path = icon_path("jw-desktop")
    return path is not None and not QIcon(str(path)).pixmap(32, 32).isNull()


def _printing() -> bool:
    from PySide6.QtPrintSupport import QPrinter

    return QPrinter().isValid()


CHECKS: tuple[tuple[str, Callable[[], bool]], ...] = (
    ("Qt-teksten in het Nederlands (knop 'Annuleren')", _qt_dutch),
    ("meervouden van de vensterteksten ('2 kaarten gevonden')", _plurals),
    ("beeldformaten svg, png en jpeg", _image_formats),
    ("het pictogram van jw-desktop", _icon),
    ("afdrukken (QPrinter)", _printing),
)


def run() -> int:
    """One line per check; 0 when all are in order, else 1. The translators are installed."""
    failed = 0
    for text, check in CHECKS:
        good = check()
        failed += not good
        print(f"{'in orde' if good else 'ONTBREEKT'}: {text}", flush=True)
    return 1 if failed else 0
