"""`jw-desktop pdf` (or `afdrukken`): every printable document as a PDF file, from the same
functions the window prints with (jw_desktop.reports):

  voortgang    --leerling         the student's progress report
  klas         --groep [--kaart]  the class overview (per card, or one card's steps)
  uren         --leerling [--stage]   the placement's hours statement
  kaart        --kaart            the instruction card for the workbench
  afvinklijst  --kaart [--leerling]   the werkopdracht checklist
  certificaat  --leerling --kwalificatie   the certificate of an issued credential

Each writes --uit FILE (default: a Dutch file name in the current folder) and prints the
path. Every user error is a JWError with a Dutch message (the CLI prints 'fout: ...')."""

from __future__ import annotations

import argparse
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from jw_desktop.cli_files import not_written, write_file
from jw_desktop.model import InvalidInput, NotFound, SchoolStore
from jw_desktop.model.placements import PlacementDetails
from jw_desktop.model.views import StudentSummary
from jw_desktop.model.wording import date_text
from jw_desktop.reports.card import checklist, instruction_card
from jw_desktop.reports.certificate import certificate
from jw_desktop.reports.class_overview import class_overview
from jw_desktop.reports.hours import hours_statement
from jw_desktop.reports.progress import progress_report

Opener = Callable[[argparse.Namespace], SchoolStore]
Picker = Callable[[SchoolStore, str], StudentSummary]
Add = Callable[
    [str, Callable[[argparse.Namespace], int], str, Sequence[str]], argparse.ArgumentParser
]
Document = tuple[bytes, str]  # the PDF, and its default file name without '.pdf'

STUDENT_HELP = "de leerling: (een deel van) de naam, of het nummer"


def register(add: Add, open_store: Opener, pick_student: Picker) -> None:
    """Add `pdf` (alias `afdrukken`) with a subcommand per document to the CLI's parser."""

    def run(make: Callable[[SchoolStore, argparse.Namespace], Document]) -> Callable[..., int]:
        def command(args: argparse.Namespace) -> int:
            with open_store(args) as store:
                pdf, name = make(store, args)
            target = _target(args.out, name)
            _write(target, pdf)
            print(target)
            return 0

        return command

    def progress(store: SchoolStore, args: argparse.Namespace) -> Document:
        student = pick_student(store, _required(args.student, "--leerling", "een leerling"))
        pdf = progress_report(store, student.id, all_observations=args.all)
        return pdf, f"voortgangsrapport-{student.name}"

    def klas(store: SchoolStore, args: argparse.Namespace) -> Document:
        group_id, name = pick_group(store, _required(args.group, "--groep", "een groep"))
        card_id = store.card_id(args.card) if args.card else None
        pdf = class_overview(store, group_id, card_id=card_id)
        return pdf, f"klasoverzicht-{name}" + (f"-{args.card}" if args.card else "")

    def hours(store: SchoolStore, args: argparse.Namespace) -> Document:
        student = pick_student(store, _required(args.student, "--leerling", "een leerling"))
        placement = pick_placement(store.placement_details(student.id), student, args.placement)
        pdf = hours_statement(store, placement.placement_id)
        return pdf, f"urenverantwoording-{student.name}-{placement.company}"

    def card(store: SchoolStore, args: argparse.Namespace) -> Document:
        code = _required(args.card, "--kaart", "de code van een kaart")
        pdf = instruction_card(store, store.card_id(code))
        return pdf, f"kaart-{code}"

    def ticks(store: SchoolStore, args: argparse.Namespace) -> Document:
        code = _required(args.card, "--kaart", "de code van een kaart")
        card_id = store.card_id(code)
        student = pick_student(store, args.student) if args.student else None
        pdf = checklist(store, card_id, student.id if student else None)
        return pdf, f"afvinklijst-{code}" + (f"-{student.name}" if student else "")

    def cert(store: SchoolStore, args: argparse.Namespace) -> Document:
        wanted = _required(args.credential, "--kwalificatie", "de kwalificatie of het nummer")
        issued_id, name = pick_issued(store, wanted, args.student, pick_student)
        return certificate(store, issued_id), f"certificaat-{name}"

    p = add(
        "pdf",
        _no_document,
        "maak een document als PDF: voortgangsrapport, klasoverzicht, urenverantwoording, "
        "instructiekaart, afvinklijst of certificaat",
        ["afdrukken"],
    )
    docs = p.add_subparsers(dest="document", title="documenten", metavar="DOCUMENT")

    def doc(
        name: str, make: Callable[[SchoolStore, argparse.Namespace], Document], text: str
    ) -> argparse.ArgumentParser:
        d = docs.add_parser(name, help=text, description=text)
        d.set_defaults(handler=run(make))
        # also after the document's name; SUPPRESS keeps a --db given before it
        d.add_argument("--db", metavar="BESTAND", default=argparse.SUPPRESS, help="de database")
        d.add_argument(
            "--uit",
            dest="out",
            metavar="BESTAND",
            help="schrijf de PDF naar dit bestand of in deze map (standaard: in de huidige "
            "map, met de naam van het document)",
        )
        return d

    def student_option(d: argparse.ArgumentParser) -> None:
        d.add_argument(
            "--leerling", "--student", dest="student", metavar="LEERLING", help=STUDENT_HELP
        )

    d = doc("voortgang", progress, "het voortgangsrapport van een leerling")
    student_option(d)
    d.add_argument(
        "--alles",
        dest="all",
        action="store_true",
        help="alle observaties, niet alleen die van de laatste twaalf weken",
    )
    d = doc("klas", klas, "het klasoverzicht van een groep (leerlingen x kaarten)")
    d.add_argument("--groep", dest="group", metavar="GROEP", help="de naam of het nummer")
    d.add_argument(
        "--kaart", dest="card", metavar="CODE", help="alleen deze kaart: per stap en criterium"
    )
    d = doc("uren", hours, "de urenverantwoording van een stage, om te tekenen")
    student_option(d)
    d.add_argument(
        "--stage",
        dest="placement",
        metavar="STAGE",
        help="het leerbedrijf (een deel van de naam) of het nummer van de stage; "
        "standaard de lopende stage",
    )
    d = doc("kaart", card, "een instructiekaart, groot, voor bij de werkplek")
    d.add_argument("--kaart", dest="card", metavar="CODE", help="de code, bijv. GRN-IK-01")
    d = doc("afvinklijst", ticks, "de afvinklijst van een werkopdracht, om op papier af te vinken")
    d.add_argument("--kaart", dest="card", metavar="CODE", help="de code, bijv. GRN-WO-02")
    student_option(d)
    d = doc("certificaat", cert, "het certificaat van een uitgereikte kwalificatie")
    student_option(d)
    d.add_argument(
        "--kwalificatie",
        "--credential",
        dest="credential",
        metavar="KWALIFICATIE",
        help="de sleutel (bijv. pb-planten-verzorgen, met --leerling) of het nummer van "
        "het uitgereikte certificaat",
    )


