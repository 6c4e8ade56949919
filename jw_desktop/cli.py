"""jw-desktop on the command line: the admin's and the script's front door to the same
library the window uses.

It only calls jw_desktop.model (no SQL, no Qt). Every user error arrives as a JWError and is
printed as 'fout: <melding>' with the error's exit code, never as a traceback; unexpected
exceptions are bugs and do propagate. Commands other than 'demo' never create a database.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import enum
import io
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jw_desktop import (
    cli_coverage,
    cli_credentials,
    cli_pdf,
    cli_proof,
    cli_sync,
    cli_update,
    paths,
)
from jw_desktop.cli_files import not_written, write_file
from jw_desktop.demo.school import create_demo_database
from jw_desktop.model import (
    CardType,
    InvalidInput,
    JWError,
    Level,
    NotFound,
    SchoolStore,
    StoreCorrupt,
    phases,
)
from jw_desktop.model.database import (
    BackupInfo,
    backup_dir,
    integrity_problems,
    list_backups,
    read_revision,
    restore_backup,
    verify_backup,
)
from jw_desktop.model.placements import RequirementView
from jw_desktop.model.progress import phase_summary
from jw_desktop.model.views import (
    CardProgress,
    Eligibility,
    PlacementHours,
    PractiseItem,
    ProgressReport,
    StudentSummary,
)
from jw_desktop.model.wording import (
    date_text,
    eligibility_text,
    hours_of_text,
    hours_text,
    moment_text,
    number_text,
    observed_text,
    plural,
    size_text,
)
from jw_desktop.reports import exports

PROG = "jw-desktop"
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


# -- paths and opening --------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    if args.db is None:
        return paths.default_db_path()
    return Path(args.db).expanduser().absolute()


def _existing(db: Path) -> Path:
    """The database must be there: a look-up must never leave an empty new file behind."""
    if not db.exists():
        raise NotFound(
            f"Er staat geen database op {db}; maak er een met 'jw-desktop demo' "
            "of start de applicatie."
        )
    return db


def _open(db: Path, *, create: bool = False) -> SchoolStore:
    """Open without the daily backup: the CLI is also used for quick look-ups, and those
    should not write; the application makes the daily backups."""
    return SchoolStore.open(db, create=create, auto_backup=False)


# -- demo ---------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a new store with the demo school, all or nothing: it is built beside the
    target and renamed into place only when complete; an existing file is left alone."""
    db = _db_path(args)
    create_demo_database(db)
    with _open(db, create=False) as store:
        counts = store.info().counts
    print(f"Demoschool gemaakt in {db}.")
    _print_counts(counts)
    return 0


# -- info ---------------------------------------------------------------------------------


def cmd_info(args: argparse.Namespace) -> int:
    """Where the data is, its schema revision, what it holds and which backups exist."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        info = store.info()
    backups = list_backups(db)
    if args.json:
        _print_json(
            {
                "database": db,
                "data_folder": paths.data_dir(),
                "backups_folder": backup_dir(db),
                "revision": info.revision,
                "counts": info.counts,
                "backups": backups,
            }
        )
        return 0
    _print_pairs(
        [
            ("Database", str(db)),
            ("Gegevensmap", str(paths.data_dir())),
            ("Map reservekopieën", str(backup_dir(db))),
            ("Schemaversie", info.revision),
        ]
    )
    print("Aantallen:")
    _print_counts(info.counts)
    _print_backups(backups)
    return 0


def _print_pairs(pairs: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in pairs) + 1
    for label, value in pairs:
        print(f"{label + ':':<{width}} {value}")


def _print_counts(counts: dict[str, int]) -> None:
    width = max((len(k) for k in counts), default=0)
    for kind, number in counts.items():
        print(f"  {kind:<{width}}  {number:>6}")


def _print_backups(backups: list[BackupInfo]) -> None:
    if not backups:
        print("Nog geen reservekopieën.")
        return
    print("Reservekopieën (nieuwste eerst):")
    for b in backups:
        print(f"  {moment_text(b.made_at)}  {b.reason:<12}  {size_text(b.size):>9}  {b.path}")


# -- backup and restore -------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    """A hand-made backup, in the backups folder or where --to says."""
    db = _existing(_db_path(args))
    target = _backup_target(args.to, db) if args.to else None
    with _open(db) as store:
        made = store.backup(target)
    print(f"Reservekopie gemaakt: {made}")
    return 0


def _backup_target(to: str, db: Path) -> Path:
    """--to names a file, or a folder (a USB stick) to put a dated file in. Never
    overwrites: a backup must not destroy another backup or the database itself."""
    target = Path(to).expanduser().absolute()
    if target.is_dir():
        target = target / f"{db.stem}-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    if target.exists():
        raise InvalidInput(f"{target} bestaat al; kies een andere naam. Er is niets veranderd.")
    return target


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the database, after confirmation; --list shows backups."""
    db = _db_path(args)
    if args.list:
        if args.backup:
            raise InvalidInput("Gebruik --list zonder reservekopie, of noem alleen de kopie.")
        _print_backups(list_backups(db))
        return 0
    if not args.backup:
        raise InvalidInput(
            "Noem de reservekopie die teruggezet moet worden; 'jw-desktop restore --list' toont ze."
        )
    backup = _find_backup(args.backup, db)
    verify_backup(backup)  # refuse a bad backup before asking anything
    if not args.yes and not _confirm_restore(db, backup):
        print("Niet teruggezet; er is niets veranderd.")
        return 1
    safety = restore_backup(db, backup)
    print(f"Teruggezet: {backup} staat nu op {db}.")
    if safety is None:
        print("Er stonden nog geen gegevens op die plek.")
    else:
        print(f"De gegevens van voor het terugzetten staan veilig in {safety}.")
    return 0


