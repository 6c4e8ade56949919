"""A stand-in page for a document whose layout is still being built (removed when each
document module has its own)."""

from __future__ import annotations

from datetime import date

from .base import Meta, build, para, styles


def placeholder(title: str, school: str, lines: list[str], made_on: date | None = None) -> bytes:
    s = styles()
    story = [para(title, s["title"])] + [para(line, s["body"]) for line in lines]
    return build(story, Meta(title=title, school=school, author=school, made_on=made_on))