def _no_document(args: argparse.Namespace) -> int:
    raise InvalidInput(
        "Noem het document: voortgang, klas, uren, kaart, afvinklijst of certificaat "
        "(bijvoorbeeld 'jw-desktop pdf voortgang --leerling Jerome')."
    )


def _required(value: str | None, option: str, what: str) -> str:
    if value is None or not value.strip():
        raise InvalidInput(f"Noem {what} met {option}.")
    return value.strip()


def pick_group(store: SchoolStore, text: str) -> tuple[uuid.UUID, str]:
    """By id, or by (part of) the name; a name that matches exactly wins."""
    groups = store.groups()
    try:
        wanted = uuid.UUID(text)
    except ValueError:
        pass
    else:
        for gid, name in groups:
            if gid == wanted:
                return gid, name
        raise NotFound(f"Er is geen groep met nummer {text}.")
    folded = " ".join(text.split()).casefold()
    exact = [(g, n) for g, n in groups if n.casefold() == folded]
    found = exact or [(g, n) for g, n in groups if folded in n.casefold()]
    if len(found) == 1:
        return found[0]
    names = "; ".join(n for _g, n in groups) or "geen"
    if not found:
        raise NotFound(f"Geen groep gevonden die past bij {text!r}. De groepen: {names}.")
    raise NotFound(f"Meerdere groepen passen bij {text!r}; noem de hele naam. De groepen: {names}.")


def pick_placement(
    placements: Sequence[PlacementDetails], student: StudentSummary, text: str | None
) -> PlacementDetails:
    """The placement named (company or id), else the one running placement, else the
    only one."""
    if not placements:
        raise NotFound(f"{student.name} heeft geen stage.")
    listing = "; ".join(
        f"{p.company} ({date_text(p.start_on)} t/m {date_text(p.end_on)})" for p in placements
    )
    if text:
        folded = text.strip().casefold()
        found = [
            p for p in placements if folded == str(p.placement_id) or folded in p.company.casefold()
        ]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(f"{student.name} heeft geen stage die past bij {text!r}: {listing}.")
        raise NotFound(f"Meerdere stages passen bij {text!r}; noem het nummer: {listing}.")
    running = [p for p in placements if p.ended_on is None]
    if len(running) == 1:
        return running[0]
    if len(placements) == 1:
        return placements[0]
    raise InvalidInput(
        f"{student.name} heeft meer dan één stage; kies er een met --stage: {listing}."
    )


def pick_issued(
    store: SchoolStore, wanted: str, student_text: str | None, pick_student: Picker
) -> tuple[uuid.UUID, str]:
    """An issued credential by its number (id), or by the credential's key for a
    student; with its default file name."""
    try:
        issued_id = uuid.UUID(wanted)
    except ValueError:
        pass
    else:
        return issued_id, str(issued_id)
    if not student_text:
        raise InvalidInput(
            "Noem de leerling met --leerling, of geef het nummer van het certificaat."
        )
    student = pick_student(store, student_text)
    credential_id = store.credential_id(wanted)
    name = next(n for cid, _key, n in store.credentials() if cid == credential_id)
    entries = [e for e in store.portfolio(student.id) if e.credential == name]
    if not entries:
        raise NotFound(f"{name} is (nog) niet uitgereikt aan {student.name}.")
    return entries[-1].id, f"{student.name}-{wanted}"


def file_name(name: str) -> str:
    """'Voortgangsrapport Esra Çelik' -> 'voortgangsrapport-esra-celik.pdf'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:120].rstrip("-")
    return f"{slug or 'document'}.pdf"


def _target(out: str | None, name: str) -> Path:
    if not out:
        return Path.cwd() / file_name(name)
    target = Path(out).expanduser()
    try:
        if target.is_dir():
            target = target / file_name(name)
    except OSError as exc:  # a name too long, a path through a file
        raise not_written(target.absolute(), exc) from exc
    return target.absolute()


def _write(target: Path, pdf: bytes) -> None:
    try:
        folder = target.parent.is_dir()
    except OSError as exc:
        raise not_written(target, exc) from exc
    if not folder:
        raise InvalidInput(f"De map {target.parent} bestaat niet; er is niets geschreven.")
    write_file(target, pdf)
