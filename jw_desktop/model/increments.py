"""Page-level deltas for the daily backups (docs/architecture.md, 'Backups').

The newest daily backup is a whole SQLite file, the rolling copy. The next daily backup
brings it up to date by writing only the pages of the store that differ from it, after
first saving the rolling copy's old versions of those pages in a delta file: that delta is
the day before, restorable as the rolling copy with the deltas from the newest down to
that day laid over it. The same delta is the undo journal while the rolling copy is being
written, so a backup killed at any moment is rolled back (settle) or finished, and never
leaves a half-written day.

Delta file: a header (magic, page size, page count of the day it restores, page count of
the file it is laid over, number of pages, flags: CHECKED when that file had a whole
quick_check), then per page its number, the md5 of the
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
HEADER = struct.Struct("<8sIQQQI")
ENTRY = struct.Struct("<Q16s")
CHECKSUM_SIZE = 16
CHECKED = 1
BTREE_PAGES = {2: 12, 5: 12, 10: 8, 13: 8}
"""The b-tree page types (interior index, interior table, leaf index, leaf table) and the
size of their page header."""
BLOCK = 1 << 20
"""Bytes compared at once: most of a store is unchanged, and comparing big blocks first
keeps the page-by-page comparison to the blocks that differ."""


@dataclass(frozen=True)
class DeltaHeader:
    page_size: int
    day_pages: int
    base_pages: int
    entries: int
    flags: int = 0


def page_hash(page: bytes) -> bytes:
    return hashlib.md5(page, usedforsecurity=False).digest()


@dataclass(frozen=True)
class Change:
    """A page that differs: its 0-based number, and its content in each file (b"" where
    a file does not have it)."""

    number: int
    new: bytes
    old: bytes


def changed_pages(new: BinaryIO, old: BinaryIO, page_size: int, limit: int) -> list[Change] | None:
    """The pages that differ between two files, or None when more than `limit` do (a
    whole copy is then as cheap, and the pages are held in memory)."""
    changed: list[Change] = []
    offset = 0
    new.seek(0)
    old.seek(0)
    while True:
        a = new.read(BLOCK)
        b = old.read(BLOCK)
        if not a and not b:
            return changed
        if a != b:
            for at in range(0, max(len(a), len(b)), page_size):
                page_a, page_b = a[at : at + page_size], b[at : at + page_size]
                if page_a != page_b:
                    changed.append(Change((offset + at) // page_size, page_a, page_b))
            if len(changed) > limit:
                return None
        offset += BLOCK


def read_page(fh: BinaryIO, number: int, page_size: int) -> bytes:
    fh.seek(number * page_size)
    return fh.read(page_size)


def write_delta(
    target: Path,
    changes: list[Change],
    page_size: int,
    day_pages: int,
    base_pages: int,
    flags: int = 0,
) -> int:
    """Write the delta that turns the file with the `new` pages back into the one with
    the `old` ones (day_pages long); fsynced. Returns its size in bytes."""
    kept = [c for c in changes if c.old]
    check = hashlib.blake2b(digest_size=CHECKSUM_SIZE)
    with open(target, "xb") as out:
        head = HEADER.pack(MAGIC, page_size, day_pages, base_pages, len(kept), flags)
        out.write(head)
        check.update(head)
        for change in kept:
            entry = ENTRY.pack(change.number, page_hash(change.new)) + change.old
            out.write(entry)
            check.update(entry)
        out.write(check.digest())
        out.flush()
        os.fsync(out.fileno())
        return out.tell()


def page_sound(page: bytes, number: int, pages: int, usable: int) -> bool:
    """Whether a changed page looks like a page SQLite wrote: a b-tree page with a header,
    cell pointers and free blocks that stay inside it, or an overflow or free-list page
    whose first word is a page number. Only a filter: a page that fails it sends the
    daily backup to the whole copy, whose quick_check decides; what passes it gets a whole
    quick_check at least every few days (database.FULL_CHECK_EVERY)."""
    at = 100 if number == 0 else 0
    kind = page[at]
    header = BTREE_PAGES.get(kind)
    if header is None:
        return number != 0 and int.from_bytes(page[:4], "big") <= pages
    cells = int.from_bytes(page[at + 3 : at + 5], "big")
    content = int.from_bytes(page[at + 5 : at + 7], "big") or 65536
    end = at + header + 2 * cells
    if end > usable or content < end or content > usable or page[at + 7] > 60:
        return False
    if header == 12 and not 1 <= int.from_bytes(page[at + 8 : at + 12], "big") <= pages:
        return False
    pointers = struct.unpack_from(f">{cells}H", page, at + header)
    if cells and (min(pointers) < content or max(pointers) >= usable):
        return False
    free, steps = int.from_bytes(page[at + 1 : at + 3], "big"), 0
    while free:
        if free < end or free > usable - 4 or steps > usable // 4:
            return False
        following = int.from_bytes(page[free : free + 2], "big")
        if following and following <= free:
            return False
        free, steps = following, steps + 1
    return True


def read_flags(path: Path) -> int:
    """The flags of a delta, from its header alone (0 for one that cannot be read)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER.size)
    except OSError:
        return 0
    if len(head) < HEADER.size or not head.startswith(MAGIC):
        return 0
    return int(HEADER.unpack(head)[-1])


def read_header(path: Path) -> DeltaHeader:
    """The header of a delta whose checksum holds; BackupError otherwise."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER.size)
            check = hashlib.blake2b(head, digest_size=CHECKSUM_SIZE)
            if len(head) < HEADER.size:
                raise _unusable(path)
            magic, page_size, day_pages, base_pages, entries, flags = HEADER.unpack(head)
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
    return DeltaHeader(page_size, day_pages, base_pages, entries, flags)


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
