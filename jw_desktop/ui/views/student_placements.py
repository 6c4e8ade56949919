"""The student page's part on placements beyond the single stage: the hours the route asks
across all placements, per school year (model/placements.py)."""

from __future__ import annotations

from jw_desktop.model.placements import RequirementView
from jw_desktop.model.wording import hours_text, number_text
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
        view.minutes_done / (required * 60) if required else 1.0,
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
            year.minutes_done / (year.hours_required * 60) if year.hours_required else 1.0,
            text,
        )
