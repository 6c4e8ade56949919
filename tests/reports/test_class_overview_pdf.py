"""The class overview PDF for a teachers' meeting: the grid of SchoolStore.class_grid (the
window's call) with the window's digit in every cell beside its colour and a legend in
words, split over pages with the student column repeated when there are many columns,
never off the page; the same bytes for the same data; a jobcoach sees only his own."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read
from pypdf import PdfReader

from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import CardType, Level, SchoolStore, Uitstroomprofiel
from jw_desktop.model.wording import date_text
from jw_desktop.reports.class_overview import class_overview, per_page, split_columns

SYMBOL = {None: "–", Level.NOT_YET: "1", Level.WITH_HELP: "2", Level.INDEPENDENT: "3"}


def group(store: SchoolStore, name: str) -> uuid.UUID:
    (found,) = [gid for gid, n in store.groups() if n == name]
    return found


def page_texts(pdf: bytes) -> list[str]:
    import io

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_grid_of_a_class_with_a_legend_in_words(demo: SchoolStore, tmp_path: Path) -> None:
    vso = group(demo, "VSO 4A")
    grid = demo.class_grid(vso)
    pdf = class_overview(demo, vso)
    back = read(pdf)
    assert back.metadata["/Title"] == "Klasoverzicht VSO 4A"
    assert back.metadata["/Author"] == "Sanne de Wit"
    assert f"Gemaakt op {date_text(demo.today())}" in back.text
    assert (
        f"{len(grid.rows)} leerlingen" in back.text and f"{len(grid.columns)} kaarten" in back.text
    )
    for words in ("1 nog niet", "2 met hulp", "3 zelfstandig", "– nog niets geobserveerd"):
        assert words in back.text  # the legend: the digit beside the level in words
    for row in grid.rows:
        assert row.name in back.text
    for n, column in enumerate(grid.columns, start=1):
        assert f"{n}. {column.label} {column.text}" in back.text  # the key of the columns
    # 30 cards do not fit one landscape page beside the names: two tables of 15
    assert len(grid.columns) == 30 and per_page((841.9, 595.3)) < 30
    pages = page_texts(pdf)
    assert "Kaarten 1 tot en met 15 van 30" in pages[0]
    second = next(p for p in pages if "Kaarten 16 tot en met 30 van 30" in p)
    for row in grid.rows:  # the student column is repeated beside the second half
        assert row.name in second
    # every student's row says the store's levels, cell by cell, as digits
    jerome = next(r for r in grid.rows if r.name == "Jerome Tromp")
    first_half = " ".join(SYMBOL[level] for level in jerome.levels[:15])
    assert f"Jerome Tromp {first_half}" in pages[0]
    second_half = " ".join(SYMBOL[level] for level in jerome.levels[15:])
    assert f"Jerome Tromp {second_half}" in second
    assert {Level.INDEPENDENT, Level.NOT_YET} <= set(jerome.levels)
    assert f"Pagina {back.pages} van {back.pages}" in back.text
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)


def test_one_cards_steps_and_criteria(demo: SchoolStore, tmp_path: Path) -> None:
    vso = group(demo, "VSO 4A")
    card = demo.card_id("GRN-WO-02")
    grid = demo.class_grid(vso, card)
    pdf = class_overview(demo, vso, card_id=card)
    back = read(pdf)
    detail = demo.card(card)
    assert back.metadata["/Title"] == f"Klasoverzicht VSO 4A - GRN-WO-02 {detail.title}"
    assert f"{len(grid.columns)} stappen en criteria" in back.text
    for column in grid.columns:
        assert column.text in back.text
    lars = next(r for r in grid.rows if r.name == "Lars Meijer")
    assert "Lars Meijer " + " ".join(SYMBOL[level] for level in lars.levels) in back.text
    assert_pages_look_right(pdf, tmp_path)


def test_columns_are_split_evenly_and_never_lost() -> None:
    assert split_columns(30, 17) == [range(0, 15), range(15, 30)]
    assert split_columns(17, 17) == [range(0, 17)]
    assert split_columns(0, 17) == []
    for count in range(1, 80):
        chunks = split_columns(count, 14)
        assert [n for c in chunks for n in c] == list(range(count))
        assert all(len(c) <= 14 for c in chunks)


def test_a_long_class_with_long_names_and_many_cards_stays_on_the_pages(
    demo: SchoolStore, tmp_path: Path
) -> None:
    name = "Bovenbouw Praktijkonderwijs Groen, Horeca en Logistiek - Westland-Zuid (Naaldwijk)"
    gid = demo.add_group(name, 4)
    observable = (CardType.INSTRUCTIEKAART, CardType.WERKOPDRACHT, CardType.EINDWERKOPDRACHT)
    codes = [h.code for h in demo.search_cards("", limit=500) if h.card_type in observable]
    assert len(codes) > 30  # more than two tables wide
    for n in range(40):
        sid = demo.add_student(
            f"Maximiliaan-Alexander {n}",
            "van den Heuvel-Oosterbroek tot Zwanenburg-Wijngaarden",
            date(2009, 1, 1 + n % 28),
            phase=4,
            uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT,
            group_id=gid,
        )
        for code in codes if n == 0 else codes[n : n + 2]:
            demo.add_to_route(sid, demo.card_id(code))
    grid = demo.class_grid(gid)
    assert len(grid.columns) == len(codes) and len(grid.rows) == 40
    pdf = class_overview(demo, gid)
    back = read(pdf)
    assert back.pages >= 4
    assert back.text.count("Maximiliaan-Alexander 39") >= len(split_columns(len(codes), 15))
    assert_pages_look_right(pdf, tmp_path)


def test_the_same_data_gives_the_same_bytes(demo: SchoolStore) -> None:
    vso = group(demo, "VSO 4A")
    assert class_overview(demo, vso) == class_overview(demo, vso)


def test_a_jobcoach_sees_only_his_own_students(demo: SchoolStore) -> None:
    vso = group(demo, "VSO 4A")
    everyone = {r.name for r in demo.class_grid(vso).rows}
    demo.logout()
    demo.login("r.verbeek@example.nl", DEMO_PASSWORD)
    own = {r.name for r in demo.class_grid(vso).rows}
    assert own == {"Jerome Tromp", "Kevin Tjon A Fong"} and own < everyone
    text = read(class_overview(demo, vso)).text
    assert "2 leerlingen (alleen de leerlingen die je begeleidt)" in text
    for name in everyone - own:
        assert name not in text
    assert "Jerome Tromp" in text and "Kevin Tjon A Fong" in text
