"""Synchronisatie on a new laptop whose school has a server: 'Aanmelden bij de server'
sends the aanmelding over the network (a real server process on loopback) and shows this
laptop's fingerprint; once the admin approved it, 'Inschrijving ophalen' enrolls the laptop
and the page says the central's fingerprint. No files carried."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import TODAY, small_catalogue, small_school
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from served import open_store, serving
from test_sync_view import answer_text_dialogs

from jw_desktop.model import SchoolStore
from jw_desktop.sync import enrol_net, session
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.sync_enrol_net import SENT_KEY
from jw_desktop.ui.views.sync_view import SyncView
from jw_desktop.ui.widgets.sync_status import SERVER_KEY


@pytest.fixture
def central_file(tmp_path: Path) -> Path:
    with SchoolStore.open(tmp_path / "centrale.sqlite", today=lambda: TODAY) as central:
        central.import_catalogue(small_catalogue())
        central.import_school(small_school())
        return central.path


@contextlib.contextmanager
def page(
    qtbot: QtBot, tmp_path: Path, server: str | None, sent: bool = False
) -> Iterator[SyncView]:
    """The Synchronisatie page of the new laptop; sent: it sent its aanmelding to server
    before (the setting the page keeps)."""
    store = open_store(tmp_path / "nieuw.sqlite")
    settings = QSettings(str(tmp_path / "nieuw.ini"), QSettings.Format.IniFormat)
    if server:
        settings.setValue(SERVER_KEY, server)
    if server and sent:
        settings.setValue(SENT_KEY, server)
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


def test_a_laptop_enrols_over_the_network_from_the_sync_page(
    qtbot: QtBot, tmp_path: Path, central_file: Path
) -> None:
    with serving(central_file) as url, page(qtbot, tmp_path, url) as view:
        box = view.network_enrol
        assert box.isVisible() and not box.fetch_button.isEnabled()
        answer_text_dialogs(qtbot, "Laptop Sanne")
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        me = session.identity(view.ctx.store).public()
        qtbot.waitUntil(lambda: me.fingerprint() in box.info.text(), timeout=20000)
        assert box.fetch_button.isEnabled()
        qtbot.mouseClick(box.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "nog niet goedgekeurd" in box.info.text(), timeout=20000)
    with open_store(central_file) as central:
        (waiting,) = enrol_net.pending(central)
        assert (waiting.name, waiting.fingerprint) == ("Laptop Sanne", me.fingerprint())
        enrol_net.approve(central, waiting.aanmelding_id, role="docent", staff_email=None)
        fingerprint = session.identity(central).public().fingerprint()
    with serving(central_file) as url, page(qtbot, tmp_path, url, sent=True) as view:
        box = view.network_enrol  # the window opened again, the server on a new port
        assert box.fetch_button.isEnabled()
        qtbot.mouseClick(box.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fingerprint in view.notice.text(), timeout=20000)
        assert session.central_identity(view.ctx.store) is not None
        assert not box.isVisible()  # enrolled: the section is gone


def test_without_a_server_address_the_section_is_not_shown(qtbot: QtBot, tmp_path: Path) -> None:
    with page(qtbot, tmp_path, None) as view:
        assert not view.network_enrol.isVisible()
        assert view.enrol_box.isVisible()  # the file steps stay


def test_a_server_that_is_down_is_one_dutch_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    with page(qtbot, tmp_path, "http://127.0.0.1:9") as view:
        box = view.network_enrol
        answer_text_dialogs(qtbot, "Laptop Sanne")
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "niet bereikbaar" in box.info.text(), timeout=20000)
        assert box.send_button.isEnabled() and session.central_identity(view.ctx.store) is None
