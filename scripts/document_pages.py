"""The first page of every printed document, for README.md: made from the demo school
with the same functions the window and `jw-desktop pdf` call, rendered with PDFium
(pypdfium2, as the window's preview does) and saved as small palette PNGs.

    python scripts/document_pages.py [--out docs/documents]
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from jw_desktop.demo.school import DEMO_PASSWORD, create_demo_database
from jw_desktop.model import CardType, SchoolStore
from jw_desktop.reports import card, certificate, class_overview, hours, progress

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 620  # pixels: readable in the README, small in git


def first_page(pdf: bytes, out: Path) -> None:
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    scale = WIDTH / page.get_width()
    image = page.render(scale=scale).to_pil().convert("RGB")
    image.quantize(colors=64, dither=0).save(out, optimize=True)
    document.close()


def documents(store: SchoolStore) -> dict[str, Callable[[], bytes]]:
    jerome = store.find_students("Jerome")[0]
    group = next(gid for gid, name in store.groups() if name == jerome.group)
    placement = store.placements(jerome.id)[0]
    work = next(
        h for h in store.search_cards("", limit=500) if h.card_type is CardType.WERKOPDRACHT
    )
    issued = next(e.id for s in store.students() for e in store.portfolio(s.id))
    step_card = next(
        h
        for h in store.search_cards("", limit=500)
        if h.card_type is CardType.INSTRUCTIEKAART
        and any(e.picture_id for e in store.card(h.id).elements)
    )
    return {
        "voortgangsrapport": lambda: progress.progress_report(store, jerome.id),
        "klasoverzicht": lambda: class_overview.class_overview(store, group),
        "urenverantwoording": lambda: hours.hours_statement(store, placement),
        "instructiekaart": lambda: card.instruction_card(store, step_card.id),
        "afvinklijst": lambda: card.checklist(store, work.id, jerome.id),
        "certificaat": lambda: certificate.certificate(store, issued),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        create_demo_database(path)
        with SchoolStore.open(path) as store:
            store.login("s.dewit@example.nl", DEMO_PASSWORD)
            for name, make in documents(store).items():
                first_page(make(), args.out / f"{name}.png")
                print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
