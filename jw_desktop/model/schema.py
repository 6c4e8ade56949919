"""What a synced value may look like, checked before anything from outside is written.

Everything that arrives in a bundle - whole records, field changes, the losing value of a
conflict, the manifest's ids and versions - is checked here against the schema of this
replica: the Python type of the storage value, its length, its enum vocabulary, the shape
of dates, timestamps and ids, and the ranges the programme allows (a level is 0, 1 or 2).
A value that fails raises InvalidInput with one Dutch line naming table and column; no
other exception can come out of this module for any JSON input.

Storage values are those of replica.py: ids as 32 lowercase hex digits, dates YYYY-MM-DD,
timestamps 'YYYY-MM-DD HH:MM:SS.ffffff', booleans 0/1, enums as their Dutch value, JSON
columns as JSON text, bytes as bytes (decoded from {"b64": ...} by replica.decode_value).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Uuid as UuidType

from .base import UTCDateTime
from .entities import Base
from .errors import InvalidInput

HEX32 = re.compile(r"[0-9a-f]{32}")
VERSION = re.compile(r"[0-9]{13}\.[0-9]{10}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")
PARTITION = re.compile(r"catalogue|school/[0-9a-f]{32}(/student/[0-9a-f]{32})?")

MAX_TEXT = 20_000
"""Longest free text a column may hold (card bodies are the longest real texts, ~3,000)."""
MAX_BYTES = 8 * 1024 * 1024
"""Largest picture a record may carry."""
MAX_INT = 2**53
"""Integers beyond this are no real value of this schema (and lose precision in JSON)."""

MAX_COUNTER = 10**9 - 1
"""The highest HLC counter accepted from outside. Local counters grow from there by one per
change; ten digits leave nine billion changes of headroom before the fixed width (and so
the text order of versions) would break."""

RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("observation", "level"): (0, 2),
    ("student", "phase"): (1, 6),
    ("school_group", "phase"): (1, 6),
    ("card", "phase"): (1, 6),
    ("route_item", "phase"): (1, 6),
    ("template_item", "phase"): (1, 6),
    ("phase_change", "from_phase"): (1, 6),
    ("phase_change", "to_phase"): (1, 6),
    # a day in the window (recording.log_hours), up to a week's total in an import
    ("hours_entry", "minutes"): (0, 7 * 24 * 60),
    ("placement", "days_per_week"): (0, 7),
    ("placement", "hours_required"): (0, 10_000),
    # placements.set_requirement: hours a route asks per school year, over how many years
    ("hours_requirement", "hours_per_year"): (1, 2_000),
    ("hours_requirement", "school_years"): (1, 6),
    ("hours_requirement", "first_year"): (2000, 2100),
    # placements.py: what a leerbedrijf and the region can take, the order of stage goals
    ("company", "open_places"): (0, 1_000),
    ("region_sector", "open_places"): (0, 10_000),
    ("placement_goal", "position"): (0, 10_000),
    ("card", "current_version"): (1, 10_000),
    ("card_version", "number"): (1, 10_000),
    ("route_item", "card_version"): (1, 10_000),
    ("card_element", "position"): (0, 10_000),
    ("card_component", "position"): (0, 10_000),
    ("assessment", "card_version"): (1, 10_000),
    ("credential_exam_part", "position"): (0, 10_000),
}
"""Integer columns whose meaning bounds them (docs/domain.md)."""

CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("sync_conflict", "kind"): frozenset({"veld", "verwijderd"}),
    ("sync_conflict", "resolution"): frozenset({"", "winnaar", "verliezer", "samengevoegd"}),
}
"""Text columns that are a closed vocabulary without being an Enum type."""

LIST_CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("consent", "categories"): frozenset({"voortgang", "uren", "portfolio", "werknotities"}),
}
"""JSON list columns whose items are a closed vocabulary (contacts.ShareCategory)."""

FORMATS: dict[tuple[str, str], re.Pattern[str]] = {
    ("sync_conflict", "pk"): HEX32,
    ("sync_conflict", "losing_version"): VERSION,
    ("sync_conflict", "winning_version"): VERSION,
    ("sync_conflict", "losing_origin"): HEX32,
    ("sync_conflict", "winning_origin"): HEX32,
    ("picture", "sha256"): re.compile(r"[0-9a-f]{64}"),
}


def _bad(tbl: str, col: str, why: str) -> InvalidInput:
    return InvalidInput(f"Ongeldige waarde in de bundel voor {tbl}.{col}: {why}.")


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _valid_timestamp(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


Check = Callable[[Any], str | None]
"""A column's check: None when the value is valid, else why not (Dutch, short)."""


