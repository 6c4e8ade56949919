"""A sync killed with SIGKILL (power cut, task manager) leaves a sound database and a clean
mailbox, and the next sync finishes the job (ARCHITECTURE.md, sync invariant 5).

- Killed in the middle of an apply: the device database holds whole chunks only (each chunk
  is one transaction: rows, clocks and the note that the chunk is done), passes an
  integrity check, its vector has not moved, and the retry ends with exactly the data of an
  uninterrupted apply.
- Killed while writing a bundle: only the writer's temporary dot-file is left, which no
  reader takes for a bundle; the next round writes a complete one, and the receiver
  removes the dot-file once it is old.

The central is a small scale school (300 cards, 60 students, one year of progress: ~14,000
changes). The central's bundle is written with chunks of CHUNK changes (sessions use 20,000)
so that it has tens of chunks and a kill lands between two of them.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from syncutil import device_of, snapshot

import jw_desktop
from jw_desktop.demo.scale import build_scale
from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.database import integrity_problems
from jw_desktop.sync import bundle, engine, folder, session
from jw_desktop.sync.identity import PASSPHRASE_ENV, PublicIdentity

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

CARDS, STUDENTS, YEARS = 300, 60, 1
CHUNK = 200
TRIES = 6
KILL_AFTER = 3  # chunks committed before the kill
TIMEOUT_S = 120.0

RUN = """\
import sys
from pathlib import Path
from jw_desktop.model import SchoolStore
from jw_desktop.sync import session
store = SchoolStore.open(sys.argv[2], auto_backup=False)
getattr(session, sys.argv[1])(store, Path(sys.argv[3]))
"""
"""python -c RUN device_sync|central_sync <store> <folder>: one sync round, as the CLI does."""


Keys = set[tuple[str, str, str]]


@dataclass
class Templates:
    folder: Path
    central: Path
    device: Path
    box: Path  # holds the central's bundle for the device (written with small chunks)
    device_id: str
    bundle_id: str
    chunk_keys: list[Keys]  # (tbl, pk, col) of every change, per chunk
    before_keys: Keys  # clocks the device held before the bundle
    before_ids: dict[str, set[str]]  # ids per synced table before the bundle
    clean: dict[str, set[tuple[Any, ...]]]  # snapshot after an uninterrupted apply


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


def clock_keys(path: Path) -> Keys:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            (t, p, c)
            for t, p, c in con.execute(
                "SELECT tbl, pk, col FROM sync_clock UNION SELECT tbl, pk, col FROM sync_pending"
            )
        }
    finally:
        con.close()


def row_ids(path: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: {str(i) for (i,) in con.execute(f"SELECT id FROM {t}")} for t in rp.SYNCED}
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """A scale central, a fresh enrolled device, and the central's first bundle for it."""
    saved = os.environ.pop(PASSPHRASE_ENV, None)  # plain key files: the children read them
    try:
        yield _templates(tmp_path_factory)
    finally:
        if saved is not None:
            os.environ[PASSPHRASE_ENV] = saved


def _templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    base = tmp_path_factory.mktemp("crash")
    central_path, device_path, box = base / "central.sqlite", base / "device.sqlite", base / "box"
    build = build_scale(central_path, CARDS, STUDENTS, YEARS)
    central = build.store
    try:
        with SchoolStore.open(device_path, auto_backup=False) as device:
            request = session.enrollment_request(device, "Laptop lokaal 12")
            doc = session.enroll(central, request, role="beheerder", staff_email=None)
            session.join(device, doc)
            device_id = device_of(device)
            small = functools.partial(engine.collect, batch=CHUNK)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(engine, "collect", small)
                session.central_sync(central, box)
            (path,) = folder.inbox(box, device_id)
            trust = {d.device_id: d for d in session.devices(device)}

            def lookup(sender: str) -> PublicIdentity | None:
                d = trust.get(sender)
                return (
                    None
                    if d is None
                    else PublicIdentity(d.device_id, d.name, d.sign_key, d.box_key)
                )

            with bundle.open_bundle(
                path,
                me=session.identity(device),
                lookup_sender=lookup,
                is_revoked=lambda _s: False,
            ) as opened:
                bundle_id = opened.header.bundle_id
                chunk_keys = [{(d["t"], d["k"], d["c"]) for d in c} for c in opened.chunks()]
    finally:
        central.close()
    assert len(chunk_keys) >= 20, "the bundle should have tens of chunks"
    t = Templates(
        base,
        central_path,
        device_path,
        box,
        device_id,
        bundle_id,
        chunk_keys,
        clock_keys(device_path),
        row_ids(device_path),
        {},
    )
    clean = copy_store(device_path, base / "clean")
    clean_box = base / "clean-box"
    shutil.copytree(box, clean_box)
    report = sync_in_process(clean, clean_box, "device_sync")
    assert report.bundles_read == 1 and not report.refused and report.in_sync
    t.clean = snapshot(clean)
    return t


