"""Phases with meaning and the student's own voice (docs/domain.md, "Phases and the
student's voice"): a phase changes by a recorded action; a self-assessment is shown
beside, never counted as, the staff's level; goals and reflections are the student's
words; the student view holds that student's data and nothing else."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta

import pytest
from factories import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jw_desktop.model import (
    AccessDenied,
    InvalidInput,
    ItemStatus,
    Level,
    NoteCategory,
    NotEligible,
    SchoolStore,
)
from jw_desktop.model.phases import PHASES, describe, phase
from jw_desktop.model.voice import LifeDomain, StudentView, ViewCard, ViewStep

PASSWORD = "tulpen-en-rozen-2026"


def _ids(store: SchoolStore) -> tuple:
    keys = store.students_by_key  # type: ignore[attr-defined]
    return keys["jerome"], keys["fatima"]


def _login(store: SchoolStore, email: str) -> None:
    for member in store.staff():
        store.set_password(member.id, PASSWORD)
    store.login(email, PASSWORD)


def _audit(store: SchoolStore, action: str) -> list[tuple[str, str]]:
    con = sqlite3.connect(store.path)
    try:
        return con.execute(
            "SELECT action, summary FROM audit_entry WHERE action = ?", (action,)
        ).fetchall()
    finally:
        con.close()


# -- phases ---------------------------------------------------------------------------------


def test_every_phase_has_a_name_a_purpose_and_ik_statements() -> None:
    assert [p.number for p in PHASES] == [1, 2, 3, 4, 5, 6]
    assert [p.where for p in PHASES] == ["school"] * 3 + ["praktijk"] * 2 + ["nazorg"]
    for p in PHASES:
        assert p.name.startswith(f"Fase {p.number}") and p.purpose
        assert p.ik and all(s.startswith("Ik ") for s in p.ik)
    assert "Ik leer kansrijk kiezen" in phase(3).ik
    assert "Ik ben een goed werknemer" in phase(6).ik
    assert "nazorg" in describe(6)
    with pytest.raises(InvalidInput, match="Fase 7 bestaat niet"):
        phase(7)


def test_a_phase_change_is_recorded_with_reason_and_audited(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    first = TODAY - timedelta(days=80)
    store.change_phase(jerome, 5, "stage gestart", changed_on=first)
    store.change_phase(jerome, 6, "  diploma   gehaald ")
    assert store.student(jerome).phase == 6
    history = store.phase_history(jerome)
    assert [(h.from_phase, h.to_phase, h.reason) for h in history] == [
        (4, 5, "stage gestart"),
        (5, 6, "diploma gehaald"),
    ]
    assert history[0].text() == f"Fase 4 -> 5 op {first:%d-%m-%Y}: stage gestart"
    assert _audit(store, "fase.wijzigen") == [
        ("fase.wijzigen", "fase 4 -> 5"),
        ("fase.wijzigen", "fase 5 -> 6"),
    ]


@pytest.mark.parametrize(
    ("to_phase", "reason", "message"),
    [
        (4, "zelfde", "zit al in fase 4"),
        (0, "te laag", "bestaat niet"),
        (7, "te hoog", "bestaat niet"),
        (5, "   ", "waarom de fase verandert"),
        (5, "x" * 301, "te lang"),
    ],
)
def test_a_bad_phase_change_is_refused_and_changes_nothing(
    store: SchoolStore, to_phase: int, reason: str, message: str
) -> None:
    jerome, _ = _ids(store)
    with pytest.raises(InvalidInput, match=message):
        store.change_phase(jerome, to_phase, reason)
    assert store.student(jerome).phase == 4 and store.phase_history(jerome) == []


def test_a_phase_change_cannot_lie_in_the_future(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    with pytest.raises(InvalidInput, match="toekomst"):
        store.change_phase(jerome, 5, "stage", changed_on=TODAY + timedelta(days=1))
    assert store.student(jerome).phase == 4


def test_only_school_staff_change_a_phase_and_a_jobcoach_reads_the_history(
    store: SchoolStore,
) -> None:
    jerome, _ = _ids(store)
    store.change_phase(jerome, 5, "stage gestart")
    _login(store, "coach@example.nl")
    with pytest.raises(AccessDenied):
        store.change_phase(jerome, 6, "nazorg")
    assert [h.to_phase for h in store.phase_history(jerome)] == [5]
    assert store.student(jerome).phase == 5


# -- self-assessment ------------------------------------------------------------------------


def test_a_self_assessment_is_shown_beside_and_never_counts(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    todo = store.still_to_practise(jerome)
    element = todo[0].element_id
    store.record_observation(jerome, element, Level.WITH_HELP)
    store.record_observation(jerome, element, Level.INDEPENDENT, self_assessment=True)
    assert store.self_assessments(jerome) == {element: Level.INDEPENDENT}
    sheet = store.observation_sheet(jerome)
    assert sheet.levels[element] is Level.WITH_HELP
    assert sheet.own_levels == {element: Level.INDEPENDENT}
    assert element in sheet.todo  # still to practise: the student's own view is no evidence
    assert element in {p.element_id for p in store.still_to_practise(jerome)}
    view = store.student_view(jerome)
    assert todo[0].text not in view.can_do


def test_a_route_all_self_assessed_zelfstandig_is_no_evidence(store: SchoolStore) -> None:
    """Every step and criterion the student says they do alone: nothing is mastered,
    no card is done, no credential can be issued."""
    jerome, _ = _ids(store)
    before = store.progress(jerome)
    for item in store.still_to_practise(jerome):
        store.record_observation(jerome, item.element_id, Level.INDEPENDENT, self_assessment=True)
    after = store.progress(jerome)
    assert after.phases == before.phases and after.cards == before.cards
    assert after.still_to_practise == before.still_to_practise
    assert [c.eligible for c in after.credentials] == [c.eligible for c in before.credentials]
    with pytest.raises(NotEligible):
        store.issue_credential(jerome, store.credential_id("pb-planten"))
    assert store.student_view(jerome).can_do == ()
    assert store.student_overview(student_id=jerome)[0].reasons  # nothing observed by staff


def test_a_withdrawn_self_assessment_is_gone_from_beside(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    element = store.still_to_practise(jerome)[0].element_id
    obs = store.record_observation(jerome, element, Level.WITH_HELP, self_assessment=True)
    store.withdraw_observation(obs)
    assert store.self_assessments(jerome) == {}


# -- goals ----------------------------------------------------------------------------------


def test_goals_in_the_students_words_with_a_leefdomein(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    first = store.add_goal(jerome, "Ik wil bij een kwekerij werken.", LifeDomain.WORK)
    store.add_goal(jerome, "Ik wil later op mezelf wonen.", "wonen")
    store.add_goal(jerome, "Ik wil leren autorijden.")
    store.edit_goal(first, "Ik wil bij een  kwekerij   werken, met planten.")
    goals = store.goals(jerome)
    assert [(g.text, g.life_domain) for g in goals] == [
        ("Ik wil bij een kwekerij werken, met planten.", LifeDomain.WORK),
        ("Ik wil later op mezelf wonen.", LifeDomain.HOUSING),
        ("Ik wil leren autorijden.", None),
    ]
    store.remove_goal(goals[2].id)
    assert len(store.goals(jerome)) == 2
    assert ("doel.toevoegen", "werk") in _audit(store, "doel.toevoegen")  # never the text


@pytest.mark.parametrize(
    ("text", "domain", "message"),
    [
        ("   ", None, "zoals de leerling het zegt"),
        ("x" * 301, None, "te lang"),
        ("ok", "zorg", "leefdomein"),
    ],
)
def test_a_bad_goal_is_refused(
    store: SchoolStore, text: str, domain: str | None, message: str
) -> None:
    jerome, _ = _ids(store)
    with pytest.raises(InvalidInput, match=message):
        store.add_goal(jerome, text, domain)
    assert store.goals(jerome) == []


def test_a_jobcoach_sees_only_goals_about_work_and_learning_and_writes_none(
    store: SchoolStore,
) -> None:
    jerome, _ = _ids(store)
    store.add_goal(jerome, "Ik wil bij een kwekerij werken.", "werk")
    store.add_goal(jerome, "Ik wil op mezelf wonen.", "wonen")
    store.add_goal(jerome, "Ik wil mijn rijbewijs.")
    _login(store, "coach@example.nl")
    assert [g.text for g in store.goals(jerome)] == [
        "Ik wil bij een kwekerij werken.",
        "Ik wil mijn rijbewijs.",
    ]
    assert "Ik wil op mezelf wonen." not in store.student_view(jerome).goals
    with pytest.raises(AccessDenied):
        store.add_goal(jerome, "Ik wil meer uren.", "werk")


# -- reflections ----------------------------------------------------------------------------


def test_a_reflection_is_kept_verbatim_and_only_withdrawn(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    item = store.route(jerome).items[0]
    said = "Het verpotten ging goed, maar ik   vergat de handschoenen!\n"
    rid = store.add_reflection(jerome, said, route_item_id=item.id)
    found = store.reflections(jerome)
    assert [r.text for r in found] == [said.strip()]  # inner spaces as the student said
    assert found[0].about == f"{item.code} {item.title}"
    assert not hasattr(store, "edit_reflection")
    store.withdraw_reflection(rid)
    assert store.reflections(jerome) == []
    with pytest.raises(InvalidInput, match="al ingetrokken"):
        store.withdraw_reflection(rid)
    assert [a for a, _ in _audit(store, "reflectie.vastleggen")] == ["reflectie.vastleggen"]
    assert _audit(store, "reflectie.vastleggen")[0][1] == ""  # never the words in the log


def test_a_bad_reflection_is_refused(store: SchoolStore) -> None:
    jerome, fatima = _ids(store)
    with pytest.raises(InvalidInput, match="eigen woorden"):
        store.add_reflection(jerome, "  ")
    with pytest.raises(InvalidInput, match="toekomst"):
        store.add_reflection(jerome, "later", said_on=TODAY + timedelta(days=2))
    with pytest.raises(InvalidInput, match="te lang"):
        store.add_reflection(jerome, "x" * 2001)
    other_item = store.route(jerome).items[0].id
    with pytest.raises(InvalidInput, match="niet in de leerroute"):
        store.add_reflection(fatima, "over een ander", route_item_id=other_item)
    assert store.reflections(jerome) == [] and store.reflections(fatima) == []


def test_a_jobcoach_records_reflections_and_withdraws_only_their_own(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    _login(store, "docent@example.nl")
    teachers = store.add_reflection(jerome, "Op school: ik vond het saai.")
    store.logout()
    store.login("coach@example.nl", PASSWORD)
    mine = store.add_reflection(jerome, "Ik wil hier blijven werken.")
    assert {r.text for r in store.reflections(jerome)} == {
        "Op school: ik vond het saai.",
        "Ik wil hier blijven werken.",
    }
    with pytest.raises(AccessDenied):
        store.withdraw_reflection(teachers)
    store.withdraw_reflection(mine)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_reflection_text_comes_back_as_said(store: SchoolStore, text: str) -> None:
    jerome, _ = _ids(store)
    rid = store.add_reflection(jerome, text)
    assert next(r.text for r in store.reflections(jerome) if r.id == rid) == text.strip()


# -- the student view -----------------------------------------------------------------------


def test_the_student_view_holds_only_this_students_route_phase_and_goals(
    store: SchoolStore,
) -> None:
    jerome, fatima = _ids(store)
    store.add_goal(fatima, "Ik wil in de keuken werken.", "werk")
    store.add_goal(jerome, "Ik wil bij een kwekerij werken.", "werk")
    store.add_note(jerome, "Zorgoverleg met moeder.", NoteCategory.CARE)
    store.add_note(jerome, "Werkt netjes.", NoteCategory.WORK)
    store.add_reflection(jerome, "Ik vind water geven leuk.")
    todo = store.still_to_practise(jerome)
    store.record_observation(jerome, todo[0].element_id, Level.INDEPENDENT)
    view = store.student_view(jerome)
    assert isinstance(view, StudentView)
    assert [f.name for f in dataclasses.fields(StudentView)] == [
        "first_name",
        "phase",
        "goals",
        "can_do",
        "practise_next",
        "cards_done",
        "cards_total",
    ]
    assert [f.name for f in dataclasses.fields(ViewCard)] == ["code", "title", "steps"]
    assert [f.name for f in dataclasses.fields(ViewStep)] == ["text", "picture_id"]
    assert view.first_name == "Jerome" and view.phase is phase(4)
    assert view.goals == ("Ik wil bij een kwekerij werken.",)
    assert todo[0].text in view.can_do
    assert view.practise_next and view.practise_next[0].steps[0].text == todo[1].text
    assert len(view.practise_next) <= 2
    flat = repr(view)
    for secret in ("Jansen", "Fatima", "keuken", "Zorgoverleg", "Werkt netjes", "water geven leuk"):
        assert secret not in flat
    assert view.cards_total == len(store.route(jerome).items)


def test_a_card_that_is_done_is_not_what_the_student_practises_next(
    store: SchoolStore,
) -> None:
    """The teacher's klaar (or an issued credential) makes a card done: the student view
    then does not also list it under "Dit ga ik nu oefenen" (a stranger saw both)."""
    jerome, _ = _ids(store)
    first = store.student_view(jerome).practise_next[0].code
    item = next(i for i in store.route(jerome).items if i.code == first)
    store.set_item_status(item.id, ItemStatus.DONE)
    view = store.student_view(jerome)
    assert first not in [card.code for card in view.practise_next]
    assert any(p.card_code == first for p in store.still_to_practise(jerome))  # teacher's list


def test_the_student_view_carries_the_step_pictures(store: SchoolStore) -> None:
    jerome, _ = _ids(store)
    steps = [s for card in store.student_view(jerome).practise_next for s in card.steps]
    with_picture = [s for s in steps if s.picture_id is not None]
    assert with_picture
    assert store.picture(with_picture[0].picture_id).startswith(b"\x89PNG")


def test_a_jobcoach_opens_the_student_view_of_their_own_students_only(
    store: SchoolStore,
) -> None:
    jerome, fatima = _ids(store)
    _login(store, "coach@example.nl")
    assert store.student_view(jerome).first_name == "Jerome"
    with pytest.raises(AccessDenied):
        store.student_view(fatima)
