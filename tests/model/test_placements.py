"""Placements as history (docs/domain.md, "Placements and companies"): an ended placement
keeps its hours in every count, takes no hours after its end and links no jobcoach; only
a placement entered by mistake is removed."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from factories import TODAY
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from jw_desktop.model import InvalidInput, PlacementModel, SchoolStore, placements
from jw_desktop.model import replica as rp
from jw_desktop.model.audit import AuditEntry


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined]


def coach_id(store: SchoolStore) -> uuid.UUID:
    return next(s.id for s in store.staff() if s.email == "coach@example.nl")


def coached(store: SchoolStore) -> list[str]:
    with store.db.engine.connect() as con:
        return rp.coached_students(con, coach_id(store).hex)


def test_ended_placement_keeps_its_hours_everywhere(store: SchoolStore, jerome: uuid.UUID) -> None:
    (placement,) = store.placements(jerome)
    store.log_hours(placement, TODAY - timedelta(days=2), 6)
    store.log_hours(placement, TODAY - timedelta(days=1), 2.5)
    store.end_placement(placement, TODAY - timedelta(days=1))
    (hours,) = store.progress(jerome).hours
    assert hours.minutes_done == 510 and hours.ended_on == TODAY - timedelta(days=1)
    assert hours.last_day == TODAY - timedelta(days=1)
    assert store.placements(jerome) == []  # no running placement any more
    (row,) = store.student_overview(student_id=jerome)
    assert not row.has_placement
    assert [h.minutes_done for h in store.progress(jerome).hours] == [510]
    with Session(store.db.engine) as s:
        (summary,) = s.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "stage.beeindigen")
        )
    assert (TODAY - timedelta(days=1)).isoformat() in summary


def test_no_hours_after_the_end_and_the_end_date_is_checked(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    (placement,) = store.placements(jerome)
    store.log_hours(placement, TODAY - timedelta(days=3), 4)
    with pytest.raises(InvalidInput, match="begon pas"):
        store.end_placement(placement, date(2026, 8, 31))
    with pytest.raises(InvalidInput, match="toekomst"):
        store.end_placement(placement, TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="al uren vastgelegd na"):
        store.end_placement(placement, TODAY - timedelta(days=4))
    store.end_placement(placement, TODAY - timedelta(days=2))
    with pytest.raises(InvalidInput, match="al afgelopen op"):
        store.end_placement(placement)
    with pytest.raises(InvalidInput, match="afgelopen op"):
        store.log_hours(placement, TODAY - timedelta(days=1), 3)
    store.log_hours(placement, TODAY - timedelta(days=2), 3)  # its last day still counts
    assert store.progress(jerome).hours[0].minutes_done == 7 * 60


def test_ending_defaults_to_today(store: SchoolStore, jerome: uuid.UUID) -> None:
    (placement,) = store.placements(jerome)
    store.end_placement(placement)
    assert store.progress(jerome).hours[0].ended_on == TODAY


def test_the_jobcoach_link_ends_with_the_placement(store: SchoolStore, jerome: uuid.UUID) -> None:
    assert coached(store) == [jerome.hex]
    (placement,) = store.placements(jerome)
    store.end_placement(placement)
    assert coached(store) == []


def test_behind_reason_of_the_running_placement_only(store: SchoolStore, jerome: uuid.UUID) -> None:
    """Jerome has logged nothing since 1 September: behind. Once the placement ended it
    asks for no more hours itself (the route's school-year reading counts it on)."""
    (row,) = store.student_overview(student_id=jerome)
    assert any(r.startswith("stage-uren achter") for r in row.reasons)
    (placement,) = store.placements(jerome)
    store.end_placement(placement)
    (row,) = store.student_overview(student_id=jerome)
    assert not any(r.startswith("stage-uren achter") for r in row.reasons)


def test_remove_is_for_a_placement_entered_by_mistake(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    (placement,) = store.placements(jerome)
    store.log_hours(placement, TODAY - timedelta(days=1), 5)
    with pytest.raises(InvalidInput, match="Beëindig de stage"):
        store.remove_placement(placement)
    assert store.progress(jerome).hours[0].minutes_done == 300
    company = store.companies()[0][0]
    mistake = store.add_placement(
        jerome,
        company,
        start_on=date(2027, 1, 1),
        end_on=date(2027, 3, 1),
        model=PlacementModel.LINT,
        days_per_week=2,
        hours_required=100,
    )
    store.remove_placement(mistake)
    assert [h.placement_id for h in store.progress(jerome).hours] == [placement]


# -- the hours a route asks across placements, per school year ---------------------------


def test_the_route_requirement_counts_every_placement_per_school_year(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    """A leerwerktraject: 2 x 100 hours, from school year 2025-2026. TODAY is 20-11-2026,
    in 2026-2027. Hours of the ended placement count in the year they were worked."""
    company = store.companies()[0][0]
    earlier = store.add_placement(
        jerome,
        company,
        start_on=date(2026, 2, 1),
        end_on=date(2026, 7, 31),
        model=PlacementModel.LINT,
        days_per_week=2,
        hours_required=100,
    )
    for day in (date(2026, 3, 2), date(2026, 3, 3)):
        store.log_hours(earlier, day, 8)
    store.end_placement(earlier, date(2026, 6, 30))
    store.set_hours_requirement(jerome, hours_per_year=100, school_years=2, first_year=2025)
    view = store.hours_requirement(jerome)
    assert view is not None and view.hours_required == 200 and view.minutes_done == 16 * 60
    past, current = view.years
    assert (past.label, past.minutes_done, past.past, past.behind) == ("2025-2026", 960, True, True)
    assert current.current and current.minutes_done == 0 and current.behind
    (row,) = store.student_overview(student_id=jerome)
    (reason,) = [r for r in row.reasons if r.startswith("uren schooljaar")]
    assert reason.startswith("uren schooljaar 2026-2027 achter: 0 uur gedaan over alle stages")

    (running,) = store.placements(jerome)
    for n in range(4):  # 32 hours: over 80% of the 30 that 1 Aug - 20 Nov asks of 100
        store.log_hours(running, date(2026, 11, 10 + n), 8)
    view = store.hours_requirement(jerome)
    assert view is not None and not view.years[1].behind
    (row,) = store.student_overview(student_id=jerome)
    assert not any(r.startswith("uren schooljaar") for r in row.reasons)
    store.end_placement(running)  # ended: its hours still count for the year
    view = store.hours_requirement(jerome)
    assert view is not None and view.years[1].minutes_done == 32 * 60


def test_the_requirement_is_checked_and_can_be_removed(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    for bad in ({"hours_per_year": 0}, {"school_years": 9}, {"first_year": 1990}):
        args = {"hours_per_year": 640, "school_years": 2, "first_year": 2026, **bad}
        with pytest.raises(InvalidInput):
            store.set_hours_requirement(jerome, **args)
    assert store.hours_requirement(jerome) is None
    store.set_hours_requirement(jerome, hours_per_year=640, school_years=2, first_year=2026)
    store.set_hours_requirement(jerome, hours_per_year=600, school_years=2, first_year=2026)
    view = store.hours_requirement(jerome)
    assert view is not None and view.hours_per_year == 600
    store.remove_hours_requirement(jerome)
    assert store.hours_requirement(jerome) is None
    (row,) = store.student_overview(student_id=jerome)
    assert not any(r.startswith("uren schooljaar") for r in row.reasons)


# -- companies as the field knows them (issue 10, point 7) -------------------------------


def test_an_erkend_leerbedrijf_and_its_recognition(store: SchoolStore, jerome: uuid.UUID) -> None:
    ((kas, _name),) = store.companies()
    (view,) = store.company_list()
    assert not view.recognised and view.current_students == ("Jerome Jansen",)
    for bad, message in (
        ({"number": "abc"}, "cijfers"),
        ({"number": "", "recognized_on": date(2025, 1, 1)}, "erkenningsnummer in"),
        ({"number": "100", "recognized_on": TODAY + timedelta(days=1)}, "toekomst"),
        ({"number": "100", "open_places": -1}, "open plaatsen"),
        (
            {
                "number": "1",
                "recognized_on": date(2025, 1, 1),
                "recognized_until": date(2024, 1, 1),
            },
            "geldig tot",
        ),
    ):
        with pytest.raises(InvalidInput, match=message):
            store.set_company_recognition(kas, **bad)  # type: ignore[arg-type]
    store.set_company_recognition(
        kas, number="10023456", recognized_on=date(2024, 3, 1), open_places=3
    )
    (view,) = store.company_list()
    assert view.recognised and view.recognition_number == "10023456" and view.free_places == 2
    store.set_company_recognition(
        kas, number="10023456", recognized_until=TODAY - timedelta(days=1), open_places=3
    )
    assert not store.company_list()[0].recognised  # its recognition ran out


def test_praktijkovereenkomst_and_learning_goals(store: SchoolStore, jerome: uuid.UUID) -> None:
    (placement,) = store.placements(jerome)
    (details,) = store.placement_details(jerome)
    assert any("praktijkovereenkomst is nog niet getekend" in w for w in details.warnings)
    with pytest.raises(InvalidInput, match="wie"):
        store.record_agreement(placement, signed_on=date(2026, 8, 25), signed_by="  ")
    with pytest.raises(InvalidInput, match="toekomst"):
        store.record_agreement(placement, signed_on=TODAY + timedelta(days=1), signed_by="x")
    store.record_agreement(
        placement, signed_on=date(2026, 8, 25), signed_by="Jerome, zijn moeder, Carla Kas"
    )
    competence, label = store.goal_competences()[0]
    goal = store.add_placement_goal(placement, "  Zelf de  kas  water geven ", competence)
    store.add_placement_goal(placement, "Op tijd beginnen")
    with pytest.raises(InvalidInput, match="tekst"):
        store.add_placement_goal(placement, " ")
    (details,) = store.placement_details(jerome)
    assert details.agreement_signed_on == date(2026, 8, 25)
    assert not any("praktijkovereenkomst" in w for w in details.warnings)
    assert [g.text for g in details.goals] == ["Zelf de kas water geven", "Op tijd beginnen"]
    assert [g.competence for g in details.goals] == [label, None]
    with pytest.raises(InvalidInput, match="bestaat niet"):
        store.add_placement_goal(placement, "Iets", uuid.uuid4())
    store.remove_placement_goal(goal)
    assert [g.text for g in store.placement_details(jerome)[0].goals] == ["Op tijd beginnen"]
    for n in range(7):
        store.add_placement_goal(placement, f"Doel {n}")
    with pytest.raises(InvalidInput, match="hoogstens"):
        store.add_placement_goal(placement, "Nog een")


def test_matching_a_student_to_an_erkend_company_in_their_sector(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    ((kas, _name),) = store.companies()
    keuken = store.add_company("Keuken Smaak", sector="horeca")
    snoei = store.add_company("Hoveniers Snoei", sector="groen")
    store.set_company_recognition(kas, number="111", open_places=1)  # Jerome fills it
    store.set_company_recognition(keuken, number="222", open_places=2)
    store.set_company_recognition(snoei, number="333", open_places=2)
    sector, found = store.company_matches(jerome)
    assert sector == "groen"
    assert [(m.company.name, m.reason) for m in found] == [
        ("Hoveniers Snoei", ""),  # erkend, in his sector, a free place
        ("Kwekerij De Kas", "geen open plaats"),  # his sector first
        ("Keuken Smaak", "andere sector"),
    ]
    assert store.company_matches(fatima)[0] is None  # no route: no sector to match on
    store.set_region_sector("groen", open_places=12, note="Hoveniers zoeken mensen")
    store.set_region_sector("groen", open_places=14, note="Hoveniers zoeken mensen")
    store.set_region_sector("horeca", open_places=3)
    assert [(r.sector_key, r.open_places) for r in store.region_sectors()] == [
        ("groen", 14),
        ("horeca", 3),
    ]


@given(
    days=st.lists(
        st.tuples(st.dates(date(2023, 1, 1), date(2029, 12, 31)), st.integers(0, 600)),
        max_size=40,
    ),
    first_year=st.integers(2022, 2028),
    school_years=st.integers(1, 6),
    per_year=st.integers(1, 2000),
    today=st.dates(date(2023, 1, 1), date(2029, 12, 31)),
)
def test_the_school_year_reading_over_many_inputs(
    days: list[tuple[date, int]], first_year: int, school_years: int, per_year: int, today: date
) -> None:
    """Each day counts in the one school year (1 Aug - 31 Jul) it falls in; only the
    current year can be behind by the 80% rule, a past one by falling short, a later one
    never."""
    months: dict[str, int] = {}
    for day, minutes in days:
        months[f"{day:%Y-%m}"] = months.get(f"{day:%Y-%m}", 0) + minutes
    years = placements.read_years(months, per_year, school_years, first_year, today)
    assert [y.year for y in years] == list(range(first_year, first_year + school_years))
    for y in years:
        done = sum(m for d, m in days if date(y.year, 8, 1) <= d <= date(y.year + 1, 7, 31))
        assert y.minutes_done == done
        assert y.current == (y.year == placements.school_year_of(today))
        if y.past:
            assert y.behind == (done < per_year * 60)
        elif y.current:
            assert 0 < y.expected_minutes <= per_year * 60
            assert y.behind == (done < 0.8 * y.expected_minutes)
        else:
            assert not y.behind and y.expected_minutes == 0


def test_a_jobcoach_does_not_read_the_companies_with_the_schools_students(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    from jw_desktop.model import AccessDenied

    coach = coach_id(store)
    store.set_password(coach, "tulpen-en-rozen-2026")
    store.login("coach@example.nl", "tulpen-en-rozen-2026")
    with pytest.raises(AccessDenied):
        store.company_list()
    with pytest.raises(AccessDenied):
        store.company_matches(jerome)
    assert store.placement_details(jerome)[0].company == "Kwekerij De Kas"  # their student


@pytest.mark.parametrize(
    ("tbl", "col", "good", "bad"),
    [
        ("placement", "ended_on", "2026-11-20", "20-11-2026"),
        ("placement", "agreement_signed_on", None, "gisteren"),
        ("placement", "agreement_signed_by", "Jerome en Carla", "x" * 201),
        ("company", "open_places", 3, -1),
        ("company", "recognition_number", "10023456", "1" * 41),
        ("hours_requirement", "hours_per_year", 640, 0),
        ("hours_requirement", "school_years", 2, 7),
        ("hours_requirement", "first_year", 2026, 1999),
        ("region_sector", "open_places", 12, 10_001),
        ("placement_goal", "text", "Ik geef water", "x" * 301),
    ],
)
def test_what_arrives_by_sync_is_checked_against_these_rules(
    tbl: str, col: str, good: object, bad: object
) -> None:
    from jw_desktop.model.schema import check_value

    check_value(tbl, col, good)
    with pytest.raises(InvalidInput, match=f"{tbl}.{col}"):
        check_value(tbl, col, bad)
