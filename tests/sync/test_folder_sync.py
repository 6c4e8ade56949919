"""Sync over a folder, exactly as admins and devices use it (jw_desktop.sync.session): a
central store, a teacher's laptop and a jobcoach's laptop, each a real SQLite file with its
own keys, enrolled by the admin, exchanging real signed and encrypted bundles through a real
folder. Tests assert what every store holds afterwards, what the SyncReport says, and that
refused input leaves the receiving database exactly as it was."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from factories import small_catalogue
from sitekit import (  # the site and its helpers
    Site,
    assert_clean,
    changes_of,
    coach_scope,
    device_id,
    end_jerome_placement,
    held_partitions,
    note_rows,
    observation_ids,
    open_store,
    partition_of,
    post_crafted,
    read_bundle,
    refused_copy,
    student,
)
from syncutil import snapshot

from jw_desktop.model import (
    InvalidInput,
    ItemStatus,
    Level,
    NoteCategory,
    PlacementModel,
    Role,
    Setting,
    Uitstroomprofiel,
)
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import format_version, now_ms, parse_version
from jw_desktop.model.replica import Change, Clock
from jw_desktop.model.specs import CatalogueSpec
from jw_desktop.sync import bundle, folder, session

# -- 0. enrolment and the first round -----------------------------------------------------


def test_first_round_fills_the_devices_and_they_agree(fresh_site: Site) -> None:
    site = fresh_site
    assert site.teacher.find_students("") == []
    assert site.coach.find_students("") == []
    teacher_first, coach_first, central, teacher, coach = site.round()
    assert (teacher_first.sent, coach_first.sent) == (0, 0)
    assert teacher_first.bundles_written == coach_first.bundles_written == 1
    assert central.bundles_read == 2 and central.bundles_written == 2
    assert central.refused == [] and central.received == 0
    assert central.sent > 0
    assert teacher.received > 0 and coach.received > 0
    assert coach.received < teacher.received  # the jobcoach may hold less
    assert teacher.in_sync and coach.in_sync
    assert "gelijk met de centrale" in teacher.summary()
    assert {s.first_name for s in site.teacher.find_students("")} == {"Jerome", "Fatima"}
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome"}
    # Both devices trust exactly one central, and the central knows both devices by role.
    roles = {d.scope.get("role") for d in session.devices(site.central)}
    assert roles == {"docent", "jobcoach"}
    for device in (site.teacher, site.coach):
        (central_row,) = session.devices(device)
        assert central_row.device_id == device_id(site.central)


# -- 1. offline observations reach everyone -----------------------------------------------


def test_offline_observations_reach_every_store(site: Site) -> None:
    jerome_t, jerome_c = student(site.teacher, "Jerome"), student(site.coach, "Jerome")
    todo_t = site.teacher.still_to_practise(jerome_t)
    todo_c = site.coach.still_to_practise(jerome_c)
    made = {
        site.teacher.record_observation(jerome_t, todo_t[0].element_id, Level.WITH_HELP),
        site.teacher.record_observation(jerome_t, todo_t[1].element_id, Level.INDEPENDENT),
        site.coach.record_observation(
            jerome_c, todo_c[0].element_id, Level.INDEPENDENT, setting=Setting.WORKPLACE
        ),
        site.coach.record_observation(
            jerome_c, todo_c[2].element_id, Level.NOT_YET, setting=Setting.WORKPLACE
        ),
    }
    first = site.round()
    assert_clean(first)
    assert first[0].sent > 0 and first[1].sent > 0
    assert first[2].received >= 4
    # One round is enough: every store holds every observation, with where it was made.
    for store in site.stores():
        assert {o.hex for o in made} <= observation_ids(store)
        jerome = student(store, "Jerome")
        settings = {o.setting for o in store.observations(jerome) if o.id in made}
        assert settings == {Setting.SCHOOL, Setting.WORKPLACE}
    assert first[-1].in_sync and first[-2].in_sync
    assert first[-1].differing == [] and first[-1].checked > 0
    # A second round has nothing left to say: what was acknowledged is not sent again.
    second = site.round()
    assert_clean(second)
    assert [(r.sent, r.received, r.conflicts) for r in second] == [(0, 0, 0)] * 5
    assert second[-1].in_sync


# -- 2. scope -----------------------------------------------------------------------------


def test_coach_holds_only_its_students_and_never_a_care_note(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    care = site.central.add_note(jerome, "Zorgoverleg gepland", NoteCategory.CARE)
    work = site.central.add_note(jerome, "Werkt netjes in de kas", NoteCategory.WORK)
    reports = site.round()
    assert_clean(reports)
    assert reports[-1].in_sync and reports[-2].in_sync

    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome"}
    assert site.coach.find_students("Fatima") == []
    assert note_rows(site.coach) == {work.hex: "werk"}
    assert [n.id for n in site.coach.notes(student(site.coach, "Jerome"))] == [work]
    fatima = partition_of(site.central, student(site.central, "Fatima"))
    assert fatima not in held_partitions(site.coach)

    assert {s.first_name for s in site.teacher.find_students("")} == {"Jerome", "Fatima"}
    assert note_rows(site.teacher) == {work.hex: "werk", care.hex: "zorg"}
    assert fatima in held_partitions(site.teacher)


def test_central_never_puts_out_of_scope_data_in_the_coachs_bundle(fresh_site: Site) -> None:
    site = fresh_site
    jerome = student(site.central, "Jerome")
    fatima = student(site.central, "Fatima")
    site.central.add_note(jerome, "Zorgoverleg gepland", NoteCategory.CARE)
    site.central.add_note(fatima, "Werkt goed mee", NoteCategory.WORK)
    report = session.central_sync(site.central, site.box)
    assert report.bundles_written == 2
    (path,) = site.mailbox(site.coach)
    changes = read_bundle(path, site.coach, site.central)
    assert changes, "the coach's first bundle holds Jerome and the catalogue"
    parts = {c["p"] for c in changes}
    assert partition_of(site.central, fatima) not in parts
    assert partition_of(site.central, jerome) in parts
    notes = [c for c in changes if c["t"] == "note"]
    assert notes == []  # the one note about Jerome is a care note; Fatima's is out of scope
    assert not any(c["t"] == "student" and c["k"] == fatima.hex for c in changes)
    # The teacher's bundle, by contrast, holds both students and both notes.
    (teacher_path,) = site.mailbox(site.teacher)
    teacher_changes = read_bundle(teacher_path, site.teacher, site.central)
    assert partition_of(site.central, fatima) in {c["p"] for c in teacher_changes}
    assert {c["v"]["category"] for c in teacher_changes if c["t"] == "note"} == {"werk", "zorg"}


# -- 3. a student leaves the coach's scope ------------------------------------------------


def test_student_out_of_scope_is_purged_from_the_coach(site: Site) -> None:
    end_jerome_placement(site)
    central = session.central_sync(site.central, site.box)
    assert central.refused == []
    coach = session.device_sync(site.coach, site.box)
    assert coach.refused == []
    assert coach.purged > 0
    assert "verwijderd buiten bereik" in coach.summary()
    assert site.coach.find_students("Jerome") == []
    jerome = partition_of(site.central, student(site.central, "Jerome"))
    assert jerome not in held_partitions(site.coach)
    assert snapshot(site.coach.path)["student"] == set()
    # Nothing is lost anywhere else: a purge is not a delete that travels.
    reports = site.round()
    assert_clean(reports)
    assert student(site.central, "Jerome") == student(site.teacher, "Jerome")
    assert reports[-1].in_sync and reports[-2].in_sync


def test_hours_of_an_ended_placement_reach_the_central_and_keep_counting(site: Site) -> None:
    """The coach logs Jerome's last day offline; the school ends the placement (history,
    not a delete: issue 10). The hours reach the central and count there, the ended
    placement travels to the teacher, and the coach's laptop lets Jerome go."""
    jerome = student(site.coach, "Jerome")
    (placement,) = site.coach.placements(jerome)
    day = site.coach.today() - timedelta(days=1)
    entry = site.coach.log_hours(placement, day, 6.5)
    end_jerome_placement(site)
    reports = site.round() + site.round()
    assert_clean(reports)
    assert site.coach.find_students("Jerome") == []
    for store in (site.central, site.teacher):
        (hours,) = store.progress(jerome).hours
        assert hours.ended_on == site.central.today() and hours.minutes_done >= 390
        assert entry in {e.id for e in store.hours_entries(jerome)}
        assert store.placements(jerome) == []
    assert jerome.hex not in coach_scope(site).get("students", [])


