"""Recording progress and reading it back: observations on the one scale, corrections,
self-assessment, hours, notes, 'still to practise', progress per phase, werkopdracht and
credential, eligibility and issuing into the portfolio."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from factories import TODAY, assess, small_catalogue, small_school

from jw_desktop.model import (
    ElementKind,
    InvalidInput,
    Level,
    NoteCategory,
    NotEligible,
    NotFound,
    SchoolStore,
    Setting,
)
from jw_desktop.model.wording import date_text


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def master(
    store: SchoolStore,
    student: uuid.UUID,
    code: str,
    level: Level = Level.INDEPENDENT,
    setting: Setting = Setting.SCHOOL,
) -> None:
    for item in store.still_to_practise(student):
        if item.card_code == code:
            store.record_observation(student, item.element_id, level, setting=setting)


def test_still_to_practise_lists_steps_and_criteria_in_route_order(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    todo = store.still_to_practise(jerome)
    assert [(t.card_code, t.kind, t.position) for t in todo] == [
        ("GR-IK-1", ElementKind.STEP, 1),
        ("GR-IK-1", ElementKind.STEP, 2),
        ("GR-IK-1", ElementKind.STEP, 3),
        ("GR-WO-1", ElementKind.CRITERION, 1),
        ("GR-WO-1", ElementKind.CRITERION, 2),
        ("GR-WO-1", ElementKind.CRITERION, 3),
        ("GR-EWO-1", ElementKind.CRITERION, 1),
        ("GR-EWO-1", ElementKind.CRITERION, 2),
        ("GR-EWO-1", ElementKind.CRITERION, 3),
    ]
    assert all(t.level is None for t in todo)


def test_only_the_latest_staff_observation_counts(store: SchoolStore, jerome: uuid.UUID) -> None:
    step = store.still_to_practise(jerome)[0]
    week_ago = TODAY - timedelta(days=7)
    store.record_observation(jerome, step.element_id, Level.INDEPENDENT, observed_on=week_ago)
    assert step.element_id not in {t.element_id for t in store.still_to_practise(jerome)}
    # Seen again today, with help: back on the list, with today's level.
    store.record_observation(
        jerome,
        step.element_id,
        Level.WITH_HELP,
        setting=Setting.WORKPLACE,
        remark="Vergat de gieter te vullen",
    )
    again = next(t for t in store.still_to_practise(jerome) if t.element_id == step.element_id)
    assert (again.level, again.last_observed_on) == (Level.WITH_HELP, TODAY)
    # The student's own view is recorded beside it and does not change the picture.
    store.record_observation(jerome, step.element_id, Level.INDEPENDENT, self_assessment=True)
    assert step.element_id in {t.element_id for t in store.still_to_practise(jerome)}
    kinds = [(o.level, o.setting, o.self_assessment) for o in store.observations(jerome)]
    assert (Level.INDEPENDENT, Setting.SCHOOL, True) in kinds
    assert (Level.WITH_HELP, Setting.WORKPLACE, False) in kinds


def test_correction_supersedes_and_withdrawal_undoes(store: SchoolStore, jerome: uuid.UUID) -> None:
    step = store.still_to_practise(jerome)[0]
    obs = store.record_observation(jerome, step.element_id, Level.WITH_HELP)
    fixed = store.correct_observation(obs, Level.INDEPENDENT)
    assert step.element_id not in {t.element_id for t in store.still_to_practise(jerome)}
    assert [o.id for o in store.observations(jerome)] == [fixed]
    with pytest.raises(InvalidInput, match="al gecorrigeerd"):
        store.correct_observation(obs, Level.NOT_YET)
    store.withdraw_observation(fixed)  # undo of the last tick
    assert store.observations(jerome) == []
    assert store.still_to_practise(jerome)[0].level is None


def test_bad_observations_are_refused(store: SchoolStore, jerome: uuid.UUID) -> None:
    step = store.still_to_practise(jerome)[0]
    with pytest.raises(InvalidInput, match="toekomst"):
        store.record_observation(
            jerome, step.element_id, Level.INDEPENDENT, observed_on=TODAY + timedelta(days=1)
        )
    question = store.card(store.card_id("GR-IV-1")).elements[0]
    with pytest.raises(InvalidInput, match="stappen en criteria"):
        store.record_observation(jerome, question.id, Level.INDEPENDENT)
    with pytest.raises(NotFound):
        store.record_observation(uuid.uuid4(), step.element_id, Level.INDEPENDENT)
    with pytest.raises(ValueError):
        store.record_observation(jerome, step.element_id, 7)  # type: ignore[arg-type]
    assert store.observations(jerome) == []


def test_level_scale_parses_dutch_labels() -> None:
    assert Level.parse("Met hulp") is Level.WITH_HELP
    assert Level.parse("zelfstandig") is Level.INDEPENDENT
    assert Level.parse("nog-niet") is Level.NOT_YET
    assert Level.parse("2") is Level.INDEPENDENT
    with pytest.raises(ValueError, match="nog niet, met hulp of zelfstandig"):
        Level.parse("bijna")


def test_progress_per_phase_werkopdracht_and_credential(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    master(store, jerome, "GR-IK-1")
    master(store, jerome, "GR-WO-1", Level.WITH_HELP)
    report = store.progress(jerome)
    assert report.student.name == "Jerome Jansen"
    phase4 = next(p for p in report.phases if p.phase == 4)
    assert (phase4.elements.mastered, phase4.elements.total, phase4.items_total) == (3, 9, 5)
    wo = next(c for c in report.cards if c.code == "GR-WO-1")
    assert (wo.criteria.mastered, wo.criteria.total) == (0, 3)
    pb = next(c for c in report.credentials if c.key == "pb-planten")
    assert not pb.eligible and pb.criteria.total == 3 and len(pb.missing_criteria) == 3
    pv = next(c for c in report.credentials if c.key == "pv-groen")
    assert pv.missing_components == ("Praktijkbewijs planten",)
    assert len(report.still_to_practise) == 6


def test_issue_credential_only_on_assessment_then_stack(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    """Practice ticks are no evidence: the eindwerkopdracht practised zelfstandig still
    needs an assessment moment; once every criterion is behaald there, the praktijkbewijs
    can be issued (once), and the praktijkverklaring stacks on it."""
    pb, pv = store.credential_id("pb-planten"), store.credential_id("pv-groen")
    with pytest.raises(NotEligible, match="Je werkt veilig"):
        store.issue_credential(jerome, pb)
    with pytest.raises(NotEligible, match="Praktijkbewijs planten"):
        store.issue_credential(jerome, pv)
    master(store, jerome, "GR-EWO-1", setting=Setting.WORKPLACE)
    assert not store.eligibility(jerome, pb).eligible
    with pytest.raises(NotEligible, match="beoordeling"):
        store.issue_credential(jerome, pb)
    assess(store, jerome, "pb-planten")
    assert store.eligibility(jerome, pb).eligible
    store.issue_credential(jerome, pb)
    with pytest.raises(InvalidInput, match="al"):
        store.issue_credential(jerome, pb)
    store.issue_credential(jerome, pv, issuer_name="Mbo College Delft")
    portfolio = store.portfolio(jerome)
    assert [p.credential for p in portfolio] == ["Praktijkbewijs planten", "Praktijkverklaring"]
    assert len(portfolio[0].evidence) == 3 and "behaald op" in portfolio[0].evidence[0]
    assert "Anne Docent en Carla Kas" in portfolio[0].evidence[0]
    assert portfolio[0].issuer_name == "Praktijkschool Test"
    assert portfolio[0].werkprocessen == ("25000/B1-K1-W1 Verzorgt planten",)
    assert portfolio[1].evidence == ("Praktijkbewijs planten",)
    assert portfolio[1].issuer_name == "Mbo College Delft"


def test_credential_without_a_rule_is_never_eligible(store: SchoolStore, jerome: uuid.UUID) -> None:
    with pytest.raises(NotEligible, match="geen beoordelingsregel"):
        store.issue_credential(jerome, store.credential_id("pb-tafel"))


def test_hours_within_the_placement(store: SchoolStore, jerome: uuid.UUID) -> None:
    (placement,) = store.placements(jerome)
    entry = store.log_hours(placement, TODAY - timedelta(days=1), 7.5, "Kas opgeruimd")
    store.log_hours(placement, TODAY, 4)
    (hours,) = store.progress(jerome).hours
    assert (hours.minutes_done, hours.hours_required, hours.company) == (
        690,
        640,
        "Kwekerij De Kas",
    )
    store.withdraw_hours(entry)
    assert store.progress(jerome).hours[0].minutes_done == 240
    for day, amount, message in (
        (date(2026, 8, 1), 4, "buiten de stageperiode"),
        (TODAY, 25, "tussen 0 en 24"),
        (TODAY, 0, "meer dan 0 uur"),
        (TODAY + timedelta(days=1), 4, "toekomst"),
    ):
        with pytest.raises(InvalidInput, match=message):
            store.log_hours(placement, day, amount)
    assert store.progress(jerome).hours[0].minutes_done == 240


def test_notes_keep_their_privacy_category(store: SchoolStore, jerome: uuid.UUID) -> None:
    store.add_note(
        jerome,
        "Werkt netjes, wil graag naar de kassa.",
        NoteCategory.WORK,
        follow_up_on=TODAY + timedelta(days=14),
    )
    store.add_note(jerome, "Thuissituatie besproken met zorgcoördinator.", NoteCategory.CARE)
    work_only = store.notes(jerome, categories=(NoteCategory.WORK,))
    assert [n.text for n in work_only] == ["Werkt netjes, wil graag naar de kassa."]
    assert work_only[0].follow_up_on == TODAY + timedelta(days=14)
    assert {n.category for n in store.notes(jerome)} == {NoteCategory.WORK, NoteCategory.CARE}
    for text, follow in (("   ", None), ("x" * 5000, None), ("ok", TODAY - timedelta(days=1))):
        with pytest.raises(InvalidInput):
            store.add_note(jerome, text, NoteCategory.WORK, follow_up_on=follow)
    assert len(store.notes(jerome)) == 2


def test_a_follow_up_date_that_has_come_makes_the_student_need_attention(
    db_path: Path,
) -> None:
    day = [TODAY]
    with SchoolStore.open(db_path, today=lambda: day[0]) as store:
        store.import_catalogue(small_catalogue())
        jerome = store.import_school(small_school())["jerome"]

        def follow_ups() -> list[str]:
            (row,) = store.student_overview(student_id=jerome)
            return [r for r in row.reasons if r.startswith("opvolgen")]

        long = "Gesprek met moeder over slapen en de bus naar het tuincentrum"
        store.add_note(jerome, long, NoteCategory.CARE, follow_up_on=TODAY + timedelta(days=7))
        store.add_note(jerome, "Kassa oefenen", NoteCategory.WORK, follow_up_on=TODAY)
        store.add_note(jerome, "Geen datum", NoteCategory.WORK)
        assert follow_ups() == [f"opvolgen: {date_text(TODAY)}, Kassa oefenen"]  # today counts
        day[0] = TODAY + timedelta(days=8)  # both dates have passed, oldest first
        assert follow_ups() == [
            f"opvolgen: {date_text(TODAY)}, Kassa oefenen",
            f"opvolgen: {date_text(TODAY + timedelta(days=7))}, "
            "Gesprek met moeder over slapen en …",
        ]
        needing = store.student_overview(needs_attention=True)
        assert jerome in {r.id for r in needing}
        coach = next(m for m in store.staff() if m.email == "coach@example.nl")
        store.set_password(coach.id, "tulpen-en-rozen-2026")
        store.login("coach@example.nl", "tulpen-en-rozen-2026")  # no 'zorg' for a jobcoach
        assert follow_ups() == [f"opvolgen: {date_text(TODAY)}, Kassa oefenen"]


def test_audit_never_holds_note_text(store: SchoolStore, jerome: uuid.UUID) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from jw_desktop.model.audit import AuditEntry

    store.add_note(jerome, "Geheime zorginformatie", NoteCategory.CARE)
    with Session(store.db.engine) as s:
        summaries = " ".join(s.scalars(select(AuditEntry.summary)))
    assert "Geheime" not in summaries


def test_student_record_has_no_bsn_column() -> None:
    from jw_desktop.model.entities import Base

    columns = {c.name.lower() for t in Base.metadata.tables.values() for c in t.columns}
    assert not {"bsn", "burgerservicenummer", "sofinummer"} & columns


def test_levels_per_element(store: SchoolStore, jerome: uuid.UUID) -> None:
    step = store.still_to_practise(jerome)[0]
    store.record_observation(jerome, step.element_id, Level.WITH_HELP)
    assert store.levels(jerome) == {step.element_id: (Level.WITH_HELP, TODAY)}
    assert store.route(jerome).target_credential_id == store.credential_id("pb-planten")


def test_the_observation_sheet_is_the_route_with_levels_and_what_is_left(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    first = store.still_to_practise(jerome)[0]
    store.record_observation(jerome, first.element_id, Level.WITH_HELP)
    sheet = store.observation_sheet(jerome)
    observable = (ElementKind.STEP, ElementKind.CRITERION)
    expected = []
    for item in store.route(jerome).items:
        elements = [e.id for e in store.card(item.card_id, item.version).elements]
        kinds = {e.id: e.kind for e in store.card(item.card_id, item.version).elements}
        wanted = [e for e in elements if kinds[e] in observable]
        if wanted:
            expected.append((item.id, wanted))
    assert [(c.item.id, [e.id for e in c.elements]) for c in sheet.cards] == expected
    assert sheet.todo == {p.element_id for p in store.still_to_practise(jerome)}
    assert sheet.levels[first.element_id] == Level.WITH_HELP
