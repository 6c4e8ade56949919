"""Helpers for sync tests: replicas exchanging changes directly (no bundle files), and
snapshots to compare them. Imported by name (syncutil), since every test folder has a
conftest module of its own."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factories import TODAY

from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.sync import engine
from jw_desktop.sync.engine import ApplyResult


def device_of(store: SchoolStore) -> str:
    with store.db.engine.connect() as con:
        return rp.device_id(con)


@dataclass
class Parcel:
    """A bundle's content in memory: what one replica sent another at one moment."""

    sender: str
    receiver: str
    vector: dict[str, str]
    batches: list[list[rp.Change]] = field(default_factory=list)


def pack(src: SchoolStore, dst_id: str) -> Parcel:
    batches, vector, _parts, _whole = engine.collect(src, dst_id, lambda t, p, r: True, list)
    return Parcel(device_of(src), dst_id, vector, list(batches))


def deliver(parcel: Parcel, dst: SchoolStore) -> ApplyResult:
    total = ApplyResult()
    for batch in parcel.batches:
        total.add(engine.apply_chunk(dst, batch, parcel.vector))
    engine.finish_bundle(dst, parcel.sender, parcel.vector, search_stale=total.search_stale)
    return total


def exchange(src: SchoolStore, dst: SchoolStore) -> ApplyResult:
    return deliver(pack(src, device_of(dst)), dst)


def snapshot(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    """Every synced table's rows, id first (without the local updated_at), to compare
    replicas."""
    con = sqlite3.connect(path)
    try:
        result = {}
        for tbl, (_mutable, columns) in rp.SYNCED.items():
            cols = ["id"] + [c for c in columns if c not in ("id", "updated_at", "detected_at")]
            result[tbl] = set(con.execute(f"SELECT {', '.join(cols)} FROM {tbl}"))
        return result
    finally:
        con.close()


def digests(store: SchoolStore) -> dict[str, tuple[int, str]]:
    with store.db.engine.connect() as con:
        return rp.digest(con, sorted(rp.partitions(con)))


@contextmanager
def opened(templates: list[Path], count: int) -> Iterator[list[SchoolStore]]:
    """Copies of the first `count` template stores, opened; closed and removed after."""
    folder = Path(tempfile.mkdtemp(prefix="replicas-"))
    stores = []
    try:
        for template in templates[:count]:
            copy = folder / template.name
            shutil.copyfile(template, copy)
            stores.append(SchoolStore.open(copy, today=lambda: TODAY, auto_backup=False))
        yield stores
    finally:
        for s in stores:
            s.close()
        shutil.rmtree(folder, ignore_errors=True)