def _find_backup(name: str, db: Path) -> Path:
    """A path, or just the file name of a backup in the backups folder."""
    given = Path(name).expanduser()
    in_folder = backup_dir(db) / name
    if not given.exists() and not given.is_absolute() and in_folder.is_file():
        return in_folder
    return given.absolute()


def _confirm_restore(db: Path, backup: Path) -> bool:
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"Terugzetten vervangt alle gegevens in {db}. Er is geen terminal om dat te "
            "vragen: bevestig met --yes. Er is niets veranderd."
        )
    print(f"De gegevens in {db} worden vervangen door {backup}.")
    print("De huidige gegevens worden eerst apart bewaard.")
    try:
        answer = input("Doorgaan? [j/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


# -- check --------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    """Full integrity check of the file, without opening it as a store."""
    db = _existing(_db_path(args))
    problems = integrity_problems(db)
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... en nog {len(problems) - 20}" if len(problems) > 20 else ""
        raise StoreCorrupt(
            f"{db} is beschadigd. SQLite meldt:\n{shown}{more}\n"
            "Zet een reservekopie terug: 'jw-desktop restore --list' toont ze."
        )
    revision, _ = read_revision(db)
    if revision is None:
        raise StoreCorrupt(f"{db} is een gezond SQLite-bestand, maar geen jw-desktop-database.")
    print(f"{db} is in orde (schemaversie {revision}).")
    return 0


# -- search -------------------------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    """Catalogue search; accents and capitals do not matter."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        hits = store.search_cards(
            " ".join(args.text),
            card_type=args.type,
            sector=args.sector,
            phase=args.phase,
            competence=args.competence,
            limit=args.limit,
        )
    if args.json:
        _print_json(hits)
        return 0
    if not hits:
        print("Geen kaarten gevonden.")
        return 0
    code_w = max(len(h.code) for h in hits)
    type_w = max(len(h.card_type.value) for h in hits)
    for h in hits:
        print(f"{h.code:<{code_w}}  {h.card_type.value:<{type_w}}  fase {h.phase}  {h.title}")
    return 0


# -- students and progress ----------------------------------------------------------------


def cmd_students(args: argparse.Namespace) -> int:
    """Students whose name contains the text (all students without text)."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        found = store.find_students(" ".join(args.text))
    if args.json:
        _print_json(found)
        return 0
    if not found:
        print("Geen leerlingen gevonden.")
        return 0
    for line in _student_lines(found):
        print(line)
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    """The handover to the next school as JSON: only what the student's consent for that
    school covers today; refused (exit code of InvalidInput) without one."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        student = _pick_student(store, args.student)
        document = store.onward_export(student.id, args.school)
    print(json.dumps(document, ensure_ascii=False, indent=2))
    return 0


def _student_lines(students: Iterable[StudentSummary]) -> list[str]:
    rows = [(s.name, s.group or "geen groep", f"fase {s.phase}", str(s.id)) for s in students]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return [f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}" for r in rows]