def test_agreement_goals_recognition_and_route_hours_travel(site: Site) -> None:
    """What issue 10 (points 1 and 7) adds travels like the rest: the teacher's laptop sets
    Jerome's route hours; the central records his praktijkovereenkomst, a learning goal, the
    company's recognition and a sector of the region. The coach's laptop holds the
    agreement and the goal of the student it coaches."""
    jerome = student(site.central, "Jerome")
    (placement,) = site.central.placements(jerome)
    site.teacher.set_hours_requirement(jerome, hours_per_year=640, school_years=2, first_year=2026)
    site.central.record_agreement(
        placement, signed_on=date(2026, 8, 20), signed_by="Jerome en Carla"
    )
    site.central.add_placement_goal(placement, "Ik geef de kas zelf water")
    ((company, _name),) = site.central.companies()
    site.central.set_company_recognition(company, number="10023456", open_places=2)
    site.central.set_region_sector("groen", open_places=12, note="Kwekers zoeken mensen")
    reports = site.round() + site.round()
    assert_clean(reports)
    assert reports[-1].in_sync
    for store in (site.central, site.teacher):
        view = store.hours_requirement(jerome)
        assert view is not None and view.hours_required == 1280
        assert [r.sector_key for r in store.region_sectors()] == ["groen"]
        assert store.company_list()[0].recognition_number == "10023456"
    (details,) = site.coach.placement_details(jerome)
    assert details.agreement_signed_by == "Jerome en Carla"
    assert [g.text for g in details.goals] == ["Ik geef de kas zelf water"]


