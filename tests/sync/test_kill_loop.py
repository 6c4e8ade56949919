"""SIGKILL at random moments, in a loop: whatever instant a sync, a backup or an upgrade is
killed at (power cut, task manager), the files are sound and the next uninterrupted run
ends exactly as an uninterrupted run would have (ARCHITECTURE.md, sync invariant 5).

test_crash.py kills at chosen moments (after some chunks, while the bundle's dot-file is
there); this file kills after a random delay, N times per kind (profiles.examples: a few
in CI, hundreds with JW_SOAK=1). Half the delays fall anywhere in the measured length of an
uninterrupted run of the same job, half in a phase where files change, counted from the
phase's first sign (the first chunk committed, a file appearing in the mailbox or the
backups folder, the store's rollback journal appearing): those phases are short, and
when they start moves with the machine's load. Four kinds:

- apply: a device taking in the central's first bundle (tens of chunks);
- bundle writing: the central writing a device's first bundle (the device may sync before
  the central's next round, or not);
- backup: a backup being made (by hand, or the daily one at open);
- migration: a store at each older schema revision being opened (backed up, then
  upgraded), in WAL mode as the app leaves a store or in rollback-journal mode as
  restore_backup leaves one (the open switches it to WAL).

After every kill: PRAGMA integrity_check is ok and PRAGMA foreign_key_check finds nothing
(for a store that may hold a rollback journal, on a copy that SQLite has rolled back, as
the next writer would); a file under a real name (a bundle, a backup) is complete; anything
else the killed process left is a temporary dot-file; the retry ends like the reference
run (snapshot, digests and vector; or rows and schema); and once the dot-files are old, the
next run's own clean-up (folder.inbox / Database.open) removes every one of them. A tally
of what the kills left is printed at the end of each loop (pytest -s).

Each kill's delay comes from random.Random("<kind>-<i>"); a failure names its seed and
how to run that one kill again (JW_KILL_FROM=<i> JW_EXAMPLES=1; the moment is the same,
what the process had done by then depends on the machine). The child processes are
started ahead and import the app before they get their job, so the delay counts from the
job, not from the interpreter's start.
"""

from __future__ import annotations

import functools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from profiles import examples
from syncutil import device_of, digests, snapshot

import jw_desktop
from jw_desktop.demo.scale import build_scale
from jw_desktop.model import SchoolStore, database
from jw_desktop.model.capture import TEXT_CLOCK_SQL
from jw_desktop.sync import bundle, engine, folder, session
from jw_desktop.sync.identity import PASSPHRASE_ENV, DeviceIdentity, PublicIdentity

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

CARDS, STUDENTS, YEARS = 120, 25, 1  # ~6,300 changes: a bundle of ~50 chunks of CHUNK
CHUNK = 200
TIMEOUT_S = 120.0
OLD_REVISIONS = database.KNOWN_REVISIONS[:-1]
FOCUS, FOCUS_MARGIN = 0.5, 0.002  # see Window
LONG_AGO = 2 * 24 * 3600  # older than folder.LEFTOVER_AGE and database.BACKUP_TEMP_AGE

CHILD = """\
import json, sys
from pathlib import Path
from jw_desktop.model import SchoolStore
from jw_desktop.sync import session
print("ready", flush=True)
line = sys.stdin.readline()
if not line:
    sys.exit(0)
job = json.loads(line)
what, path = job["do"], job["store"]
if what in ("device_sync", "central_sync"):
    with SchoolStore.open(path, auto_backup=False) as store:
        report = getattr(session, what)(store, Path(job["box"]))
    result = {"read": report.bundles_read, "refused": report.refused, "in_sync": report.in_sync}
elif what == "backup":
    with SchoolStore.open(path, auto_backup=False) as store:
        result = {"backup": str(store.backup())}
else:  # "open": the daily backup when due, the backup and upgrade of an older store
    with SchoolStore.open(path) as store:
        result = {"revision": store.info().revision}
print(json.dumps(result), flush=True)
"""
"""One job, read as a JSON line from stdin once the imports are done."""


# -- child processes ---------------------------------------------------------------------


@dataclass
class Outcome:
    killed: bool
    elapsed: float  # from handing over the job to the kill or the end
    result: dict[str, Any] = field(default_factory=dict)


