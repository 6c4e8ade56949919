"""The window syncs by itself with a real central process over HTTP: the teacher types the
server's address once; the laptop syncs when the server is reachable, and again every few
minutes; with the server down the page says so calmly, and a refusal is one red sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from centralkit import Server
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sitekit import Site, device_id, note_rows, open_store, student

from jw_desktop.model import NoteCategory
from jw_desktop.sync import session
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.sync_view import ERROR_STYLE, SyncView
from jw_desktop.ui.widgets import sync_status
from jw_desktop.ui.widgets.sync_status import SyncController, status_text


@pytest.fixture
def page(qtbot: QtBot, netsite: tuple[Site, Server], tmp_path: Path) -> Iterator[SyncView]:
    site, _server = netsite
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(site.teacher, settings)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    yield view
    ctx.wait()


def type_server(qtbot: QtBot, view: SyncView, text: str) -> None:
    view.server_edit.clear()
    qtbot.keyClicks(view.server_edit, text)
    qtbot.mouseClick(view.server_button, Qt.MouseButton.LeftButton)


def synced(controller: SyncController) -> bool:
    return not controller.running and controller.last_sync is not None


def test_the_address_typed_once_makes_the_laptop_sync_by_itself(
    qtbot: QtBot, page: SyncView, netsite: tuple[Site, Server]
) -> None:
    site, server = netsite
    site.teacher.add_note(student(site.teacher, "Jerome"), "Offline geschreven", NoteCategory.WORK)
    written = set(note_rows(site.teacher))
    controller = SyncController.of(page.ctx)
    assert controller.last_sync is None

    type_server(qtbot, page, server.url + "/")
    assert page.ctx.settings.value(sync_status.SERVER_KEY) == server.url  # no trailing /
    # nobody clicks "Nu synchroniseren": the probe finds the server and the sync starts
    qtbot.waitUntil(lambda: synced(controller), timeout=30000)
    assert controller.error == ""
    assert status_text(controller).startswith("laatst gesynchroniseerd")
    assert "ontvangen" in page.summary.text()

    server.stop()
    central = open_store(server.db)
    try:
        assert written <= set(note_rows(central))  # the offline note reached the central
    finally:
        central.close()
    server.start()


def test_server_down_is_a_calm_status_and_it_syncs_when_back(
    qtbot: QtBot, page: SyncView, netsite: tuple[Site, Server]
) -> None:
    _site, server = netsite
    server.stop()
    controller = SyncController.of(page.ctx)
    type_server(qtbot, page, server.url)
    qtbot.waitUntil(lambda: controller.reachable is False, timeout=20000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)  # the user tries anyway
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)
    assert status_text(controller).startswith("offline")
    assert "niet bereikbaar" in page.message.text()
    assert page.message.styleSheet() != ERROR_STYLE  # calm: nothing is wrong
    assert controller.last_sync is None

    server.start()
    controller.check()  # the 30-second timer's tick
    qtbot.waitUntil(lambda: synced(controller), timeout=30000)
    assert controller.error == "" and not page.message.isVisible()


def test_every_few_minutes_while_the_server_stays_reachable(
    qtbot: QtBot, page: SyncView, netsite: tuple[Site, Server]
) -> None:
    _site, server = netsite
    controller = SyncController.of(page.ctx)
    type_server(qtbot, page, server.url)
    qtbot.waitUntil(lambda: synced(controller), timeout=30000)
    first = controller.last_sync
    assert first is not None

    controller.check()  # a tick soon after: reachable, not due yet, so no sync
    qtbot.waitUntil(lambda: controller._probe is None, timeout=10000)
    assert not controller.running and controller.last_sync == first

    controller._last_try = datetime.now() - timedelta(seconds=sync_status.SERVER_EVERY_S + 1)
    controller.check()
    qtbot.waitUntil(lambda: controller.running or controller.last_sync != first, timeout=10000)
    qtbot.waitUntil(lambda: not controller.running, timeout=30000)
    assert controller.error == ""


def test_a_revoked_laptop_reads_one_red_sentence(
    qtbot: QtBot, page: SyncView, netsite: tuple[Site, Server]
) -> None:
    site, server = netsite
    server.stop()
    central = open_store(server.db)
    try:
        session.revoke(central, device_id(site.teacher))
    finally:
        central.close()
    server.start()
    controller = SyncController.of(page.ctx)
    type_server(qtbot, page, server.url)
    qtbot.waitUntil(lambda: controller.error != "", timeout=30000)
    assert "ingetrokken" in controller.error
    assert "Traceback" not in controller.error and "\n" not in controller.error
    assert page.message.isVisible() and page.message.styleSheet() == ERROR_STYLE
    assert controller.last_sync is None


@pytest.mark.parametrize("typed", ["ftp://centrale.school.nl", "centrale", "https://:8470"])
def test_a_wrong_address_is_refused_in_dutch_and_not_kept(
    qtbot: QtBot, page: SyncView, typed: str
) -> None:
    type_server(qtbot, page, typed)
    note = page.server_note
    assert note.isVisible() and "Het serveradres" in note.text() and "https://" in note.text()
    assert page.server_edit.text() == typed  # kept, to be corrected
    assert not page.ctx.settings.value(sync_status.SERVER_KEY)
    assert SyncController.of(page.ctx).server is None
    type_server(qtbot, page, "https://centrale.school.nl")  # corrected: taken, note gone
    assert not note.isVisible()
    assert page.ctx.settings.value(sync_status.SERVER_KEY) == "https://centrale.school.nl"


def test_a_wrong_address_is_shown_also_on_a_laptop_not_enrolled_yet(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "nieuw.sqlite")
    settings = QSettings(str(tmp_path / "i.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    try:
        type_server(qtbot, view, "centrale.school.nl")
        assert view.server_note.isVisible() and "Het serveradres" in view.server_note.text()
    finally:
        ctx.wait()
        store.close()


def test_the_site_configuration_names_the_server(
    qtbot: QtBot, page: SyncView, netsite: tuple[Site, Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    _site, server = netsite
    site_dir = Path(str(page.ctx.settings.fileName())).parent / "beheer"
    site_dir.mkdir()
    (site_dir / "jw-desktop.ini").write_text(
        f"[synchronisatie]\nserver = {server.url}\n", encoding="utf-8"
    )
    monkeypatch.setenv("JW_DESKTOP_SITE_DIR", str(site_dir))
    controller = SyncController.of(page.ctx)
    assert controller.server == server.url
    page.show_state()
    assert page.server_edit.text() == server.url
    controller.check()
    qtbot.waitUntil(lambda: synced(controller), timeout=30000)
