"""The step pictograms: valid, deterministic, small and distinct PNGs."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from jw_desktop.demo.pictures import MOTIFS, draw_step_picture

EXPECTED = (
    *("handen-wassen", "handschoenen", "gieter", "plant", "pot", "aarde", "schep"),
    *("snoeischaar", "bezem", "emmer", "kar", "doos", "pallet", "scanner", "weegschaal"),
    *("mes", "snijplank", "pan", "kopje", "dienblad", "bord", "klok", "lijst", "duim"),
    *("veiligheid", "prullenbak", "sieraden", "zeep", "handdoek", "telefoon"),
)


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_motif_names_are_the_agreed_set() -> None:
    assert MOTIFS == EXPECTED


@pytest.mark.parametrize("motif", MOTIFS)
def test_every_motif_renders_a_small_png_of_the_default_size(motif: str) -> None:
    data = draw_step_picture(motif, 1)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = _open(data)
    assert image.format == "PNG"
    assert image.size == (320, 240)
    assert len(data) < 8 * 1024


@pytest.mark.parametrize("size", [(320, 240), (200, 200), (150, 300), (64, 48)])
def test_asked_size_is_honoured(size: tuple[int, int]) -> None:
    assert _open(draw_step_picture("klok", 3, size=size)).size == size


def test_output_is_deterministic() -> None:
    for motif in MOTIFS:
        assert draw_step_picture(motif, 4) == draw_step_picture(motif, 4)


def test_different_motifs_give_different_images() -> None:
    pixels = {_open(draw_step_picture(motif, 1)).convert("RGB").tobytes() for motif in MOTIFS}
    assert len(pixels) == len(MOTIFS)


def test_step_number_changes_the_picture() -> None:
    one, two = (_open(draw_step_picture("emmer", n)).convert("RGB") for n in (1, 2))
    box = ImageChops.difference(one, two).getbbox()
    assert box is not None
    # Only the badge in the top-left corner differs.
    assert box[2] <= 320 // 3 and box[3] <= 240 // 3
    assert draw_step_picture("emmer", 12) != draw_step_picture("emmer", 123)


def test_unknown_motif_raises_value_error() -> None:
    with pytest.raises(ValueError, match="unknown motif 'fiets'"):
        draw_step_picture("fiets", 1)


@pytest.mark.parametrize("kwargs", [{"step_number": 0}, {"step_number": 1, "size": (10, 240)}])
def test_bad_step_or_size_raises_value_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        draw_step_picture("klok", **kwargs)  # type: ignore[arg-type]
