"""Read a PDF back the way a person and a printer would: its text (pypdf), its fonts
(pdffonts, Debian's poppler-utils) and its pages rendered to pictures (pdftoppm), with a
check that no page is blank and nothing runs over the page's edge (imported by name:
every test folder has a conftest module of its own)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

MARGIN_PX = 6  # at 50 dpi: ink this close to a page's edge has run over the margin


@dataclass(frozen=True)
class ReadBack:
    text: str  # all pages, whitespace collapsed to single spaces
    pages: int
    metadata: dict[str, str]
    lang: str


def read(pdf: bytes) -> ReadBack:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    meta = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    lang = str(reader.trailer["/Root"].get("/Lang", ""))
    return ReadBack(text, len(reader.pages), meta, lang)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils (.ci/run does)")
    return found


def fonts(pdf_path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses (pdffonts)."""
    out = subprocess.run(
        [tool("pdffonts"), str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in out:
        parts = line.split()
        # name type... encoding emb sub uni object ID: 'emb' is the 5th field from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def assert_fonts_embedded(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fonts-check.pdf"
    path.write_bytes(pdf)
    used = fonts(path)
    assert used, "the PDF uses no font at all"
    assert all(embedded for _, embedded in used), used


def render(pdf: bytes, tmp_path: Path, dpi: int = 50) -> list[Image.Image]:
    """Every page as a picture (pdftoppm)."""
    folder = tmp_path / f"pages-{dpi}"
    folder.mkdir(exist_ok=True)
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [tool("pdftoppm"), "-r", str(dpi), "-png", str(source), str(folder / "p")], check=True
    )
    files = sorted(folder.glob("p-*.png"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))
    return [Image.open(f).convert("L") for f in files]


def assert_pages_look_right(pdf: bytes, tmp_path: Path) -> list[Image.Image]:
    """No blank page (ink beyond the header and footer) and no ink in the outer margin
    (text or a table that ran off the page)."""
    pages = render(pdf, tmp_path)
    assert pages
    for number, page in enumerate(pages, start=1):
        width, height = page.size
        ink = page.point(lambda v: 255 if v < 200 else 0)
        body = ink.crop((0, int(height * 0.08), width, int(height * 0.92)))
        assert body.getbbox() is not None, f"page {number} is blank"
        box = ink.getbbox()
        assert box is not None
        left, top, right, bottom = box
        assert left >= MARGIN_PX and top >= MARGIN_PX, f"page {number} runs over: {box}"
        assert right <= width - MARGIN_PX and bottom <= height - MARGIN_PX, (
            f"page {number} runs over: {box} on {page.size}"
        )
    return pages
