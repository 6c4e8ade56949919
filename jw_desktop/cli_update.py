"""`jw-desktop update` (alias `bijwerken`): look in the sync folder for a newer signed
package and, with --install, install it; and `jw-desktop central update-plaatsen`, with
which the central's admin puts a published package into the sync folder. Both only call
jw_desktop.update.

Exit codes: 0 nothing newer, a newer version found (without --install), or installed /
installer started; 50 a package in the folder was refused (tampered, another key, wrong
name or platform: the others are still handled); 51 updates are off on this installation
(no publisher key); 52 installing needs an administrator (the command is printed); 53 the
installer failed or was cancelled.

`update --als-root FILE` is the root side of an install, run by pkexec (install.
install_as_root): not for people, so not in the help; it exits 50 when the file it is given
no longer passes the check.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from jw_desktop import __version__
from jw_desktop.model import InvalidInput, NotFound
from jw_desktop.update import install, offers

Add = Callable[..., argparse.ArgumentParser]
EXIT_REFUSED = offers.UpdateRefused.exit_code  # 50
EXIT_OFF = offers.UpdatesOff.exit_code  # 51
EXIT_ADMIN = 52
EXIT_FAILED = install.InstallFailed.exit_code  # 53


def register(add: Add) -> None:
    p = add(
        "update",
        cmd_update,
        "zoek een nieuwere versie van jw-desktop in de synchronisatiemap (en installeer die)",
        aliases=["bijwerken"],
    )
    p.add_argument("--folder", "--map", dest="folder", metavar="MAP", help="de synchronisatiemap")
    p.add_argument(
        "--install",
        "--installeren",
        dest="install",
        action="store_true",
        help="installeer de nieuwste geldige versie",
    )
    p.add_argument(install.AS_ROOT, dest="as_root", metavar="PAKKET", help=argparse.SUPPRESS)


def _folder(value: str | None) -> Path:
    if not value:
        raise InvalidInput("Geef de synchronisatiemap met --folder MAP.")
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise NotFound(f"De map {folder} bestaat niet (zit de USB-stick erin?).")
    return folder


def _name(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return path.name


def cmd_update(args: argparse.Namespace) -> int:
    if args.as_root:
        checked = install.install_as_root(Path(args.as_root))
        print(f"Versie {checked.release.version} is geïnstalleerd.")
        return 0
    folder = _folder(args.folder)
    try:
        key = offers.publisher_key()
        installed = offers.installed_version()
    except offers.UpdatesOff as exc:
        print(exc.message)
        return EXIT_OFF
    found = offers.scan(folder, key=key, installed=installed)
    if found.off:
        print(found.off)
        return EXIT_OFF
    for passed in found.ignored:
        print(f"overgeslagen: {_name(passed.path, folder)}: {passed.reason}")
    for passed in found.refused:
        print(f"geweigerd: {_name(passed.path, folder)}: {passed.reason}")
    refused = EXIT_REFUSED if found.refused else 0
    offer = found.offer
    if offer is None:
        print(f"Geen nieuwere versie gevonden (geïnstalleerd: {__version__}).")
        return refused
    print(
        f"nieuw: {_name(offer.path, folder)}: versie {offer.release.version}, ondertekend "
        "door de uitgever."
    )
    if not args.install:
        print("Installeren: jw-desktop update --folder MAP --install")
        return refused
    platform = offer.release.platform
    done = install.take(offer, key, platform=platform, installed=installed)
    print(done.message)
    if done.status == install.ADMIN_NEEDED:
        return EXIT_ADMIN
    return refused


def cmd_place(package: str | None, folder_name: str | None) -> int:
    """`central update-plaatsen PAKKET --folder MAP`: checked, then copied with its
    .minisig into MAP/updates/ (the network central is issue 14)."""
    if not package:
        raise InvalidInput("Noem het pakket (het .deb- of setup-bestand).")
    source = Path(package).expanduser()
    if not source.is_file():
        raise NotFound(f"Het pakket {source} bestaat niet.")
    folder = _folder(folder_name)
    placed = install.place(source, folder, offers.publisher_key())
    release = placed.release
    print(
        f"Versie {release.version} voor {release.platform} staat klaar in "
        f"{placed.path.parent}: de laptops zien die bij hun volgende synchronisatie."
    )
    return 0


def place_command(args: argparse.Namespace) -> int:
    return cmd_place(args.file, args.folder)
