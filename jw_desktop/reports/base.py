"""What every printed document shares: A4, the embedded font, the school's name above and
'Pagina x van y' below every page, the PDF's metadata (title, author, subject, language
nl-NL) and byte-for-byte reproducibility: the same data gives the same file.

The font is Bitstream Vera, which ships inside reportlab: every machine (and the frozen
app) has the very same file, so a document made on a laptop and on the central is the same
to the byte, and it covers every letter Dutch uses but the rare ligature 'ĳ', which
``clean()`` writes as 'ij' (its Unicode compatibility form), as Dutch writers do anyway."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

FONT = "JW"
FONT_BOLD = "JW-Bold"
FONT_ITALIC = "JW-Italic"
PAGE = A4
MARGIN = 18 * mm
_FONT_FILES = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf"}


@cache
def register_fonts() -> frozenset[int]:
    """Register the embedded fonts once; returns the code points the font can draw."""
    folder = Path(reportlab.__file__).parent / "fonts"
    faces = []
    for name, file in _FONT_FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        faces.append(font)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return frozenset(faces[0].face.charToGlyph)


def clean(text: str) -> str:
    """Text the font can draw: a letter it lacks is written in its compatibility form
    ('ĳ' -> 'ij', 'ﬁ' -> 'fi'), else its base letter without the accent, else '?'."""
    drawable = register_fonts()
    out = []
    for ch in text:
        if ord(ch) in drawable or ch in "\n\t":
            out.append(ch)
            continue
        for form in (unicodedata.normalize("NFKC", ch), unicodedata.normalize("NFKD", ch)):
            kept = "".join(c for c in form if ord(c) in drawable)
            if kept:
                out.append(kept)
                break
        else:
            out.append("?")
    return "".join(out)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, cleaned): data never becomes markup."""
    return Paragraph(escape(clean(text)).replace("\n", "<br/>"), style)


@dataclass(frozen=True)
class Meta:
    """What a document says about itself: in the PDF's properties and on every page."""

    title: str  # "Voortgangsrapport Jerome Bakker"
    school: str  # printed above every page
    author: str  # who made it: the logged-in user, else the school
    subject: str = ""
    made_on: date | None = None  # printed in the footer; part of the data (reproducible)


def styles() -> dict[str, ParagraphStyle]:
    """The shared paragraph styles (sizes in points)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=4,
            spaceAfter=2,
        ),
        "large": ParagraphStyle("large", parent=body, fontSize=18, leading=24),
    }


HEADER_GAP = 6 * mm


def fit(text: str, width: float, size: float, font: str = FONT) -> str:
    """The text, shortened with '…' at the end when it is wider than `width` points."""
    text = clean(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def header_texts(meta: Meta, width: float, size: float) -> tuple[str, str]:
    """The school (left) and the title (right) of the page header, each shortened so
    the two never overlap: the school keeps up to half the line, the title the rest."""
    register_fonts()
    school = fit(meta.school, width / 2 - HEADER_GAP / 2, size)
    room = width - pdfmetrics.stringWidth(school, FONT, size) - HEADER_GAP
    return school, fit(meta.title, room, size)


def _numbered_canvas(meta: Meta) -> type[Canvas]:
    """A canvas that draws the header and 'Pagina x van y' once it knows y (it keeps each
    page until the document is done)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # else an unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._kept_pages)
            for number, state in enumerate(self._kept_pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize  # type: ignore[attr-defined]
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillGray(0.35)
            school, title = header_texts(meta, width - 2 * MARGIN, 8)
            self.drawString(MARGIN, height - 11 * mm, school)
            self.drawRightString(width - MARGIN, height - 11 * mm, title)
            self.drawString(
                MARGIN, 9 * mm, f"Gemaakt op {meta.made_on:%d-%m-%Y}" if meta.made_on else ""
            )
            self.drawRightString(width - MARGIN, 9 * mm, f"Pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas


def build(
    story: Sequence[Flowable],
    meta: Meta,
    *,
    pagesize: tuple[float, float] = PAGE,
    margin: float = MARGIN,
) -> bytes:
    """The PDF of a story, with the shared page furniture and metadata; reproducible
    (reportlab's invariant mode: no clock, no random id)."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=clean(meta.title),
        author=clean(meta.author),
        subject=clean(meta.subject or meta.title),
        creator="jw-desktop",
        producer="jw-desktop (reportlab)",
        lang="nl-NL",
        invariant=1,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(meta))
    return out.getvalue()
