"""Incremental daily backups on real files: the newest daily backup is a whole copy kept
up to date with only the changed pages, each older day is a delta of old pages; every
listed day restores to exactly the data of that day, a SIGKILL at any step leaves every
earlier day restorable and the next backup completes, and a purge reaches the old pages
the deltas hold."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY
from filecheck import read_only, rows

from jw_desktop.model import BackupError, NoteCategory, SchoolStore, StoreCorrupt, database

TESTS = Path(__file__).resolve().parents[1]

Rows = dict[str, list[tuple[Any, ...]]]


def jerome(store: SchoolStore) -> Any:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined]


def a_day(path: Path, student: Any, text: str) -> None:
    """A day of work: a note written in the store (the backup is not made here)."""
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as store:
        store.add_note(student, text, NoteCategory.WORK)


def dailies(path: Path) -> list[database.BackupInfo]:
    return [b for b in database.list_backups(path) if b.reason == "dagelijks"]


def restored(path: Path, backup: Path) -> Rows:
    """The rows a restore of `backup` gives, restored beside the store (not over it)."""
    other = path.with_name("teruggezet.sqlite")
    other.unlink(missing_ok=True)
    assert database.restore_backup(other, backup) is None
    assert database.integrity_problems(other) == []
    return rows(other)


def days_of_work(store: SchoolStore, days: int) -> tuple[Path, dict[Any, Rows]]:
    """`days` days each with a note and then the daily backup; the rows of each day."""
    path, student = store.path, jerome(store)
    store.close()
    truth: dict[Any, Rows] = {}
    for day in range(days):
        a_day(path, student, f"Dag {day}: goed gewerkt")
        made = database.make_backup(path, "dagelijks")
        truth[made.made_at] = rows(path)
    return path, truth


def test_each_day_restores_to_exactly_that_days_data(store: SchoolStore) -> None:
    path, truth = days_of_work(store, 5)
    listed = dailies(path)
    assert [b.made_at for b in listed] == sorted(truth, reverse=True)
    assert [b.path.suffix for b in listed] == [".sqlite"] + [".delta"] * 4
    size = path.stat().st_size
    assert all(b.size < size / 4 for b in listed[1:])  # only the pages a note changed
    for info in listed:
        assert database.verify_backup(info.path) == database.HEAD_REVISION
        assert restored(path, info.path) == truth[info.made_at], info.path.name
    assert len({str(t) for t in truth.values()}) == 5  # five different days
    assert rows(listed[0].path) == rows(path)  # the newest is a plain file


def test_a_restore_over_the_store_brings_back_an_older_day(store: SchoolStore) -> None:
    path, truth = days_of_work(store, 3)
    oldest = dailies(path)[-1]
    safety = database.restore_backup(path, oldest.path)
    assert safety is not None and rows(safety) == truth[max(truth)]
    assert rows(path) == truth[oldest.made_at]
    with SchoolStore.open(path, today=lambda: TODAY) as again:
        assert [n.text for n in again.notes(jerome(store))] == ["Dag 0: goed gewerkt"]


def test_rotation_keeps_seven_days_each_restorable(store: SchoolStore) -> None:
    keep = database.BACKUP_KEEP["dagelijks"]
    path, truth = days_of_work(store, keep + 3)
    listed = dailies(path)
    assert [b.made_at for b in listed] == sorted(truth, reverse=True)[:keep]
    for info in (listed[0], listed[-1]):
        assert restored(path, info.path) == truth[info.made_at]
    assert sorted(os.listdir(database.backup_dir(path))) == sorted(b.path.name for b in listed)


def test_a_delta_that_does_not_fit_or_is_damaged_is_refused(store: SchoolStore) -> None:
    path, _truth = days_of_work(store, 3)
    newest, middle, oldest = dailies(path)
    data = bytearray(middle.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    middle.path.write_bytes(bytes(data))
    for info in (middle, oldest):  # the oldest builds on the damaged one
        with pytest.raises(BackupError) as caught:
            database.verify_backup(info.path)
        assert "niets veranderd" in caught.value.message
    assert database.verify_backup(newest.path) == database.HEAD_REVISION
    middle.path.unlink()  # the oldest now lies over the wrong day: refused, not applied
    with pytest.raises(BackupError) as caught:
        database.restore_backup(path.with_name("teruggezet.sqlite"), oldest.path)
    assert "past niet" in caught.value.message
    assert not list(database.backup_dir(path).glob(".*"))


# -- SIGKILL during the daily backup ------------------------------------------------------

KILLED_DAILY = """
import os, signal, sys
from jw_desktop.model import SchoolStore, increments

