"""Pictograms for the steps of demo instruction cards.

Many students in practical vocational education learn by seeing rather than by reading, so
every step of an instructiekaart gets a picture. They are drawn in code with Pillow alone: no
image files to ship or license, no downloads, and the same input always gives the same PNG bytes.
Each motif is a short function over shared shape helpers, in a 100 x 100 unit box.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw, ImageFont

__all__ = ["MOTIFS", "draw_step_picture"]

RGB = tuple[int, int, int]
Part = tuple[str, tuple[float, ...]]

INK: RGB = (33, 37, 41)
WHITE: RGB = (255, 255, 255)
PAPER: RGB = (250, 250, 247)
STEEL: RGB = (200, 207, 214)
GREY: RGB = (140, 148, 156)
DARK: RGB = (72, 79, 87)
BLUE: RGB = (52, 132, 219)
WATER: RGB = (125, 195, 245)
GREEN: RGB = (62, 166, 88)
LEAF: RGB = (110, 196, 80)
SOIL: RGB = (112, 74, 46)
TERRA: RGB = (214, 112, 68)
WOOD: RGB = (224, 172, 108)
BROWN: RGB = (160, 104, 62)
CARD: RGB = (212, 160, 100)
YELLOW: RGB = (255, 204, 38)
ORANGE: RGB = (247, 138, 36)
RED: RGB = (222, 58, 58)
SKIN: RGB = (247, 202, 164)
BADGE: RGB = (29, 53, 87)

# Light backgrounds, one per motif family.
BG_CLEAN: RGB = (221, 237, 250)
BG_GREEN: RGB = (226, 243, 218)
BG_GOODS: RGB = (247, 235, 212)
BG_KITCHEN: RGB = (252, 228, 220)
BG_WORK: RGB = (235, 230, 247)

LINE = 2.6  # outline thickness in units
SUPERSAMPLE = 2
COLOURS = 40  # palette size of the final PNG


def shade(c: RGB, f: float) -> RGB:
    """Darker (f < 1) or lighter (f > 1) version of a colour."""
    r, g, b = (v * f if f <= 1 else v + (255 - v) * (f - 1) for v in c)
    return (round(r), round(g), round(b))


# Shape parts, in units of the 100 x 100 motif box.
def rect(x0: float, y0: float, x1: float, y1: float, r: float = 0.0) -> Part:
    return ("rect", (x0, y0, x1, y1, r))


def oval(x0: float, y0: float, x1: float, y1: float) -> Part:
    return ("oval", (x0, y0, x1, y1))


def circle(cx: float, cy: float, r: float) -> Part:
    return oval(cx - r, cy - r, cx + r, cy + r)


def cap(x0: float, y0: float, x1: float, y1: float, t: float) -> Part:
    """A capsule: a thick segment with round ends."""
    return ("cap", (x0, y0, x1, y1, t))


def poly(*pts: float) -> Part:
    return ("poly", pts)


def segments(pts: Sequence[float], t: float) -> list[Part]:
    """Capsules along a polyline given as flat x, y pairs."""
    ends = zip(pts[:-2:2], pts[1:-2:2], pts[2::2], pts[3::2], strict=True)
    return [cap(a, b, c, e, t) for a, b, c, e in ends]


def tf(
    pts: Sequence[float], cx: float, cy: float, deg: float = 0.0, k: float = 1.0, flip: bool = False
) -> tuple[float, ...]:
    """Mirror, rotate (degrees, clockwise on screen), scale and move flat x, y pairs."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    out: list[float] = []
    for x0, y in zip(pts[::2], pts[1::2], strict=True):
        x = -x0 if flip else x0
        out += [cx + k * (x * c - y * s), cy + k * (x * s + y * c)]
    return tuple(out)


def arc(
    cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 16
) -> tuple[float, ...]:
    """Points on an elliptic arc, angles in degrees (0 = right, 90 = down)."""
    out: list[float] = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out += [cx + rx * math.cos(a), cy + ry * math.sin(a)]
    return tuple(out)


