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
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Text
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
    # a day in the window (recording.log_hours), up to a week's total in an import
    ("hours_entry", "minutes"): (0, 7 * 24 * 60),
    ("placement", "days_per_week"): (0, 7),
    ("placement", "hours_required"): (0, 10_000),
    ("card", "current_version"): (1, 10_000),
    ("card_version", "number"): (1, 10_000),
    ("route_item", "card_version"): (1, 10_000),
    ("card_element", "position"): (0, 10_000),
    ("card_component", "position"): (0, 10_000),
}
"""Integer columns whose meaning bounds them (docs/domain.md)."""

CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("sync_conflict", "kind"): frozenset({"veld", "verwijderd"}),
    ("sync_conflict", "resolution"): frozenset({"", "winnaar", "verliezer", "samengevoegd"}),
}
"""Text columns that are a closed vocabulary without being an Enum type."""

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


def check_value(tbl: str, col: str, value: Any) -> None:
    """One storage value for tbl.col, as it would be written; InvalidInput if not."""
    table = Base.metadata.tables.get(tbl)
    if table is None or col not in table.columns:
        raise InvalidInput(f"Onbekend gegeven in de bundel: {tbl}.{col}.")
    column = table.columns[col]
    if value is None:
        if not column.nullable:
            raise _bad(tbl, col, "mag niet leeg zijn")
        return
    kind = column.type
    if isinstance(kind, Boolean):
        if type(value) is not int or value not in (0, 1):
            raise _bad(tbl, col, "geen 0 of 1")
    elif isinstance(kind, Integer):
        if type(value) is not int or abs(value) > MAX_INT:
            raise _bad(tbl, col, "geen geheel getal")
        low, high = RANGES.get((tbl, col), (-MAX_INT, MAX_INT))
        if not low <= value <= high:
            raise _bad(tbl, col, f"{value} ligt buiten {low}..{high}")
    elif isinstance(kind, UuidType):
        if type(value) is not str or not HEX32.fullmatch(value):
            raise _bad(tbl, col, "geen geldige sleutel")
    elif isinstance(kind, Enum):
        if type(value) is not str or value not in kind.enums:
            raise _bad(tbl, col, f"{str(value)[:40]!r} is geen toegestane keuze")
    elif isinstance(kind, UTCDateTime | DateTime):
        if type(value) is not str or not TIMESTAMP.fullmatch(value) or not _valid_timestamp(value):
            raise _bad(tbl, col, "geen geldig tijdstip")
    elif isinstance(kind, Date):
        if type(value) is not str or not DATE.fullmatch(value) or not _valid_date(value):
            raise _bad(tbl, col, "geen geldige datum")
    elif isinstance(kind, LargeBinary):
        if type(value) is not bytes or len(value) > MAX_BYTES:
            raise _bad(tbl, col, "geen geldige bijlage")
    elif isinstance(kind, JSON):
        _check_json_list(tbl, col, value)
    elif isinstance(kind, String | Text):
        limit = kind.length or MAX_TEXT
        if type(value) is not str or len(value) > limit:
            raise _bad(tbl, col, f"geen tekst van hoogstens {limit} tekens")
        if "\x00" in value:
            raise _bad(tbl, col, "bevat een nul-teken")
        choices = CHOICES.get((tbl, col))
        if choices is not None and value not in choices:
            raise _bad(tbl, col, f"{value[:40]!r} is geen toegestane keuze")
        pattern = FORMATS.get((tbl, col))
        if pattern is not None and not pattern.fullmatch(value):
            raise _bad(tbl, col, "heeft niet de juiste vorm")
    else:  # pragma: no cover - a new column type must be given a rule here
        raise _bad(tbl, col, "onbekend soort kolom")


def _check_json_list(tbl: str, col: str, value: Any) -> None:
    """JSON columns of this schema hold a list of short texts (card tags)."""
    if type(value) is not str or len(value) > MAX_TEXT:
        raise _bad(tbl, col, "geen lijst")
    try:
        items = json.loads(value)
    except (ValueError, RecursionError):
        raise _bad(tbl, col, "geen lijst") from None
    if not isinstance(items, list) or not all(type(i) is str and len(i) <= 200 for i in items):
        raise _bad(tbl, col, "geen lijst van teksten")


def check_record(tbl: str, pk: str, record: Mapping[str, Any]) -> None:
    """A whole record ('*'): exactly the table's columns (updated_at is local and may be
    left out), its id the change's key, every value valid."""
    table = Base.metadata.tables.get(tbl)
    if table is None:
        raise InvalidInput(f"Onbekende tabel in de bundel: {tbl}.")
    expected = {c.name for c in table.columns} - {"updated_at"}
    given = set(record) - {"updated_at"}
    if given != expected:
        missing, extra = sorted(expected - given), sorted(given - expected)
        what = f"ontbreekt {', '.join(missing)}" if missing else f"onbekend {', '.join(extra)}"
        raise InvalidInput(f"Een record voor {tbl} in de bundel klopt niet: {what[:200]}.")
    if record.get("id") != pk:
        raise InvalidInput(f"Een record voor {tbl} in de bundel heeft een andere sleutel.")
    for col in expected - {"id", "partition"}:
        check_value(tbl, col, record[col])


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
