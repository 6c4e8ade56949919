"""The printable instruction card: big pictures, one step per block, the code and a QR code
that opens the card in the app; read back, rendered and scanned."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from pdfcheck import assert_fonts_embedded, assert_pages_look_right, read, render
from pypdf import PdfReader

from jw_desktop.demo.pictures import draw_step_picture
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import CardType, ElementKind, SchoolStore
from jw_desktop.model.specs import CardSpec, CatalogueSpec, StepSpec
from jw_desktop.reports.card import instruction_card
from jw_desktop.reports.links import CardLink, card_url, parse_card_link


def _scan(pdf: bytes, tmp_path: Path) -> list[str]:
    page = render(pdf, tmp_path, dpi=150)[0]
    qr = zxingcpp.BarcodeFormat.QRCode  # only QR codes: text can read as a 1D barcode
    return [found.text for found in zxingcpp.read_barcodes(page, formats=qr)]


def _pictures(pdf: bytes) -> list[tuple[int, int]]:
    """(width, height) in points of every picture drawn on the pages."""
    import io

    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for image in page.images:
            assert image.image is not None
            sizes.append(image.image.size)
    return sizes


def test_the_card_shows_its_code_title_and_every_step_in_large_text(
    demo: SchoolStore, tmp_path: Path
) -> None:
    card = demo.card(demo.card_id("GRN-IK-03"))
    pdf = instruction_card(demo, card.id)
    back = read(pdf)
    assert "GRN-IK-03" in back.text and card.title in back.text
    steps = card.of_kind(ElementKind.STEP)
    assert len(steps) == 9
    for number, step in enumerate(steps, start=1):
        assert f"Stap {number} {' '.join(step.text.split())}" in back.text
    assert back.metadata["/Title"] == f"GRN-IK-03 {card.title}"
    assert back.metadata["/Author"] == "Sanne de Wit"
    assert back.lang == "nl-NL"
    assert f"Pagina 1 van {back.pages}" in back.text
    assert_fonts_embedded(pdf, tmp_path)
    assert_pages_look_right(pdf, tmp_path)
    # every step's picture is on the card, at its own (4:3) shape
    sizes = _pictures(pdf)
    assert len(sizes) == len(steps)
    assert all(abs(w / h - 4 / 3) < 0.02 for w, h in sizes)


def test_step_text_is_large_and_pictures_are_big(demo: SchoolStore) -> None:
    import io

    pdf = instruction_card(demo, demo.card_id("GRN-IK-03"))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip().startswith("Trek je handschoenen"):
            sizes.append(size * tm[0])

    page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 16
    # the pictures are drawn at least 8 cm wide (a 320 px picture, scaled up)
    drawn = []
    for op in page.get_contents().operations:  # type: ignore[union-attr]
        args, name = op
        if name == b"cm" and float(args[0]) > 100:
            drawn.append(float(args[0]))
    assert drawn and min(drawn) >= 80 / 25.4 * 72 * 0.99


def test_the_qr_code_scans_as_the_link_that_opens_the_card(
    demo: SchoolStore, tmp_path: Path
) -> None:
    pdf = instruction_card(demo, demo.card_id("HOR-IK-01"))
    assert _scan(pdf, tmp_path) == ["jw-desktop://kaart/HOR-IK-01"]
    assert parse_card_link("jw-desktop://kaart/HOR-IK-01") == CardLink("HOR-IK-01")
    assert demo.card_id(CardLink("HOR-IK-01").code) == demo.card_id("HOR-IK-01")


def test_links_name_the_card_and_refuse_anything_else() -> None:
    assert card_url("GRN-IK-01") == "jw-desktop://kaart/GRN-IK-01"
    assert card_url("A B/1", 2) == "jw-desktop://kaart/A%20B%2F1?versie=2"
    assert parse_card_link(card_url("A B/1", 2)) == CardLink("A B/1", 2)
    assert parse_card_link("GRN-IK-01") == CardLink("GRN-IK-01")
    assert parse_card_link("JW-DESKTOP://KAART/grn-ik-01/") == CardLink("grn-ik-01")
    for other in (
        "https://kaart/GRN-IK-01",
        "jw-desktop://leerling/1",
        "jw-desktop://kaart/",
        "",
        "a/b",
        "jw-desktop://kaart/a/b",
    ):
        assert parse_card_link(other) is None, other


def _long_card(store: SchoolStore) -> str:
    """A card with many long steps: pictures beside short texts, long texts below their
    picture, one text longer than a page, and steps without a picture."""
    long = (
        "Pak de kruiwagen uit de schuur, controleer of de band hard genoeg is, zet de "
        "schop, de hark en de bezem erin en rij naar de border aan de achterkant. "
    )
    steps = []
    for n in range(1, 15):
        text = f"Stap nummer {n}. " + long * (1 + n % 4)
        if n == 9:
            text = f"Stap nummer {n}. " + long * 30  # longer than a page
        steps.append(StepSpec(text, draw_step_picture("gieter", n) if n % 5 else None))
    spec = CatalogueSpec(
        cards=[
            CardSpec(
                "GRN-IK-99",
                CardType.INSTRUCTIEKAART,
                "groen",
                4,
                "Een lange kaart met veel stappen: de border aan de achterkant "
                "van het tuincentrum netjes maken voor de open dag",
                summary="Heel veel werk.",
                steps=tuple(steps),
            )
        ]
    )
    store.login("b.koster@example.nl", DEMO_PASSWORD)
    store.import_catalogue(spec)
    return "GRN-IK-99"


def test_a_card_with_many_long_steps_runs_over_pages_without_overflowing(
    demo: SchoolStore, tmp_path: Path
) -> None:
    card = demo.card(demo.card_id(_long_card(demo)))
    pdf = instruction_card(demo, card.id)
    back = read(pdf)
    assert back.pages >= 6
    for number in range(1, 15):
        assert f"Stap {number} Stap nummer {number}." in back.text
    assert (
        back.text.count("controleer of de band hard genoeg is")
        == sum(1 + n % 4 for n in range(1, 15) if n != 9) + 30
    )
    assert_pages_look_right(pdf, tmp_path)
    assert _scan(pdf, tmp_path) == ["jw-desktop://kaart/GRN-IK-99"]


def test_the_same_card_gives_the_same_bytes(demo: SchoolStore) -> None:
    cid = demo.card_id("GRN-IK-01")
    assert instruction_card(demo, cid) == instruction_card(demo, cid)
    assert instruction_card(demo, cid) != instruction_card(demo, demo.card_id("GRN-IK-02"))


@pytest.mark.parametrize("code", ["GRN-LK-01", "GRN-WO-02", "ALG-IV-01"])
def test_other_card_types_print_their_text_criteria_or_questions(
    demo: SchoolStore, tmp_path: Path, code: str
) -> None:
    card = demo.card(demo.card_id(code))
    pdf = instruction_card(demo, card.id)
    back = read(pdf)
    assert code in back.text
    for element in card.elements:
        assert " ".join(element.text.split()) in back.text
    if card.body:
        assert " ".join(card.body.split("\n\n")[0].split()) in back.text
    assert_pages_look_right(pdf, tmp_path)


def test_an_older_version_links_to_that_version(demo: SchoolStore, tmp_path: Path) -> None:
    code = _long_card(demo)
    newer = CardSpec(
        code,
        CardType.INSTRUCTIEKAART,
        "groen",
        4,
        "De border netjes maken",
        steps=(StepSpec("Alleen nog deze stap.", draw_step_picture("gieter", 1)),),
        version=2,
    )
    demo.import_catalogue(CatalogueSpec(cards=[newer]))
    cid = demo.card_id(code)
    assert demo.card(cid).version == 2
    current = instruction_card(demo, cid)
    assert "Alleen nog deze stap." in read(current).text
    assert _scan(current, tmp_path) == [f"jw-desktop://kaart/{code}"]
    (tmp_path / "old").mkdir()
    old = instruction_card(demo, cid, version=1)
    assert "Stap nummer 1." in read(old).text
    assert _scan(old, tmp_path / "old") == [f"jw-desktop://kaart/{code}?versie=1"]
    assert parse_card_link(f"jw-desktop://kaart/{code}?versie=1") == CardLink(code, 1)
