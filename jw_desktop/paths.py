"""Where a school's data lives on this computer.

One place per user, chosen by platformdirs so that it follows each system's convention
(e.g. %LOCALAPPDATA%\\JongelerenEnWerken\\jw-desktop on Windows). Backups are kept in a
'backups' folder beside the database (see jw_desktop.model.database.backup_dir).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "jw-desktop"
APP_AUTHOR = "JongelerenEnWerken"
DB_FILENAME = "jw-desktop.sqlite"

DATA_DIR_ENV = "JW_DESKTOP_DATA_DIR"
"""Overrides data_dir(): tests point it at a temporary folder, and an admin can put the
data on another disk without changing every command line."""


def data_dir() -> Path:
    """The folder that holds the database and its backups (not created here: only opening
    a store for writing creates it, so a look-up never leaves an empty folder behind)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    """The database the GUI and the CLI open when no other file is named."""
    return data_dir() / DB_FILENAME


SITE_DIR_ENV = "JW_DESKTOP_SITE_DIR"
"""Overrides site_dir(): tests point it at a temporary folder."""


def site_dir() -> Path:
    """The machine-wide folder an admin (or the installer) writes the site configuration
    in (jw-desktop.ini, an inschrijfbewijs): never the user's data, never the program."""
    override = os.environ.get(SITE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", "").strip() or r"C:\ProgramData"
        return Path(base) / APP_AUTHOR / APP_NAME
    if sys.platform == "darwin":
        return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR))
    return Path("/etc") / APP_NAME
