"""Synchronisatie in the window, clicked through as a teacher would: a central (the demo
school) and the teacher's laptop enrolled with it, exchanging real bundles through a folder
in tmp_path. Also: a missing USB stick, a stick put in while the window is open, a laptop
that is not enrolled yet being enrolled through the windows, and resolving a conflict."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

import jw_desktop
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import ItemStatus, JWError, NoteCategory, SchoolStore
from jw_desktop.sync import session
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.dialogs.conflicts import ConflictsDialog
from jw_desktop.ui.main_window import MainWindow
from jw_desktop.ui.views.admin import AdminView
from jw_desktop.ui.views.sync_view import SyncView
from jw_desktop.ui.widgets.sync_status import SyncController
from jw_desktop.ui.widgets.update_notice import OK_STYLE, WARNING_STYLE

TEACHER = "s.dewit@example.nl"
ADMIN = "b.koster@example.nl"


def open_store(path: Path) -> SchoolStore:
    return SchoolStore.open(path, sleep=lambda _s: None, auto_backup=False)


@pytest.fixture(scope="session")
def site_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school as the central, and a teacher's laptop enrolled and synced once."""
    root = tmp_path_factory.mktemp("ui-site")
    shutil.copyfile(demo_template, root / "central.sqlite")
    (root / "box").mkdir()
    with (
        open_store(root / "central.sqlite") as central,
        open_store(root / "laptop.sqlite") as laptop,
    ):
        request = session.enrollment_request(laptop, "Laptop Sanne")
        session.join(laptop, session.enroll(central, request, role="docent", staff_email=TEACHER))
        session.device_sync(laptop, root / "box")
        session.central_sync(central, root / "box")
        session.device_sync(laptop, root / "box")
    return root


@dataclass
class Site:
    root: Path
    box: Path
    central: SchoolStore
    laptop: SchoolStore
    ctx: AppContext


@pytest.fixture
def site(site_template: Path, tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "site"
    shutil.copytree(site_template, root)
    central, laptop = open_store(root / "central.sqlite"), open_store(root / "laptop.sqlite")
    laptop.login(TEACHER, DEMO_PASSWORD)
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(laptop, settings)
    try:
        yield Site(root, root / "box", central, laptop, ctx)
    finally:
        ctx.wait()
        laptop.close()
        central.close()


@dataclass
class Answered:
    """What the text dialogs showed: their question and what stood in the field."""

    labels: list[str]
    typed: list[str]


def answer_text_dialogs(qtbot: QtBot, *answers: str | None) -> Answered:
    """Answer the next text questions as a user does: empty the field, type the answer and
    click OK (None: click Annuleren)."""
    seen = Answered([], [])
    pending = list(answers)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)  # the dialog is not open yet
            return
        text = pending.pop(0)
        seen.labels.append(dialog.labelText())
        line = dialog.findChild(QLineEdit)
        box = dialog.findChild(QDialogButtonBox)
        assert line is not None and box is not None
        if text is None:
            button = box.button(QDialogButtonBox.StandardButton.Cancel)
        else:
            line.selectAll()
            qtbot.keyClick(line, Qt.Key.Key_Delete)
            qtbot.keyClicks(line, text)
            seen.typed.append(line.text())
            button = box.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if pending:
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)
    return seen


def window_on_sync(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, SyncView]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("sync")
    view = window.page("sync")
    assert isinstance(view, SyncView)
    return window, view


def test_sync_button_brings_the_centrals_changes_and_the_status_shows_the_time(
    qtbot: QtBot, site: Site
) -> None:
    site.central.add_group("Klas 2C", 2)
    session.central_sync(site.central, site.box)
    site.ctx.settings.setValue("sync/map", str(site.box))
    window, view = window_on_sync(qtbot, site.ctx)
    assert "Klas 2C" not in [name for _i, name in site.laptop.groups()]

    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert not view.sync_button.isEnabled()  # one sync at a time
    assert "bezig met synchroniseren" in window.sync_status.text()
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)

    assert "Klas 2C" in [name for _i, name in site.laptop.groups()]
    last = SyncController.of(site.ctx).last_sync
    assert last is not None and (datetime.now() - last).total_seconds() < 60
    assert window.sync_status.text().startswith(f"laatst gesynchroniseerd: {last:%H:%M}")
    assert "ontvangen: 2" in view.summary.text()  # the group and its audit entry
    assert view.message.text() == ""
    assert site.ctx.settings.value("sync/laatst")  # remembered for the next start


