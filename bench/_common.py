"""Shared helpers for the benchmarks: JSON-line output, percentiles, the scale store.

Every measurement is printed as one JSON object per line, so results can be collected by
run_all.py, compared between runs and pasted into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from jw_desktop.demo.scale import ScaleBuild, build_scale, scale_progress
from jw_desktop.model import SchoolStore
from jw_desktop.model.specs import ObservationSpec, ProgressSpec
from jw_desktop.sync import folder, session

CARDS = 6000
STUDENTS = 1000
YEARS = 2


def emit(
    bench: str,
    metric: str,
    value: float,
    unit: str,
    *,
    target: float | None = None,
    n: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Print one measurement; ok is None when there is no target, else value <= target
    (value >= target on a line with better="higher")."""
    higher = extra.get("better") == "higher"
    line: dict[str, Any] = {
        "bench": bench,
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "ok": None if target is None else (value >= target if higher else value <= target),
        "n": n,
        **extra,
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


def emit_at_least(
    bench: str, metric: str, value: float, unit: str, *, target: float, **extra: Any
) -> dict[str, Any]:
    """Like emit, for a number where more is better: ok means value >= target."""
    return emit(bench, metric, value, unit, target=target, better="higher", **extra)


def log(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: p95 of 500 samples is the 475th smallest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(work: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--store",
        type=Path,
        help="reuse an existing scale store (made by build_scale) instead of building one",
    )
    parser.add_argument("--cards", type=int, default=CARDS)
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--years", type=int, default=YEARS)
    return parser.parse_args()


@contextlib.contextmanager
def scale_file(args: argparse.Namespace) -> Iterator[Path]:
    """The path of a closed scale store: the one given with --store, or a fresh one in a
    temporary folder that is removed afterwards."""
    if args.store is not None:
        yield args.store
        return
    with tempfile.TemporaryDirectory(prefix="jw-bench-") as folder:
        path = Path(folder) / "scale.sqlite"
        build = make_scale(path, args)
        build.store.close()
        yield path


def make_scale(path: Path, args: argparse.Namespace) -> ScaleBuild:
    print(
        f"# building {args.cards} cards, {args.students} students, {args.years} years "
        f"in {path.parent}",
        file=sys.stderr,
        flush=True,
    )
    return build_scale(path, args.cards, args.students, args.years)


def remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# -- sync through the real folder path (bench/sync.py, bench/sync_e2e.py) --------------------


def enrol(central: SchoolStore, device: SchoolStore, role: str = "beheerder") -> str:
    """Enrol a new device at the central and join it; returns the device's id."""
    doc = session.enroll(
        central, session.enrollment_request(device, "Laptop"), role=role, staff_email=None
    )
    session.join(device, doc)
    return session.identity(device).device_id


class Steps:
    """Seconds spent in session._send and session._receive, per call, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.calls.append((name, time.perf_counter() - start))

        return timed

    def take(self) -> dict[str, float]:
        found: dict[str, float] = defaultdict(float)
        for name, seconds in self.calls:
            found[name] += seconds
        self.calls = []
        return dict(found)


@contextlib.contextmanager
def timed_steps() -> Iterator[Steps]:
    steps = Steps()
    send, receive = session._send, session._receive
    session._send = steps.wrap("send", send)  # type: ignore[assignment]
    session._receive = steps.wrap("receive", receive)  # type: ignore[assignment]
    try:
        yield steps
    finally:
        session._send, session._receive = send, receive  # type: ignore[assignment]


def bundle_bytes(box: Path, receiver: str) -> int:
    """Bytes of the bundles waiting in a receiver's mailbox."""
    return sum(p.stat().st_size for p in folder.inbox(box, receiver))


def fresh_observations(store: SchoolStore, n: int, seed: int = 7) -> ProgressSpec:
    """n new observations (the scale generator, one school year, on as many students as it
    takes); they get new ids when imported, so they are new to every replica."""
    students = [s.id for s in store.students()]
    found: list[ObservationSpec] = []
    for start in range(0, len(students), 50):
        spec = scale_progress(store, students[start : start + 50], years=1, seed=seed + start)
        found += spec.observations
        if len(found) >= n:
            return ProgressSpec(observations=found[:n])
    raise SystemExit(f"the school gives only {len(found)} observations in a year, not {n}")


def table_ddl(path: Path, table: str) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of one table (no triggers), table first."""
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            sql
            for (sql,) in src.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = ? "
                "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC",
                (table,),
            )
        ]
    finally:
        src.close()


def plain_insert(
    source: Path, target: Path, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> float:
    """Seconds for the floor of an apply: a plain sqlite3 executemany of the rows into an
    empty copy of the table in a new file (its DDL and indexes from source, no triggers,
    foreign keys off as plain sqlite3 has them, WAL and synchronous=FULL as the store has
    them), one transaction."""
    ddl = table_ddl(source, table)
    con = sqlite3.connect(target, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        for sql in ddl:
            con.execute(sql)
        insert = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(insert, rows)
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()
