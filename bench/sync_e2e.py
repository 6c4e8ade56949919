"""Sync at the speed of the disk (issue 13): end to end, the store's bytes, the daily round.

All on a copy of the scale central (--store, or one built here; the given file is never
opened in place) and one laptop enrolled as beheerder that holds the whole school after a
first sync (not timed). Every floor is measured in the same run. Times are wall-clock,
with this process's CPU time beside the main ones (cpu_s, cpu_ms) and the load average at
the start and the end: on a shared machine the wall clock stretches with the load.

1. End to end, device -> central, on --n (100,000) fresh observations made on the laptop
   (import_progress, not timed): the laptop's device_sync writes its bundle into the
   folder, the central's central_sync takes it in (its receiving part; its write-back is
   reported beside it). Checked row for row afterwards (not timed). Target >= 15,000
   records/s. Floor: a plain sqlite3 executemany of the same rows (as stored) into an
   empty copy of the observation table (same DDL and indexes, no triggers), one
   transaction; target: end to end at >= 10% of its rate. Reference (not measured here;
   issue 13): Morango 0.8.15.
2. Bytes per observation in each store: the pages (dbstat) of the observation table and
   its indexes plus the change log (every sync_* table and its indexes), after minus
   before, divided by --n. Target <= 600 bytes.
3. No-change sync once all is in sync: a laptop round with nothing new (device_sync,
   central_sync, device_sync), each step timed, median of --rounds. Target <= 50 ms for the
   round. Floor: opening both files with plain sqlite3 and reading their schema.
4. Daily sync of 1,000 new observations, the whole exchange both directions: device_sync
   (sends them), central_sync (takes them in, answers), device_sync (takes the answer in,
   and writes again: the acknowledgement round). Each step timed with the bytes of the
   bundle it writes. Target <= 0.5 s for the three.
5. Daily backup of the central: make_backup(path, "dagelijks") on the second day (a first
   one is made before the 1,000 changes of 4, the timed one after them). Target <= 1 s.
   Floors: copying the file (shutil.copyfile, as cp) and sqlite3's backup API.
6. The scale store after two years (before anything here touches it): file size, and
   bytes per observation (all pages / observations, the change log's and the rest's).

--profile PATH runs the timed step of 1 under cProfile and writes the top functions to
PATH (its timings are then the profiler's: use a separate run for the numbers), and one
extra no-change round after the timed ones to PATH's stem + "-no-change"; the raw
profiles go beside them as .prof files.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import (
    STUDENTS,
    Steps,
    bundle_bytes,
    emit,
    emit_at_least,
    enrol,
    fresh_observations,
    log,
    make_scale,
    plain_insert,
    timed_steps,
)

from jw_desktop.model import SchoolStore
from jw_desktop.model.database import make_backup
from jw_desktop.sync import session

BENCH = "sync_e2e"
N = 100_000
ROUNDS = 5
DAILY_N = 1000
E2E_TARGET = 15_000.0  # records/s
SHARE_TARGET = 10.0  # percent of the plain-insert floor's rate (issue 13: apply >= 10%)
BYTES_TARGET = 600.0  # per observation, with its change log
NO_CHANGE_TARGET_MS = 50.0
DAILY_TARGET_S = 0.5
BACKUP_TARGET_S = 1.0
MORANGO = {"as_shipped": (345, 360), "without_sleeps": (1290, 1380)}  # records/s, issue 13


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, help="a scale store to copy (never modified)")
    parser.add_argument("--n", type=int, default=N, help="fresh observations for 1 and 2")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="no-change rounds (3)")
    parser.add_argument("--profile", type=Path, help="profile the timed step of 1 into PATH")
    parser.add_argument("--cards", type=int, default=6000)
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--years", type=int, default=2)
    return parser.parse_args()


# -- pages (dbstat) ---------------------------------------------------------------------------


def pages(path: Path) -> dict[str, tuple[str, int]]:
    """Every B-tree of a store: name -> (its table, bytes of its pages), read with dbstat
    through a read-only connection (it sees the WAL)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        owner = dict(con.execute("SELECT name, tbl_name FROM sqlite_master"))
        return {
            name: (owner.get(name, name), size)
            for name, size in con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
        }
    finally:
        con.close()


def is_change_log(table: str) -> bool:
    return table.startswith("sync_")


