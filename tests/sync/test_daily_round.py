"""The daily round (docs/sync.md sections 4, 8 and 11): a laptop takes in the central's
answer before it sends, so it never sends back what the central confirmed, and the round
that only acknowledges carries no change at all; a lost bundle is still covered by the
next; the digests come from a cache that is never older than the change log."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles import examples
from sitekit import (
    Site,
    assert_clean,
    device_id,
    observation_ids,
    partition_of,
    read_bundle,
    student,
)
from syncutil import exchange, opened

from jw_desktop.model import Level, NoteCategory, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import now_ms
from jw_desktop.sync import folder, session
from jw_desktop.sync.engine import SyncRefused
from jw_desktop.sync.session import resolve_scope


def mailbox_bundle(site: Site, receiver: SchoolStore, sender: SchoolStore) -> Path:
    """The one bundle from `sender` waiting for `receiver` (a newer one replaces it)."""
    (path,) = [
        p
        for p in folder.inbox(site.box, device_id(receiver))
        if p.name.startswith(device_id(sender))
    ]
    return path


def observe(store: SchoolStore, count: int) -> set[str]:
    jerome = student(store, "Jerome")
    todo = store.still_to_practise(jerome)
    return {
        store.record_observation(jerome, todo[i].element_id, Level.WITH_HELP).hex
        for i in range(count)
    }


# -- no echo ------------------------------------------------------------------------------


def test_the_acknowledgement_round_sends_no_change_back(site: Site) -> None:
    made = observe(site.teacher, 3)
    up = session.device_sync(site.teacher, site.box)
    assert up.sent >= 3
    first = read_bundle(
        mailbox_bundle(site, site.central, site.teacher), site.central, site.teacher
    )
    assert {c["k"] for c in first if c["t"] == "observation"} == made
    assert session.central_sync(site.central, site.box).received == up.sent
    # The central's answer holds none of the teacher's own changes ...
    answer = read_bundle(
        mailbox_bundle(site, site.teacher, site.central), site.teacher, site.central
    )
    assert not {c["k"] for c in answer} & made
    ack = session.device_sync(site.teacher, site.box)
    assert_clean([ack])
    assert ack.in_sync and ack.received == 0
    # ... and the laptop's acknowledgement holds no change: only vectors and digests.
    assert ack.sent == 0
    path = mailbox_bundle(site, site.central, site.teacher)
    assert read_bundle(path, site.central, site.teacher) == []
    assert path.stat().st_size < 4096
    # Nor does the central's next answer send anything back.
    again = session.central_sync(site.central, site.box)
    assert again.received == 0  # (the coach's laptop, which has not synced, gets them)
    assert (
        read_bundle(mailbox_bundle(site, site.teacher, site.central), site.teacher, site.central)
        == []
    )
    assert made <= observation_ids(site.central)


def test_a_lost_acknowledgement_still_gets_everything_through(site: Site) -> None:
    made = observe(site.teacher, 2)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    mailbox_bundle(site, site.teacher, site.central).unlink()  # the central's answer is lost
    made |= observe(site.teacher, 2)
    # Nothing confirmed: the laptop sends everything the central has not confirmed again.
    again = session.device_sync(site.teacher, site.box)
    sent = read_bundle(mailbox_bundle(site, site.central, site.teacher), site.central, site.teacher)
    assert {c["k"] for c in sent if c["t"] == "observation"} == made
    assert again.sent == len(sent)
    session.central_sync(site.central, site.box)
    ack = session.device_sync(site.teacher, site.box)
    assert ack.in_sync and ack.sent == 0
    assert made <= observation_ids(site.central)


def test_a_lost_device_bundle_is_covered_by_the_next(site: Site) -> None:
    made = observe(site.teacher, 2)
    session.device_sync(site.teacher, site.box)
    mailbox_bundle(site, site.central, site.teacher).unlink()  # lost on the way
    session.central_sync(site.central, site.box)
    session.device_sync(site.teacher, site.box)  # takes the answer in, sends again
    session.central_sync(site.central, site.box)
    ack = session.device_sync(site.teacher, site.box)
    assert ack.in_sync and ack.sent == 0
    assert made <= observation_ids(site.central)


def test_the_central_s_changes_reach_the_laptop_once(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    site.central.add_note(jerome, "Gesprek met de werkplek", NoteCategory.WORK)
    session.central_sync(site.central, site.box)
    down = session.device_sync(site.teacher, site.box)
    assert down.received > 0 and down.in_sync and down.sent == 0
    session.central_sync(site.central, site.box)
    assert (
        read_bundle(mailbox_bundle(site, site.teacher, site.central), site.teacher, site.central)
        == []
    )
    assert session.device_sync(site.teacher, site.box).received == 0


# -- the digest cache ---------------------------------------------------------------------


def test_a_change_made_after_the_answer_is_never_reported_equal(site: Site) -> None:
    """Both sides have cached their digests; a change the central does not have yet must
    show as a difference, however it was written."""
    part = partition_of(site.teacher, student(site.teacher, "Jerome"))
    observe(site.teacher, 1)
    session.central_sync(site.central, site.box)
    report = session.device_sync(site.teacher, site.box)
    assert report.differing == [part]  # on its way, not yet at the central
    session.central_sync(site.central, site.box)
    assert session.device_sync(site.teacher, site.box).in_sync
    # A plain SQLite write, outside the program, is captured and drops the cache too.
    con = sqlite3.connect(site.teacher.path)
    with con:
        con.execute("UPDATE student SET first_name = 'Jeroen' WHERE first_name = 'Jerome'")
    con.close()
    session.central_sync(site.central, site.box)
    assert session.device_sync(site.teacher, site.box).differing == [part]
    session.central_sync(site.central, site.box)
    assert session.device_sync(site.teacher, site.box).in_sync


def test_a_change_at_the_central_is_never_taken_for_agreement(site: Site) -> None:
    """The central's cache drops a partition it applied to, so its digests follow."""
    part = partition_of(site.central, student(site.central, "Jerome"))
    with site.central.db.writer.connect() as con, con.begin():
        before = rp.digest(con, [part], None)
    observe(site.teacher, 1)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    with site.central.db.writer.connect() as con, con.begin():
        after = rp.digest(con, [part], None)
        assert after == rp.digest(con, [part], None, cached=False)
    assert after != before


