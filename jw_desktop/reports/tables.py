"""Tables the documents share: a header that repeats on every page a table runs over,
cells that wrap, and label/value pairs. A cell's text is broken into lines once and drawn
as plain strings (cleaned, never markup): a paragraph is wrapped again each time the table
is measured, split and drawn, which made a report of a few hundred rows twice as slow
(bench/reports.py)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle

from .base import FONT, FONT_BOLD, clean, para, styles

GRID = colors.HexColor("#9a9a9a")
HEAD = colors.HexColor("#e4e4e4")
PADDING = 3  # points left and right of a cell's text
Cell = str | Flowable
Command = tuple[Any, ...]
"""A TableStyle command: ('BACKGROUND', (x0, y0), (x1, y1), colour) and the like."""


@cache
def cell_styles(size: float = 8.5) -> tuple[ParagraphStyle, ParagraphStyle]:
    """(body, bold) paragraph styles for cells of this font size."""
    body = ParagraphStyle("cell", parent=styles()["body"], fontSize=size, leading=size * 1.25)
    return body, ParagraphStyle("cell-head", parent=body, fontName=FONT_BOLD)


def cell(text: str, width: float, *, bold: bool = False, size: float = 8.5) -> Cell:
    """The text as plain lines broken at spaces to fit the column (a table draws a
    string's lines itself), else - a word wider than the column - a paragraph that
    breaks the word too."""
    font = FONT_BOLD if bold else FONT
    shown = clean(text)
    room = width - 2 * PADDING
    if "\n" not in shown and pdfmetrics.stringWidth(shown, font, size) <= room:
        return shown
    lines = [line for part in shown.split("\n") for line in simpleSplit(part, font, size, room)]
    if all(pdfmetrics.stringWidth(line, font, size) <= room for line in lines):
        return "\n".join(lines)
    body, head = cell_styles(size)
    return para(text, head if bold else body)


def table(
    header: Sequence[str | Cell],
    rows: Sequence[Sequence[str | Cell]],
    widths: Sequence[float],
    *,
    size: float = 8.5,
    extra: Sequence[Command] = (),
) -> Table:
    """A grid with a grey header row that repeats on every page; each text cell wraps in
    its column (given widths, in points). `extra` adds TableStyle commands."""
    data: list[list[Cell]] = [
        [
            h if not isinstance(h, str) else cell(h, w, bold=True, size=size)
            for h, w in zip(header, widths, strict=True)
        ]
    ]
    for row in rows:
        data.append(
            [
                c if not isinstance(c, str) else cell(c, w, size=size)
                for c, w in zip(row, widths, strict=True)
            ]
        )
    found = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    found.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.25),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size * 1.25),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *extra,
            ]
        )
    )
    return found


def pairs(items: Sequence[tuple[str, str]], width: float, label_width: float) -> Table:
    """'Leerling   Jerome Tromp' lines: a bold label and its value, without lines."""
    value_width = width - label_width
    rows = [
        [cell(label, label_width, bold=True, size=9.5), cell(value, value_width, size=9.5)]
        for label, value in items
    ]
    found = Table(rows, colWidths=[label_width, value_width], hAlign="LEFT")
    found.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 12),
                ("FONT", (0, 0), (0, -1), FONT_BOLD, 9.5, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return found
