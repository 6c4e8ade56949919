"""Adding people and places: staff with roles, groups, students, companies, placements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from factories import TODAY

from jw_desktop.model import (
    InvalidInput,
    NotFound,
    PlacementModel,
    Role,
    SchoolStore,
    Uitstroomprofiel,
)


def test_a_school_from_scratch(tmp_path: Path) -> None:
    with SchoolStore.open(tmp_path / "nieuw.sqlite", today=lambda: TODAY) as store:
        with pytest.raises(NotFound, match="geen school"):
            store.add_staff("Anne", "anne@example.nl", Role.TEACHER)
        store.create_school("De Werkplaats", "Gouda")
        with pytest.raises(InvalidInput, match="al een school"):
            store.create_school("Nog een", "")
        anne = store.add_staff("Anne de Wit", "Anne@Example.nl", Role.TEACHER)
        coach = store.add_staff("Bas Coach", "bas@example.nl", Role.JOBCOACH)
        group = store.add_group("PrO 4A", 4, mentor_id=anne)
        kim = store.add_student(
            "Kim",
            "Bakker",
            date(2009, 5, 1),
            phase=4,
            uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
            group_id=group,
            contact_id=anne,
        )
        company = store.add_company(
            "Bakkerij Bol", city="Gouda", supervisor="Piet Bol", phone="06-11111111"
        )
        placement = store.add_placement(
            kim,
            company,
            start_on=date(2026, 9, 1),
            end_on=date(2027, 1, 31),
            model=PlacementModel.LINT,
            days_per_week=2,
            hours_required=300,
            jobcoach_id=coach,
        )
        assert store.school_name() == "De Werkplaats"
        assert [s.email for s in store.staff(Role.TEACHER)] == ["anne@example.nl"]
        (summary,) = store.students(group_id=group)
        assert (summary.name, summary.group, summary.contact) == (
            "Kim Bakker",
            "PrO 4A",
            "Anne de Wit",
        )
        assert store.placements(kim) == [placement]
        assert store.progress(kim).hours[0].company == "Bakkerij Bol"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.add_staff(" ", "x@example.nl", Role.TEACHER), "naam"),
        (lambda s: s.add_staff("Anne", "geen-adres", Role.TEACHER), "e-mailadres"),
        (lambda s: s.add_staff("Dubbel", "docent@example.nl", Role.TEACHER), "al een"),
        (lambda s: s.add_group("", 3), "naam van de groep"),
        (lambda s: s.add_group("Groep", 9), "fase"),
        (
            lambda s: s.add_student(
                "",
                "Bakker",
                date(2009, 1, 1),
                phase=3,
                uitstroomprofiel=Uitstroomprofiel.DAGBESTEDING,
            ),
            "voornaam",
        ),
        (
            lambda s: s.add_student(
                "Kim", "Bakker", TODAY, phase=3, uitstroomprofiel=Uitstroomprofiel.DAGBESTEDING
            ),
            "geboortedatum",
        ),
        (lambda s: s.add_company("  "), "leerbedrijf"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_added(
    store: SchoolStore, call: object, message: str
) -> None:
    before = store.info().counts
    with pytest.raises(InvalidInput, match=message):
        call(store)  # type: ignore[operator]
    assert store.info().counts == before


def test_placement_rules(store: SchoolStore) -> None:
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    company = store.add_company("Tuin BV")
    teacher = store.staff(Role.TEACHER)[0].id
    base = {
        "start_on": date(2026, 9, 1),
        "end_on": date(2027, 6, 1),
        "model": PlacementModel.SANDWICH,
        "days_per_week": 5,
        "hours_required": 640,
    }
    for change, message in (
        ({"end_on": date(2026, 8, 1)}, "einddatum"),
        ({"days_per_week": 6}, "dagen per week"),
        ({"hours_required": -1}, "negatief"),
        ({"jobcoach_id": teacher}, "jobcoach"),
    ):
        with pytest.raises(InvalidInput, match=message):
            store.add_placement(fatima, company, **{**base, **change})  # type: ignore[arg-type]
    assert store.placements(fatima) == []
    store.add_placement(fatima, company, **base)  # type: ignore[arg-type]
    assert len(store.placements(fatima)) == 1
