"""Taking an update offer: copy the package off the stick, check the copy again, and hand
the copy to the system's installer.

The copy is checked, not the stick's file: the stick can be changed (or pulled and swapped)
between the look in the folder and the install, and only the copy in this user's own data
folder is what the installer gets. On Linux that copy is the user's too, so it is checked
once more on the other side of the privilege line: pkexec runs the installed program itself
(`<bundle>/jw-desktop update --als-root FILE`, root-owned like the publisher key beside
it), which copies the file into a folder only root can write, checks that copy against the
installed key (never one named by the environment) and the installed version, and hands
only it to `apt-get install -y`. apt (not dpkg -i) installs what the package depends on
and, with -y, refuses to downgrade ("Packages were downgraded and -y was used without
--allow-downgrades"), a guard behind the version check. Without pkexec the exact command
for the admin is returned instead. On Windows the installer is started as Windows starts a
program the user double-clicks (it is Authenticode-signed and asks for administrator rights
itself, and the installer checks nothing a user could swap: it is one signed file).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jw_desktop import paths
from jw_desktop.model.errors import JWError
from jw_desktop.update.minisign import PublicKey
from jw_desktop.update.offers import (
    LINUX,
    SUBFOLDER,
    WINDOWS,
    Offer,
    UpdateRefused,
    Version,
    check_package,
    installed_key_path,
    installed_version,
    publisher_key,
    signature_path,
)

Runner = Callable[[Sequence[str]], int]
Which = Callable[[str], str | None]
INSTALLED, STARTED, ADMIN_NEEDED = "geïnstalleerd", "gestart", "beheerder nodig"
# /etc/jw-desktop/jw-desktop.ini is a conffile the admin edits: keep it without asking (no
# terminal to ask on under pkexec from the window), take a new one only where it is unedited
KEEP_CONFIG = ("-o", "Dpkg::Options::=--force-confdef", "-o", "Dpkg::Options::=--force-confold")
AS_ROOT = "--als-root"
# the root side's own copy: a sticky folder, so its root-owned entries cannot be renamed
ROOT_WORK = Path("/var/tmp")
MAX_PACKAGE_BYTES = 1 << 30  # a .deb is ~65 MB: a bigger file is not ours to copy as root


class InstallFailed(JWError):
    exit_code = 53


@dataclass(frozen=True)
class Installation:
    """What taking an offer came to: INSTALLED (Linux), STARTED (the Windows installer runs)
    or ADMIN_NEEDED (command is what the admin types)."""

    status: str
    offer: Offer  # the staged, re-checked copy
    argv: tuple[str, ...]
    message: str


def staging_dir() -> Path:
    return paths.data_dir() / SUBFOLDER


def _copy(source: Path, target: Path) -> None:
    """source to target through a temporary name: a target is complete or not there."""
    part = target.with_name(target.name + ".deel")
    try:
        with source.open("rb") as src, part.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise InstallFailed(
            f"{source.name} kon niet gekopieerd worden naar {target.parent} ({exc.strerror})."
        ) from None


def copy_checked(
    offer: Offer,
    into: Path,
    key: PublicKey,
    *,
    platform: str | None,
    installed: Version | None,
) -> Offer:
    """The package and its signature copied into folder `into`, the signature first (a
    package never stands there without one), and the copies checked again; on any refusal
    the copies are removed and the refusal raised."""
    return _copy_checked(
        offer.path, offer.signature_path, into, key, platform=platform, installed=installed
    )


def _copy_checked(
    source: Path,
    source_sig: Path,
    into: Path,
    key: PublicKey,
    *,
    platform: str | None,
    installed: Version | None,
) -> Offer:
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InstallFailed(f"De map {into} kon niet gemaakt worden ({exc.strerror}).") from None
    package = into / source.name
    sig = signature_path(package)
    _copy(source_sig, sig)
    _copy(source, package)
    try:
        return check_package(package, key, platform=platform, installed=installed, sig_path=sig)
    except JWError:
        package.unlink(missing_ok=True)
        sig.unlink(missing_ok=True)
        raise


def place(package: Path, folder: Path, key: PublicKey) -> Offer:
    """The central's admin puts a published package (and its .minisig) into the updates/
    subfolder of the sync folder, after the same check a laptop does (any platform, any
    version: the central may serve Windows laptops). The copies are checked again."""
    source = check_package(package, key, platform=None, installed=None)
    return copy_checked(source, folder / SUBFOLDER, key, platform=None, installed=None)


def installed_program() -> Path | None:
    """The installed bundle's command-line program, which pkexec runs as root; None when
    jw-desktop runs from source (no installed program to trust: the admin installs)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().with_name("jw-desktop")


def apt_argv(package: Path, which: Which = shutil.which) -> list[str]:
    return [which("apt-get") or "/usr/bin/apt-get", "install", "-y", *KEEP_CONFIG, str(package)]


