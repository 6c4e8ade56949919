"""The window's first start on a laptop an admin installed with an inschrijfbewijs: no demo
school, an empty store enrolled with the ticket, a login that says calmly why no one can
log in yet and syncs through the site's folder; after the central's round (the admin's
CLI, a real subprocess) the teacher logs in and sees their students. A site
configuration that cannot be read stops the start with one sentence and makes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_process import run_cli
from factories import TODAY, small_catalogue, small_school
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.model import SchoolStore
from jw_desktop.sync import session
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.login import LoginDialog
from jw_desktop.ui.widgets.sync_status import SyncController

PASSWORD = "geheim-wachtwoord-42"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A central with the small school, its ticket for Anne's laptop, and the site folder
    the installer left: jw-desktop.ini naming the ticket and the sync folder."""
    central = SchoolStore.open(tmp_path / "central.sqlite", today=lambda: TODAY, auto_backup=False)
    central.import_catalogue(small_catalogue())
    central.import_school(small_school())
    for member in central.staff():
        central.set_password(member.id, PASSWORD)
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    central.close()
    site, box = tmp_path / "site", tmp_path / "box"
    site.mkdir()
    box.mkdir()
    (site / "inschrijfbewijs.json").write_text(json.dumps(ticket), "utf-8")
    (site / "jw-desktop.ini").write_text(
        f"[inschrijving]\nbestand = inschrijfbewijs.json\n[synchronisatie]\nmap = {box}\n",
        "utf-8",
    )
    monkeypatch.setenv("JW_DESKTOP_SITE_DIR", str(site))
    return {"central": tmp_path / "central.sqlite", "box": box, "site": site}


def central_round(central: Path, box: Path) -> None:
    """The admin's sync on the central, as they run it: the CLI."""
    result = run_cli("central", "--db", str(central), "sync", "--folder", str(box))
    assert result.returncode == 0, (result.stdout, result.stderr)


def test_first_start_is_enrolled_waits_calmly_then_the_teacher_logs_in(
    qtbot: QtBot, tmp_path: Path, installed: dict[str, Path], messages: list[str]
) -> None:
    path = tmp_path / "data" / "jw-desktop.sqlite"
    store, code = app.open_store(path)
    assert store is not None and code == 0 and messages == []
    try:
        assert store.school_name() is None  # no demo school
        assert session.enrolled_central(store) is not None
        settings = QSettings(str(tmp_path / "jw.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, settings)
        controller = SyncController.of(ctx)
        assert controller.folder == installed["box"]  # the site's folder is the default
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        # the first sync started by itself: the aanmelding and the bundle are in the folder
        qtbot.waitUntil(lambda: not controller.running and controller.outcome is not None)
        assert controller.outcome is not None and controller.outcome.report is not None
        assert list(installed["box"].rglob("*.aanmelding.json"))
        text = dialog.message.text()
        assert "ingeschreven bij Praktijkschool Test" in text
        assert "wacht op de eerste synchronisatie" in text and str(installed["box"]) in text
        assert dialog.sync_button.isVisible()
        qtbot.keyClicks(dialog.email, "docent@example.nl")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert "klopt niet" not in dialog.message.text()
        assert "wacht op de eerste synchronisatie" in dialog.message.text()
        assert ctx.user is None

        central_round(installed["central"], installed["box"])
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "De centrale heeft geantwoord" in dialog.message.text())
        assert not dialog.sync_button.isVisible()
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert ctx.user is not None and ctx.user.name == "Anne Docent"
        assert {s.name for s in store.students()} == {"Fatima El Amrani", "Jerome Jansen"}
        ctx.wait()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("ini", "words"),
    [
        ("[inschrijving\nbestand = x\n", "kloppen niet"),
        ("[inschrijving]\nbestand = ontbreekt.json\n", "bestaat niet"),
    ],
)
def test_unusable_site_config_stops_the_start_with_one_sentence_and_makes_nothing(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
    ini: str,
    words: str,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "jw-desktop.ini").write_text(ini, "utf-8")
    monkeypatch.setenv("JW_DESKTOP_SITE_DIR", str(site))
    path = tmp_path / "data" / "jw-desktop.sqlite"
    store, code = app.open_store(path)
    assert store is None and code != 0
    (message,) = messages
    assert words in message and "Traceback" not in message
    assert not path.exists() and not (tmp_path / "data").exists()
