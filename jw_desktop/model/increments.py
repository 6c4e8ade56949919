"""Page-level deltas for the daily backups (docs/architecture.md, 'Backups').

The newest daily backup is a whole SQLite file, the rolling copy. The next daily backup
brings it up to date by writing only the pages of the store that differ from it, after
first saving the rolling copy's old versions of those pages in a delta file: that delta is
the day before, restorable as the rolling copy with the deltas from the newest down to
that day laid over it. The same delta is the undo journal while the rolling copy is being
written, so a backup killed at any moment is rolled back (settle) or finished, and never
leaves a half-written day.

Delta file: a header (magic, page size, page count of the day it restores, page count of
the file it is laid over, number of pages), then per page its number, the md5 of the
page it replaces (so a delta laid over the wrong file is refused, not applied) and the
old page; then a blake2b checksum of all that (a torn or damaged delta is refused).
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import BackupError

MAGIC = b"JWDELTA1"
HEADER = struct.Struct("<8sIQQQ")
ENTRY = struct.Struct("<Q16s")
CHECKSUM_SIZE = 16
BLOCK = 1 << 20
"""Bytes compared at once: most of a store is unchanged, and comparing big blocks first
keeps the page-by-page comparison to the blocks that differ."""


@dataclass(frozen=True)
class DeltaHeader:
    page_size: int
    day_pages: int
    base_pages: int
    entries: int


def page_hash(page: bytes) -> bytes:
    return hashlib.md5(page, usedforsecurity=False).digest()


def changed_pages(store: BinaryIO, copy: BinaryIO, page_size: int) -> list[int]:
    """The 0-based numbers of the pages that differ between two files (a page only one of
    them has counts as changed)."""
    changed: list[int] = []
    offset = 0
    store.seek(0)
    copy.seek(0)
    while True:
        a = store.read(BLOCK)
        b = copy.read(BLOCK)
        if not a and not b:
            return changed
        if a != b:
            for at in range(0, max(len(a), len(b)), page_size):
                if a[at : at + page_size] != b[at : at + page_size]:
                    changed.append((offset + at) // page_size)
        offset += BLOCK


def read_page(fh: BinaryIO, number: int, page_size: int) -> bytes:
    fh.seek(number * page_size)
    return fh.read(page_size)


def write_delta(
    target: Path,
    old: BinaryIO,
    new: BinaryIO,
    pages: list[int],
    page_size: int,
    first: bytes | None = None,
) -> int:
    """Write the delta that turns `new` back into `old` for these changed pages; fsynced.
    `first` is page 1 as it will be written (when not as in `new`). Returns its size."""
    old_pages = os.fstat(old.fileno()).st_size // page_size
    new_pages = os.fstat(new.fileno()).st_size // page_size
    kept = [p for p in pages if p < old_pages]
    check = hashlib.blake2b(digest_size=CHECKSUM_SIZE)
    with open(target, "xb") as out:
        head = HEADER.pack(MAGIC, page_size, old_pages, new_pages, len(kept))
        out.write(head)
        check.update(head)
        for number in kept:
            base = read_page(new, number, page_size) if number < new_pages else b""
            if number == 0 and first is not None:
                base = first
            entry = ENTRY.pack(number, page_hash(base)) + read_page(old, number, page_size)
            out.write(entry)
            check.update(entry)
        out.write(check.digest())
        out.flush()
        os.fsync(out.fileno())
        return out.tell()


def read_header(path: Path) -> DeltaHeader:
    """The header of a delta whose checksum holds; BackupError otherwise."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER.size)
            check = hashlib.blake2b(head, digest_size=CHECKSUM_SIZE)
            if len(head) < HEADER.size:
                raise _unusable(path)
            magic, page_size, day_pages, base_pages, entries = HEADER.unpack(head)
            body = entries * (ENTRY.size + page_size)
            if magic != MAGIC or page_size < 512 or page_size > 65536:
                raise _unusable(path)
            if os.fstat(fh.fileno()).st_size != HEADER.size + body + CHECKSUM_SIZE:
                raise _unusable(path)
            left = body
            while left:
                chunk = fh.read(min(BLOCK, left))
                if not chunk:
                    raise _unusable(path)
                check.update(chunk)
                left -= len(chunk)
            if fh.read(CHECKSUM_SIZE) != check.digest():
                raise _unusable(path)
    except OSError as exc:
        raise BackupError(
            f"Het deel {path.name} van de reservekopieën kan niet gelezen worden: "
            f"{exc.strerror}. Er is niets veranderd."
        ) from exc
    return DeltaHeader(page_size, day_pages, base_pages, entries)


def _entries(path: Path, header: DeltaHeader) -> Iterator[tuple[int, bytes, bytes]]:
    with open(path, "rb") as fh:
        fh.seek(HEADER.size)
        for _ in range(header.entries):
            number, base = ENTRY.unpack(fh.read(ENTRY.size))
            yield number, base, fh.read(header.page_size)


def apply_delta(path: Path, target: BinaryIO, *, undo: bool = False) -> None:
    """Lay a delta over `target` in place, turning it into the day the delta holds. As an
    undo (a rolling copy a killed backup left half written) the pages it replaces are not
    checked: they may be old or new. Otherwise a target that is not the file the delta
    was made against is refused with BackupError (the target is then half changed: only
    lay a delta over a copy, or as an undo)."""
    header = read_header(path)
    size = os.fstat(target.fileno()).st_size
    if not undo and size != header.base_pages * header.page_size:
        raise _mismatch(path)
    for number, base, page in _entries(path, header):
        replaced = not undo and number < header.base_pages
        if replaced and page_hash(read_page(target, number, header.page_size)) != base:
            raise _mismatch(path)
        target.seek(number * header.page_size)
        target.write(page)
    target.truncate(header.day_pages * header.page_size)
    target.flush()
    os.fsync(target.fileno())


def _unusable(path: Path) -> BackupError:
    return BackupError(
        f"Het deel {path.name} van de reservekopieën is beschadigd of onvolledig; die dag "
        "kan niet worden teruggezet. Er is niets veranderd."
    )


def _mismatch(path: Path) -> BackupError:
    return BackupError(
        f"Het deel {path.name} van de reservekopieën past niet op de latere reservekopie "
        "(is er een verwijderd of vervangen?); die dag kan niet worden teruggezet. Er is "
        "niets veranderd."
    )
