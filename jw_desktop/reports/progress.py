"""The student's progress report (voortgangsrapport) for the parents' evening and the care
meeting: per phase and per credential, observations per week as a chart, what is left to
practise and the observations with who, where and when.

Every number comes from the store (SchoolStore.progress: the one rule for 'done' is
model/progress.py::card_done, and what is left to practise is its still_to_practise;
student_chart; observations with observed_elements for their texts), which also
decides what the logged-in user may see: a jobcoach gets only their own students (others
raise AccessDenied). Notes are never part of this report, so a care note cannot leak into
a printed page."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from jw_desktop.model import SchoolStore, issuing, wording
from jw_desktop.model.enums import Level, Setting
from jw_desktop.model.overview import StudentChart
from jw_desktop.model.phases import heading
from jw_desktop.model.views import (
    Eligibility,
    ObservationView,
    PlacementHours,
    PortfolioEntry,
    PractiseItem,
    ProgressReport,
)
from jw_desktop.model.wording import date_text, hours_text, number_text, plural

from .base import FONT, MARGIN, PAGE, Meta, build, para, styles
from .tables import pairs, table

WIDTH = PAGE[0] - 2 * MARGIN
LEVEL_FILL = {
    Level.NOT_YET: colors.HexColor("#e8a3a3"),
    Level.WITH_HELP: colors.HexColor("#f2c76b"),
    Level.INDEPENDENT: colors.HexColor("#8fcf8f"),
}
"""The level colours of the window (ui/style.py), a shade darker so bars show in print."""
WEEKS = 12
"""The period of the chart and of the listed observations: about a school term."""
SETTING_TEXT = {Setting.SCHOOL: "op school", Setting.WORKPLACE: "op de werkplek"}


def progress_report(
    store: SchoolStore, student_id: uuid.UUID, *, weeks: int = WEEKS, all_observations: bool = False
) -> bytes:
    """The report of one student as PDF bytes (AccessDenied if the user may not see them).
    The chart covers the last `weeks` weeks, and so does the list of observations unless
    all_observations (a care meeting may want the whole history); the earlier ones are
    counted."""
    report = store.progress(student_id)
    chart = store.student_chart(student_id, weeks)
    observations = store.observations(student_id)
    portfolio = store.portfolio(student_id)
    texts = store.observed_elements(student_id)
    school = store.school_name() or ""
    user = store.user
    name = report.student.name
    meta = Meta(
        title=f"Voortgangsrapport {name}",
        school=school,
        author=user.name if user is not None else school,
        subject=f"Voortgang van {name}: per fase, per kwalificatie, wat nog te oefenen is",
        made_on=store.today(),
    )
    since = None if all_observations or not chart.weeks else chart.weeks[0].week_start
    story = _story(report, chart, observations, portfolio, texts, meta, since)
    return build(story, meta)


def _story(
    report: ProgressReport,
    chart: StudentChart,
    observations: Sequence[ObservationView],
    portfolio: Sequence[PortfolioEntry],
    texts: dict[uuid.UUID, str],
    meta: Meta,
    since: date | None,
) -> list[Flowable]:
    s = _styles()
    student = report.student
    story: list[Flowable] = [para(meta.title, s["title"])]
    facts = [
        ("Leerling", student.name),
        ("Groep", student.group or "geen groep"),
        ("Fase", heading(student.phase)),
        ("Vaste contactpersoon", student.contact or "niet vastgelegd"),
        ("Datum", date_text(meta.made_on)),
    ]
    story.append(pairs(facts, WIDTH, 45 * mm))
    story += _phases(report, s)
    story += _cards(report, s)
    story += _credentials(report.credentials, portfolio, s)
    story += _hours(report.hours, s)
    story += _chart(chart, s)
    story += _practise(report.still_to_practise, has_route=bool(report.phases), s=s)
    story += _observations(observations, texts, s, since)
    return story


def _styles() -> dict[str, ParagraphStyle]:
    return styles()


def _section(title: str, s: dict[str, ParagraphStyle]) -> Paragraph:
    return para(title, s["h2"])


def _phases(report: ProgressReport, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    head = _section("Voortgang per fase", s)
    if not report.phases:
        return [head, para("Er is nog geen leerroute.", s["body"])]
    rows = []
    for p in report.phases:
        cards = f"{p.items_done} van {plural(p.items_total, 'kaart', 'kaarten')} klaar"
        steps = (
            f"{p.elements.mastered} van "
            f"{plural(p.elements.total, 'stap of criterium', 'stappen en criteria')} zelfstandig"
            if p.elements.total
            else "geen stappen of criteria"
        )
        rows.append([heading(p.phase), cards, steps])
    widths = [WIDTH * 0.46, WIDTH * 0.22, WIDTH * 0.32]
    return [KeepTogether([head, table(["Fase", "Kaarten", "Stappen en criteria"], rows, widths)])]


def _cards(report: ProgressReport, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not report.cards:
        return []
    done = set(report.done_items)
    rows = [
        [
            f"{c.code} {c.title}",
            c.card_type.value,
            f"{c.criteria.mastered} van {plural(c.criteria.total, 'criterium', 'criteria')}",
            "klaar" if c.route_item_id in done else "nog niet klaar",
        ]
        for c in report.cards
    ]
    widths = [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18]
    header = ["Kaart", "Soort", "Zelfstandig", "Klaar"]
    return [
        _section("Werkopdrachten en eindwerkopdrachten", s),
        table(header, rows, widths),
    ]


def eligibility_text(e: Eligibility) -> str:
    """Where the student stands for one credential, as sentences of the one wording the
    window and the CLI use (model/wording.py)."""
    parts = wording.eligibility_text(e).split(" | ")
    return " ".join(p[:1].upper() + p[1:].rstrip(". ") + "." for p in parts)


def _credentials(
    credentials: Sequence[Eligibility],
    portfolio: Sequence[PortfolioEntry],
    s: dict[str, ParagraphStyle],
) -> list[Flowable]:
    out: list[Flowable] = [_section("Kwalificaties", s)]
    if not credentials and not portfolio:
        return [*out, para("De leerroute werkt nog niet naar een kwalificatie toe.", s["body"])]
    if credentials:
        rows = [
            [
                f"{e.name} ({e.kind.value})",
                f"{e.criteria.mastered} van {plural(e.criteria.total, 'criterium', 'criteria')}"
                if e.criteria.total
                else "",
                eligibility_text(e),
            ]
            for e in credentials
        ]
        widths = [WIDTH * 0.32, WIDTH * 0.16, WIDTH * 0.52]
        out.append(table(["Kwalificatie", "Behaald", "Stand"], rows, widths))
    if portfolio:
        out.append(para("Uitgereikt (portfolio)", s["h3"]))
        rows = [
            [
                f"{p.credential} ({p.kind.value})",
                date_text(p.issued_on),
                p.issuer_name or issuing.ISSUER_LABELS[p.issuer],
                p.issued_by or "",
            ]
            for p in portfolio
        ]
        widths = [WIDTH * 0.40, WIDTH * 0.15, WIDTH * 0.25, WIDTH * 0.20]
        out.append(
            table(["Kwalificatie", "Datum", "Uitgereikt door", "Vastgelegd door"], rows, widths)
        )
    return out


def _hours(hours: Sequence[PlacementHours], s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not hours:
        return []
    rows = [
        [
            h.company,
            f"{date_text(h.start_on)} t/m {date_text(h.end_on)}"
            + (f" (afgelopen op {date_text(h.ended_on)})" if h.ended_on else ""),
            f"{hours_text(h.minutes_done)} van {number_text(h.hours_required)} uur",
        ]
        for h in hours
    ]
    widths = [WIDTH * 0.38, WIDTH * 0.37, WIDTH * 0.25]
    return [_section("Stage-uren", s), table(["Leerbedrijf", "Periode", "Uren"], rows, widths)]


def _chart(chart: StudentChart, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    head = _section("Observaties per week", s)
    weeks = chart.weeks
    if not weeks:
        return []
    total = sum(w.total for w in weeks)
    line = (
        f"{plural(total, 'observatie', 'observaties')} door begeleiders in week "
        f"{weeks[0].week_number} tot en met {weeks[-1].week_number} (vanaf "
        f"{date_text(weeks[0].week_start)}), per niveau; wat de leerling zelf inschatte "
        "telt hier niet mee."
    )
    return [KeepTogether([head, para(line, s["body"]), Spacer(1, 2 * mm), week_chart(chart)])]


def week_chart(chart: StudentChart, width: float = WIDTH, height: float = 62 * mm) -> Drawing:
    """Observations per week as stacked bars per level, with Dutch axis labels."""
    drawing = Drawing(width, height)
    # else the drawing starts in an unembedded Helvetica (renderbase.StateTracker reads it)
    setattr(drawing, "initialFontName", FONT)  # noqa: B010 - not in the stubs
    bars = VerticalBarChart()
    bars.x, bars.y = round(14 * mm), round(16 * mm)
    bars.width, bars.height = round(width - 62 * mm), round(height - 22 * mm)
    levels = list(Level)
    bars.data = [[w.counts[int(level)] for w in chart.weeks] for level in levels]
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.categoryNames = [str(w.week_number) for w in chart.weeks]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    top = max((w.total for w in chart.weeks), default=0)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(4, top + (1 if top % 2 else 2))
    bars.valueAxis.valueStep = max(1, -(-bars.valueAxis.valueMax // 4))
    bars.valueAxis.labelTextFormat = "%d"
    bars.barSpacing = 1
    for n, level in enumerate(levels):
        bars.bars[n].fillColor = LEVEL_FILL[level]
        bars.bars[n].strokeColor = colors.black
        bars.bars[n].strokeWidth = 0.4
    drawing.add(bars)
    drawing.add(
        String(
            bars.x + bars.width / 2, 3 * mm, "Week", fontName=FONT, fontSize=8, textAnchor="middle"
        )
    )
    label = String(0, 0, "Aantal observaties", fontName=FONT, fontSize=8, textAnchor="middle")
    # turned a quarter to the left, centred beside the value axis
    drawing.add(Group(label, transform=(0, 1, -1, 0, 5 * mm, bars.y + bars.height / 2)))
    legend = Legend()
    legend.x, legend.y = round(width - 44 * mm), round(height - 8 * mm)
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.colorNamePairs = [
        (LEVEL_FILL[level], f"{wording.level_mark(level)}: {wording.level_text(level)}")
        for level in reversed(levels)
    ]
    drawing.add(legend)
    return drawing


def _practise(
    items: Sequence[PractiseItem], *, has_route: bool, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    head = _section("Nog te oefenen", s)
    if not items:
        text = (
            "Niets meer: alle stappen en criteria in de route zijn zelfstandig gezien."
            if has_route
            else "Nog niets: er is nog geen leerroute."
        )
        return [head, para(text, s["body"])]
    rows = [
        [
            f"{i.card_code} {i.card_title}",
            f"{i.kind.value} {i.position}: {i.text}",
            i.level.label if i.level is not None else "nog niet geobserveerd",
            date_text(i.last_observed_on),
        ]
        for i in items
    ]
    widths = [WIDTH * 0.27, WIDTH * 0.43, WIDTH * 0.16, WIDTH * 0.14]
    count = para(
        f"{plural(len(items), 'stap of criterium', 'stappen en criteria')} nog niet zelfstandig.",
        s["body"],
    )
    return [
        head,
        count,
        table(["Kaart", "Stap of criterium", "Niveau", "Laatst gezien"], rows, widths),
    ]


def _observations(
    observations: Sequence[ObservationView],
    texts: dict[uuid.UUID, str],
    s: dict[str, ParagraphStyle],
    since: date | None,
) -> list[Flowable]:
    head = _section("Observaties", s)
    if not observations:
        return [head, para("Nog geen observaties vastgelegd.", s["body"])]
    shown = [o for o in observations if since is None or o.observed_on >= since]
    earlier = len(observations) - len(shown)
    rows = []
    for o in shown:
        what = texts.get(o.element_id, "(een stap of criterium dat niet meer in de route staat)")
        if o.remark:
            what += f"\nOpmerking: {o.remark}"
        who = "de leerling zelf" if o.self_assessment else (o.observed_by or "onbekend")
        rows.append([date_text(o.observed_on), what, o.level.label, SETTING_TEXT[o.setting], who])
    own = sum(1 for o in shown if o.self_assessment)
    line = plural(len(shown), "observatie", "observaties")
    line += f" sinds {date_text(since)}" if since is not None else ""
    line += ", nieuwste eerst"
    if own:
        line += f"; {own} daarvan door de leerling zelf (telt niet mee voor het niveau)"
    line += "."
    if earlier:
        line += (
            f" Daarvoor nog {plural(earlier, 'observatie', 'observaties')}, vanaf "
            f"{date_text(observations[-1].observed_on)} (in het programma te zien)."
        )
    out: list[Flowable] = [head, para(line, s["body"])]
    if rows:
        widths = [WIDTH * 0.14, WIDTH * 0.42, WIDTH * 0.13, WIDTH * 0.13, WIDTH * 0.18]
        header = ["Datum", "Stap of criterium", "Niveau", "Waar", "Door"]
        out.append(table(header, rows, widths))
    return out


__all__ = ["eligibility_text", "progress_report", "week_chart"]
