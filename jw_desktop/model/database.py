"""The SQLite file: opening it safely, migrating it, backing it up and restoring it.

Guarantees (each has a test in tests/model/test_store_failures.py, test_backup_restore.py
or test_migrations.py):
- one running program owns a store at a time (an OS lock on '<file>.lock', released by the
  OS even when the program is killed), however the file is reached: every function here
  first turns the path it is given into the file's one name (store_path);
- WAL, foreign keys on, synchronous=FULL: a committed action survives a crash;
- a file that is not a jw-desktop database, a damaged one, a read-only place, a full disk,
  or a database from a newer app version each raise a StoreError with a Dutch message, and
  leave the file as it was;
- before an upgrade the old file is backed up; automatic backups rotate; a backup is checked
  before it gets its name, so a damaged store never becomes (and never rotates out) a backup
  (a daily one made from changed pages checks those pages, and the whole file at least
  every FULL_CHECK_EVERY-th day: tests/model/test_incremental_backup.py);
  the half copy a killed backup leaves is removed at a later open (BACKUP_TEMP_AGE), and a
  daily backup killed while it updated the rolling copy is undone or finished
  (settle_backups);
- a rollback journal a killed writer left (a restored store is in that mode until its next
  open) is rolled back at the next open or restore, never read past nor carried over to a
  restored file (roll_back_interrupted; tests/sync/test_kill_loop.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc

from . import increments
from .errors import (
    BackupError,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)

SQLITE_HEADER = b"SQLite format 3\x00"

# The schema revisions this version knows, oldest first. Kept here so that opening a store
# needs no Alembic import; tests/model/test_migrations.py checks it against the scripts.
KNOWN_REVISIONS = (
    "0001_schema",
    "0002_card_search",
    "0003_sync",
    "0004_accounts",
    "0005_refusals",
    "0006_qualifications",
    "0007_assessment",
    "0008_consent",
    "0009_voice",
    "0010_placements",
    "0011_student_text",
    "0012_credential_proof",
    "0013_enrolment_ticket",
    "0014_lean_change_log",
    "0015_digest_cache",
    "0016_http_nonce",
    "0017_network_aanmelding",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

BUSY_TIMEOUT_MS = 3000
DAILY_BACKUP_AGE = timedelta(hours=20)
DAILY = "dagelijks"
DELTA_SUFFIX = ".delta"
JOURNAL_SUFFIX = ".delta.journal"
BACKUP_KEEP = {DAILY: 7, "voor-upgrade": 3, "voor-herstel": 3}
FULL_CHECK_EVERY = 4
"""A daily backup made from changed pages checks each of them (increments.page_sound);
at least every FULL_CHECK_EVERY-th one also runs the whole quick_check a whole copy gets,
so damage those checks miss is found while more than half of the kept days predate it."""
BACKUP_TEMP_AGE = timedelta(minutes=10)
"""A backup's temporary copy this old is what a killed backup left, and an open removes it.
Only the program holding a store's lock writes its backups and the clean-up runs right
after taking the lock, so such a copy is dead; the margin covers a backup made without the
lock (make_backup on a closed store, or a store of the same name stem) still being written."""


def translate(exc: BaseException, path: Path | str = "") -> StoreError | None:
    """Map a SQLite failure to the StoreError a user understands, or None if it is a bug."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        if isinstance(orig, OSError) and orig.errno == 28:
            return StoreFull(_full_message(path))
        return None
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreLocked(
            f"De gegevens in {path} zijn even bezet door een ander programma. "
            "Probeer het zo opnieuw; er is niets gewijzigd."
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StoreFull(_full_message(path))
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StoreReadOnly(_readonly_message(path))
    if (
        name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))
        or "malformed" in text
        or ("not a database" in text)
    ):
        return StoreCorrupt(_corrupt_message(path))
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreReadOnly(_readonly_message(path))
    if name.startswith("SQLITE_IOERR"):
        return StoreError(
            f"Lezen of schrijven van {path} is mislukt ({orig}). Controleer de schijf of "
            "USB-stick; er is niets gewijzigd."
        )
    return None


