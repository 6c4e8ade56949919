"""The placement hours statement (urenverantwoording) the workplace supervisor signs:
student, company, period, rhythm and hours per week, every worked day with a subtotal per
week, the total against what the placement requires, and lines for the signatures of the
praktijkbegeleider and the school.

The numbers are the store's: the placement (SchoolStore.placement, which refuses a
jobcoach another coach's student), its active hours entries (hours_entries: corrections
replace, withdrawals are gone) and its total (progress(...).hours, the number the window
shows); hours are written by model/wording.py."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from jw_desktop.model import PlacementModel, SchoolStore
from jw_desktop.model.placements import PlacementDetails, RequirementView
from jw_desktop.model.views import HoursView, PlacementHours, StudentSummary
from jw_desktop.model.wording import date_text, hours_text, number_text, plural

from .base import FONT, FONT_BOLD, MARGIN, PAGE, Meta, build, para, styles
from .tables import GRID, Command, pairs, table

WIDTH = PAGE[0] - 2 * MARGIN
WEEK = colors.HexColor("#efefef")
RHYTHM = {
    PlacementModel.LINT: "lintmodel (werken en school afwisselend)",
    PlacementModel.SANDWICH: "sandwichmodel (één aaneengesloten blok)",
}


def hours_statement(store: SchoolStore, placement_id: uuid.UUID) -> bytes:
    """The statement of one placement as PDF bytes (AccessDenied for another jobcoach's
    student, NotFound for a removed placement)."""
    details = store.placement(placement_id)
    assert details.student_id is not None
    student = store.student(details.student_id)
    entries = [e for e in store.hours_entries(student.id) if e.placement_id == placement_id]
    entries.reverse()  # oldest day first
    total = next(h for h in store.progress(student.id).hours if h.placement_id == placement_id)
    requirement = store.hours_requirement(student.id)
    school = store.school_name() or ""
    user = store.user
    meta = Meta(
        title=f"Urenverantwoording {student.name}",
        school=school,
        author=user.name if user is not None else school,
        subject=f"Stage-uren van {student.name} bij {details.company}",
        made_on=store.today(),
    )
    story = _story(student, details, entries, total, requirement, meta)
    return build(story, meta)


def _story(
    student: StudentSummary,
    details: PlacementDetails,
    entries: Sequence[HoursView],
    total: PlacementHours,
    requirement: RequirementView | None,
    meta: Meta,
) -> list[Flowable]:
    s = styles()
    period = f"{date_text(details.start_on)} tot en met {date_text(details.end_on)}"
    if details.ended_on is not None:
        period += f" (beëindigd op {date_text(details.ended_on)})"
    facts = [
        ("Leerling", student.name),
        ("Groep", student.group or "geen groep"),
        ("Leerbedrijf", details.company),
        ("Praktijkbegeleider", details.supervisor or "niet vastgelegd"),
    ]
    if details.jobcoach:
        facts.append(("Jobcoach", details.jobcoach))
    facts += [("Periode", period), ("Ritme", rhythm_text(details))]
    facts += [("Uren per week", per_week_text(details, total, entries))]
    facts.append(("Vereist", f"{number_text(details.hours_required)} uur"))
    story: list[Flowable] = [para(meta.title, s["title"]), pairs(facts, WIDTH, 40 * mm)]
    story.append(para("Gewerkte dagen", s["h2"]))
    if entries:
        story.append(_days(entries))
    else:
        story.append(para("Er zijn nog geen uren vastgelegd.", s["body"]))
    story.append(para("Totaal", s["h2"]))
    story.append(para(total_text(total), s["large"]))
    if requirement is not None:
        line = (
            f"Urennorm van de leerroute over alle stages: {hours_text(requirement.minutes_done)} "
            f"van {number_text(requirement.hours_required)} uur "
            f"({requirement.hours_per_year} uur per schooljaar, "
            f"{plural(requirement.school_years, 'schooljaar', 'schooljaren')})."
        )
        story.append(para(line, s["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(_signatures(details))
    return story


def rhythm_text(details: PlacementDetails) -> str:
    """'lintmodel (werken en school afwisselend), 2 dagen per week'."""
    if details.model is None:
        return "niet vastgelegd"
    days = plural(details.days_per_week, "dag", "dagen")
    return f"{RHYTHM[details.model]}, {days} per week"


def _weeks(start: date, end: date) -> int:
    """Calendar weeks (Monday to Sunday) the period touches."""
    first = start - timedelta(days=start.weekday())
    last = end - timedelta(days=end.weekday())
    return (last - first).days // 7 + 1


def per_week_text(
    details: PlacementDetails, total: PlacementHours, entries: Sequence[HoursView]
) -> str:
    """What the placement asks per week of its period, and what was worked per week in
    the weeks with worked hours."""
    weeks = _weeks(details.start_on, total.last_day)
    asked = hours_text(details.hours_required * 60 / weeks) if weeks > 0 else "0"
    line = f"gevraagd gemiddeld {asked} uur per week ({plural(weeks, 'week', 'weken')})"
    worked = {_week_of(e.worked_on) for e in entries if e.minutes}
    if worked:
        average = hours_text(total.minutes_done / len(worked))
        line += f"; gewerkt gemiddeld {average} uur in {plural(len(worked), 'week', 'weken')}"
    return line


def total_text(total: PlacementHours) -> str:
    """'512 van 640 uur (80%)'."""
    line = f"{hours_text(total.minutes_done)} van {number_text(total.hours_required)} uur"
    if total.hours_required:
        share = total.minutes_done / 60 / total.hours_required * 100
        line += f" ({number_text(share, 0)}%)"
    return line


def _week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _days(entries: Sequence[HoursView]) -> Table:
    """Every worked day, and below each week's days the week's subtotal."""
    rows: list[list[str]] = []
    commands: list[Command] = [("ALIGN", (1, 0), (1, -1), "RIGHT")]
    for start, found in groupby(entries, key=lambda e: _week_of(e.worked_on)):
        days = list(found)
        for e in days:
            remark = e.remark or ""
            rows.append(
                [date_text(e.worked_on), hours_text(e.minutes), remark, e.recorded_by or ""]
            )
        end = start + timedelta(days=6)
        week = start.isocalendar()
        subtotal = hours_text(sum(e.minutes for e in days))
        rows.append(
            [
                f"Week {week.week}",
                subtotal,
                f"subtotaal {date_text(start)} tot en met {date_text(end)}",
                "",
            ]
        )
        y = len(rows)
        commands += [
            ("BACKGROUND", (0, y), (-1, y), WEEK),
            ("FONT", (0, y), (1, y), FONT_BOLD, 8.5),
        ]
    widths = [WIDTH * 0.16, WIDTH * 0.10, WIDTH * 0.48, WIDTH * 0.26]
    return table(["Datum", "Uren", "Opmerking", "Vastgelegd door"], rows, widths, extra=commands)


def _signatures(details: PlacementDetails) -> Flowable:
    """Name, date and signature for the praktijkbegeleider and for the school."""
    s = styles()
    body, bold = s["body"], s["h3"]
    half = WIDTH / 2 - 4 * mm
    line = "_" * 34

    def block(title: str, name: str) -> list[list[object]]:
        return [
            [para(title, bold), ""],
            ["Naam:", para(name or line, body)],
            ["Datum:", line],
            ["Handtekening:", ""],
        ]

    left = block(f"Praktijkbegeleider van {details.company}", details.supervisor)
    right = block("Namens de school", details.jobcoach)
    rows = [[*a, "", *b] for a, b in zip(left, right, strict=True)]
    label = 26 * mm
    found = Table(
        rows,
        colWidths=[label, half - label, 8 * mm, label, half - label],
        rowHeights=[None, 9 * mm, 9 * mm, 22 * mm],
        hAlign="LEFT",
    )
    found.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (3, 0), (4, 0)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 3), (-1, 3), "TOP"),
                ("BOX", (1, 3), (1, 3), 0.6, GRID),
                ("BOX", (4, 3), (4, 3), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    intro = para(
        "Voor akkoord: de praktijkbegeleider en de school verklaren dat de leerling de "
        "uren hierboven op het leerbedrijf heeft gewerkt.",
        body,
    )
    return KeepTogether([para("Handtekeningen", s["h2"]), intro, Spacer(1, 3 * mm), found])


__all__ = ["hours_statement", "per_week_text", "rhythm_text", "total_text"]
