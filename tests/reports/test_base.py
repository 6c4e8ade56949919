"""The page furniture every document shares."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read
from reportlab.pdfbase.pdfmetrics import stringWidth

from jw_desktop.reports.base import (
    FONT,
    HEADER_GAP,
    MARGIN,
    PAGE,
    Meta,
    build,
    clean,
    header_texts,
    para,
    register_fonts,
    styles,
)

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


def test_a_long_title_and_school_never_overlap_in_the_header(tmp_path: Path) -> None:
    school = "Stichting Openbaar Voortgezet Speciaal Onderwijs Westland, locatie De Werkplaats"
    title = (
        "Voortgangsrapport Maximiliaan-Alexander Bartholomeus Christiaan van den "
        "Heuvel-Oosterbroek tot Zwanenburg-Wijngaarden"
    )
    width = PAGE[0] - 2 * MARGIN  # the header line of an A4 page
    left, right = header_texts(Meta(title, school, "S. de Wit"), width, 8)
    assert left.endswith("…") and right.endswith("…")
    assert left.startswith("Stichting Openbaar") and right.startswith("Voortgangsrapport Max")
    used = stringWidth(left, FONT, 8) + stringWidth(right, FONT, 8)
    assert used <= width - HEADER_GAP
    short = header_texts(Meta("Klasoverzicht 3B", "De Brug", "S. de Wit"), width, 8)
    assert short == ("De Brug", "Klasoverzicht 3B")  # what fits is never shortened
    pdf = build(_story(3), Meta(title, school, "S. de Wit"))  # type: ignore[arg-type]
    back = read(pdf)
    assert back.metadata["/Title"] == title  # the properties keep the whole title
    assert left in back.text and right in back.text
    assert_pages_look_right(pdf, tmp_path)
