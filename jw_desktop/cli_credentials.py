"""The credential commands of the CLI: `assessments` (a student's assessment moments),
`exam-part` (a diploma's other exam part passed at the mbo school) and `issue` (issue a
credential, or record that the branch or the mbo school issued it). The
rule of who issues what is model/issuing.py, the same the window asks."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from jw_desktop import proof
from jw_desktop.model import CredentialKind, InvalidInput, SchoolStore, issuing
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.views import StudentSummary
from jw_desktop.model.wording import date_text, day_from_text

Opener = Callable[[argparse.Namespace, bool], SchoolStore]
Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
Picker = Callable[[SchoolStore, str], StudentSummary]


def register(add: Add, open_store: Opener, pick: Picker) -> None:
    """Add the credential commands to the CLI's parser."""

    def assessments(args: argparse.Namespace) -> int:
        with open_store(args, False) as store:
            student = pick(store, args.student)
            found = store.assessments(student.id)
        print(f"Beoordelingen van {student.name}:")
        if not found:
            print("  Nog geen.")
        for a in found:
            who = " en ".join(
                f"{p.name} ({p.organisation})" if p.organisation else p.name for p in a.assessors
            )
            state = (
                "gepland"
                if a.planned
                else f"{sum(1 for r in a.results if r[2])} van {len(a.results)} behaald"
            )
            place = f" in {a.place}" if a.place else ""
            print(f"  {a.card_code} op {date_text(a.held_on)}{place}: {state} - door {who}")
            for _eid, text, ok in a.results:
                print(f"    {'behaald' if ok else 'niet behaald'}: {text}")
        return 0

    def issue(args: argparse.Namespace) -> int:
        with open_store(args, False) as store:
            student = pick(store, args.student)
            credential_id = store.credential_id(args.credential)
            verdict = store.eligibility(student.id, credential_id)
            proof.issue(
                store,
                student.id,
                credential_id,
                _day(args.on) if args.on else None,
                issuer_name=args.by,
                reference=args.number or "",
            )
            entry = next(e for e in store.portfolio(student.id) if e.credential == verdict.name)
        done = "uitgereikt" if entry.issuer is IssuerKind.SCHOOL else "vastgelegd als uitgereikt"
        number = f" (nummer {entry.reference})" if entry.reference else ""
        print(
            f"{verdict.name} {done} aan {student.name} op {date_text(entry.issued_on)} "
            f"door {entry.issuer_name}{number}."
        )
        return 0

    def exam_part(args: argparse.Namespace) -> int:
        with open_store(args, False) as store:
            student = pick(store, args.student)
            credential_id = store.credential_id(args.credential)
            parts = store.exam_parts(student.id, credential_id)
            wanted = " ".join(args.part).casefold()
            found = [p for p in parts if p.name.casefold().startswith(wanted)] if wanted else []
            if len(found) != 1:
                names = "; ".join(p.name for p in parts) or "geen"
                raise InvalidInput(f"Noem één examenonderdeel van {args.credential}: {names}.")
            on = _day(args.on) if args.on else store.today()
            store.record_exam_part(student.id, found[0].id, on, args.by or "")
        print(f"{found[0].name} behaald op {date_text(on)} bij {args.by}: {student.name}.")
        return 0

    p = add(
        "exam-part",
        exam_part,
        "leg vast dat een leerling een examenonderdeel van een diploma heeft behaald",
    )
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p.add_argument("credential", metavar="KWALIFICATIE", help="de sleutel van het diploma")
    p.add_argument("part", nargs="+", metavar="ONDERDEEL", help="bijv. Nederlands")
    p.add_argument("--by", metavar="MBO-SCHOOL", help="de mbo-school die examineerde")
    p.add_argument("--on", metavar="DATUM", help="de dag (dd-mm-jjjj), standaard vandaag")
    p = add("assessments", assessments, "beoordelingen van een leerling, met de uitslag")
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p = add(
        "issue",
        issue,
        "reik een kwalificatie uit, of leg vast dat de branche of de mbo-school dat deed",
    )
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p.add_argument(
        "credential", metavar="KWALIFICATIE", help="de sleutel, bijv. pb-planten-verzorgen"
    )
    p.add_argument(
        "--by",
        metavar="NAAM",
        help="de branche of mbo-school die uitreikte (standaard: die uit de catalogus); "
        + issuing.who_issues(CredentialKind.BRANCHECERTIFICAAT),
    )
    p.add_argument("--number", metavar="NUMMER", help="het certificaat- of diplomanummer")
    p.add_argument("--on", metavar="DATUM", help="de dag van uitreiken (dd-mm-jjjj)")


def _day(text: str) -> date:
    day = day_from_text(text)
    if day is not None:
        return day
    raise InvalidInput(f"{text!r} is geen datum: schrijf dd-mm-jjjj, bijvoorbeeld 20-11-2026.")
