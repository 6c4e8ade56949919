"""The student page's part on placements beyond the hours of each stage: the hours the
route asks across all placements, per school year, and per running placement its
praktijkovereenkomst and learning goals (model/placements.py)."""

from __future__ import annotations

from jw_desktop.model.placements import PlacementDetails, RequirementView
from jw_desktop.model.wording import date_text, hours_fraction, hours_text, number_text
from jw_desktop.ui.context import tr
from jw_desktop.ui.widgets.progress_chart import ProgressChart


def show_requirement(chart: ProgressChart, view: RequirementView | None) -> None:
    """Rows under the placements: the whole requirement, then each school year with a
    warning when the student is behind (the current year: under 80% of what it asks so
    far; a past year: short of its hours)."""
    if view is None:
        return
    required = view.hours_required
    chart.add_row(
        tr("Urennorm van de route, over alle stages"),
        hours_fraction(view.minutes_done, required),
        tr("{done} van {required} uur ({per_year} per schooljaar, {years} schooljaren)").format(
            done=hours_text(view.minutes_done),
            required=number_text(required),
            per_year=number_text(view.hours_per_year),
            years=view.school_years,
        ),
    )
    for year in view.years:
        text = tr("{done} van {required} uur").format(
            done=hours_text(year.minutes_done), required=number_text(year.hours_required)
        )
        if year.current and year.behind:
            text += tr(" - achter: {expected} uur verwacht tot nu toe").format(
                expected=hours_text(year.expected_minutes)
            )
        elif year.past and year.behind:
            text += tr(" - niet gehaald")
        elif not year.current and not year.past:
            text += tr(" - nog niet begonnen")
        chart.add_row(
            tr("Schooljaar {year}").format(year=year.label),
            hours_fraction(year.minutes_done, year.hours_required),
            text,
        )


def show_agreements(chart: ProgressChart, details: list[PlacementDetails]) -> None:
    """Per running placement: the praktijkovereenkomst (a warning when not signed), the
    company's recognition and the stage learning goals."""
    for d in details:
        if d.ended_on is not None:
            continue
        for warning in d.warnings:
            chart.add_message(tr("Let op: {warning}").format(warning=warning))
        if d.agreement_signed_on is not None:
            chart.add_message(
                tr("{company}: praktijkovereenkomst getekend op {day} door {who}.").format(
                    company=d.company,
                    day=date_text(d.agreement_signed_on),
                    who=d.agreement_signed_by,
                )
            )
        if d.goals:
            lines = [g.text + (f" ({g.competence})" if g.competence else "") for g in d.goals]
            chart.add_message(
                tr("Leerdoelen bij {company}:").format(company=d.company)
                + "\n"
                + "\n".join(f"• {line}" for line in lines)
            )
