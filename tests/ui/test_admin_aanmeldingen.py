"""Beheer > Apparaten on the central: the aanmeldingen laptops sent over the network,
approved (Goedkeuren, after the fingerprint question) or rejected (Afwijzen) by clicking,
as the admin would. Real store files; the aanmeldingen arrive through enrol_net.receive,
the server side of POST /v1/aanmelding."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_admin import click, context, open_tab

from jw_desktop.model import Role, SchoolStore
from jw_desktop.sync import enrol_net, session
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.views.admin import AdminView

ADMIN = "b.koster@example.nl"


@pytest.fixture
def store(demo_db: Path) -> Iterator[SchoolStore]:
    with SchoolStore.open(demo_db, sleep=lambda _s: None) as opened:
        yield opened


@pytest.fixture
def admin(qtbot: QtBot, store: SchoolStore, tmp_path: Path) -> Iterator[AdminView]:
    ctx = context(store, tmp_path, ADMIN)
    view = AdminView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.refresh()
    try:
        yield view
    finally:
        ctx.wait()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ask.confirm answers yes; what it asked is kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ask, "confirm", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(str(a[2])))
    return asked


def send(central: SchoolStore, tmp_path: Path, name: str) -> SchoolStore:
    """A laptop store whose aanmelding reached the central (as the route takes it)."""
    laptop = SchoolStore.open(tmp_path / f"{name}.sqlite", auto_backup=False)
    doc = session._sign(session.enrollment_request(laptop, name), session.identity(laptop))
    enrol_net.receive(central, json.dumps(doc).encode())
    return laptop


def test_admin_approves_a_network_aanmelding_after_comparing_the_fingerprint(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, tmp_path: Path, yes: list[str]
) -> None:
    laptop = send(store, tmp_path, "Laptop Sanne")
    fingerprint = session.identity(laptop).public().fingerprint()
    open_tab(qtbot, admin, "Apparaten")
    box = admin.devices.network
    assert box.waiting.isVisible() and box.waiting.rowCount() == 1
    assert box.waiting.item(0, 0).text() == "Laptop Sanne"
    assert box.waiting.item(0, 1).text() == fingerprint
    box.waiting.selectRow(0)
    box.role.setCurrentIndex(box.role.findData(Role.TEACHER))
    click(qtbot, box.approve_button)
    assert fingerprint in yes[-1]  # the question names the fingerprint to compare
    assert "Laptop Sanne is ingeschreven als docent" in admin.devices.feedback.text()
    assert box.none_waiting.isVisible() and not box.waiting.isVisible()
    assert [d.name for d in session.enrolled_devices(store)] == ["Laptop Sanne"]
    assert admin.devices.devices.rowCount() == 1
    header = enrol_net.sign_request(session.identity(laptop), "GET", "/v1/inschrijving", b"")
    doc = enrol_net.pickup(store, header, "GET", "/v1/inschrijving")
    assert doc is not None and doc["device"] == session.identity(laptop).device_id
    laptop.close()


def test_admin_rejects_a_network_aanmelding(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, tmp_path: Path, yes: list[str]
) -> None:
    laptop = send(store, tmp_path, "Laptop Onbekend")
    open_tab(qtbot, admin, "Apparaten")
    box = admin.devices.network
    box.waiting.selectRow(0)
    click(qtbot, box.reject_button)
    assert "afgewezen" in admin.devices.feedback.text()
    assert enrol_net.pending(store) == [] and session.enrolled_devices(store) == []
    assert not box.approve_button.isEnabled()
    laptop.close()


def test_nothing_happens_when_the_admin_says_no_to_the_fingerprint_question(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: False)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    laptop = send(store, tmp_path, "Laptop Twijfel")
    open_tab(qtbot, admin, "Apparaten")
    box = admin.devices.network
    box.waiting.selectRow(0)
    click(qtbot, box.approve_button)
    click(qtbot, box.reject_button)
    assert [w.name for w in enrol_net.pending(store)] == ["Laptop Twijfel"]
    assert session.enrolled_devices(store) == []
    laptop.close()
