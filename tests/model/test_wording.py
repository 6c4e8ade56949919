"""The one way numbers, sizes, hours and dates are written."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from jw_desktop.model.wording import (
    date_text,
    hours_text,
    moment_text,
    number_text,
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
