"""Start the application: open the user's store (on first start: an empty store enrolled
with the admin's inschrijfbewijs when the site configuration names one, else the demo
school), log in, then show the main window for the user's role; after logging out, the
login comes back for the next user without restarting. A second start on the same
database brings the running window to the front instead. A store that cannot be opened
gives a clear message, never a traceback."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThread,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from jw_desktop import __version__, paths
from jw_desktop.ui import single_instance
from jw_desktop.ui.start_window import StartWindow

if TYPE_CHECKING:  # the model, the demo and the views load after the start window shows
    from jw_desktop.model import SchoolStore
    from jw_desktop.ui.context import AppContext


def tr(text: str) -> str:
    """ui.context.tr without importing the model before the start window is painted."""
    return QCoreApplication.translate("jw", text)


# Compiled translations (.qm, made from resources/translations/*.ts by
# installer/build_translations.py): beside the package when installed, else in the checkout.
TRANSLATIONS = (
    Path(__file__).parent / "translations",
    Path(__file__).parent.parent / "resources" / "translations",
)


class DemoBuilder(QThread):
    """Builds the demo school off the UI thread; reports an error message or ''."""

    done = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        from jw_desktop.demo.school import create_demo_database
        from jw_desktop.model import JWError

        try:
            create_demo_database(self.path)
        except JWError as exc:
            self.done.emit(exc.message)
        else:
            self.done.emit("")


class EnrolBuilder(QThread):
    """Makes the empty store enrolled with the site's inschrijfbewijs off the UI thread;
    reports an error message or ''."""

    done = Signal(str)

    def __init__(self, path: Path, ticket: Path) -> None:
        super().__init__()
        self.path, self.ticket = path, ticket

    def run(self) -> None:
        from jw_desktop.model import JWError
        from jw_desktop.sync import session

        try:
            session.enrol_new_store(self.path, self.ticket)
        except JWError as exc:
            self.done.emit(exc.message)
        else:
            self.done.emit("")


def ensure_store(path: Path) -> str:
    """Make the store at path if nothing is there yet; '' or an error message. When the
    admin's site configuration names an inschrijfbewijs, the new store is empty and
    enrolled with it (no demo school). A site configuration or ticket that cannot be used
    stops the start with its reason and makes nothing: a demo school made instead would
    stay, and the laptop would never be enrolled once the admin repairs the file."""
    if path.exists():
        return ""
    from jw_desktop import site_config

    try:
        ticket = site_config.read().enrolment
    except site_config.SiteConfigError as exc:
        return exc.message
    if ticket is not None:
        text = tr("Deze laptop wordt ingeschreven bij de school…")
        builder: DemoBuilder | EnrolBuilder = EnrolBuilder(path, ticket)
    else:
        text = tr("De demoschool wordt klaargezet…")
        builder = DemoBuilder(path)
    dialog = QProgressDialog(text, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("jw-desktop")
    result: list[str] = []
    builder.done.connect(result.append)
    builder.finished.connect(dialog.close)
    builder.start()
    dialog.exec()
    builder.wait()
    if result:
        return result[0]
    return tr("De database kon niet worden gemaakt.")


def open_store(path: Path) -> tuple[SchoolStore | None, int]:
    """The store at path (made on first start), or (None, exit code) after saying why."""
    from jw_desktop.model import JWError, SchoolStore, StoreLocked

    error, code = ensure_store(path), 1
    if not error:
        try:
            store = SchoolStore.open(path, create=False)
        except StoreLocked:  # the library's message names the file: not for this window
            error, code = in_use_message(), StoreLocked.exit_code
        except JWError as exc:
            error, code = exc.message, exc.exit_code
        else:
            for warning in store.warnings:
                QMessageBox.warning(None, tr("Let op"), warning)
            renew_ticket(store)
            return store, 0
    QMessageBox.critical(None, tr("jw-desktop kan niet starten"), error)
    return None, code


def renew_ticket(store: SchoolStore) -> None:
    """A laptop still waiting for its central takes the admin's new inschrijfbewijs from
    the site configuration (session.renew_pending_ticket); a problem with it is said, and
    the window starts anyway (the laptop waits as before)."""
    from jw_desktop import site_config
    from jw_desktop.model import JWError
    from jw_desktop.sync import session

    try:
        ticket = site_config.read().enrolment
        if ticket is not None:
            session.renew_pending_ticket(store, ticket)
    except (site_config.SiteConfigError, JWError) as exc:
        QMessageBox.warning(None, tr("Let op"), exc.message)


def in_use_message() -> str:
    return tr(
        "De gegevens van jw-desktop zijn al geopend door een ander venster of programma "
        "(bijvoorbeeld een synchronisatie of een reservekopie). Sluit dat eerst, of wacht "
        "tot het klaar is, en start jw-desktop dan opnieuw."
    )


class Front:
    """The window a second start brings to the front: the login dialog or the main
    window, whichever is showing now."""

    def __init__(self) -> None:
        self.current: QWidget | None = None

    def bring_forward(self) -> None:
        if self.current is not None:
            single_instance.bring_to_front(self.current)

    def open_card(self, card: str) -> None:
        """A second start was given a card: the main window opens it (not the login)."""
        opener = getattr(self.current, "open_card_link", None)
        if opener is not None and not getattr(self.current, "locked", False):
            opener(card)


def run_sessions(
    app: QApplication, ctx: AppContext, front: Front | None = None, card: str | None = None
) -> int:
    """Log in -> the window for that user's role -> (log out) -> log in again, until the
    login is cancelled or the window is closed. card: a card link or code the first
    window opens (jw-desktop-gui --kaart CODE, or the link of a printed card's QR code)."""
    from jw_desktop.ui.login import LoginDialog
    from jw_desktop.ui.main_window import MainWindow

    front = front or Front()
    while True:
        login = LoginDialog(ctx)
        front.current = login
        accepted = login.exec() == QDialog.DialogCode.Accepted
        front.current = None
        _delete(login)
        if not accepted:
            return 0
        window = MainWindow(ctx)
        front.current = window
        window.show()
        if card:
            window.open_card_link(card)
            card = None
        code = app.exec()
        front.current = None
        ended_by_logout = window.ended_by_logout
        _delete(window)
        if not ended_by_logout:
            return code


def _delete(widget: QWidget) -> None:
    """Delete a closed window now, so the next session starts without its connections."""
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def install_translator(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Dutch is the source language. Always loaded: the Dutch plural forms of the app's
    texts, and Qt's own texts (buttons, file dialogs) in the window's language, so no
    'Cancel' or 'Look in' appears in a Dutch window. Another language is used when its .qm
    exists (its plurals on top of the Dutch ones); otherwise the window is Dutch, with Dutch
    number and date formats whatever the system's locale."""
    wanted = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []

    def load(name: str, locale: QLocale, folders: tuple[Path, ...]) -> bool:
        translator = QTranslator(app)
        for folder in folders:
            if translator.load(locale, name, "_", str(folder)):
                app.installTranslator(translator)
                installed.append(translator)
                return True
        return False

    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    load("jw_desktop", dutch, TRANSLATIONS)
    chosen = dutch
    if wanted.language() != QLocale.Language.Dutch and load("jw_desktop", wanted, TRANSLATIONS):
        chosen = wanted
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    load("qtbase", chosen, (qt_folder, *TRANSLATIONS))
    if chosen.language() == QLocale.Language.Dutch:
        gaps = QtDutchGaps(app)
        app.installTranslator(gaps)  # asked before qtbase_nl: installed last
        installed.append(gaps)
    QLocale.setDefault(chosen)
    return installed


class QtDutchGaps(QTranslator):
    """Qt texts that Qt's own Dutch catalogue (qtbase_nl) misses: Qt 6 gave the file
    dialog's labels keyboard accelerators, and the catalogue still has them without; the
    print dialog's double-sided printing options came after the catalogue."""

    TEXTS = {  # noqa: RUF012 - a constant table
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
        ("QFileDialog", "File &name:"): "Bestands&naam:",
        # the print dialog's options (QPrintDialog, Linux): not in qtbase_nl at all
        ("QPrintSettingsOutput", "Page &Set:"): "Pagina&set:",
        ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
        ("QPrintSettingsOutput", "Off"): "Uit",
        ("QPrintSettingsOutput", "Long side binding"): "Binden aan de lange zijde",
        ("QPrintSettingsOutput", "Short side binding"): "Binden aan de korte zijde",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null QString), not '': Qt then asks the next translator."""
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False


EXIT_AFTER_PAINT = "JW_DESKTOP_EXIT_AFTER_PAINT"
PAINTED = "jw-desktop: eerste venster getekend"


class ExitAfterPaint(QApplication):
    """The start-up benchmark's stopwatch (bench/bench_frozen_start.py): with env
    JW_DESKTOP_EXIT_AFTER_PAINT=1 the program prints PAINTED and ends with 0 as soon as its
    first window (the start window) has been painted; with =login, once the login window
    has (the first window a user can work in: on a first start, after the demo school).

    'Painted' is when the event that painted the window (its paint event and its children's,
    then the flush to the screen) has been handled, so notify() counts how deep it is.
    os._exit: nothing else is to be done or saved, and the event loop may not be running."""

    def __init__(self, argv: list[str], wanted: str) -> None:
        super().__init__(argv)
        self.wanted = wanted
        self.depth = 0
        self.painted = False

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._counts(receiver):
            self.painted = True
        self.depth += 1
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            if self.painted and self.depth == 0:
                if sys.stdout is not None:  # a windowed program on Windows has none
                    print(PAINTED, flush=True)
                os._exit(0)

    def _counts(self, receiver: QObject) -> bool:
        if not isinstance(receiver, QWidget) or not receiver.isWindow():
            return False
        return self.wanted != "login" or type(receiver).__name__ == "LoginDialog"


def make_app() -> QApplication:
    """The running QApplication, or a new one (the stopwatch one when the benchmark asks)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    wanted = os.environ.get(EXIT_AFTER_PAINT, "").strip()
    if wanted and wanted != "0":
        return ExitAfterPaint(sys.argv[:1], wanted)
    return QApplication(sys.argv[:1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jw-desktop-gui", description="jw-desktop")
    parser.add_argument("--db", type=Path, default=None, help="databasebestand")
    parser.add_argument("--taal", default=None, help="taal van het venster, bijv. en")
    parser.add_argument("--kaart", default=None, help="open deze kaart, bijv. GRN-IK-01")
    parser.add_argument(
        "--zelftest",
        action="store_true",
        help="controleer of vertalingen, beeldformaten en afdrukken er zijn, en stop",
    )
    parser.add_argument(
        "link", nargs="?", default=None, help="een link naar een kaart: jw-desktop://kaart/CODE"
    )
    args = parser.parse_args(argv)
    app = make_app()
    QApplication.setApplicationName("jw-desktop")
    QApplication.setOrganizationName("JongelerenEnWerken")
    QApplication.setApplicationVersion(__version__)
    install_translator(app, args.taal)
    if args.zelftest:
        from jw_desktop.ui import selftest

        return selftest.run()
    path = args.db or paths.default_db_path()
    card = args.kaart or args.link
    instance = single_instance.claim(path, card or "")
    if instance is None:  # the running copy is coming to the front
        print(tr("jw-desktop is al geopend; dat venster komt nu naar voren."), file=sys.stderr)
        return 0
    start = StartWindow.show_now(tr("jw-desktop wordt geopend…"))
    from jw_desktop.ui import style
    from jw_desktop.ui.context import AppContext

    style.apply(app)
    store, code = open_store(path)
    start.close()
    if store is None:
        instance.close()
        return code
    ctx = AppContext(store)
    front = Front()
    instance.activate.connect(front.bring_forward)
    instance.open_card.connect(front.open_card)
    try:
        return run_sessions(app, ctx, front, card)
    finally:
        instance.close()
        ctx.wait(10000)
        store.close()


if __name__ == "__main__":
    sys.exit(main())
