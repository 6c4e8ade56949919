"""The one way numbers, sizes, hours, dates, levels and eligibility are written."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jw_desktop.model import CredentialKind, Level, NotEligible, SchoolStore
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.views import Eligibility, Tally
from jw_desktop.model.wording import (
    Missing,
    date_text,
    day_from_text,
    eligibility_lines,
    eligibility_missing,
    eligibility_text,
    hours_fraction,
    hours_of_text,
    hours_text,
    level_legend,
    level_mark,
    level_text,
    moment_text,
    not_eligible_text,
    number_text,
    observed_text,
    plural,
    size_text,
)


def test_decimal_comma_and_no_trailing_zero() -> None:
    assert number_text(4.75) == "4,8"
    assert number_text(5.0) == "5"
    assert number_text(1234.5) == "1.234,5"
    assert hours_text(570) == "9,5"
    assert hours_text(0) == "0"


def test_sizes() -> None:
    assert size_text(812) == "812 B"
    assert size_text(4_800_000) == "4,8 MB"
    assert size_text(1_230_000_000) == "1,2 GB"


def test_dates_one_way() -> None:
    assert date_text(date(2026, 3, 7)) == "07-03-2026"
    assert date_text(None) == ""
    assert moment_text("geen tijd") == "geen tijd"
    local = datetime(2026, 3, 7, 12, 0, tzinfo=UTC).astimezone()
    assert moment_text("2026-03-07T12:00:00") == f"{local:%d-%m-%Y %H:%M}"


def test_plural() -> None:
    assert plural(1, "leerling", "leerlingen") == "1 leerling"
    assert plural(0, "leerling", "leerlingen") == "0 leerlingen"


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_number_text_reads_back(value: float) -> None:
    text = number_text(value)
    assert "." not in text.partition(",")[2]  # thousands dots only before the comma
    back = float(text.replace(".", "").replace(",", "."))
    assert abs(back - round(value, 1)) < 0.051


def test_hours_against_required() -> None:
    assert hours_of_text(570, 1200) == "9,5 van 1.200 uur"
    assert hours_of_text(0, 0) == "0 van 0 uur"
    assert hours_fraction(30 * 60, 120) == 0.25
    assert hours_fraction(600, 0) == 1.0  # nothing required: the bar is full
    assert hours_fraction(150 * 60, 120) == 1.25


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_day_reads_back_as_it_is_written(day: date) -> None:
    assert day_from_text(date_text(day)) == day
    assert day_from_text(day.isoformat()) == day


def test_a_text_that_is_no_day() -> None:
    assert day_from_text("31-02-2026") is None
    assert day_from_text("morgen") is None
    assert day_from_text(" 07-03-2026 ") == date(2026, 3, 7)


def test_levels_words_and_marks_without_colour() -> None:
    assert [level_text(lv) for lv in Level] == ["nog niet", "met hulp", "zelfstandig"]
    assert level_text(None) == "nog niet geobserveerd"
    assert [level_mark(lv) for lv in Level] == ["1", "2", "3"]
    assert level_mark(None) == "–"
    assert level_text(Level.parse(level_text(Level.WITH_HELP))) == "met hulp"
    legend = level_legend()
    assert legend == "1 nog niet · 2 met hulp · 3 zelfstandig · – nog niet geobserveerd"
    assert observed_text(Level.WITH_HELP, date(2026, 11, 3)) == (
        "nu: met hulp (laatst gezien 03-11-2026)"
    )
    assert observed_text(None, None) == "nog niet geobserveerd"


def _verdict(**changes: object) -> Eligibility:
    base = Eligibility(
        credential_id=uuid.uuid4(),
        key="pb-planten",
        name="Praktijkbewijs planten",
        kind=CredentialKind.PRAKTIJKBEWIJS,
        eligible=False,
        issued=False,
        criteria=Tally(1, 3),
        missing_criteria=("Je werkt veilig", "Je ruimt op"),
        missing_components=(),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_eligibility_in_one_wording() -> None:
    verdict = _verdict(missing_exam_parts=("Nederlands", "Rekenen"))
    assert eligibility_missing(verdict) == [
        (Missing.CRITERIA, ("Je werkt veilig", "Je ruimt op")),
        (Missing.EXAM_PARTS, ("Nederlands", "Rekenen")),
    ]
    assert eligibility_lines(verdict) == [
        "nog niet behaald bij een beoordeling: Je werkt veilig; Je ruimt op",
        "examenonderdelen nog niet behaald: Nederlands; Rekenen",
    ]
    assert eligibility_text(verdict) == " | ".join(eligibility_lines(verdict))
    assert not_eligible_text("Jerome Jansen", verdict) == (
        "Jerome Jansen komt nog niet in aanmerking voor Praktijkbewijs planten. "
        "Nog niet behaald bij een beoordeling: Je werkt veilig; Je ruimt op. "
        "Examenonderdelen nog niet behaald: Nederlands; Rekenen."
    )


def test_eligibility_without_a_rule_issued_and_ready() -> None:
    none_left = _verdict(missing_criteria=(), criteria=Tally(0, 0))
    assert eligibility_missing(none_left) == [(Missing.NO_RULE, ())]
    assert eligibility_text(none_left) == (
        "voor deze kwalificatie is geen beoordelingsregel vastgelegd"
    )
    assert not_eligible_text("Jerome Jansen", none_left).endswith(
        ". Voor deze kwalificatie is geen beoordelingsregel vastgelegd."
    )
    assert eligibility_text(_verdict(issued=True)) == "behaald"
    assert eligibility_missing(_verdict(issued=True)) == []
    assert (
        eligibility_text(_verdict(eligible=True, missing_criteria=())) == "klaar om uit te reiken"
    )
    branch = _verdict(
        eligible=True,
        missing_criteria=(),
        kind=CredentialKind.BRANCHECERTIFICAAT,
        issuer=IssuerKind.BRANCH,
        issuer_name="SH&M",
    )
    assert eligibility_text(branch).startswith("klaar. Een branchecertificaat reikt ")
    assert "SH&M" in eligibility_text(branch)


def test_the_store_refuses_in_the_same_words(store: SchoolStore) -> None:
    """Issuing too early is refused with wording.not_eligible_text of the store's own
    verdict: one wording, not a copy in the store."""
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    pb = store.credential_id("pb-planten")
    verdict = store.eligibility(jerome, pb)
    with pytest.raises(NotEligible) as refused:
        store.issue_credential(jerome, pb)
    assert refused.value.message == not_eligible_text("Jerome Jansen", verdict)
    assert "Nog niet behaald bij een beoordeling: " in refused.value.message