def _checker(tbl: str, col: str) -> Check:
    """The check of one column, made once from the schema (this runs per value)."""
    nullable, check = _column_check(tbl, col)

    def run(value: Any) -> str | None:
        if value is None:
            return None if nullable else "mag niet leeg zijn"
        return check(value)

    return run


def _column_check(tbl: str, col: str) -> tuple[bool, Check]:
    """(may the column be null, the check of a value that is not null)."""
    column = Base.metadata.tables[tbl].columns[col]
    nullable = bool(column.nullable)
    kind = column.type

    def typed(check: Check) -> tuple[bool, Check]:
        return nullable, check

    if isinstance(kind, Boolean):
        return typed(lambda v: None if type(v) is int and v in (0, 1) else "geen 0 of 1")
    if isinstance(kind, Integer):
        low, high = RANGES.get((tbl, col), (-MAX_INT, MAX_INT))

        def integer(v: Any) -> str | None:
            if type(v) is not int or abs(v) > MAX_INT:
                return "geen geheel getal"
            return None if low <= v <= high else f"ligt buiten {low}..{high}"

        return typed(integer)
    if isinstance(kind, UuidType):
        match = HEX32.fullmatch
        return typed(lambda v: None if type(v) is str and match(v) else "geen geldige sleutel")
    if isinstance(kind, Enum):
        allowed = frozenset(kind.enums)
        return typed(lambda v: None if type(v) is str and v in allowed else "geen toegestane keuze")
    if isinstance(kind, UTCDateTime | DateTime):
        return typed(
            lambda v: (
                None
                if type(v) is str and TIMESTAMP.fullmatch(v) and _valid_timestamp(v)
                else "geen geldig tijdstip"
            )
        )
    if isinstance(kind, Date):
        return typed(
            lambda v: (
                None
                if type(v) is str and DATE.fullmatch(v) and _valid_date(v)
                else "geen geldige datum"
            )
        )
    if isinstance(kind, LargeBinary):
        return typed(
            lambda v: None if type(v) is bytes and len(v) <= MAX_BYTES else "geen geldige bijlage"
        )
    if isinstance(kind, JSON):
        items = LIST_CHOICES.get((tbl, col))
        if items is None:
            return typed(_json_list)

        def chosen(v: Any) -> str | None:
            why = _json_list(v)
            if why is None and not set(json.loads(v)) <= items:
                return "geen toegestane keuze"
            return why

        return typed(chosen)
    if isinstance(kind, String | Text):
        limit = kind.length or MAX_TEXT
        choices = CHOICES.get((tbl, col))
        pattern = FORMATS.get((tbl, col))

        def text(v: Any) -> str | None:
            if type(v) is not str or len(v) > limit:
                return f"geen tekst van hoogstens {limit} tekens"
            if "\x00" in v:
                return "bevat een nul-teken"
            if not v.isascii():
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate: no text SQLite can store
                    return "geen geldige tekst"
            if choices is not None and v not in choices:
                return "geen toegestane keuze"
            if pattern is not None and not pattern.fullmatch(v):
                return "heeft niet de juiste vorm"
            return None

        return typed(text)
    raise AssertionError(f"no rule for the column type of {tbl}.{col}")  # pragma: no cover


_CHECKS: dict[tuple[str, str], Check] = {}


def check_value(tbl: str, col: str, value: Any) -> None:
    """One storage value for tbl.col, as it would be written; InvalidInput if not."""
    check = _CHECKS.get((tbl, col))
    if check is None:
        table = Base.metadata.tables.get(tbl)
        if table is None or col not in table.columns:
            raise InvalidInput(f"Onbekend gegeven in de bundel: {tbl[:40]!r}.{col[:40]!r}.")
        check = _CHECKS[(tbl, col)] = _checker(tbl, col)
    why = check(value)
    if why is not None:
        raise _bad(tbl, col, why)