point = sys.argv[2]
FSYNC = {"delta-written": 1, "journal-named": 2, "copy-written": 3, "copy-named": 4,
         "delta-named": 5}
calls = [0]
real_fsync = os.fsync

def fsync(fd):
    calls[0] += 1
    if FSYNC.get(point) == calls[0]:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)

class HalfWritten(list):
    \"\"\"Killed halfway through writing the new pages into the rolling copy.\"\"\"
    seen = 0
    def __iter__(self):
        HalfWritten.seen += 1
        for i, change in enumerate(list.__iter__(self)):
            if HalfWritten.seen == 2 and i == len(self) // 2:
                os.kill(os.getpid(), signal.SIGKILL)
            yield change

real_changed = increments.changed_pages

def changed_pages(*args, **kwargs):
    found = real_changed(*args, **kwargs)
    return None if found is None else HalfWritten(found)

os.fsync = fsync
if point == "half-written":
    increments.changed_pages = changed_pages
with SchoolStore.open(sys.argv[1], auto_backup=False) as store:
    store.db.backup(reason="dagelijks")
print("not killed")
"""

POINTS = ["delta-written", "journal-named", "half-written", "copy-written", "copy-named"]
POINTS += ["delta-named"]


def run_killed(path: Path, point: str) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_DAILY), str(path), point],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("point", POINTS)
def test_a_daily_backup_killed_at_any_step(store: SchoolStore, point: str) -> None:
    student = jerome(store)
    path, truth = days_of_work(store, 3)
    for i in range(40):  # enough for many changed pages, so a kill can land among them
        a_day(path, student, f"Vandaag {i}: " + "veel geschreven " * 40)
    today = rows(path)
    run_killed(path, point)

    # Before anything settles: the store is as it was, every earlier day restores to
    # its data, and a new day is listed only once whole.
    assert rows(path) == today
    listed = dailies(path)
    earlier = [b for b in listed if b.made_at in truth]
    assert [b.made_at for b in earlier] == sorted(truth, reverse=True)
    assert len(listed) - len(earlier) == (1 if point in ("copy-named", "delta-named") else 0)
    for info in listed:
        expected = truth.get(info.made_at, today)
        assert restored(path, info.path) == expected, (point, info.path.name)

    # The next open settles what the kill left and the next daily backup completes.
    with SchoolStore.open(path, auto_backup=False) as opened:
        opened.db.backup(reason="dagelijks")
    folder = database.backup_dir(path)
    assert not [n for n in os.listdir(folder) if n.endswith(".journal")]
    listed = dailies(path)
    assert len(listed) == len(earlier) + (2 if point in ("copy-named", "delta-named") else 1)
    assert [b.path.suffix for b in listed] == [".sqlite"] + [".delta"] * (len(listed) - 1)
    for info in listed:
        assert restored(path, info.path) == truth.get(info.made_at, today), info.path.name


# -- the purge reaches the deltas ---------------------------------------------------------


SECRET = "Zorgoverleg met de moeder van Jerome"


def note_only_in_the_backup(store: SchoolStore) -> tuple[Path, Any, str]:
    """A care note in a daily backup (the rolling copy) that has since gone from the store,
    as a sync's purge leaves it: (the store's path, the student, the note's partition)."""
    path, student = store.path, jerome(store)
    store.add_note(student, SECRET, NoteCategory.CARE)
    store.close()
    database.make_backup(path, "dagelijks")
    con = sqlite3.connect(path)
    partition = con.execute("SELECT partition FROM note WHERE text = ?", (SECRET,)).fetchone()[0]
    con.execute("PRAGMA secure_delete = ON")
    con.execute("DELETE FROM note WHERE text = ?", (SECRET,))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path, student, str(partition)


