"""Helpers for tests that must show a database file was left alone, and that make a place
read-only or nearly full for real (imported by name:
every test folder has a conftest module of its own)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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


def _run(*cmd: str | Path) -> bool:
    try:
        return subprocess.run([str(c) for c in cmd], capture_output=True).returncode == 0
    except OSError:
        return False


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make folder unwritable for this process. As a normal user chmod does it; root
    ignores permissions, so then a read-only bind mount of the folder over itself."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield "chmod 555"
        finally:
            folder.chmod(mode)
        return
    if not (shutil.which("mount") and _run("mount", "--bind", folder, folder)):
        pytest.skip("root without permission to mount: no read-only place in this process")
    try:
        if not _run("mount", "-o", "remount,bind,ro", folder):
            pytest.skip("the bind mount could not be made read-only here")
        yield "read-only bind mount"
    finally:
        if not _run("umount", folder):
            _run("umount", "-l", folder)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    folder.mkdir()
    if not (
        shutil.which("mount")
        and _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "jw-test", folder)
    ):
        pytest.skip("cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        if not _run("umount", folder):
            _run("umount", "-l", folder)
