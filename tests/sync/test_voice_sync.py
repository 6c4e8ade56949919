"""The phase history and the student's voice travel as docs/privacy.md says: the
jobcoach's laptop holds its students' phase history, reflections and their goals about
werk and leren; a goal about wonen, vrije tijd or burgerschap stays with school staff; a
jobcoach's reflection reaches the school."""

from __future__ import annotations

import sqlite3

from sitekit import Site, assert_clean, student

from jw_desktop.model import AccessDenied


def _goal_texts(path: object) -> set[str]:
    con = sqlite3.connect(str(path))
    try:
        return {t for (t,) in con.execute("SELECT text FROM student_goal")}
    finally:
        con.close()


def test_the_coach_holds_history_reflections_and_work_goals_only(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    fatima = student(site.central, "Fatima")
    site.central.change_phase(jerome, 5, "stage gestart")
    site.central.add_goal(jerome, "Ik wil bij een kwekerij werken.", "werk")
    site.central.add_goal(jerome, "Ik wil mijn mbo-2 halen.", "leren")
    site.central.add_goal(jerome, "Ik wil op mezelf wonen.", "wonen")
    site.central.add_goal(jerome, "Ik wil voetballen bij een club.", "vrije tijd")
    site.central.add_reflection(jerome, "Ik vond het oppotten moeilijk.")
    site.central.add_goal(fatima, "Ik wil in een keuken werken.", "werk")
    assert_clean(site.round())
    coach = student(site.coach, "Jerome")
    assert [h.to_phase for h in site.coach.phase_history(coach)] == [5]
    assert site.coach.student(coach).phase == 5
    assert [r.text for r in site.coach.reflections(coach)] == ["Ik vond het oppotten moeilijk."]
    held = _goal_texts(site.coach.path)
    assert held == {"Ik wil bij een kwekerij werken.", "Ik wil mijn mbo-2 halen."}
    teacher = student(site.teacher, "Jerome")
    assert len(site.teacher.goals(teacher)) == 4
    assert_clean(site.round())  # and the digests agree, with the goals left out


def test_a_goal_whose_text_changes_keeps_travelling(site: Site) -> None:
    jerome = student(site.central, "Jerome")
    goal = site.central.add_goal(jerome, "Ik wil werken.", "werk")
    assert_clean(site.round())
    site.central.edit_goal(goal, "Ik wil bij een kwekerij werken.")
    assert_clean(site.round())
    assert _goal_texts(site.coach.path) == {"Ik wil bij een kwekerij werken."}


def test_the_coachs_reflection_reaches_the_school_and_a_phase_change_is_not_theirs(
    site: Site,
) -> None:
    jerome = student(site.coach, "Jerome")
    site.coach.add_reflection(jerome, "Ik wil hier na de zomer blijven.")
    try:
        site.coach.change_phase(jerome, 5, "stage")
    except AccessDenied:
        pass
    else:  # pragma: no cover - the laptop's role forbids it
        raise AssertionError("a jobcoach laptop changed a phase")
    assert_clean(site.round())
    at_school = student(site.teacher, "Jerome")
    assert [r.text for r in site.teacher.reflections(at_school)] == [
        "Ik wil hier na de zomer blijven."
    ]
    assert site.teacher.student(at_school).phase == 4
