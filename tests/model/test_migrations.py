"""Schema migrations: the models and the Alembic scripts agree, an old store is upgraded
with its data intact (and backed up first), and a failed upgrade changes nothing."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from filecheck import digest, rows
from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from jw_desktop.model import (
    BackupError,
    CardType,
    ElementKind,
    SchoolStore,
    StoreError,
    StoreFull,
    database,
)
from jw_desktop.model.catalogue import Card, CardElement, CardVersion, Sector
from jw_desktop.model.entities import Base
from jw_desktop.model.migrations import run_upgrade, script_revisions
from jw_desktop.model.people import School

FIRST = "0001_schema"


def schema(path: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr)
    finally:
        con.close()


def old_store(path: Path) -> dict[str, uuid.UUID]:
    """A store as the first release left it (revision 0001, no search index), with a
    school and a card written through the ORM."""
    engine = database.make_engine(path)
    try:
        run_upgrade(engine, FIRST)
        ids = {name: uuid.uuid4() for name in ("school", "sector", "card", "version")}
        with Session(engine) as s, s.begin():
            s.add(
                School(
                    id=ids["school"],
                    name="Oude School",
                    city="Gouda",
                    partition=f"school/{ids['school'].hex}",
                )
            )
            s.add(Sector(id=ids["sector"], key="groen", name="Groen", partition="catalogue"))
            s.flush()
            s.add(
                Card(
                    id=ids["card"],
                    code="GR-IK-9",
                    card_type=CardType.INSTRUCTIEKAART,
                    sector_id=ids["sector"],
                    phase=4,
                    partition="catalogue",
                )
            )
            s.flush()
            s.add(
                CardVersion(
                    id=ids["version"],
                    card_id=ids["card"],
                    number=1,
                    title="Stekjes verpotten",
                    summary="Zet stekjes in grotere potten.",
                    body="",
                    tags=["potgrond"],
                    published_on=date(2025, 8, 1),
                    partition="catalogue",
                )
            )
            s.flush()
            # the columns card_element had then (a later revision added student_text)
            s.execute(
                insert(CardElement.__table__),
                [
                    {
                        "card_version_id": ids["version"],
                        "kind": ElementKind.STEP,
                        "position": i,
                        "text": text,
                        "partition": "catalogue",
                    }
                    for i, text in enumerate(("Vul de pot met potgrond", "Zet het stekje erin"))
                ],
            )
    finally:
        engine.dispose()
    assert database.read_revision(path) == (FIRST, True)
    return ids


# -- models and scripts agree -----------------------------------------------------------


def test_known_revisions_match_the_scripts() -> None:
    assert list(database.KNOWN_REVISIONS) == script_revisions()
    assert script_revisions()[-1] == database.HEAD_REVISION


def _include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Same rule as migrations/env.py: the FTS5 index is made by hand, not by the models.
    return not (type_ == "table" and name is not None and name.startswith("card_search"))


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = database.make_engine(tmp_path / "head.sqlite")
    try:
        run_upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": _include}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_new_store_is_at_head_with_search_index(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    with SchoolStore.open(path) as store:
        assert store.info().revision == database.HEAD_REVISION
    assert database.list_backups(path) == []  # nothing to back up before the first upgrade
    assert "card_search" in {t for t in rows(path)}


# -- upgrading an old store -------------------------------------------------------------


def test_old_store_is_backed_up_and_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite"
    ids = old_store(path)
    old_rows = rows(path)
    with SchoolStore.open(path) as store:
        assert store.info().revision == database.HEAD_REVISION
        assert store.info().counts["kaarten"] == 1
        hits = store.search_cards("stekje")  # the index was filled from the old cards
        assert [(h.id, h.code) for h in hits] == [(ids["card"], "GR-IK-9")]
        assert [h.code for h in store.search_cards("potgrond")] == ["GR-IK-9"]
        card = store.card(ids["card"])
        assert [e.text for e in card.elements] == ["Vul de pot met potgrond", "Zet het stekje erin"]
    new_rows = rows(path)
    for table, data in old_rows.items():
        if table != "alembic_version":  # a later revision may add columns at the end
            width = len(data[0]) if data else 0
            assert [row[:width] for row in new_rows[table]] == data, table
    backups = database.list_backups(path)
    assert [b.reason for b in backups] == ["voor-upgrade"]
    assert database.read_revision(backups[0].path) == (FIRST, True)
    assert rows(backups[0].path) == old_rows
    assert database.integrity_problems(path) == []
    with SchoolStore.open(path, auto_backup=False):  # already at head: no second backup
        pass
    assert [b.reason for b in database.list_backups(path)] == ["voor-upgrade"]


def test_failing_migration_leaves_the_old_schema_and_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "school.sqlite"
    old_store(path)
    before_schema, before_rows = schema(path), rows(path)
    original = Operations.execute
    calls: list[object] = []

    def execute_then_fail(self: Operations, sqltext: Any, *args: Any, **kw: Any) -> Any:
        calls.append(sqltext)
        if len(calls) == 2:  # the index table exists by now, filling it fails
            raise RuntimeError("migratie halverwege afgebroken")
        return original(self, sqltext, *args, **kw)

    monkeypatch.setattr(Operations, "execute", execute_then_fail)
    with pytest.raises(RuntimeError, match="halverwege"):
        SchoolStore.open(path)
    assert len(calls) == 2
    assert schema(path) == before_schema  # the created FTS table was rolled back too
    assert rows(path) == before_rows
    assert database.read_revision(path) == (FIRST, True)
    monkeypatch.undo()
    with SchoolStore.open(path) as store:  # the lock was released; a later try succeeds
        assert store.info().revision == database.HEAD_REVISION
        assert [h.code for h in store.search_cards("stekje")] == ["GR-IK-9"]


def test_migration_on_a_full_disk_is_store_full_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "school.sqlite"
    old_store(path)
    before_schema, before_rows = schema(path), rows(path)
    con = sqlite3.connect(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    original = database.make_engine

    def no_room(p: Path) -> Any:
        engine = original(p)

        @event.listens_for(engine, "connect")
        def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    monkeypatch.setattr(database, "make_engine", no_room)
    with pytest.raises(StoreError) as caught:
        SchoolStore.open(path)
    assert type(caught.value) is StoreFull
    assert "vol" in caught.value.message
    assert schema(path) == before_schema
    assert rows(path) == before_rows
    monkeypatch.undo()
    with SchoolStore.open(path) as store:
        assert store.info().revision == database.HEAD_REVISION


def test_old_store_is_not_upgraded_without_its_backup(tmp_path: Path) -> None:
    """An old store whose backup cannot be made (backups folder is a file) is not upgraded."""
    path = tmp_path / "school.sqlite"
    old_store(path)
    before = digest(path)
    database.backup_dir(path).write_text("geen map", encoding="utf-8")
    with pytest.raises(BackupError):
        SchoolStore.open(path)
    assert digest(path) == before
    assert database.read_revision(path) == (FIRST, True)