def cmd_progress(args: argparse.Namespace) -> int:
    """A student's progress and what they still need to practise, in route order."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        student = _pick_student(store, args.student)
        report = store.progress(student.id)
        requirement = store.hours_requirement(student.id)
    if args.json:
        _print_json(report)
        return 0
    _print_progress(report)
    if requirement is not None:
        _print_section("Urennorm van de route", requirement_lines(requirement), str, "")
    return 0


def cmd_phase(args: argparse.Namespace) -> int:
    """A student's phase - what it is for, its ik statements, its history - or, with a
    phase and a reason, the recorded change to it (SchoolStore.change_phase)."""
    db = _existing(_db_path(args))
    with _open(db) as store:
        student = _pick_student(store, args.student)
        if args.to is not None:
            if args.reason is None:
                raise InvalidInput("Zeg met --reden waarom de fase verandert.")
            store.change_phase(student.id, args.to, args.reason)
            print(f"{student.name} is nu in fase {args.to}.")
        now = store.student(student.id).phase
        history = store.phase_history(student.id)
    print(f"{student.name}: {phases.describe(now)}")
    print("Geschiedenis:" if history else "Nog geen faseovergang vastgelegd.")
    for change in history:
        print(f"  {change.text()}")
    return 0


def requirement_lines(view: RequirementView) -> list[str]:
    """The route's hours over all placements (ended ones too), then per school year."""
    lines = [
        f"over alle stages: {hours_of_text(view.minutes_done, view.hours_required)} "
        f"({number_text(view.hours_per_year)} per schooljaar, "
        f"{plural(view.school_years, 'schooljaar', 'schooljaren')})"
    ]
    for year in view.years:
        line = f"schooljaar {year.label}: {hours_of_text(year.minutes_done, year.hours_required)}"
        if year.current and year.behind:
            line += f" - achter: {hours_text(year.expected_minutes)} uur verwacht tot nu toe"
        elif year.past and year.behind:
            line += " - niet gehaald"
        elif not year.current and not year.past:
            line += " - nog niet begonnen"
        lines.append(line)
    return lines


def _pick_student(store: SchoolStore, text: str) -> StudentSummary:
    """By id, or by (part of) the name; a full name that matches exactly wins."""
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Noem een leerling: (een deel van) de naam of het nummer.")
    try:
        return store.student(uuid.UUID(text))
    except ValueError:
        pass
    found = store.find_students(text)
    if not found:
        raise NotFound(f"Geen leerling gevonden die past bij {text!r}.")
    exact = [s for s in found if s.name.casefold() == text.casefold()]
    if len(found) == 1 or len(exact) == 1:
        return exact[0] if exact else found[0]
    listing = "\n".join(f"  {line}" for line in _student_lines(found))
    raise NotFound(
        f"Meerdere leerlingen passen bij {text!r}; noem de hele naam of het nummer:\n{listing}"
    )


def _print_progress(report: ProgressReport) -> None:
    s = report.student
    print(f"{s.name} - groep {s.group or 'geen'}, fase {s.phase}")
    if s.contact:
        print(f"Vaste contactpersoon: {s.contact}")
    _print_section("Voortgang per fase", report.phases, phase_summary, "Nog geen leerroute.")
    _print_section(
        "Werkopdrachten en eindwerkopdrachten", report.cards, _card_line, "Nog geen in de route."
    )
    _print_section("Kwalificaties", report.credentials, _credential_line, "Nog geen.")
    _print_section("Stage-uren", report.hours, _hours_line, "Geen stage.")
    _print_still_to_practise(report.still_to_practise, has_route=bool(report.phases))


def _print_section(
    title: str, items: Iterable[Any], line: Callable[[Any], str], empty: str
) -> None:
    print(f"\n{title}:")
    lines = [line(item) for item in items]
    for text in lines or [empty]:
        print(f"  {text}")


def _card_line(c: CardProgress) -> str:
    criteria = plural(c.criteria.total, "criterium", "criteria")
    head = f"{c.code} {c.title} ({c.card_type.value})"
    return f"{head}: {c.criteria.mastered} van {criteria} zelfstandig"


def _credential_line(e: Eligibility) -> str:
    """One line per credential: issued, ready (and who issues it: model/issuing.py), or
    what is missing; criteria count only when behaald at an assessment."""
    head = f"{e.name} ({e.kind.value}): "
    tail = ""
    if e.werkprocessen:
        tail = " [werkprocessen: " + ", ".join(w.split(" ", 1)[0] for w in e.werkprocessen) + "]"
    return head + eligibility_text(e) + tail


def _hours_line(h: PlacementHours) -> str:
    ended = f", afgelopen op {date_text(h.ended_on)}" if h.ended_on else ""
    return (
        f"{h.company} ({date_text(h.start_on)} t/m {date_text(h.end_on)}{ended}): "
        f"{hours_of_text(h.minutes_done, h.hours_required)}"
    )


