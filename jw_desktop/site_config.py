"""The site configuration an admin's silent install leaves (docs/install.md, COMMON
contract 4): `jw-desktop.ini` in paths.site_dir(), naming the inschrijfbewijs a new
laptop enrolls with on its first start and the folder it syncs through.

    [inschrijving]
    bestand = inschrijfbewijs.json      ; relative to the site folder
    [synchronisatie]
    map = /media/jw-sync
    server = https://centrale.school.nl ; the always-on central (docs/central.md)
    ca = school-ca.pem                  ; only for a certificate the school signed itself

Only the standard library: the window reads it before the model is loaded. A missing
file or key is None; an unreadable file raises SiteConfigError with one Dutch sentence."""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jw_desktop import paths

INI_NAME = "jw-desktop.ini"


class SiteConfigError(Exception):
    """The site configuration exists but cannot be read; message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SiteConfig:
    folder: Path  # the site folder it was read from
    enrolment: Path | None  # the inschrijfbewijs a new laptop enrolls with
    sync_folder: Path | None  # the folder it syncs through
    server: str | None = None  # the central's address (http(s)://...), when the school has one
    ca: Path | None = None  # the certificate (authority) of a server a school signed itself


def _path(value: str | None, base: Path) -> Path | None:
    text = (value or "").strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


def server_url(text: str | None) -> str | None:
    """A server address as the laptop will use it, or None when empty; only http(s) with a
    host name is taken (the one rule for the site configuration and the Synchronisatie
    page)."""
    value = (text or "").strip().rstrip("/")
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise SiteConfigError(
            f"Het serveradres {value!r} klopt niet: het begint met https:// (of http://) en "
            "noemt de server, bijvoorbeeld https://centrale.school.nl."
        )
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as exc:
        raise SiteConfigError(f"Het poortnummer in het serveradres {value!r} klopt niet.") from exc
    return value


def read(folder: Path | None = None) -> SiteConfig:
    """The site configuration in folder (default paths.site_dir())."""
    folder = folder or paths.site_dir()
    ini = folder / INI_NAME
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    try:
        text = ini.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return SiteConfig(folder, None, None)
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteConfigError(
            f"De instellingen van de beheerder ({ini}) zijn onleesbaar: "
            f"{getattr(exc, 'strerror', None) or exc}. Vraag de beheerder dit bestand te "
            "herstellen."
        ) from exc
    try:
        parser.read_string(text, source=str(ini))
    except configparser.Error as exc:
        line = getattr(exc, "lineno", None)
        where = f" (regel {line})" if line else ""
        raise SiteConfigError(
            f"De instellingen van de beheerder ({ini}) kloppen niet{where}. Vraag de "
            "beheerder dit bestand te herstellen."
        ) from exc
    return SiteConfig(
        folder,
        _path(parser.get("inschrijving", "bestand", fallback=None), folder),
        _path(parser.get("synchronisatie", "map", fallback=None), folder),
        server_url(parser.get("synchronisatie", "server", fallback=None)),
        _path(parser.get("synchronisatie", "ca", fallback=None), folder),
    )
