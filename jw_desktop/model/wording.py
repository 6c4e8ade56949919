"""How numbers, hours, sizes and dates are written, in one place for the window, the CLI
and the reports: Dutch, with a decimal comma, dates as dd-mm-jjjj and moments in local
time. The window's own sentences use Qt's plural forms (ui.context.tr with n); the CLI and
the reports, which run without Qt, use plural() here."""

from __future__ import annotations

from datetime import UTC, date, datetime


def number_text(value: float, decimals: int = 1) -> str:
    """4.75 -> '4,8'; a whole number without decimals: 5.0 -> '5'."""
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    whole, _, fraction = text.partition(",")
    return whole if not fraction.strip("0") else text


def hours_text(minutes: float) -> str:
    """570 minutes -> '9,5'; 480 -> '8'; 0 -> '0'."""
    return number_text(round(minutes / 60, 1))


def size_text(size: int) -> str:
    """Bytes as people read them: '812 B', '4,8 kB', '4,8 MB', '1,2 GB'."""
    value = float(size)
    for unit in ("B", "kB", "MB"):
        if value < 1000:
            return f"{size} B" if unit == "B" else f"{number_text(value)} {unit}"
        value /= 1000
    return f"{number_text(value)} GB"


def date_text(day: date | None) -> str:
    """One way of writing a day everywhere: 01-12-2026 ('' for no day)."""
    return f"{day:%d-%m-%Y}" if day else ""


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
