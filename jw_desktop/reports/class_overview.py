"""The class overview (klasoverzicht) for a teachers' meeting: the group's students down,
the cards of their routes (or one card's steps and criteria) across, each cell in its
level's colour AND with the level's number in it, as the window's grid draws it
(ui/widgets/class_grid.py: '1 / 2 / 3', '–' nothing observed), so it reads in grey print
and for colour-blind readers; a legend names the levels in words.

The numbers are SchoolStore.class_grid's, the same call the window's class overview
makes, which also limits a jobcoach to their own students. A wide grid goes on landscape
A4 and, when it is wider still, its columns are split over several tables, each with the
student column repeated, so nothing runs off the page; each table is followed by the key
of its columns (code or step, with its text)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from jw_desktop.model import Level, NotFound, Role, SchoolStore
from jw_desktop.model.overview import ClassGrid, GridColumn
from jw_desktop.model.wording import NOT_OBSERVED_MARK, date_text, level_mark, level_text, plural

from .base import FONT_BOLD, MARGIN, PAGE, Meta, build, clean, para, styles
from .tables import Command, pairs, table

LEVEL_COLOURS = {
    Level.NOT_YET: colors.HexColor("#f6d5d5"),
    Level.WITH_HELP: colors.HexColor("#fbe7bf"),
    Level.INDEPENDENT: colors.HexColor("#cdeccd"),
}
"""The window's level colours (ui/style.py LEVEL_COLOURS)."""
NAME_WIDTH = 45 * mm
CELL_WIDTH = 14 * mm
SIZE = 7.5
HEAD_SIZE = 6.5
GRID_PADDING = 2


def class_overview(
    store: SchoolStore, group_id: uuid.UUID, *, card_id: uuid.UUID | None = None
) -> bytes:
    """The overview of one group as PDF bytes: per card the lowest level of its steps
    and criteria, or (card_id) per step and criterion of that card."""
    grid = store.class_grid(group_id, card_id)
    group = next((name for gid, name in store.groups() if gid == group_id), None)
    if group is None:
        raise NotFound("Deze groep bestaat niet (meer).")
    card = store.card(card_id) if card_id is not None else None
    what = f" - {card.code} {card.title}" if card is not None else ""
    school = store.school_name() or ""
    user = store.user
    meta = Meta(
        title=f"Klasoverzicht {group}{what}",
        school=school,
        author=user.name if user is not None else school,
        subject=f"Klasoverzicht {group}: per leerling het niveau per "
        + ("stap en criterium" if card is not None else "kaart"),
        made_on=store.today(),
    )
    only_own = user is not None and user.role == Role.JOBCOACH
    pagesize = _page_for(len(grid.columns))
    story = _story(grid, meta, group, by_card=card is None, only_own=only_own, pagesize=pagesize)
    return build(story, meta, pagesize=pagesize)


def _page_for(columns: int) -> tuple[float, float]:
    """Portrait A4 when every column fits beside the names, else landscape."""
    room = PAGE[0] - 2 * MARGIN - NAME_WIDTH
    return PAGE if columns * CELL_WIDTH <= room else landscape(PAGE)


