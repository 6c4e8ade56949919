"""Sync reaches storage only through the model's replica interface (issue 14 item 1): a
full disk in any of its write transactions is one Dutch sentence and changes nothing, and
the admin's acts on devices (enrol, revoke, trust a publisher) leave an audit entry."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sitekit import Site, device_id, open_store
from sqlalchemy import event

from jw_desktop.model import SchoolStore, StoreFull
from jw_desktop.sync import session
from jw_desktop.sync.identity import load_or_create


def _limit_pages(store: SchoolStore, spare: int) -> Callable[[], None]:
    """Let the store's connections grow the file by only `spare` pages (SQLITE_FULL)."""
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    con.close()

    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + spare}")

    event.listen(store.db.engine, "connect", limit)
    store.db.engine.dispose()

    def lift() -> None:
        event.remove(store.db.engine, "connect", limit)
        store.db.engine.dispose()

    return lift


def _rows(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("who", ["teacher", "central"])
def test_a_full_disk_during_a_sync_is_one_dutch_sentence_and_changes_nothing(
    site: Site, who: str
) -> None:
    for i in range(40):  # enough for the receiving side to need new pages
        site.central.add_group(f"Klas {i:02d} met een lange naam om pagina's te vullen", 2)
        site.teacher.add_group(f"Groep {i:02d} van de docent, ook met een lange naam", 3)
    session.device_sync(site.teacher, site.box)  # the teacher's bundle waits for the central
    session.central_sync(site.central, site.box)  # ... and the central's answer for the teacher
    session.device_sync(site.teacher, site.box)
    for i in range(40):
        site.central.add_group(f"Nog een klas {i:02d} met een lange naam", 2)
        site.teacher.add_group(f"Nog een groep {i:02d} van de docent", 3)
    session.device_sync(site.teacher, site.box)  # waits for the central
    if who == "teacher":
        session.central_sync(site.central, site.box)  # its answer waits for the teacher
    store = getattr(site, who)
    store.checkpoint()
    before = _rows(store.path)
    lift = _limit_pages(store, spare=0)
    step = session.device_sync if who == "teacher" else session.central_sync
    with pytest.raises(StoreFull) as caught:
        step(store, site.box)
    assert "vol" in caught.value.message and "Traceback" not in caught.value.message
    lift()
    store.checkpoint()
    assert _rows(store.path) == before  # nothing half-written
    step(store, site.box)  # room again: the same step now goes through
    assert _rows(store.path) != before


def _audit(store: SchoolStore) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return [
            (str(a), str(s))
            for a, s in con.execute(
                "SELECT action, summary FROM audit_entry WHERE entity = 'apparaat' ORDER BY at"
            )
        ]
    finally:
        con.close()


def test_enrol_revoke_and_trust_leave_an_audit_entry_naming_the_device(
    site: Site, tmp_path: Path
) -> None:
    laptop = open_store(tmp_path / "nieuw.sqlite")
    try:
        request = session.enrollment_request(laptop, "Laptop Cem")
        session.enroll(site.central, request, role="docent", staff_email="docent@example.nl")
        new_id = device_id(laptop)
    finally:
        laptop.close()
    session.revoke(site.central, new_id)
    publisher = load_or_create(tmp_path / "uitgever.key", "ab" * 16, "Uitgeverij J&W")
    session.trust_publisher(site.central, publisher.public().to_json())
    site.central.checkpoint()

    entries = _audit(site.central)
    actions = [a for a, _s in entries]
    assert actions[-3:] == ["apparaat.inschrijven", "apparaat.intrekken", "uitgever.vertrouwen"]
    assert "Laptop Cem" in entries[-3][1] and new_id in entries[-3][1]
    assert "docent" in entries[-3][1]
    assert entries[-2][1] == new_id
    assert "Uitgeverij J&W" in entries[-1][1]
    for _a, summary in entries:
        assert "Jerome" not in summary  # the device, never a student


def test_a_revoke_of_an_unknown_device_writes_no_audit_entry(site: Site) -> None:
    before = _audit(site.central)
    with pytest.raises(Exception, match="Er is geen ingeschreven apparaat"):
        session.revoke(site.central, "f" * 32)
    assert _audit(site.central) == before
