"""A thief's corpus: hostile bundles made with a real enrolled jobcoach laptop's own keys
(and with the central's keys against a laptop), validly signed and encrypted, each put in
the mailbox the way a real one is. Every case must be refused whole with one clear line,
set aside with its reason, leave the receiving store exactly as it was, and not stop the
valid bundles that come after it (docs/privacy.md, 'Threat model')."""

from __future__ import annotations

import io
import json
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from factories import assess
from sitekit import (
    Site,
    assert_clean,
    changes_of,
    device_id,
    partition_of,
    post_chunks,
    school_of,
    student,
)
from syncutil import snapshot

from jw_desktop.model import InvalidInput, Level, NoteCategory, Role, Setting
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import TEXT_CLOCK_SQL, format_version, now_ms
from jw_desktop.model.database import HEAD_REVISION
from jw_desktop.model.entities import Base
from jw_desktop.model.replica import Change, Clock
from jw_desktop.sync import bundle, folder, session

Line = dict[str, Any]


# -- tools of the thief: real keys, hand-made content -------------------------------------


def post_lines(site: Site, sender: Any, receiver: Any, lines: list[Line], **manifest: Any) -> Path:
    """A bundle of raw change lines in one chunk, with the sender's real keys."""
    return post_chunks(site, sender, receiver, [lines], **manifest)


def version(offset_ms: int = 0, counter: int = 1) -> str:
    return format_version(now_ms() + offset_ms, counter)


def field(site: Site, tbl: str, pk: str, col: str, value: Any, partition: str) -> Line:
    """A field change made on the coach's laptop, labelled as the thief likes."""
    return rp.change_to_json(
        Change(tbl, pk, col, value, Clock(version(), device_id(site.coach)), partition)
    )


def record(site: Site, tbl: str, values: dict[str, Any], partition: str) -> Line:
    pk = values["id"]
    return rp.change_to_json(
        Change(tbl, pk, "*", values, Clock(version(), device_id(site.coach)), partition)
    )


def row(store: Any, tbl: str, pk: str) -> dict[str, Any]:
    with store.db.engine.connect() as con:
        found = rp.rows(con, tbl, [pk])[pk]
    found.pop("updated_at", None)
    return found


def staff_id(store: Any, email: str) -> str:
    with store.db.engine.connect() as con:
        found = rp.staff_lookup(con, email)
    assert found is not None
    return found[0]


def own_observation(site: Site) -> dict[str, Any]:
    """A real observation the coach's laptop made for its own student (Jerome)."""
    jerome = student(site.coach, "Jerome")
    element = site.coach.still_to_practise(jerome)[0].element_id
    obs = site.coach.record_observation(jerome, element, Level.WITH_HELP, setting=Setting.WORKPLACE)
    return row(site.coach, "observation", obs.hex)


def dump(store: Any) -> dict[str, Any]:
    """Everything a refusal must leave as it was: every synced table, the change log, the
    vector, what waits and what was applied."""
    data: dict[str, Any] = dict(snapshot(store.path))
    con = sqlite3.connect(store.path)
    try:
        # the change log as docs/sync.md spells it (tbl, pk, col, version, origin, base
        # version, base origin, partition), and as stored, with its origin and partition ids
        data["sync_clock"] = set(con.execute(f"SELECT * FROM {TEXT_CLOCK_SQL}"))
        data["sync_clock_rows"] = set(con.execute("SELECT * FROM sync_clock"))
        for tbl in ("sync_partition", "sync_origin", "sync_vector", "sync_pending", "sync_applied"):
            data[tbl] = set(con.execute(f"SELECT * FROM {tbl}"))
    finally:
        con.close()
    return data


# -- the cases: what a stolen jobcoach laptop tries against the central --------------------


def delete_other_student(site: Site) -> list[Line]:
    fatima = student(site.central, "Fatima").hex
    jerome_part = partition_of(site.central, student(site.central, "Jerome"))
    return [field(site, "student", fatima, "deleted", 1, jerome_part)]


def delete_other_student_true_label(site: Site) -> list[Line]:
    fatima = student(site.central, "Fatima")
    return [field(site, "student", fatima.hex, "deleted", 1, partition_of(site.central, fatima))]


