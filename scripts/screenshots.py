"""Screenshots of the main screens for README.md, made offscreen from the demo school.

The demo school is the school's central; a teacher's laptop and a jobcoach's laptop are
enrolled with it and synced once through a folder, so the Synchronisatie view shows a real
last sync. Each screen is rendered with QWidget.grab() at 1000 x 650 and saved as an
optimised 256-colour PNG in docs/screenshots/.

    python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from jw_desktop import app as jw_app
from jw_desktop.demo.school import DEMO_PASSWORD, create_demo_database
from jw_desktop.model import ItemStatus, SchoolStore
from jw_desktop.sync import session
from jw_desktop.ui import style
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.dialogs.conflicts import ConflictsDialog
from jw_desktop.ui.main_window import MainWindow
from jw_desktop.ui.views.admin import AdminView
from jw_desktop.ui.views.students import StudentsView
from jw_desktop.ui.widgets.sync_status import SyncController

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1000, 650)
TEACHER, JOBCOACH, ADMIN = "s.dewit@example.nl", "r.verbeek@example.nl", "b.koster@example.nl"


def settle(app: QApplication, ctx: AppContext, seconds: float = 0.4) -> None:
    """Let background loads finish and the window repaint (one nested event loop: many
    processEvents() calls crash PySide6 6.12 on Python 3.11)."""
    ctx.wait(5000)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    ctx.wait(5000)


def save(widget: QWidget, path: Path) -> None:
    """Grab, scale into SIZE if larger, and store as an optimised palette PNG."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(image.constBits())  # rows are padded to bytesPerLine
    picture = Image.frombuffer(
        "RGB", (image.width(), image.height()), raw, "raw", "RGB", image.bytesPerLine(), 1
    )
    picture.thumbnail(SIZE)
    picture = picture.quantize(
        colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    picture.save(path, optimize=True)
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{picture.width}x{picture.height}, {path.stat().st_size // 1024} kB"
    )


def open_store(path: Path) -> SchoolStore:
    return SchoolStore.open(path, sleep=lambda _s: None, auto_backup=False)


def enrol(central: SchoolStore, path: Path, name: str, role: str, email: str) -> SchoolStore:
    device = open_store(path)
    request = session.enrollment_request(device, name)
    session.join(device, session.enroll(central, request, role=role, staff_email=email))
    return device


def window_for(
    app: QApplication, store: SchoolStore, email: str, work: Path, name: str, box: Path
) -> tuple[MainWindow, AppContext]:
    store.login(email, DEMO_PASSWORD)
    settings = QSettings(str(work / f"{name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/map", str(box))
    ctx = AppContext(store, settings)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    return window, ctx


def sync_in_window(app: QApplication, window: MainWindow, ctx: AppContext) -> None:
    controller = SyncController.of(ctx)
    window.show_page("sync")
    controller.sync_now()
    while controller.running:
        settle(app, ctx, 0.05)


STUDENT_TABS = {
    "Stage en uren": "stage",
    "Fase en eigen stem": "eigen-stem",
    "Portfolio": "portfolio",
    "Ouders en toestemming": "toestemming",
}
"""The tabs of the student page that get a picture of their own (file name part)."""


def save_student_tabs(
    app: QApplication, ctx: AppContext, window: MainWindow, out: Path, student: uuid.UUID
) -> None:
    """Jerome's page on the tabs of STUDENT_TABS, and his own student view."""
    window.show_page("leerlingen")
    students = window.page("leerlingen")
    assert isinstance(students, StudentsView)
    page = students.page
    for index in range(page.tabs.count()):
        name = STUDENT_TABS.get(page.tabs.tabText(index))
        if name is not None:
            page.tabs.setCurrentIndex(index)
            settle(app, ctx)
            save(window, out / f"docent-leerling-{name}.png")
    view = page.open_student_view(student)
    assert view is not None
    view.resize(1024, 600)
    settle(app, ctx)
    save(view, out / "leerlingweergave.png")
    view.hide()  # leaving asks the staff password; the picture is all this needs
    view.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    jw_app.install_translator(app, "nl")  # as the application starts: Dutch, its style
    style.apply(app)
    with tempfile.TemporaryDirectory(prefix="jw-screens-") as folder:
        work = Path(folder)
        box = work / "USB-STICK"
        box.mkdir()
        create_demo_database(work / "centrale.sqlite")
        central = open_store(work / "centrale.sqlite")
        laptop = enrol(central, work / "docent.sqlite", "Laptop Sanne", "docent", TEACHER)
        coach = enrol(central, work / "jobcoach.sqlite", "Laptop Ruud", "jobcoach", JOBCOACH)
        for device in (laptop, coach):
            session.device_sync(device, box)
        session.central_sync(central, box)
        # one conflict for the conflicts dialog: the teacher and the central both edit
        jerome = central.find_students("Jerome")[0].id
        item = central.route(jerome).items[0]
        theirs, mine = (s for s in ItemStatus if s != item.status)
        session.device_sync(laptop, box)
        laptop.set_item_status(item.id, mine)
        central.set_item_status(item.id, theirs)
        session.device_sync(laptop, box)
        session.central_sync(central, box)
        try:
            window, ctx = window_for(app, laptop, TEACHER, work, "docent", box)
            sync_in_window(app, window, ctx)
            ctx.student_selected.emit(jerome)
            for key in (
                "leerlingen",
                "leerroute",
                "observeren",
                "klasoverzicht",
                "kaarten",
                "dekking",
                "sync",
                "hulp",
            ):
                window.show_page(key)
                settle(app, ctx)
                save(window, out / f"docent-{key}.png")
            save_student_tabs(app, ctx, window, out, jerome)
            dialog = ConflictsDialog(ctx, window)
            dialog.resize(900, 360)
            dialog.show()
            settle(app, ctx)
            save(dialog, out / "docent-conflicten.png")
            dialog.close()
            window.close()

            session.device_sync(coach, box)
            window, ctx = window_for(app, coach, JOBCOACH, work, "jobcoach", box)
            sync_in_window(app, window, ctx)
            for key in ("jobcoach", "kaarten", "sync"):
                window.show_page(key)
                settle(app, ctx)
                save(window, out / f"jobcoach-{key}.png")
            window.close()

            window, ctx = window_for(app, central, ADMIN, work, "beheerder", box)
            window.show_page("beheer")
            admin = window.page("beheer")
            assert isinstance(admin, AdminView)
            for tab, name in (
                (admin.accounts, "accounts"),
                (admin.devices, "apparaten"),
                (admin.placements, "stages"),
                (admin.companies, "leerbedrijven"),
            ):
                admin.show_tab(tab)
                settle(app, ctx)
                save(window, out / f"beheer-{name}.png")
            window.close()
        finally:
            for store in (laptop, coach, central):
                store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