def test_a_purge_reaches_the_old_pages_in_the_deltas(store: SchoolStore) -> None:
    path, student, partition = note_only_in_the_backup(store)
    secret = SECRET
    for day in range(2):
        a_day(path, student, f"Dag {day}")
        database.make_backup(path, "dagelijks")
    oldest = dailies(path)[-1]
    assert oldest.path.suffix == ".delta"
    assert secret.encode() not in path.read_bytes()
    assert secret.encode() in oldest.path.read_bytes()  # the old page with the note
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as s:
        s.forget([partition])
    listed = dailies(path)
    assert len(listed) == 3 and all(b.path.suffix == ".sqlite" for b in listed)
    for info in listed:
        data = info.path.read_bytes()
        assert secret.encode() not in data, info.path.name
        assert database.verify_backup(info.path) == database.HEAD_REVISION
    assert not [n for n in os.listdir(database.backup_dir(path)) if n.endswith(".delta")]
    # and the next daily backup carries on from the purged whole copy
    a_day(path, student, "Na het opschonen")
    made = database.make_backup(path, "dagelijks")
    assert rows(made.path) == rows(path)


# -- a damaged store -----------------------------------------------------------------------


def _swap_first_cells(path: Path, table: str) -> None:
    """Damage a page so that it still looks like a page (its first two cell pointers
    swapped: the rows are out of order), which only SQLite's quick_check finds."""
    con = sqlite3.connect(path)
    try:
        page = con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' AND ncell >= 2",
            (table,),
        ).fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    with open(path, "rb+") as fh:
        fh.seek((page - 1) * 4096 + 8)
        pointers = fh.read(4)
        fh.seek((page - 1) * 4096 + 8)
        fh.write(pointers[2:] + pointers[:2])
    assert database.integrity_problems(path) != []


def test_damage_that_looks_like_pages_is_found_within_a_few_daily_backups(
    store: SchoolStore,
) -> None:
    """Each daily backup checks the pages it writes; the whole quick_check runs on at
    least every FULL_CHECK_EVERY-th one, so later damage is refused while the days from
    before it are kept and sound."""
    path = store.path
    store.close()
    database.make_backup(path, "dagelijks")  # a whole copy: checked as a whole
    good = dailies(path)[0].made_at
    _swap_first_cells(path, "student")
    made = 0
    with pytest.raises(StoreCorrupt):
        for _ in range(database.FULL_CHECK_EVERY):
            database.make_backup(path, "dagelijks")
            made += 1
    assert made == database.FULL_CHECK_EVERY - 1
    listed = dailies(path)
    assert len(listed) == made + 1
    assert listed[-1].made_at == good
    assert database.verify_backup(listed[-1].path) == database.HEAD_REVISION
    folder = database.backup_dir(path)
    assert not [n for n in os.listdir(folder) if n.startswith(".")]


def test_a_read_only_backups_folder_refuses_the_daily_backup_and_loses_nothing(
    store: SchoolStore,
) -> None:
    path, truth = days_of_work(store, 2)
    a_day(path, jerome(store), "Vandaag")
    folder = database.backup_dir(path)
    before = {n: (folder / n).read_bytes() for n in os.listdir(folder)}
    with read_only(folder), pytest.raises(BackupError) as caught:
        database.make_backup(path, "dagelijks")
    assert "kan niet geschreven worden" in caught.value.message
    assert {n: (folder / n).read_bytes() for n in os.listdir(folder)} == before
    for info in dailies(path):
        assert restored(path, info.path) == truth[info.made_at]
    made = database.make_backup(path, "dagelijks")  # writable again: it completes
    assert restored(path, made.path) == rows(path)


def test_a_purge_reaches_the_old_pages_a_killed_daily_backup_left(
    store: SchoolStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A daily backup killed after it saved the old pages (the delta's temporary file,
    before it is named the journal) leaves them in the backups folder: a purge
    (SchoolStore.forget) must not leave them there (review finding of issue 13)."""
    path, _student, partition = note_only_in_the_backup(store)
    real = os.replace

    def killed(src: object, dst: object) -> None:
        if str(dst).endswith(database.JOURNAL_SUFFIX):
            raise KeyboardInterrupt  # the process dies here: the .tmp was fsynced
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        database.make_backup(path, "dagelijks")
    monkeypatch.setattr(database.os, "replace", real)
    folder = database.backup_dir(path)
    left = [n for n in os.listdir(folder) if SECRET.encode() in (folder / n).read_bytes()]
    assert left  # the rolling copy and the killed backup's old pages
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as s:
        s.forget([partition])
    left = [n for n in os.listdir(folder) if SECRET.encode() in (folder / n).read_bytes()]
    assert left == [], left
