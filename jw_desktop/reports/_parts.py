"""Small drawn parts the card, the checklist and the certificate share: a QR code, a tick
box (drawn, not a glyph: the font has no ☐), a picture scaled to fit, and who made a
document."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from PIL import Image as PILImage
from reportlab.graphics.barcode.qr import QrCode
from reportlab.platypus import Flowable, Image, TableStyle

from jw_desktop.model import SchoolStore

from .base import FONT


def qr_code(text: str, size: float, level: str = "M") -> Flowable:
    """A QR code of size x size points, with the standard quiet zone of 4 modules inside
    that square (so nothing printed beside it disturbs a phone's camera). reportlab's
    QrCode flowable encodes once, when drawn (the widget in a Drawing encodes twice: a
    signed certificate's code took 0.1 s each time)."""
    return QrCode(text, width=size, height=size, qrBorder=4, qrLevel=level)


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font: a table sets its cells' font (Helvetica, not
    embedded, unless told) even when they hold only paragraphs."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class TickBox(Flowable):
    """An empty square to tick with a pen; shaded lightly to mark a level already reached."""

    def __init__(self, size: float, shaded: bool = False) -> None:
        super().__init__()
        self.size = size
        self.shaded = shaded
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(1.2)
        canvas.setStrokeGray(0.1)
        if self.shaded:
            canvas.setFillGray(0.82)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=1 if self.shaded else 0)
        canvas.restoreState()


def picture(data: bytes, max_width: float, max_height: float) -> Image:
    """An image scaled to fit max_width x max_height, keeping its aspect ratio."""
    with PILImage.open(io.BytesIO(data)) as img:
        width, height = img.size
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def author(store: SchoolStore, school: str) -> str:
    """Who made the document: the logged-in user, else the school."""
    return store.user.name if store.user is not None else school


def short(text: str, length: int = 70) -> str:
    """A title short enough for the line above every page: cut at a word, with '…'."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,:;-") + "…"
