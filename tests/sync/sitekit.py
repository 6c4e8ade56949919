"""A real site for sync tests: a central store, a teacher's laptop and a jobcoach's
laptop, each a real SQLite file with its own keys, enrolled by the admin, exchanging real
signed and encrypted bundles through a real folder; and the small helpers the folder,
intake and residue tests share. Imported by name (sitekit); conftest.py registers the
fixtures."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY, small_catalogue, small_school
from syncutil import snapshot

from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.database import HEAD_REVISION
from jw_desktop.model.replica import Change
from jw_desktop.sync import bundle, folder, session
from jw_desktop.sync.session import SyncReport

NAMES = ("central", "teacher", "coach")


# -- the site: a central store and two enrolled devices -----------------------------------


def open_store(path: Path) -> SchoolStore:
    return SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)


def device_id(store: SchoolStore) -> str:
    with store.db.engine.connect() as con:
        return rp.device_id(con)


@dataclass
class Site:
    root: Path
    box: Path
    central: SchoolStore
    teacher: SchoolStore
    coach: SchoolStore

    def round(self) -> list[SyncReport]:
        """Both devices send, the central takes everything in and answers, both devices
        take the answer in (and send again)."""
        return [
            session.device_sync(self.teacher, self.box),
            session.device_sync(self.coach, self.box),
            session.central_sync(self.central, self.box),
            session.device_sync(self.teacher, self.box),
            session.device_sync(self.coach, self.box),
        ]

    def stores(self) -> list[SchoolStore]:
        return [self.central, self.teacher, self.coach]

    def mailbox(self, store: SchoolStore) -> list[Path]:
        return folder.inbox(self.box, device_id(store))

    def refused_files(self, store: SchoolStore) -> list[Path]:
        return sorted(folder.mailbox(self.box, device_id(store)).glob(f"*{folder.REFUSED}"))

    def reopen(self, name: str) -> SchoolStore:
        getattr(self, name).close()
        store = open_store(self.root / f"{name}.sqlite")
        setattr(self, name, store)
        return store

    def close(self) -> None:
        for store in self.stores():
            store.close()


def enroll(central: SchoolStore, device: SchoolStore, name: str, role: str, email: str) -> None:
    request = session.enrollment_request(device, name)
    doc = session.enroll(central, request, role=role, staff_email=email)
    session.join(device, doc)


def build_site(root: Path, *, first_round: bool) -> None:
    root.mkdir(parents=True)
    (root / "box").mkdir()
    central = open_store(root / "central.sqlite")
    central.import_catalogue(small_catalogue())
    central.import_school(small_school())
    give_workplace_consent(central)  # the coach's laptop gets Jerome's progress
    teacher = open_store(root / "teacher.sqlite")
    coach = open_store(root / "coach.sqlite")
    enroll(central, teacher, "Laptop Anne", "docent", "docent@example.nl")
    enroll(central, coach, "Laptop Bas", "jobcoach", "coach@example.nl")
    site = Site(root, root / "box", central, teacher, coach)
    if first_round:
        site.round()
    site.close()


@pytest.fixture(scope="session")
def site_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two starting points, built once: just enrolled, and after the first round."""
    base = tmp_path_factory.mktemp("sites")
    build_site(base / "enrolled", first_round=False)
    build_site(base / "synced", first_round=True)
    return {"enrolled": base / "enrolled", "synced": base / "synced"}


def copy_site(template: Path, root: Path) -> Site:
    shutil.copytree(template, root)
    stores = [open_store(root / f"{name}.sqlite") for name in NAMES]
    return Site(root, root / "box", *stores)


@pytest.fixture
def fresh_site(site_templates: dict[str, Path], tmp_path: Path) -> Iterator[Site]:
    """Enrolled, nothing exchanged yet: the devices are empty."""
    site = copy_site(site_templates["enrolled"], tmp_path / "site")
    try:
        yield site
    finally:
        site.close()


@pytest.fixture
def site(site_templates: dict[str, Path], tmp_path: Path) -> Iterator[Site]:
    """Enrolled and after one round: both devices hold what they may."""
    site = copy_site(site_templates["synced"], tmp_path / "site")
    try:
        yield site
    finally:
        site.close()