def edit_then_lose_jerome(site: Site) -> tuple[uuid.UUID, uuid.UUID]:
    """The coach records work for Jerome offline; meanwhile the admin ends Jerome's
    placement and the central answers before the coach's edit is in."""
    jerome = student(site.coach, "Jerome")
    element = site.coach.still_to_practise(jerome)[0].element_id
    obs = site.coach.record_observation(
        jerome, element, Level.INDEPENDENT, setting=Setting.WORKPLACE
    )
    note = site.coach.add_note(jerome, "Laatste dag in de kas", NoteCategory.WORK)
    end_jerome_placement(site)
    assert session.central_sync(site.central, site.box).refused == []
    return obs, note


def check_edit_arrives_then_purge(site: Site, obs: uuid.UUID, note: uuid.UUID) -> None:
    first = session.device_sync(site.coach, site.box)  # sends the edit, hears of the end
    assert first.refused == [] and first.sent >= 2
    assert first.purged == 0, "unconfirmed own edits must keep the student on the laptop"
    assert site.coach.find_students("Jerome") != []
    assert obs.hex in observation_ids(site.coach)

    central = session.central_sync(site.central, site.box)
    assert central.refused == []
    assert central.received >= 2
    assert obs.hex in observation_ids(site.central)
    assert note.hex in note_rows(site.central)

    second = session.device_sync(site.coach, site.box)
    assert second.refused == []
    assert second.purged > 0
    assert site.coach.find_students("Jerome") == []
    # ... and the edit lives on at the central and on the teacher's laptop.
    reports = site.round()
    assert_clean(reports)
    for store in (site.central, site.teacher):
        assert obs.hex in observation_ids(store)
        assert note.hex in note_rows(store)


def test_coachs_last_edit_reaches_the_central_before_the_student_is_purged(site: Site) -> None:
    site.round()  # a laptop that has synced a few times: the central knows what it holds
    obs, note = edit_then_lose_jerome(site)
    check_edit_arrives_then_purge(site, obs, note)


def test_coachs_edit_after_its_first_sync_survives_the_end_of_the_placement(
    site: Site,
) -> None:
    obs, note = edit_then_lose_jerome(site)  # the coach synced once, on enrolment day
    check_edit_arrives_then_purge(site, obs, note)


def test_a_student_kept_for_the_coachs_edit_and_placed_again_catches_up(site: Site) -> None:
    """The laptop keeps Jerome while its note about him waits for the central, and misses
    what changes about him meanwhile (the end of his placement). Placed with the coach
    again, he must come whole - not as the changes since, or the laptop keeps the ended
    placement as running and stays 'nog niet gelijk' for good."""
    session.device_sync(site.coach, site.box)  # its bundle: it holds Jerome
    assert session.central_sync(site.central, site.box).refused == []
    jerome = student(site.coach, "Jerome")
    site.coach.add_note(jerome, "Eerste week", NoteCategory.WORK)
    end_jerome_placement(site)
    assert session.central_sync(site.central, site.box).refused == []
    kept = session.device_sync(site.coach, site.box)  # sends the note, keeps Jerome
    assert kept.refused == [] and kept.purged == 0
    place_with_coach(site, jerome)  # the central takes the note in and sends the rest
    assert session.central_sync(site.central, site.box).refused == []
    for _ in range(2):
        assert session.device_sync(site.coach, site.box).refused == []
    reports = site.round()
    assert_clean(reports)
    assert reports[-1].in_sync, reports[-1].differing
    assert snapshot(site.coach.path)["placement"] == snapshot(site.central.path)["placement"]


def test_what_the_coach_records_while_the_purge_waits_is_taken_in(site: Site) -> None:
    """After the end of his placement the laptop keeps Jerome until the central has the
    coach's own edits about him, and shows him meanwhile (the end itself never reaches
    it). What the coach records then must be taken in too - not refused bundle after
    bundle, so that the note is lost and Jerome stays on the laptop for good - and once
    all of it is in, Jerome goes and the grace for the laptop's edits about him ends."""
    jerome = student(site.coach, "Jerome")
    notes = [site.coach.add_note(jerome, "Eerste week", NoteCategory.WORK)]
    end_jerome_placement(site)
    assert session.central_sync(site.central, site.box).refused == []  # Jerome: out of scope
    for text in ("Tweede week", "Derde week"):
        kept = session.device_sync(site.coach, site.box)  # sends; its notes wait: kept
        assert kept.refused == [] and site.coach.find_students("Jerome") != []
        assert session.central_sync(site.central, site.box).refused == []
        notes.append(site.coach.add_note(jerome, text, NoteCategory.WORK))
    reports = site.round() + site.round()
    assert_clean(reports)
    assert {n.hex for n in notes} <= set(note_rows(site.central))
    assert site.coach.find_students("Jerome") == []
    assert session.status(site.coach).waiting == 0
    with site.central.db.engine.connect() as con:
        sent = rp.sent_to(con, device_id(site.coach))
    assert partition_of(site.central, jerome) not in sent  # the grace has ended