def test_missing_folder_says_offline_and_why(qtbot: QtBot, site: Site, tmp_path: Path) -> None:
    stick = tmp_path / "USB-STICK"
    site.ctx.settings.setValue("sync/map", str(stick))
    window, view = window_on_sync(qtbot, site.ctx)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    assert window.sync_status.text().startswith("offline")
    assert "niet bereikbaar" in view.message.text() and "USB-stick" in view.message.text()
    assert not stick.exists()  # never created by a sync


def test_no_folder_chosen_asks_for_one(qtbot: QtBot, site: Site) -> None:
    window, view = window_on_sync(qtbot, site.ctx)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert "Kies eerst de synchronisatiemap" in view.message.text()
    assert window.sync_status.text().startswith("offline")


def test_folder_is_chosen_with_a_dialog_and_remembered(
    qtbot: QtBot, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = window_on_sync(qtbot, site.ctx)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(site.box))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    assert view.folder_edit.text() == str(site.box)
    assert site.ctx.settings.value("sync/map") == str(site.box)


def test_sync_starts_by_itself_when_the_stick_is_put_in(
    qtbot: QtBot, site: Site, tmp_path: Path
) -> None:
    site.central.add_group("Klas 4A", 4)
    session.central_sync(site.central, site.box)
    stick = tmp_path / "USB-STICK"
    site.ctx.settings.setValue("sync/map", str(stick))
    controller = SyncController.of(site.ctx)
    controller.timer.setInterval(50)
    window, _view = window_on_sync(qtbot, site.ctx)
    qtbot.waitUntil(lambda: controller.reachable is False, timeout=5000)
    assert window.sync_status.text().startswith("offline")

    shutil.move(site.box, stick)  # the stick with the central's bundles is put in
    qtbot.waitUntil(lambda: controller.last_sync is not None, timeout=20000)
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)
    assert "Klas 4A" in [name for _i, name in site.laptop.groups()]
    assert window.sync_status.text().startswith("laatst gesynchroniseerd: ")


