"""Update offers in the sync folder: which packages are there, which one may be installed,
and why each other one is not.

A package F is offered only when F.minisig beside it verifies against the publisher key
this copy of jw-desktop was installed with (both minisign signatures), and its signed
trusted comment says `jw-desktop-update versie=V platform=P bestand=NAME` with P this
machine's platform, NAME F's actual name and V newer than the installed version. An older
or equal version is never offered, so this path cannot downgrade the program (a store made
by a newer version is refused by the model anyway: StoreTooNew).
"""

from __future__ import annotations

import fnmatch
import os
import platform as platform_module
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import jw_desktop
from jw_desktop.model.errors import JWError
from jw_desktop.update.minisign import (
    PublicKey,
    SignatureRefused,
    check_trusted_comment,
    load_public_key,
    load_signature,
    verify_file,
)

KEY_ENV = "JW_DESKTOP_PUBLISHER_KEY"
KEY_FILE = "publisher.pub"
LINUX, WINDOWS = "linux-x86_64", "windows-x86_64"
PATTERNS = {LINUX: "jw-desktop_*.deb", WINDOWS: "jw-desktop-setup-*.exe"}
SUBFOLDER = "updates"
SIGNATURE_SUFFIX = ".minisig"
COMMENT_TAG = "jw-desktop-update"
_VERSION = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})")

Version = tuple[int, int, int]


class UpdateRefused(JWError):
    """This package may not be installed; the message says why."""

    exit_code = 50


class NotNewer(UpdateRefused):
    """A genuine package of an older or the same version: passed over, not an alarm."""


class UpdatesOff(JWError):
    """This installation cannot check updates (no publisher key, another system)."""

    exit_code = 51


@dataclass(frozen=True)
class Release:
    """What the publisher signed about a file."""

    version: str
    platform: str
    file_name: str

    @property
    def version_key(self) -> Version:
        return parse_version(self.version)


@dataclass(frozen=True)
class Offer:
    """A package whose signatures and trusted comment were checked."""

    path: Path
    signature_path: Path
    release: Release


@dataclass(frozen=True)
class Passed:
    """A package that is not offered, and why (one Dutch sentence)."""

    path: Path
    reason: str


@dataclass
class Scan:
    """What a look at the sync folder found."""

    offer: Offer | None = None  # the newest valid newer package
    newer: list[Offer] = field(default_factory=list)  # every valid newer one, newest first
    ignored: list[Passed] = field(default_factory=list)  # genuine, but not newer
    refused: list[Passed] = field(default_factory=list)  # bad signature, wrong name, ...
    off: str = ""  # packages are there, but this installation cannot check them


# -- this installation --------------------------------------------------------------------


def installed_key_path() -> Path:
    """jw_desktop/publisher.pub beside the package (frozen: _internal/jw_desktop/
    publisher.pub), as the installer put it there: owned by root with the program."""
    return Path(jw_desktop.__file__).resolve().parent / KEY_FILE