def _spawn() -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    root = str(Path(jw_desktop.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


class Launcher:
    """Runs each job in a fresh process; the next one is started (and imports) while the
    test checks the last one's work."""

    def __init__(self) -> None:
        self._spare: subprocess.Popen[bytes] | None = None

    def run(
        self,
        job: dict[str, str],
        kill: Kill | None = None,
        signs: dict[str, Callable[[], bool]] | None = None,
        *,
        watch: Callable[[float], None] | None = None,
    ) -> Outcome:
        """Hand the job to a started process and SIGKILL it as `kill` says (its delay
        counted from the job, or from when the sign it names, signs[kill.after](), is
        first true), or let it finish, calling watch(seconds since the job) all the
        while."""
        proc = self._spare or _spawn()
        self._spare = None
        try:
            return self._run(proc, job, kill, signs or {}, watch)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            self._spare = _spawn()

    @staticmethod
    def _run(
        proc: subprocess.Popen[bytes],
        job: dict[str, str],
        kill: Kill | None,
        signs: dict[str, Callable[[], bool]],
        watch: Callable[[float], None] | None,
    ) -> Outcome:
        assert proc.stdin is not None and proc.stdout is not None
        if proc.stdout.readline() != b"ready\n":
            _, err = proc.communicate()
            pytest.fail(f"the child did not start: {err.decode(errors='replace')}")
        proc.stdin.write(json.dumps(job).encode() + b"\n")
        proc.stdin.flush()
        start = time.monotonic()

        def wait_for(ready: Callable[[], bool], pause: float = 0.0005) -> None:
            while proc.poll() is None and not ready():  # its output is one short line:
                if time.monotonic() - start > TIMEOUT_S:  # no pipe fills up
                    proc.kill()
                    pytest.fail(f"{job['do']} did not finish in {TIMEOUT_S} s")
                time.sleep(pause)

        if kill is not None:
            if kill.after != JOB:  # a phase can be a millisecond: look without pausing
                wait_for(signs[kill.after], 0)
            sleep_exactly(kill.delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        else:

            def never() -> bool:
                if watch is not None:
                    watch(time.monotonic() - start)
                return False

            wait_for(never)
        elapsed = time.monotonic() - start
        out, err = proc.communicate()
        if proc.returncode == -signal.SIGKILL:
            return Outcome(True, elapsed)
        assert proc.returncode == 0, err.decode(errors="replace")
        return Outcome(False, elapsed, json.loads(out.decode().splitlines()[-1]))

    def close(self) -> None:
        if self._spare is not None:
            self._spare.communicate(b"")  # EOF: it exits without a job
            self._spare = None


class Marks:
    """Watches an uninterrupted run: when each named test was first true, and, for a
    folder, when something first appeared in it ("begun") and when what is in it last
    changed, a name or a size ("settled") - whatever names the writer uses."""

    def __init__(self, folder: Path | None = None, **tests: Callable[[], bool]) -> None:
        self.folder, self.tests = folder, tests
        self.at: dict[str, float] = {}
        self._seen: list[tuple[str, int]] = []

    def __call__(self, elapsed: float) -> None:
        if self.folder is not None:
            seen = sizes(self.folder)
            if seen != self._seen:
                self.at.setdefault("begun", elapsed)
                self.at["settled"] = elapsed
                self._seen = seen
        for name, test in self.tests.items():
            if name not in self.at and test():
                self.at[name] = elapsed


def sleep_exactly(seconds: float) -> None:
    """time.sleep oversleeps by a fraction of a millisecond: sleep less, then spin."""
    deadline = time.monotonic() + seconds
    if seconds > 0.002:
        time.sleep(seconds - 0.001)
    while time.monotonic() < deadline:
        pass


def every(seconds: float, test: Callable[[], bool]) -> Callable[[], bool]:
    """test, looked at no more than every `seconds` (a look into the database costs the
    process being watched time); False in between."""
    last = -seconds

    def check() -> bool:
        nonlocal last
        if time.monotonic() - last < seconds:
            return False
        last = time.monotonic()
        return test()

    return check


def sizes(folder_: Path) -> list[tuple[str, int]]:
    found = []
    for name in listing(folder_):
        try:
            found.append((name, (folder_ / name).stat().st_size))
        except FileNotFoundError:
            continue
    return found


JOB = "the job"


@dataclass(frozen=True)
class Kill:
    delay: float
    after: str = JOB  # or the sign a phase begins with

    def __str__(self) -> str:
        return f"{self.delay:.3f} s after {self.after}"


@dataclass
class Window:
    """When to kill: anywhere in an uninterrupted run's length, or (FOCUS of the draws)
    in one of the phases where files change, counted from the phase's first sign (e.g.
    from the bundle's dot-file appearing to its rename): a short phase would rarely be
    hit otherwise, and when it starts moves with the machine's load."""

    length: float
    phases: dict[str, float] = field(default_factory=dict)  # sign: how long the phase lasts

    @classmethod
    def measured(cls, run: Outcome, marks: Marks, **phases: tuple[str, str]) -> Window:
        """phases: sign=(mark of its start, mark of its end) as the Marks saw them."""
        found = {}
        for sign, (first, last) in phases.items():
            if first in marks.at:  # else never seen: no phase to aim at
                end = marks.at.get(last, run.elapsed)
                found[sign.replace("_", " ")] = end - marks.at[first] + FOCUS_MARGIN
        return cls(run.elapsed, found)

    def draw(self, rng: random.Random) -> Kill:
        if self.phases and rng.random() < FOCUS:
            sign = rng.choice(sorted(self.phases))
            return Kill(rng.uniform(0, self.phases[sign]), sign)
        return Kill(rng.uniform(0, self.length))

    def __str__(self) -> str:
        phases = "".join(f", {s}: {t:.3f} s" for s, t in sorted(self.phases.items()))
        return f"{self.length:.3f} s{phases}"


@pytest.fixture(scope="module")
def launcher() -> Iterator[Launcher]:
    runs = Launcher()
    try:
        yield runs
    finally:
        runs.close()


@dataclass
class Tally:
    """What one loop did, printed at its end (pytest -s shows it): how many runs were
    killed, and what state the kills left."""

    kind: str
    window: str
    killed: int = 0
    finished: int = 0
    states: Counter[str] = field(default_factory=Counter)

    def count(self, outcome: Outcome, state: str) -> None:
        if outcome.killed:
            self.killed += 1
            self.states[state] += 1
        else:
            self.finished += 1

    def report(self) -> None:
        seen = ", ".join(f"{n} {s}" for s, n in sorted(self.states.items()))
        print(
            f"\nkill loop {self.kind}: {self.killed} killed ({seen}), {self.finished} "
            f"finished before the kill (window {self.window})"
        )


def kills(kind: str, ci: int) -> Iterator[tuple[int, random.Random, str]]:
    """(iteration, its own random generator, its seed) for each kill of a loop."""
    first = int(os.environ.get("JW_KILL_FROM", "0"))
    for i in range(first, first + examples(ci)):
        seed = f"{kind}-{i}"
        yield i, random.Random(seed), seed


def where(seed: str, i: int, kill: Kill, window: Window, outcome: Outcome, **seen: Any) -> str:
    what = "killed" if outcome.killed else "finished before the kill"
    extra = "".join(f", {k}={v}" for k, v in seen.items())
    return (
        f"[seed {seed}: {what} {outcome.elapsed:.3f} s after the job was handed over (kill "
        f"{kill}, window {window}){extra}; again: JW_KILL_FROM={i} JW_EXAMPLES=1]"
    )


# -- looking at files ----------------------------------------------------------------------


def ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def soundness(path: Path) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check; empty when the file is sound."""
    problems = database.integrity_problems(path)
    con = ro(path)
    try:
        problems += [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
    finally:
        con.close()
    return problems


def tables(path: Path) -> dict[str, list[str]]:
    """Columns of every table."""
    con = ro(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: [r[1] for r in con.execute(f'PRAGMA table_info("{n}")')] for n in names}
    finally:
        con.close()


def rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[Any]]:
    """Every row of every table (or of the given tables and columns). The change log's
    text columns (before 0014_lean_change_log) are read from its text form once it is
    lean, so an old store's clock rows compare with the upgraded ones."""
    columns = tables(path) if columns is None else columns
    con = ro(path)
    try:
        lean = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_partition'").fetchone()
        found = {}
        for t, cols in columns.items():
            names = ", ".join(f'"{c}"' for c in cols)
            source = TEXT_CLOCK_SQL if t == "sync_clock" and lean and "version" in cols else t
            source = source if source.startswith("(") else f'"{source}"'
            found[t] = sorted(con.execute(f"SELECT {names} FROM {source}"), key=repr)
        return found
    finally:
        con.close()


def schema(path: Path) -> list[tuple[Any, ...]]:
    con = ro(path)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master"), key=repr)
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = ro(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def copy_store(src: Path, dst_folder: Path) -> Path:
    """A closed store and its key file, into another folder."""
    dst_folder.mkdir(parents=True, exist_ok=True)
    for name in (src.name, src.stem + ".sleutels.json"):
        if (src.parent / name).exists():
            shutil.copyfile(src.parent / name, dst_folder / name)
    return dst_folder / src.name


def sync_in_process(path: Path, box: Path, which: str) -> session.SyncReport:
    rounds = {"device_sync": session.device_sync, "central_sync": session.central_sync}
    with SchoolStore.open(path, auto_backup=False) as store:
        return rounds[which](store, box)


def store_digests(path: Path) -> dict[str, tuple[int, str]]:
    with SchoolStore.open(path, auto_backup=False) as store:
        return digests(store)


def temp_names(folder_: Path, real: Callable[[str], bool]) -> list[str]:
    """What is in a folder besides the real files, each of which must be a temporary
    dot-file (the writer's; a reader skips them)."""
    return [n for n in listing(folder_) if not real(n)]


def listing(folder_: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder_))
    except FileNotFoundError:
        return []


def age(folder_: Path, names: list[str]) -> None:
    stamp = time.time() - LONG_AGO
    for name in names:
        os.utime(folder_ / name, (stamp, stamp))


def is_bundle(name: str) -> bool:
    return name.endswith(folder.SUFFIX) and not name.startswith(".")


def is_temp(name: str) -> bool:
    return name.startswith(".") and (name.endswith(".tmp") or ".tmp-" in name)


def mailboxes(box: Path) -> list[Path]:
    root = box / folder.ROOT
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def everything_but_dirs(box: Path) -> list[str]:
    return sorted(str(p.relative_to(box)) for p in box.rglob("*") if not p.is_dir())


# -- the school ------------------------------------------------------------------------------


@dataclass
class Finished:
    """How a device's store ends: its synced rows, its digests, its vector."""

    snapshot: dict[str, set[tuple[Any, ...]]]
    digests: dict[str, tuple[int, str]]
    vector: list[tuple[Any, ...]]


@dataclass
class World:
    base: Path
    central: Path
    device: Path
    central_id: str
    device_id: str
    apply_box: Path  # holds the central's first bundle for the device, in small chunks
    bundle_id: str
    chunk_keys: list[set[tuple[str, str, str]]]
    before_keys: set[tuple[str, str, str]]
    me: DeviceIdentity  # the device's keys, to read a bundle for it in full
    trust: dict[str, PublicIdentity]

    def read_fully(self, path: Path) -> int:
        """Open a bundle for the device as its sync does and read every chunk; the number
        of changes. Raises BundleError (BundleIncomplete for a half file)."""
        with bundle.open_bundle(path, me=self.me, lookup_sender=self.trust.get) as opened:
            return sum(len(c) for c in opened.chunks())


def clock_keys(path: Path) -> set[tuple[str, str, str]]:
    return {
        (t, p, c)
        for t, p, c in query(
            path, "SELECT tbl, pk, col FROM sync_clock UNION SELECT tbl, pk, col FROM sync_pending"
        )
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A scale central, a fresh enrolled device, and the central's first bundle for it."""
    saved = os.environ.pop(PASSPHRASE_ENV, None)  # plain key files: the children read them
    try:
        yield _world(tmp_path_factory.mktemp("killloop"))
    finally:
        if saved is not None:
            os.environ[PASSPHRASE_ENV] = saved


def _world(base: Path) -> World:
    central_path, device_path, box = base / "central.sqlite", base / "device.sqlite", base / "box"
    build = build_scale(central_path, CARDS, STUDENTS, YEARS)
    central = build.store
    try:
        central_id = device_of(central)
        with SchoolStore.open(device_path, auto_backup=False) as device:
            request = session.enrollment_request(device, "Laptop lokaal 12")
            doc = session.enroll(central, request, role="beheerder", staff_email=None)
            session.join(device, doc)
            device_id = device_of(device)
            me = session.identity(device)
            trust = {
                d.device_id: PublicIdentity(d.device_id, d.name, d.sign_key, d.box_key)
                for d in session.devices(device)
            }
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(engine, "collect", functools.partial(engine.collect, batch=CHUNK))
            session.central_sync(central, box)
    finally:
        central.close()
    (path,) = folder.inbox(box, device_id)
    with bundle.open_bundle(path, me=me, lookup_sender=trust.get) as opened:
        bundle_id = opened.header.bundle_id
        chunk_keys = [{(d["t"], d["k"], d["c"]) for d in c} for c in opened.chunks()]
    assert len(chunk_keys) >= 20, "the bundle should have tens of chunks"
    for p in (central_path, device_path):
        assert soundness(p) == [], p
    return World(
        base,
        central_path,
        device_path,
        central_id,
        device_id,
        box,
        bundle_id,
        chunk_keys,
        clock_keys(device_path),
        me,
        trust,
    )


def finished_state(device: Path) -> Finished:
    return Finished(
        snapshot(device),
        store_digests(device),
        query(device, "SELECT origin, version FROM sync_vector ORDER BY origin"),
    )


# -- 1. apply ------------------------------------------------------------------------------


def applied_chunks(path: Path, bundle_id: str) -> set[int]:
    """Chunk numbers of the bundle committed so far (-1: the whole bundle); none while the
    file cannot be read yet."""
    try:
        found = query(path, f"SELECT chunk FROM sync_applied WHERE bundle_id = '{bundle_id}'")
    except sqlite3.Error:
        return set()
    return {int(n) for (n,) in found}


def apply_state(done: set[int], total: int) -> str:
    if -1 in done:
        return "whole"
    if len(done) == total:
        return "all chunks"
    return "some chunks" if done else "no chunk"


def complete(path: Path, at: str) -> None:
    """A bundle file as long as its header says (the central reads it; here only its
    length is checked: it is encrypted to the central)."""
    try:
        bundle.peek_header(path)
    except bundle.BundleError as exc:
        pytest.fail(f"{path.name} is not a whole bundle: {exc.message} {at}")


def test_apply_killed_at_random_moments(world: World, launcher: Launcher, tmp_path: Path) -> None:
    w = world
    total = len(w.chunk_keys)
    ref_dir = tmp_path / "reference"
    ref_device, ref_box = copy_store(w.device, ref_dir), ref_dir / "box"
    shutil.copytree(w.apply_box, ref_box)
    marks = Marks(
        chunk=every(0.02, lambda: bool(applied_chunks(ref_device, w.bundle_id))),
        whole=every(0.02, lambda: -1 in applied_chunks(ref_device, w.bundle_id)),
    )
    job = {"do": "device_sync", "store": str(ref_device), "box": str(ref_box)}
    run = launcher.run(job, watch=marks)
    assert run.result["read"] == 1 and not run.result["refused"] and run.result["in_sync"]
    ref = finished_state(ref_device)
    window = Window.measured(run, marks, first_chunk=("chunk", "whole"))
    tally = Tally("apply", f"{window}; {total} chunks")

    for i, rng, seed in kills("apply", ci=8):
        work = tmp_path / f"k{i}"
        device, box = copy_store(w.device, work), work / "box"
        shutil.copytree(w.apply_box, box)
        kill = window.draw(rng)
        job = {"do": "device_sync", "store": str(device), "box": str(box)}
        chunk_in = every(0.005, lambda device=device: bool(applied_chunks(device, w.bundle_id)))
        out = launcher.run(job, kill, {"first chunk": chunk_in})
        done = applied_chunks(device, w.bundle_id)
        tally.count(out, apply_state(done, total))
        at = functools.partial(where, seed, i, kill, window, out, chunks=len(done - {-1}))

        # Sound, and holding whole chunks only: exactly the clocks of the chunks noted done.
        assert soundness(device) == [], at()
        assert done <= {-1, *range(total)}, at()
        whole = -1 in done
        assert not whole or done == {-1, *range(total)}, at()
        expected = w.before_keys.union(*(w.chunk_keys[n] for n in done if n >= 0))
        assert clock_keys(device) == expected, at()
        assert query(device, "SELECT applying FROM sync_local") == [(0,)], at()
        if not whole:  # the vector moves only with a whole bundle
            assert query(device, "SELECT * FROM sync_vector") == [], at()
        # Real bundle names hold complete bundles only; the central's stays until it is
        # taken in (and what follows it has run).
        left = everything_but_dirs(box)
        assert not any(folder.REFUSED in n for n in left), at(left=left)
        for mailbox in mailboxes(box):
            assert all(map(is_temp, temp_names(mailbox, is_bundle))), at(left=left)
            for name in filter(is_bundle, os.listdir(mailbox)):
                complete(mailbox / name, at())
        waiting = folder.inbox(box, w.device_id)
        assert len(waiting) == 1 or (whole and not waiting), at(left=left)

        # The retry ends as the uninterrupted run did.
        report = sync_in_process(device, box, "device_sync")
        assert not report.refused, at(refused=report.refused)
        assert report.bundles_read == len(waiting), at()
        assert report.in_sync or not waiting, at(differing=report.differing)
        assert soundness(device) == [], at()
        assert finished_state(device) == ref, at()
        assert folder.inbox(box, w.device_id) == [], at()

        # Whatever the kill left in the mailboxes is a dot-file the receivers remove once
        # it is old; the central is left one whole bundle from the device.
        for mailbox in mailboxes(box):
            age(mailbox, temp_names(mailbox, is_bundle))
        folder.inbox(box, w.device_id)
        folder.inbox(box, w.central_id)
        for mailbox in mailboxes(box):
            assert temp_names(mailbox, is_bundle) == [], at(left=everything_but_dirs(box))
        up = [n for n in os.listdir(folder.mailbox(box, w.central_id)) if is_bundle(n)]
        assert len(up) == 1, at(left=everything_but_dirs(box))
        complete(folder.mailbox(box, w.central_id) / up[0], at())
        shutil.rmtree(work)
    tally.report()


# -- 2. bundle writing ---------------------------------------------------------------------


def test_bundle_writing_killed_at_random_moments(
    world: World, launcher: Launcher, tmp_path: Path
) -> None:
    w = world
    ref_dir = tmp_path / "reference"
    ref_central, ref_device = copy_store(w.central, ref_dir), copy_store(w.device, ref_dir)
    ref_box = ref_dir / "box"
    marks = Marks(folder=folder.mailbox(ref_box, w.device_id))
    job = {"do": "central_sync", "store": str(ref_central), "box": str(ref_box)}
    run = launcher.run(job, watch=marks)
    assert not run.result["refused"]
    window = Window.measured(run, marks, mailbox_file=("begun", "settled"))
    report = sync_in_process(ref_device, ref_box, "device_sync")
    assert report.bundles_read == 1 and not report.refused and report.in_sync
    ref = finished_state(ref_device)
    ref_central_snapshot = snapshot(ref_central)
    tally = Tally("bundle writing", str(window))

    for i, rng, seed in kills("bundle", ci=6):
        work = tmp_path / f"k{i}"
        central, device, box = copy_store(w.central, work), copy_store(w.device, work), work / "box"
        mailbox = folder.mailbox(box, w.device_id)
        kill = window.draw(rng)
        between = rng.random() < 0.5  # the device syncs before the central's next round
        job = {"do": "central_sync", "store": str(central), "box": str(box)}
        out = launcher.run(
            job, kill, {"mailbox file": lambda mailbox=mailbox: bool(listing(mailbox))}
        )
        left = temp_names(mailbox, is_bundle)
        written = [n for n in listing(mailbox) if is_bundle(n)]
        tally.count(out, "bundle" if written else "dot-file" if left else "nothing")
        at = functools.partial(
            where, seed, i, kill, window, out, left=left, bundles=len(written), between=between
        )

        assert soundness(central) == [], at()
        # Under a real name only a whole bundle: it opens, verifies and reads in full.
        assert len(written) <= 1, at()
        for name in written:
            try:
                w.read_fully(mailbox / name)
            except bundle.BundleError as exc:
                pytest.fail(f"{name} is not a whole bundle: {exc.message} {at()}")
        assert all(map(is_temp, left)), at()
        if between:
            report = sync_in_process(device, box, "device_sync")
            assert not report.refused and not report.waiting_files, at(refused=report.refused)
            assert report.bundles_read == len(written), at()

        # The next round writes a whole bundle that the device applies cleanly; both end as
        # after an uninterrupted round.
        report = sync_in_process(central, box, "central_sync")
        assert not report.refused and report.bundles_written == 1, at(refused=report.refused)
        assert len(folder.inbox(box, w.device_id)) == 1, at()
        report = sync_in_process(device, box, "device_sync")
        assert report.bundles_read == 1 and not report.refused, at(refused=report.refused)
        assert report.in_sync, at(differing=report.differing)
        assert soundness(central) == [] and soundness(device) == [], at()
        assert finished_state(device) == ref, at()
        assert snapshot(central) == ref_central_snapshot, at()

        # The killed writer's dot-file goes once it is old.
        age(mailbox, temp_names(mailbox, is_bundle))
        assert folder.inbox(box, w.device_id) == [], at()
        assert os.listdir(mailbox) == [], at(now=os.listdir(mailbox))
        assert not any(folder.REFUSED in n for n in everything_but_dirs(box)), at()
        shutil.rmtree(work)
    tally.report()


# -- 3. backup -----------------------------------------------------------------------------


def verified(backup: Path, at: str) -> str:
    """database.verify_backup: the backup's revision, or a failure that says which kill."""
    try:
        return database.verify_backup(backup)
    except database.StoreError as exc:
        pytest.fail(f"{backup.name} cannot be restored: {exc.message} {at}")


def real_backups(path: Path) -> dict[str, database.BackupInfo]:
    return {b.path.name: b for b in database.list_backups(path)}


def test_backup_killed_at_random_moments(world: World, launcher: Launcher, tmp_path: Path) -> None:
    w = world
    before = rows(w.central)
    windows = {}
    for how in ("backup", "open"):  # by hand, or the daily one when the store opens
        ref = copy_store(w.central, tmp_path / f"reference-{how}")
        marks = Marks(folder=database.backup_dir(ref))
        run = launcher.run({"do": how, "store": str(ref)}, watch=marks)
        windows[how] = Window.measured(run, marks, backups_file=("begun", "settled"))
        assert [b.reason for b in database.list_backups(ref)] == [
            {"backup": "handmatig", "open": "dagelijks"}[how]
        ]
    tally = Tally("backup", ", ".join(f"{h}: {w}" for h, w in windows.items()))

    for i, rng, seed in kills("backup", ci=6):
        work = tmp_path / f"k{i}"
        store = copy_store(w.central, work)
        backups = database.backup_dir(store)
        how = rng.choice(sorted(windows))
        kill = windows[how].draw(rng)
        job = {"do": how, "store": str(store)}
        out = launcher.run(
            job, kill, {"backups file": lambda backups=backups: bool(listing(backups))}
        )
        real = real_backups(store)
        left = temp_names(backups, real.__contains__)
        tally.count(out, f"{how}: " + ("backup" if real else "half copy" if left else "nothing"))
        at = functools.partial(
            where, seed, i, kill, windows[how], out, how=how, backups=sorted(real), left=left
        )

        # The store is as it was and sound; a backup under its real name is a whole one.
        assert soundness(store) == [], at()
        assert rows(store) == before, at()
        assert len(real) <= 1, at()
        for info in real.values():
            assert verified(info.path, at()) == database.HEAD_REVISION, at()
            assert soundness(info.path) == [], at()
            assert rows(info.path) == before, at()
        assert all(map(is_temp, left)), at()

        # A later backup succeeds, and the open before it removes the old half copies.
        age(backups, left)
        with SchoolStore.open(store, auto_backup=False) as opened:
            made = Path(opened.backup())
        assert verified(made, at()) == database.HEAD_REVISION, at()
        assert rows(made) == before, at()
        now = real_backups(store)
        assert made.name in now and len(now) == len(real) + 1, at()
        assert temp_names(backups, now.__contains__) == [], at(now=sorted(os.listdir(backups)))
        shutil.rmtree(work)
    tally.report()


# -- 4. migration --------------------------------------------------------------------------

JOURNALS = ("wal", "delete")
"""How an old store is found: in WAL mode, as the app leaves every store it opened; or in
rollback-journal mode, as restore_backup leaves one (copy_database makes every copy so),
which the open then switches to WAL."""


@dataclass
class OldStore:
    path: Path
    revision: str
    columns: dict[str, list[str]]
    rows: dict[str, list[Any]]
    schema: list[tuple[Any, ...]]


@dataclass
class Upgraded:
    window: Window
    schema: list[tuple[Any, ...]]
    data: dict[str, Any]


VOLATILE = {
    # made by 0003_sync from a random device id and the clock of the moment it ran
    "sync_local": "SELECT count(*) FROM sync_local",
    "sync_clock": f"SELECT tbl, pk, col, partition FROM {TEXT_CLOCK_SQL}",
    "sync_origin": "SELECT count(*) FROM sync_origin",
}


def upgraded_data(path: Path, old: OldStore) -> dict[str, Any]:
    """What an upgrade must give: every table's rows, where the sync bookkeeping made at
    the upgrade (old revision before 0003) counts by its keys only."""
    columns = tables(path)
    volatile = VOLATILE if old.revision < "0003_sync" else {}
    data: dict[str, Any] = rows(path, {t: c for t, c in columns.items() if t not in volatile})
    for t, sql in volatile.items():
        data[t] = sorted(query(path, sql))
    return data


def revision_of(path: Path) -> str | None:
    try:
        return database.read_revision(path)[0]
    except database.StoreError:
        return None


def journal_mode(path: Path) -> str:
    return str(query(path, "PRAGMA journal_mode")[0][0])


def downgraded(central: Path, folder_: Path, revision: str, journal: str) -> OldStore:
    """The scale central's data at an older schema revision (Alembic's downgrade scripts;
    with foreign keys off, as a batch table rebuild needs), in the given journal mode."""
    from alembic import command
    from sqlalchemy import create_engine

    from jw_desktop.model.migrations import alembic_config

    work = copy_store(central, folder_ / "work")
    engine_ = create_engine(f"sqlite:///{work}")
    try:
        cfg = alembic_config()
        with engine_.begin() as con:
            cfg.attributes["connection"] = con
            command.downgrade(cfg, revision)
    finally:
        engine_.dispose()
    path = folder_ / central.name
    if journal == "wal":
        con = sqlite3.connect(work)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        shutil.copyfile(work, path)
    else:
        source = sqlite3.connect(work)
        try:
            database.copy_database(source, path)
        finally:
            source.close()
    assert journal_mode(path) == journal
    assert database.read_revision(path) == (revision, True)
    assert soundness(path) == []
    columns = tables(path)
    return OldStore(path, revision, columns, rows(path, columns), schema(path))


def as_found(path: Path, scratch: Path) -> Path:
    """The store as the next program finds it: a copy of its files, with the journal or
    write-ahead log the killed process left, opened once for writing so that SQLite rolls
    back (or recovers) what that process did not finish. A read-only connection cannot
    roll back a rollback journal, so this is the state to check; the original files stay
    as they were, for the retry."""
    scratch.mkdir(parents=True)
    for suffix in ("", "-journal", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", scratch / f"{path.name}{suffix}")
    copy = scratch / path.name
    con = sqlite3.connect(copy)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
    return copy


def migration_state(journal: str, hot: bool, now_at: str | None, real: bool, half: bool) -> str:
    if now_at == database.HEAD_REVISION:
        state = "upgraded"
    else:
        state = "old, backed up" if real else "old, half backup" if half else "old, nothing"
    return f"{journal}{', hot journal' if hot else ''}: {state}"


def test_migration_killed_at_random_moments(
    world: World, launcher: Launcher, tmp_path: Path
) -> None:
    w = world
    # per (revision, journal mode); each template has its own reference upgrade, since a
    # downgrade's batch table rebuild orders constraints differently each time
    old: dict[tuple[str, str], OldStore] = {}
    upgraded: dict[tuple[str, str], Upgraded] = {}

    def at_revision(revision: str, journal: str) -> tuple[OldStore, Upgraded]:
        if (revision, journal) not in old:
            made = downgraded(w.central, tmp_path / "old" / revision / journal, revision, journal)
            old[(revision, journal)] = made
        o = old[(revision, journal)]
        if (revision, journal) not in upgraded:
            ref = copy_store(o.path, tmp_path / "reference" / revision / journal)
            journal_file = Path(f"{ref}-journal")
            marks = Marks(
                database.backup_dir(ref),
                upgraded=every(0.005, lambda: revision_of(ref) == database.HEAD_REVISION),
                journal=journal_file.exists,
                journal_gone=lambda: "journal" in marks.at and not journal_file.exists(),
            )
            run = launcher.run({"do": "open", "store": str(ref)}, watch=marks)
            assert run.result["revision"] == database.HEAD_REVISION
            assert soundness(ref) == []
            window = Window.measured(
                run,
                marks,
                backups_file=("begun", "upgraded"),
                rollback_journal=("journal", "journal_gone"),  # the switch to WAL
            )
            if journal == "delete":  # the journal may come and go between two looks
                window.phases.setdefault("rollback journal", FOCUS_MARGIN)
            upgraded[(revision, journal)] = Upgraded(window, schema(ref), upgraded_data(ref, o))
        return o, upgraded[(revision, journal)]

    tally = Tally("migration", "")
    for i, rng, seed in kills("migration", ci=4):
        # every 4 kills see each old revision, every 8 each in both journal modes
        revision = OLD_REVISIONS[i % len(OLD_REVISIONS)]
        journal = JOURNALS[(i + i // len(OLD_REVISIONS)) % len(JOURNALS)]
        o, ref = at_revision(revision, journal)
        tally.window = ", ".join(f"{r} {j}: {u.window}" for (r, j), u in upgraded.items())
        work = tmp_path / f"k{i}"
        store = copy_store(o.path, work)
        backups = database.backup_dir(store)
        kill = ref.window.draw(rng)
        job = {"do": "open", "store": str(store)}
        signs = {
            "backups file": lambda backups=backups: bool(listing(backups)),
            "rollback journal": Path(f"{store}-journal").exists,
        }
        out = launcher.run(job, kill, signs)
        hot = Path(f"{store}-journal").exists()
        found = as_found(store, work / "as-found")
        now_at = revision_of(found)
        real = real_backups(store)
        left = temp_names(backups, real.__contains__)
        tally.count(out, migration_state(journal, hot, now_at, bool(real), bool(left)))
        at = functools.partial(
            where,
            seed,
            i,
            kill,
            ref.window,
            out,
            old=revision,
            journal=journal,
            now=now_at,
            left=left,
            files=listing(work),
        )

        # Sound, and either the old store untouched or the whole upgrade.
        assert soundness(found) == [], at()
        assert now_at in (revision, database.HEAD_REVISION), at()
        if now_at == revision:
            assert schema(found) == o.schema, at()
            assert rows(found, o.columns) == o.rows, at()
        else:
            assert schema(found) == ref.schema, at()
            assert upgraded_data(found, o) == ref.data, at()
        # The backup before the upgrade, if it got its name, is a whole copy of the old store.
        assert [b.reason for b in real.values()] in ([], ["voor-upgrade"]), at()
        for info in real.values():
            assert verified(info.path, at()) == revision, at()
            assert soundness(info.path) == [], at()
            assert rows(info.path, o.columns) == o.rows, at()
        assert all(map(is_temp, left)), at()

        # Opening again completes the upgrade, with the data; old half copies are removed.
        age(backups, left)
        try:
            with SchoolStore.open(store) as opened:
                assert opened.info().revision == database.HEAD_REVISION, at()
        except database.StoreError as exc:
            pytest.fail(f"the store does not open after the kill: {exc.message} {at()}")
        assert soundness(store) == [], at()
        assert schema(store) == ref.schema, at()
        assert upgraded_data(store, o) == ref.data, at()
        upgraded_rows = rows(store, o.columns)
        for t, data in o.rows.items():
            if t != "alembic_version":
                assert upgraded_rows[t] == data, at(table=t)
        now = real_backups(store)
        assert temp_names(backups, now.__contains__) == [], at(now=sorted(os.listdir(backups)))
        for info in now.values():
            want = revision if info.reason == "voor-upgrade" else database.HEAD_REVISION
            this = at(backup=info.path.name)
            assert verified(info.path, this) == want, this
        assert 1 <= [b.reason for b in now.values()].count("voor-upgrade") <= 2, at()
        shutil.rmtree(work)
    tally.report()


# -- a rollback journal left by a killed writer ---------------------------------------------

KILLED_WRITER = """\
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # changed pages go to the file before the commit
con.execute("BEGIN IMMEDIATE")
con.execute("DELETE FROM card_element")
con.execute("CREATE TABLE half AS SELECT randomblob(100000) FROM (SELECT 1 UNION SELECT 2)")
os.kill(os.getpid(), signal.SIGKILL)
"""
"""A writer of a store in rollback-journal mode, killed in the middle of its transaction:
what the open's switch to WAL leaves when it is killed (the kill loop found that), made
certain here. Its journal is hot: it must be rolled back before the file is read."""


def killed_writer(path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], check=False)
    assert done.returncode == -signal.SIGKILL
    assert Path(f"{path}-journal").exists()


def restored_store(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A store in rollback-journal mode, as restore_backup leaves one; and two backups:
    the catalogue only, and the catalogue and the school (what was restored)."""
    from factories import TODAY, small_catalogue, small_school

    path = tmp_path / "school.sqlite"
    with SchoolStore.open(path, today=lambda: TODAY) as store:
        store.import_catalogue(small_catalogue())
        early = Path(store.backup())
        store.import_school(small_school())
        late = Path(store.backup())
    database.restore_backup(path, late)
    assert query(path, "PRAGMA journal_mode") == [("delete",)]
    return path, early, late


def test_the_next_open_rolls_back_what_a_killed_writer_left_in_the_rollback_journal(
    tmp_path: Path,
) -> None:
    path, _early, late = restored_store(tmp_path)
    killed_writer(path)
    try:
        with SchoolStore.open(path) as store:
            assert store.info().revision == database.HEAD_REVISION
    except database.StoreError as exc:  # was: StoreReadOnly, at every later open
        pytest.fail(f"the store does not open after a killed writer: {exc.message}")
    assert not Path(f"{path}-journal").exists()
    assert soundness(path) == []
    assert rows(path) == rows(late)  # nothing of the killed transaction


def test_a_restore_over_a_killed_writers_rollback_journal_gives_the_backup(
    tmp_path: Path,
) -> None:
    path, early, late = restored_store(tmp_path)
    killed_writer(path)
    safety = database.restore_backup(path, early)
    # What was there is kept (rolled back: the data of `late`), and its journal is not
    # carried over onto the restored file: it used to be, and the next writer rolled the
    # old store's pages into the restored one ("Page 191 is never used", ...).
    assert safety is not None and rows(safety) == rows(late)
    assert not Path(f"{path}-journal").exists()
    con = sqlite3.connect(path)  # any next writer
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    assert soundness(path) == []
    assert rows(path) == rows(early)
    with SchoolStore.open(path) as store:
        assert store.info().revision == database.HEAD_REVISION