def _full_message(path: Path | str) -> str:
    return (
        f"De schijf waarop {path} staat is vol. Maak ruimte vrij en probeer het opnieuw; "
        "er is niets gewijzigd."
    )


def _readonly_message(path: Path | str) -> str:
    return (
        f"Op de plek van {path} kan niet geschreven worden (alleen-lezen of geen rechten). "
        "Kies een andere map of vraag de beheerder om schrijfrechten."
    )


def _corrupt_message(path: Path | str) -> str:
    return (
        f"{path} is geen leesbare jw-desktop-database (beschadigd of een ander bestand). "
        "Er is niets aan veranderd. Zet een reservekopie terug met 'jw-desktop restore'."
    )


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see _on_begin) so that every transaction is real,
    # including reads, and writers can take the lock up front.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA journal_mode = WAL")
    # Deleted content is overwritten, not left in free pages: what a purge or an erase
    # removes is gone from the file (docs/privacy.md).
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    made_at: datetime
    size: int


def store_path(path: Path | str) -> Path:
    """The one name of a store file: symlinks followed, '..' gone, and on a system that
    ignores letter case (Windows) in one case. The lock, the backups folder and the path a
    Database keeps all come from it, so a shortcut, a relative path or another spelling
    of the same file can never get a second lock and write beside a running program."""
    return Path(os.path.normcase(os.path.realpath(Path(path).expanduser())))


