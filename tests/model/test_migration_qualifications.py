"""Migration 0006_qualifications on a store with a catalogue: the competence table is rebuilt
with its rows, ids and references intact, codes become unique per dossier, and every synced
table of the qualification structure captures its changes."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from factories import TODAY

from jw_desktop.model import CompetenceKind, SchoolStore, database
from jw_desktop.model.migrations import run_upgrade
from jw_desktop.model.specs import CatalogueSpec, CompetenceSpec, LinkSpec

BEFORE = "0005_refusals"


def store_at_0005(path: Path) -> dict[str, str]:
    """A store at the revision before, with a dossier, a kerndoel, a werkproces under a
    parent and a card version linked to it, written in plain SQL (the models are newer)."""
    engine = database.make_engine(path)
    try:
        run_upgrade(engine, BEFORE)
    finally:
        engine.dispose()
    ids = {k: uuid.uuid4().hex for k in ("qual", "kd", "wp", "sector", "card", "version", "link")}
    con = sqlite3.connect(path)
    now = "2026-11-20 10:00:00.000000"
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        con.execute(
            "INSERT INTO qualification VALUES (?, ?, ?, ?, ?, 'catalogue')",
            ("Groen", "25000", now, 0, ids["qual"]),
        )
        for key, code, kind, parent, qual in (
            ("kd", "KD1", "kerndoel", None, None),
            ("wp", "B1-K1-W1", "werkproces", ids["kd"], ids["qual"]),
        ):
            con.execute(
                "INSERT INTO competence (code, kind, title, parent_id, qualification_id, "
                "updated_at, deleted, id, partition) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'catalogue')",
                (code, kind, f"titel {code}", parent, qual, now, ids[key]),
            )
        con.execute(
            "INSERT INTO sector (key, name, updated_at, deleted, id, partition) "
            "VALUES ('groen', 'Groen', ?, 0, ?, 'catalogue')",
            (now, ids["sector"]),
        )
        con.execute(
            "INSERT INTO card (code, card_type, sector_id, theme_id, phase, current_version, "
            "updated_at, deleted, id, partition) VALUES ('GR-1', 'leskaart', ?, NULL, 4, 1, ?, 0, "
            "?, 'catalogue')",
            (ids["sector"], now, ids["card"]),
        )
        con.execute(
            "INSERT INTO card_version (card_id, number, title, summary, body, tags, "
            "published_on, id, partition) VALUES (?, 1, 'Planten', '', '', '[]', '2026-08-01', "
            "?, 'catalogue')",
            (ids["card"], ids["version"]),
        )
        con.execute(
            "INSERT INTO card_competence (card_version_id, competence_id, id, partition) "
            "VALUES (?, ?, ?, 'catalogue')",
            (ids["version"], ids["wp"], ids["link"]),
        )
    con.close()
    return ids


def test_upgrade_keeps_the_competences_and_their_references(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite"
    ids = store_at_0005(path)
    with SchoolStore.open(path, today=lambda: TODAY) as store:
        assert store.info().revision == database.HEAD_REVISION
        assert [c.code for c in store.search_cards(competence="25000/B1-K1-W1")] == ["GR-1"]
        row = store.coverage().row("25000/B1-K1-W1")
        assert row.competence_id == uuid.UUID(ids["wp"]) and row.cards == 1 and row.depth == 1
        # now a second dossier can have the same code, linked to the kerndoel with a source
        store.import_catalogue(
            CatalogueSpec(
                sectors=[("groen", "Groen")],
                qualifications=[("25001", "Logistiek")],
                competences=[
                    CompetenceSpec("B1-K1-W1", CompetenceKind.WERKPROCES, "X", None, "25001")
                ],
                links=[LinkSpec("25001/B1-K1-W1", "KD1", "SLO kerndoelen praktijkonderwijs")],
            )
        )
        assert sorted(r.ref for r in store.coverage().rows if r.code == "B1-K1-W1") == [
            "25000/B1-K1-W1",
            "25001/B1-K1-W1",
        ]
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        triggers = {
            n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        for table in ("competence", "competence_link", "card_sector"):
            assert {f"sync_ins_{table}", f"sync_upd_{table}"} <= triggers, table
        # the rebuilt table captures a changed column again
        with con:
            con.execute("UPDATE competence SET title = 'nieuw' WHERE id = ?", (ids["wp"],))
        cols = {
            c
            for (c,) in con.execute(
                "SELECT col FROM sync_clock WHERE tbl = 'competence' AND pk = ?", (ids["wp"],)
            )
        }
        assert cols == {"*", "title"}
        assert con.execute(
            "SELECT count(*) FROM sync_clock WHERE tbl = 'competence_link'"
        ).fetchone() == (1,)
    finally:
        con.close()
