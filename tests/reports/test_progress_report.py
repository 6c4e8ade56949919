"""The progress report (voortgangsrapport) read back as a parent, a printer and a privacy
officer would: the store's numbers in the window's words, dates as dd-mm-jjjj, every
observation of the period with who/where/when, fonts embedded, no blank or overflowing
page even for a very long name and many observations, the same bytes for the same data,
and a jobcoach gets only his own students and never a care note."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read

from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import (
    AccessDenied,
    Level,
    NoteCategory,
    SchoolStore,
    Setting,
    Uitstroomprofiel,
)
from jw_desktop.model.access import NOT_YOURS
from jw_desktop.model.phases import heading
from jw_desktop.model.wording import date_text, hours_text, number_text, plural
from jw_desktop.reports.progress import progress_report


def student(store: SchoolStore, name: str) -> uuid.UUID:
    (found,) = [s for s in store.students() if s.name == name]
    return found.id


def test_the_report_says_what_the_store_says(demo: SchoolStore, tmp_path: Path) -> None:
    jerome = student(demo, "Jerome Tromp")
    pdf = progress_report(demo, jerome)
    back = read(pdf)
    text = back.text
    report = demo.progress(jerome)
    assert back.metadata["/Title"] == "Voortgangsrapport Jerome Tromp"
    assert back.metadata["/Author"] == "Sanne de Wit"  # the logged-in user
    assert back.lang == "nl-NL"
    assert f"Gemaakt op {date_text(demo.today())}" in text
    assert "VSO 4A" in text and heading(report.student.phase) in text
    for p in report.phases:  # the one rule for 'done', counted by the store
        assert f"{p.items_done} van {plural(p.items_total, 'kaart', 'kaarten')} klaar" in text
    assert "11 van 11 kaarten klaar" in text  # fase 4, as the window and the CLI say
    for e in report.credentials:
        assert e.name in text
    assert "Nog niet behaald bij een beoordeling" in text  # his eindwerkopdracht is not done
    assert ".;" not in text and ".." not in text
    (hours,) = report.hours
    assert f"{hours_text(hours.minutes_done)} van {number_text(hours.hours_required)} uur" in text
    assert "512 van 640 uur" in text
    # the chart, with its Dutch axis labels
    assert "Observaties per week" in text and "Aantal observaties" in text
    # what is left to practise, in the levels' words
    practise = demo.still_to_practise(jerome)
    assert (
        practise and f"{plural(len(practise), 'stap of criterium', 'stappen en criteria')}" in text
    )
    for item in practise:
        assert item.text in text
    # the observations of the chart's weeks: date, level in words, where, by whom
    since = demo.student_chart(jerome).weeks[0].week_start
    listed = [o for o in demo.observations(jerome) if o.observed_on >= since]
    assert f"{plural(len(listed), 'observatie', 'observaties')} sinds {date_text(since)}" in text
    staff = [o for o in listed if not o.self_assessment]
    texts = demo.observed_elements(jerome)
    for o in (staff[0], staff[-1]):
        assert date_text(o.observed_on) in text and o.observed_by and o.observed_by in text
        assert texts[o.element_id] in text  # 'GRN-EWO-01 criterium 9: Je laat je ...'
    assert texts[staff[0].element_id].startswith(("GRN-", "ALG-"))
    assert "op de werkplek" in text and "op school" in text
    assert "zelfstandig" in text and "met hulp" in text and "nog niet" in text
    assert "de leerling zelf" in text  # his self-assessments, shown as his
    assert back.pages > 1 and f"Pagina {back.pages} van {back.pages}" in text
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)


def test_all_observations_lists_the_earlier_ones_too(demo: SchoolStore) -> None:
    jerome = student(demo, "Jerome Tromp")
    recent = read(progress_report(demo, jerome)).text
    everything = read(progress_report(demo, jerome, all_observations=True)).text
    oldest = demo.observations(jerome)[-1].observed_on
    assert f"vanaf {date_text(oldest)}" in recent  # counted, not listed
    assert f"{plural(len(demo.observations(jerome)), 'observatie', 'observaties')}," in everything


def test_a_student_without_route_or_observations(demo: SchoolStore, tmp_path: Path) -> None:
    pdf = progress_report(demo, student(demo, "Esra Çelik"))
    text = read(pdf).text
    assert "Voortgangsrapport Esra Çelik" in text
    assert "Er is nog geen leerroute." in text and "Nog geen observaties vastgelegd." in text
    assert "0 van 0" not in text
    assert_pages_look_right(pdf, tmp_path)


def test_the_same_data_gives_the_same_bytes_and_new_data_other_bytes(demo: SchoolStore) -> None:
    lisa = student(demo, "Lisa Vermeulen")
    first = progress_report(demo, lisa)
    assert progress_report(demo, lisa) == first
    element = demo.observation_sheet(lisa).cards[0].elements[0].id
    demo.record_observation(lisa, element, Level.WITH_HELP, remark="Nog een keer samen")
    assert progress_report(demo, lisa) != first


def _stress_student(store: SchoolStore) -> uuid.UUID:
    """A student with a very long name in a group with a very long name, a route of
    werkopdrachten, and 150 observations with long remarks in the last twelve weeks."""
    group = store.add_group(
        "Groep Praktijkonderwijs Bovenbouw Groen en Logistiek Westland-Zuid (locatie Naaldwijk)", 4
    )
    sid = store.add_student(
        "Maximiliaan-Alexander Bartholomeus Christiaan",
        "van den Heuvel-Oosterbroek tot Zwanenburg-Wijngaarden",
        date(2009, 3, 4),
        phase=4,
        uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
        group_id=group,
    )
    for code in ("GRN-WO-01", "GRN-WO-02", "GRN-WO-03", "GRN-EWO-01", "LOG-WO-01"):
        store.add_to_route(sid, store.card_id(code))
    elements = [e.id for card in store.observation_sheet(sid).cards for e in card.elements]
    today = store.today()
    for n in range(150):
        store.record_observation(
            sid,
            elements[n % len(elements)],
            Level(n % 3),
            setting=Setting.WORKPLACE if n % 2 else Setting.SCHOOL,
            observed_on=today - timedelta(days=n % 80),
            remark=(
                f"Observatie {n}: ging vandaag zorgvuldig en geconcentreerd te werk, vroeg "
                "om hulp op het juiste moment en ruimde de werkplek daarna zelf op" * (n % 3)
            ),
        )
    return sid


def test_a_very_long_name_and_many_observations_stay_on_the_pages(
    demo: SchoolStore, tmp_path: Path
) -> None:
    sid = _stress_student(demo)
    pdf = progress_report(demo, sid)
    back = read(pdf)
    assert "Maximiliaan-Alexander Bartholomeus Christiaan" in back.text
    assert "150 observaties sinds" in back.text
    assert "Observatie 149: ging vandaag" in back.text  # the oldest one listed, last
    assert back.pages >= 5 and f"Pagina {back.pages} van {back.pages}" in back.text
    assert back.text.count("Stap of criterium") >= back.pages - 1  # header on every page
    assert_pages_look_right(pdf, tmp_path)


def test_a_jobcoach_prints_only_his_own_students_and_never_a_care_note(
    demo: SchoolStore, tmp_path: Path
) -> None:
    everyone = {s.name: s.id for s in demo.students()}
    demo.add_note(everyone["Ruben Pinas"], "Zorg: gesprek met de GGD-arts", NoteCategory.CARE)
    demo.add_note(everyone["Ruben Pinas"], "Werk: komt altijd op tijd", NoteCategory.WORK)
    teacher_text = read(progress_report(demo, everyone["Ruben Pinas"])).text
    assert "GGD-arts" not in teacher_text and "Werk: komt" not in teacher_text  # no notes at all
    demo.logout()
    demo.login("r.verbeek@example.nl", DEMO_PASSWORD)
    own = {s.name for s in demo.students()}
    assert "Ruben Pinas" in own and "Fatima Bouzid" not in own  # Naima's student
    back = read(progress_report(demo, everyone["Ruben Pinas"]))
    assert "Voortgangsrapport Ruben Pinas" in back.text
    assert back.metadata["/Author"] == "Ruud Verbeek"
    assert "GGD-arts" not in back.text
    for other in sorted(set(everyone) - own):
        with pytest.raises(AccessDenied) as refused:
            progress_report(demo, everyone[other])
        assert refused.value.message == NOT_YOURS
