"""The hours statement (urenverantwoording) the workplace supervisor signs, read back:
every worked day of the placement, week subtotals that add up, the store's total against
what is required, rhythm and period, the two signature blocks; a long placement with long
names stays on the pages; the same bytes for the same data; a jobcoach prints only his
own students' placements."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read

from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import AccessDenied, PlacementModel, SchoolStore, Uitstroomprofiel
from jw_desktop.model.access import NOT_YOURS
from jw_desktop.model.wording import date_text, hours_text
from jw_desktop.reports.hours import hours_statement


def student(store: SchoolStore, name: str) -> uuid.UUID:
    (found,) = [s for s in store.students() if s.name == name]
    return found.id


def only_placement(store: SchoolStore, sid: uuid.UUID, company: str) -> uuid.UUID:
    (found,) = [p.placement_id for p in store.placement_details(sid) if p.company == company]
    return found


def test_every_day_the_week_subtotals_and_the_total_of_the_store(
    demo: SchoolStore, tmp_path: Path
) -> None:
    lisa = student(demo, "Lisa Vermeulen")
    pid = only_placement(demo, lisa, "Tuincentrum De Groene Hoek")
    pdf = hours_statement(demo, pid)
    back = read(pdf)
    text = back.text
    details = demo.placement(pid)
    assert back.metadata["/Title"] == "Urenverantwoording Lisa Vermeulen"
    assert back.metadata["/Author"] == "Sanne de Wit"
    assert (
        "Tuincentrum De Groene Hoek" in text and f"Praktijkbegeleider {details.supervisor}" in text
    )
    period = f"{date_text(details.start_on)} tot en met {date_text(details.end_on)}"
    assert period in text
    assert f"lintmodel (werken en school afwisselend), {details.days_per_week} dagen per week" in (
        text
    )
    assert details.model is PlacementModel.LINT
    entries = [e for e in demo.hours_entries(lisa) if e.placement_id == pid]
    assert len(entries) > 100
    for e in entries:  # every worked day is on the statement, in Dutch notation
        assert f"{date_text(e.worked_on)} {hours_text(e.minutes)}" in text
    weeks: dict[date, int] = defaultdict(int)
    for e in entries:
        weeks[e.worked_on - timedelta(days=e.worked_on.weekday())] += e.minutes
    for start, minutes in weeks.items():
        week = start.isocalendar().week
        assert (
            f"Week {week} {hours_text(minutes)} subtotaal {date_text(start)} tot en met "
            f"{date_text(start + timedelta(days=6))}"
        ) in text
    (total,) = [h for h in demo.progress(lisa).hours if h.placement_id == pid]
    assert total.minutes_done == sum(e.minutes for e in entries)  # one number, two reads
    assert f"{hours_text(total.minutes_done)} van {total.hours_required} uur" in text
    assert "620 van 640 uur (97%)" in text
    for label in ("Praktijkbegeleider van Tuincentrum De Groene Hoek", "Namens de school"):
        assert label in text
    assert text.count("Handtekening:") == 2 and text.count("Naam:") == 2
    assert back.pages > 1 and f"Pagina {back.pages} van {back.pages}" in text
    assert text.count("Vastgelegd door") >= back.pages  # the header repeats on every page
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)


def test_an_ended_placement_and_the_routes_requirement(demo: SchoolStore) -> None:
    kevin = student(demo, "Kevin Tjon A Fong")
    pid = only_placement(demo, kevin, "Tuincentrum De Groene Hoek")
    text = read(hours_statement(demo, pid)).text
    assert "01-09-2025 tot en met 30-01-2026 (beëindigd op 23-01-2026)" in text
    assert "96 van 120 uur (80%)" in text
    requirement = demo.hours_requirement(kevin)
    assert requirement is not None
    assert (
        f"Urennorm van de leerroute over alle stages: {hours_text(requirement.minutes_done)} van "
        f"{requirement.hours_required} uur"
    ) in text


def test_an_absent_day_a_correction_and_the_same_bytes(demo: SchoolStore) -> None:
    lisa = student(demo, "Lisa Vermeulen")
    pid = only_placement(demo, lisa, "Tuincentrum De Groene Hoek")
    first = hours_statement(demo, pid)
    assert hours_statement(demo, pid) == first
    (before,) = [h.minutes_done for h in demo.progress(lisa).hours if h.placement_id == pid]
    latest = next(e for e in demo.hours_entries(lisa) if e.placement_id == pid)
    demo.correct_hours(latest.id, 8, "langer gebleven voor de levering")
    worked = {e.worked_on for e in demo.hours_entries(lisa)}
    day = latest.worked_on - timedelta(days=1)
    while day in worked or day.weekday() > 4:
        day -= timedelta(days=1)
    demo.log_hours(pid, day, 0, absent=True)
    again = hours_statement(demo, pid)
    assert again != first
    text = read(again).text
    assert f"{date_text(latest.worked_on)} 8 langer gebleven voor de levering" in text
    assert f"{date_text(day)} 0 afwezig" in text
    (total,) = [h for h in demo.progress(lisa).hours if h.placement_id == pid]
    assert total.minutes_done == before - latest.minutes + 8 * 60  # the correction replaced
    assert f"{hours_text(total.minutes_done)} van 640 uur" in text


def test_a_long_placement_with_long_names_stays_on_the_pages(
    demo: SchoolStore, tmp_path: Path
) -> None:
    today = demo.today()
    company = demo.add_company(
        "Hoveniersbedrijf en Groenvoorziening Van der Heijden-Oosterbroek & Zonen B.V.",
        city="Naaldwijk",
        supervisor="Johanna Wilhelmina Cornelia van den Heuvel-Oosterbroek tot Zwanenburg",
    )
    sid = demo.add_student(
        "Maximiliaan-Alexander Bartholomeus Christiaan",
        "van den Heuvel-Oosterbroek tot Zwanenburg-Wijngaarden",
        date(2008, 5, 6),
        phase=4,
        uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
    )
    start = today - timedelta(days=300)
    pid = demo.add_placement(
        sid,
        company,
        start_on=start,
        end_on=today + timedelta(days=60),
        model=PlacementModel.SANDWICH,
        days_per_week=5,
        hours_required=1280,
    )
    empty = read(hours_statement(demo, pid)).text
    assert "Er zijn nog geen uren vastgelegd." in empty and "0 van 1.280 uur (0%)" in empty
    day, logged = start, 0
    while day <= today and logged < 160:
        if day.weekday() < 5:
            remark = "Heggen geknipt, blad geruimd en de bestelbus uitgeladen. " * (logged % 3)
            demo.log_hours(pid, day, 7.5, remark)
            logged += 1
        day += timedelta(days=1)
    pdf = hours_statement(demo, pid)
    back = read(pdf)
    assert "Maximiliaan-Alexander Bartholomeus Christiaan" in back.text
    assert "sandwichmodel (één aaneengesloten blok), 5 dagen per week" in back.text
    assert "1.200 van 1.280 uur (94%)" in back.text  # 160 days of 7,5 hours
    assert back.pages >= 4
    assert len(re.findall(r"Week \d+ 37,5 subtotaal", back.text)) >= 25
    assert_pages_look_right(pdf, tmp_path)


def test_a_jobcoach_prints_only_his_own_students_placements(demo: SchoolStore) -> None:
    lisa = student(demo, "Lisa Vermeulen")
    fatima = student(demo, "Fatima Bouzid")
    own = only_placement(demo, lisa, "Tuincentrum De Groene Hoek")
    other = only_placement(demo, fatima, "Tuincentrum De Groene Hoek")
    demo.logout()
    demo.login("r.verbeek@example.nl", DEMO_PASSWORD)
    back = read(hours_statement(demo, own))
    assert "Urenverantwoording Lisa Vermeulen" in back.text
    assert back.metadata["/Author"] == "Ruud Verbeek"
    with pytest.raises(AccessDenied) as refused:
        hours_statement(demo, other)
    assert refused.value.message == NOT_YOURS
