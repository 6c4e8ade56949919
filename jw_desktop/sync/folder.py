"""The folder transport: any folder (USB stick, network share, cloud-synced folder) is a
mailbox between devices and the central store.

Layout: <folder>/jw-sync/<receiver id>/<sender id>-<UTC time>-<random>.jwb. A writer
creates a bundle under a temporary dot-name and renames it into place when complete
(bundle.write_bundle), so several writers never see each other's half files; a reader
skips dot-files and files shorter than their header says (half-copied) until complete.
A newer bundle from the same sender supersedes the older ones it left for that receiver:
each bundle holds everything the receiver had not confirmed, so older ones can go. The
dot-file of a writer that was killed is removed by the receiver once it is old
(LEFTOVER_AGE).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jw_desktop.model import JWError
from jw_desktop.model import replica as rp

ROOT = "jw-sync"
SUFFIX = ".jwb"
REFUSED = ".geweigerd"
LEFTOVER_AGE = timedelta(days=1)
"""A writer's temporary dot-file this old was left by a killed writer; the receiver removes
it. Not sooner: another laptop may be writing onto the same stick or share right now, and
the time on its file comes from that laptop's clock (a FAT stick even keeps local time
without a zone, so a fresh file can look hours old). A leftover only costs space."""
_LEFTOVER = re.compile(rf"\..+{re.escape(SUFFIX)}\.[0-9a-f]{{32}}\.tmp")
"""The temporary name bundle.seal_payload writes under: .<bundle name>.<bundle id>.tmp"""


class FolderError(JWError):
    exit_code = 32


def mailbox(box: Path, receiver: str) -> Path:
    return box / ROOT / receiver


def post(box: Path, receiver: str, sender: str, write: Callable[[Path], object]) -> Path:
    """Write one bundle for receiver; remove this sender's older ones there."""
    folder = mailbox(box, receiver)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderError(
            f"De map {box} is niet beschrijfbaar ({exc.strerror or exc}). "
            "Controleer de USB-stick of de netwerkmap."
        ) from exc
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{sender}-{stamp}-{secrets.token_hex(4)}{SUFFIX}"
    try:
        write(path)
    except OSError as exc:
        raise FolderError(
            f"Schrijven naar {folder} is mislukt ({exc.strerror or exc}); er "
            "is niets verstuurd. Is de stick vol of verwijderd?"
        ) from exc
    for older in folder.glob(f"{sender}-*{SUFFIX}"):
        if older.name < path.name:
            with contextlib.suppress(OSError):
                older.unlink()
    return path


def remove_leftovers(folder: Path, *, older_than: timedelta = LEFTOVER_AGE) -> list[Path]:
    """Remove the temporary dot-files killed bundle writers left in a mailbox, once
    older_than; bundles and any other file are never touched, and a file that cannot be
    removed stays for next time. Returns what was removed."""
    return rp.remove_old_files(folder, _LEFTOVER, older_than)


def inbox(box: Path, me: str) -> list[Path]:
    """Bundles waiting for me, oldest first (names sort by time within a sender). Old
    leftovers of killed writers are removed first (remove_leftovers)."""
    folder = mailbox(box, me)
    if not folder.is_dir():
        return []
    remove_leftovers(folder)
    found = [
        p
        for p in folder.iterdir()
        if p.suffix == SUFFIX and not p.name.startswith(".") and p.is_file()
    ]
    # by the time in the name; any other name (a stray file) sorts first and is refused
    return sorted(found, key=lambda p: (p.name.partition("-")[2], p.name))


def done(path: Path) -> None:
    """A bundle that was applied is taken out of the mailbox (if the folder allows)."""
    with contextlib.suppress(OSError):
        path.unlink()


def set_aside(path: Path, reason: str = "") -> None:
    """A refused bundle is renamed so it is not tried again, and left for the admin with
    its reason beside it (<name>.geweigerd.txt)."""
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + REFUSED))
    if reason:
        with contextlib.suppress(OSError, UnicodeError):
            path.with_name(path.name + REFUSED + ".txt").write_text(reason + "\n", "utf-8")
