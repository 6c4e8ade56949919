"""The sync commands of the CLI: a device's `sync`, the central store's `central ...`,
and `conflicts`. Each only calls jw_desktop.sync and the library."""

from __future__ import annotations

import argparse
import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jw_desktop import cli_update
from jw_desktop.model import InvalidInput, NotFound, SchoolStore
from jw_desktop.model.wording import moment_text
from jw_desktop.sync import session

Opener = Callable[[argparse.Namespace, bool], SchoolStore]
Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
REFUSALS_SHOWN = 20  # `central devices`: the newest refused bundles


def register(add: Add, open_store: Opener) -> None:
    """Add the sync commands to the CLI's parser."""

    def run(
        handler: Callable[[SchoolStore, argparse.Namespace], int], create: bool = False
    ) -> Callable[[argparse.Namespace], int]:
        def command(args: argparse.Namespace) -> int:
            with open_store(args, create) as store:
                return handler(store, args)

        return command

    p = add("sync", run(cmd_sync), "synchroniseer dit apparaat via een map (USB-stick, netwerk)")
    p.add_argument(
        "action",
        nargs="?",
        choices=["aanmelden", "inschrijven", "catalogus"],
        help="aanmelden: maak een aanmeldbestand; inschrijven: neem een inschrijving van "
        "de centrale in gebruik; catalogus: lees een bundel van een vertrouwde uitgever in",
    )
    p.add_argument("file", nargs="?", metavar="BESTAND", help="het aanmeld- of inschrijfbestand")
    p.add_argument("--folder", metavar="MAP", help="de uitwisselmap")
    p.add_argument("--name", metavar="NAAM", help="naam van dit apparaat (bij aanmelden)")
    p.add_argument("--out", metavar="BESTAND", help="waar het aanmeldbestand komt")

    central = run(cmd_central, create=True)

    def central_command(args: argparse.Namespace) -> int:
        if args.action == "update-plaatsen":  # needs no database: never makes one
            return cli_update.place_command(args)
        return central(args)

    p = add("central", central_command, "beheer de centrale database")
    p.add_argument(
        "action",
        choices=[
            "init",
            "enroll",
            "revoke",
            "sync",
            "devices",
            "trust-publisher",
            "import-catalogue",
            "update-plaatsen",
        ],
    )
    p.add_argument("file", nargs="?", metavar="BESTAND_OF_APPARAAT")
    p.add_argument("--folder", metavar="MAP", help="de uitwisselmap (bij sync, update-plaatsen)")
    p.add_argument("--role", choices=session.ROLES, help="rol van het apparaat (bij enroll)")
    p.add_argument("--staff", metavar="E-MAIL", help="de medewerker van het apparaat")
    p.add_argument("--out", metavar="BESTAND", help="waar het inschrijvingsbestand komt")
    p.add_argument(
        "--group",
        action="append",
        metavar="GROEP",
        help="alleen de leerlingen van deze groep (klas); mag vaker",
    )

    p = add(
        "publish",
        run(cmd_publish, create=True),
        "maak een catalogusbundel (voor de uitgever van de catalogus)",
    )
    p.add_argument("--out", metavar="BESTAND", help="de catalogusbundel")
    p.add_argument(
        "--identity-out",
        metavar="BESTAND",
        help="schrijf de publieke sleutel van deze uitgever (voor de centrale)",
    )

    p = add("conflicts", run(cmd_conflicts), "toon of los synchronisatieconflicten op")
    p.add_argument("action", choices=["list", "resolve"], nargs="?", default="list")
    p.add_argument("conflict", nargs="?", metavar="ID")
    p.add_argument(
        "--keep", choices=["winnaar", "verliezer"], help="welke waarde blijft (bij resolve)"
    )
    p.add_argument("--all", action="store_true", help="ook opgeloste conflicten")


def _read_json(path: str | None, what: str) -> dict[str, Any]:
    if not path:
        raise InvalidInput(f"Noem het {what}.")
    return session.load_document(Path(path), what)


