"""The proof commands of the CLI: `verify` (alias `controleer`: is this certificate, its
JSON, its JWT or its scanned QR text genuine?) and `trust-list` (alias
`vertrouwenslijst`: write the school's trust list for verifiers outside the school).
Each only calls jw_desktop.proof."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

from jw_desktop.model import InvalidInput, NotFound, SchoolStore
from jw_desktop.proof import trust, verify

Handler = Callable[[argparse.Namespace], int]
Add = Callable[..., argparse.ArgumentParser]
Opener = Callable[[argparse.Namespace], SchoolStore]
Located = Callable[[argparse.Namespace], Path]

EXIT_CODES = {
    verify.Outcome.VALID: 0,
    verify.Outcome.TAMPERED: 40,
    verify.Outcome.UNKNOWN_ISSUER: 41,
    verify.Outcome.REVOKED: 42,
    verify.Outcome.EXPIRED: 43,
}
"""What `jw-desktop verify` exits with: 0 only for a valid credential (docs/credentials.md)."""

MAX_FILE = verify.MAX_INPUT


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(MAX_FILE + 1)
    except FileNotFoundError as exc:
        raise NotFound(f"Het bestand {path} bestaat niet.") from exc
    except OSError as exc:
        raise InvalidInput(f"Het bestand {path} is niet te lezen: {exc.strerror or exc}.") from exc


def register(add: Add, open_store: Opener, db_path: Located) -> None:
    """Add the proof commands to the CLI's parser."""

    def cmd_verify(args: argparse.Namespace) -> int:
        data = _read(Path(args.file))
        if args.trust:
            trusted = trust.load(Path(args.trust))
        else:
            if not db_path(args).exists():
                raise NotFound(
                    "Op deze computer staat geen database van een school. Geef de "
                    "vertrouwenslijst van de school op met --vertrouw BESTAND."
                )
            with open_store(args) as store:
                trusted = trust.for_store(store)
        verdict = verify.check(data, trusted)
        print(verdict.line())
        return EXIT_CODES[verdict.outcome]

    def cmd_trust_list(args: argparse.Namespace) -> int:
        out = Path(args.out)
        with open_store(args) as store:
            written = trust.write(store, out)
        issuer = written.issuers[0]
        print(
            f"Vertrouwenslijst van {issuer.name} geschreven naar {out} "
            f"({len(issuer.revoked_devices)} ingetrokken apparaten, "
            f"{len(issuer.revoked_credentials)} ingetrokken kwalificaties)."
        )
        return 0

    aliases: Sequence[str] = ["controleer"]
    p = add(
        "verify",
        cmd_verify,
        "controleer een certificaat (PDF), de JSON, de JWT of de tekst van de QR-code",
        aliases=aliases,
    )
    p.add_argument("file", metavar="BESTAND", help="het certificaat of de gescande tekst")
    p.add_argument(
        "--vertrouw",
        dest="trust",
        metavar="LIJST",
        help="de vertrouwenslijst van de school (zonder: de school van deze database)",
    )
    p = add(
        "trust-list",
        cmd_trust_list,
        "schrijf de vertrouwenslijst van de school, voor wie certificaten controleert",
        aliases=["vertrouwenslijst"],
    )
    p.add_argument("--uit", dest="out", required=True, metavar="BESTAND", help="naar dit bestand")
