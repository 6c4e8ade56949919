"""Property: a random change from a random role to a random record is taken in exactly
when the rules allow it. The rules are restated here from the issue's and docs/privacy.md's
words, independently of model/policy.py, and the intake (the code that guards the central)
must agree with them on every example. Nothing is written: the intake only reads."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles import examples

from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import format_version, now_ms
from jw_desktop.model.policy import NOTE_CATEGORIES, Scope
from jw_desktop.model.replica import Change, Clock
from jw_desktop.model.schema import UNIQUES
from jw_desktop.sync.engine import SyncRefused
from jw_desktop.sync.intake import Intake

EXAMPLES = examples(150)
SENDER = "e" * 32

CATALOGUE = {"card", "sector", "card_version", "card_element", "template_route"}
SCHOOL_DATA = {"student", "school_group", "company", "placement", "route", "route_item",
               "hours_requirement", "placement_goal", "region_sector"}  # fmt: skip
FACTS = {"observation", "hours_entry", "note", "reflection"}
SCHOOL_FACTS = {"audit_entry", "issued_credential", "phase_change"}  # facts a coach never writes
TABLES = sorted(
    CATALOGUE | SCHOOL_DATA | FACTS | SCHOOL_FACTS | {"staff", "school", "student_goal"}
)
OWNER = {"student": "school_id", "school_group": "school_id", "company": "school_id",
         "staff": "school_id", "placement": "student_id", "route": "student_id",
         "route_item": "route_id", "observation": "student_id", "hours_entry": "student_id",
         "note": "student_id", "issued_credential": "student_id",
         "phase_change": "student_id", "student_goal": "student_id",
         "reflection": "student_id",
         "hours_requirement": "student_id", "placement_goal": "placement_id",
         "region_sector": "school_id"}  # fmt: skip


@pytest.fixture(scope="module")
def world(
    replica_templates: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    path = tmp_path_factory.mktemp("policy") / "central.sqlite"
    shutil.copyfile(replica_templates[0], path)
    store = SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)
    (jerome,) = store.find_students("Jerome")
    (placement,) = store.placements(jerome.id)
    store.log_hours(placement, TODAY, 4)  # so that hours are among the records
    store.change_phase(jerome.id, 5, "stage gestart")  # and the student's voice (issue 10)
    store.add_goal(jerome.id, "Ik wil bij een kwekerij werken.", "werk")
    store.add_reflection(jerome.id, "Het ging goed vandaag.")
    # and what issue 10 added: the route's hours, a stage goal, a sector of the region
    store.set_hours_requirement(jerome.id, hours_per_year=640, school_years=2, first_year=2026)
    store.add_placement_goal(placement, "Ik geef de kas zelf water")
    store.set_region_sector("groen", open_places=12)
    with store.db.engine.connect() as con:
        school = rp.school_id(con)
        records = {
            t: list(
                rp.rows(
                    con, t, [pk for (pk,) in con.exec_driver_sql(f"SELECT id FROM {t}")]
                ).values()
            )
            for t in TABLES
        }
        coach = rp.staff_lookup(con, "coach@example.nl")
        teacher = rp.staff_lookup(con, "docent@example.nl")
    assert school and coach and teacher
    students = {s["first_name"]: s["id"] for s in records["student"]}
    yield {
        "store": store,
        "school": school,
        "records": records,
        "coach": coach[0],
        "teacher": teacher[0],
        "own": students["Jerome"],
        "other": students["Fatima"],
    }
    store.close()


def sender_scope(world: dict[str, Any], role: str) -> Scope:
    if role == "uitgever":
        return Scope("-", frozenset(), frozenset(), "uitgever", None)
    students = frozenset({world["own"]}) if role == "jobcoach" else None
    staff = world["coach"] if role == "jobcoach" else world["teacher"]
    return Scope(world["school"], students, NOTE_CATEGORIES[role], role, staff)


def partition(world: dict[str, Any], tbl: str, rec: dict[str, Any]) -> str:
    """Where a record belongs, restated for the tables this test makes."""
    school = world["school"]
    if tbl in CATALOGUE:
        return "catalogue"
    if tbl == "school":
        return f"school/{rec['id']}"
    if tbl == "student":
        return f"school/{school}/student/{rec['id']}"
    if tbl == "route_item":
        route = next(r for r in world["records"]["route"] if r["id"] == rec["route_id"])
        return f"school/{school}/student/{route['student_id']}"
    if tbl == "placement_goal":
        placed = next(p for p in world["records"]["placement"] if p["id"] == rec["placement_id"])
        return f"school/{school}/student/{placed['student_id']}"
    if "student_id" in rec:
        return f"school/{school}/student/{rec['student_id']}"
    if tbl == "audit_entry":
        return str(rec["partition"])
    return f"school/{school}"


def allowed(
    world: dict[str, Any], role: str, tbl: str, new: bool, rec: dict[str, Any], col: str
) -> bool:
    """The rules in words (issue 7, docs/privacy.md)."""
    me = world["coach"] if role == "jobcoach" else world["teacher"]
    if new and any(
        all(other[c] == rec[c] for c in cols)
        for cols in UNIQUES[tbl]
        for other in world["records"][tbl]
    ):
        return False  # a key another record has (a code, an e-mail address): refused
    if role == "uitgever":
        # catalogue records, and its own logs there in no staff member's name
        log = tbl == "audit_entry" and rec["partition"] == "catalogue" and new
        return tbl in CATALOGUE or (log and rec["actor_id"] is None)
    if tbl in CATALOGUE or tbl == "school":
        return role == "beheerder"
    if tbl == "audit_entry" and rec["partition"] == "catalogue" and role != "beheerder":
        return False  # only who keeps the catalogue logs there
    if not new and (tbl in FACTS or tbl in SCHOOL_FACTS):
        return False  # facts are never changed, by anyone
    if not new and col == OWNER.get(tbl):
        return False  # a record never moves to another student or school
    if tbl == "student_goal" and not new and col not in ("text", "deleted"):
        return False  # a goal's leefdomein decides who may hold it: fixed once written
    if tbl == "hours_entry":
        placement = next(p for p in world["records"]["placement"] if p["id"] == rec["placement_id"])
        if placement["student_id"] != rec["student_id"]:
            return False
    if role == "jobcoach":
        if tbl == "audit_entry":
            part = str(rec["partition"])
            return rec["actor_id"] in (me, None) and (
                part == f"school/{world['school']}" or part.endswith(world["own"])
            )
        if tbl not in FACTS or rec.get("student_id") != world["own"]:
            return False
        if rec.get("recorded_by") not in (me, None):
            return False
        if tbl == "observation" and rec.get("observed_by") not in (me, None):
            return False
        return tbl != "note" or rec["category"] == "werk"
    if tbl == "staff":
        return role == "beheerder" or (not new and col == "password_hash" and rec["id"] == me)
    return True  # docent and beheerder: the school's data


@st.composite
def proposals(draw: st.DrawFn, world: dict[str, Any]) -> tuple[str, str, bool, dict[str, Any], str]:
    role = draw(st.sampled_from(["docent", "jobcoach", "beheerder", "uitgever"]))
    tbl = draw(st.sampled_from([t for t in TABLES if world["records"][t]]))
    base = dict(draw(st.sampled_from(world["records"][tbl])))
    base.pop("updated_at", None)
    people = [world["coach"], world["teacher"], None]
    if tbl == "staff":
        base = dict(draw(st.sampled_from(world["records"]["staff"])))
        base.pop("updated_at", None)
    new = draw(st.booleans()) if tbl != "school" else False
    col = "*"
    if new:
        base["id"] = uuid.uuid4().hex
        if "student_id" in base and tbl not in ("placement",):
            base["student_id"] = draw(st.sampled_from([world["own"], world["other"]]))
        for who in ("recorded_by", "observed_by", "actor_id"):
            if who in base:
                base[who] = draw(st.sampled_from(people))
        if tbl == "note":
            base["category"] = draw(st.sampled_from(["werk", "zorg"]))
        if tbl == "audit_entry":
            base["partition"] = draw(
                st.sampled_from(
                    [
                        f"school/{world['school']}",
                        f"school/{world['school']}/student/{world['own']}",
                        f"school/{world['school']}/student/{world['other']}",
                        "catalogue",
                    ]
                )
            )
        if tbl == "student":
            base["partition"] = f"school/{world['school']}/student/{base['id']}"
        for cols in UNIQUES[tbl]:
            if draw(st.booleans()):
                for c in cols:
                    if c in ("code", "key", "email", "name"):
                        base[c] = f"{base[c][:30]}-{uuid.uuid4().hex[:8]}"
    else:
        columns = [c for c in base if c not in ("id", "partition")]
        col = draw(st.sampled_from(columns))
        if col == "deleted":
            base[col] = 1 - int(base[col])
        elif col == OWNER.get(tbl) and tbl in (
            "placement",
            "observation",
            "note",
            "hours_entry",
            "route",
            "phase_change",
            "student_goal",
            "reflection",
        ):
            base[col] = world["other"] if base[col] == world["own"] else world["own"]
        elif tbl == "student_goal" and col in ("text", "life_domain"):
            base[col] = "Ik wil op mezelf wonen." if col == "text" else "wonen"
        elif col == "password_hash":
            base[col] = "scrypt$1$1$1$AA==$AA=="
        else:
            return draw(proposals(world))  # a column this test has no second value for
    return role, tbl, new, base, col


def change_for(
    world: dict[str, Any], tbl: str, new: bool, rec: dict[str, Any], col: str
) -> dict[str, Any]:
    part = partition(world, tbl, rec)
    value: Any = {**rec, "partition": part} if col == "*" else rec[col]
    if tbl in FACTS | SCHOOL_FACTS and not new:
        value, col = {**rec, "partition": part}, "*"  # a fact "changed" is a re-sent record
    return rp.change_to_json(
        Change(tbl, rec["id"], col, value, Clock(format_version(now_ms(), 1), SENDER), part)
    )


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_change_is_taken_in_exactly_when_the_rules_allow_it(
    world: dict[str, Any], data: st.DataObject
) -> None:
    role, tbl, new, rec, col = data.draw(proposals(world))
    line = change_for(world, tbl, new, rec, col)
    receiver = Scope(world["school"], None, NOTE_CATEGORIES["docent"], "centrale", None)
    intake = Intake(world["store"], SENDER, sender_scope(world, role), receiver, "het apparaat")
    expected = allowed(world, role, tbl, new, rec, col)
    try:
        intake.check([[line]])
        taken = True
    except SyncRefused:
        taken = False
    assert taken == expected, (role, tbl, "nieuw" if new else col, rec)
