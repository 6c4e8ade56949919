"""The printable instruction card for the workbench, and the werkopdracht checklist.

The card is for a workbench without a laptop: the card's code and title big at the top,
a QR code that opens the card in the app (links.py), then one block per step with its
picture large beside the step's text in 18 pt; what the card asks to show (criteria) and
its questions follow in blocks of their own. The checklist is the paper form of an
observation: every step and criterion with a drawn box per level to tick, lines for the
date, the observer and where, and room for remarks; for one student it carries the name
and marks lightly the level the student has now."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jw_desktop.model import ElementKind, Level, SchoolStore, Setting
from jw_desktop.model.enums import OBSERVABLE_KINDS
from jw_desktop.model.views import CardDetail, ElementView
from jw_desktop.model.wording import date_text

from ._parts import TickBox, author, picture, qr_code, short, table_style
from .base import FONT_BOLD, FONT_ITALIC, MARGIN, PAGE, Meta, build, para, styles
from .links import card_url

WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's width inside its padding of 6 pt a side
QR_SIZE = 38 * mm  # a card link is a 29-module code: over 1 mm a module, read from a metre
PICTURE_W, PICTURE_H = 84 * mm, 63 * mm
PAD = 6
TALL_TEXT = 150 * mm  # a step text taller than this goes below its picture, not beside it


def _card_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = s["body"]
    return {
        "title": ParagraphStyle(
            "card-title", parent=body, fontName=FONT_BOLD, fontSize=26, leading=31, spaceAfter=4
        ),
        "code": ParagraphStyle(
            "card-code", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=6
        ),
        "text": ParagraphStyle("card-text", parent=body, fontSize=18, leading=24),
        "lead": ParagraphStyle("card-lead", parent=body, fontSize=16, leading=21, spaceAfter=6),
        "step": ParagraphStyle(
            "card-step", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "card-h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=25,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "caption": ParagraphStyle("card-caption", parent=body, fontSize=9, leading=11, alignment=1),
    }


def _header(card: CardDetail, url: str, st: dict[str, ParagraphStyle]) -> Table:
    left: list[Flowable] = [para(card.code, st["code"]), para(card.title, st["title"])]
    if card.summary:
        left.append(para(card.summary, st["lead"]))
    right: list[Flowable] = [
        qr_code(url, QR_SIZE),
        para("Scan: open deze kaart in jw-desktop", st["caption"]),
    ]
    table = Table([[left, right]], colWidths=[WIDTH - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    return table


def _block_style(*extra: tuple[object, ...]) -> TableStyle:
    return table_style(
        [
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            *extra,
        ]
    )


ROW_MAX = 60 * mm  # a table row never splits: a longer text is cut into rows this tall


def pieces(text: Paragraph, width: float, max_height: float = ROW_MAX) -> list[Flowable]:
    """A paragraph cut at line ends into parts no taller than max_height, one table row
    each: a row does not split over pages, rows do."""
    out: list[Flowable] = []
    rest: Flowable = text
    while rest.wrap(width, PAGE[1] * 10)[1] > max_height:
        parts = rest.split(width, max_height)
        if len(parts) < 2:
            break
        out.append(parts[0])
        rest = parts[1]
    return [*out, rest]


def _rows_table(rows: list[list[Any]], width: float, *extra: tuple[object, ...]) -> Table:
    """A boxed block of one column; rows after the first join up without a gap."""
    table = Table(rows, colWidths=[width])
    table.setStyle(
        _block_style(
            ("TOPPADDING", (0, 1), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -2), 0),
            *extra,
        )
    )
    return table


def _step_block(
    store: SchoolStore, number: int, element: ElementView, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """One step: its picture large beside its text, or above it when the text is long;
    the text alone when the step has no picture."""
    head = para(f"Stap {number}", st["step"])
    text = para(element.text, st["text"])
    inner = WIDTH - 2 * PAD
    if element.picture_id is None:
        rows: list[list[Any]] = [[head], *([p] for p in pieces(text, inner))]
        return [CondPageBreak(40 * mm), _rows_table(rows, WIDTH), Spacer(1, 5 * mm)]
    data = store.picture(element.picture_id)
    text_width = WIDTH - PICTURE_W - 4 * PAD
    _, text_height = text.wrap(text_width, PAGE[1])
    if text_height <= TALL_TEXT:
        image = picture(data, PICTURE_W, PICTURE_H)
        table = Table(
            [[image, [head, para(element.text, st["text"])]]],
            colWidths=[PICTURE_W + 2 * PAD, WIDTH - PICTURE_W - 2 * PAD],
        )
        table.setStyle(_block_style())
        return [KeepTogether([table]), Spacer(1, 5 * mm)]
    # A long text: the picture on top, large, and the text below it (it may run on).
    image = picture(data, inner, PICTURE_H * 1.2)
    text = para(element.text, st["text"])
    rows = [[[head, image]], *([p] for p in pieces(text, inner))]
    table = _rows_table(rows, WIDTH, ("ALIGN", (0, 0), (0, 0), "CENTER"))
    return [CondPageBreak(PICTURE_H * 1.2 + 50 * mm), table, Spacer(1, 5 * mm)]


def _text_blocks(
    heading: str, elements: Sequence[ElementView], st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if not elements:
        return []
    story: list[Flowable] = [CondPageBreak(50 * mm), para(heading, st["h2"])]
    for element in elements:
        rows: list[list[Any]] = [
            [p] for p in pieces(para(element.text, st["text"]), WIDTH - 2 * PAD)
        ]
        story += [_rows_table(rows, WIDTH), Spacer(1, 3 * mm)]
    return story


def instruction_card(store: SchoolStore, card_id: uuid.UUID, version: int | None = None) -> bytes:
    """The card printed big for the workbench, with a QR code that opens it in the app."""
    card = store.card(card_id, version)
    school = store.school_name() or ""
    st = _card_styles()
    url = card_url(card.code, None if card.version == card.current_version else card.version)
    story: list[Flowable] = [_header(card, url, st), Spacer(1, 6 * mm)]
    steps = card.of_kind(ElementKind.STEP)
    for number, element in enumerate(steps, start=1):
        story += _step_block(store, number, element, st)
    story += _text_blocks("Zo is het goed", card.of_kind(ElementKind.CRITERION), st)
    story += _text_blocks("Vragen", card.of_kind(ElementKind.QUESTION), st)
    if card.body:
        story += [CondPageBreak(40 * mm), para("Uitleg", st["h2"])]
        story += [para(part, st["lead"]) for part in card.body.split("\n\n") if part.strip()]
    if len(story) == 2:
        story.append(para("Deze kaart heeft nog geen stappen.", st["lead"]))
    title = f"{card.code} {card.title}"
    meta = Meta(
        title=short(title),
        school=school,
        author=author(store, school),
        subject=f"Instructiekaart {title} (versie {card.version})",
        made_on=store.today(),
    )
    return build(story, meta)


# -- the werkopdracht checklist -------------------------------------------------------------

BOX = 7 * mm
LEVEL_COLUMN = 27 * mm
LEVELS = (Level.NOT_YET, Level.WITH_HELP, Level.INDEPENDENT)


def _check_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = s["body"]
    return {
        **s,
        "item": ParagraphStyle("check-item", parent=body, fontSize=11, leading=14),
        "now": ParagraphStyle(
            "check-now",
            parent=body,
            fontName=FONT_ITALIC,
            fontSize=8,
            leading=10,
            textColor=colors.Color(0.3, 0.3, 0.3),
            spaceBefore=2,
        ),
        "head": ParagraphStyle(
            "check-head", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=12, alignment=1
        ),
        "headl": ParagraphStyle(
            "check-headl", parent=body, fontName=FONT_BOLD, fontSize=10, leading=12
        ),
        "line": ParagraphStyle("check-line", parent=body, fontSize=11, leading=14),
    }


def _fill_line(label: str, width: float, st: ParagraphStyle) -> Table:
    """'Datum: ________' drawn as a label with a line to write on."""
    table = Table(
        [[para(label, st), ""]], colWidths=[30 * mm, width - 30 * mm], rowHeights=[9 * mm]
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _setting_line(st: ParagraphStyle) -> Table:
    """'Waar: [ ] school [ ] werkplek', a box to tick for each place."""
    cells: list[object] = [para("Waar:", st)]
    widths = [18 * mm]
    for setting in Setting:
        cells += [TickBox(5 * mm), para(str(setting.value), st)]
        widths += [8 * mm, 26 * mm]
    table = Table([cells], colWidths=widths, rowHeights=[9 * mm], hAlign="LEFT")
    table.setStyle(
        table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _remarks(st: ParagraphStyle) -> Table:
    lines = 6
    rows = [[para("Opmerkingen", st)]] + [[""] for _ in range(lines)]
    table = Table(rows, colWidths=[WIDTH], rowHeights=[8 * mm] + [9 * mm] * lines)
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.Color(0.6, 0.6, 0.6)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([table])  # type: ignore[return-value]


def checklist(store: SchoolStore, card_id: uuid.UUID, student_id: uuid.UUID | None = None) -> bytes:
    """The werkopdracht checklist to tick on paper: a drawn box per level for every step
    and criterion; with a student, their name and their level now shaded lightly."""
    card = store.card(card_id)
    school = store.school_name() or ""
    st = _check_styles()
    student = store.student(student_id) if student_id is not None else None
    levels = store.levels(student_id) if student_id is not None else {}
    story: list[Flowable] = [
        para(f"Afvinklijst {card.code}", st["title"]),
        para(card.title, st["h2"]),
    ]
    if card.summary:
        story.append(para(card.summary, st["body"]))
    story.append(Spacer(1, 3 * mm))
    half = WIDTH / 2 - 3 * mm
    who = student.name if student is not None else ""
    lines = Table(
        [
            [
                _fill_line("Leerling:", half, st["line"])
                if not who
                else para(f"Leerling: {who}", st["line"]),
                _fill_line("Datum:", half, st["line"]),
            ],
            [_fill_line("Observator:", half, st["line"]), _setting_line(st["line"])],
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    lines.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story += [lines, Spacer(1, 5 * mm)]
    elements = [e for e in card.elements if e.kind in OBSERVABLE_KINDS]
    if elements:
        story.append(_level_table(elements, levels, st))
        if levels:
            story.append(
                para(
                    "Grijs: het niveau dat bij de laatste observatie is vastgelegd.",
                    st["small"],
                )
            )
    else:
        story.append(para("Deze kaart heeft geen stappen of criteria om af te vinken.", st["body"]))
    story += [Spacer(1, 6 * mm), _remarks(st["h3"])]
    suffix = f" - {student.name}" if student is not None else ""
    title = short(f"Afvinklijst {card.code} {card.title}", 70 - len(suffix)) + suffix
    meta = Meta(
        title=title,
        school=school,
        author=author(store, school),
        subject=f"Afvinklijst {card.code} (versie {card.version})",
        made_on=store.today(),
    )
    return build(story, meta)


def _level_table(
    elements: Sequence[ElementView],
    levels: dict[uuid.UUID, tuple[Level, date]],
    st: dict[str, ParagraphStyle],
) -> Table:
    text_width = WIDTH - 10 * mm - 3 * LEVEL_COLUMN
    rows: list[list[Any]] = [
        [para("", st["head"]), para("Stap of criterium", st["headl"])]
        + [para(level.label, st["head"]) for level in LEVELS]
    ]
    step = criterion = 0
    for element in elements:
        if element.kind == ElementKind.STEP:
            step += 1
            number = f"{step}"
        else:
            criterion += 1
            number = f"C{criterion}"
        now = levels.get(element.id)
        parts = pieces(para(element.text, st["item"]), text_width - 12)
        first: list[Flowable] = [parts[0]]
        if now is not None and len(parts) == 1:
            first.append(para(f"Nu: {now[0].label} ({date_text(now[1])})", st["now"]))
        rows.append(
            [para(number, st["item"]), first]
            + [TickBox(BOX, shaded=now is not None and now[0] == level) for level in LEVELS]
        )
        for n, part in enumerate(parts[1:], start=2):  # a text too long for one row
            cell: list[Flowable] = [part]
            if now is not None and n == len(parts):
                cell.append(para(f"Nu: {now[0].label} ({date_text(now[1])})", st["now"]))
            rows.append(["", cell, "", "", ""])
    table = Table(
        rows,
        colWidths=[10 * mm, text_width, LEVEL_COLUMN, LEVEL_COLUMN, LEVEL_COLUMN],
        repeatRows=1,
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.45, 0.45, 0.45)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (1, -1), "TOP"),
                ("VALIGN", (2, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                ("LEFTPADDING", (2, 0), (-1, 0), 2),
                ("RIGHTPADDING", (2, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ]
        )
    )
    return table


__all__ = ["checklist", "instruction_card"]