def _write_json(path: str | None, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


def _folder(args: argparse.Namespace) -> Path:
    if not args.folder:
        raise InvalidInput("Geef de uitwisselmap met --folder MAP.")
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise NotFound(f"De map {folder} bestaat niet (zit de USB-stick erin?).")
    return folder


def _print_report(report: session.SyncReport) -> int:
    print(report.summary())
    for problem in report.refused:
        print(f"geweigerd: {problem}")
    return 1 if report.refused else 0


def cmd_sync(store: SchoolStore, args: argparse.Namespace) -> int:
    if args.action == "aanmelden":
        request = session.enrollment_request(store, args.name or socket.gethostname())
        me = session.identity(store).public()
        _write_json(args.out or args.file, request)
        print(f"Apparaat {me.device_id}, vingerafdruk {me.fingerprint()}.", flush=True)
        return 0
    if args.action == "inschrijven":
        central = session.join(store, _read_json(args.file, "inschrijvingsbestand"))
        print(f"Ingeschreven bij centrale {central.name} (vingerafdruk {central.fingerprint()}).")
        return 0
    if args.action == "catalogus":
        return _print_report(session.import_catalogue(store, _bundle_file(args.file)))
    return _print_report(session.device_sync(store, _folder(args)))


def _bundle_file(name: str | None) -> Path:
    if not name:
        raise InvalidInput("Noem de catalogusbundel.")
    path = Path(name).expanduser()
    if not path.is_file():
        raise NotFound(f"De bundel {path} bestaat niet.")
    return path


def cmd_publish(store: SchoolStore, args: argparse.Namespace) -> int:
    if args.identity_out:
        _write_json(args.identity_out, session.identity(store).public().to_json())
    if args.out:
        count = session.publish_catalogue(store, Path(args.out).expanduser())
        print(f"Catalogusbundel {args.out} gemaakt: {count} wijzigingen.")
    if not args.out and not args.identity_out:
        raise InvalidInput("Geef --out BESTAND en/of --identity-out BESTAND.")
    return 0


def cmd_central(store: SchoolStore, args: argparse.Namespace) -> int:
    action = args.action
    if action == "init":
        me = session.identity(store).public()
        print(f"Centrale {me.device_id}, vingerafdruk {me.fingerprint()}.")
        if store.school_name() is None:
            print("Let op: er is nog geen school in deze database.")
        return 0
    if action == "enroll":
        if not args.role:
            raise InvalidInput("Geef de rol van het apparaat met --role.")
        doc = session.enroll(
            store,
            _read_json(args.file, "aanmeldbestand"),
            role=args.role,
            staff_email=args.staff,
            groups=args.group,
        )
        _write_json(args.out, doc)
        print(f"Apparaat {doc['device']} ingeschreven als {args.role}.")
        return 0
    if action == "revoke":
        if not args.file:
            raise InvalidInput("Noem het apparaat dat ingetrokken wordt.")
        session.revoke(store, args.file)
        print(f"Apparaat {args.file} is ingetrokken; zijn bundels worden geweigerd.")
        return 0
    if action == "trust-publisher":
        publisher = session.trust_publisher(store, _read_json(args.file, "uitgeversbestand"))
        print(f"Uitgever {publisher.name} wordt vertrouwd ({publisher.fingerprint()}).")
        return 0
    if action == "import-catalogue":
        return _print_report(session.import_catalogue(store, _bundle_file(args.file)))
    if action == "devices":
        devices = session.devices(store)
        for device in devices:
            state = "ingetrokken" if device.revoked else str(device.scope.get("role"))
            print(f"{device.device_id}  {device.name}  {state}")
        names = {d.device_id: d.name for d in devices}
        for refusal in session.refusals(store)[:REFUSALS_SHOWN]:
            who = names.get(refusal.sender) or refusal.sender[:8]
            reason = " ".join(refusal.reason.split())  # one line each
            print(f"geweigerd  {moment_text(refusal.at)}  {who}  {reason}")
        return 0
    return _print_report(session.central_sync(store, _folder(args)))


def cmd_conflicts(store: SchoolStore, args: argparse.Namespace) -> int:
    if args.action == "resolve":
        if not args.conflict or not args.keep:
            raise InvalidInput("Gebruik: conflicts resolve ID --keep winnaar|verliezer.")
        store.resolve_conflict(args.conflict, keep_losing=args.keep == "verliezer")
        print("Opgelost.")
        return 0
    found = store.conflicts(include_resolved=args.all)
    if not found:
        print("Geen conflicten.")
    for c in found:
        state = f" (opgelost: {c.resolution})" if c.resolved else ""
        what = "verwijderd terwijl bewerkt" if c.kind == "verwijderd" else "tegelijk bewerkt"
        print(
            f"{c.id}  {c.tbl}.{c.col} {what}: nu {c.current_value!r}, verloren "
            f"{c.losing_value!r}{state}"
        )
    return 0
