"""Review finding (issue 13 integration): the intake skips, unjudged, every change its
replica's vector already covers ('an echo: the apply skips it'), but the apply asks the
vector again for every chunk - and a replica's own entry is its newest own clock row,
which an earlier chunk of the same bundle can overwrite. A change the intake waved
through as known is then applied as new, without any policy check."""

from __future__ import annotations

import sqlite3

from sitekit import Site, device_id, school_of, student
from test_intake import add_admin, post_chunks, staff_id

from jw_desktop.model import replica as rp
from jw_desktop.model.capture import TICK_SQL, format_version, now_ms
from jw_desktop.model.replica import Change, Clock
from jw_desktop.sync import folder, session


def newest_own(store) -> tuple[str, tuple[str, str, str]]:
    con = sqlite3.connect(store.path)
    try:
        (wall, counter, tbl, pk, col) = con.execute(
            "SELECT wall, counter, tbl, pk, col FROM sync_clock WHERE origin_id = "
            f"{rp.OWN_ORIGIN_SQL} ORDER BY wall DESC, counter DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return format_version(wall, counter), (tbl, pk, col)


def role_of(store, staff: str) -> str:
    con = sqlite3.connect(store.path)
    try:
        return con.execute("SELECT role FROM staff WHERE id = ?", (staff,)).fetchone()[0]
    finally:
        con.close()


def test_a_change_the_intake_took_for_an_echo_is_not_applied_unjudged(site: Site) -> None:
    add_admin(site)
    assert all(r.refused == [] for r in site.round())
    jerome = student(site.central, "Jerome").hex
    # The central edits Jerome's first name last: its newest own clock row.
    with site.central.db.writer.connect() as con, con.begin():
        con.exec_driver_sql(TICK_SQL, {"now": now_ms()})
        con.exec_driver_sql("UPDATE student SET first_name = 'Jeroen' WHERE id = ?", (jerome,))
    v_central, key = newest_own(site.central)
    assert key == ("student", jerome, "first_name")
    central, teacher = device_id(site.central), device_id(site.teacher)
    # chunk 1: a teacher's honest edit of that name after the central's (based on it: no
    # conflict), which replaces the central's newest own clock row
    edit = Change(
        "student",
        jerome,
        "first_name",
        "Jeroen-Pieter",
        Clock(format_version(now_ms() + 5, 0), teacher, v_central, central),
        f"school/{school_of(site.central)}/student/{jerome}",
    )
    # chunk 2: a change "made by the central" at exactly its newest version, which the
    # intake's vector calls known and so never judges: the teacher becomes an admin
    me = staff_id(site.central, "docent@example.nl")
    assert role_of(site.central, me) != "beheerder"
    forged = Change(
        "staff",
        me,
        "role",
        "beheerder",
        Clock(v_central, central),
        f"school/{school_of(site.central)}",
    )
    for stale in folder.inbox(site.box, central):
        stale.unlink()
    post_chunks(
        site, site.teacher, site.central, [[rp.change_to_json(edit)], [rp.change_to_json(forged)]]
    )
    report = session.central_sync(site.central, site.box)
    assert role_of(site.central, me) != "beheerder", (
        "the forged change was applied unjudged",
        report,
    )
