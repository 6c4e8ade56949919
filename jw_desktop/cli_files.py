"""Writing a file the CLI made (a CSV, a PDF): beside the target and renamed into place,
so a failure (a full disk, a name too long, a read-only folder) leaves no half file and an
earlier one intact, with the reason in Dutch."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from jw_desktop.model import InvalidInput

WRITE_ERRORS = {
    errno.EACCES: "geen toestemming om daar te schrijven",
    errno.EPERM: "geen toestemming om daar te schrijven",
    errno.ENOENT: "die plek bestaat niet",
    errno.ENOTDIR: "die plek bestaat niet",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EFBIG: "het bestand is te groot voor die schijf",
    errno.EISDIR: "dat is een map",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def not_written(target: Path, exc: OSError) -> InvalidInput:
    reason = WRITE_ERRORS.get(exc.errno or 0, f"het systeem meldt {exc.strerror or exc}")
    return InvalidInput(f"Kan {target} niet schrijven: {reason}. Er is niets geschreven.")


def write_file(target: Path, data: bytes) -> None:
    """Written beside the target and renamed into place (InvalidInput when it fails)."""
    temp = target.with_name(f".{target.name[:200]}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise not_written(target, exc) from exc
