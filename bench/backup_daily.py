"""The daily backup of a large store, before and after incremental backups, in one run.

On a copy of a store (default /work/scale/scale.sqlite, the 1,000-student school after two
years): the floor (`cp` of the file), the first daily backup (a whole copy: there is no
rolling copy yet), the whole-copy backup every day used to make (make_backup 'handmatig'
takes that path), and the incremental daily backup after `--changes` changes (new
observations and edited remarks through plain SQL, so the capture triggers log them as
the app does), for `--days` days. Then every day is restored into a temporary file and
compared with what the store held that day.

    PYTHONPATH=$PWD .venv/bin/python bench/backup_daily.py [--store PATH] [--days 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from jw_desktop.model import database


def change(path: Path, count: int, day: int) -> None:
    """`count` changes: 70% new observations (copies of random ones), 30% edited remarks."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        columns = [r[1] for r in con.execute("PRAGMA table_info(observation)")]
        others = ", ".join(c for c in columns if c != "id")
        new = count * 7 // 10
        con.execute(
            f"INSERT INTO observation ({others}, id) SELECT {others}, "
            f"lower(hex(randomblob(16))) FROM observation ORDER BY random() LIMIT {new}"
        )
        con.execute(
            "UPDATE observation SET remark = remark || ? WHERE id IN "
            f"(SELECT id FROM observation ORDER BY random() LIMIT {count - new})",
            (f" (dag {day})",),
        )
        con.execute("COMMIT")
    finally:
        con.close()


def content(path: Path) -> str:
    """A digest of every row of every table: what 'the data of that day' is."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for tbl in sorted(tables):
            for row in con.execute(f'SELECT * FROM "{tbl}"'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def copy_synced(source: Path, target: Path) -> None:
    subprocess.run(["cp", str(source), str(target)], check=True)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("/work/scale/scale.sqlite"))
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--changes", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jw-backup-bench-") as tmp:
        work = Path(tmp)
        store = work / "school.sqlite"
        shutil.copyfile(args.store, store)
        store.chmod(0o644)
        size = store.stat().st_size
        os.sync()
        floor = timed(lambda: subprocess.run(["cp", str(store), str(work / "cp.sqlite")]))
        (work / "cp.sqlite").unlink()
        os.sync()
        synced = timed(lambda: copy_synced(store, work / "cp.sqlite"))
        (work / "cp.sqlite").unlink()
        os.sync()
        first = timed(lambda: database.make_backup(store, "dagelijks"))
        whole, daily, parts = [], [], []
        truth = {database.list_backups(store)[0].made_at: content(store)}
        for day in range(1, args.days + 1):
            change(store, args.changes, day)
            os.sync()  # each timing starts without another's writes still going to disk
            daily.append(timed(lambda: database.make_backup(store, "dagelijks")))
            info = next(b for b in database.list_backups(store) if b.reason == "dagelijks")
            truth[info.made_at] = content(store)
            os.sync()  # the same day, as a whole copy (what every daily backup was before)
            whole.append(timed(lambda: database.make_backup(store, "handmatig").path.unlink()))
            parts.append(
                sum(b.size for b in database.list_backups(store) if b.path.suffix == ".delta")
            )
        restored = []
        for info in database.list_backups(store):
            if info.reason != "dagelijks":
                continue
            target = work / "restored.sqlite"
            if target.exists():
                target.unlink()
            took = timed(lambda i=info, t=target: database.restore_backup(t, i.path))
            assert database.integrity_problems(target) == []
            assert content(target) == truth[info.made_at], info.path.name
            restored.append(took)
        mb = size / 1e6
        print(f"store: {mb:.0f} MB, {args.changes} changes a day, {args.days} days")
        print(f"floor: cp of the file               {floor:6.3f} s")
        print(f"floor: cp of the file + fsync       {synced:6.3f} s")
        print(f"first daily backup (whole copy)     {first:6.3f} s")
        print(f"before: whole-copy daily backup     {statistics.median(whole):6.3f} s (median)")
        print(
            f"after: incremental daily backup     {statistics.median(daily):6.3f} s (median; "
            f"min {min(daily):.3f}, max {max(daily):.3f})"
        )
        print(
            "  each day:",
            " ".join(f"{t:.3f}" for t in daily),
            f"s (every {database.FULL_CHECK_EVERY}th at least also runs the whole quick_check)",
        )
        print(f"deltas kept after {args.days} days            {parts[-1] / 1e6:6.1f} MB")
        print(
            f"restore of each day (incl. its check) {statistics.median(restored):6.3f} s "
            f"(median of {len(restored)}; every day's data equal to that day's)"
        )


if __name__ == "__main__":
    main()
