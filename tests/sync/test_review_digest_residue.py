"""Review findings (issue 13 integration): a purged student's partition must not come
back into sync_digest."""

from __future__ import annotations

import sqlite3

from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.policy import CENTRAL, scope_for
from jw_desktop.sync import session


def _student_partitions(store: SchoolStore) -> list[str]:
    with store.db.engine.connect() as con:
        return [p for p in rp.partitions(con) if "/student/" in p]


def _digest_labels(store: SchoolStore) -> set[str]:
    con = sqlite3.connect(store.path)
    try:
        return {p for (p,) in con.execute("SELECT partition FROM sync_digest")}
    finally:
        con.close()


def test_a_digest_asked_for_a_purged_partition_does_not_cache_its_label(
    store: SchoolStore,
) -> None:
    """The device's _compare asks for the digests of every partition the central's
    answer names (session._compare -> replica.digest), after the purge of `after`: a
    partition the device just purged (its scope narrowed before the central's answer
    was made) is hashed as empty and cached under the student's label again."""
    gone = _student_partitions(store)[0]
    with store.db.writer.connect() as con, con.begin():
        rp.begin_apply(con)
        rp.purge(con, [gone])
        rp.set_applying(con, False)
    assert gone not in _digest_labels(store)
    school = gone.split("/")[1]
    mine = scope_for(CENTRAL, school, None, None)
    report = session.SyncReport()
    session._compare(store, {gone: [0, "0" * 64]}, mine, report)
    assert gone not in _digest_labels(store), "the purged student's label is back"


def test_a_purge_removes_the_changes_waiting_in_the_partition(store: SchoolStore) -> None:
    """A field change that waits for its record (sync_pending) holds the partition's
    label and the value itself: a purge of that partition must take it too."""
    from jw_desktop.model.capture import format_version, now_ms
    from jw_desktop.model.replica import Change, Clock

    gone = _student_partitions(store)[0]
    pk = gone.rsplit("/", 1)[1]
    waiting = Change(
        "student",
        pk,
        "first_name",
        "Geheime naam",
        Clock(format_version(now_ms(), 1), "ab" * 16),
        gone,
    )
    with store.db.writer.connect() as con, con.begin():
        rp.pending_put(con, waiting)
    with store.db.writer.connect() as con, con.begin():
        rp.begin_apply(con)
        rp.purge(con, [gone])
        rp.set_applying(con, False)
    con = sqlite3.connect(store.path)
    try:
        left = [c for (c,) in con.execute("SELECT change FROM sync_pending")]
    finally:
        con.close()
    assert not [c for c in left if gone in c or "Geheime naam" in c], left
