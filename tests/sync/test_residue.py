"""A jobcoach's laptop holds nothing outside its scope, looked for everywhere a thief
would: every table (the sync bookkeeping and the search index included), the raw
database file, its write-ahead log and the backups beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sitekit import (
    Site,
    device_id,
    end_jerome_placement,
    student,
)

from jw_desktop.model import NoteCategory, Role
from jw_desktop.model.database import list_backups


def every_value(path: Path) -> list[str]:
    """Every value of every row of every table, as text."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = []
        for tbl in tables:
            for values in con.execute(f'SELECT * FROM "{tbl}"'):
                found.extend(str(v) for v in values if v is not None)
        return found
    finally:
        con.close()


def files_of(path: Path) -> list[Path]:
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()] + [
        b.path for b in list_backups(path)
    ]


def traces(path: Path, needles: list[str]) -> list[str]:
    """Where any needle still stands: a table value, or bytes in one of the files."""
    hits = [f"tabel: {n}" for n in needles if any(n in v for v in every_value(path))]
    for file in files_of(path):
        data = file.read_bytes()
        hits += [f"{file.name}: {n}" for n in needles if n.encode() in data]
    return hits


def test_a_jobcoach_laptop_holds_no_care_note_trace_and_no_one_elses_password(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    care = site.central.add_note(jerome, "Zorgoverleg met moeder gepland", NoteCategory.CARE)
    admin = site.central.add_staff("Bea Beheer", "beheer@example.nl", Role.ADMIN)
    site.central.set_password(admin, "een heel lang wachtwoord voor de beheerder")
    coach_id = next(s.id for s in site.central.staff() if s.email == "coach@example.nl")
    site.central.set_password(coach_id, "een heel lang wachtwoord voor de coach")
    reports = site.round()
    assert all(r.refused == [] for r in reports)
    assert reports[-1].in_sync and reports[-2].in_sync
    values = every_value(site.coach.path)
    assert care.hex not in values  # neither the note nor its audit entry (id, category)
    assert "zorg" not in values
    con = sqlite3.connect(site.coach.path)
    try:
        hashes = dict(con.execute("SELECT email, password_hash FROM staff"))
        conflicts = con.execute("SELECT COUNT(*) FROM sync_conflict").fetchone()[0]
        actors = {a for (a,) in con.execute("SELECT DISTINCT actor_id FROM audit_entry")}
    finally:
        con.close()
    assert hashes["coach@example.nl"] is not None  # the jobcoach can log in offline
    assert {e for e, h in hashes.items() if h is not None} == {"coach@example.nl"}
    assert actors <= {coach_id.hex, None}
    assert conflicts == 0
    # The teacher's laptop holds teachers' hashes, not the admin's.
    con = sqlite3.connect(site.teacher.path)
    try:
        teacher_hashes = dict(con.execute("SELECT email, password_hash FROM staff"))
    finally:
        con.close()
    assert teacher_hashes["beheer@example.nl"] is None
    assert site.coach.login("coach@example.nl", "een heel lang wachtwoord voor de coach")


def test_a_departed_student_leaves_no_trace_on_the_jobcoach_laptop(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    site.coach.add_note(jerome, "Laatste week in de kas", NoteCategory.WORK)
    assert all(r.refused == [] for r in site.round())
    site.coach.backup()  # a backup made by hand, beside the database
    needles = ["Jerome", "Jansen", jerome.hex, "Laatste week in de kas"]
    assert traces(site.coach.path, needles)  # they are there to begin with
    end_jerome_placement(site)
    reports = site.round() + site.round()
    assert all(r.refused == [] for r in reports)
    assert sum(r.purged for r in reports) > 0
    assert site.coach.find_students("Jerome") == []
    assert traces(site.coach.path, needles) == []
    # The central and the teacher keep everything: a purge does not travel.
    assert site.central.find_students("Jerome") and site.teacher.find_students("Jerome")
    assert device_id(site.central) in every_value(site.coach.path)
