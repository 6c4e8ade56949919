"""CSV exports (reports/exports.py) read back the way Excel and a school system read them:
the byte order mark, ';', CRLF, Dutch headers, decimal commas and dd-mm-jjjj, the values
the store reports, a name that tries to be a formula shown as text; and a placement's
hours shaped like the OKBB BPV association."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, timedelta

import pytest

from jw_desktop.model import NotFound, SchoolStore, Uitstroomprofiel
from jw_desktop.model.wording import date_text, number_text
from jw_desktop.reports.exports import (
    HOURS_HEADERS,
    PROGRESS_HEADERS,
    hours_csv,
    okbb_hours,
    progress_csv,
    safe_cell,
)

BOM = b"\xef\xbb\xbf"


def read_back(data: bytes) -> list[dict[str, str]]:
    """As a script reads an Excel CSV: utf-8-sig, ';'."""
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def assert_excel_shape(data: bytes) -> None:
    assert data.startswith(BOM)
    assert not data[len(BOM) :].startswith(BOM)
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF, none bare


def by_name(store: SchoolStore, name: str) -> uuid.UUID:
    (found,) = [s.id for s in store.students() if s.name == name]
    return found


def test_progress_has_a_row_per_student_with_the_stores_numbers(demo: SchoolStore) -> None:
    data = progress_csv(demo)
    assert_excel_shape(data)
    assert data.decode("utf-8-sig").split("\r\n")[0] == ";".join(PROGRESS_HEADERS)
    rows = read_back(data)
    students = demo.students()
    assert [r["Leerling"] for r in rows] == [s.name for s in students]
    seen = {r.id: r.last_observed_on for r in demo.student_overview()}
    for row, student in zip(rows, students, strict=True):
        report = demo.progress(student.id)
        assert row["Groep"] == (student.group or "")
        assert row["Fase"] == str(student.phase)
        assert row["Kaarten klaar"] == str(sum(p.items_done for p in report.phases))
        assert row["Kaarten totaal"] == str(sum(p.items_total for p in report.phases))
        mastered = sum(p.elements.mastered for p in report.phases)
        assert row["Stappen en criteria zelfstandig"] == number_text(mastered)
        assert row["Stappen en criteria totaal"] == number_text(
            sum(p.elements.total for p in report.phases)
        )
        assert row["Laatst geobserveerd"] == date_text(seen[student.id])
        assert row["Doel van de route"] == (demo.route(student.id).target_credential or "")
        issued = [e.credential for e in demo.portfolio(student.id)]
        assert row["Behaalde kwalificaties"] == ", ".join(issued)
    # what `jw-desktop progress` says of Jerome Tromp (tests/cli/test_cli_progress.py):
    # 4 + 11 + 0 of 4 + 11 + 1 cards, 72 + 8 of 72 + 10 steps and criteria
    jerome = next(r for r in rows if r["Leerling"] == "Jerome Tromp")
    assert (jerome["Kaarten klaar"], jerome["Kaarten totaal"]) == ("15", "16")
    assert (jerome["Stappen en criteria zelfstandig"], jerome["Stappen en criteria totaal"]) == (
        "80",
        "82",
    )
    assert jerome["Doel van de route"] == "Praktijkbewijs Medewerker tuincentrum: planten verzorgen"
    assert any(r["Behaalde kwalificaties"] for r in rows)  # the demo has issued some


def test_one_group_only(demo: SchoolStore) -> None:
    group_id, name = next((g, n) for g, n in demo.groups() if n == "VSO 4A")
    rows = read_back(progress_csv(demo, group_id))
    assert rows and {r["Groep"] for r in rows} == {name}
    assert [r["Leerling"] for r in rows] == [s.name for s in demo.students(group_id)]
    hours = read_back(hours_csv(demo, group_id))
    assert hours and {r["Groep"] for r in hours} == {name}


def test_hours_a_row_per_placement_ended_ones_too(demo: SchoolStore) -> None:
    data = hours_csv(demo)
    assert_excel_shape(data)
    assert data.decode("utf-8-sig").split("\r\n")[0] == ";".join(HOURS_HEADERS)
    rows = read_back(data)
    expected = [(s.name, h) for s in demo.students() for h in demo.progress(s.id).hours]
    assert len(rows) == len(expected)
    for row, (name, h) in zip(rows, expected, strict=True):
        assert row["Leerling"] == name and row["Leerbedrijf"] == h.company
        assert (row["Begin"], row["Einde"]) == (date_text(h.start_on), date_text(h.end_on))
        assert row["Afgelopen op"] == date_text(h.ended_on)
        assert float(row["Uren gedaan"].replace(".", "").replace(",", ".")) == pytest.approx(
            h.minutes_done / 60, abs=0.005
        )
        assert row["Uren vereist"] == number_text(h.hours_required)
    kevin = [r for r in rows if r["Leerling"] == "Kevin Tjon A Fong"]
    assert len(kevin) == 2  # the ended oriëntatiestage and the leerwerktraject
    ended = next(r for r in kevin if r["Afgelopen op"])
    assert (ended["Afgelopen op"], ended["Uren gedaan"], ended["Uren vereist"]) == (
        "23-01-2026",
        "96",
        "120",
    )
    jerome = next(r for r in rows if r["Leerling"] == "Jerome Tromp")
    assert (jerome["Begin"], jerome["Uren gedaan"], jerome["Uren vereist"]) == (
        "02-02-2026",
        "512",
        "640",
    )


def test_a_quarter_hour_keeps_its_decimal_comma(demo: SchoolStore) -> None:
    jerome = by_name(demo, "Jerome Tromp")
    (placement,) = demo.placements(jerome)
    before = demo.progress(jerome).hours[0].minutes_done
    demo.log_hours(placement, demo.today() + timedelta(days=0), 0.25)
    done = next(r for r in read_back(hours_csv(demo)) if r["Leerling"] == "Jerome Tromp")
    assert before == 512 * 60
    assert done["Uren gedaan"] == "512,25"


def test_a_name_with_separator_quotes_and_a_formula_is_text(demo: SchoolStore) -> None:
    """';' and '"' are quoted by the CSV rules; a leading '=', '+', '-' or '@' gets a
    single quote (OWASP): Excel shows the text and runs nothing."""
    group = demo.add_group("+31 groep", 4)
    first, last = '=HYPERLINK("http://x";"klik")', 'de "Boer"; Jr.'
    demo.add_student(
        first,
        last,
        date(2010, 5, 1),
        phase=4,
        uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
        group_id=group,
    )
    data = progress_csv(demo, group)
    assert b'"\'=HYPERLINK(""http://x"";""klik"") de ""Boer""; Jr."' in data
    (row,) = read_back(data)
    assert row["Leerling"] == f"'{first} {last}"
    assert row["Groep"] == "'+31 groep"
    assert row["Kaarten klaar"] == "0" and row["Laatst geobserveerd"] == ""
    for start in "=+-@\t\r":
        assert safe_cell(start + "1") == "'" + start + "1"
    assert safe_cell("Çelik") == "Çelik" and safe_cell("") == ""


def test_okbb_hours_total_and_approved(demo: SchoolStore) -> None:
    jerome = by_name(demo, "Jerome Tromp")
    (placement,) = demo.placements(jerome)
    record = okbb_hours(demo, placement)
    assert json.loads(json.dumps(record)) == record  # JSON-able as it is
    assert record["placementId"] == str(placement)
    assert record["studentName"] == "Jerome Tromp"
    assert record["company"] == "Tuincentrum De Groene Hoek"
    assert record["totalHours"] == 512 == demo.progress(jerome).hours[0].minutes_done / 60
    assert record["requiredHours"] == 640
    # signed before the start in the demo: every hour of the placement is covered
    assert record["agreementSignedOn"] == "2026-01-26"
    assert record["approvedHours"] == 512
    assert record["startDate"] == "2026-02-02" and record["endedOn"] is None
    assert okbb_hours(demo, placement, student_id=jerome) == record

    entries = sorted(e.worked_on for e in demo.hours_entries(jerome))
    middle = entries[len(entries) // 2]
    demo.record_agreement(placement, signed_on=middle, signed_by="Henk Zwart")
    later = okbb_hours(demo, placement, student_id=jerome)
    covered = sum(e.minutes for e in demo.hours_entries(jerome) if e.worked_on >= middle)
    assert later["agreementSignedOn"] == middle.isoformat()
    assert 0 < later["approvedHours"] == round(covered / 60, 2) < later["totalHours"] == 512


def test_okbb_hours_of_an_unknown_placement(demo: SchoolStore) -> None:
    with pytest.raises(NotFound, match="stage bestaat niet"):
        okbb_hours(demo, uuid.uuid4())
