"""The site configuration an admin's silent install leaves (docs/install.md, COMMON
contract 4): `jw-desktop.ini` in paths.site_dir(), naming the inschrijfbewijs a new
laptop enrolls with on its first start and the folder it syncs through.

    [inschrijving]
    bestand = inschrijfbewijs.json      ; relative to the site folder
    [synchronisatie]
    map = /media/jw-sync

Only the standard library: the window reads it before the model is loaded. A missing
file or key is None; an unreadable file raises SiteConfigError with one Dutch sentence."""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

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


def _path(value: str | None, base: Path) -> Path | None:
    text = (value or "").strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


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
    )