def test_a_conflict_is_shown_and_resolving_it_empties_the_list(qtbot: QtBot, site: Site) -> None:
    jerome = site.laptop.find_students("Jerome")[0].id
    item = site.laptop.route(jerome).items[0]
    mine, theirs = (s for s in ItemStatus if s != item.status)
    site.laptop.set_item_status(item.id, mine)
    site.central.set_item_status(item.id, theirs)  # later: wins
    session.device_sync(site.laptop, site.box)
    session.central_sync(site.central, site.box)
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    assert view.conflict_line.text() == "1 open conflict."
    assert view.conflicts_button.isEnabled()

    dialog = ConflictsDialog(site.ctx, view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert "Jerome" in cells[0] and item.code in cells[0]
    assert cells[1:4] == ["status", theirs.value, mine.value]
    qtbot.mouseClick(dialog.keep_losing, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.keep_losing.isEnabled()
    assert site.laptop.conflicts() == []
    statuses = {i.id: i.status for i in site.laptop.route(jerome).items}
    assert statuses[item.id] == mine
    view.refresh()
    assert view.conflict_line.text() == "Geen open conflicten."


def test_a_new_laptop_is_enrolled_through_the_windows(
    qtbot: QtBot, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Laptop: aanmeldbestand; central (admin, Beheer > Apparaten): inschrijven; laptop:
    inschrijvingsbestand inlezen, then synchroniseren."""
    new = open_store(tmp_path / "nieuw.sqlite")
    settings = QSettings(str(tmp_path / "nieuw.ini"), QSettings.Format.IniFormat)
    laptop_ctx = AppContext(new, settings)
    site.central.login(ADMIN, DEMO_PASSWORD)
    central_settings = QSettings(str(tmp_path / "centrale.ini"), QSettings.Format.IniFormat)
    central_ctx = AppContext(site.central, central_settings)
    try:
        laptop_ctx.settings.setValue("sync/map", str(site.box))
        view = SyncView(laptop_ctx)
        qtbot.addWidget(view)
        view.show()
        view.refresh()  # as the main window does when the page is shown
        assert view.enrol_box.isVisible()
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
        assert "niet ingeschreven" in view.enrol_box.reason.text()
        assert not view.message.isVisible()  # said once, in the steps box

        request = tmp_path / "aanmelding.json"
        answer_text_dialogs(qtbot, "Laptop Lokaal 3")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(request), ""))
        qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
        assert json.loads(request.read_text())["type"] == "jw-aanmelding"
        assert "Vingerafdruk" in view.notice.text()
        assert view.enrol_box.steps[0].text().startswith("✓ 1. ")

        admin = AdminView(central_ctx)
        qtbot.addWidget(admin)
        admin.show()
        admin.show_tab(admin.devices)
        tab = admin.devices
        assert tab.central_box.isVisible() and tab.devices.rowCount() == 1
        enrolment = tmp_path / "inschrijving.json"
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(request), ""))
        qtbot.mouseClick(tab.choose_request, Qt.MouseButton.LeftButton)
        assert "Laptop Lokaal 3" in tab.request_info.text()
        tab.staff.setCurrentIndex(tab.staff.findData(TEACHER))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(enrolment), ""))
        qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
        assert "ingeschreven als docent" in tab.feedback.text()
        assert tab.devices.rowCount() == 2

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(enrolment), ""))
        qtbot.mouseClick(view.join_button, Qt.MouseButton.LeftButton)
        assert "Ingeschreven bij de centrale" in view.notice.text()
        assert not view.enrol_box.isVisible()

        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)  # sends its hello
        qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
        session.central_sync(site.central, site.box)
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
        assert view.message.text() == ""
        assert new.school_name() == "Praktijkschool De Werkplaats"
    finally:
        laptop_ctx.wait()
        central_ctx.wait()
        new.close()


def test_a_refused_bundle_is_listed_in_plain_words(qtbot: QtBot, site: Site) -> None:
    session.central_sync(site.central, site.box)
    me = session.identity(site.laptop).public().device_id
    (bundle,) = sorted((site.box / "jw-sync" / me).glob("*.jwb"))
    data = bytearray(bundle.read_bytes())
    data[-10] ^= 0xFF  # a damaged signature
    bundle.write_bytes(bytes(data))
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    assert view.refused.count() == 1
    assert view.refused.item(0).text().startswith("Een bundel is niet gebruikt")


def test_two_texts_edited_at_once_can_be_merged(
    qtbot: QtBot, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A company's name changed on the laptop and on the central (written here with plain
    SQL: change capture records it like any edit); the teacher merges both texts."""
    import sqlite3

    for store, name in (
        (site.laptop, "Tuincentrum De Groene Hoek BV"),
        (site.central, "De Groene Hoek (Zoetermeer)"),
    ):
        con = sqlite3.connect(store.path)
        with con:
            con.execute("UPDATE company SET name = ? WHERE name LIKE 'Tuincentrum%'", (name,))
        con.close()
    session.device_sync(site.laptop, site.box)
    session.central_sync(site.central, site.box)
    session.device_sync(site.laptop, site.box)
    dialog = ConflictsDialog(site.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.merge.isEnabled()
    monkeypatch.setattr(
        ask, "ask_text", lambda *_a, **_k: "Tuincentrum De Groene Hoek BV (Zoetermeer)"
    )
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    (resolved,) = site.laptop.conflicts(include_resolved=True)
    assert resolved.resolution == "samengevoegd"
    assert resolved.current_value == "Tuincentrum De Groene Hoek BV (Zoetermeer)"


def test_status_counts_changes_waiting_for_the_central(qtbot: QtBot, site: Site) -> None:
    site.ctx.settings.setValue("sync/map", str(site.box))
    window, view = window_on_sync(qtbot, site.ctx)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    session.central_sync(site.central, site.box)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)  # takes in the ack
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    assert "wachten" not in window.sync_status.text()
    jerome = site.laptop.find_students("Jerome")[0].id
    site.laptop.add_note(jerome, "Goed gewerkt vandaag.", NoteCategory.WORK)
    window.sync_status.update_text()
    assert window.sync_status.text().endswith(" · 2 wijzigingen wachten")  # note + audit
    view.refresh()
    assert view.state.text() == "2 wijzigingen wachten op de centrale."


@pytest.fixture
def new_laptop(qtbot: QtBot, tmp_path: Path) -> Iterator[SyncView]:
    """The Synchronisatie page of a laptop that is not enrolled yet."""
    store = open_store(tmp_path / "nieuw.sqlite")
    settings = QSettings(str(tmp_path / "nieuw.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.refresh()
    try:
        yield view
    finally:
        ctx.wait()
        store.close()


def visible_texts(view: QWidget) -> list[str]:
    return [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisibleTo(view) and label.text()
    ]


def test_a_new_laptop_sees_three_numbered_steps_and_each_fact_once(
    new_laptop: SyncView,
) -> None:
    """Issue 9.15: not 'nog niet ingeschreven' twice, no 'offline - nog niet
    gesynchroniseerd' on the page, the steps one a line with the button beside its step."""
    view = new_laptop
    texts = visible_texts(view)
    said = " ".join([*texts, view.enrol_box.title()]).lower()
    assert said.count("nog niet ingeschreven") == 1
    assert "nog niet gesynchroniseerd" not in said and "offline" not in said
    steps = [label.text() for label in view.enrol_box.steps]
    assert [s[:3] for s in steps] == ["1. ", "2. ", "3. "]
    assert not any(s.startswith("✓") for s in steps)
    grid = view.enrol_box.layout().itemAt(1).layout()
    assert isinstance(grid, QGridLayout)
    positions = {grid.itemAtPosition(r, 1).widget() for r in (0, 2)}
    assert positions == {view.request_button, view.join_button}  # beside steps 1 and 3


def test_the_device_name_must_be_given_and_short(
    qtbot: QtBot, new_laptop: SyncView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9.15: an empty name says why and asks again; 250 letters cannot be typed."""
    view = new_laptop
    request = tmp_path / "aanmelding.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(request), ""))
    seen = answer_text_dialogs(qtbot, "", "L" * 250)
    qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    assert len(seen.labels) == 2  # asked again after the empty name
    assert "Geef het apparaat een naam" in seen.labels[1]
    assert seen.typed == ["", "L" * session.DEVICE_NAME_MAX]  # the field stops at 60
    device = json.loads(request.read_text(encoding="utf-8"))["device"]
    assert device["name"] == "L" * 60
    assert view.enrol_box.steps[0].text().startswith("✓ 1. ")
    assert "Gedaan: aanmelding.json." in view.enrol_box.steps[0].text()

    seen = answer_text_dialogs(qtbot, None)  # Annuleren: nothing happens
    request.unlink()
    qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    assert len(seen.labels) == 1 and not request.exists()
    with pytest.raises(JWError, match="te lang"):  # the library's own check
        session.enrollment_request(view.ctx.store, "x" * 61)


def test_the_central_page_counts_its_devices_in_dutch(qtbot: QtBot, site: Site) -> None:
    site.central.login(ADMIN, DEMO_PASSWORD)
    settings = QSettings(str(site.root / "centrale.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(site.central, settings)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.role_line.text().startswith(
        "Deze computer is de centrale van de school: 1 apparaat ingeschreven."
    )
    assert not view.enrol_box.isVisible()
    ctx.wait()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_long_names_and_paths_never_widen_the_sync_page(
    qtbot: QtBot, site: Site, tmp_path: Path, size: tuple[int, int]
) -> None:
    deep = tmp_path / ("een-heel-lange-mapnaam-zonder-spaties-" * 4) / "USB-STICK"
    site.ctx.settings.setValue("sync/map", str(deep))
    window, view = window_on_sync(qtbot, site.ctx)
    window.resize(*size)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=20000)
    assert "USB-STICK is niet bereikbaar" in view.message.text()
    assert str(deep) not in view.message.text()  # the whole path is in the folder field
    assert view.folder_edit.text() == str(deep)
    scroll = view.findChild(QScrollArea)
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0
    assert view.minimumSizeHint().width() <= size[0]


# -- a newer jw-desktop on the stick (jw_desktop.update; its checks: tests/update) --------


def _publisher(folder: Path) -> tuple[Path, Path]:
    """A publisher key pair made by the real minisign program (no password)."""
    folder.mkdir()
    pub, key = folder / "uitgever.pub", folder / "uitgever.key"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(pub), "-s", str(key)], check=True, capture_output=True
    )
    return pub, key


def _signed_package(folder: Path, key: Path, version: str) -> Path:
    package = folder / f"jw-desktop_{version}_amd64.deb"
    package.write_bytes(version.encode() * 5000)
    trusted = f"jw-desktop-update versie={version} platform=linux-x86_64 bestand={package.name}"
    subprocess.run(
        ["minisign", "-S", "-s", str(key), "-m", str(package), "-t", trusted],
        check=True,
        capture_output=True,
    )
    return package


def _newer() -> str:
    major, minor, patch = (int(p) for p in jw_desktop.__version__.split("."))
    return f"{major}.{minor}.{patch + 1}"


@pytest.fixture
def publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The key this copy was 'installed with', and a data folder of the test's own."""
    pub, key = _publisher(tmp_path / "uitgever")
    monkeypatch.setenv("JW_DESKTOP_PUBLISHER_KEY", str(pub))
    monkeypatch.setenv("JW_DESKTOP_DATA_DIR", str(tmp_path / "gegevens"))
    return pub, key


def _sync(qtbot: QtBot, view: SyncView) -> None:
    """Sync with the button and wait for the look for updates that follows it."""
    looks = view.update_notice.looks
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.update_notice.looks > looks, timeout=20000)


def test_a_newer_version_on_the_stick_is_offered_and_installed_with_one_click(
    qtbot: QtBot, site: Site, publisher: tuple[Path, Path], tmp_path: Path
) -> None:
    pub, key = publisher
    version = _newer()
    package = _signed_package(site.box, key, version)
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    handed: list[list[str]] = []

    def runner(argv: Sequence[str]) -> int:  # apt's stand-in: checks what it is handed
        handed.append(list(argv))
        check = ["minisign", "-V", "-q", "-p", str(pub), "-m", argv[-1]]
        return subprocess.run(check, capture_output=True).returncode

    notice = view.update_notice
    notice.runner = runner
    notice.which = lambda name: f"/usr/bin/{name}"
    notice.program = Path("/opt/jw-desktop/jw-desktop")
    assert not notice.isVisibleTo(view)
    _sync(qtbot, view)
    assert notice.install_button.isVisibleTo(view)
    assert notice.text.text() == (
        f"Er staat een nieuwe versie van jw-desktop klaar ({version}). Installeren?"
    )
    assert not notice.warning.isVisibleTo(view)

    qtbot.mouseClick(notice.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "geïnstalleerd" in notice.result.text(), timeout=20000)
    staged = tmp_path / "gegevens" / "updates" / package.name
    assert handed == [
        ["/usr/bin/pkexec", "/opt/jw-desktop/jw-desktop", "update", "--als-root", str(staged)]
    ]
    assert not notice.install_button.isVisibleTo(view)
    _sync(qtbot, view)  # the running program is still the old one: not offered again
    assert not notice.install_button.isVisibleTo(view)
    assert len(handed) == 1


def test_without_pkexec_the_admins_command_is_shown_as_an_instruction(
    qtbot: QtBot, site: Site, publisher: tuple[Path, Path], tmp_path: Path
) -> None:
    """No pkexec on this laptop: nothing runs, and the page shows the exact command for an
    administrator, selectable, in the calm style (not as a warning)."""
    _pub, key = publisher
    version = _newer()
    package = _signed_package(site.box, key, version)
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    handed: list[list[str]] = []
    notice = view.update_notice
    notice.runner = lambda argv: handed.append(list(argv)) or 0
    notice.which = lambda name: None
    notice.program = Path("/opt/jw-desktop/jw-desktop")
    _sync(qtbot, view)
    qtbot.mouseClick(notice.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "beheerder" in notice.result.text(), timeout=20000)
    staged = tmp_path / "gegevens" / "updates" / package.name
    assert handed == []
    assert notice.result.text().endswith(
        f"sudo /opt/jw-desktop/jw-desktop update --als-root {staged}"
    )
    assert notice.result.styleSheet() == OK_STYLE != WARNING_STYLE


def test_a_refused_update_is_a_warning_once_naming_the_file(
    qtbot: QtBot, site: Site, publisher: tuple[Path, Path], tmp_path: Path
) -> None:
    _other_pub, other_key = _publisher(tmp_path / "ander")
    (site.box / "updates").mkdir()
    package = _signed_package(site.box / "updates", other_key, _newer())
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    notice = view.update_notice
    _sync(qtbot, view)
    assert notice.warning.isVisibleTo(view)
    assert notice.warning.text().startswith(
        f"Een update in de synchronisatiemap is geweigerd: {package.name}. Het is ondertekend "
        "met een andere sleutel"
    )
    assert not notice.install_button.isVisibleTo(view)
    _sync(qtbot, view)  # the same file again: said once is enough
    assert not notice.warning.isVisibleTo(view)


def test_without_a_publisher_key_the_notice_says_calmly_that_updates_are_off(
    qtbot: QtBot, site: Site, publisher: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _pub, key = publisher
    _signed_package(site.box, key, _newer())
    monkeypatch.setenv("JW_DESKTOP_PUBLISHER_KEY", str(site.root / "geen-sleutel.pub"))
    site.ctx.settings.setValue("sync/map", str(site.box))
    _window, view = window_on_sync(qtbot, site.ctx)
    notice = view.update_notice
    _sync(qtbot, view)
    assert notice.warning.isVisibleTo(view)
    assert notice.warning.text().startswith("Bijwerken via de synchronisatiemap staat uit")
    assert not notice.install_button.isVisibleTo(view)