FUTURE_MS = 3 * 60 * 60 * 1000


def readers(store: SchoolStore) -> list[tuple[Any, str]]:
    """No filter, a teacher's and a jobcoach's (with and without the consent gate)."""
    with store.db.engine.connect() as con:
        school = rp.school_id(con)
        coach = rp.staff_lookup(con, "coach@example.nl")
    assert school is not None and coach is not None
    teacher = resolve_scope(store, {"role": "docent", "school": school})
    spec = {"role": "jobcoach", "school": school, "staff": coach[0]}
    return [
        (None, ""),
        (teacher, "a" * 32),
        (resolve_scope(store, spec), "b" * 32),
        (resolve_scope(store, spec, consent=False), "b" * 32),
    ]


def check_digests(store: SchoolStore) -> None:
    for reader, device in readers(store):
        with store.db.writer.connect() as con, con.begin():
            parts = [*rp.partitions(con), "school/0/student/gone"]
            cached = rp.digest(con, parts, reader, device)
            scratch = rp.digest(con, parts, reader, device, cached=False)
            assert cached == scratch
            assert rp.digest(con, parts, reader, device) == scratch  # from the cache now


operation = st.one_of(
    st.tuples(st.just("observe"), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("note"), st.integers(0, 1), st.sampled_from(list(NoteCategory))),
    st.tuples(st.just("rename"), st.integers(0, 1), st.integers(0, 99)),
    st.tuples(st.just("move"), st.integers(0, 1), st.integers(0, 3)),
    st.tuples(st.just("apply"), st.integers(0, 1), st.none()),
    st.tuples(st.just("purge"), st.integers(0, 1), st.integers(0, 3)),
    st.tuples(st.just("unheld"), st.integers(0, 1), st.none()),
    st.tuples(st.just("future"), st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("heal"), st.integers(0, 1), st.none()),
    st.tuples(st.just("check"), st.integers(0, 1), st.none()),
)


def run_operation(stores: list[SchoolStore], op: tuple[str, int, Any]) -> None:
    kind, index, arg = op
    store, other = stores[index], stores[1 - index]
    people = store.find_students("")
    if kind == "observe" and people:
        person = people[arg % len(people)].id
        todo = store.still_to_practise(person)
        if todo:
            store.record_observation(person, todo[arg % len(todo)].element_id, Level.NOT_YET)
    elif kind == "note" and people:
        store.add_note(people[0].id, "Notitie", arg)
    elif kind == "rename":  # a plain SQL write: captured by the triggers like any other
        with store.db.writer.connect() as con, con.begin():
            con.exec_driver_sql(
                "UPDATE student SET first_name = ? WHERE id = (SELECT MIN(id) FROM student)",
                (f"Naam {arg}",),
            )
    elif kind == "move" and people:
        # plain SQL writes: a field edited, the record moved to another partition (its clock
        # rows replaced there), then moved back - the program never moves a record, and one
        # left moved would break its children's foreign keys at a later purge
        with store.db.writer.connect() as con:
            parts = sorted(p for p in rp.partitions(con) if "/student/" in p)
            first = con.exec_driver_sql("SELECT MIN(id) FROM student").scalar()
            home = con.exec_driver_sql(
                "SELECT partition FROM student WHERE id = ?", (first,)
            ).scalar()
        for step, partition in enumerate((home, parts[arg % len(parts)] if parts else home, home)):
            with store.db.writer.connect() as con, con.begin():
                con.exec_driver_sql(
                    "UPDATE student SET first_name = ?, partition = ? WHERE id = ?",
                    (f"Verhuisd {step}", partition, first),
                )
            check_digests(store)  # the cache holds the edited field's partition in between
    elif kind == "apply":
        with contextlib.suppress(SyncRefused):  # a version from a clock ahead: nothing written
            exchange(other, store)
    elif kind in ("purge", "unheld"):
        with store.db.writer.connect() as con, con.begin():
            rp.begin_apply(con)
            if kind == "purge":
                parts = sorted(p for p in rp.partitions(con) if "/student/" in p)
                rp.purge(con, [parts[arg % len(parts)]] if parts else [])
            else:
                rp.drop_unheld(con, readers(store)[2][0])
            rp.set_applying(con, False)
    elif kind == "future":  # a version made while this computer's clock ran ahead
        with store.db.writer.connect() as con, con.begin():
            con.exec_driver_sql(
                "UPDATE sync_clock SET wall = ?, counter = ? WHERE rowid = (SELECT rowid "
                f"FROM sync_clock WHERE origin_id = {rp.OWN_ORIGIN_SQL} "
                "ORDER BY wall DESC, counter DESC LIMIT 1)",
                (now_ms() + FUTURE_MS, arg),
            )
    elif kind == "heal":
        with store.db.writer.connect() as con, con.begin():
            rp.heal_clock(con, now_ms(), 60 * 60 * 1000)
    check_digests(store)


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=1, max_size=12))
def test_cached_digests_equal_a_recomputation(
    replica_templates: list[Path], ops: list[tuple[str, int, Any]]
) -> None:
    with opened(replica_templates, 2) as stores:
        for store in stores:
            check_digests(store)  # fills the cache for every reader
        for op in ops:
            run_operation(stores, op)