def _json_list(value: Any) -> str | None:
    """JSON columns of this schema hold a list of short texts (card tags)."""
    if type(value) is not str or len(value) > MAX_TEXT:
        return "geen lijst"
    try:
        items = json.loads(value)
    except (ValueError, RecursionError):
        return "geen lijst"
    if not isinstance(items, list) or not all(type(i) is str and len(i) <= 200 for i in items):
        return "geen lijst van teksten"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "geen geldige tekst"
    return None


_RECORDS: dict[str, tuple[frozenset[str], list[tuple[str, bool, Check]]]] = {}


def _record_checks(tbl: str) -> tuple[frozenset[str], list[tuple[str, bool, Check]]]:
    """(the columns a record of tbl travels with, each value column's check), made once."""
    found = _RECORDS.get(tbl)
    if found is None:
        table = Base.metadata.tables.get(tbl)
        if table is None:
            raise InvalidInput(f"Onbekende tabel in de bundel: {tbl}.")
        columns = frozenset(c.name for c in table.columns) - {"updated_at"}
        checks = [(c, *_column_check(tbl, c)) for c in sorted(columns - {"id", "partition"})]
        found = _RECORDS[tbl] = (columns, checks)
    return found


def check_record(tbl: str, pk: str, record: Mapping[str, Any]) -> None:
    """A whole record ('*'): exactly the table's columns (updated_at is local and may be
    left out), its id the change's key, every value valid."""
    expected, checks = _record_checks(tbl)
    given = record.keys() - {"updated_at"}
    if given != expected:
        missing, extra = sorted(expected - given), sorted(given - expected)
        names = ", ".join(repr(c[:40]) for c in (missing or extra)[:5])
        what = f"ontbreekt {names}" if missing else f"onbekend {names}"
        raise InvalidInput(f"Een record voor {tbl} in de bundel klopt niet: {what[:200]}.")
    if record.get("id") != pk:
        raise InvalidInput(f"Een record voor {tbl} in de bundel heeft een andere sleutel.")
    for col, nullable, check in checks:  # the null check inline: this runs per value
        value = record[col]
        if value is None:
            if not nullable:
                raise _bad(tbl, col, "mag niet leeg zijn")
        elif (why := check(value)) is not None:
            raise _bad(tbl, col, why)


def check_version(version: Any, what: str = "versie") -> None:
    """A version exactly as replicas write it: 13 + 10 ASCII digits, counter bounded."""
    if type(version) is not str or not VERSION.fullmatch(version):
        raise InvalidInput(f"Ongeldige {what} in de bundel.")
    if int(version[14:]) > MAX_COUNTER:
        raise InvalidInput(f"Ongeldige {what} in de bundel: de teller is te hoog.")


def check_id(value: Any, what: str) -> str:
    if type(value) is not str or not HEX32.fullmatch(value):
        raise InvalidInput(f"Ongeldige {what} in de bundel.")
    return value


def check_partition(value: Any) -> str:
    if type(value) is not str or not PARTITION.fullmatch(value):
        raise InvalidInput("Ongeldig onderdeel (partitie) in de bundel.")
    return value


REFERENCES: dict[str, dict[str, str]] = {
    tbl: {
        col.name: next(iter(col.foreign_keys)).column.table.name
        for col in Base.metadata.tables[tbl].columns
        if col.foreign_keys
    }
    for tbl in Base.metadata.tables
}
"""table -> column -> the table it refers to: every reference of an arriving record must
point at a record this replica has or that arrives in the same bundle, so a bundle can
never fail half-way on a foreign key."""

UNIQUES: dict[str, list[tuple[str, ...]]] = {
    tbl: sorted(
        {
            tuple(c.name for c in k.columns)
            for k in Base.metadata.tables[tbl].constraints
            if isinstance(k, UniqueConstraint)
        }
    )
    for tbl in Base.metadata.tables
}
"""table -> its unique column sets: an arriving record may not take a key another record
already has (here or in the same bundle), so no chunk fails on a duplicate at commit."""