def _print_still_to_practise(items: Iterable[PractiseItem], *, has_route: bool) -> None:
    print("\nNog te oefenen:")
    current: uuid.UUID | None = None
    count = 0
    for item in items:
        if item.route_item_id != current:
            current = item.route_item_id
            print(f"  {item.card_code} {item.card_title}")
        print(f"    {item.kind.value} {item.position}: {item.text} - {_level_text(item)}")
        count += 1
    if not count and has_route:
        print("  Niets meer: alle stappen en criteria in de route zijn zelfstandig gezien.")
    elif not count:
        print("  Nog niets: er is nog geen leerroute.")


def _level_text(item: PractiseItem) -> str:
    return observed_text(item.level, item.last_observed_on)


# -- export -------------------------------------------------------------------------------

EXPORTS = {"voortgang": "voortgang", "progress": "voortgang", "uren": "uren", "hours": "uren"}


def cmd_export(args: argparse.Namespace) -> int:
    """Progress or placement hours as a CSV file Excel opens right (reports/exports.py),
    for the whole school or one group; '--to -' writes it to standard output."""
    db = _existing(_db_path(args))
    kind = EXPORTS[args.kind]
    target = None if args.to == "-" else Path(args.to).expanduser().absolute()
    if target is not None:
        _check_export_target(target, db)
    with _open(db) as store:
        group_id = _pick_group(store, args.group) if args.group else None
        make = exports.progress_csv if kind == "voortgang" else exports.hours_csv
        data = make(store, group_id)
    rows = max(0, len(list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))) - 1)
    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    _write_file(target, data)
    what = (
        plural(rows, "leerling", "leerlingen")
        if kind == "voortgang"
        else plural(rows, "stage", "stages")
    )
    print(
        f"{'Voortgang' if kind == 'voortgang' else 'Stage-uren'} ({what}) geschreven naar {target}."
    )
    return 0


def _pick_group(store: SchoolStore, name: str) -> uuid.UUID:
    """A group by its name, ignoring capitals; the start of the name is enough when only
    one group begins with it."""
    groups = store.groups()
    wanted = name.strip().casefold()
    exact = [gid for gid, g in groups if g.casefold() == wanted]
    start = [(gid, g) for gid, g in groups if g.casefold().startswith(wanted)]
    if exact or len(start) == 1:
        return exact[0] if exact else start[0][0]
    if start:
        names = "; ".join(g for _, g in start)
        raise NotFound(f"Meerdere groepen beginnen met {name!r}: {names}. Noem de hele naam.")
    known = "; ".join(g for _, g in groups) or "er zijn nog geen groepen"
    raise NotFound(f"Er is geen groep {name!r}. Groepen: {known}.")


def _check_export_target(target: Path, db: Path) -> None:
    try:
        if target.is_dir():
            raise InvalidInput(
                f"{target} is een map; noem een bestand, bijvoorbeeld voortgang.csv."
            )
        if target.resolve() in {Path(str(db) + s).resolve() for s in ("", "-wal", "-shm")}:
            raise InvalidInput(f"{target} is de database zelf; kies een ander bestand.")
        if not target.parent.is_dir():
            raise InvalidInput(f"De map {target.parent} bestaat niet; er is niets geschreven.")
    except OSError as exc:
        raise _not_written(target, exc) from exc


_write_file = write_file
_not_written = not_written


# -- json ---------------------------------------------------------------------------------


def _print_json(value: Any) -> None:
    print(json.dumps(_plain(value), ensure_ascii=False, indent=2))


