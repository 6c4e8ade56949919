"""Assessments and issued credentials across the site (docs/privacy.md "Assessments"):
an assessment recorded at school reaches the jobcoach's laptop of that student with its
assessors and results (the workplace supervisor is often an assessor), and neither a
jobcoach nor its laptop may write one, or an issued credential."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from factories import assess
from sitekit import Site, assert_clean, school_of, student
from syncutil import snapshot

from jw_desktop.model import AccessDenied
from jw_desktop.model import replica as rp
from jw_desktop.model.policy import NOTE_CATEGORIES, Refusal, Scope, check_write

TABLES = ("assessment", "assessment_assessor", "assessment_result", "issued_credential")


def ids(site_store: Any, tbl: str) -> set[str]:
    return {str(row[0]) for row in snapshot(site_store.path)[tbl]}


def test_an_assessment_and_its_credential_travel_to_the_coachs_laptop(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    assess(site.central, jerome, "pb-planten")
    site.central.issue_credential(jerome, site.central.credential_id("pb-planten"))
    assert_clean(site.round())
    for tbl in TABLES:
        made = ids(site.central, tbl)
        assert made, tbl
        assert ids(site.coach, tbl) == made, tbl
        assert ids(site.teacher, tbl) == made, tbl
    (shown,) = site.coach.assessments(student(site.coach, "Jerome"))
    assert {a.name for a in shown.assessors} == {"Anne Docent", "Carla Kas"}
    assert site.coach.eligibility(
        student(site.coach, "Jerome"), site.coach.credential_id("pb-planten")
    ).issued


def test_a_jobcoachs_laptop_records_no_assessment_and_issues_nothing(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    with pytest.raises(AccessDenied):
        assess(site.coach, jerome, "pb-planten")
    with pytest.raises(AccessDenied):
        site.coach.issue_credential(jerome, site.coach.credential_id("pb-planten"))


@pytest.mark.parametrize("tbl", [*TABLES, "exam_part_result", "credential_evidence"])
def test_the_intake_refuses_assessment_and_credential_records_from_a_jobcoach(
    site: Site, tbl: str
) -> None:
    """What a forged bundle from a jobcoach's laptop would carry: refused by the policy
    the intake asks, for its own student too."""
    central = site.central
    jerome = student(central, "Jerome")
    assess(central, jerome, "pb-planten")
    central.issue_credential(jerome, central.credential_id("pb-planten"))
    coach = next(m for m in central.staff() if m.email == "coach@example.nl")
    scope = Scope(
        school_of(central),
        frozenset({jerome.hex}),
        NOTE_CATEGORIES["jobcoach"],
        "jobcoach",
        coach.id.hex,
    )
    with central.db.engine.connect() as con:
        pk = next(iter(ids(central, tbl)), None) if tbl != "exam_part_result" else None
        if pk is None:  # no exam part in the small catalogue: a record made up for it
            record: dict[str, Any] = {"id": uuid.uuid4().hex, "student_id": jerome.hex}
        else:
            record = dict(rp.rows(con, tbl, [pk])[pk])
        record["id"] = uuid.uuid4().hex

        def lookup(t: str, key: str) -> Any:
            return rp.rows(con, t, [key]).get(key)

        with pytest.raises(Refusal):
            check_write(scope, tbl, None, record, record.keys(), lookup)
