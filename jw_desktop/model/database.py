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
  before it gets its name, so a damaged store never becomes (and never rotates out) a backup;
  the half copy a killed backup leaves is removed at a later open (BACKUP_TEMP_AGE);
- a rollback journal a killed writer left (a restored store is in that mode until its next
  open) is rolled back at the next open or restore, never read past nor carried over to a
  restored file (roll_back_interrupted; tests/sync/test_kill_loop.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
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
    "0015_digest_cache",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

BUSY_TIMEOUT_MS = 3000
DAILY_BACKUP_AGE = timedelta(hours=20)
BACKUP_KEEP = {"dagelijks": 7, "voor-upgrade": 3, "voor-herstel": 3}
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
    """Backups of this store, newest first."""
    db_path = store_path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    prefix = db_path.stem + "-"
    for file in folder.glob(f"{db_path.stem}-*.sqlite"):
        rest = file.stem[len(prefix) :]
        stamp, _, reason = rest.partition("-")
        try:
            made = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(file, reason, made, file.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def remove_backup_leftovers(
    db_path: Path | str, *, older_than: timedelta = BACKUP_TEMP_AGE
) -> list[Path]:
    """Remove the half copies (and their journals) that killed backups of this store left
    in its backups folder, once older_than. Call it only while holding the store's lock.
    Only names copy_database gives a backup of this store are touched; nothing that cannot
    be removed is an error (a read-only folder just keeps them). Returns what was removed."""
    db_path = store_path(db_path)
    own = re.compile(
        rf"\.{re.escape(db_path.stem)}-\d{{8}}T\d{{12}}Z-.+\.sqlite\.[0-9a-f]{{8}}\.tmp"
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
    """Back up a store to target, or into the rotating backups folder beside it."""
    db_path = store_path(db_path)
    now = datetime.now(UTC)
    if target is None:
        folder = backup_dir(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(_readonly_message(folder)) from exc
        target = folder / f"{db_path.stem}-{now:%Y%m%dT%H%M%S%f}Z-{reason}.sqlite"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy_database(source, target, db_path)
    finally:
        source.close()
    rotate_backups(db_path)
    return BackupInfo(target, reason, now, target.stat().st_size)


def rotate_backups(db_path: Path) -> None:
    seen: dict[str, int] = {}
    for info in list_backups(db_path):
        keep = BACKUP_KEEP.get(info.reason)
        if keep is None:
            continue  # hand-made backups are never removed automatically
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if seen[info.reason] > keep:
            with contextlib.suppress(OSError):
                info.path.unlink()


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
    can open. Returns its schema revision; raises BackupError or StoreTooNew. Read-only."""
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise BackupError(f"De reservekopie {backup} bestaat niet. Er is niets veranderd.")
    unusable = (
        f"{backup} is geen bruikbare reservekopie: het bestand is beschadigd "
        "of is geen jw-desktop-database. Er is niets veranderd."
    )
    try:
        check_header(backup)
        problems = integrity_problems(backup)
        revision, _ = read_revision(backup)
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
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            copy_database(source, staged, backup)
        finally:
            source.close()
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's, never the backup's
            with contextlib.suppress(FileNotFoundError):
                Path(str(db_path) + suffix).unlink()
        os.replace(staged, db_path)
    finally:
        lock.release()
    return safety


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