def spoke(cx: float, cy: float, r0: float, r1: float, deg: float) -> tuple[float, ...]:
    """A radial segment, for clock ticks and dial needles (0 degrees = right, 90 = down)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return (cx + r0 * c, cy + r0 * s, cx + r1 * c, cy + r1 * s)


def lens(
    x0: float, y0: float, x1: float, y1: float, w: float, bend: float = 0.0, n: int = 12
) -> Part:
    """A leaf or blade: pointed at both ends, w wide in the middle, bowed sideways by bend."""
    dx, dy = x1 - x0, y1 - y0
    ln = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / ln, dx / ln
    side = [(i / n, math.sin(math.pi * i / n)) for i in range(n + 1)]
    pts: list[float] = []
    for sign, half in ((1, side), (-1, side[-2:0:-1])):
        for t, b in half:
            off = bend * b + sign * w / 2 * b
            pts += [x0 + dx * t + nx * off, y0 + dy * t + ny * off]
    return poly(*pts)


class Pen:
    """Draws parts given in motif units onto the supersampled image."""

    def __init__(
        self, draw: ImageDraw.ImageDraw, ox: float, oy: float, unit: float, bg: RGB
    ) -> None:
        self.draw, self.ox, self.oy, self.unit, self.bg = draw, ox, oy, unit, bg

    def _xy(self, v: Sequence[float]) -> list[float]:
        return [(self.oy if i % 2 else self.ox) + c * self.unit for i, c in enumerate(v)]

    def _dot(self, x: float, y: float, r: float, colour: RGB) -> None:
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)

    def _part(self, part: Part, colour: RGB, grow: float) -> None:
        kind, v = part
        g, d = grow * self.unit, self.draw
        if kind == "poly":
            xy = self._xy(v)
            d.polygon(xy, fill=colour)
            if g:
                d.line([*xy, *xy[:4]], fill=colour, width=round(2 * g), joint="curve")
                for x, y in zip(xy[::2], xy[1::2], strict=True):
                    self._dot(x, y, g, colour)
            return
        x0, y0, x1, y1 = self._xy(v[:4])
        if kind == "cap":
            r = v[4] * self.unit / 2 + g
            d.line((x0, y0, x1, y1), fill=colour, width=round(2 * r))
            self._dot(x0, y0, r, colour)
            self._dot(x1, y1, r, colour)
            return
        box = (x0 - g, y0 - g, x1 + g, y1 + g)
        if kind == "oval":
            d.ellipse(box, fill=colour)
        else:
            radius = min(v[4] * self.unit + g, (box[2] - box[0]) / 2, (box[3] - box[1]) / 2)
            d.rounded_rectangle(box, radius=radius, fill=colour)

    def shape(self, fill: RGB, *parts: Part, line: float = LINE) -> None:
        """Fill the union of the parts and give it one outline."""
        if line:
            for part in parts:
                self._part(part, INK, line)
        for part in parts:
            self._part(part, fill, 0)

    def stroke(self, pts: Sequence[float], t: float, fill: RGB) -> None:
        """An outlined thick polyline (handles, stems)."""
        self.shape(fill, *segments(pts, t))

    def line(self, pts: Sequence[float], w: float = LINE, colour: RGB = INK) -> None:
        """A plain round-capped polyline for details."""
        self.shape(colour, *segments(pts, w), line=0)


# Shared pieces.
def drop(p: Pen, cx: float, cy: float, r: float, fill: RGB = WATER) -> None:
    p.shape(
        fill,
        circle(cx, cy, r),
        poly(cx - r * 0.97, cy - r * 0.25, cx, cy - r * 2.3, cx + r * 0.97, cy - r * 0.25),
    )


def hand(
    p: Pen,
    cx: float,
    cy: float,
    deg: float,
    k: float,
    fill: RGB,
    *,
    flip: bool = False,
    cuff: RGB | None = None,
) -> None:
    """An open hand, fingers up, wrist at (cx, cy); the thumb is on the left unless flipped."""

    def c(x0: float, y0: float, x1: float, y1: float, t: float) -> Part:
        a, b, e, f = tf((x0, y0, x1, y1), cx, cy, deg, k, flip)
        return cap(a, b, e, f, t * k)

    fingers = [
        c(x, -22, x, tip, 5.2) for x, tip in ((-9.3, -41), (-3.1, -45), (3.1, -44), (9.3, -38))
    ]
    parts = [c(0, -10, 0, -15, 25), c(-9, -8, -19, -23, 7.5), *fingers]
    if cuff is None:
        parts.append(c(0, -4, 0, 8, 17))
    p.shape(fill, *parts)
    if cuff is not None:
        p.shape(cuff, poly(*tf((-14, -3, 14, -3, 13, 12, -13, 12), cx, cy, deg, k, flip)))


def box3d(
    p: Pen, x: float, y: float, w: float, h: float, d: float, colour: RGB, tape: bool = True
) -> None:
    """A cardboard box in oblique view; (x, y) is the front bottom-left corner."""
    dx, dy = d * 0.8, -d * 0.55
    top = y - h
    p.shape(colour, rect(x, top, x + w, y))
    p.shape(
        shade(colour, 0.8), poly(x + w, y, x + w, top, x + w + dx, top + dy, x + w + dx, y + dy)
    )
    p.shape(shade(colour, 1.3), poly(x, top, x + dx, top + dy, x + w + dx, top + dy, x + w, top))
    if tape:
        strip = (-3, 0, dx - 3, dy, dx + 3, dy, 3, 0, 3, h * 0.3, -3, h * 0.3)
        p.shape(shade(colour, 1.55), poly(*tf(strip, x + w / 2, top)), line=LINE * 0.6)


def cup(p: Pen, x: float, y: float, w: float, h: float) -> None:
    """A white cup with its handle on the right; (x, y) is the top-left of the rim."""
    p.stroke(arc(x + w, y + h * 0.45, w * 0.24, h * 0.24, -80, 80), w * 0.11, WHITE)
    p.shape(WHITE, poly(x, y, x + w, y, *arc(x + w / 2, y + h - w / 2, w / 2, w / 2, 0, 180)))


def steam(p: Pen, xs: Sequence[float], y0: float, y1: float) -> None:
    for x in xs:
        pts: list[float] = []
        for i in range(9):
            t = i / 8
            pts += [x + 3.5 * math.sin(t * 2 * math.pi), y0 + (y1 - y0) * t]
        p.line(pts, 2.4, GREY)


# Motifs, in the order of MOTIFS. Each draws into the 100 x 100 unit box.
Drawer = Callable[[Pen], None]
_REGISTRY: dict[str, tuple[RGB, Drawer]] = {}


def register(name: str, bg: RGB) -> Callable[[Drawer], Drawer]:
    def add(fn: Drawer) -> Drawer:
        _REGISTRY[name] = (bg, fn)
        return fn

    return add


@register("handen-wassen", BG_CLEAN)
def _handen_wassen(p: Pen) -> None:
    p.shape(
        STEEL,
        rect(4, 10, 56, 21, 5),
        rect(43, 10, 56, 31, 4),
        rect(24, 4, 32, 12),
        rect(17, 1, 39, 6, 2.5),
    )
    p.shape(WATER, rect(45.5, 33, 53.5, 60, 3), line=2)
    hand(p, 42, 96, 22, 1.0, SKIN)
    hand(p, 58, 96, -22, 1.0, SKIN, flip=True)
    for cx, cy, r in ((20, 58, 6), (82, 50, 7), (86, 68, 4.5), (14, 74, 4)):
        p.shape(WHITE, circle(cx, cy, r), line=2)


@register("handschoenen", BG_CLEAN)
def _handschoenen(p: Pen) -> None:
    hand(p, 30, 86, -10, 1.25, BLUE, flip=True, cuff=shade(BLUE, 1.45))
    hand(p, 70, 86, 10, 1.25, BLUE, cuff=shade(BLUE, 1.45))


@register("gieter", BG_GREEN)
def _gieter(p: Pen) -> None:
    p.stroke(arc(36, 44, 18, 24, 180, 360), 6, GREEN)
    p.stroke(arc(16, 64, 12, 18, 90, 270), 6, GREEN)
    p.shape(GREEN, poly(56, 80, 62, 66, 88, 30, 92, 34))
    p.shape(GREEN, poly(*tf((-10, -3, 10, -3, 6, 5, -6, 5), 90, 30, 40)))
    p.shape(GREEN, poly(18, 44, 58, 44, 64, 92, 12, 92), oval(18, 38, 58, 50))
    p.shape(shade(GREEN, 1.35), oval(22, 40, 54, 47), line=1.8)
    for x, y in ((96, 46), (89, 56), (98, 64)):
        drop(p, x, y, 3.2)


@register("plant", BG_GREEN)
def _plant(p: Pen) -> None:
    p.stroke((50, 86, 50, 20), 5, GREEN)
    for x0, y0, x1, y1, w in (
        (50, 74, 18, 58, 17),
        (50, 74, 82, 58, 17),
        (50, 52, 22, 34, 15),
        (50, 52, 78, 34, 15),
        (50, 30, 50, 2, 13),
    ):
        p.shape(LEAF, lens(x0, y0, x1, y1, w))
        p.line((x0, y0, x0 + (x1 - x0) * 0.75, y0 + (y1 - y0) * 0.75), 1.8, GREEN)
    p.shape(SOIL, poly(*arc(50, 96, 40, 14, 180, 360)))


@register("pot", BG_GREEN)
def _pot(p: Pen) -> None:
    p.stroke((50, 40, 50, 20), 4, GREEN)
    p.shape(LEAF, lens(50, 26, 32, 14, 10))
    p.shape(LEAF, lens(50, 22, 68, 8, 10))
    p.shape(SOIL, oval(22, 32, 78, 46))
    p.shape(TERRA, poly(24, 46, 76, 46, 68, 96, 32, 96))
    p.shape(TERRA, rect(18, 38, 82, 52, 3))


@register("aarde", BG_GREEN)
def _aarde(p: Pen) -> None:
    p.shape(
        SOIL,
        circle(50, 52, 22),
        circle(32, 64, 18),
        circle(68, 64, 18),
        circle(20, 78, 14),
        circle(80, 78, 14),
        circle(50, 72, 20),
        rect(6, 78, 94, 92, 6),
    )
    for x, y, r in (
        (44, 46, 2.6),
        (58, 56, 3.4),
        (34, 66, 2.4),
        (66, 74, 2.6),
        (46, 80, 3),
        (22, 82, 2.2),
        (80, 84, 2.2),
        (54, 40, 1.8),
    ):
        p.shape(shade(SOIL, 1.4), circle(x, y, r), line=0)


@register("schep", BG_GREEN)
def _schep(p: Pen) -> None:
    p.stroke((74, 10, 38, 60), 7, WOOD)
    p.stroke((66, 4, 82, 16), 7, WOOD)
    p.shape(STEEL, poly(*tf((-15, 0, 15, 0, 15, 24, 0, 38, -15, 24), 37, 58, 37)))
    p.shape(GREY, poly(*tf((-6, -10, 6, -10, 7, 2, -7, 2), 37, 58, 37)))


@register("snoeischaar", BG_GREEN)
def _snoeischaar(p: Pen) -> None:
    p.shape(RED, cap(47, 50, 24, 92, 12))
    p.shape(RED, cap(53, 50, 76, 92, 12))
    p.line((38, 74, 44, 68, 50, 74, 56, 68, 62, 74), 2.4, GREY)
    p.shape(STEEL, lens(50, 52, 70, 8, 9, bend=-8))
    p.shape(STEEL, lens(50, 52, 28, 8, 15, bend=5))
    p.shape(GREY, circle(50, 46, 5))


@register("bezem", BG_CLEAN)
def _bezem(p: Pen) -> None:
    p.stroke((84, 4, 52, 62), 6, WOOD)
    p.shape(YELLOW, poly(16, 70, 84, 70, 90, 96, 10, 96))
    for i in range(9):
        x = 22 + i * 7
        p.line((x, 76, x + (x - 50) * 0.12, 94), 1.6, shade(YELLOW, 0.7))
    p.shape(BROWN, rect(12, 58, 88, 71, 4))


@register("emmer", BG_CLEAN)
def _emmer(p: Pen) -> None:
    p.stroke(arc(50, 34, 36, 32, 180, 360), 4, GREY)
    p.shape(BLUE, poly(14, 34, 86, 34, 74, 94, 26, 94))
    p.line((16, 48, 84, 48), 2.2)
    p.shape(WATER, oval(12, 26, 88, 42))
    p.shape(GREY, circle(13, 36, 3.5), circle(87, 36, 3.5), line=2)


@register("kar", BG_GOODS)
def _kar(p: Pen) -> None:
    p.stroke((30, 14, 16, 14, 16, 72), 6, BLUE)
    p.shape(BLUE, rect(12, 66, 92, 76, 3))
    for cx in (30, 76):
        p.shape(DARK, circle(cx, 84, 11))
        p.shape(STEEL, circle(cx, 84, 4), line=2)


@register("doos", BG_GOODS)
def _doos(p: Pen) -> None:
    box3d(p, 10, 90, 58, 46, 32, CARD)


@register("pallet", BG_GOODS)
def _pallet(p: Pen) -> None:
    box3d(p, 30, 46, 36, 26, 12, CARD)
    box3d(p, 12, 72, 36, 26, 12, CARD)
    box3d(p, 50, 72, 36, 26, 12, CARD)
    p.shape(WOOD, rect(4, 72, 96, 79, 1))
    for x in (6, 43, 80):
        p.shape(shade(WOOD, 0.85), rect(x, 79, x + 14, 88))
    p.shape(WOOD, rect(4, 88, 96, 95, 1))


@register("scanner", BG_GOODS)
def _scanner(p: Pen) -> None:
    p.shape(WHITE, rect(2, 18, 32, 58, 2))
    x = 6.0
    for w in (1.5, 3, 1.5, 1.5, 4, 1.5, 3, 1.5, 2):
        p.shape(INK, rect(x, 24, x + w, 52), line=0)
        x += w + 1.6
    p.shape(shade(RED, 1.6), poly(40, 26, 40, 36, 30, 44, 30, 18), line=0)
    p.line((4, 31, 34, 31), 1.6, RED)
    p.shape(DARK, rect(40, 20, 92, 42, 9), poly(66, 36, 86, 36, 94, 90, 74, 92))
    p.shape(RED, rect(38, 24, 45, 38, 2), line=2)
    p.shape(ORANGE, cap(60, 46, 64, 58, 5), line=2)
    p.shape(shade(DARK, 1.5), rect(56, 26, 76, 32, 2), line=0)


@register("weegschaal", BG_GOODS)
def _weegschaal(p: Pen) -> None:
    p.shape(GREY, rect(44, 24, 56, 36))
    p.shape(STEEL, rect(10, 18, 90, 27, 3))
    p.shape(BLUE, rect(16, 34, 84, 94, 10))
    p.shape(WHITE, circle(50, 64, 22))
    for i in range(9):
        p.line(spoke(50, 64, 15, 19, 200 + i * 17.5), 1.8)
    p.line(spoke(50, 64, 0, 18, -52), 2.6, RED)
    p.shape(INK, circle(50, 64, 3), line=0)


@register("mes", BG_KITCHEN)
def _mes(p: Pen) -> None:
    def t(*pts: float) -> tuple[float, ...]:
        return tf(pts, 50, 54, -32, 1.0)

    p.shape(STEEL, poly(*t(-14, -8, 46, -8, 52, -7, 44, -1, 30, 5, 10, 9, -14, 9)))
    p.line(t(-10, -4, 36, -4), 1.6, shade(STEEL, 1.4))
    x0, y0, x1, y1 = t(-46, 1, -20, 1)
    p.shape(DARK, cap(x0, y0, x1, y1, 14))
    p.shape(GREY, poly(*t(-20, -10, -14, -10, -14, 11, -20, 11)))
    for x, y in ((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f) for f in (0.23, 0.69)):
        p.shape(STEEL, circle(x, y, 2.2), line=1.5)


@register("snijplank", BG_KITCHEN)
def _snijplank(p: Pen) -> None:
    p.shape(WOOD, rect(4, 24, 78, 90, 10), rect(70, 44, 98, 70, 12))
    p.shape(p.bg, circle(88, 57, 4.5), line=2)
    for y, x0, x1 in ((36, 14, 44), (50, 30, 66), (80, 12, 36), (70, 50, 70)):
        p.line((x0, y, x1, y), 1.6, shade(WOOD, 0.8))
    for x, y in ((26, 58), (40, 50), (54, 62)):
        p.shape(ORANGE, circle(x, y, 7))
        p.shape(shade(ORANGE, 1.5), circle(x, y, 2.5), line=0)
    p.shape(ORANGE, cap(38, 76, 64, 74, 10))
    p.shape(LEAF, lens(66, 74, 80, 66, 6), lens(66, 74, 80, 80, 6), line=2)


@register("pan", BG_KITCHEN)
def _pan(p: Pen) -> None:
    steam(p, (34, 46, 58), 2, 20)
    for x in (28, 39, 50, 61, 72):
        drop(p, x, 68, 3.6, ORANGE)
        p.shape(YELLOW, circle(x, 69, 1.6), line=0)
    p.shape(DARK, cap(70, 34, 96, 26, 7))
    p.shape(DARK, poly(20, 30, 72, 30, 68, 54, 24, 54))
    p.shape(GREY, rect(16, 24, 76, 32, 3))
    p.shape(DARK, rect(4, 70, 96, 78, 2))
    p.shape(STEEL, rect(10, 78, 90, 96, 2))
    for x in (26, 74):
        p.shape(DARK, circle(x, 87, 4.5), line=2)


@register("kopje", BG_KITCHEN)
def _kopje(p: Pen) -> None:
    steam(p, (38, 50, 62), 2, 22)
    p.shape(WHITE, oval(8, 82, 92, 96))
    cup(p, 22, 32, 52, 56)
    p.shape(BROWN, oval(25, 29, 71, 36), line=2)


@register("dienblad", BG_KITCHEN)
def _dienblad(p: Pen) -> None:
    p.shape(shade(GREY, 0.9), poly(4, 76, 96, 76, 93, 86, 7, 86))
    p.shape(STEEL, poly(18, 56, 82, 56, 96, 76, 4, 76))
    p.shape(WATER, poly(24, 20, 42, 20, 40, 66, 26, 66))
    p.line((27, 34, 39, 34), 1.6, WHITE)
    p.shape(WHITE, oval(46, 60, 88, 72))
    cup(p, 52, 38, 26, 28)


@register("bord", BG_KITCHEN)
def _bord(p: Pen) -> None:
    p.shape(WHITE, circle(50, 52, 31))
    p.shape(PAPER, circle(50, 52, 20), line=1.6)
    p.shape(
        STEEL,
        *(cap(x, 10, x, 28, 2.2) for x in (4.5, 10, 15.5)),
        rect(3, 24, 17, 36, 5),
        cap(10, 32, 10, 92, 6),
    )
    p.shape(STEEL, cap(92, 14, 92, 50, 8), cap(92, 50, 92, 92, 6))


@register("klok", BG_WORK)
def _klok(p: Pen) -> None:
    p.shape(BLUE, circle(50, 50, 47))
    p.shape(WHITE, circle(50, 50, 38))
    for i in range(12):
        p.line(spoke(50, 50, 32 - 3 * (i % 3 == 0), 35, i * 30), 3 if i % 3 == 0 else 2)
    p.line((50, 50, 36, 42), 5)
    p.line((50, 50, 68, 29), 3.6)
    p.line((50, 50, 50, 80), 1.8, RED)
    p.shape(RED, circle(50, 50, 4), line=1.5)


@register("lijst", BG_WORK)
def _lijst(p: Pen) -> None:
    p.shape(BROWN, rect(16, 8, 84, 98, 5))
    p.shape(WHITE, rect(23, 18, 77, 91, 2))
    p.shape(GREY, rect(36, 3, 64, 16, 4))
    for i, y in enumerate((34, 55, 76)):
        p.shape(WHITE, rect(29, y - 7, 43, y + 7, 2), line=2)
        if i < 2:
            p.line((31, y - 1, 36, y + 5, 47, y - 11), 3.6, GREEN)
        p.line((51, y, 71, y), 3, GREY)


@register("duim", BG_WORK)
def _duim(p: Pen) -> None:
    p.shape(BLUE, rect(6, 50, 28, 94, 3))
    p.shape(SKIN, rect(24, 44, 70, 92, 10), cap(40, 48, 46, 12, 15))
    for y in (46, 57.5, 69, 80.5):
        p.shape(SKIN, rect(56, y, 82 - (y - 46) * 0.15, y + 11.5, 5.75))


@register("veiligheid", BG_WORK)
def _veiligheid(p: Pen) -> None:
    p.shape(INK, poly(50, 6, 96, 88, 4, 88))
    p.shape(YELLOW, poly(50, 20, 85, 82, 15, 82), line=0)
    p.line((50, 40, 50, 62), 8)
    p.shape(INK, circle(50, 72, 4.5), line=0)


@register("prullenbak", BG_CLEAN)
def _prullenbak(p: Pen) -> None:
    p.shape(GREY, poly(20, 26, 80, 26, 72, 96, 28, 96))
    for x in (36, 50, 64):
        p.line((x, 36, x + (x - 50) * -0.12, 86), 2.6, shade(GREY, 1.35))
    p.shape(DARK, rect(40, 6, 60, 16, 3))
    p.shape(DARK, rect(12, 14, 88, 27, 4))


# Added so that a card of many steps in one place (hand washing, calling in sick) shows
# what each step is about, not the same picture with another number.
@register("sieraden", BG_CLEAN)
def _sieraden(p: Pen) -> None:
    p.shape(DARK, rect(14, 30, 30, 90, 6))
    p.shape(WHITE, circle(22, 56, 15))
    p.line((22, 56, 22, 46), 2.6)
    p.line((22, 56, 29, 60), 2.6)
    p.stroke(arc(68, 56, 20, 20, 0, 360, 32), 7, YELLOW)
    p.shape(WATER, poly(62, 36, 74, 36, 80, 28, 68, 20, 56, 28), line=2)


@register("zeep", BG_CLEAN)
def _zeep(p: Pen) -> None:
    p.shape(STEEL, rect(42, 8, 50, 26), rect(30, 6, 70, 13, 3))
    p.shape(STEEL, rect(66, 6, 76, 11, 2))
    p.shape(shade(GREEN, 1.3), rect(28, 26, 64, 94, 8))
    p.shape(WHITE, rect(34, 48, 58, 72, 3), line=2)
    for cx, cy, r in ((80, 30, 6), (86, 50, 4.5), (76, 62, 5)):
        p.shape(WHITE, circle(cx, cy, r), line=2)


@register("handdoek", BG_CLEAN)
def _handdoek(p: Pen) -> None:
    p.shape(STEEL, rect(14, 8, 86, 40, 6))
    p.shape(DARK, rect(28, 34, 72, 40, 2), line=0)
    p.shape(WHITE, poly(30, 38, 70, 38, 74, 92, 26, 92))
    for y in (56, 74):
        p.line((28, y, 72, y), 1.8, GREY)


@register("telefoon", BG_WORK)
def _telefoon(p: Pen) -> None:
    p.shape(DARK, rect(28, 4, 72, 96, 8))
    p.shape(WATER, rect(33, 14, 67, 80, 2), line=0)
    p.shape(WHITE, circle(50, 88, 3.5), line=0)
    p.stroke(arc(50, 47, 12, 12, 135, 315, 12), 6, GREEN)


MOTIFS: tuple[str, ...] = tuple(_REGISTRY)


def draw_step_picture(motif: str, step_number: int, *, size: tuple[int, int] = (320, 240)) -> bytes:
    """PNG bytes: the motif drawn large and simple, with the step number in a circle in a corner."""
    if motif not in _REGISTRY:
        raise ValueError(f"unknown motif {motif!r}; choose one of: {', '.join(MOTIFS)}")
    if step_number < 1:
        raise ValueError(f"step_number must be 1 or more, not {step_number}")
    w, h = size
    if w < 32 or h < 32:
        raise ValueError(f"size must be at least 32 x 32 pixels, not {w} x {h}")
    bg, drawer = _REGISTRY[motif]
    ss = SUPERSAMPLE
    W, H = w * ss, h * ss
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)

    short = min(W, H)
    m = short * 0.04  # margin
    br = short * 0.115  # badge radius
    bd = m + 2 * br  # badge column / row
    # The motif box sits right of the badge (landscape) or below it (portrait): the bigger wins.
    side_a, side_b = min(W - bd - m, H - 2 * m), min(W - 2 * m, H - bd - m)
    if side_a >= side_b:
        side, ox, oy = side_a, bd + (W - bd - m - side_a) / 2, (H - side_a) / 2
    else:
        side, ox, oy = side_b, (W - side_b) / 2, bd + (H - bd - m - side_b) / 2
    inset = side * 0.05  # room for outlines and drops that stick out a little
    drawer(Pen(d, ox + inset, oy + inset, (side - 2 * inset) / 100, bg))
    # The palette comes from the motif alone, so the step number changes nothing else.
    palette = _palette(img, img.resize((w, h), Image.Resampling.LANCZOS))
    _badge(d, m + br, br, str(step_number))
    small = img.resize((w, h), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.quantize(palette=palette, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    return out.getvalue()


def _badge(d: ImageDraw.ImageDraw, c: float, r: float, text: str) -> None:
    """The step number, white on a dark disc."""
    d.ellipse((c - r, c - r, c + r, c + r), fill=BADGE, outline=WHITE, width=round(r * 0.12))
    font = ImageFont.load_default(round(r * (1.25, 1.25, 0.95, 0.72, 0.55)[min(len(text), 4)]))
    bold = round(r * 0.04)
    x0, y0, x1, y1 = d.textbbox((0, 0), text, font=font, stroke_width=bold)
    xy = (c - (x0 + x1) / 2, c - (y0 + y1) / 2)
    d.text(xy, text, font=font, fill=WHITE, stroke_width=bold, stroke_fill=WHITE)


def _palette(big: Image.Image, small: Image.Image) -> Image.Image:
    """Few colours: every flat colour of the drawing exactly, the badge's, and some edge tones."""
    counts = big.getcolors(big.width * big.height) or []
    common = sorted(counts, key=lambda nc: -nc[0])
    flat = [c for n, c in common if isinstance(c, tuple) and n * 2000 >= big.width * big.height]
    fixed = [*flat[: COLOURS // 2], BADGE, WHITE, *(shade(BADGE, f) for f in (1.25, 1.5, 1.75))]
    tones = small.quantize(COLOURS - len(fixed), Image.Quantize.FASTOCTREE).getpalette() or []
    edges = [
        e
        for e in zip(tones[::3], tones[1::3], tones[2::3], strict=True)
        if all(max(abs(a - b) for a, b in zip(e, c, strict=True)) > 6 for c in fixed)
    ]
    palette = Image.new("P", (1, 1))
    palette.putpalette([v for c in fixed + edges for v in c])
    return palette
