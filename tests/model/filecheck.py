"""Helpers for tests that must show a database file was left alone (imported by name:
every test folder has a conftest module of its own)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

DUTCH = (" de ", " het ", " een ", " niet", " geen ", " is ", " er ")
"""Words that show a message is Dutch sentences, not a raw exception text."""


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read-only: equal before and after means nothing changed."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def digest(path: Path) -> str:
    """The file's bytes: equal means not even a page was rewritten."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
