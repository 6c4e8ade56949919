"""Progress as a teacher looks at it (model.overview): today's task for the coach, one
student's observations per week and levels per phase, and a group's class overview."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from factories import TODAY

from jw_desktop.model import ItemStatus, Level, Role, SchoolStore
from jw_desktop.model.overview import todays_task, week_start


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def test_todays_task_is_the_item_in_progress_else_the_first_with_work(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    items = store.route(jerome).items
    todo = [p.route_item_id for p in store.still_to_practise(jerome)]
    first_with_work = next(n for n, item in enumerate(items) if item.id in todo)
    assert todays_task(items, todo) == first_with_work
    assert todays_task(items, []) == 0
    store.set_item_status(items[-1].id, ItemStatus.IN_PROGRESS)
    assert todays_task(store.route(jerome).items, todo) == len(items) - 1


def test_student_chart_counts_observations_per_week_and_levels_per_phase(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    todo = store.still_to_practise(jerome)
    last_week = TODAY - timedelta(days=7)
    store.record_observation(jerome, todo[0].element_id, Level.WITH_HELP, observed_on=last_week)
    store.record_observation(jerome, todo[0].element_id, Level.INDEPENDENT)
    store.record_observation(jerome, todo[1].element_id, Level.NOT_YET)
    withdrawn = store.record_observation(jerome, todo[2].element_id, Level.INDEPENDENT)
    store.withdraw_observation(withdrawn)
    chart = store.student_chart(jerome, weeks=4)
    assert [w.week_start for w in chart.weeks] == [
        week_start(TODAY) - timedelta(weeks=n) for n in (3, 2, 1, 0)
    ]
    assert [w.counts for w in chart.weeks] == [(0, 0, 0), (0, 0, 0), (0, 1, 0), (1, 0, 1)]
    (phase,) = chart.phases
    total = len(todo)
    assert (phase.phase, phase.counts, phase.not_observed) == (4, (1, 0, 1), total - 2)
    assert phase.total == total


def test_class_grid_per_card_and_per_step(store: SchoolStore, jerome: uuid.UUID) -> None:
    group_id = store.groups()[0][0]
    cards = store.group_cards(group_id)
    assert cards and cards[0].students == 1  # only Jerome has a route
    todo = store.still_to_practise(jerome)
    card_id = store.card_id(todo[0].card_code)
    store.record_observation(jerome, todo[0].element_id, Level.INDEPENDENT)
    store.record_observation(jerome, todo[1].element_id, Level.WITH_HELP)
    grid = store.class_grid(group_id, card_id)
    assert [r.name for r in grid.rows] == ["Fatima El Amrani", "Jerome Jansen"]
    assert [c.label for c in grid.columns][:2] == ["stap 1", "stap 2"]
    fatima, jer = grid.rows
    assert set(fatima.levels) == {None}
    assert jer.levels[:3] == (Level.INDEPENDENT, Level.WITH_HELP, None)
    summary = store.class_grid(group_id)
    column = [c.id for c in summary.columns].index(card_id)
    # the lowest level of the card, a step never seen counting as nog niet
    assert summary.rows[1].levels[column] == Level.NOT_YET
    assert summary.rows[0].levels[column] is None


def test_a_jobcoach_sees_only_their_own_students_in_the_grid(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    store.set_password(store.staff(Role.JOBCOACH)[0].id, "coach-wachtwoord-1")
    store.login("coach@example.nl", "coach-wachtwoord-1")
    group_id = store.groups()[0][0]
    assert [r.student_id for r in store.class_grid(group_id).rows] == [jerome]


def test_a_new_card_version_keeps_the_grid_of_students_on_the_old_one(
    store: SchoolStore,
) -> None:
    """A route stays on the version it was planned with; after a new version of the card
    is imported, the class grid still shows what was seen on the old version's steps."""
    from dataclasses import replace

    from factories import small_catalogue

    from jw_desktop.model.specs import CatalogueSpec, StepSpec

    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    item = next(i for i in store.route(jerome).items if i.code == "GR-IK-1")
    first = next(p for p in store.still_to_practise(jerome) if p.card_code == "GR-IK-1")
    store.record_observation(jerome, first.element_id, Level.INDEPENDENT)
    spec = small_catalogue()
    card = next(c for c in spec.cards if c.code == "GR-IK-1")
    newer = replace(card, version=2, steps=(*card.steps, StepSpec("Extra stap")))
    store.import_catalogue(CatalogueSpec(sectors=spec.sectors, themes=spec.themes, cards=[newer]))
    group_id = next(g for g, _name in store.groups())
    grid = store.class_grid(group_id, item.card_id)
    row = next(r for r in grid.rows if r.student_id == jerome)
    assert len(grid.columns) == len(card.steps) + 1  # the current version's columns
    assert row.levels[0] == Level.INDEPENDENT  # seen on step 1 of the version he is on
    assert row.levels[-1] is None  # the new step is not in his version
