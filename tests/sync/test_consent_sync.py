"""The consent gate through real stores (docs/privacy.md, "Consent"): a jobcoach's
laptop holds what the school observed of a student, and the student's certificates, only
while the student's consent for that workplace counts; withdrawal or expiry removes them
at the next sync, a later consent brings them back. Parents' contacts and the OPP never
reach the laptop."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from factories import TODAY
from sitekit import (
    Site,
    assert_clean,
    give_workplace_consent,
    observation_ids,
    student,
)

from jw_desktop.model import Level, Setting


def rows(store_path: object, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(str(store_path))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def jerome_consent(site: Site) -> object:
    (found,) = [
        c for c in site.central.consents(student(site.central, "Jerome")) if c.withdrawn_on is None
    ]
    return found.id


def observe(site: Site) -> tuple[str, str]:
    """A teacher's observation and the coach's own, both of Jerome."""
    jerome_t, jerome_c = student(site.teacher, "Jerome"), student(site.coach, "Jerome")
    todo = site.teacher.still_to_practise(jerome_t)
    school = site.teacher.record_observation(jerome_t, todo[0].element_id, Level.WITH_HELP)
    own = site.coach.record_observation(
        jerome_c, todo[1].element_id, Level.INDEPENDENT, setting=Setting.WORKPLACE
    )
    return school.hex, own.hex


def test_withdrawal_removes_the_schools_progress_and_a_new_consent_brings_it_back(
    site: Site,
) -> None:
    school_obs, own_obs = observe(site)
    assert_clean(site.round())
    assert {school_obs, own_obs} <= observation_ids(site.coach)

    site.central.withdraw_consent(jerome_consent(site))  # type: ignore[arg-type]
    reports = site.round()
    assert_clean(reports)
    held = observation_ids(site.coach)
    assert school_obs not in held and own_obs in held  # the coach's own stay
    assert reports[-1].in_sync  # both sides leave out the same records
    # what the school observes meanwhile does not reach the laptop
    jerome_t = student(site.teacher, "Jerome")
    later = site.teacher.record_observation(
        jerome_t, site.teacher.still_to_practise(jerome_t)[2].element_id, Level.INDEPENDENT
    )
    assert_clean(site.round())
    assert later.hex not in observation_ids(site.coach)
    assert {school_obs, later.hex} <= observation_ids(site.central)

    give_workplace_consent(site.central)
    reports = site.round()
    assert_clean(reports)
    assert {school_obs, own_obs, later.hex} <= observation_ids(site.coach)
    assert reports[-1].in_sync


def test_an_expired_consent_shares_nothing(fresh_site: Site) -> None:
    site = fresh_site
    site.central.withdraw_consent(jerome_consent(site))  # type: ignore[arg-type]
    give_workplace_consent(
        site.central, valid_until=TODAY - timedelta(days=1), given_on=date(2026, 9, 1)
    )
    assert_clean(site.round())
    jerome_t = student(site.teacher, "Jerome")
    todo = site.teacher.still_to_practise(jerome_t)
    made = site.teacher.record_observation(jerome_t, todo[0].element_id, Level.WITH_HELP)
    reports = site.round()
    assert_clean(reports)
    assert made.hex in observation_ids(site.central)
    assert made.hex not in observation_ids(site.coach)
    assert reports[-1].in_sync
    # the coach's laptop still knows Jerome, his placement and why it gets no progress
    jerome_c = student(site.coach, "Jerome")
    (expired, withdrawn) = sorted(site.coach.consents(jerome_c), key=lambda c: c.valid_until)
    assert expired.status(TODAY) == "verlopen" and withdrawn.status(TODAY) == "ingetrokken"


def test_only_the_progress_category_opens_the_progress(site: Site) -> None:
    site.central.withdraw_consent(jerome_consent(site))  # type: ignore[arg-type]
    give_workplace_consent(site.central, categories=("uren",))
    school_obs, own_obs = observe(site)
    assert_clean(site.round())
    held = observation_ids(site.coach)
    assert school_obs not in held and own_obs in held


def test_parents_opp_and_other_consents_never_reach_the_coach(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    site.central.add_contact(
        jerome, "Moeder Jansen", "ouder", phone="06-00000000", parental_authority=True
    )
    site.central.set_plan(jerome, opp_goals=["Op tijd komen"], trajectory=None)
    site.central.record_consent(
        jerome,
        recipient="volgende school",
        categories=["voortgang"],
        valid_until=TODAY,
        given_by="leerling",
        recipient_name="ROC Voorbeeld",
    )
    reports = site.round()
    assert_clean(reports)
    assert reports[-1].in_sync and reports[-2].in_sync
    coach, teacher = site.coach.path, site.teacher.path
    assert rows(coach, "SELECT * FROM student_contact") == []
    assert rows(coach, "SELECT * FROM student_plan") == []
    assert rows(coach, "SELECT recipient, given_by_name FROM consent") == [("werkplek", "")]
    assert rows(coach, "SELECT count(*) FROM sync_clock WHERE tbl = 'student_contact'") == [(0,)]
    assert len(rows(teacher, "SELECT * FROM student_contact")) == 1
    assert len(rows(teacher, "SELECT * FROM student_plan")) == 1
    assert len(rows(teacher, "SELECT * FROM consent")) == 2
    for path in (coach,):
        raw = path.read_bytes()
        assert b"Moeder Jansen" not in raw and b"ROC Voorbeeld" not in raw
