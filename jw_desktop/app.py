"""Start the application: open the user's store (creating the demo school on first
start), then show the main window. A store that cannot be opened gives a clear message,
never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from jw_desktop import __version__, paths
from jw_desktop.demo.school import create_demo_database
from jw_desktop.model import JWError, SchoolStore
from jw_desktop.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


class DemoBuilder(QThread):
    """Builds the demo school off the UI thread; reports an error message or ''."""

    done = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        try:
            create_demo_database(self.path)
        except JWError as exc:
            self.done.emit(exc.message)
        else:
            self.done.emit("")


def ensure_store(path: Path) -> str:
    """Create the demo school at path if nothing is there yet; '' or an error message."""
    if path.exists():
        return ""
    dialog = QProgressDialog(tr("De demoschool wordt klaargezet…"), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("jw-desktop")
    builder = DemoBuilder(path)
    result: list[str] = []
    builder.done.connect(result.append)
    builder.finished.connect(dialog.close)
    builder.start()
    dialog.exec()
    builder.wait()
    return result[0] if result else tr("De demoschool kon niet worden gemaakt.")


def open_window(path: Path) -> tuple[MainWindow | None, int]:
    """The main window on the store at path, or (None, exit code) after telling why not."""
    error = ensure_store(path)
    if not error:
        try:
            store = SchoolStore.open(path, create=False)
        except JWError as exc:
            error, code = exc.message, exc.exit_code
        else:
            for warning in store.warnings:
                QMessageBox.warning(None, tr("Let op"), warning)
            return MainWindow(store), 0
    else:
        code = 1
    QMessageBox.critical(None, tr("jw-desktop kan niet starten"), error)
    return None, code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jw-desktop-gui", description="jw-desktop")
    parser.add_argument("--db", type=Path, default=None, help="databasebestand")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("jw-desktop")
    QApplication.setApplicationVersion(__version__)
    window, code = open_window(args.db or paths.default_db_path())
    if window is None:
        return code
    window.show()
    try:
        return app.exec()
    finally:
        window.store.close()


if __name__ == "__main__":
    sys.exit(main())
