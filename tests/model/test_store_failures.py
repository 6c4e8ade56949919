"""The store's robustness guarantees on real SQLite files (see jw_desktop/model/database.py).

Every failure must arrive as the right StoreError subclass with a Dutch message, and must
leave the data exactly as it was: we compare the row data (or the file's bytes) before and
after, and reopen the store to show it still works.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY, small_catalogue
from filecheck import DUTCH, digest, read_only, rows, small_disk
from sqlalchemy import event

from jw_desktop.model import (
    CardType,
    NoteCategory,
    SchoolStore,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
    database,
)
from jw_desktop.model.specs import CardSpec, CatalogueSpec

TESTS = Path(__file__).resolve().parents[1]


# -- helpers ----------------------------------------------------------------------------


def count(path: Path, table: str) -> int:
    return len(rows(path)[table])


def assert_dutch(error: StoreError) -> None:
    assert error.message == str(error)
    assert sum(word in f" {error.message.lower()} " for word in DUTCH) >= 2, error.message
    assert "Traceback" not in error.message


def close_quietly(store: SchoolStore) -> None:
    with contextlib.suppress(Exception):
        store.close()


def spawn(code: str, *args: str) -> subprocess.Popen[str]:
    """A second program (python -c code args...), with the tests folder importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_line(proc: subprocess.Popen[str], timeout: float = 30.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        proc.kill()
        pytest.fail("the helper process did not answer in time")
    line = proc.stdout.readline()
    if not line:
        proc.wait()
        err = proc.stderr.read() if proc.stderr else ""
        pytest.fail(f"the helper process ended early ({proc.returncode}): {err}")
    return line.strip()


def kill(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


@contextlib.contextmanager
def running(proc: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    try:
        yield proc
    finally:
        kill(proc)


def jerome(store: SchoolStore) -> Any:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined]


def big_catalogue(cards: int = 150, body: int = 3000) -> CatalogueSpec:
    """The small catalogue plus many long lesson cards: needs many new pages."""
    base = small_catalogue()
    extra = [
        CardSpec(
            f"GR-LK-{100 + i}",
            CardType.LESKAART,
            "groen",
            4,
            f"Les {i}",
            theme="planten",
            body=(f"Les {i}: " + "snoeien, zaaien en verpotten " * (body // 28))[:body],
        )
        for i in range(cards)
    ]
    return dataclasses.replace(base, cards=[*base.cards, *extra])


# -- 1. locked by another running instance ----------------------------------------------

HOLD_OPEN = """
    import sys, time
    from jw_desktop.model import SchoolStore
    store = SchoolStore.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    """


def test_second_open_in_same_program_is_refused(store: SchoolStore) -> None:
    before = rows(store.path)
    with pytest.raises(StoreLocked) as caught:
        SchoolStore.open(store.path)
    assert_dutch(caught.value)
    assert "al geopend" in caught.value.message
    assert rows(store.path) == before
    store.add_note(jerome(store), "Gaat nog gewoon door", NoteCategory.WORK)  # first is fine


def test_open_held_by_another_process_is_refused_until_it_is_killed(db_path: Path) -> None:
    SchoolStore.open(db_path).close()
    with running(spawn(HOLD_OPEN, str(db_path))) as holder:
        assert read_line(holder) == "open"
        before = rows(db_path)
        with pytest.raises(StoreLocked) as caught:
            SchoolStore.open(db_path)
        assert_dutch(caught.value)
        assert rows(db_path) == before
        holder.send_signal(signal.SIGKILL)  # no clean-up: the OS must drop the lock
        holder.wait(timeout=10)
    with SchoolStore.open(db_path, today=lambda: TODAY) as again:
        again.import_catalogue(small_catalogue())
        assert again.info().counts["kaarten"] == 6
    assert database.integrity_problems(db_path) == []


# The lock is on the file, not on the name it was reached by: a symlink, a relative path or
# (where the file system ignores case) another letter case names the same store, with the
# same lock, the same path in messages and the same backups folder.


def _link_elsewhere(path: Path, tmp_path: Path) -> Path:
    """A symlink to the store from another folder (a shortcut on the desktop)."""
    desktop = tmp_path / "bureaublad"
    desktop.mkdir(exist_ok=True)
    link = desktop / "mijn-school.sqlite"
    link.symlink_to(path)
    return link


def test_open_through_a_symlink_is_the_same_store(store: SchoolStore, tmp_path: Path) -> None:
    path = store.path
    link = _link_elsewhere(path, tmp_path)
    before = rows(path)
    with pytest.raises(StoreLocked) as caught:
        SchoolStore.open(link)
    assert_dutch(caught.value)
    assert rows(path) == before
    store.close()
    with SchoolStore.open(link) as through:
        assert through.path == path
        with pytest.raises(StoreLocked):
            SchoolStore.open(path)
    assert database.backup_dir(link) == database.backup_dir(path) == path.parent / "backups"
    assert not (link.parent / "backups").exists()
    assert [b.reason for b in database.list_backups(link)] == ["dagelijks"]


def test_open_held_through_a_symlink_by_another_process_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    SchoolStore.open(db_path).close()
    link = _link_elsewhere(db_path, tmp_path)
    with running(spawn(HOLD_OPEN, str(link))) as holder:
        assert read_line(holder) == "open"
        before = rows(db_path)
        with pytest.raises(StoreLocked) as caught:
            SchoolStore.open(db_path)
        assert_dutch(caught.value)
        assert rows(db_path) == before


@pytest.mark.parametrize("relative", ["school.sqlite", "elders/../school.sqlite"])
def test_open_through_a_relative_path_is_the_same_store(
    store: SchoolStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: str
) -> None:
    (tmp_path / "elders").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreLocked):
        SchoolStore.open(relative)
    path = store.path
    store.close()
    with SchoolStore.open(relative) as through:
        assert through.path == path
        with pytest.raises(StoreLocked):
            SchoolStore.open(path)
    assert database.backup_dir(Path(relative)) == path.parent / "backups"


def _ignores_case(folder: Path) -> bool:
    probe = folder / "hoofdletters.txt"
    probe.write_text("?", encoding="utf-8")
    try:
        return (folder / "HOOFDLETTERS.TXT").exists()
    finally:
        probe.unlink()


def test_open_in_another_letter_case_is_the_same_store(store: SchoolStore) -> None:
    path = store.path
    if not _ignores_case(path.parent):
        pytest.skip(f"{path.parent} tells letter cases apart: another case is another file")
    upper = path.with_name(path.name.upper())
    with pytest.raises(StoreLocked):
        SchoolStore.open(upper)
    store.close()
    with SchoolStore.open(upper) as through:
        assert os.path.samefile(through.path, path)
        with pytest.raises(StoreLocked):
            SchoolStore.open(path)


def test_restore_through_the_real_path_while_open_through_a_symlink_is_refused(
    store: SchoolStore, tmp_path: Path
) -> None:
    """The app works through a shortcut; a restore names the real file. Without one lock
    the restore replaced the file under the running app, and everything the app saved
    after that went into the replaced file: lost."""
    path = store.path
    backup = Path(store.backup())
    store.close()
    link = _link_elsewhere(path, tmp_path)
    with SchoolStore.open(link, today=lambda: TODAY) as app:
        app.add_note(jerome(store), "Na de reservekopie", NoteCategory.WORK)
        before, before_backups = rows(path), database.list_backups(path)
        with pytest.raises(StoreLocked) as caught:
            database.restore_backup(path, backup)
        assert_dutch(caught.value)
        assert rows(path) == before
        assert database.list_backups(path) == before_backups
        app.add_note(jerome(store), "En nog een", NoteCategory.WORK)  # the app carries on
    texts = {n for (n,) in sqlite3.connect(path).execute("SELECT text FROM note")}
    assert {"Na de reservekopie", "En nog een"} <= texts
    assert not [p for p in path.parent.rglob("*") if p.name.endswith(".tmp")]


# -- 2. busy: another program holds a write transaction ---------------------------------

HOLD_WRITE = """
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    con.execute("UPDATE school SET city = 'Elders'")  # uncommitted: never visible to us
    print("locked", flush=True)
    sys.stdin.readline()
    con.execute("ROLLBACK")
    con.close()
    print("released", flush=True)
    """


def test_write_while_another_program_writes_is_busy_and_changes_nothing(
    store: SchoolStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # read at connect time
    store.db.engine.dispose()
    student = jerome(store)
    before = rows(store.path)
    with running(spawn(HOLD_WRITE, str(store.path))) as holder:
        assert read_line(holder) == "locked"
        with pytest.raises(StoreLocked) as caught:
            store.add_note(student, "Mag niet half worden weggeschreven", NoteCategory.WORK)
        assert_dutch(caught.value)
        assert "bezet" in caught.value.message
        with pytest.raises(StoreLocked):
            store.import_catalogue(big_catalogue(cards=5))
        assert store.notes(student) == []  # reading still works while the other one writes
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert read_line(holder) == "released"
    assert rows(store.path) == before
    store.add_note(student, "Nu wel", NoteCategory.WORK)
    assert [n.text for n in store.notes(student)] == ["Nu wel"]


# -- 3. corrupt or foreign files --------------------------------------------------------


def test_text_file_named_sqlite_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite"
    path.write_text("Boodschappen: melk, brood, kaas\n" * 50, encoding="utf-8")
    before = digest(path)
    with pytest.raises(StoreCorrupt) as caught:
        SchoolStore.open(path)
    assert_dutch(caught.value)
    assert digest(path) == before
    assert not database.backup_dir(path).exists()
    with pytest.raises(StoreCorrupt):  # and again: the failed attempt left nothing behind
        SchoolStore.open(path)


def _overwrite_pages(path: Path, pages: list[int]) -> None:
    page_size = 4096
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA page_size").fetchone()[0] == page_size
    con.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * page_size : page * page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    path.write_bytes(bytes(data))


def _pages_of(path: Path, tables: tuple[str, ...]) -> list[int]:
    con = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(tables))
        return [
            r[0] for r in con.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks})", tables)
        ]
    finally:
        con.close()


STORE_CALLS: list[tuple[str, Callable[[SchoolStore, Any], object]]] = [
    ("info", lambda s, _j: s.info()),
    ("students", lambda s, _j: s.students()),
    ("search_cards", lambda s, _j: s.search_cards("water")),
    ("notes", lambda s, j: s.notes(j)),
    ("add_note", lambda s, j: s.add_note(j, "Op een kapotte schijf", NoteCategory.WORK)),
    ("import_catalogue", lambda s, _j: s.import_catalogue(big_catalogue(cards=3))),
]


def _use_damaged(path: Path, student: Any, *, auto_backup: bool = True) -> list[str]:
    """Open and use a damaged store; return which steps raised StoreCorrupt. Any other
    exception type fails the test."""
    try:
        damaged = SchoolStore.open(path, today=lambda: TODAY, auto_backup=auto_backup)
    except StoreCorrupt as exc:
        assert_dutch(exc)
        return ["open"]
    corrupt = []
    try:
        for name, call in STORE_CALLS:
            try:
                call(damaged, student)
            except StoreCorrupt as exc:
                assert_dutch(exc)
                corrupt.append(name)
    finally:
        damaged.close()
    return corrupt


def test_garbage_over_pages_in_the_middle_is_corrupt(store: SchoolStore) -> None:
    student, path = jerome(store), store.path
    store.close()
    con = sqlite3.connect(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    _overwrite_pages(path, list(range(pages // 3, 2 * pages // 3)))
    before = digest(path)
    assert _use_damaged(path, student)  # here the schema pages are hit: refused at open
    assert digest(path) == before


def test_garbage_over_data_pages_is_corrupt_at_first_use(store: SchoolStore) -> None:
    """Schema intact, but the pages of the tables the actions need are garbage."""
    student, path = jerome(store), store.path
    store.close()
    shutil.rmtree(database.backup_dir(path), ignore_errors=True)
    _overwrite_pages(path, _pages_of(path, ("student", "card", "note", "audit_entry")))
    before = digest(path)
    failed = _use_damaged(path, student, auto_backup=False)
    assert {"students", "add_note", "info"} <= set(failed), failed
    assert digest(path) == before
    # When a daily backup is due, taking it finds the damage: refused at open, and a
    # damaged store is never kept as a backup (it would push good ones out).
    assert _use_damaged(path, student) == ["open"]
    assert digest(path) == before
    assert database.list_backups(path) == []
    assert not list(database.backup_dir(path).glob("*.tmp"))


def test_damaged_store_does_not_rotate_good_backups_away(store: SchoolStore) -> None:
    path = store.path
    store.close()
    keep = database.BACKUP_KEEP["dagelijks"]
    for _ in range(keep):
        database.make_backup(path, "dagelijks")
    _overwrite_pages(path, _pages_of(path, ("student", "note")))
    good = reversed(database.list_backups(path))  # oldest first; all but one are deltas
    for days, info in enumerate(good):  # all 'old': every open now wants a daily backup
        stamp = info.made_at - timedelta(days=30 - days)
        name = f"school-{stamp:%Y%m%dT%H%M%S%f}Z-dagelijks{info.path.suffix}"
        info.path.rename(info.path.with_name(name))
    for _ in range(3):
        with pytest.raises(StoreCorrupt) as caught:
            SchoolStore.open(path)
        assert_dutch(caught.value)
    kept = [b for b in database.list_backups(path) if b.reason == "dagelijks"]
    assert len(kept) == keep
    assert all(database.verify_backup(b.path) == database.HEAD_REVISION for b in kept)
    assert not list(database.backup_dir(path).glob("*.tmp"))


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "adresboek.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contact (naam TEXT, telefoon TEXT)")
    con.execute("INSERT INTO contact VALUES ('Piet', '06-12345678')")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StoreCorrupt) as caught:
        SchoolStore.open(path)
    assert_dutch(caught.value)
    assert "niet van jw-desktop" in caught.value.message
    assert digest(path) == before
    assert rows(path) == {"contact": [("Piet", "06-12345678")]}


# -- 4. read-only location --------------------------------------------------------------


def test_store_in_read_only_folder(store: SchoolStore, tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "school.sqlite"
    store.close()
    shutil.copyfile(store.path, path)
    before = digest(path)
    with read_only(folder):
        with pytest.raises(StoreReadOnly) as caught:
            SchoolStore.open(path)
        assert_dutch(caught.value)
        assert "alleen-lezen" in caught.value.message or "schrijven" in caught.value.message
        with pytest.raises(StoreReadOnly):
            SchoolStore.open(folder / "nieuw.sqlite")
        assert digest(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["school.sqlite"]
    with SchoolStore.open(path) as again:  # writable again: nothing was lost
        assert again.info().counts["leerlingen"] == 2


AS_NOBODY = """
    import os, sys
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
    try:
        from jw_desktop.model import SchoolStore, StoreError
    except Exception as exc:  # the venv or the checkout is not readable for 'nobody'
        print("skip", type(exc).__name__, exc, flush=True)
        sys.exit(0)
    for name in sys.argv[1:]:
        try:
            SchoolStore.open(name).close()
            print("opened", flush=True)
        except StoreError as exc:
            print(type(exc).__name__, exc.message, flush=True)
    """


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can drop to the user 'nobody'")
def test_store_without_write_permission_as_unprivileged_user(store: SchoolStore) -> None:
    """Root ignores permissions; a program running as 'nobody' does not."""
    store.close()
    folder = Path(tempfile.mkdtemp(prefix="jw-ro-"))  # outside pytest's 0700 tmp folders
    try:
        folder.chmod(0o755)
        path = folder / "school.sqlite"
        shutil.copyfile(store.path, path)
        path.chmod(0o644)
        before = digest(path)
        proc = spawn(AS_NOBODY, str(path), str(folder / "nieuw.sqlite"))
        out, err = proc.communicate(timeout=60)
        if out.startswith("skip"):
            pytest.skip(f"'nobody' cannot import jw_desktop here: {out.strip()}")
        assert proc.returncode == 0, err
        lines = out.strip().splitlines()
        assert [line.split(" ", 1)[0] for line in lines] == ["StoreReadOnly", "StoreReadOnly"]
        assert "kan niet geschreven worden" in lines[0]
        assert digest(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["school.sqlite"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- 5. full disk -----------------------------------------------------------------------


def _limit_pages(store: SchoolStore, spare: int) -> Callable[[], None]:
    """Let the store's connections grow the file by only `spare` pages (SQLITE_FULL after
    that). Returns a function that lifts the limit."""
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


def test_full_database_rolls_back_the_whole_action(store: SchoolStore) -> None:
    before = rows(store.path)
    lift = _limit_pages(store, spare=4)
    with pytest.raises(StoreFull) as caught:
        store.import_catalogue(big_catalogue())
    assert_dutch(caught.value)
    assert "vol" in caught.value.message
    assert rows(store.path) == before
    assert store.info().counts["kaarten"] == 6  # still readable with the limit on
    lift()
    assert store.import_catalogue(big_catalogue()) == 150
    assert store.info().counts["kaarten"] == 156
    assert database.integrity_problems(store.path) == []


def test_full_database_on_open_of_a_new_store(tmp_path: Path) -> None:
    """Creating a store needs many pages: with none to spare the schema is not half made."""
    path = tmp_path / "nieuw.sqlite"
    path.touch()  # an empty file is a new store

    def tiny(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA max_page_count = 3")

    original = database.make_engine

    def make_tiny_engine(p: Path) -> Any:
        engine = original(p)
        event.listen(engine, "connect", tiny)
        return engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(database, "make_engine", make_tiny_engine)
        with pytest.raises(StoreFull) as caught:
            SchoolStore.open(path)
    assert_dutch(caught.value)
    assert rows(path) == {}  # no half schema
    with SchoolStore.open(path) as fine:
        assert fine.info().revision == database.HEAD_REVISION


def fill(folder: Path) -> Path:
    filler = folder / "vulling.bin"
    with open(filler, "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def test_full_disk_on_a_real_small_file_system(tmp_path: Path) -> None:
    with small_disk(tmp_path / "stick", 2048) as disk:
        path = disk / "school.sqlite"
        with SchoolStore.open(path, today=lambda: TODAY) as store:
            store.import_catalogue(small_catalogue())
            before = rows(path)
            filler = fill(disk)
            with pytest.raises(StoreFull) as caught:
                store.import_catalogue(big_catalogue())
            assert_dutch(caught.value)
            assert rows(path) == before
            assert store.info().counts["kaarten"] == 6
            filler.unlink()
            assert store.import_catalogue(big_catalogue(cards=20, body=500)) == 20
        assert database.integrity_problems(path) == []
        assert not list(disk.rglob("*.tmp"))


# -- 6. a database from a newer version ------------------------------------------------


def test_database_from_newer_version_is_refused_untouched(store: SchoolStore) -> None:
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_uit_de_toekomst'")
    con.commit()
    con.close()
    before_bytes = digest(path)
    before_backups = database.list_backups(path)
    with pytest.raises(StoreTooNew) as caught:
        SchoolStore.open(path)
    assert_dutch(caught.value)
    assert "nieuwere versie" in caught.value.message
    assert digest(path) == before_bytes
    assert database.list_backups(path) == before_backups
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


# -- 9. crash safety --------------------------------------------------------------------

WRITE_LOOP = """
    import sys, uuid
    from jw_desktop.model import NoteCategory, SchoolStore
    store = SchoolStore.open(sys.argv[1], auto_backup=False)
    student = uuid.UUID(sys.argv[2])
    for i in range(100000):
        store.add_note(student, f"Notitie {i} " + "tekst " * (i % 50), NoteCategory.WORK)
        print(i, flush=True)
    """


def test_killed_writer_leaves_whole_actions_only(store: SchoolStore) -> None:
    path, student = store.path, jerome(store)
    store.close()
    with running(spawn(WRITE_LOOP, str(path), str(student))) as writer:
        done = -1
        while done < 40:
            done = int(read_line(writer))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    assert database.integrity_problems(path) == []
    with SchoolStore.open(path, today=lambda: TODAY) as again:
        notes = again.notes(student)
        assert len(notes) > done  # everything reported as done is there
        assert {n.text.split(" ")[1] for n in notes} >= {str(i) for i in range(done + 1)}
        again.add_note(student, "Na de crash", NoteCategory.WORK)
    con = sqlite3.connect(path)
    note_ids = {r[0] for r in con.execute("SELECT id FROM note")}
    audited = {
        r[0]
        for r in con.execute("SELECT entity_id FROM audit_entry WHERE action = 'notitie.toevoegen'")
    }
    con.close()
    assert note_ids == audited
    assert len(note_ids) == len(notes) + 1


KILLED_BACKUP = """
    import sqlite3, sys
    from jw_desktop.model import SchoolStore

    class Stalled(sqlite3.Connection):
        def backup(self, target, **_options):
            def stop(_status, _remaining, _total):
                print("copying", flush=True)
                sys.stdin.readline()  # killed here, with the copy half made
            super().backup(target, pages=1, progress=stop)

    plain = sqlite3.connect
    sqlite3.connect = lambda *a, **k: plain(*a, factory=Stalled, **k)
    SchoolStore.open(sys.argv[1])  # the daily backup is due: killed while it is copied
    """


def _make_old(paths: list[Path], by: timedelta) -> None:
    for p in paths:
        stamp = p.stat().st_mtime - by.total_seconds()
        os.utime(p, (stamp, stamp))


def test_killed_backup_leaves_a_half_copy_that_a_later_open_removes(store: SchoolStore) -> None:
    path = store.path
    store.close()
    folder = database.backup_dir(path)
    with running(spawn(KILLED_BACKUP, str(path))) as killed:
        assert read_line(killed) == "copying"
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
    left = sorted(folder.iterdir())
    assert any(p.name.endswith(".tmp") for p in left), left  # the half copy (and its journal)
    assert database.list_backups(path) == []
    with SchoolStore.open(path, auto_backup=False) as again:  # just killed: could be a copy
        assert again.warnings == []  # still being made, so it stays
    assert sorted(folder.iterdir()) == left
    _make_old(left, timedelta(days=1))
    with SchoolStore.open(path) as again:
        assert again.warnings == []
    (daily,) = database.list_backups(path)
    assert sorted(folder.iterdir()) == [daily.path]
    assert database.integrity_problems(daily.path) == []
