"""Hostile aanmeldingen in the central's mailbox (docs/sync.md section 1): whatever a file
in the sync folder says, the central's sync goes on, enrols no one the ticket does not
allow, never widens a scope, and takes no use it should not."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_enrolment_ticket import (
    aanmelding_files,
    enrolled_ids,
    laptop,
    laptop_id,
    make_central,
    sign,
)

from jw_desktop.model import SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.errors import StoreLocked
from jw_desktop.sync import folder, session


@pytest.fixture
def central(tmp_path: Path) -> Any:
    store = make_central(tmp_path / "central.sqlite")
    yield store
    store.close()


@pytest.fixture
def box(tmp_path: Path) -> Path:
    path = tmp_path / "box"
    path.mkdir()
    return path


def mailbox(box: Path, central: SchoolStore) -> Path:
    path = folder.mailbox(box, session.identity(central).device_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


def aanmelding(device: SchoolStore, ticket: dict[str, Any], **extra: Any) -> dict[str, Any]:
    me = session.identity(device, "Laptop")
    doc = {"type": "jw-aanmelding", "device": me.public().to_json(), "ticket": ticket, **extra}
    return sign(doc, me)


def uses_left(central: SchoolStore) -> int:
    return session.tickets(central)[0].uses_left


def test_sync_ticket_never_leaves_the_central(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    assert "sync_ticket" not in rp.SYNCED and "sync_ticket" not in rp.TABLE_ORDER
    with central.db.engine.connect() as con:
        triggers = con.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sync_ticket'"
        ).all()
    assert triggers == []
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    session.device_sync(device, box)
    assert session.central_sync(central, box).refused == []
    assert session.device_sync(device, box).received > 0
    assert session.tickets(central) != [] and session.tickets(device) == []
    device.close()


@pytest.mark.parametrize(
    "body",
    [
        '{"type": "jw-aanmelding", "device": [], "ticket": {}}',
        '{"type": "jw-aanmelding", "device": {"name": 5, "device_id": 7}, "ticket": []}',
        '{"type": "jw-aanmelding", "device": "x", "ticket": "y", "signature": 12}',
        '["jw-aanmelding"]',
        "[" * 100_000 + "]" * 100_000,
        "\udcff",
    ],
)
def test_wrong_types_are_refused_and_the_round_goes_on(
    tmp_path: Path, central: SchoolStore, box: Path, body: str
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    session.device_sync(device, box)  # the good one
    bad = mailbox(box, central) / ("0" * 32 + session.AANMELDING)
    bad.write_bytes(body.encode("utf-8", "surrogateescape"))
    (refused,) = session.central_sync(central, box).refused
    assert bad.name in refused
    assert enrolled_ids(central) == {laptop_id(device)} and uses_left(central) == 0
    device.close()


def test_a_huge_aanmelding_is_refused_unread(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    doc = aanmelding(device, ticket, padding="x" * (session.AANMELDING_MAX_BYTES + 1))
    path = mailbox(box, central) / f"{laptop_id(device)}{session.AANMELDING}"
    path.write_text(json.dumps(doc), "utf-8")
    (refused,) = session.central_sync(central, box).refused
    assert "te groot" in refused
    assert enrolled_ids(central) == set() and uses_left(central) == 1


def test_a_wildcard_file_name_drops_no_other_laptops_bundles(
    central: SchoolStore, box: Path
) -> None:
    """The file name is the sender's device id; one of glob's wildcards in it must not
    make the central drop the bundles other laptops left in its mailbox."""
    target = mailbox(box, central)
    waiting = [
        target / f"{c * n}-20260101T000000000000Z-abcd1234.jwb" for c in "0a" for n in (4, 32)
    ]
    for path in waiting:
        path.write_bytes(b"a bundle")
    names = ("*" * 32, "?" * 32, "[0-9a-f]" * 4)
    for name in names:
        (target / f"{name}{session.AANMELDING}").write_text('{"device": {"name": "x"}}')
    report = session.SyncReport()
    session._take_aanmeldingen(central, session.identity(central), box, report)
    assert len(report.refused) == len(names)
    assert all(p.exists() for p in waiting)


def test_a_traversal_name_in_the_file_changes_nothing_outside_the_mailbox(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    doc = aanmelding(device, ticket)
    doc["device"]["device_id"] = "../../../etc/passwd"
    path = mailbox(box, central) / f"{laptop_id(device)}{session.AANMELDING}"
    path.write_text(json.dumps(doc), "utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    (refused,) = session.central_sync(central, box).refused
    assert "Ongeldige apparaatcode" in refused
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    new = set(after) - set(before)
    assert all(str(p).startswith(str(path.parent.relative_to(tmp_path))) for p in new)
    assert enrolled_ids(central) == set() and uses_left(central) == 1
    device.close()


def test_a_ticket_the_central_has_no_record_of_is_refused(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    """Signed by this central, but not in its record (say, a database restored from an
    older backup): refused, nothing enrolled."""
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    with central.db.writer.connect() as con, con.begin():
        con.exec_driver_sql("DELETE FROM sync_ticket")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    session.device_sync(device, box)
    (refused,) = session.central_sync(central, box).refused
    assert "kent dit inschrijfbewijs niet" in refused and enrolled_ids(central) == set()
    device.close()


def test_a_ticket_claiming_more_uses_gains_none(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    for uses in (-5, 1000):
        path = mailbox(box, central) / f"{laptop_id(device)}{session.AANMELDING}"
        path.write_text(json.dumps(aanmelding(device, {**ticket, "uses": uses})), "utf-8")
        (refused,) = session.central_sync(central, box).refused
        assert "veranderd" in refused
    assert enrolled_ids(central) == set() and uses_left(central) == 1
    # the record, not the file, counts the uses: at 0 it never goes below
    with central.db.writer.connect() as con, con.begin():
        con.exec_driver_sql("UPDATE sync_ticket SET uses_left = 0")
        assert not rp.use_ticket(con, ticket["ticket"])
    assert uses_left(central) == 0
    device.close()


def test_an_expired_ticket_is_refused_by_the_centrals_clock(
    tmp_path: Path, central: SchoolStore, box: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop took the ticket in time; the central reads the aanmelding after it
    expired (its clock later than the laptop's): refused."""
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    session.device_sync(device, box)
    later = datetime.now(UTC) + timedelta(days=session.TICKET_DAYS + 1)

    class Later(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return later if tz else later.replace(tzinfo=None)

    monkeypatch.setattr(session, "datetime", Later)
    (refused,) = session.central_sync(central, box).refused
    assert "is verlopen op" in refused
    assert enrolled_ids(central) == set() and uses_left(central) == 1
    device.close()


def test_the_same_aanmelding_twice_in_one_round_takes_one_use(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl", uses=3)
    device = laptop(tmp_path, "anne")
    session.join(device, ticket)
    doc = json.dumps(aanmelding(device, ticket))
    target = mailbox(box, central)
    (target / f"{laptop_id(device)}{session.AANMELDING}").write_text(doc, "utf-8")
    (target / f"{laptop_id(device)}-kopie{session.AANMELDING}").write_text(doc, "utf-8")
    assert session.central_sync(central, box).refused == []
    assert enrolled_ids(central) == {laptop_id(device)} and uses_left(central) == 2
    assert aanmelding_files(box, central) == []
    device.close()


def test_two_laptops_racing_for_the_last_use_enrol_one(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    """Two aanmeldingen for the last use: a second sync of the central at once cannot
    open its database (the store's lock), and in one round the first one read wins."""
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    with pytest.raises(StoreLocked):
        SchoolStore.open(central.path, auto_backup=False)
    laptops = [laptop(tmp_path, "een"), laptop(tmp_path, "twee")]
    target = mailbox(box, central)
    for device in laptops:
        path = target / f"{laptop_id(device)}{session.AANMELDING}"
        path.write_text(json.dumps(aanmelding(device, ticket)), "utf-8")
    (refused,) = session.central_sync(central, box).refused
    assert "het is op" in refused
    assert enrolled_ids(central) == {min(laptop_id(d) for d in laptops)}
    assert uses_left(central) == 0
    for device in laptops:
        device.close()
