"""How numbers, hours, sizes, dates, levels and eligibility are written, in one place for
the window, the CLI and the reports: Dutch, with a decimal comma, dates as dd-mm-jjjj and
moments in local time. The window's own sentences use Qt's plural forms (ui.context.tr
with n) and go through tr() so they can be translated; they take their numbers from the
functions here and their words agree with the words here (ui/context.py maps each kind of
word to its tr() text, and a test holds the two together). The CLI and the reports, which
run without Qt, use these functions directly."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from . import issuing
from .enums import LEVEL_LABELS, IssuerKind, Level

if TYPE_CHECKING:
    from .views import Eligibility


def number_text(value: float, decimals: int = 1) -> str:
    """4.75 -> '4,8'; a whole number without decimals: 5.0 -> '5'."""
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    whole, _, fraction = text.partition(",")
    return whole if not fraction.strip("0") else text


def hours_text(minutes: float) -> str:
    """570 minutes -> '9,5'; 480 -> '8'; 0 -> '0'."""
    return number_text(round(minutes / 60, 1))


def hours_of_text(minutes_done: float, hours_required: float) -> str:
    """Hours done against hours required: '9,5 van 1.200 uur'."""
    return f"{hours_text(minutes_done)} van {number_text(hours_required)} uur"


def hours_fraction(minutes_done: float, hours_required: float) -> float:
    """How much of the required hours is done (1.0 when nothing is required; above 1.0
    when more was done), for a bar."""
    return minutes_done / (hours_required * 60) if hours_required else 1.0


def size_text(size: int) -> str:
    """Bytes as people read them: '812 B', '4,8 kB', '4,8 MB', '1,2 GB'."""
    value = float(size)
    for unit in ("B", "kB", "MB"):
        if value < 1000:
            return f"{size} B" if unit == "B" else f"{number_text(value)} {unit}"
        value /= 1000
    return f"{number_text(value)} GB"


DATE_PATTERN = "%d-%m-%Y"
"""A day as date_text writes it (strftime)."""
QT_DATE_FORMAT = "dd-MM-yyyy"
"""The same for a date field in the window (QDateEdit.setDisplayFormat)."""


def date_text(day: date | None) -> str:
    """One way of writing a day everywhere: 01-12-2026 ('' for no day)."""
    return f"{day:{DATE_PATTERN}}" if day else ""


def day_from_text(text: str) -> date | None:
    """A day typed as dd-mm-jjjj (as date_text writes it) or jjjj-mm-dd; None when the
    text is no day."""
    for pattern in (DATE_PATTERN, "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            pass
    return None


def moment_text(at: datetime | str | None) -> str:
    """A moment (UTC when it names no zone) in local time as '01-12-2026 14:05'; a text
    that is not a timestamp is returned as it is."""
    if at is None or at == "":
        return ""
    moment = at
    if isinstance(at, str):
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            return at
    assert isinstance(moment, datetime)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d-%m-%Y %H:%M}"


def plural(count: int, one: str, many: str) -> str:
    """'1 leerling', '0 leerlingen', '2 leerlingen' (for text made without Qt)."""
    return f"{count} {one if count == 1 else many}"


# -- levels -------------------------------------------------------------------------------

LEVEL_MARKS = {Level.NOT_YET: "1", Level.WITH_HELP: "2", Level.INDEPENDENT: "3"}
"""The text beside (or instead of) a level's colour, in a cell of the window's grid and on
paper (colour-blind readers, grey print): the level's number, the same digit as the key
that ticks it."""
NOT_OBSERVED_MARK = "–"
NOT_OBSERVED = "nog niet geobserveerd"


def level_text(level: Level | None) -> str:
    """'nog niet', 'met hulp', 'zelfstandig' (enums.LEVEL_LABELS, which Level.parse reads
    too); 'nog niet geobserveerd' for no observation."""
    return NOT_OBSERVED if level is None else LEVEL_LABELS[Level(level)]


def level_mark(level: Level | None) -> str:
    """'1', '2', '3'; '–' for no observation."""
    return NOT_OBSERVED_MARK if level is None else LEVEL_MARKS[Level(level)]


def level_legend() -> str:
    """The key to the marks, for a printed grid: '1 nog niet · 2 met hulp · 3 zelfstandig ·
    – nog niet geobserveerd'."""
    marks = [f"{level_mark(lv)} {level_text(lv)}" for lv in Level]
    return " · ".join([*marks, f"{NOT_OBSERVED_MARK} {NOT_OBSERVED}"])


def observed_text(level: Level | None, on: date | None) -> str:
    """A step's or criterion's level now, with the day it was last seen: 'nu: met hulp
    (laatst gezien 03-11-2026)'; 'nog niet geobserveerd'."""
    if level is None or on is None:
        return level_text(level)
    return f"nu: {level_text(level)} (laatst gezien {date_text(on)})"


# -- eligibility for a credential -----------------------------------------------------------


class Missing(enum.Enum):
    """What can keep a student from a credential, in the order it is said."""

    CRITERIA = "nog niet behaald bij een beoordeling"
    COMPONENTS = "nog niet behaald"
    EXAM_PARTS = "examenonderdelen nog niet behaald"
    NO_RULE = "voor deze kwalificatie is geen beoordelingsregel vastgelegd"


ISSUED = "behaald"
READY = "klaar om uit te reiken"


def eligibility_missing(verdict: Eligibility) -> list[tuple[Missing, tuple[str, ...]]]:
    """What is still missing, each with the names it is about: the criteria not behaald at
    an assessment (practice alone does not count), the credentials it stacks on, a
    diploma's other exam parts; NO_RULE when nothing can make the student eligible. Empty
    when the credential is issued or the student is eligible."""
    if verdict.issued or verdict.eligible:
        return []
    found = [
        (Missing.CRITERIA, verdict.missing_criteria),
        (Missing.COMPONENTS, verdict.missing_components),
        (Missing.EXAM_PARTS, verdict.missing_exam_parts),
    ]
    missing = [(what, tuple(names)) for what, names in found if names]
    return missing or [(Missing.NO_RULE, ())]


def missing_line(what: Missing, names: Sequence[str]) -> str:
    """'examenonderdelen nog niet behaald: Nederlands; Rekenen'."""
    return f"{what.value}: {'; '.join(names)}" if names else what.value


def eligibility_lines(verdict: Eligibility) -> list[str]:
    """What is still missing, one line per kind (eligibility_missing), in lower case."""
    return [missing_line(what, names) for what, names in eligibility_missing(verdict)]


def eligibility_text(verdict: Eligibility) -> str:
    """A credential's state in one line: 'behaald', 'klaar om uit te reiken', 'klaar.
    <who issues it>' (model/issuing.py) or what is missing, the kinds apart by ' | '."""
    if verdict.issued:
        return ISSUED
    if verdict.eligible:
        if verdict.issuer is IssuerKind.SCHOOL:
            return READY
        return f"klaar. {issuing.who_issues(verdict.kind, verdict.issuer_name)}"
    return " | ".join(eligibility_lines(verdict))


def not_eligible_text(name: str, verdict: Eligibility) -> str:
    """Why a student cannot have a credential yet, in sentences (the refusal when issuing
    it): 'Jerome Jansen komt nog niet in aanmerking voor Praktijkbewijs planten. Nog niet
    behaald bij een beoordeling: Je werkt veilig.'"""
    lines = eligibility_lines(verdict) or [Missing.NO_RULE.value]
    sentences = [f"{name} komt nog niet in aanmerking voor {verdict.name}."]
    sentences += [line[:1].upper() + line[1:] + "." for line in lines]
    return " ".join(sentences)
