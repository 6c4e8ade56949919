"""The page furniture every document shares."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read

from jw_desktop.reports.base import Meta, build, clean, para, register_fonts, styles

META = Meta(
    "Voortgangsrapport Ĳsbrand Çelik",
    "Praktijkschool De Brug",
    "S. de Wit",
    made_on=date(2026, 12, 1),
)


def _story(lines: int) -> list[object]:
    s = styles()
    return [para("Ĳsbrand Çelik, café naïef <b>geen opmaak</b>", s["title"])] + [
        para(f"regel {i}: één, twee, drie", s["body"]) for i in range(lines)
    ]


def test_a_long_document_has_page_x_of_y_metadata_and_embedded_fonts(tmp_path: Path) -> None:
    pdf = build(_story(150), META)  # type: ignore[arg-type]
    back = read(pdf)
    assert back.pages == 3
    assert "Pagina 1 van 3" in back.text and "Pagina 3 van 3" in back.text
    assert "Praktijkschool De Brug" in back.text and "Gemaakt op 01-12-2026" in back.text
    assert "IJsbrand Çelik, café naïef <b>geen opmaak</b>" in back.text  # data is not markup
    assert back.metadata["/Title"] == "Voortgangsrapport IJsbrand Çelik"
    assert back.metadata["/Author"] == "S. de Wit"
    assert back.lang == "nl-NL"
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)


def test_the_same_data_gives_the_same_bytes() -> None:
    assert build(_story(80), META) == build(_story(80), META)  # type: ignore[arg-type]
    other = Meta(META.title, META.school, META.author, made_on=date(2026, 12, 2))
    assert build(_story(80), META) != build(_story(80), other)  # type: ignore[arg-type]


@given(st.text())
def test_clean_text_is_drawable_and_keeps_every_dutch_letter(text: str) -> None:
    drawable = register_fonts()
    cleaned = clean(text)
    assert all(ord(c) in drawable or c in "\n\t" for c in cleaned)
    dutch = "aáäbcdeéèëêfghiíïjklmnoóöpqrstuúüvwxyzAÁÄEÉËIÏOÓÖUÚÜ€–’“”"
    assert clean(dutch) == dutch
    assert clean("ĳs Ĳssel") == "ijs IJssel"