def delete_own_student(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    return [field(site, "student", jerome.hex, "deleted", 1, partition_of(site.central, jerome))]


def tombstone_route(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    route = site.central.route(jerome)
    pk = next(
        iter(c.pk for c in changes_of(site.central, "route", partition_of(site.central, jerome)))
    )
    assert route is not None
    return [field(site, "route", pk, "deleted", 1, partition_of(site.central, jerome))]


def pull_other_student(site: Site) -> list[Line]:
    """A placement that would put Fatima (and her observations) on the thief's laptop."""
    jerome = student(site.central, "Jerome")
    (placement,) = site.central.placements(jerome)
    values = row(site.central, "placement", placement.hex)
    fatima = student(site.central, "Fatima")
    values.update(id=uuid.uuid4().hex, student_id=fatima.hex)
    values["partition"] = partition_of(site.central, fatima)
    return [record(site, "placement", values, partition_of(site.central, jerome))]


def move_placement(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    (placement,) = site.central.placements(jerome)
    fatima = student(site.central, "Fatima").hex
    return [
        field(
            site,
            "placement",
            placement.hex,
            "student_id",
            fatima,
            partition_of(site.central, jerome),
        )
    ]


def become_admin(site: Site) -> list[Line]:
    coach = staff_id(site.central, "coach@example.nl")
    return [field(site, "staff", coach, "role", "beheerder", f"school/{school_of(site.central)}")]


def take_admins_password(site: Site) -> list[Line]:
    admin = staff_id(site.central, "admin@example.nl")
    return [
        field(
            site,
            "staff",
            admin,
            "password_hash",
            "scrypt$1$1$1$AA==$AA==",
            f"school/{school_of(site.central)}",
        )
    ]


def own_password(site: Site) -> list[Line]:
    coach = staff_id(site.central, "coach@example.nl")
    return [
        field(
            site,
            "staff",
            coach,
            "password_hash",
            "scrypt$1$1$1$AA==$AA==",
            f"school/{school_of(site.central)}",
        )
    ]


def new_staff(site: Site) -> list[Line]:
    values = row(site.central, "staff", staff_id(site.central, "coach@example.nl"))
    values.update(id=uuid.uuid4().hex, email="dief@example.nl", role="beheerder")
    return [record(site, "staff", values, values["partition"])]


def care_note_for_own_student(site: Site) -> list[Line]:
    values = own_note(site)
    values["category"] = "zorg"
    return [record(site, "note", values, values["partition"])]


def own_note(site: Site) -> dict[str, Any]:
    jerome = student(site.coach, "Jerome")
    note = site.coach.add_note(jerome, "Werkt netjes", NoteCategory.WORK)
    return row(site.coach, "note", note.hex)


def rewrite_care_note(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    care = site.central.add_note(jerome, "Zorgoverleg met ouders", NoteCategory.CARE)
    values = row(site.central, "note", care.hex)
    values["text"] = "Overschreven door de dief"
    return [record(site, "note", values, values["partition"])]


def care_note_becomes_work(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    care = site.central.add_note(jerome, "Zorgoverleg met ouders", NoteCategory.CARE)
    values = row(site.central, "note", care.hex)
    values["category"] = "werk"
    return [record(site, "note", values, values["partition"])]


def conflict_about_care_note(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    care = site.central.add_note(jerome, "Zorgoverleg met ouders", NoteCategory.CARE)
    part = partition_of(site.central, jerome)
    me = device_id(site.coach)
    values = {
        "id": uuid.uuid4().hex,
        "partition": part,
        "tbl": "note",
        "pk": care.hex,
        "col": "text",
        "kind": "veld",
        "losing_value": json.dumps("Overschreven"),
        "losing_version": version(),
        "losing_origin": me,
        "winning_version": version(-1000),
        "winning_origin": device_id(site.central),
        "detected_at": "2026-12-01 10:00:00.000000",
        "resolved": 0,
        "resolution": "",
        "deleted": 0,
    }
    return [record(site, "sync_conflict", values, part)]


def observation_as_teacher(site: Site) -> list[Line]:
    values = own_observation(site)
    values.update(id=uuid.uuid4().hex, recorded_by=staff_id(site.central, "docent@example.nl"))
    return [record(site, "observation", values, values["partition"])]


def observation_for_other_student(site: Site) -> list[Line]:
    values = own_observation(site)
    fatima = student(site.central, "Fatima")
    values.update(
        id=uuid.uuid4().hex, student_id=fatima.hex, partition=partition_of(site.central, fatima)
    )
    return [record(site, "observation", values, values["partition"])]


def observation_mislabelled(site: Site) -> list[Line]:
    values = own_observation(site)
    values["id"] = uuid.uuid4().hex
    fatima = partition_of(site.central, student(site.central, "Fatima"))
    return [record(site, "observation", values, fatima)]


def rewrite_teachers_observation(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    element = site.central.still_to_practise(jerome)[0].element_id
    obs = site.central.record_observation(jerome, element, Level.INDEPENDENT)
    values = row(site.central, "observation", obs.hex)
    values["level"] = 0
    return [record(site, "observation", values, values["partition"])]


def withdraw_teachers_observation(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    element = site.central.still_to_practise(jerome)[0].element_id
    obs = site.central.record_observation(jerome, element, Level.INDEPENDENT)
    values = row(site.central, "observation", obs.hex)
    values.update(
        id=uuid.uuid4().hex,
        supersedes_id=obs.hex,
        withdrawn=1,
        recorded_by=staff_id(site.central, "coach@example.nl"),
        observed_by=staff_id(site.central, "coach@example.nl"),
    )
    return [record(site, "observation", values, values["partition"])]


def audit_as_admin(site: Site) -> list[Line]:
    part = f"school/{school_of(site.central)}"
    values = {
        "id": uuid.uuid4().hex,
        "partition": part,
        "at": "2026-12-01 10:00:00.000000",
        "actor_id": staff_id(site.central, "admin@example.nl"),
        "action": "medewerker.toevoegen",
        "entity": "staff",
        "entity_id": None,
        "summary": "",
    }
    return [record(site, "audit_entry", values, part)]


def catalogue_edit(site: Site) -> list[Line]:
    (card,) = changes_of(site.central, "card", "catalogue")[:1]
    return [field(site, "card", card.pk, "deleted", 1, "catalogue")]


def hours_on_someone_elses_placement(site: Site) -> list[Line]:
    jerome = student(site.coach, "Jerome")
    (placement,) = site.coach.placements(jerome)
    entry = site.coach.log_hours(placement, site.coach.today(), 4)
    values = row(site.coach, "hours_entry", entry.hex)
    fatima = student(site.central, "Fatima")
    values.update(
        id=uuid.uuid4().hex, student_id=fatima.hex, partition=partition_of(site.central, fatima)
    )
    return [record(site, "hours_entry", values, values["partition"])]


def raw(mutate: Callable[[Line], None]) -> Callable[[Site], list[Line]]:
    """A real observation line of the coach's, changed after encoding."""

    def make(site: Site) -> list[Line]:
        values = own_observation(site)
        line = record(site, "observation", values, values["partition"])
        mutate(line)
        return [line]

    return make


@dataclass
class Doc:
    """A chunk as it is in the file (bundle format 2), for shapes that write_bundle never
    makes: a row of another length, an index outside its list, a list that lies."""

    doc: dict[str, Any]


def raw_doc(mutate: Callable[[dict[str, Any], Site], None]) -> Callable[[Site], Doc]:
    """Two real observation lines of the coach's (for Jerome), as the chunk the writer
    makes of them, changed after encoding."""

    def make(site: Site) -> Doc:
        lines = []
        for _ in range(2):
            values = own_observation(site)
            lines.append(record(site, "observation", values, values["partition"]))
        doc = json.loads(bundle._encode_chunk(lines, {}))
        mutate(doc, site)
        return Doc(doc)

    return make


def post_doc(site: Site, sender: Any, receiver: Any, doc: Doc) -> Path:
    """A bundle whose one chunk is ``doc``, sealed with the sender's real keys."""
    me, to = session.identity(sender), session.identity(receiver).public()
    with sender.db.engine.connect() as con:
        vector = rp.own_vector(con)
    manifest = {
        "schema": HEAD_REVISION,
        "sender_vector": vector,
        "partitions": [],
        "format_version": bundle.FORMAT_VERSION,
        "chunks": 1,
    }
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("chunks/000001.json", json.dumps(doc.doc))
    return folder.post(
        site.box,
        to.device_id,
        me.device_id,
        lambda path: bundle.seal_payload(
            path, kind="sync", payload=payload, sender=me, receiver=to
        ),
    )


def other_students_partition(doc: dict[str, Any], site: Site) -> None:
    """The chunk's one partition entry says Fatima's: both of Jerome's rows lie with it."""
    doc["p"] = [partition_of(site.central, student(site.central, "Fatima"))]


def set_row(position: int, value: Any) -> Callable[[dict[str, Any], Site], None]:
    def mutate(doc: dict[str, Any], _site: Site) -> None:
        doc["c"][-1][position] = value

    return mutate


def set_version(text: str) -> Callable[[Line], None]:
    return lambda line: line.update(ver=text)


def set_value(col: str, value: Any) -> Callable[[Line], None]:
    return lambda line: line["v"].update({col: value})


def deep(n: int) -> Any:
    value: Any = "x"
    for _ in range(n):
        value = {"a": value}
    return value


def consent_for_own_student(site: Site) -> list[Line]:
    """The laptop gives itself the consent to receive Jerome's progress and portfolio."""
    jerome = student(site.central, "Jerome")
    company = next(i for i, n in site.central.companies() if n == "Kwekerij De Kas")
    values = {
        "id": uuid.uuid4().hex,
        "student_id": jerome.hex,
        "recipient": "werkplek",
        "recipient_name": "Kwekerij De Kas",
        "company_id": company.hex,
        "categories": '["voortgang", "portfolio"]',
        "given_by": "leerling",
        "given_by_name": "",
        "given_on": "2026-11-01",
        "valid_until": "2027-06-30",
        "recorded_at": "2026-11-20 10:00:00.000000",
        "withdrawn": 0,
        "recorded_by": None,
        "supersedes_id": None,
        "partition": partition_of(site.central, jerome),
    }
    return [record(site, "consent", values, values["partition"])]


def parent_contact_for_own_student(site: Site) -> list[Line]:
    jerome = student(site.central, "Jerome")
    values = {
        "id": uuid.uuid4().hex,
        "student_id": jerome.hex,
        "name": "Iemand",
        "relation": "ouder",
        "phone": "",
        "email": "",
        "parental_authority": 1,
        "remark": "",
        "deleted": 0,
        "partition": partition_of(site.central, jerome),
    }
    return [record(site, "student_contact", values, values["partition"])]


def plan_for_own_student(site: Site) -> list[Line]:
    """The OPP and the route onward are a school document: a jobcoach writes none."""
    jerome = student(site.central, "Jerome")
    values = {
        "id": uuid.uuid4().hex,
        "student_id": jerome.hex,
        "opp_goals": "Zelfstandig werken",
        "trajectory": None,
        "partner_school": "",
        "partner_contact": "",
        "deleted": 0,
        "partition": partition_of(site.central, jerome),
    }
    return [record(site, "student_plan", values, values["partition"])]


def _catalogue_ids(site: Site) -> tuple[str, str]:
    con = sqlite3.connect(site.central.path)
    try:
        (credential,) = con.execute("SELECT id FROM credential_definition LIMIT 1").fetchone()
        (competence,) = con.execute("SELECT id FROM competence LIMIT 1").fetchone()
    finally:
        con.close()
    return str(credential), str(competence)


def credential_names_a_werkproces(site: Site) -> list[Line]:
    """What a credential certifies is catalogue data (issue 10): not a laptop's to write."""
    credential, competence = _catalogue_ids(site)
    values = {"id": uuid.uuid4().hex, "credential_id": credential,
              "competence_id": competence, "partition": "catalogue"}  # fmt: skip
    return [record(site, "credential_competence", values, "catalogue")]


def diploma_exam_part(site: Site) -> list[Line]:
    credential, _ = _catalogue_ids(site)
    values = {"id": uuid.uuid4().hex, "credential_id": credential, "name": "Rekenen",
              "position": 9, "partition": "catalogue"}  # fmt: skip
    return [record(site, "credential_exam_part", values, "catalogue")]


def proof_of_a_credential(site: Site) -> list[Line]:
    """A signed proof of an issued credential (model/proofs.py) is the issuer's: a
    jobcoach's laptop signs none, not even in its own name."""
    jerome = student(site.central, "Jerome")
    assess(site.central, jerome, "pb-planten")
    issued = site.central.issue_credential(jerome, site.central.credential_id("pb-planten"))
    values = {"id": uuid.uuid4().hex, "issued_id": issued.hex,
              "signer_device": device_id(site.coach), "jwt": "a.b.c", "qr_text": "JW1:",
              "partition": partition_of(site.central, jerome)}  # fmt: skip
    return [record(site, "credential_proof", values, values["partition"])]


CASES: dict[str, Callable[[Site], list[Line]] | Callable[[Site], Doc]] = {
    "a credential proof in its own name": proof_of_a_credential,
    "an OPP for an own student": plan_for_own_student,
    "a werkproces named by a credential": credential_names_a_werkproces,
    "an exam part of a diploma": diploma_exam_part,
    "a consent for an own student": consent_for_own_student,
    "a parent's contact for an own student": parent_contact_for_own_student,
    "delete another coach's student (own label)": delete_other_student,
    "delete another student (true label)": delete_other_student_true_label,
    "delete an own student": delete_own_student,
    "tombstone a route": tombstone_route,
    "placement that pulls another student in": pull_other_student,
    "move a placement to another student": move_placement,
    "own role to beheerder": become_admin,
    "replace the admin's password hash": take_admins_password,
    "change its own password hash": own_password,
    "a new admin account": new_staff,
    "a care note for an own student": care_note_for_own_student,
    "rewrite a care note": rewrite_care_note,
    "care note recategorised as work": care_note_becomes_work,
    "conflict record about a care note": conflict_about_care_note,
    "observation in a teacher's name": observation_as_teacher,
    "observation for another student": observation_for_other_student,
    "observation labelled as another student's": observation_mislabelled,
    "rewrite a teacher's observation": rewrite_teachers_observation,
    "withdraw a teacher's observation": withdraw_teachers_observation,
    "audit entry in the admin's name": audit_as_admin,
    "delete a catalogue card": catalogue_edit,
    "hours on another student's placement": hours_on_someone_elses_placement,
    "version '9.0'": raw(set_version("9.0")),
    "version with full-width digits": raw(set_version("１" * 13 + "." + "０" * 10)),
    "counter pushed to the top": raw(lambda line: line.update(ver=line["ver"][:14] + "9999999999")),
    "20-digit counter": raw(lambda line: line.update(ver=line["ver"][:14] + "9" * 20)),
    "version a year ahead": raw(set_version(version(365 * 24 * 3600 * 1000))),
    "base version after the version": raw(
        lambda line: line.update(bv=version(10_000), bo=line["o"])
    ),
    "origin not a device id": raw(lambda line: line.update(o="../../etc")),
    "an object as a remark": raw(set_value("remark", {"a": 1})),
    "a number of 10^30": raw(set_value("level", 10**30)),
    "deep nesting": raw(set_value("remark", deep(200))),
    "level 'zelfstandig!'": raw(set_value("level", "zelfstandig!")),
    "level 7": raw(set_value("level", 7)),
    "date 'gisteren'": raw(set_value("observed_on", "gisteren")),
    "date 2026-02-30": raw(set_value("observed_on", "2026-02-30")),
    "setting 'maan'": raw(set_value("setting", "maan")),
    "boolean as true": raw(set_value("withdrawn", True)),
    "a missing column": raw(lambda line: line["v"].pop("remark")),
    "an extra column": raw(set_value("bsn", "123456789")),
    "an unknown table": raw(lambda line: line.update(t="sqlite_master")),
    "an extra key in the change": raw_doc(lambda doc, _s: doc["c"][0].append(1)),
    "a key short in the change": raw_doc(lambda doc, _s: doc["c"][0].pop()),
    "a chunk with a list of its own": raw_doc(lambda doc, _s: doc.update(x=[])),
    "a chunk without its origins": raw_doc(lambda doc, _s: doc.pop("o")),
    "a chunk's partition entry that is another student's": raw_doc(other_students_partition),
    "a chunk's table entry that is another table": raw_doc(lambda doc, _s: doc.update(t=["note"])),
    "a chunk's table entry that is no table": raw_doc(
        lambda doc, _s: doc.update(t=["sqlite_master"])
    ),
    "a partition index past the list": raw_doc(set_row(1, 1)),
    "a table index that is true": raw_doc(set_row(0, True)),
    "an origin index that is negative": raw_doc(set_row(6, -1)),
    "an origin index as text": raw_doc(set_row(6, "0")),
    "a base origin index past the list": raw_doc(set_row(8, 3)),
    "record id differs from key": raw(set_value("id", uuid.uuid4().hex)),
    "partition with a path": raw(lambda line: line.update(p="school/../../x")),
    "a reference to a record no one has": raw(set_value("element_id", uuid.uuid4().hex)),
    "a list instead of a change": raw_doc(lambda doc, _s: doc["c"].append([1, 2, 3])),
}


@pytest.fixture(scope="module")
def with_admin() -> None:
    return None


def add_admin(site: Site) -> None:
    site.central.add_staff("Bea Beheer", "admin@example.nl", Role.ADMIN)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_bundle_from_a_stolen_jobcoach_laptop_is_refused(site: Site, case: str) -> None:
    add_admin(site)
    assert session.central_sync(site.central, site.box).refused == []  # a clean start
    session.device_sync(site.coach, site.box)
    assert session.central_sync(site.central, site.box).refused == []
    lines = CASES[case](site)
    for stale in folder.inbox(site.box, device_id(site.central)):
        stale.unlink()  # only the hostile bundle waits
    if isinstance(lines, Doc):
        path = post_doc(site, site.coach, site.central, lines)
    else:
        path = post_lines(site, site.coach, site.central, lines)
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1, report
    (message,) = report.refused
    assert "\n" not in message and "Traceback" not in message
    assert "niets veranderd" in message or "beschadigd" in message
    assert dump(site.central) == before
    assert not path.exists() and path.with_name(path.name + folder.REFUSED).exists()
    reason = path.with_name(path.name + folder.REFUSED + ".txt").read_text("utf-8")
    assert reason.strip() in message
    (logged, *_) = session.refusals(site.central)
    assert logged.sender == device_id(site.coach) and logged.reason == reason.strip()
    # ... and the laptop's next honest bundle still gets in.
    honest = own_observation(site)
    sync = session.device_sync(site.coach, site.box)
    assert sync.refused == []
    again = session.central_sync(site.central, site.box)
    assert again.refused == [], again.refused
    assert honest["id"] in {r[0] for r in snapshot(site.central.path)["observation"]}


def test_a_stolen_laptops_vector_cannot_hide_later_changes(site: Site) -> None:
    """The manifest says the laptop knows the teacher's and the central's versions far
    ahead; the central must still take the teacher's later observations, and tell the
    teacher's laptop nothing that makes it skip the central's."""
    teacher, central = device_id(site.teacher), device_id(site.central)
    values = own_observation(site)
    line = record(site, "observation", values, values["partition"])
    claim = {teacher: "9999999999999.0000000000", central: "9999999999999.0000000000"}
    post_lines(site, site.coach, site.central, [line], sender_vector=claim)
    report = session.central_sync(site.central, site.box)
    if report.refused:  # refused as a vector from the future: fine, as long as nothing hides
        assert "vector" in report.refused[0] or "versie" in report.refused[0]
    jerome = student(site.teacher, "Jerome")
    element = site.teacher.still_to_practise(jerome)[0].element_id
    later = site.teacher.record_observation(jerome, element, Level.INDEPENDENT)
    mine = site.central.record_observation(
        student(site.central, "Jerome"), element, Level.WITH_HELP
    )
    rounds = site.round() + site.round()
    assert all(r.refused == [] for r in rounds)
    assert later.hex in {r[0] for r in snapshot(site.central.path)["observation"]}
    assert mine.hex in {r[0] for r in snapshot(site.teacher.path)["observation"]}
    assert rounds[-2].in_sync


def test_a_claim_to_hold_a_partition_opens_nothing(site: Site) -> None:
    fatima = partition_of(site.central, student(site.central, "Fatima"))
    jerome = partition_of(site.central, student(site.central, "Jerome"))
    post_lines(site, site.coach, site.central, [], holds=[jerome, fatima])
    assert session.central_sync(site.central, site.box).refused == []
    with site.central.db.engine.connect() as con:
        assert fatima not in rp.peer(con, device_id(site.coach))[1]
    lines = observation_for_other_student(site)
    post_lines(site, site.coach, site.central, lines)
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1
    assert dump(site.central) == before


def test_a_random_file_named_jwb_is_set_aside_and_the_rest_goes_on(site: Site) -> None:
    box = folder.mailbox(site.box, device_id(site.central))
    box.mkdir(parents=True, exist_ok=True)
    junk = box / f"{'0' * 32}-20200101T000000000000Z-junk{folder.SUFFIX}"
    junk.write_bytes(b"dit is geen bundel" * 100)
    garbage = box / f"garbage{folder.SUFFIX}"
    garbage.write_bytes(bytes(range(256)) * 10)
    values = own_observation(site)
    session.device_sync(site.coach, site.box)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 2
    assert not junk.exists() and junk.with_name(junk.name + folder.REFUSED).exists()
    assert values["id"] in {r[0] for r in snapshot(site.central.path)["observation"]}
    assert session.central_sync(site.central, site.box).refused == []  # not tried again


# -- the central's keys against a laptop: the laptop enforces its own scope --------------


def central_lines(site: Site, student_name: str) -> list[Line]:
    """A new work note about the student, from the central (new versions: an echo of what
    the laptop already knows would simply be skipped, not judged)."""
    who = student(site.central, student_name)
    part = partition_of(site.central, who)
    note = site.central.add_note(who, "Nieuw bij de centrale", NoteCategory.WORK)
    return [
        rp.change_to_json(c) for c in changes_of(site.central, "note", part) if c.pk == note.hex
    ]


@pytest.mark.parametrize(
    "manifest",
    [
        {},
        {"scope": None},
        {"scope": {"school": "0" * 32, "students": None, "notes": ["werk", "zorg"]}},
    ],
    ids=["no scope", "null scope", "open scope"],
)
def test_central_bundle_with_another_coachs_student_is_refused_by_the_laptop(
    site: Site, manifest: dict[str, Any]
) -> None:
    scope = manifest.get("scope")
    if scope is not None:
        scope["school"] = school_of(site.central)
    lines = central_lines(site, "Fatima")
    post_lines(site, site.central, site.coach, lines, **manifest)
    before = dump(site.coach)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1
    assert "mag bewaren" in report.refused[0] or "onbekend record" in report.refused[0]
    assert dump(site.coach) == before
    assert site.coach.find_students("Fatima") == []


def test_central_bundle_with_a_malformed_manifest_is_refused_by_the_laptop(site: Site) -> None:
    post_lines(site, site.central, site.coach, [], sender_vector=["not", "a", "vector"])
    before = dump(site.coach)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1 and "manifest" in report.refused[0]
    assert dump(site.coach) == before


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1.5, [1], {"b64": "!!"}])
def test_values_no_writer_makes_are_refused_on_reading(value: Any) -> None:
    line = {
        "t": "observation", "k": "a" * 32, "c": "level", "v": value,
        "ver": format_version(now_ms(), 1), "o": "b" * 32, "bv": None, "bo": None,
        "p": "school/" + "c" * 32 + "/student/" + "d" * 32,
    }  # fmt: skip
    with pytest.raises(InvalidInput):
        rp.change_from_json(line)


LOCAL_TABLES = [
    *sorted(n for n in Base.metadata.tables if n.startswith("sync_") and n != "sync_conflict"),
    "login_state",
    "http_nonce",
]


@pytest.mark.parametrize("tbl", LOCAL_TABLES)
def test_a_change_to_local_bookkeeping_is_refused_on_reading(tbl: str) -> None:
    """The change log's own tables (sync_partition, sync_origin and the digest cache among
    them), devices, tickets, logins: local to each replica, never written by a bundle."""
    assert {"sync_partition", "sync_origin", "sync_digest"} <= set(LOCAL_TABLES)
    partition = "school/" + "c" * 32 + "/student/" + "d" * 32
    for col, value in (("*", {"id": "a" * 32}), ("label", partition), ("count", 1)):
        line = {
            "t": tbl, "k": "a" * 32, "c": col, "v": value,
            "ver": format_version(now_ms(), 1), "o": "b" * 32, "bv": None, "bo": None,
            "p": partition,
        }  # fmt: skip
        with pytest.raises(InvalidInput):
            rp.change_from_json(line)


def test_a_bad_reference_in_a_later_chunk_leaves_the_first_chunk_unwritten(site: Site) -> None:
    for stale in folder.inbox(site.box, device_id(site.central)):
        stale.unlink()  # only the hostile bundle waits
    good = own_observation(site)
    bad = {**own_observation(site), "element_id": uuid.uuid4().hex}
    me, to = session.identity(site.coach), session.identity(site.central).public()
    with site.coach.db.engine.connect() as con:
        vector = rp.own_vector(con)
    chunks = [
        [record(site, "observation", good, good["partition"])],
        [record(site, "observation", bad, bad["partition"])],
    ]
    manifest = {"schema": HEAD_REVISION, "sender_vector": vector, "partitions": []}
    folder.post(
        site.box,
        to.device_id,
        me.device_id,
        lambda path: bundle.write_bundle(
            path, kind="sync", manifest=manifest, sender=me, receiver=to, chunks=chunks
        ),
    )
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1 and "onbekend record" in report.refused[0]
    assert dump(site.central) == before


# -- found in review ------------------------------------------------------------------------


def test_a_teachers_own_password_change_reaches_the_central(site: Site) -> None:
    teacher = next(s.id for s in site.teacher.staff() if s.email == "docent@example.nl")
    site.teacher.set_password(teacher, "een nieuw lang wachtwoord van de docent")
    assert all(r.refused == [] for r in site.round())
    assert site.central.login("docent@example.nl", "een nieuw lang wachtwoord van de docent")


def test_the_grace_for_a_departed_student_ends_once_the_laptop_let_go(site: Site) -> None:
    from sitekit import end_jerome_placement

    lines = [record(site, "observation", v, v["partition"]) for v in [own_observation(site)]]
    end_jerome_placement(site)
    reports = site.round() + site.round() + site.round()
    assert all(r.refused == [] for r in reports)
    assert site.coach.find_students("Jerome") == []  # purged
    for stale in folder.inbox(site.box, device_id(site.central)):
        stale.unlink()
    lines[0]["k"] = lines[0]["v"]["id"] = uuid.uuid4().hex
    post_lines(site, site.coach, site.central, lines)
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1 and "mag bewaren" in report.refused[0]
    assert dump(site.central) == before


def test_the_laptops_own_audit_entries_without_a_login_are_kept_until_sent(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    site.coach.add_note(jerome, "Vanaf de opdrachtregel", NoteCategory.WORK)  # no login
    with site.coach.db.engine.connect() as con:
        mine = {
            pk
            for (pk,) in con.exec_driver_sql(
                "SELECT id FROM audit_entry WHERE actor_id IS NULL AND entity = 'note'"
            )
        }
    assert mine
    first = session.device_sync(site.coach, site.box)  # sends; the central's answer waits
    assert first.refused == []
    assert mine <= {r[0] for r in snapshot(site.coach.path)["audit_entry"]}
    reports = site.round()
    assert all(r.refused == [] for r in reports)
    assert mine <= {r[0] for r in snapshot(site.central.path)["audit_entry"]}
    assert mine <= {r[0] for r in snapshot(site.coach.path)["audit_entry"]}
    assert reports[-1].in_sync


def test_a_duplicate_key_in_a_later_chunk_leaves_the_first_unwritten(site: Site) -> None:
    for stale in folder.inbox(site.box, device_id(site.teacher)):
        stale.unlink()
    staff = row(site.central, "staff", staff_id(site.central, "coach@example.nl"))
    twin = {**staff, "id": uuid.uuid4().hex, "email": "nieuw@example.nl"}
    clash = {**staff, "id": uuid.uuid4().hex, "email": "docent@example.nl"}
    central = device_id(site.central)

    def line(values: dict[str, Any]) -> Line:
        clock = Clock(version(), central)
        return rp.change_to_json(
            Change("staff", values["id"], "*", values, clock, staff["partition"])
        )

    me, to = session.identity(site.central), session.identity(site.teacher).public()
    manifest = {"schema": HEAD_REVISION, "sender_vector": {}, "partitions": []}
    folder.post(
        site.box,
        to.device_id,
        me.device_id,
        lambda path: bundle.write_bundle(
            path,
            kind="sync",
            manifest=manifest,
            sender=me,
            receiver=to,
            chunks=[[line(twin)], [line(clash)]],
        ),
    )
    before = dump(site.teacher)
    report = session.device_sync(site.teacher, site.box)
    assert len(report.refused) == 1 and "ander record al heeft" in report.refused[0]
    assert dump(site.teacher) == before


def test_the_reason_left_on_the_stick_holds_no_value_of_the_bundle(site: Site) -> None:
    values = own_observation(site)
    line = record(site, "observation", values, values["partition"])
    line["v"]["setting"] = "Jerome Jansen woont op de Dorpsstraat 1"
    path = post_lines(site, site.coach, site.central, [line])
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1
    reason = path.with_name(path.name + folder.REFUSED + ".txt").read_text("utf-8")
    assert "Dorpsstraat" not in reason and "Jerome" not in reason
    assert "Laptop Bas" in reason  # it does say which device


def test_a_publisher_cannot_log_in_a_staff_members_name(site: Site, tmp_path: Path) -> None:
    from jw_desktop.model.policy import Scope as PolicyScope
    from jw_desktop.sync.engine import SyncRefused
    from jw_desktop.sync.intake import Intake

    entry = {
        "id": uuid.uuid4().hex,
        "partition": "catalogue",
        "at": "2026-12-01 10:00:00.000000",
        "actor_id": staff_id(site.central, "docent@example.nl"),
        "action": "catalogus.importeren",
        "entity": "catalogus",
        "entity_id": None,
        "summary": "",
    }
    publisher = PolicyScope("-", frozenset(), frozenset(), "uitgever", None)
    hub = PolicyScope(school_of(site.central), None, frozenset({"werk", "zorg"}), "centrale")
    clock = Clock(version(), "f" * 32)
    good = {**entry, "id": uuid.uuid4().hex, "actor_id": None}
    ok = [rp.change_to_json(Change("audit_entry", good["id"], "*", good, clock, "catalogue"))]
    bad = [rp.change_to_json(Change("audit_entry", entry["id"], "*", entry, clock, "catalogue"))]
    Intake(site.central, "f" * 32, publisher, hub, "uitgever").check([ok])
    with pytest.raises(SyncRefused, match="uitgever"):
        Intake(site.central, "f" * 32, publisher, hub, "uitgever").check([bad])


def test_central_bundle_with_a_conflict_record_is_refused_by_a_jobcoach_laptop(
    site: Site,
) -> None:
    jerome = student(site.central, "Jerome")
    item = site.central.route(jerome).items[0].id
    part = partition_of(site.central, jerome)
    values = {
        "id": uuid.uuid4().hex,
        "partition": part,
        "tbl": "route_item",
        "pk": item.hex,
        "col": "status",
        "kind": "veld",
        "losing_value": json.dumps("bezig"),
        "losing_version": version(-2000),
        "losing_origin": device_id(site.teacher),
        "winning_version": version(-1000),
        "winning_origin": device_id(site.central),
        "detected_at": "2026-12-01 10:00:00.000000",
        "resolved": 0,
        "resolution": "",
        "deleted": 0,
    }
    clock = Clock(version(), device_id(site.central))
    line = rp.change_to_json(Change("sync_conflict", values["id"], "*", values, clock, part))
    post_lines(site, site.central, site.coach, [line])
    before = dump(site.coach)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1 and "mag bewaren" in report.refused[0]
    assert dump(site.coach) == before


def test_a_jobcoach_corrects_only_what_it_recorded_itself(site: Site) -> None:
    from jw_desktop.model.access import AccessDenied

    jerome = student(site.central, "Jerome")
    element = site.central.still_to_practise(jerome)[0].element_id
    teachers = site.central.record_observation(jerome, element, Level.INDEPENDENT)
    assert all(r.refused == [] for r in site.round())
    with pytest.raises(AccessDenied, match="zelf hebt vastgelegd"):
        site.coach.withdraw_observation(teachers)  # from the laptop's command line
    mine = uuid.UUID(own_observation(site)["id"])
    assert all(r.refused == [] for r in site.round())
    site.coach.withdraw_observation(mine)  # its own, without a login: allowed, and it travels
    reports = site.round() + site.round()
    assert all(r.refused == [] for r in reports)
    assert mine not in {o.id for o in site.central.observations(student(site.central, "Jerome"))}


def test_a_lone_surrogate_is_refused_as_an_invalid_value(site: Site) -> None:
    values = own_observation(site)
    line = record(site, "observation", values, values["partition"])
    line["v"]["remark"] = "Werkt \ud800 netjes"
    for stale in folder.inbox(site.box, device_id(site.central)):
        stale.unlink()
    post_lines(site, site.coach, site.central, [line])
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1 and "geen geldige tekst" in report.refused[0]
    assert dump(site.central) == before


def test_a_teachers_laptop_brings_in_no_proof_in_another_devices_name(site: Site) -> None:
    """A credential proof names its signer: the sending laptop itself, or its central
    (policy.check_proof_signer). A stolen teacher's laptop cannot pass a credential off as
    signed by another laptop (whose revocation would then not touch it)."""
    jerome = student(site.central, "Jerome")
    assess(site.central, jerome, "pb-planten")
    issued = site.central.issue_credential(jerome, site.central.credential_id("pb-planten"))
    assert_clean(site.round())
    for stale in folder.inbox(site.box, device_id(site.central)):
        stale.unlink()
    partition = partition_of(site.central, jerome)

    def proof_line(signer: str) -> Line:
        values = {"id": uuid.uuid4().hex, "issued_id": issued.hex, "signer_device": signer,
                  "jwt": "a.b.c", "qr_text": "JW1:", "partition": partition}  # fmt: skip
        clock = Clock(version(), device_id(site.teacher))
        return rp.change_to_json(
            Change("credential_proof", values["id"], "*", values, clock, partition)
        )

    path = post_lines(site, site.teacher, site.central, [proof_line(device_id(site.coach))])
    before = dump(site.central)
    report = session.central_sync(site.central, site.box)
    (message,) = report.refused
    assert "op naam van een ander apparaat" in message and "niets veranderd" in message
    assert dump(site.central) == before
    assert path.with_name(path.name + folder.REFUSED).exists()
    post_lines(site, site.teacher, site.central, [proof_line(device_id(site.teacher))])
    assert session.central_sync(site.central, site.box).refused == []
    held = site.central.credential_proof(issued)
    assert held is not None and held.signer_device == device_id(site.teacher)
