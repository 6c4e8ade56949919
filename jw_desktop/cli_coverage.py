"""`jw-desktop dekking`: which competences no card and no route covers, per
kwalificatiedossier (basisdeel, profieldeel), kerndoelen and werknemersvaardigheden; the
same library call (SchoolStore.coverage) as the window's Dekking page."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from jw_desktop.model import SchoolStore
from jw_desktop.model.coverage import Coverage, CoverageRow
from jw_desktop.model.views import StudentSummary
from jw_desktop.model.wording import plural

Opener = Callable[[argparse.Namespace], SchoolStore]
Picker = Callable[[SchoolStore, str], StudentSummary]
Add = Callable[
    [str, Callable[[argparse.Namespace], int], str, Sequence[str]], argparse.ArgumentParser
]
Printer = Callable[[Any], None]

NO_CARD, NO_ROUTE = "geen kaart", "in geen route"


def register(add: Add, open_store: Opener, pick_student: Picker, print_json: Printer) -> None:
    """Add the `dekking` command to the CLI's parser."""

    def command(args: argparse.Namespace) -> int:
        with open_store(args) as store:
            student = pick_student(store, args.student) if args.student else None
            coverage = store.coverage(student.id if student else None)
        if args.json:
            print_json(coverage)
            return 0
        _print(coverage, student, only_gaps=args.gaps)
        return 0

    p = add(
        "coverage",
        command,
        "dekking: welke competenties geen kaart en geen route dekt (per dossier, "
        "kerndoelen, werknemersvaardigheden)",
        ["dekking"],
    )
    p.add_argument(
        "--leerling",
        dest="student",
        metavar="LEERLING",
        help="alleen de route van deze leerling ((een deel van) de naam, of het nummer)",
    )
    p.add_argument(
        "--gaten", dest="gaps", action="store_true", help="alleen competenties met een gat"
    )
    p.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")


def _print(coverage: Coverage, student: StudentSummary | None, *, only_gaps: bool) -> None:
    whose = (
        f"de route van {student.name}"
        if student
        else f"de routes van {plural(coverage.students, 'leerling', 'leerlingen')}"
    )
    print(f"Dekking: kaarten in de catalogus en {whose}.")
    if not coverage.sections:
        print("Er staan nog geen competenties in de catalogus.")
        return
    for section in coverage.sections:
        rows = [r for r in section.rows if not only_gaps or r.no_card or r.no_route]
        print()
        print(section.title)
        print(
            f"  {plural(len(section.without_card), 'competentie', 'competenties')} zonder "
            f"kaart, {len(section.without_route)} in geen route"
        )
        width = max((len(r.ref) + 2 * r.depth for r in rows), default=0)
        for row in rows:
            print(f"  {_line(row, width)}")


def _line(row: CoverageRow, width: int) -> str:
    name = f"{'  ' * row.depth}{row.ref}"
    part = f" [{row.part_text}]" if row.part_text else ""
    gaps = [g for g, on in ((NO_CARD, row.no_card), (NO_ROUTE, row.no_route)) if on]
    counts = (
        f"{plural(row.cards, 'kaart', 'kaarten')}, {plural(row.students, 'leerling', 'leerlingen')}"
    )
    line = f"{name:<{width}}  {row.title}{part}  ({counts})"
    if gaps:
        line += "  <- " + ", ".join(gaps)
    for link in row.links:
        line += f"\n{' ' * (width + 4)}gekoppeld aan {link.ref} {link.title} (bron: {link.source})"
    return line
