"""The werkopdracht checklist to tick on paper: a drawn box per level for every step and
criterion, lines for date, observer and place, room for remarks; for one student their
name and the level they have now, shaded lightly."""

from __future__ import annotations

from pathlib import Path

from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read, render
from PIL import Image
from reportlab.lib.units import mm
from test_instruction_card import _long_card

from jw_desktop.model import Level, SchoolStore
from jw_desktop.model.wording import date_text
from jw_desktop.reports.base import MARGIN
from jw_desktop.reports.card import LEVEL_COLUMN, WIDTH, checklist

DPI = 100


def _student(store: SchoolStore, first_name: str) -> tuple[str, object]:
    found = next(s for s in store.students() if s.first_name == first_name)
    return found.name, found.id


def _shaded(page: Image.Image) -> list[int]:
    """Pixels of the light shading in each level column (nog niet, met hulp, zelfstandig)."""
    x0 = MARGIN + 6 + WIDTH - 3 * LEVEL_COLUMN  # the table fills the frame
    counts = []
    for column in range(3):
        left = (x0 + column * LEVEL_COLUMN) * DPI / 72
        strip = page.crop((int(left) + 2, 0, int(left + LEVEL_COLUMN * DPI / 72) - 2, page.height))
        histogram = strip.histogram()
        counts.append(sum(histogram[200:219]))
    return counts


def test_every_criterion_has_a_box_per_level_and_lines_to_fill_in(
    demo: SchoolStore, tmp_path: Path
) -> None:
    card = demo.card(demo.card_id("GRN-WO-02"))
    pdf = checklist(demo, card.id)
    back = read(pdf)
    assert f"Afvinklijst {card.code}" in back.text and card.title in back.text
    for element in card.elements:
        assert " ".join(element.text.split()) in back.text
    for words in (
        "nog niet",
        "met hulp",
        "zelfstandig",
        "Leerling:",
        "Datum:",
        "Observator:",
        "Waar:",
        "school",
        "werkplek",
        "Opmerkingen",
    ):
        assert words in back.text
    assert "Nu:" not in back.text
    assert back.pages == 1 and back.lang == "nl-NL"
    assert_fonts_embedded(pdf, tmp_path)
    page = assert_pages_look_right(pdf, tmp_path)[0]
    assert page.size[1] > 0
    assert all(count < 300 for count in _shaded(render(pdf, tmp_path, dpi=DPI)[0]))  # no mark


def test_a_students_checklist_has_their_name_and_marks_their_level_now(
    demo: SchoolStore, tmp_path: Path
) -> None:
    name, sid = _student(demo, "Jerome")
    card = demo.card(demo.card_id("GRN-WO-02"))
    first, second = card.elements[0], card.elements[1]
    today = demo.today()
    demo.record_observation(sid, first.id, Level.WITH_HELP)  # type: ignore[arg-type]
    demo.record_observation(sid, second.id, Level.NOT_YET)  # type: ignore[arg-type]
    (tmp_path / "blank").mkdir()
    blank = _shaded(render(checklist(demo, card.id), tmp_path / "blank", dpi=DPI)[0])
    pdf = checklist(demo, card.id, sid)  # type: ignore[arg-type]
    back = read(pdf)
    assert f"Leerling: {name}" in back.text
    assert back.metadata["/Title"] == f"Afvinklijst {card.code} {card.title} - {name}"
    assert f"Nu: met hulp ({date_text(today)})" in back.text
    assert f"Nu: nog niet ({date_text(today)})" in back.text
    assert back.text.count("Nu: zelfstandig (") == len(card.elements) - 2
    assert_pages_look_right(pdf, tmp_path)
    marked = _shaded(render(pdf, tmp_path, dpi=DPI)[0])
    not_yet, with_help, independent = (m - b for m, b in zip(marked, blank, strict=True))
    assert not_yet > 400  # one shaded box, about 25 x 25 px
    assert abs(with_help - not_yet) < not_yet * 0.15  # one box
    assert abs(independent - 4 * not_yet) < not_yet * 0.6  # four boxes


def test_a_long_card_runs_over_pages_with_the_header_on_each(
    demo: SchoolStore, tmp_path: Path
) -> None:
    card = demo.card(demo.card_id(_long_card(demo)))
    pdf = checklist(demo, card.id)
    back = read(pdf)
    assert back.pages >= 3
    for element in card.elements:  # (the longest runs over a page: its start)
        assert " ".join(element.text.split())[:150] in back.text
    assert back.text.count("Stap of criterium") >= back.pages - 1  # the header row repeats
    assert_pages_look_right(pdf, tmp_path)


def test_a_card_without_steps_or_criteria_says_so(demo: SchoolStore, tmp_path: Path) -> None:
    pdf = checklist(demo, demo.card_id("GRN-LK-01"))
    assert "geen stappen of criteria" in read(pdf).text
    assert_pages_look_right(pdf, tmp_path)


def test_the_same_data_gives_the_same_bytes(demo: SchoolStore) -> None:
    _, sid = _student(demo, "Jerome")
    cid = demo.card_id("GRN-WO-02")
    assert checklist(demo, cid, sid) == checklist(demo, cid, sid)  # type: ignore[arg-type]
    assert checklist(demo, cid) != checklist(demo, cid, sid)  # type: ignore[arg-type]
    assert 7 * mm < LEVEL_COLUMN