def _plain(value: Any) -> Any:
    """Library values (frozen dataclasses, enums, ids, dates, paths) as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, StudentSummary):
            out["name"] = value.name
        return out
    if isinstance(value, Level):
        return value.label
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# -- argument parsing ---------------------------------------------------------------------

# argparse has no Dutch catalogue; these are the messages a user can meet.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "not allowed with argument %s": "niet samen met %s",
}


def _dutch(message: str) -> str:
    return _ARGPARSE_NL.get(message, message)


def _phase(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 6:
        raise argparse.ArgumentTypeError(f"fase moet 1 tot en met 6 zijn, niet {text!r}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"moet een geheel getal vanaf 1 zijn, niet {text!r}")
    return value


def _card_type(text: str) -> CardType:
    try:
        return CardType(text.strip().lower())
    except ValueError:
        choices = ", ".join(t.value for t in CardType)
        raise argparse.ArgumentTypeError(
            f"onbekend kaarttype {text!r}; kies uit {choices}"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand; help texts in Dutch."""
    setattr(argparse, "_", _dutch)  # noqa: B010 - argparse looks its messages up by this name
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Beheer en bekijk de gegevens van jw-desktop (Jongleren&Werken) zonder venster. "
            "Het venster start met 'jw-desktop-gui'."
        ),
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="BESTAND",
        help=f"de database (standaard: {paths.default_db_path()})",
    )
    sub = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT")

    def add(
        name: str, handler: Handler, help_text: str, aliases: Sequence[str] = ()
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name, parents=[common], help=help_text, description=help_text, aliases=aliases
        )
        p.set_defaults(handler=handler)
        return p

    add("demo", cmd_demo, "maak een nieuwe database met de demoschool")
    p = add("info", cmd_info, "waar de gegevens staan, schemaversie, aantallen, reservekopieën")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    p = add("backup", cmd_backup, "maak een reservekopie")
    p.add_argument("--to", metavar="BESTAND", help="naar dit bestand of deze map")
    _add_restore(add("restore", cmd_restore, "zet een reservekopie terug"))
    add("check", cmd_check, "controleer of de database onbeschadigd is")
    _add_search(add("search", cmd_search, "zoek kaarten in de catalogus"))
    p = add("progress", cmd_progress, "voortgang van een leerling en wat nog te oefenen is")
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    p = add("phase", cmd_phase, "de fase van een leerling, de geschiedenis, of een overgang")
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p.add_argument("to", nargs="?", type=_phase, metavar="FASE", help="naar deze fase (1-6)")
    p.add_argument("--reden", dest="reason", metavar="TEKST", help="waarom de fase verandert")
    p = add("students", cmd_students, "toon leerlingen")
    p.add_argument("text", nargs="*", metavar="TEKST", help="(een deel van) de naam")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    p = add(
        "handover",
        cmd_handover,
        "overdracht aan de volgende school (met toestemming)",
        aliases=["overdracht"],
    )
    p.add_argument("student", metavar="LEERLING", help="(een deel van) de naam, of het nummer")
    p.add_argument(
        "--school", required=True, metavar="NAAM", help="de school, zoals in de toestemming"
    )
    _add_export(
        add("export", cmd_export, "voortgang of stage-uren als CSV voor Excel", ["exporteren"])
    )
    cli_sync.register(add, _open_for_sync)
    cli_coverage.register(add, lambda a: _open(_existing(_db_path(a))), _pick_student, _print_json)
    cli_credentials.register(add, _open_for_sync, _pick_student)
    cli_pdf.register(add, lambda a: _open(_existing(_db_path(a))), _pick_student)
    cli_proof.register(add, lambda a: _open(_existing(_db_path(a))), _db_path)
    cli_update.register(add)
    return parser


def _open_for_sync(args: argparse.Namespace, create: bool) -> SchoolStore:
    """A new laptop has no database yet when it asks to be enrolled: that makes it."""
    db = _db_path(args)
    create = create or (args.command == "sync" and args.action == "aanmelden")
    if args.command == "sync" and not db.exists():  # first start: the admin's ticket
        cli_sync.enrol_from_site(db, args)
    return _open(db if create else _existing(db), create=create)


def _add_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "backup", nargs="?", metavar="KOPIE", help="pad of bestandsnaam van de reservekopie"
    )
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.add_argument("--list", action="store_true", help="toon de beschikbare reservekopieën")


def _add_export(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "kind",
        choices=sorted(EXPORTS),
        metavar="WAT",
        help="voortgang (per leerling) of uren (per stage)",
    )
    p.add_argument(
        "--to",
        "--uit",
        dest="to",
        required=True,
        metavar="BESTAND",
        help="het CSV-bestand ('-': het scherm)",
    )
    p.add_argument("--group", "--groep", dest="group", metavar="NAAM", help="alleen deze groep")


def _add_search(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="*", metavar="TEKST", help="woorden in titel of inhoud")
    p.add_argument(
        "--type", type=_card_type, metavar="TYPE", help="alleen dit kaarttype, bijv. werkopdracht"
    )
    p.add_argument("--sector", metavar="SECTOR", help="alleen deze sector, bijv. groen")
    p.add_argument("--phase", type=_phase, metavar="FASE", help="alleen deze fase (1-6)")
    p.add_argument("--competence", metavar="CODE", help="alleen kaarten bij deze competentie")
    p.add_argument("--limit", type=_positive, default=50, metavar="N", help="hoogstens N kaarten")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")


# -- main ---------------------------------------------------------------------------------


def _tolerant_output() -> None:
    """A name the console cannot show becomes '?', not a crash (old Windows code pages)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the return value is the exit code."""
    _tolerant_output()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or argparse already said what is wrong
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except JWError as exc:
        print(f"fout: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\nAfgebroken.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into 'head' or similar, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