def per_page(pagesize: tuple[float, float]) -> int:
    """How many level columns fit beside the student column on a page this wide."""
    return max(1, int((pagesize[0] - 2 * MARGIN - NAME_WIDTH) // CELL_WIDTH))


def _story(
    grid: ClassGrid,
    meta: Meta,
    group: str,
    *,
    by_card: bool,
    only_own: bool,
    pagesize: tuple[float, float],
) -> list[Flowable]:
    s = styles()
    width = pagesize[0] - 2 * MARGIN
    story: list[Flowable] = [para(meta.title, s["title"])]
    students = plural(len(grid.rows), "leerling", "leerlingen")
    if only_own:
        students += " (alleen de leerlingen die je begeleidt)"
    columns = (
        plural(len(grid.columns), "kaart", "kaarten")
        if by_card
        else plural(len(grid.columns), "stap of criterium", "stappen en criteria")
    )
    story.append(
        pairs(
            [
                ("Groep", group),
                ("Leerlingen", students),
                ("Kolommen", columns),
                ("Datum", date_text(meta.made_on)),
            ],
            width,
            32 * mm,
        )
    )
    how = (
        "Per leerling en kaart het laagste niveau van de stappen en criteria van die kaart "
        "(de laatste observatie door een begeleider telt; wat de leerling zelf inschatte "
        "niet). Een stap die nog niet gezien is telt als nog niet, zodra er op de kaart iets "
        "gezien is."
        if by_card
        else "Per leerling en stap of criterium het niveau van de laatste observatie door "
        "een begeleider (wat de leerling zelf inschatte telt niet)."
    )
    story += [Spacer(1, 2 * mm), para(how, s["body"]), Spacer(1, 2 * mm), legend(by_card)]
    if not grid.rows:
        return [*story, para("Er zijn geen leerlingen om te tonen.", s["body"])]
    if not grid.columns:
        text = "In de leerroutes van deze groep staat nog geen kaart met stappen of criteria."
        return [*story, para(text, s["body"])]
    noun = "Kaarten" if by_card else "Stappen en criteria"
    chunks = split_columns(len(grid.columns), per_page(pagesize))
    for chunk in chunks:
        story.append(CondPageBreak(45 * mm))
        if len(chunks) > 1:
            text = f"{noun} {chunk.start + 1} tot en met {chunk.stop} van {len(grid.columns)}"
            story.append(para(text, s["h2"]))
        else:
            story.append(Spacer(1, 3 * mm))
        story.append(_grid_table(grid, chunk))
    story += [CondPageBreak(40 * mm), para("Wat de kolommen betekenen", s["h2"])]
    story.append(_key(grid.columns, width, by_card))
    return story


def split_columns(count: int, most: int) -> list[range]:
    """The columns in as few tables as fit the page, of about equal width (15 + 15, not
    17 + 13)."""
    tables = -(-count // most)
    size = -(-count // tables) if tables else 0
    return [range(n, min(n + size, count)) for n in range(0, count, size)] if size else []


def legend(by_card: bool) -> Flowable:
    """The colours with their number and their word, and what '–' means."""
    rows = [[level_mark(level), level_text(level)] for level in Level]
    unseen = "nog niets geobserveerd" + (" (of de kaart staat niet in de route)" if by_card else "")
    rows.append([NOT_OBSERVED_MARK, unseen])
    found = table(["", "Niveau"], rows, [8 * mm, 90 * mm], size=8.5)
    commands: list[Command] = [
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("FONT", (0, 1), (0, -1), FONT_BOLD, 8.5),
    ]
    commands += [
        ("BACKGROUND", (0, n + 1), (0, n + 1), LEVEL_COLOURS[lv]) for n, lv in enumerate(Level)
    ]
    found.setStyle(commands)
    return KeepTogether([found])


def _grid_table(grid: ClassGrid, chunk: range) -> Flowable:
    header: list[str | Flowable] = ["Leerling", *(_head(grid.columns[n].label) for n in chunk)]
    widths = [NAME_WIDTH, *([CELL_WIDTH] * len(chunk))]
    rows: list[list[str]] = []
    commands: list[Command] = [
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (1, 0), (-1, -1), GRID_PADDING),
        ("RIGHTPADDING", (1, 0), (-1, -1), GRID_PADDING),
        ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
        ("FONT", (1, 1), (-1, -1), FONT_BOLD, SIZE + 1),
    ]
    for y, row in enumerate(grid.rows, start=1):
        cells = [row.name]
        for x, n in enumerate(chunk, start=1):
            level = row.levels[n]
            cells.append(level_mark(level))
            if level is not None:
                commands.append(("BACKGROUND", (x, y), (x, y), LEVEL_COLOURS[level]))
        rows.append(cells)
    return table(header, rows, widths, size=SIZE, extra=commands)


def _head(label: str) -> Flowable:
    """A column's label in small bold type, centred, broken after its last '-' or space
    when it is too wide for the column ('GRN-EWO-' above '01'), and smaller still when
    a part does not fit (a long word wraps inside the column, never beyond it)."""
    room = CELL_WIDTH - 2 * GRID_PADDING
    parts = [clean(label)]
    if stringWidth(parts[0], FONT_BOLD, HEAD_SIZE) > room:
        cut = max(label.rfind("-"), label.rfind(" "))
        if cut > 0:
            parts = [clean(label[: cut + 1].rstrip()), clean(label[cut + 1 :].strip())]
    widest = max(stringWidth(p, FONT_BOLD, HEAD_SIZE) for p in parts)
    size = max(5.0, min(HEAD_SIZE, HEAD_SIZE * room / widest)) if widest else HEAD_SIZE
    style = ParagraphStyle(
        "grid-head", fontName=FONT_BOLD, fontSize=size, leading=size + 1.5, alignment=TA_CENTER
    )
    return para("\n".join(parts), style)


def _key(columns: Sequence[GridColumn], width: float, by_card: bool) -> Flowable:
    """What each column's short label stands for, with its place in the grid."""
    label = 28 * mm
    rows = [[f"{n}. {c.label}", c.text] for n, c in enumerate(columns, start=1)]
    head = ["Kaart" if by_card else "Kolom", "Titel" if by_card else "Tekst"]
    return table(head, rows, [label, min(width - label, 200 * mm)], size=SIZE)


__all__ = ["class_overview", "legend", "per_page", "split_columns"]