def install_argv(
    package: Path, platform: str, which: Which = shutil.which, program: Path | None = None
) -> tuple[bool, list[str]]:
    """(needs the admin, argv) for installing package on platform; on Linux through the
    installed program's root-side check (install_as_root) when there is one."""
    if platform == WINDOWS:
        return False, [str(package)]
    target = str(package.absolute())
    if program is None:
        return True, ["sudo", "apt-get", "install", "-y", *KEEP_CONFIG, target]
    root_side = [str(program), "update", AS_ROOT, target]
    pkexec = which("pkexec")
    if pkexec is None:
        return True, ["sudo", *root_side]
    return False, [pkexec, *root_side]


def run_installer(argv: Sequence[str]) -> int:
    """The thin launch: apt through pkexec waits for the install; a Windows installer is
    started through the shell (a program that asks for administrator rights cannot be
    started with CreateProcess) and runs on its own."""
    startfile = getattr(os, "startfile", None)
    if startfile is not None and len(argv) == 1:
        startfile(argv[0])
        return 0
    return subprocess.run(list(argv), check=False).returncode


def take(
    offer: Offer,
    key: PublicKey,
    *,
    platform: str,
    installed: Version,
    runner: Runner = run_installer,
    which: Which = shutil.which,
    into: Path | None = None,
    program: Path | None = None,
) -> Installation:
    """Stage offer in the data folder, check the staged copy, and install it (program: the
    installed CLI that checks it again as root; installed_program() when not given)."""
    staged = copy_checked(offer, into or staging_dir(), key, platform=platform, installed=installed)
    version = staged.release.version
    needs_admin, argv = install_argv(staged.path, platform, which, program or installed_program())
    if needs_admin:
        return Installation(
            ADMIN_NEEDED,
            staged,
            tuple(argv),
            f"Versie {version} staat klaar en is gecontroleerd. Installeren vraagt om een "
            f"beheerder; laat die dit uitvoeren: {' '.join(argv)}",
        )
    code = runner(argv)
    if code == UpdateRefused.exit_code and platform == LINUX:
        raise InstallFailed(
            f"Versie {version} is niet geïnstalleerd: bij de installatie is het pakket opnieuw "
            "gecontroleerd en geweigerd (het is na de eerste controle veranderd). Zoek opnieuw "
            "naar updates, of vraag de beheerder."
        )
    if code != 0:
        raise InstallFailed(
            f"De installatie van versie {version} is afgebroken of mislukt (code {code}). "
            "Probeer het opnieuw, of vraag de beheerder."
            if platform == LINUX
            else f"Het installatieprogramma van versie {version} kon niet starten (code {code})."
        )
    if platform == WINDOWS:
        return Installation(
            STARTED,
            staged,
            tuple(argv),
            f"Het installatieprogramma van versie {version} is gestart. Sluit jw-desktop "
            "wanneer het daarom vraagt.",
        )
    return Installation(
        INSTALLED,
        staged,
        tuple(argv),
        f"Versie {version} is geïnstalleerd. Start jw-desktop opnieuw om de nieuwe versie te "
        "gebruiken.",
    )


def install_as_root(
    package: Path,
    *,
    key_path: Path | None = None,
    runner: Runner = run_installer,
    which: Which = shutil.which,
    work: Path = ROOT_WORK,
) -> Offer:
    """The root side of a Linux update (`jw-desktop update --als-root FILE`, run by pkexec):
    FILE and FILE.minisig are the user's and may have been swapped since the user's side
    checked them, so they are copied into a new folder under `work` that only root can
    write, that copy is checked against the installed publisher key (key_path: tests only)
    and the installed version, and only it goes to apt. The folder is removed afterwards."""
    key = publisher_key(key_path or installed_key_path())
    installed = installed_version()
    for name in (package, signature_path(package)):
        try:
            ok = name.is_file() and name.stat().st_size <= MAX_PACKAGE_BYTES
        except OSError:
            ok = False
        if not ok:
            raise UpdateRefused(f"{name.name} is geen pakketbestand dat geïnstalleerd kan worden.")
    try:
        folder = Path(tempfile.mkdtemp(prefix="jw-desktop-update-", dir=work))
    except OSError as exc:
        raise InstallFailed(f"De map {work} is niet te gebruiken ({exc.strerror}).") from None
    try:
        checked = _copy_checked(
            package, signature_path(package), folder, key, platform=LINUX, installed=installed
        )
        # root-owned and read-only for others: apt's own download user (_apt) may read it
        os.chmod(folder, 0o755)
        code = runner(apt_argv(checked.path, which))
        if code != 0:
            raise InstallFailed(
                f"apt heeft versie {checked.release.version} niet geïnstalleerd (code {code})."
            )
        return checked
    finally:
        shutil.rmtree(folder, ignore_errors=True)