def backup_dir(db_path: Path | str) -> Path:
    return store_path(db_path).parent / "backups"


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """Backups of this store, newest first. A daily backup is listed once, whichever
    parts it is stored in (the rolling copy, a delta, or the journal of a backup that was
    killed before it finished; see increments.py)."""
    db_path = store_path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    prefix = db_path.stem + "-"
    for file in folder.glob(f"{db_path.stem}-*.sqlite"):
        rest = file.stem[len(prefix) :]
        stamp, _, reason = rest.partition("-")
        made = _parse_stamp(stamp)
        if made is None or reason == DAILY:
            continue
        found.append(BackupInfo(file, reason, made, file.stat().st_size))
    for day in _days(db_path):
        with contextlib.suppress(OSError):  # removed while we looked
            found.append(BackupInfo(day.path, DAILY, day.made_at, day.path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _parse_stamp(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Day:
    """One daily backup and the files it is kept in: `full` (a whole SQLite file: the
    rolling copy, or an older day kept whole), `delta` (the pages that turn the next
    newer day back into this one) or `journal` (a delta not yet under its name: with a
    `full` of the same day it is the undo of a rolling copy a killed backup was writing,
    without one it is a finished day whose rename was cut off)."""

    made_at: datetime
    name: str
    full: Path | None = None
    delta: Path | None = None
    journal: Path | None = None

    @property
    def path(self) -> Path:
        found = self.full or self.delta or self.journal
        assert found is not None
        return found

    @property
    def whole(self) -> bool:
        """A plain SQLite file that needs nothing laid over it."""
        return self.full is not None and self.journal is None


def _days(db_path: Path) -> list[_Day]:
    """The daily backups of a store, newest first."""
    return _days_in(backup_dir(db_path), db_path.stem)


def _days_in(folder: Path, stem: str) -> list[_Day]:
    prefix = stem + "-"
    parts: dict[str, dict[str, Path]] = {}
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        if name.startswith("." + prefix) and name.endswith(JOURNAL_SUFFIX):
            kind, core = "journal", name[1 : -len(JOURNAL_SUFFIX)]
        elif name.startswith(prefix) and name.endswith(DELTA_SUFFIX):
            kind, core = "delta", name[: -len(DELTA_SUFFIX)]
        elif name.startswith(prefix) and name.endswith(".sqlite"):
            kind, core = "full", name[: -len(".sqlite")]
        else:
            continue
        stamp, _, reason = core[len(prefix) :].partition("-")
        if reason == DAILY and _parse_stamp(stamp) is not None:
            parts.setdefault(core, {})[kind] = folder / name
    days = [
        _Day(_parse_stamp(core.split("-")[-2]) or datetime.now(UTC), core, **found)
        for core, found in parts.items()
    ]
    return sorted(days, key=lambda d: d.made_at, reverse=True)


def _day_of(backup: Path) -> tuple[list[_Day], int] | None:
    """The daily backups beside `backup` and its place among them, when it is a daily
    backup that is not a plain file (a delta, a journal, a half-written rolling copy)."""
    name = backup.name
    if name.startswith(".") and name.endswith(JOURNAL_SUFFIX):
        core = name[1 : -len(JOURNAL_SUFFIX)]
    elif name.endswith(DELTA_SUFFIX):
        core = name[: -len(DELTA_SUFFIX)]
    elif name.endswith(".sqlite"):
        core = name[: -len(".sqlite")]
    else:
        return None
    stem, sep, rest = core.rpartition("-")  # '<stem>-<stamp>-dagelijks'
    stem, sep, _stamp = stem.rpartition("-")
    if rest != DAILY or not sep:
        return None
    days = _days_in(backup.parent, stem)
    for index, day in enumerate(days):
        if day.name == core and backup in (day.full, day.delta, day.journal):
            return None if day.whole else (days, index)
    return None


def _materialize(days: list[_Day], index: int, dest: Path) -> None:
    """Write the day days[index] as a whole SQLite file to dest: the nearest newer whole
    copy with the deltas down to that day laid over it. BackupError when a part is
    missing, damaged or does not fit; OSError when dest cannot be written."""
    start = index
    while days[start].full is None:
        start -= 1
        if start < 0:
            raise BackupError(
                f"Van de reservekopie {days[index].path.name} ontbreekt de latere "
                "reservekopie waarop hij voortbouwt; die dag kan niet worden teruggezet. "
                "Er is niets veranderd."
            )
    base = days[start]
    assert base.full is not None
    shutil.copyfile(base.full, dest)
    with open(dest, "rb+") as fh:
        if base.journal is not None:
            increments.apply_delta(base.journal, fh, undo=True)
        for day in days[start + 1 : index + 1]:
            part = day.delta or day.journal
            assert part is not None
            increments.apply_delta(part, fh)
        fh.flush()
        os.fsync(fh.fileno())


def _temp_copy(folder: Path, day: _Day) -> Path:
    return folder / f".{day.name}.sqlite.{uuid.uuid4().hex[:8]}.tmp"


def settle_backups(db_path: Path | str) -> None:
    """Finish what a killed daily backup left: a rolling copy it was writing gets its old
    pages back from the journal (the day it held is whole again), a journal whose new
    rolling copy got its name becomes that day's delta, and a delta that a whole copy
    of the same day replaced is removed. Call it holding the store's lock."""
    db_path = store_path(db_path)
    folder = backup_dir(db_path)
    changed = False
    for day in _days(db_path):
        if day.journal is not None:
            if day.full is not None:
                with open(day.full, "rb+") as fh:
                    increments.apply_delta(day.journal, fh, undo=True)
                day.journal.unlink()
            elif day.delta is not None:
                day.journal.unlink()
            else:
                os.replace(day.journal, folder / f"{day.name}{DELTA_SUFFIX}")
            changed = True
        if day.full is not None and day.delta is not None:
            day.delta.unlink()
            changed = True
    if changed:
        _fsync_dir(folder)


def flatten_backups(db_path: Path | str) -> None:
    """Make every daily backup a whole SQLite file again, newest first (each from the
    whole copy of the day after it), so that a purge reaches the old pages the deltas
    held (docs/privacy.md, 'Scope residue'). Call it holding the store's lock."""
    db_path = store_path(db_path)
    folder = backup_dir(db_path)
    settle_backups(db_path)
    days = _days(db_path)
    for index, day in enumerate(days):
        if day.full is not None:
            continue
        tmp = _temp_copy(folder, day)
        try:
            _materialize(days, index, tmp)
            full = folder / f"{day.name}.sqlite"
            os.replace(tmp, full)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _fsync_dir(folder)
        day.path.unlink()
        days[index] = _Day(day.made_at, day.name, full=full)


def _fsync_dir(folder: Path) -> None:
    """Make renames in folder durable (not possible, nor needed, on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def remove_backup_leftovers(
    db_path: Path | str, *, older_than: timedelta = BACKUP_TEMP_AGE
) -> list[Path]:
    """Remove the half copies (and their journals) that killed backups of this store left
    in its backups folder, once older_than. Call it only while holding the store's lock.
    Only names copy_database gives a backup of this store are touched; nothing that cannot
    be removed is an error (a read-only folder just keeps them). Returns what was removed."""
    db_path = store_path(db_path)
    own = re.compile(
        rf"\.{re.escape(db_path.stem)}-\d{{8}}T\d{{12}}Z-.+\.(sqlite|delta)\.[0-9a-f]{{8}}\.tmp"
        r"(-journal|-wal|-shm)?",
        re.IGNORECASE if os.path.normcase("A") == "a" else 0,  # as store_path spells names
    )
    return remove_old_files(backup_dir(db_path), own, older_than)


def remove_old_files(folder: Path, names: re.Pattern[str], older_than: timedelta) -> list[Path]:
    """Remove the plain files in `folder` whose whole name matches `names` and that are
    older than `older_than` (a writer still at work keeps its file young); a file that
    cannot be removed stays for next time. Returns what was removed."""
    cutoff = time.time() - older_than.total_seconds()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not names.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def copy_database(source: sqlite3.Connection, target: Path, source_path: Path | str = "") -> None:
    """A consistent copy through SQLite's backup API, written to a temporary file and then
    renamed, so a failed copy never leaves a half-written file under the real name.

    The backup API copies pages without reading them, so the copy is checked before it gets
    its name: a damaged source raises StoreCorrupt and leaves no backup behind (a damaged
    'backup' would otherwise push good ones out of the rotation)."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    sound = False
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            try:
                sound = [r[0] for r in dest.execute("PRAGMA quick_check")] == ["ok"]
            except sqlite3.DatabaseError as exc:
                if not isinstance(translate(exc), StoreCorrupt):
                    raise
        finally:
            dest.close()
        if sound:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        error = translate(exc, target)
        raise BackupError(
            error.message if error else f"Reservekopie naar {target} is mislukt: {exc}"
        ) from exc
    if not sound:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreCorrupt(
            f"{source_path or 'De database'} is beschadigd; er is geen reservekopie van "
            "gemaakt en er is niets aan veranderd. Zet een eerdere reservekopie terug met "
            "'jw-desktop restore'."
        )


def make_backup(db_path: Path | str, reason: str, target: Path | None = None) -> BackupInfo:
    """Back up a store to target, or into the rotating backups folder beside it. The
    daily one only writes what changed since the day before when it can (_daily_delta)."""
    db_path = store_path(db_path)
    now = datetime.now(UTC)
    if target is None:
        folder = backup_dir(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(_readonly_message(folder)) from exc
        target = folder / f"{db_path.stem}-{now:%Y%m%dT%H%M%S%f}Z-{reason}.sqlite"
        if reason == DAILY:
            made = _daily_delta(db_path, target, now)
            if made is not None:
                rotate_backups(db_path)
                return made
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy_database(source, target, db_path)
    finally:
        source.close()
    rotate_backups(db_path)
    return BackupInfo(target, reason, now, target.stat().st_size)


def _daily_delta(db_path: Path, target: Path, now: datetime) -> BackupInfo | None:
    """The daily backup as an update of the rolling copy (the newest daily backup, a whole
    file): only the pages that changed are written, after their old versions are saved
    as the delta of the day before (increments.py). None when that cannot be done safely
    - no rolling copy, another program reading or writing the store, most pages changed
    (after a purge) or a check that fails - and the caller makes a whole copy instead,
    which also gives the right error for a damaged store."""
    try:
        settle_backups(db_path)
    except (StoreError, OSError):
        return None
    days = _days(db_path)
    if not days or not days[0].whole or days[0].made_at >= now:
        return None
    con = sqlite3.connect(
        f"file:{db_path}", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        try:
            # Everything into the main file, then a read transaction on it alone: no
            # checkpoint can change that file while it lasts, so it is read as one moment.
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            con.execute("BEGIN")
            page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            return None
        wal = Path(f"{db_path}-wal")
        if busy or (wal.exists() and wal.stat().st_size > 0):
            return None
        # Every FULL_CHECK_EVERY-th daily backup at least: the check a whole copy gets, on
        # the same moment of the store, while the pages are compared and written (sqlite3
        # lets go of the GIL while it runs). The others check each changed page.
        sound: list[bool] = []
        check = threading.Thread(target=lambda: sound.append(_quick_check(con)), daemon=True)
        if _unchecked_days(days) + 1 >= FULL_CHECK_EVERY:
            check.start()
        else:
            sound.append(True)
        made: BackupInfo | None = None
        try:
            made = _update_rolling(db_path, days[0], target, page_size, now, check, sound)
            return made
        except OSError:
            return None  # nothing written yet (the rolling copy cannot be opened)
        finally:
            if check.is_alive():
                if made is None:
                    con.interrupt()  # the whole copy checks again; no need to wait
                check.join()
    finally:
        con.close()


def _update_rolling(
    db_path: Path,
    day: _Day,
    target: Path,
    page_size: int,
    now: datetime,
    check: threading.Thread,
    sound: list[bool],
) -> BackupInfo | None:
    """Steps, each safe to be killed after: (1) the old pages into a temporary file,
    fsynced, then named as the journal; (2) the new pages into the rolling copy, fsynced,
    and the store's check awaited; (3) the rolling copy renamed to today (the backup now
    exists); (4) the journal renamed to the delta of the day before. settle_backups undoes
    a kill in (2) and finishes one after (3); a reader lays the journal over a
    half-written copy."""
    folder = target.parent
    rolling = day.full
    assert rolling is not None
    journal = folder / f".{day.name}{JOURNAL_SUFFIX}"
    tmp = folder / f".{day.name}{DELTA_SUFFIX}.{uuid.uuid4().hex[:8]}.tmp"
    with open(db_path, "rb") as store, open(rolling, "rb+") as copy:
        store_size, copy_size = os.fstat(store.fileno()).st_size, os.fstat(copy.fileno()).st_size
        if store_size % page_size or copy_size % page_size or _page_size(copy) != page_size:
            return None
        store_pages = store_size // page_size
        changes = increments.changed_pages(store, copy, page_size, store_pages // 4)
        if changes is None:
            return None  # a whole copy is as cheap and leaves no big delta
        first = _as_backup_header(increments.read_page(store, 0, page_size), store_pages)
        if not changes or changes[0].number != 0:  # the header always changes
            changes.insert(0, increments.Change(0, first, increments.read_page(copy, 0, page_size)))
        else:
            changes[0] = increments.Change(0, first, changes[0].old)
        usable = page_size - first[20]
        for change in changes:
            if change.new and not increments.page_sound(
                change.new, change.number, store_pages, usable
            ):
                return None  # perhaps damaged: the whole copy's quick_check decides
        flags = increments.CHECKED if check.ident is not None else 0
        try:
            increments.write_delta(
                tmp, changes, page_size, copy_size // page_size, store_pages, flags
            )
            os.replace(tmp, journal)
            _fsync_dir(folder)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise _backup_error(exc, target) from exc
        try:
            for change in changes:
                if change.new:
                    copy.seek(change.number * page_size)
                    copy.write(change.new)
            copy.truncate(store_size)
            copy.flush()
            os.fsync(copy.fileno())
        except OSError as exc:
            _undo(journal, copy)
            raise _backup_error(exc, target) from exc
        if check.ident is not None:
            check.join()
        if sound != [True]:
            _undo(journal, copy)
            return None
    try:
        os.replace(rolling, target)
    except OSError as exc:  # e.g. held open by another program on Windows
        with contextlib.suppress(OSError), open(rolling, "rb+") as copy:
            _undo(journal, copy)
        raise _backup_error(exc, target) from exc
    _fsync_dir(folder)
    with contextlib.suppress(OSError):  # else settle_backups renames it at the next open
        os.replace(journal, folder / f"{day.name}{DELTA_SUFFIX}")
        _fsync_dir(folder)
    return BackupInfo(target, DAILY, now, store_size)


def _unchecked_days(days: list[_Day]) -> int:
    """How many daily backups in a row, newest first, were made without a whole
    quick_check (each delta says whether the day after it had one; a whole file had)."""
    streak = 0
    for day in days[1:]:
        part = day.delta or day.journal
        if part is None or increments.read_flags(part) & increments.CHECKED:
            break
        streak += 1
    return streak


def _page_size(fh: Any) -> int:
    fh.seek(16)
    raw = int.from_bytes(fh.read(2), "big")
    return 65536 if raw == 1 else raw


def _as_backup_header(page: bytes, pages: int) -> bytes:
    """Page 1 of the store as a backup's: rollback-journal mode (bytes 18-19, as
    copy_database leaves a copy, so a reader needs no -wal beside it), and the change
    counter, its valid-for copy and the page count as a write in that mode sets them."""
    head = bytearray(page)
    counter = (int.from_bytes(head[24:28], "big") + 1) & 0xFFFFFFFF
    head[18:20] = b"\x01\x01"
    head[24:28] = head[92:96] = counter.to_bytes(4, "big")
    head[28:32] = pages.to_bytes(4, "big")
    return bytes(head)


def _quick_check(con: sqlite3.Connection) -> bool:
    try:
        con.execute(f"PRAGMA mmap_size = {1 << 30}")  # read in place, not copied
        return [r[0] for r in con.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


def _undo(journal: Path, copy: Any) -> None:
    """Give the rolling copy its old pages back and drop the journal; what cannot be
    undone now settle_backups does later (the journal stays)."""
    with contextlib.suppress(OSError, StoreError):
        increments.apply_delta(journal, copy, undo=True)
        journal.unlink()


def _backup_error(exc: BaseException, target: Path) -> BackupError:
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EROFS:
        return BackupError(_readonly_message(target.parent))
    error = translate(exc, target)
    return BackupError(error.message if error else f"Reservekopie naar {target} is mislukt: {exc}")


def rotate_backups(db_path: Path) -> None:
    """Keep the newest BACKUP_KEEP[reason] of each reason. A delta builds on the newer
    days only, so removing the oldest daily backups never spoils a kept one."""
    seen: dict[str, int] = {}
    days = {day.path: day for day in _days(db_path)}
    for info in list_backups(db_path):
        keep = BACKUP_KEEP.get(info.reason)
        if keep is None:
            continue  # hand-made backups are never removed automatically
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if seen[info.reason] > keep:
            day = days.get(info.path)
            parts = [day.full, day.delta, day.journal] if day else [info.path]
            for part in parts:
                if part is not None:
                    with contextlib.suppress(OSError):
                        part.unlink()


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StoreReadOnly(_readonly_message(path)) from exc
    except OSError as exc:
        raise StoreError(f"{path} kan niet gelezen worden: {exc.strerror}") from exc
    if head and head != SQLITE_HEADER:
        raise StoreCorrupt(_corrupt_message(path))


def read_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision or None, whether the file has any tables). Read-only."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreCorrupt(_corrupt_message(path)) from exc
    finally:
        con.close()


def roll_back_interrupted(path: Path) -> None:
    """Undo what a writer killed in the middle of a transaction left in a rollback journal
    ('<file>-journal'). A store is in that mode after a restore (every copy_database copy
    is) until its next open switches it to WAL, and that switch is itself a write. SQLite
    rolls a hot journal back at the next read, but only through a connection that may
    write: the read-only ones opened first here (read_revision, make_backup,
    integrity_problems) fail with "attempt to write a readonly database" instead, and the
    store would never open again. Call it holding the store's lock."""
    if not Path(f"{path}-journal").exists():
        return
    with translated(path):
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()


def integrity_problems(path: Path) -> list[str]:
    """Full PRAGMA integrity_check; empty list when the file is sound."""
    check_header(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run Alembic migrations on this engine (imported lazily: rarely needed at start)."""
    from .migrations import run_upgrade

    run_upgrade(engine, target)


class Database:
    """An opened store file: its engine and the lock that makes this program its owner."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self.warnings: list[str] = []
        """Problems that did not stop the store from opening (e.g. no daily backup)."""

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, auto_backup: bool = True) -> Database:
        path = store_path(path)
        if not path.exists() and not create:
            raise StoreError(f"Er staat geen database op {path}.")
        lock = acquire_lock(path, create=create)
        try:
            remove_backup_leftovers(path)
            with contextlib.suppress(StoreError, OSError):  # left for the next backup
                settle_backups(path)
            db = cls._open_locked(path, lock, auto_backup=auto_backup)
        except BaseException:
            lock.release()
            raise
        return db

    @classmethod
    def _open_locked(cls, path: Path, lock: FileLock, *, auto_backup: bool) -> Database:
        if path.exists():
            check_header(path)
            roll_back_interrupted(path)
        revision, has_tables = read_revision(path)
        if revision is None and has_tables:
            raise StoreCorrupt(
                f"{path} is een SQLite-bestand, maar niet van jw-desktop. Er is niets aan "
                "veranderd; kies een ander bestand."
            )
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreTooNew(
                f"{path} is gemaakt met een nieuwere versie van jw-desktop (schema "
                f"{revision}). Werk jw-desktop bij; er is niets aan de gegevens veranderd."
            )
        engine = make_engine(path)
        try:
            if revision != HEAD_REVISION:
                if revision is not None:
                    make_backup(path, "voor-upgrade")
                with translated(path):
                    upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        db = cls(path, engine, lock)
        if revision == HEAD_REVISION and auto_backup and _daily_backup_due(path):
            try:
                make_backup(path, "dagelijks")
            except StoreCorrupt:
                db.close()
                raise
            except BackupError as exc:
                # A teacher must still be able to work when the backup place is full or
                # read-only; the window shows this warning instead.
                db.warnings.append(f"De dagelijkse reservekopie is niet gemaakt. {exc.message}")
        return db

    def checkpoint(self) -> None:
        with translated(self.path), self.engine.connect() as con:
            con.exec_driver_sql("COMMIT")  # leave the transaction our begin hook opened
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def backup(self, target: Path | None = None, reason: str = "handmatig") -> BackupInfo:
        return make_backup(self.path, reason, target)


def _daily_backup_due(path: Path) -> bool:
    daily = [b for b in list_backups(path) if b.reason == "dagelijks"]
    return not daily or datetime.now(UTC) - daily[0].made_at > DAILY_BACKUP_AGE


def acquire_lock(path: Path | str, *, create: bool = True) -> FileLock:
    """Take the single-owner lock for a store, or say clearly why not."""
    path = store_path(path)
    folder = path.parent
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(path) + ".lock", timeout=0)
        lock.acquire()
    except Timeout as exc:
        raise StoreLocked(
            f"{path} is al geopend door een ander jw-desktop-venster of -programma. Sluit "
            "dat eerst, of wacht tot het klaar is."
        ) from exc
    except OSError as exc:
        if exc.errno == 28:
            raise StoreFull(_full_message(path)) from exc
        raise StoreReadOnly(_readonly_message(path)) from exc
    return lock


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sa_exc.DBAPIError, sqlite3.Error, OSError) as exc:
        error = translate(exc, path)
        if error is None:
            raise
        raise error from exc


def verify_backup(backup: Path | str) -> str:
    """Check that a file can be restored: a sound jw-desktop database that this version
    can open (a daily backup kept as a delta is first put together in a temporary file).
    Returns its schema revision; raises BackupError or StoreTooNew. Changes no backup."""
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise BackupError(f"De reservekopie {backup} bestaat niet. Er is niets veranderd.")
    found = _day_of(backup)
    if found is None:
        return _verify_file(backup, backup)
    days, index = found
    tmp = _temp_copy(backup.parent, days[index])
    try:
        try:
            _materialize(days, index, tmp)
        except OSError as exc:
            raise _backup_error(exc, backup) from exc
        return _verify_file(tmp, backup)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _verify_file(file: Path, backup: Path) -> str:
    unusable = (
        f"{backup} is geen bruikbare reservekopie: het bestand is beschadigd "
        "of is geen jw-desktop-database. Er is niets veranderd."
    )
    try:
        check_header(file)
        problems = integrity_problems(file)
        revision, _ = read_revision(file)
    except StoreCorrupt as exc:
        raise BackupError(unusable) from exc
    if problems or revision is None:
        raise BackupError(unusable)
    if revision not in KNOWN_REVISIONS:
        raise StoreTooNew(
            f"De reservekopie {backup} is gemaakt met een nieuwere versie van "
            "jw-desktop. Werk jw-desktop eerst bij; er is niets veranderd."
        )
    return revision


def restore_backup(db_path: Path | str, backup: Path | str) -> Path | None:
    """Put a backup in place of the store. The backup is checked first (verify_backup);
    what was there is kept as a 'voor-herstel' backup (or, if it was damaged, copied aside
    as is). Returns that safety copy."""
    db_path = store_path(db_path)
    backup = Path(backup).expanduser().absolute()
    verify_backup(backup)
    lock = acquire_lock(db_path)
    try:
        if db_path.exists():
            # a damaged store cannot be rolled back: it is kept aside with its journal
            with contextlib.suppress(StoreError):
                roll_back_interrupted(db_path)
        safety = _keep_current(db_path)
        staged = db_path.with_name(f".{db_path.name}.restore.tmp")
        found = _day_of(backup)
        if found is None:
            source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                copy_database(source, staged, backup)
            finally:
                source.close()
        else:
            _stage_day(*found, staged, backup)
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's, never the backup's
            with contextlib.suppress(FileNotFoundError):
                Path(str(db_path) + suffix).unlink()
        os.replace(staged, db_path)
    finally:
        lock.release()
    return safety


def _stage_day(days: list[_Day], index: int, staged: Path, backup: Path) -> None:
    """A daily backup kept as a delta, put together as a whole file at staged and checked
    again (its parts may have changed since verify_backup looked)."""
    try:
        _materialize(days, index, staged)
        _verify_file(staged, backup)
    except (StoreError, OSError) as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        if isinstance(exc, StoreError):
            raise
        raise _backup_error(exc, staged) from exc


def _keep_current(db_path: Path) -> Path | None:
    """Before a restore overwrites it: a backup of a sound store, a raw copy of a damaged
    one. Either way the current data survives the restore."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if not _is_damaged(db_path):
        con = sqlite3.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        return make_backup(db_path, "voor-herstel").path
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    aside = folder / f"{db_path.stem}-{stamp}Z-beschadigd.sqlite"
    shutil.copyfile(db_path, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = Path(str(db_path) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(aside) + suffix))
    return aside


def _is_damaged(path: Path) -> bool:
    try:
        return bool(integrity_problems(path))
    except StoreError:
        return True
