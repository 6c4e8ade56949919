"""CSV exports for the school's other systems (Excel opens them right: UTF-8 with BOM,
';' between fields, Dutch headers), and a placement's hours shaped like the OKBB BPV
association.

The CSV files are what Dutch Excel expects when a file is double-clicked: a byte order mark
so the letters with accents survive, ';' because the decimal separator is the comma, CRLF
line ends, numbers with a decimal comma (wording.number_text) and days as dd-mm-jjjj
(wording.date_text). A cell that starts with '=', '+', '-', '@', a tab or a carriage
return gets a leading single quote (OWASP, "CSV Injection"), so a name typed as a formula
is shown as text and never run by the spreadsheet.

Everything is read through the store's public methods, as the window reads it: a jobcoach
exports only the students they coach."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from jw_desktop.model import NotFound, SchoolStore
from jw_desktop.model.wording import date_text, number_text

PROGRESS_HEADERS = (
    "Leerling",
    "Groep",
    "Fase",
    "Kaarten klaar",
    "Kaarten totaal",
    "Stappen en criteria zelfstandig",
    "Stappen en criteria totaal",
    "Laatst geobserveerd",
    "Doel van de route",
    "Behaalde kwalificaties",
)

HOURS_HEADERS = (
    "Leerling",
    "Groep",
    "Leerbedrijf",
    "Begin",
    "Einde",
    "Afgelopen op",
    "Uren gedaan",
    "Uren vereist",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading quote before '=', '+', '-', '@', a tab
    or a carriage return (OWASP's advice against CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """Rows as Excel reads them: UTF-8 with BOM, ';', CRLF, every cell made safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def exact_hours(minutes: int) -> str:
    """Hours with two decimals, so a quarter of an hour survives the export: 465 minutes
    -> '7,75' (the window rounds to one decimal, wording.hours_text)."""
    return number_text(round(minutes / 60, 2), 2)


def progress_csv(store: SchoolStore, group_id: uuid.UUID | None = None) -> bytes:
    """One row per student (of the group, or all the user may see): phase, cards done of
    the route's cards and steps and criteria seen zelfstandig (model/progress.py, the rule
    the window uses), the last observation, the route's target credential and the
    credentials in the portfolio."""
    seen = {row.id: row.last_observed_on for row in store.student_overview(group_id=group_id)}
    rows = []
    for student in store.students(group_id):
        report = store.progress(student.id)
        cards_done = sum(p.items_done for p in report.phases)
        cards_total = sum(p.items_total for p in report.phases)
        mastered = sum(p.elements.mastered for p in report.phases)
        elements = sum(p.elements.total for p in report.phases)
        target = store.route(student.id).target_credential or ""
        issued = ", ".join(entry.credential for entry in store.portfolio(student.id))
        rows.append(
            [
                student.name,
                student.group or "",
                str(student.phase),
                number_text(cards_done),
                number_text(cards_total),
                number_text(mastered),
                number_text(elements),
                date_text(seen.get(student.id)),
                target,
                issued,
            ]
        )
    return csv_bytes(PROGRESS_HEADERS, rows)


def hours_csv(store: SchoolStore, group_id: uuid.UUID | None = None) -> bytes:
    """One row per placement, ended ones too (their hours still count): the student, the
    company, the period, the day it ended early, hours done and hours required."""
    rows = []
    for student in store.students(group_id):
        for h in store.progress(student.id).hours:
            rows.append(
                [
                    student.name,
                    student.group or "",
                    h.company,
                    date_text(h.start_on),
                    date_text(h.end_on),
                    date_text(h.ended_on),
                    exact_hours(h.minutes_done),
                    number_text(h.hours_required),
                ]
            )
    return csv_bytes(HOURS_HEADERS, rows)


def okbb_hours(
    store: SchoolStore, placement_id: uuid.UUID, *, student_id: uuid.UUID | None = None
) -> dict[str, Any]:
    """A placement's hours as a JSON-able record shaped like the OKBB BPV association
    (the beroepspraktijkvorming of a student at a leerbedrijf), for a school system that
    takes it. Field names follow the issue's reading of OKBB (totalHours, approvedHours);
    the published OKBB schema was not at hand offline, so the other names are in the same
    camelCase style and must be checked against it before a real exchange.

    - totalHours: every active hours entry of the placement (not withdrawn, not
      superseded by a correction), in hours, as the window's total.
    - approvedHours: jw-desktop has no approval step per entry, so this is what comes
      closest: the hours worked on days the signed praktijkovereenkomst covers (from the
      day it was signed; the agreement is the school's, the company's and the student's
      approval of the placement). Without a signed agreement it is 0 and
      agreementSignedOn is null. It does not mean the workplace supervisor checked each
      day: nothing in jw-desktop records that.
    - requiredHours: the hours the placement asks (stage.hours_required).
    - Not filled, since nothing records them: who approved (approvedBy), an approval
      date, hours per week as agreed; OKBB fields of that kind are left out, not guessed.

    student_id, when known, saves looking the placement up among the students."""
    students = [store.student(student_id)] if student_id else store.students()
    for student in students:
        found = store.progress(student.id).hours
        hours = next((h for h in found if h.placement_id == placement_id), None)
        if hours is None:
            continue
        details = next(
            (d for d in store.placement_details(student.id) if d.placement_id == placement_id),
            None,
        )
        signed_on = details.agreement_signed_on if details else None
        entries = [e for e in store.hours_entries(student.id) if e.placement_id == placement_id]
        total = sum(e.minutes for e in entries)
        approved = sum(
            e.minutes for e in entries if signed_on is not None and e.worked_on >= signed_on
        )
        return {
            "placementId": str(placement_id),
            "studentId": str(student.id),
            "studentName": student.name,
            "company": hours.company,
            "companyRecognitionNumber": (details.recognition_number if details else "") or None,
            "startDate": hours.start_on.isoformat(),
            "endDate": hours.end_on.isoformat(),
            "endedOn": hours.ended_on.isoformat() if hours.ended_on else None,
            "agreementSignedOn": signed_on.isoformat() if signed_on else None,
            "totalHours": round(total / 60, 2),
            "approvedHours": round(approved / 60, 2),
            "requiredHours": hours.hours_required,
        }
    raise NotFound("Deze stage bestaat niet, of je mag de leerling niet zien.")