def test_a_student_purged_and_placed_again_at_once_comes_whole(site: Site) -> None:
    """The laptop's last bundle said it holds Jerome; the central's answer it takes in
    removes him, and the bundle it writes after that says so (it receives before it
    sends). Placed with the coach again before the laptop syncs once more, Jerome
    must come whole - not as the changes since, about records the laptop no longer has
    (a refused bundle, a false alarm for the admin and a round lost)."""
    end_jerome_placement(site)
    assert session.central_sync(site.central, site.box).refused == []
    gone = session.device_sync(site.coach, site.box)  # purges, then sends what it holds
    assert gone.refused == [] and gone.purged > 0
    assert gone.bundles_written == 1  # one bundle, written after the purge
    coach = device_id(site.coach)
    assert len([p for p in site.mailbox(site.central) if p.name.startswith(coach)]) == 1
    place_with_coach(site, student(site.central, "Jerome"))
    assert session.central_sync(site.central, site.box).refused == []
    back = session.device_sync(site.coach, site.box)
    assert back.refused == [] and site.refused_files(site.coach) == []
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome"}
    reports = site.round()
    assert_clean(reports)
    assert reports[-1].in_sync


def place_with_coach(site: Site, student_id: uuid.UUID, *, new_company: bool = False) -> None:
    """A placement followed by the coach: at the company Jerome works at, or a new one."""
    coach_staff = next(s for s in site.central.staff(Role.JOBCOACH))
    if new_company:
        company = site.central.add_company("Groenvoorziening Delft", sector="groen")
    else:
        with site.central.db.engine.connect() as con:
            (company_hex,) = con.exec_driver_sql("SELECT id FROM company").one()
        company = uuid.UUID(company_hex)
    site.central.add_placement(
        student_id,
        company,
        start_on=date(2026, 11, 1),
        end_on=date(2027, 6, 30),
        model=PlacementModel.LINT,
        days_per_week=2,
        hours_required=320,
        jobcoach_id=coach_staff.id,
    )


def new_student(site: Site) -> uuid.UUID:
    (group, _name) = site.central.groups()[0]
    return site.central.add_student(
        "Noah",
        "de Vries",
        date(2009, 5, 4),
        phase=4,
        uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
        group_id=group,
    )


def test_new_student_placed_with_the_coach_arrives_on_the_laptop(site: Site) -> None:
    noah = new_student(site)
    site.central.add_note(noah, "Zorgoverleg", NoteCategory.CARE)
    work = site.central.add_note(noah, "Begint bij de nieuwe stage", NoteCategory.WORK)
    place_with_coach(site, noah)
    reports = site.round()
    assert_clean(reports)
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome", "Noah"}
    assert note_rows(site.coach) == {work.hex: "werk"}
    assert reports[-1].in_sync
    assert {s.first_name for s in site.teacher.find_students("")} == {"Jerome", "Fatima", "Noah"}


def test_new_student_at_a_new_company_arrives_on_the_laptop(site: Site) -> None:
    noah = new_student(site)
    place_with_coach(site, noah, new_company=True)
    reports = site.round()
    assert_clean(reports)
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome", "Noah"}
    assert reports[-1].in_sync


def test_existing_student_placed_with_the_coach_arrives_whole(site: Site) -> None:
    fatima = student(site.central, "Fatima")
    site.central.add_note(fatima, "Zorgoverleg", NoteCategory.CARE)
    work = site.central.add_note(fatima, "Begint bij de nieuwe stage", NoteCategory.WORK)
    place_with_coach(site, fatima)
    reports = site.round()
    assert_clean(reports)
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome", "Fatima"}
    assert note_rows(site.coach) == {work.hex: "werk"}
    assert reports[-1].in_sync


def test_student_placed_between_the_coachs_first_and_second_sync_arrives_whole(
    fresh_site: Site,
) -> None:
    site = fresh_site
    session.device_sync(site.coach, site.box)  # first: holds nothing yet
    assert session.central_sync(site.central, site.box).refused == []
    session.device_sync(site.coach, site.box)  # second: its bundle still says it holds nothing
    fatima = student(site.central, "Fatima")
    place_with_coach(site, fatima)
    assert session.central_sync(site.central, site.box).refused == []
    coach = session.device_sync(site.coach, site.box)
    assert coach.refused == []
    assert {s.first_name for s in site.coach.find_students("")} == {"Jerome", "Fatima"}
    reports = site.round()
    assert all(r.refused == [] for r in reports)
    assert reports[-1].in_sync


