"""The sync commands of the CLI: a device's `sync`, the central store's `central ...`,
and `conflicts`. Each only calls jw_desktop.sync and the library."""

from __future__ import annotations

import argparse
import ipaddress
import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jw_desktop import cli_update, site_config
from jw_desktop.central.serve import serve
from jw_desktop.model import InvalidInput, NotFound, SchoolStore
from jw_desktop.model.wording import moment_text, plural
from jw_desktop.sync import enrol_net, network, session

Opener = Callable[[argparse.Namespace, bool], SchoolStore]
Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
REFUSALS_SHOWN = 20  # `central devices`: the newest refused bundles
WAITING_EXIT = 33  # `sync inschrijven --server`: the admin has not approved yet (try again)


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
    p.add_argument(
        "--server",
        metavar="URL",
        help="het adres van de centrale server: synchroniseer via het netwerk; aanmelden "
        "stuurt de aanmelding erheen, inschrijven haalt de inschrijving daar op",
    )
    p.add_argument("--ca", metavar="BESTAND", help="het certificaat van de centrale (bij --server)")
    p.add_argument("--name", metavar="NAAM", help="naam van dit apparaat (bij aanmelden)")
    p.add_argument("--out", metavar="BESTAND", help="waar het aanmeldbestand komt")

    central = run(cmd_central, create=True)

    def central_command(args: argparse.Namespace) -> int:
        if args.action == "update-plaatsen":  # needs no database: never makes one
            return cli_update.place_command(args)
        if args.action == "serve":
            return _serve(args)
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
            "inschrijfbewijs",
            "inschrijfbewijzen",
            "inschrijfbewijs-intrekken",
            "serve",
            "aanmeldingen",
            "goedkeuren",
            "afwijzen",
            "status",
        ],
        help="inschrijfbewijs: maak een inschrijfbewijs voor laptops die bij de installatie "
        "worden ingeschreven; inschrijfbewijzen: toon ze; inschrijfbewijs-intrekken ID; "
        "aanmeldingen: toon de aanmeldingen die via het netwerk wachten; goedkeuren ID "
        "--role ROL [--staff E-MAIL]; afwijzen ID; status: apparaten, laatste synchronisatie, "
        "geweigerde bundels en wachtende aanmeldingen",
    )
    p.add_argument("file", nargs="?", metavar="BESTAND_OF_APPARAAT")
    p.add_argument("--folder", metavar="MAP", help="de uitwisselmap (bij sync, update-plaatsen)")
    p.add_argument("--host", default="127.0.0.1", help="adres van de dienst (bij serve)")
    p.add_argument("--port", type=int, default=8470, help="poort van de dienst (bij serve)")
    p.add_argument("--cert", metavar="BESTAND", help="TLS-certificaat (bij serve)")
    p.add_argument("--key", metavar="BESTAND", help="TLS-sleutel (bij serve)")
    p.add_argument(
        "--zonder-tls",
        action="store_true",
        help="gewoon HTTP op een ander adres dan 127.0.0.1 (bij serve; alleen op een "
        "beveiligd netwerk)",
    )
    p.add_argument("--workers", type=int, default=1, metavar="N", help="processen (bij serve)")
    p.add_argument("--spool", metavar="MAP", help="werkmap van de dienst (bij serve)")
    p.add_argument("--role", choices=session.ROLES, help="rol van het apparaat (bij enroll)")
    p.add_argument("--staff", metavar="E-MAIL", help="de medewerker van het apparaat")
    p.add_argument("--out", metavar="BESTAND", help="waar het inschrijvingsbestand komt")
    p.add_argument(
        "--group",
        action="append",
        metavar="GROEP",
        help="alleen de leerlingen van deze groep (klas); mag vaker",
    )
    p.add_argument(
        "--uses",
        type=int,
        default=1,
        metavar="N",
        help="zoveel laptops mogen zich met het inschrijfbewijs aanmelden (standaard 1)",
    )
    p.add_argument(
        "--days",
        type=int,
        default=session.TICKET_DAYS,
        metavar="D",
        help=f"zoveel dagen is het inschrijfbewijs geldig (standaard {session.TICKET_DAYS})",
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


def site() -> site_config.SiteConfig:
    """The admin's site configuration, its problem as the CLI's one Dutch sentence."""
    try:
        return site_config.read()
    except site_config.SiteConfigError as exc:
        raise InvalidInput(exc.message) from exc


def enrol_from_site(db: Path, args: argparse.Namespace) -> None:
    """First start of a laptop on the command line: no database yet, and the site
    configuration (or `sync inschrijven BESTAND`) names an inschrijfbewijs: an empty store
    enrolled with it (no demo school). Without one, nothing happens here."""
    if args.action == "inschrijven" and args.file:
        ticket = Path(args.file).expanduser()
        if session.load_document(ticket, "inschrijvingsbestand").get("type") != session.TICKET:
            return  # an inschrijving names keys this laptop cannot have yet: said later
    elif args.action is None:
        found = site().enrolment
        if found is None:
            return
        ticket = found
    else:
        return
    waiting = session.enrol_new_store(db, ticket, args.name)
    args.enrolled_now = waiting
    print(
        f"Nieuwe database {db} ingeschreven bij {waiting.school or waiting.central}; "
        "wacht op de eerste synchronisatie met de centrale."
    )


def _folder(args: argparse.Namespace) -> Path:
    if not args.folder:
        configured = site().sync_folder if args.command == "sync" else None
        if configured is None:
            raise InvalidInput("Geef de uitwisselmap met --folder MAP.")
        args.folder = str(configured)
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise NotFound(f"De map {folder} bestaat niet (zit de USB-stick erin?).")
    return folder


def _print_report(report: session.SyncReport) -> int:
    print(report.summary())
    for problem in report.refused:
        print(f"geweigerd: {problem}")
    return 1 if report.refused else 0


def _sync_over_network(store: SchoolStore, args: argparse.Namespace) -> int:
    """`sync aanmelden --server URL` and `sync inschrijven --server URL`: enrolment with
    no files carried (sync/enrol_net.py)."""
    if args.action == "aanmelden":
        sent = enrol_net.send_aanmelding(
            store, args.server, args.name or session.default_device_name()
        )
        print(
            f"Aanmelding {sent.aanmelding_id} verstuurd voor {sent.name}, vingerafdruk "
            f"{sent.fingerprint}. Laat de beheerder deze vingerafdruk vergelijken en de "
            f"aanmelding goedkeuren; haal daarna de inschrijving op met 'jw-desktop sync "
            f"inschrijven --server {args.server}'."
        )
        return 0
    central = enrol_net.fetch_inschrijving(store, args.server)
    if central is None:
        print(
            "De beheerder heeft de aanmelding nog niet goedgekeurd; probeer het straks "
            "opnieuw (vingerafdruk van deze laptop: "
            f"{session.identity(store).public().fingerprint()})."
        )
        return WAITING_EXIT
    print(f"Ingeschreven bij centrale {central.name} (vingerafdruk {central.fingerprint()}).")
    return 0


def cmd_sync(store: SchoolStore, args: argparse.Namespace) -> int:
    if args.server and args.action in ("aanmelden", "inschrijven"):
        return _sync_over_network(store, args)
    if args.action == "aanmelden":
        request = session.enrollment_request(store, args.name or socket.gethostname())
        me = session.identity(store).public()
        _write_json(args.out or args.file, request)
        print(f"Apparaat {me.device_id}, vingerafdruk {me.fingerprint()}.", flush=True)
        return 0
    if args.action == "inschrijven":
        central = session.central_identity(store)
        if getattr(args, "enrolled_now", None) is None or central is None:
            doc = _read_json(args.file, "inschrijvingsbestand")
            central = session.join(store, doc, args.name)
        print(f"Ingeschreven bij centrale {central.name} (vingerafdruk {central.fingerprint()}).")
        if session.pending(store) is not None:
            print(
                "De laptop meldt zich bij de volgende synchronisatie aan bij de centrale "
                "(jw-desktop sync --folder MAP)."
            )
        return 0
    if args.action == "catalogus":
        return _print_report(session.import_catalogue(store, _bundle_file(args.file)))
    if getattr(args, "server", None):
        return _print_report(network.sync_with_server(store, args.server, ca=args.ca))
    box = _folder(args)
    found = site().enrolment if session.pending(store) is not None else None
    if found is not None and session.renew_pending_ticket(store, found):
        print(f"Het nieuwe inschrijfbewijs {found} is in gebruik genomen.")
    code = _print_report(session.device_sync(store, box))
    waiting = session.pending(store, box)
    if waiting is not None and not waiting.refused:
        print(
            f"Deze laptop is ingeschreven bij {waiting.school or waiting.central} en wacht op "
            "de eerste synchronisatie van de centrale; synchroniseer opnieuw als de centrale "
            "de map heeft verwerkt."
        )
    return code


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


def _loopback(host: str) -> bool:
    """Only this machine can reach a service on this address (the reverse-proxy case)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _serve(args: argparse.Namespace) -> int:
    if args.db is None:
        raise InvalidInput("Noem de centrale database met --db.")
    db = Path(args.db).expanduser().absolute()
    if not db.exists():
        raise InvalidInput(f"De database {db} bestaat niet.")
    if bool(args.cert) != bool(args.key):
        raise InvalidInput("Geef --cert en --key samen, of geen van beide.")
    if not args.cert and not _loopback(args.host) and not args.zonder_tls:
        raise InvalidInput(
            f"Zonder TLS (--cert en --key) luistert de centrale alleen op dit apparaat "
            f"(127.0.0.1), niet op {args.host}: de laptops sturen er hun gegevens heen. "
            "Zet een reverse proxy met TLS ervoor, of geef --zonder-tls als het netwerk "
            "zelf beveiligd is."
        )
    serve(
        db,
        host=args.host,
        port=args.port,
        cert=Path(args.cert) if args.cert else None,
        key=Path(args.key) if args.key else None,
        workers=args.workers,
        spool=Path(args.spool) if args.spool else None,
    )
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
    if action == "inschrijfbewijs":
        if not args.role:
            raise InvalidInput("Geef de rol van de laptops met --role.")
        if not args.out:
            raise InvalidInput("Geef met --out BESTAND waar het inschrijfbewijs komt.")
        doc = session.make_ticket(
            store,
            role=args.role,
            staff_email=args.staff,
            groups=args.group,
            uses=args.uses,
            days=args.days,
        )
        _write_json(args.out, doc)
        print(
            f"Inschrijfbewijs {doc['ticket']} gemaakt voor "
            f"{plural(args.uses, 'laptop', 'laptops')} als {args.role}, geldig tot "
            f"{moment_text(doc['expires'])}: {args.out}."
        )
        return 0
    if action == "inschrijfbewijzen":
        found = session.tickets(store)
        if not found:
            print("Nog geen inschrijfbewijzen.")
        for t in found:
            groups = ", ".join(t.spec.get("groups") or [])
            print(
                f"{t.ticket_id}  {t.spec.get('role')}{'  ' + groups if groups else ''}  "
                f"{session.ticket_state(t)}  nog {t.uses_left} van {t.uses}  "
                f"tot {moment_text(t.expires_at)}  door {t.made_by} op {moment_text(t.made_at)}"
            )
        return 0
    if action == "inschrijfbewijs-intrekken":
        if not args.file:
            raise InvalidInput("Noem het inschrijfbewijs dat ingetrokken wordt.")
        session.revoke_ticket(store, args.file)
        print(
            f"Inschrijfbewijs {args.file} is ingetrokken; laptops die zich ermee aanmelden "
            "worden geweigerd. Laptops die er al mee zijn ingeschreven blijven dat (trek ze "
            "zo nodig in met 'jw-desktop central revoke APPARAAT')."
        )
        return 0
    if action in ("aanmeldingen", "goedkeuren", "afwijzen", "status"):
        return _central_network(store, args)
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


def _central_network(store: SchoolStore, args: argparse.Namespace) -> int:
    """The admin's side of enrolment over the network, and the central's health."""
    action = args.action
    if action == "aanmeldingen":
        found = enrol_net.pending(store)
        if not found:
            print("Er wachten geen aanmeldingen.")
        for w in found:
            print(f"{w.aanmelding_id}  {w.name}  vingerafdruk {w.fingerprint}  {moment_text(w.at)}")
        return 0
    if not args.file and action != "status":
        raise InvalidInput("Noem het nummer van de aanmelding (zie 'central aanmeldingen').")
    if action == "goedkeuren":
        if not args.role:
            raise InvalidInput("Geef de rol van het apparaat met --role.")
        doc = enrol_net.approve(
            store, args.file, role=args.role, staff_email=args.staff, groups=args.group
        )
        print(
            f"Aanmelding {args.file} goedgekeurd: apparaat {doc['device']} is ingeschreven "
            f"als {args.role}; de laptop haalt de inschrijving op bij de server."
        )
        return 0
    if action == "afwijzen":
        enrol_net.reject(store, args.file)
        print(f"Aanmelding {args.file} is afgewezen.")
        return 0
    health = enrol_net.health(store)
    print(f"Apparaten: {len(health.devices)}")
    for d in health.devices:
        state = "ingetrokken" if d.revoked else d.role
        last = moment_text(d.last_sync) if d.last_sync else "nog nooit"
        print(f"  {d.device_id}  {d.name}  {state}  laatste synchronisatie: {last}")
    print(f"Geweigerde bundels: {len(health.refused)}")
    for r in health.refused:
        print(f"  {moment_text(r.at)}  {r.sender[:8]}  {' '.join(r.reason.split())}")
    print(f"Wachtende aanmeldingen: {len(health.waiting)}")
    for w in health.waiting:
        print(f"  {w.aanmelding_id}  {w.name}  vingerafdruk {w.fingerprint}  {moment_text(w.at)}")
    return 0


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
