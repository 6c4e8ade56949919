"""Clocks in real schools (docs/sync.md 'Clock rules'): a laptop whose clock ran ahead
recovers as soon as it is set right, a laptop whose clock is behind still receives, and
skew inside the bound does not cascade into refusals elsewhere. Each computer's clock is
set by moving the time the code reads (now_ms and the bundle's 'created'), per call."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sitekit import Site, student
from syncutil import snapshot

from jw_desktop.model import ItemStatus, Level, NoteCategory, SchoolStore, Setting, capture
from jw_desktop.sync import session

MINUTE = 60_000
DAY = 24 * 60 * MINUTE
CLOCK_USERS = (
    "jw_desktop.model.capture",
    "jw_desktop.model.store",
    "jw_desktop.sync.engine",
    "jw_desktop.sync.intake",
    "jw_desktop.sync.session",
)


OffBy = Callable[[int], contextlib.AbstractContextManager[None]]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> OffBy:
    """clock(ms): a block in which this computer's clock is `ms` off."""
    real = capture.now_ms

    @contextlib.contextmanager
    def off_by(ms: int) -> Iterator[None]:
        with monkeypatch.context() as patch:
            for module in CLOCK_USERS:
                patch.setattr(f"{module}.now_ms", lambda: real() + ms)
            stamp = lambda: (datetime.now(UTC) + timedelta(milliseconds=ms)).strftime(  # noqa: E731
                "%Y-%m-%dT%H:%M:%SZ"
            )
            patch.setattr("jw_desktop.sync.bundle._now", stamp)
            yield

    return off_by


def observe(site: Site, store_name: str) -> str:
    store = getattr(site, store_name)
    jerome = student(store, "Jerome")
    element = store.still_to_practise(jerome)[0].element_id
    return store.record_observation(jerome, element, Level.WITH_HELP, setting=Setting.WORKPLACE).hex


def observation_ids(store: SchoolStore) -> set[str]:
    return {r[0] for r in snapshot(store.path)["observation"]}


def test_a_laptop_whose_clock_ran_two_days_ahead_recovers_once_it_is_set_right(
    site: Site, clock: OffBy
) -> None:
    with clock(2 * DAY):
        early = observe(site, "coach")
        session.device_sync(site.coach, site.box)
    refused = session.central_sync(site.central, site.box).refused
    assert len(refused) == 1
    assert "klok van apparaat 'Laptop Bas'" in refused[0] and "voor" in refused[0]
    assert early not in observation_ids(site.central)
    # The clock is set right: what was made while wrong is renewed and gets in at once.
    later = observe(site, "coach")
    report = session.device_sync(site.coach, site.box)
    assert report.renewed >= 2 and "opnieuw gedateerd" in report.summary()
    assert session.central_sync(site.central, site.box).refused == []
    assert {early, later} <= observation_ids(site.central)
    reports = site.round()
    assert all(r.refused == [] for r in reports) and reports[-1].in_sync


def test_edits_made_while_the_clock_ran_ahead_do_not_win_forever(site: Site, clock: OffBy) -> None:
    jerome = student(site.teacher, "Jerome")
    item = site.teacher.route(jerome).items[0].id
    with clock(2 * DAY):
        site.teacher.set_item_status(item, ItemStatus.IN_PROGRESS)
    assert all(r.refused == [] for r in [session.device_sync(site.teacher, site.box)])
    assert session.central_sync(site.central, site.box).refused == []
    site.central.set_item_status(item, ItemStatus.DONE)  # later, in real time: it wins
    reports = site.round() + site.round()
    assert all(r.refused == [] for r in reports)
    for store in site.stores():
        assert store.route(jerome).items[0].status == ItemStatus.DONE


def test_a_laptop_whose_clock_is_three_hours_behind_still_receives(
    site: Site, clock: OffBy
) -> None:
    jerome = student(site.central, "Jerome")
    note = site.central.add_note(jerome, "Nieuw van de centrale", NoteCategory.WORK)
    assert session.central_sync(site.central, site.box).refused == []
    with clock(-3 * 60 * MINUTE):
        report = session.device_sync(site.teacher, site.box)
        assert report.refused == []
        assert 170 <= report.clock_behind <= 190
        assert "klok van deze computer loopt" in report.summary()
        mine = observe(site, "teacher")  # made on the slow laptop, after the central's
        session.device_sync(site.teacher, site.box)
    assert note.hex in {n.id.hex for n in site.teacher.notes(student(site.teacher, "Jerome"))}
    assert session.central_sync(site.central, site.box).refused == []
    assert mine in observation_ids(site.central)


def test_skew_inside_the_bound_does_not_cascade_into_refusals(site: Site, clock: OffBy) -> None:
    """A coach 55 minutes fast moves the central's clock ahead; a teacher 10 minutes slow
    must still take in what the central relays."""
    with clock(55 * MINUTE):
        fast = observe(site, "coach")
        session.device_sync(site.coach, site.box)
    assert session.central_sync(site.central, site.box).refused == []
    site.central.add_note(student(site.central, "Jerome"), "Na de snelle", NoteCategory.WORK)
    assert session.central_sync(site.central, site.box).refused == []
    with clock(-10 * MINUTE):
        report = session.device_sync(site.teacher, site.box)
    assert report.refused == []
    assert fast in observation_ids(site.teacher)