# -- 4. bad input: each a clear refusal, the receiving database unchanged ------------------


def test_revoked_device_bundle_is_refused_by_the_central(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    note = site.coach.add_note(jerome, "Na intrekken geschreven", NoteCategory.WORK)
    session.revoke(site.central, device_id(site.coach))
    coach = session.device_sync(site.coach, site.box)
    assert coach.sent >= 1
    (path,) = [p for p in site.mailbox(site.central) if p.name.startswith(device_id(site.coach))]
    before = snapshot(site.central.path)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1
    assert "ingetrokken" in report.refused[0]
    assert not path.exists() and refused_copy(path).exists()
    assert snapshot(site.central.path) == before
    assert note.hex not in note_rows(site.central)
    # The revoked device gets nothing any more; the teacher still does.
    assert report.bundles_written == 1
    assert site.mailbox(site.coach) == []
    assert len(site.mailbox(site.teacher)) == 1
    # A refused file is set aside: the next sync does not try it again.
    again = session.central_sync(site.central, site.box)
    assert again.refused == []
    assert refused_copy(path).exists()


def test_revoking_an_unknown_device_is_refused(site: Site) -> None:
    with pytest.raises(InvalidInput, match="geen ingeschreven apparaat"):
        session.revoke(site.central, "0" * 32)


def test_bundle_with_a_flipped_byte_is_refused(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    note = site.coach.add_note(jerome, "Onderweg beschadigd", NoteCategory.WORK)
    session.device_sync(site.coach, site.box)
    (path,) = [p for p in site.mailbox(site.central) if p.name.startswith(device_id(site.coach))]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = snapshot(site.central.path)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1
    assert "veranderd of beschadigd" in report.refused[0]
    assert refused_copy(path).exists() and not path.exists()
    assert snapshot(site.central.path) == before
    assert note.hex not in note_rows(site.central)
    # The coach's next bundle holds the note again (it was never confirmed).
    site.round()
    assert note.hex in note_rows(site.central)


def test_bundle_for_another_device_is_refused(site: Site) -> None:
    fatima = student(site.teacher, "Fatima")
    site.teacher.add_note(fatima, "Alleen voor de docent", NoteCategory.CARE)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    session.device_sync(site.coach, site.box)  # the coach takes its own bundle in
    assert site.mailbox(site.coach) == []
    (teachers,) = site.mailbox(site.teacher)
    stray = folder.mailbox(site.box, device_id(site.coach)) / teachers.name
    shutil.copyfile(teachers, stray)
    before = snapshot(site.coach.path)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1
    assert "ander apparaat" in report.refused[0]
    assert refused_copy(stray).exists() and not stray.exists()
    assert snapshot(site.coach.path) == before
    assert site.coach.find_students("Fatima") == []
    # The teacher's own copy is untouched and still works.
    teacher = session.device_sync(site.teacher, site.box)
    assert teacher.refused == [] and teacher.bundles_read == 1


def test_replayed_bundle_is_recognised_and_changes_nothing(site: Site, tmp_path: Path) -> None:
    jerome = student(site.teacher, "Jerome")
    site.teacher.add_note(jerome, "Voor de jobcoach", NoteCategory.WORK)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    (path,) = site.mailbox(site.coach)
    kept = tmp_path / "kept.jwb"
    shutil.copyfile(path, kept)
    applied = session.device_sync(site.coach, site.box)
    assert applied.received > 0 and applied.already_done == 0
    assert not path.exists()

    shutil.copyfile(kept, path)
    before = snapshot(site.coach.path)
    replay = session.device_sync(site.coach, site.box)
    assert replay.already_done == 1
    assert replay.refused == [] and replay.received == 0
    assert not path.exists() and not refused_copy(path).exists()
    assert snapshot(site.coach.path) == before


def test_replayed_device_bundle_at_the_central_changes_nothing(site: Site, tmp_path: Path) -> None:
    jerome = student(site.coach, "Jerome")
    site.coach.add_note(jerome, "Een keer", NoteCategory.WORK)
    session.device_sync(site.coach, site.box)
    (path,) = [p for p in site.mailbox(site.central) if p.name.startswith(device_id(site.coach))]
    kept = tmp_path / "kept.jwb"
    shutil.copyfile(path, kept)
    assert session.central_sync(site.central, site.box).received > 0
    shutil.copyfile(kept, path)
    before = snapshot(site.central.path)
    replay = session.central_sync(site.central, site.box)
    assert replay.already_done == 1 and replay.refused == [] and replay.received == 0
    assert snapshot(site.central.path) == before


def test_replayed_old_bundle_after_the_scope_widened_changes_nothing(
    site: Site, tmp_path: Path
) -> None:
    session.central_sync(site.central, site.box)
    (old,) = site.mailbox(site.coach)
    kept = tmp_path / "old.jwb"
    shutil.copyfile(old, kept)
    session.device_sync(site.coach, site.box)
    place_with_coach(site, new_student(site))  # the coach's scope widens
    session.central_sync(site.central, site.box)
    assert session.device_sync(site.coach, site.box).refused == []
    assert site.coach.find_students("Noah") != []
    shutil.copyfile(kept, old)
    before = snapshot(site.coach.path)
    replay = session.device_sync(site.coach, site.box)
    assert replay.already_done == 1 and replay.refused == []
    assert replay.purged == 0
    assert snapshot(site.coach.path) == before


def test_half_copied_bundle_waits_and_is_applied_when_complete(site: Site, tmp_path: Path) -> None:
    jerome = student(site.teacher, "Jerome")
    note = site.teacher.add_note(jerome, "Komt in delen aan", NoteCategory.WORK)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    (path,) = site.mailbox(site.coach)
    full = path.read_bytes()
    path.write_bytes(full[: len(full) * 2 // 3])  # the copy to the stick is still running
    before = snapshot(site.coach.path)
    waiting = session.device_sync(site.coach, site.box)
    assert waiting.waiting_files == 1
    assert waiting.refused == [] and waiting.bundles_read == 0 and waiting.received == 0
    assert "nog niet compleet: 1" in waiting.summary()
    assert path.exists() and not refused_copy(path).exists()
    assert snapshot(site.coach.path) == before
    assert note.hex not in note_rows(site.coach)

    path.write_bytes(full)  # the copy finished
    done = session.device_sync(site.coach, site.box)
    assert done.waiting_files == 0 and done.refused == []
    assert done.bundles_read == 1 and done.received > 0
    assert note.hex in note_rows(site.coach)
    assert not path.exists()


def test_old_leftovers_of_killed_writers_are_removed_but_never_a_bundle(site: Site) -> None:
    """A writer killed half-way leaves its temporary dot-file in the mailbox. Once it is a
    day old nobody is still writing it and the receiver's next look removes it; a young one
    may be another laptop writing onto the same stick right now. A bundle, however old,
    and files the writers never make are left alone."""
    jerome = student(site.teacher, "Jerome")
    note = site.teacher.add_note(jerome, "Komt na de opruiming aan", NoteCategory.WORK)
    session.device_sync(site.teacher, site.box)
    session.central_sync(site.central, site.box)
    (path,) = site.mailbox(site.coach)
    full = path.read_bytes()

    def half(name: str) -> Path:
        tmp = path.with_name(f".{name}.{uuid.uuid4().hex}.tmp")
        tmp.write_bytes(full[: len(full) // 2])
        return tmp

    old, young = half(path.name), half(path.name)
    kept = [path, path.with_name(".notities.tmp"), path.with_name(path.name + ".tmp")]
    for extra in kept[1:]:
        extra.write_bytes(b"niet van een schrijver van bundels")
    theirs = folder.mailbox(site.box, device_id(site.teacher)) / old.name
    theirs.write_bytes(full[:100])
    for p in (old, *kept, theirs):
        stamp = p.stat().st_mtime - 2 * 24 * 3600
        os.utime(p, (stamp, stamp))

    assert site.mailbox(site.coach) == [path]
    assert not old.exists()
    assert young.exists() and all(p.exists() for p in kept)
    report = session.device_sync(site.coach, site.box)
    assert report.bundles_read == 1 and report.refused == [] and report.waiting_files == 0
    assert note.hex in note_rows(site.coach)
    assert young.exists() and all(p.exists() for p in kept[1:])
    assert theirs.exists()  # the coach cleans its own mailbox only


def test_central_bundle_with_a_record_outside_the_coachs_scope_is_refused(site: Site) -> None:
    fatima = partition_of(site.central, student(site.central, "Fatima"))
    changes = changes_of(site.central, "student", fatima)
    assert changes, "Fatima's student record"
    # with a new version: an echo of what the laptop already knows would just be skipped
    fresh = format_version(now_ms(), 1)
    changes = [dataclasses.replace(c, clock=Clock(fresh, c.clock.origin)) for c in changes]
    path = post_crafted(site, site.central, site.coach, changes, scope=coach_scope(site))
    before = snapshot(site.coach.path)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1
    assert "niet mag bewaren" in report.refused[0]
    assert report.received == 0
    assert refused_copy(path).exists() and not path.exists()
    assert snapshot(site.coach.path) == before
    assert site.coach.find_students("Fatima") == []


def test_central_bundle_claiming_care_notes_for_the_coach_is_refused(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    site.central.add_note(jerome, "Zorgoverleg", NoteCategory.CARE)
    notes = changes_of(site.central, "note", partition_of(site.central, jerome))
    scope = {**coach_scope(site), "notes": ["werk", "zorg"]}
    path = post_crafted(site, site.central, site.coach, notes, scope=scope)
    before = snapshot(site.coach.path)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1
    assert "niet mag bewaren" in report.refused[0]
    assert refused_copy(path).exists()
    assert snapshot(site.coach.path) == before
    assert note_rows(site.coach) == {}


def test_device_bundle_with_a_record_outside_its_scope_is_refused(site: Site) -> None:
    jerome = student(site.coach, "Jerome")
    note = site.coach.add_note(jerome, "Gewone notitie", NoteCategory.WORK)
    fatima_id = student(site.central, "Fatima")
    fatima = partition_of(site.central, fatima_id)
    (real,) = changes_of(site.coach, "note", partition_of(site.coach, jerome))
    wall, counter = parse_version(real.clock.version)
    stolen = uuid.uuid4().hex
    record = {**real.value, "id": stolen, "student_id": fatima_id.hex, "partition": fatima}
    forged = Change(
        "note",
        stolen,
        "*",
        record,
        Clock(format_version(wall, counter + 1), real.clock.origin),
        fatima,
    )
    with site.coach.db.engine.connect() as con:
        holds = rp.peer(con, device_id(site.central))[1]
    path = post_crafted(site, site.coach, site.central, [real, forged], holds=holds)
    before = snapshot(site.central.path)
    report = session.central_sync(site.central, site.box)
    assert len(report.refused) == 1
    assert "mag bewaren" in report.refused[0]
    assert refused_copy(path).exists() and not path.exists()
    assert snapshot(site.central.path) == before
    # Atomic: the legitimate note in the same bundle is not written either.
    assert note.hex not in note_rows(site.central)
    assert stolen not in note_rows(site.central)


def test_bundle_from_another_schema_version_is_refused(site: Site) -> None:
    jerome = partition_of(site.central, student(site.central, "Jerome"))
    changes = changes_of(site.central, "student", jerome)
    path = post_crafted(
        site,
        site.central,
        site.coach,
        changes,
        scope=coach_scope(site),
        schema="9999_uit_de_toekomst",
    )
    before = snapshot(site.coach.path)
    report = session.device_sync(site.coach, site.box)
    assert len(report.refused) == 1
    assert "versie" in report.refused[0]
    assert refused_copy(path).exists()
    assert snapshot(site.coach.path) == before


def test_device_that_is_not_enrolled_cannot_sync(site: Site, tmp_path: Path) -> None:
    files = sorted(site.box.rglob("*"))
    with open_store(tmp_path / "stray.sqlite") as stray:
        before = snapshot(stray.path)
        with pytest.raises(session.NotEnrolled, match="niet ingeschreven"):
            session.device_sync(stray, site.box)
        assert snapshot(stray.path) == before
    assert sorted(site.box.rglob("*")) == files  # nothing was posted


# -- 5. catalogue publications ------------------------------------------------------------


def changed_catalogue() -> CatalogueSpec:
    """The small catalogue with a new version of one card."""
    spec = small_catalogue()
    cards = [
        dataclasses.replace(c, version=2, title="Water, licht en kunstmest")
        if c.code == "GR-LK-1"
        else c
        for c in spec.cards
    ]
    return dataclasses.replace(spec, cards=cards)


def test_published_catalogue_reaches_the_central_and_the_devices(
    site: Site, tmp_path: Path
) -> None:
    with open_store(tmp_path / "uitgever.sqlite") as publisher:
        publisher.import_catalogue(small_catalogue())
        first = tmp_path / "publicatie-1.jwb"
        assert session.publish_catalogue(publisher, first) > 0
        trusted = session.trust_publisher(
            site.central, session.identity(publisher).public().to_json()
        )
        assert trusted.device_id == device_id(publisher)
        # The same catalogue the school imported itself: it merges, nothing doubles.
        before = snapshot(site.central.path)
        same = session.import_catalogue(site.central, first)
        assert same.refused == [] and same.conflicts == 0 and same.bundles_read == 1
        after = snapshot(site.central.path)
        assert {t for t in before if before[t] != after[t]} <= {"audit_entry"}
        assert len(site.central.search_cards("", limit=100)) == 6

        publisher.import_catalogue(changed_catalogue())
        second = tmp_path / "publicatie-2.jwb"
        assert session.publish_catalogue(publisher, second) > 0
    report = session.import_catalogue(site.central, second)
    assert report.received > 0 and report.conflicts == 0
    assert [h.code for h in site.central.search_cards("kunstmest")] == ["GR-LK-1"]
    card = site.central.card(site.central.card_id("GR-LK-1"))
    assert card.title == "Water, licht en kunstmest"
    # The devices had the old version; after a round they find the new one too.
    assert site.teacher.search_cards("kunstmest") == []
    reports = site.round()
    assert_clean(reports)
    for device in (site.teacher, site.coach):
        assert [h.code for h in device.search_cards("kunstmest")] == ["GR-LK-1"]
        assert device.card(device.card_id("GR-LK-1")).title == "Water, licht en kunstmest"
        assert device.conflicts() == []
    assert reports[-1].in_sync and reports[-2].in_sync


def test_untrusted_publisher_is_refused(site: Site, tmp_path: Path) -> None:
    with open_store(tmp_path / "onbekend.sqlite") as stranger:
        stranger.import_catalogue(changed_catalogue())
        path = tmp_path / "onbekend.jwb"
        session.publish_catalogue(stranger, path)
    before = snapshot(site.central.path)
    with pytest.raises(bundle.UnknownSender, match="onbekend apparaat"):
        session.import_catalogue(site.central, path)
    assert snapshot(site.central.path) == before
    assert site.central.search_cards("kunstmest") == []


def test_a_device_is_no_publisher(site: Site, tmp_path: Path) -> None:
    """A bundle signed by an enrolled device is still no catalogue the central takes in."""
    path = tmp_path / "van-de-coach.jwb"
    session.publish_catalogue(site.coach, path)
    before = snapshot(site.central.path)
    with pytest.raises(bundle.UnknownSender):
        session.import_catalogue(site.central, path)
    assert snapshot(site.central.path) == before


# -- 6. change capture cannot be bypassed -------------------------------------------------


def test_plain_sqlite_writes_are_captured_and_travel(site: Site) -> None:
    jerome = student(site.teacher, "Jerome")
    original = site.teacher.add_note(jerome, "Origineel", NoteCategory.WORK)
    item = site.teacher.route(jerome).items[0]
    assert item.status != ItemStatus.DONE
    site.round()
    site.teacher.close()

    copied = uuid.uuid4().hex
    columns = [c for c in rp.SYNCED["note"][1] if c != "id"]
    con = sqlite3.connect(site.root / "teacher.sqlite")
    try:
        with con:
            changed = con.execute(
                "UPDATE route_item SET status = ? WHERE id = ?", ("klaar", item.id.hex)
            ).rowcount
            con.execute(
                f"INSERT INTO note (id, {', '.join(columns)}) "
                f"SELECT ?, {', '.join(columns)} FROM note WHERE id = ?",
                (copied, original.hex),
            )
    finally:
        con.close()
    assert changed == 1
    site.reopen("teacher")

    reports = site.round()
    assert reports[0].sent >= 2
    assert_clean(reports)
    for store in site.stores():
        assert store.route(jerome).items[0].status == ItemStatus.DONE
    assert copied in note_rows(site.central)
    assert copied in note_rows(site.coach)
    assert reports[-1].in_sync and reports[-2].in_sync


# -- 7. conflicts ------------------------------------------------------------------------


def test_conflict_shows_everywhere_and_its_resolution_travels(site: Site) -> None:
    jerome = student(site.teacher, "Jerome")
    item = site.teacher.route(jerome).items[0].id
    site.teacher.set_item_status(item, ItemStatus.IN_PROGRESS)
    site.central.set_item_status(item, ItemStatus.DONE)  # later: wins everywhere
    reports = site.round() + site.round()
    assert_clean(reports)
    assert sum(r.conflicts for r in reports) >= 1
    for store in site.stores():
        assert store.route(jerome).items[0].status == ItemStatus.DONE
    # A jobcoach's laptop holds no conflict records: what lost may be beyond its reach.
    assert site.coach.conflicts() == []
    for store in (site.central, site.teacher):
        (conflict,) = store.conflicts()
        assert (conflict.col, conflict.losing_value, conflict.current_value) == (
            "status",
            "bezig",
            "klaar",
        )
    site.teacher.resolve_conflict(site.teacher.conflicts()[0].id, keep_losing=True)
    reports = site.round() + site.round()
    assert_clean(reports)
    for store in site.stores():
        assert store.route(jerome).items[0].status == ItemStatus.IN_PROGRESS
        assert store.conflicts() == []
    for store in (site.central, site.teacher):
        (resolved,) = store.conflicts(include_resolved=True)
        assert resolved.resolution == "verliezer"
    assert reports[-1].in_sync and reports[-2].in_sync


class Killed(BaseException):
    """Stands for SIGKILL at one exact point (nothing catches a BaseException here)."""


def test_a_kill_after_the_last_chunk_still_lets_the_retry_finish_the_steps_after_it(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    end_jerome_placement(site)
    assert session.central_sync(site.central, site.box).refused == []

    def killed(*_args: object) -> int:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(session, "_purge", killed)  # the bundle is in; then the power goes
        with pytest.raises(Killed):
            session.device_sync(site.coach, site.box)
    assert site.mailbox(site.coach), "the central's bundle is still in the mailbox"
    retry = session.device_sync(site.coach, site.box)
    assert retry.already_done == 1 and retry.refused == []
    assert retry.purged > 0  # the purge, what is held and the agreement still happen
    assert retry.checked > 0 and retry.differing == []
    assert site.coach.find_students("Jerome") == []
    assert site.mailbox(site.coach) == []