def publisher_key_path() -> Path:
    """JW_DESKTOP_PUBLISHER_KEY when set (tests), else the installed key."""
    override = os.environ.get(KEY_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return installed_key_path()


def publisher_key(path: Path | None = None) -> PublicKey:
    """The key updates must be signed with (path, else publisher_key_path()); UpdatesOff
    when there is none."""
    path = path or publisher_key_path()
    if not path.is_file():
        raise UpdatesOff(
            "Bijwerken via de synchronisatiemap staat uit op deze computer: deze installatie "
            "heeft geen sleutel van de uitgever (zo is het bij een installatie vanuit de "
            "broncode). Vraag de beheerder om jw-desktop bij te werken."
        )
    try:
        return load_public_key(path)
    except SignatureRefused as exc:
        raise UpdatesOff(
            f"Bijwerken staat uit: de sleutel van de uitgever ({path}) is onbruikbaar. "
            f"{exc.message}"
        ) from None


def this_platform() -> str | None:
    """linux-x86_64 or windows-x86_64; None on any other system."""
    machine = platform_module.machine().lower()
    if machine not in ("x86_64", "amd64"):
        return None
    if sys.platform.startswith("linux"):
        return LINUX
    if sys.platform == "win32":
        return WINDOWS
    return None


def installed_version() -> Version:
    try:
        return parse_version(jw_desktop.__version__)
    except UpdateRefused:
        raise UpdatesOff(
            f"Deze versie van jw-desktop ({jw_desktop.__version__}) is geen uitgebrachte "
            "versie; bijwerken staat uit."
        ) from None


# -- one package --------------------------------------------------------------------------


def parse_version(text: str) -> Version:
    """Strictly N.N.N (what jw_desktop.__version__ is): '1.2', '1.2.0rc1' or '01.2.3' are
    refused rather than guessed at. (packaging is not a dependency of the app.)"""
    found = _VERSION.fullmatch(text)
    if found is None:
        raise UpdateRefused(f"Het versienummer {text[:40]!r} is geen versie als 1.2.3.")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def parse_comment(text: str) -> Release:
    """`jw-desktop-update versie=V platform=P bestand=NAME`; other key=value words may
    follow (a later version may sign more), but each key only once."""
    words = text.split(" ")
    if not words or words[0] != COMMENT_TAG:
        raise UpdateRefused("De handtekening is niet voor een update van jw-desktop.")
    values: dict[str, str] = {}
    for word in words[1:]:
        key, sign, value = word.partition("=")
        if not sign or not key or not value or key in values:
            raise UpdateRefused("Het vertrouwde commentaar van de handtekening is onleesbaar.")
        values[key] = value
    missing = [k for k in ("versie", "platform", "bestand") if k not in values]
    if missing:
        raise UpdateRefused(
            f"Het vertrouwde commentaar van de handtekening mist {', '.join(missing)}."
        )
    release = Release(values["versie"], values["platform"], values["bestand"])
    parse_version(release.version)
    return release


def signature_path(package: Path) -> Path:
    return package.with_name(package.name + SIGNATURE_SUFFIX)


def check_package(
    package: Path,
    key: PublicKey,
    *,
    platform: str | None,
    installed: Version | None,
    sig_path: Path | None = None,
) -> Offer:
    """Both signatures of package, its signed name, platform and version. platform None:
    any platform jw-desktop is published for (the admin placing an update); installed None:
    any version. NotNewer for a genuine older/equal package, UpdateRefused otherwise. The
    package itself is hashed last, only when everything the signature says fits."""
    sig_file = sig_path or signature_path(package)
    sig = load_signature(sig_file)
    release = parse_comment(check_trusted_comment(sig, key))
    if release.file_name != package.name:
        raise UpdateRefused(
            f"Het bestand heet {package.name}, maar is ondertekend als "
            f"{release.file_name[:80]}: hernoemd of verwisseld."
        )
    if release.platform not in PATTERNS:
        raise UpdateRefused(f"Het pakket is voor een onbekend systeem ({release.platform[:40]}).")
    if platform is not None and release.platform != platform:
        raise UpdateRefused(f"Het pakket is voor {release.platform}, deze computer is {platform}.")
    if not fnmatch.fnmatchcase(package.name, PATTERNS[release.platform]):
        raise UpdateRefused(f"Een pakket voor {release.platform} heet niet zo.")
    if installed is not None and release.version_key <= installed:
        raise NotNewer(
            f"Versie {release.version} is ouder dan of gelijk aan de geïnstalleerde versie "
            f"{'.'.join(map(str, installed))}."
        )
    verify_file(package, sig, key)
    return Offer(package, sig_file, release)


# -- the folder ---------------------------------------------------------------------------


def find_packages(folder: Path, platform: str) -> list[Path]:
    """This platform's packages at the top of folder and in its updates/ subfolder."""
    found: list[Path] = []
    for place in (folder, folder / SUBFOLDER):
        try:
            found += sorted(p for p in place.glob(PATTERNS[platform]) if p.is_file())
        except OSError:
            continue
    return found


def scan(
    folder: Path,
    *,
    key: PublicKey | None = None,
    platform: str | None = None,
    installed: Version | None = None,
) -> Scan:
    """Every package for this machine in folder, sorted into the newest offer, the ones
    passed over and the refused ones. A folder without packages gives an empty Scan, even
    where updates are off; with packages, off says why nothing can be checked."""
    try:
        platform = platform or this_platform()
        if platform is None:
            raise UpdatesOff("Bijwerken via de synchronisatiemap kan alleen op Linux en Windows.")
        packages = find_packages(folder, platform)
        if not packages:
            return Scan()
        key = key or publisher_key()
        installed = installed or installed_version()
    except UpdatesOff as exc:
        return Scan(off=exc.message)
    result = Scan()
    for package in packages:
        try:
            result.newer.append(check_package(package, key, platform=platform, installed=installed))
        except NotNewer as exc:
            result.ignored.append(Passed(package, exc.message))
        except JWError as exc:  # UpdateRefused, SignatureRefused
            result.refused.append(Passed(package, exc.message))
    result.newer.sort(key=lambda offer: offer.release.version_key, reverse=True)
    result.offer = result.newer[0] if result.newer else None
    return result
