"""The one rule for 'this card is done' (docs/domain.md), its wording, hours corrections
and absent days, and what applying a template would do (asked first, undone after)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from factories import TODAY
from hypothesis import given
from hypothesis import strategies as st

from jw_desktop.model import InvalidInput, ItemStatus, Level, SchoolStore
from jw_desktop.model.progress import card_done, phase_summary, placement_on
from jw_desktop.model.views import PhaseProgress, PlacementHours, Tally

tallies = st.integers(0, 30).flatmap(
    lambda total: st.builds(Tally, st.integers(0, total), st.just(total))
)


@given(st.sampled_from(list(ItemStatus)), tallies, st.booleans())
def test_a_card_is_done_by_its_status_its_evidence_or_its_credential(
    status: ItemStatus, elements: Tally, issued: bool
) -> None:
    everything_mastered = elements.total > 0 and elements.mastered == elements.total
    assert card_done(status, elements, issued) == (
        status == ItemStatus.DONE or issued or everything_mastered
    )


@given(st.sampled_from([ItemStatus.PLANNED, ItemStatus.IN_PROGRESS]))
def test_a_card_with_nothing_to_observe_is_done_only_when_marked(status: ItemStatus) -> None:
    assert not card_done(status, Tally(0, 0), False)
    assert card_done(ItemStatus.DONE, Tally(0, 0), False)


@given(
    st.integers(1, 6),
    st.integers(1, 40).flatmap(lambda t: st.tuples(st.integers(0, t), st.just(t))),
    tallies,
)
def test_phase_summary_never_says_zero_of_zero(
    phase: int, cards: tuple[int, int], elements: Tally
) -> None:
    line = phase_summary(PhaseProgress(phase, cards[0], cards[1], elements))
    assert line.startswith(f"Fase {phase}: {cards[0]} van {cards[1]} ")
    assert "0 van 0" not in line
    assert ("kaart klaar" in line) == (cards[1] == 1)
    assert ("stappen en criteria" in line or "stap of criterium" in line) == bool(elements.total)


def test_phase_summary_words() -> None:
    assert phase_summary(PhaseProgress(5, 0, 1, Tally(10, 10))) == (
        "Fase 5: 0 van 1 kaart klaar; 10 van 10 stappen en criteria zelfstandig"
    )
    assert phase_summary(PhaseProgress(3, 2, 3, Tally(0, 0))) == "Fase 3: 2 van 3 kaarten klaar"
    assert phase_summary(PhaseProgress(2, 1, 2, Tally(1, 1))) == (
        "Fase 2: 1 van 2 kaarten klaar; 1 van 1 stap of criterium zelfstandig"
    )


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def test_a_card_whose_every_criterion_is_mastered_counts_as_done(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    item = next(i for i in store.route(jerome).items if i.code == "GR-WO-1")
    before = next(p for p in store.progress(jerome).phases if p.phase == item.phase)
    for todo in store.still_to_practise(jerome):
        if todo.card_code == "GR-WO-1":
            store.record_observation(jerome, todo.element_id, Level.INDEPENDENT)
    after = next(p for p in store.progress(jerome).phases if p.phase == item.phase)
    assert after.items_done == before.items_done + 1
    status = next(i.status for i in store.route(jerome).items if i.id == item.id)
    assert status == item.status  # done by the evidence, not by a changed status
    last = next(t for t in store.observations(jerome))
    store.correct_observation(last.id, Level.WITH_HELP)  # a later 'met hulp': not done again
    again = next(p for p in store.progress(jerome).phases if p.phase == item.phase)
    assert again.items_done == before.items_done


def test_hours_corrected_and_absent_days(store: SchoolStore, jerome: uuid.UUID) -> None:
    (placement,) = store.placements(jerome)
    entry = store.log_hours(placement, TODAY - timedelta(days=1), 7.5, "Kas opgeruimd")
    with pytest.raises(InvalidInput, match="meer dan 0 uur"):
        store.log_hours(placement, TODAY, 0)  # a form left at 0 records nothing
    absent = store.log_hours(placement, TODAY, 0, absent=True)
    # One entry per day: a second one (a double click, another coach) is refused.
    for hours, absent_too in ((4.5, False), (0, True)):
        with pytest.raises(InvalidInput, match="staat al afwezig: corrigeer die invoer"):
            store.log_hours(placement, TODAY, hours, absent=absent_too)
    with pytest.raises(InvalidInput, match="staat al 7,5 uur"):
        store.log_hours(placement, TODAY - timedelta(days=1), 2)
    corrected = store.correct_hours(entry, 6)
    listed = {e.id: e for e in store.hours_entries(jerome)}
    assert set(listed) == {absent, corrected}  # the superseded entry no longer counts
    assert listed[corrected].minutes == 360 and listed[corrected].remark == "Kas opgeruimd"
    assert listed[absent].absent and listed[absent].remark == "afwezig"
    assert store.progress(jerome).hours[0].minutes_done == 360
    with pytest.raises(InvalidInput, match="al gecorrigeerd"):
        store.correct_hours(entry, 5)
    back = store.correct_hours(absent, 4)  # the absent day was worked after all
    assert {e.id: e.remark for e in store.hours_entries(jerome)}[back] == ""
    assert store.progress(jerome).hours[0].minutes_done == 600
    for amount in (25, -1):
        with pytest.raises(InvalidInput, match="tussen 0 en 24"):
            store.correct_hours(back, amount)


def test_template_plan_says_what_is_added_and_undo_takes_it_back(
    store: SchoolStore,
) -> None:
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    store.add_to_route(fatima, store.card_id("GR-WO-1"))
    ((template_id, name),) = store.templates()
    plan = store.template_plan(fatima, template_id)
    assert plan.template == name
    assert [c.code for c in plan.to_add] == ["GR-IV-1", "GR-LK-1", "GR-IK-1", "GR-EWO-1"]
    assert [c.code for c in plan.already_there] == ["GR-WO-1"]
    assert plan.new_target == "Praktijkbewijs planten"
    added = store.apply_template_items(fatima, template_id)
    assert [i.code for i in store.route(fatima).items if i.id in added] == [
        c.code for c in plan.to_add
    ]
    store.remove_items_from_route(added)
    assert [i.code for i in store.route(fatima).items] == ["GR-WO-1"]
    store.restore_route_items(added)  # redo: back with their places
    assert [i.code for i in store.route(fatima).items] == [
        "GR-WO-1",
        "GR-IV-1",
        "GR-LK-1",
        "GR-IK-1",
        "GR-EWO-1",
    ]
    assert not store.template_plan(fatima, template_id).to_add


def test_restoring_a_removed_item_keeps_its_status(store: SchoolStore, jerome: uuid.UUID) -> None:
    first = store.route(jerome).items[0]
    store.set_item_status(first.id, ItemStatus.DONE)
    store.remove_from_route(first.id)
    store.restore_route_items([first.id])
    back = store.route(jerome).items[0]
    assert (back.id, back.status, back.order_key) == (first.id, ItemStatus.DONE, first.order_key)


def test_placement_on_picks_the_period_that_holds_the_day() -> None:
    def p(start: date, end: date) -> PlacementHours:
        return PlacementHours(uuid.uuid4(), "x", start, end, 0, 100)

    a = p(date(2026, 1, 1), date(2026, 3, 1))
    b = p(date(2026, 4, 1), date(2026, 6, 1))
    assert placement_on([a, b], date(2026, 5, 1)) is b
    assert placement_on([a, b], date(2026, 3, 15)) is a  # between: the latest started
    assert placement_on([a, b], date(2025, 1, 1)) is a
    assert placement_on([], date(2026, 1, 1)) is None