def start(which: str, path: Path, box: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    root = str(Path(jw_desktop.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return subprocess.Popen(
        [sys.executable, "-c", RUN, which, str(path), str(box)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool]) -> bool:
    """SIGKILL proc as soon as ready() says so; False if it ended first."""
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if ready():
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.001)
        if proc.poll() is None:
            proc.kill()
            pytest.fail("the sync did not finish in time")
        _, err = proc.communicate()
        assert proc.returncode == 0, err.decode(errors="replace")
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def applied_chunks(path: Path, bundle_id: str) -> set[int] | None:
    """Chunk numbers of the bundle committed so far (-1: the whole bundle), or None while
    the file cannot be read."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.05)
        try:
            return {
                int(n)
                for (n,) in con.execute(
                    "SELECT chunk FROM sync_applied WHERE bundle_id = ?", (bundle_id,)
                )
            }
        finally:
            con.close()
    except sqlite3.Error:
        return None


def test_killed_during_apply_keeps_whole_chunks_and_the_retry_finishes(
    templates: Templates, tmp_path: Path
) -> None:
    t = templates
    total = len(t.chunk_keys)
    for attempt in range(TRIES):
        work = tmp_path / f"try{attempt}"
        device = copy_store(t.device, work)
        box = work / "box"
        shutil.copytree(t.box, box)

        def some_chunks_in(device: Path = device) -> bool:
            done = applied_chunks(device, t.bundle_id)
            return done is not None and KILL_AFTER <= len(done) < total

        if kill_when(start("device_sync", device, box), some_chunks_in):
            break
    else:
        pytest.skip(f"the apply always finished before it could be killed ({TRIES} tries)")

    # The file is sound and holds exactly the chunks that committed, nothing of the others.
    assert integrity_problems(device) == []
    done = applied_chunks(device, t.bundle_id)
    assert done is not None and -1 not in done
    assert KILL_AFTER <= len(done) < total, "killed after the last chunk: nothing to resume"
    expected = t.before_keys.union(*(t.chunk_keys[n] for n in done))
    assert clock_keys(device) == expected
    ids = row_ids(device)
    for tbl in rp.SYNCED:
        arrived = {pk for (tb, pk, col) in expected if tb == tbl and col == "*"}
        assert ids[tbl] == t.before_ids[tbl] | arrived, tbl
    assert query(device, "SELECT applying FROM sync_local") == [(0,)]
    assert query(device, "SELECT * FROM sync_vector") == []  # moves only with a whole bundle
    # The bundle is still waiting in the mailbox.
    assert len(folder.inbox(box, t.device_id)) == 1

    # The retry skips the committed chunks, applies the rest and agrees with the central.
    report = sync_in_process(device, box, "device_sync")
    assert report.bundles_read == 1 and not report.refused, report.refused
    assert report.in_sync, report.differing
    assert folder.inbox(box, t.device_id) == []
    assert integrity_problems(device) == []
    assert snapshot(device) == t.clean


def test_killed_while_writing_a_bundle_leaves_no_bundle_in_the_mailbox(
    templates: Templates, tmp_path: Path
) -> None:
    t = templates
    for attempt in range(TRIES):
        work = tmp_path / f"try{attempt}"
        central = copy_store(t.central, work)
        device = copy_store(t.device, work)
        box = work / "box"  # empty: the central writes the device its first bundle
        mailbox = folder.mailbox(box, t.device_id)

        def writing(mailbox: Path = mailbox) -> bool:
            try:
                return any(n.startswith(".") for n in os.listdir(mailbox))
            except OSError:
                return False

        if kill_when(start("central_sync", central, box), writing):
            break
    else:
        pytest.skip(f"the bundle was always complete before it could be killed ({TRIES} tries)")

    left = sorted(os.listdir(mailbox))
    assert left and all(n.startswith(".") and n.endswith(".tmp") for n in left), left
    assert folder.inbox(box, t.device_id) == []
    assert integrity_problems(central) == []

    # The device finds nothing to read (not even a half file to wait for) ...
    report = sync_in_process(device, box, "device_sync")
    assert (report.bundles_read, report.waiting_files, report.received) == (0, 0, 0)
    assert not report.refused
    # ... and the next round of the central writes a whole bundle that brings everything.
    sync_in_process(central, box, "central_sync")
    assert len(folder.inbox(box, t.device_id)) == 1
    report = sync_in_process(device, box, "device_sync")
    assert report.bundles_read == 1 and not report.refused and report.in_sync
    assert snapshot(device) == t.clean

    # The killed writer's dot-file stays while it is young (a writer could still be at
    # it); once it is old, the device's next look in its mailbox removes it.
    assert sorted(os.listdir(mailbox)) == left
    for name in left:
        stamp = time.time() - 2 * 24 * 3600
        os.utime(mailbox / name, (stamp, stamp))
    sync_in_process(device, box, "device_sync")
    assert os.listdir(mailbox) == []