# -- small helpers ------------------------------------------------------------------------


def give_workplace_consent(
    store: SchoolStore,
    name: str = "Jerome",
    categories: tuple[str, ...] = ("voortgang", "portfolio"),
    valid_until: date = date(2027, 6, 30),
    given_on: date | None = None,
) -> uuid.UUID:
    """Jerome's consent that his placement company (Kwekerij De Kas) may see his progress
    and portfolio: what a jobcoach's laptop needs to hold them (model/consent.py)."""
    (company,) = [c for c, n in store.companies() if n == "Kwekerij De Kas"]
    return store.record_consent(
        student(store, name),
        recipient="werkplek",
        categories=categories,
        valid_until=valid_until,
        given_by="leerling",
        given_on=given_on,
        company_id=company,
    )


def student(store: SchoolStore, name: str) -> uuid.UUID:
    (found,) = store.find_students(name)
    return found.id


def school_of(store: SchoolStore) -> str:
    with store.db.engine.connect() as con:
        school = rp.school_id(con)
    assert school is not None
    return school


def partition_of(store: SchoolStore, student_id: uuid.UUID) -> str:
    return f"school/{school_of(store)}/student/{student_id.hex}"


def held_partitions(store: SchoolStore) -> set[str]:
    with store.db.engine.connect() as con:
        return set(rp.partitions(con))


def observation_ids(store: SchoolStore) -> set[str]:
    return {row[0] for row in snapshot(store.path)["observation"]}


def note_rows(store: SchoolStore) -> dict[str, str]:
    """note id -> category, straight from the table (not through a filtered view)."""
    con = sqlite3.connect(store.path)
    try:
        return dict(con.execute("SELECT id, category FROM note"))
    finally:
        con.close()


def assert_clean(reports: list[SyncReport]) -> None:
    refused = [message for r in reports for message in r.refused]
    assert refused == []


def refused_copy(path: Path) -> Path:
    return path.with_name(path.name + folder.REFUSED)


def device_row(central: SchoolStore, device: SchoolStore) -> rp.DeviceRow:
    me = device_id(device)
    (row,) = [d for d in session.devices(central) if d.device_id == me]
    return row


def changes_of(store: SchoolStore, tbl: str, partition: str) -> list[Change]:
    with store.db.engine.connect() as con:
        return [
            c
            for batch in rp.changed_since(con, {}, lambda t, p, _r: t == tbl and p == partition)
            for c in batch
        ]


def post_chunks(
    site: Site, sender: SchoolStore, receiver: SchoolStore, chunks: list[list[Any]], **manifest: Any
) -> Path:
    """A bundle of raw change lines, made by hand but signed and encrypted exactly like a
    real one with the sender's real keys, put in the receiver's mailbox the way
    folder.post puts real ones."""
    me = session.identity(sender)
    to = session.identity(receiver).public()
    with sender.db.engine.connect() as con:
        vector = rp.own_vector(con)
    full = {"schema": HEAD_REVISION, "sender_vector": vector, "partitions": [], **manifest}
    return folder.post(
        site.box,
        to.device_id,
        me.device_id,
        lambda path: bundle.write_bundle(
            path, kind="sync", manifest=full, sender=me, receiver=to, chunks=chunks
        ),
    )


def post_crafted(
    site: Site, sender: SchoolStore, receiver: SchoolStore, changes: list[Change], **manifest: Any
) -> Path:
    """post_chunks of Change objects, in one chunk."""
    return post_chunks(
        site, sender, receiver, [[rp.change_to_json(c) for c in changes]], **manifest
    )


def coach_scope(site: Site) -> dict[str, Any]:
    return session.resolve_scope(site.central, device_row(site.central, site.coach).scope).to_json()


def read_bundle(path: Path, receiver: SchoolStore, sender: SchoolStore) -> list[dict[str, Any]]:
    public = session.identity(sender).public()
    with bundle.open_bundle(
        path,
        me=session.identity(receiver),
        lookup_sender=lambda s: public if s == public.device_id else None,
    ) as opened:
        return [change for chunk in opened.chunks() for change in chunk]


def end_jerome_placement(site: Site) -> None:
    (placement,) = site.central.placements(student(site.central, "Jerome"))
    site.central.end_placement(placement)