def observation_bytes(found: dict[str, tuple[str, int]]) -> tuple[int, int]:
    """(bytes of the observation table with its indexes, bytes of the change log)."""
    data = sum(size for table, size in found.values() if table == "observation")
    log_ = sum(size for table, size in found.values() if is_change_log(table))
    return data, log_


def bench_store_size(path: Path) -> None:
    """6: the scale store as it is after two years."""
    found = pages(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        observations = con.execute("SELECT COUNT(*) FROM observation").fetchone()[0]
    finally:
        con.close()
    total = sum(size for _, size in found.values())
    change_log = sum(size for table, size in found.values() if is_change_log(table))
    data, _ = observation_bytes(found)
    emit(BENCH, "store_file_size", path.stat().st_size / 1e6, "MB", n=observations)
    emit(
        BENCH,
        "store_bytes_per_observation",
        total / observations,
        "B",
        n=observations,
        change_log_b=round(change_log / observations),
        rest_b=round((total - change_log) / observations),
        observation_table_b=round(data / observations),
        change_log_share_pct=round(100 * change_log / total, 1),
    )


# -- 1 and 2: end to end ----------------------------------------------------------------------


def observation_rows(path: Path, ids: set[str] | None = None) -> dict[str, tuple[Any, ...]]:
    """The observation rows of a store as stored (id -> row), optionally only some ids."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cursor = con.execute("SELECT * FROM observation ORDER BY id")
        columns = [d[0] for d in cursor.description]
        at = columns.index("id")
        return {row[at]: row for row in cursor if ids is None or row[at] in ids}
    finally:
        con.close()


def observation_columns(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[1] for row in con.execute("PRAGMA table_info(observation)")]
    finally:
        con.close()


def profiled(work: Callable[[], object], target: Path) -> None:
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    finally:
        profile.disable()
    profile.dump_stats(target.with_suffix(".prof"))  # for pstats or snakeviz
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(30)
    target.write_text(out.getvalue(), encoding="utf-8")
    log(f"profile written to {target}")


def bench_e2e(
    central: SchoolStore,
    laptop: SchoolStore,
    box: Path,
    work: Path,
    steps: Steps,
    n: int,
    profile: Path | None,
) -> None:
    before = {p: set(observation_rows(p)) for p in (laptop.path, central.path)}
    pages_before = {p: pages(p) for p in (laptop.path, central.path)}
    log(f"the laptop records {n} new observations (not timed)")
    spec = fresh_observations(laptop, n)
    start = time.perf_counter()
    laptop.import_progress(spec)
    import_s = time.perf_counter() - start
    del spec
    gc.collect()
    made = observation_rows(laptop.path)
    fresh = set(made) - before[laptop.path]
    assert len(fresh) == n, (len(fresh), n)
    made = {k: made[k] for k in fresh}
    steps.take()

    log("timed: device_sync writes its bundle, central_sync takes it in")
    times: dict[str, float] = {}
    reports: dict[str, session.SyncReport] = {}

    def exchange() -> None:
        start, cpu = time.perf_counter(), time.process_time()
        reports["device"] = session.device_sync(laptop, box)
        times["device"] = time.perf_counter() - start
        times["bundle"] = bundle_bytes(box, session.identity(central).device_id)
        start = time.perf_counter()
        reports["central"] = session.central_sync(central, box)
        times["central"] = time.perf_counter() - start
        times["cpu"] = time.process_time() - cpu

    if profile is None:
        exchange()
    else:
        profiled(exchange, profile)
    central_parts = steps.take()
    sent, got = reports["device"], reports["central"]
    assert sent.sent >= n and got.received == sent.sent and not got.refused, got.summary()

    log("checking row for row (not timed)")
    arrived = observation_rows(central.path, fresh)
    assert arrived == made, (len(arrived), len(made))
    assert fresh.isdisjoint(before[central.path])

    receive = central_parts.get("receive", 0.0)
    e2e = times["device"] + receive
    floor_path = work / "floor.sqlite"
    cpu = time.process_time()
    floor = plain_insert(
        laptop.path,
        floor_path,
        "observation",
        observation_columns(laptop.path),
        list(made.values()),
    )
    floor_cpu = time.process_time() - cpu
    del made, arrived
    rate, floor_rate = n / e2e, n / floor
    emit_at_least(
        BENCH,
        "e2e_device_to_central_rate",
        rate,
        "records/s",
        target=E2E_TARGET,
        n=n,
        seconds=round(e2e, 3),
        device_sync_s=round(times["device"], 3),
        central_receive_s=round(receive, 3),
        central_write_back_s=round(times["central"] - receive, 3),
        cpu_s_both_syncs_with_write_back=round(times["cpu"], 3),
        bundle_mb=round(times["bundle"] / 1e6, 2),
        changes_sent=sent.sent,
        import_s=round(import_s, 2),
        profiled=profile is not None,
    )
    emit(
        BENCH,
        "e2e_plain_insert_floor_rate",
        floor_rate,
        "rows/s",
        n=n,
        seconds=round(floor, 3),
        cpu_s=round(floor_cpu, 3),
    )
    emit_at_least(
        BENCH, "e2e_share_of_floor", 100 * rate / floor_rate, "%", target=SHARE_TARGET, n=n
    )
    for name, (low, high) in MORANGO.items():
        emit(
            BENCH,
            f"reference_morango_0_8_15_{name}",
            (low + high) / 2,
            "records/s",
            low=low,
            high=high,
            source="issue 13 (not measured here)",
            times_morango=round(rate / ((low + high) / 2), 1),
        )
    for side, path in (("laptop", laptop.path), ("central", central.path)):
        data0, log0 = observation_bytes(pages_before[path])
        data1, log1 = observation_bytes(pages(path))
        grown = (data1 - data0) + (log1 - log0)
        whole = sum(s for _, s in pages(path).values()) - sum(
            s for _, s in pages_before[path].values()
        )
        emit(
            BENCH,
            f"bytes_per_observation_{side}",
            grown / n,
            "B",
            target=BYTES_TARGET,
            n=n,
            observation_b=round((data1 - data0) / n),
            change_log_b=round((log1 - log0) / n),
            whole_store_b=round(whole / n),
        )


def settle(central: SchoolStore, laptop: SchoolStore, box: Path) -> int:
    """Rounds until a whole round moves nothing (at most 4); returns how many it took."""
    for count in range(1, 5):
        a = session.device_sync(laptop, box)
        b = session.central_sync(central, box)
        c = session.device_sync(laptop, box)
        if not (a.received or b.received or c.received):
            return count
    return 4


# -- 3. no-change sync -------------------------------------------------------------------------


def bare_open(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        con = sqlite3.connect(path)
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        con.close()
    return time.perf_counter() - start


def bench_no_change(
    central: SchoolStore, laptop: SchoolStore, box: Path, rounds: int, profile: Path | None
) -> None:
    log(f"settling, then {rounds} no-change rounds")
    settled = settle(central, laptop, box)
    samples: dict[str, list[float]] = {
        "device": [],
        "central": [],
        "ack": [],
        "round": [],
        "cpu": [],
    }
    moved = 0
    for _ in range(rounds):
        taken = []
        cpu = time.process_time()
        for name, store in (("device", laptop), ("central", central), ("ack", laptop)):
            sync = session.central_sync if store is central else session.device_sync
            start = time.perf_counter()
            report = sync(store, box)
            taken.append(time.perf_counter() - start)
            samples[name].append(taken[-1])
            moved += report.received
        samples["round"].append(sum(taken))
        samples["cpu"].append(time.process_time() - cpu)
    floors = [bare_open([central.path, laptop.path]) for _ in range(rounds)]
    if profile is not None:  # one more round, not counted, for where its time goes

        def one_round() -> None:
            session.device_sync(laptop, box)
            session.central_sync(central, box)
            session.device_sync(laptop, box)

        profiled(one_round, profile.with_name(f"{profile.stem}-no-change{profile.suffix}"))
    median = {k: 1000 * statistics.median(v) for k, v in samples.items()}
    emit(
        BENCH,
        "no_change_round",
        median["round"],
        "ms",
        target=NO_CHANGE_TARGET_MS,
        n=rounds,
        device_sync_ms=round(median["device"], 1),
        central_sync_ms=round(median["central"], 1),
        device_sync_again_ms=round(median["ack"], 1),
        cpu_ms=round(median["cpu"], 1),
        all_ms=[round(1000 * s, 1) for s in samples["round"]],
        changes_received=moved,
        settle_rounds=settled,
    )
    emit(BENCH, "no_change_floor_bare_open", 1000 * statistics.median(floors), "ms", n=rounds)


# -- 4. the daily round, 5. the daily backup -----------------------------------------------------


def bench_daily(central: SchoolStore, laptop: SchoolStore, box: Path, steps: Steps) -> None:
    central_id = session.identity(central).device_id
    laptop_id = session.identity(laptop).device_id
    laptop.import_progress(fresh_observations(laptop, DAILY_N, seed=101))
    steps.take()
    rows = []
    cpus: list[float] = []
    for name, store, receiver in (
        ("device_sync", laptop, central_id),
        ("central_sync", central, laptop_id),
        ("device_sync_ack", laptop, central_id),
    ):
        sync = session.central_sync if store is central else session.device_sync
        start, cpu = time.perf_counter(), time.process_time()
        report = sync(store, box)
        seconds = time.perf_counter() - start
        cpus.append(time.process_time() - cpu)
        parts = steps.take()
        rows.append((name, seconds, bundle_bytes(box, receiver), report, parts))
    assert rows[1][3].received >= DAILY_N and not rows[1][3].refused, rows[1][3].summary()
    whole = sum(r[1] for r in rows)
    emit(
        BENCH,
        "daily_1000_whole_exchange",
        whole,
        "s",
        target=DAILY_TARGET_S,
        n=DAILY_N,
        cpu_s=round(sum(cpus), 3),
        **{f"{r[0]}_s": round(r[1], 3) for r in rows},
    )
    for name, seconds, size, report, parts in rows:
        emit(
            BENCH,
            f"daily_{name}",
            seconds,
            "s",
            n=DAILY_N,
            bundle_kb=round(size / 1e3, 1),
            sent=report.sent,
            received=report.received,
            send_s=round(parts.get("send", 0.0), 3),
            receive_s=round(parts.get("receive", 0.0), 3),
        )


def backup_floors(path: Path, work: Path) -> tuple[float, float]:
    """(seconds of copying the file, seconds of sqlite3's backup API) for one store."""
    copy = work / "floor-copy.sqlite"
    start = time.perf_counter()
    shutil.copyfile(path, copy)
    copied = time.perf_counter() - start
    copy.unlink()
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    try:
        start = time.perf_counter()
        source.backup(target)
        api = time.perf_counter() - start
    finally:
        target.close()
        source.close()
    copy.unlink()
    return copied, api


def load() -> None:
    """The machine's load beside the numbers: wall-clock times on a shared machine stretch
    with it (the cpu_s/cpu_ms fields are this process's own CPU time)."""
    emit(BENCH, "load_average_1min", os.getloadavg()[0], "", cpus=os.cpu_count())


def main() -> None:
    args = parse()
    load()
    with tempfile.TemporaryDirectory(prefix="jw-bench-e2e-") as folder:
        work = Path(folder)
        central_path = work / "central.sqlite"
        if args.store is not None:
            shutil.copyfile(args.store, central_path)  # never the given file itself
        else:
            make_scale(central_path, args).store.close()
        bench_store_size(central_path)
        box = work / "box"
        with (
            SchoolStore.open(central_path, auto_backup=False) as central,
            SchoolStore.open(work / "laptop.sqlite", auto_backup=False) as laptop,
            timed_steps() as steps,
        ):
            enrol(central, laptop, "beheerder")
            log("first sync of the whole school to the laptop (not timed)")
            start = time.perf_counter()
            session.central_sync(central, box)
            first = session.device_sync(laptop, box)
            assert first.in_sync and not first.refused, first.summary()
            log(f"first sync took {time.perf_counter() - start:.1f} s")
            steps.take()
            bench_e2e(central, laptop, box, work, steps, args.n, args.profile)
            bench_no_change(central, laptop, box, args.rounds, args.profile)
            log("daily backup, first day (reported beside the second)")
            start = time.perf_counter()
            make_backup(central.path, "dagelijks")
            first_day = time.perf_counter() - start
            bench_daily(central, laptop, box, steps)
            start, cpu = time.perf_counter(), time.process_time()
            info = make_backup(central.path, "dagelijks")
            second_day = time.perf_counter() - start
            second_cpu = time.process_time() - cpu
            copied, api = backup_floors(central.path, work)
            emit(
                BENCH,
                "daily_backup_second_day",
                second_day,
                "s",
                target=BACKUP_TARGET_S,
                first_day_s=round(first_day, 3),
                cpu_s=round(second_cpu, 3),
                store_mb=round(central.path.stat().st_size / 1e6, 1),
                backup_mb=round(info.size / 1e6, 1),
            )
            emit(BENCH, "daily_backup_floor_copy", copied, "s")
            emit(BENCH, "daily_backup_floor_sqlite_backup_api", api, "s")
    load()


if __name__ == "__main__":
    main()
