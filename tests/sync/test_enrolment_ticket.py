"""Enrolment at install time (docs/sync.md section 1): an inschrijfbewijs made on the
central, a laptop that takes it with keys it makes itself, its signed aanmelding in the
folder, and the central that enrolls it with the scope of its own record. Real stores,
real keys, real files in a real folder; the admin's steps as CLI subprocesses."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cli_process import run_cli
from factories import TODAY, small_catalogue, small_school
from sitekit import give_workplace_consent, note_rows, student

from jw_desktop import site_config
from jw_desktop.model import InvalidInput, NoteCategory, SchoolStore
from jw_desktop.sync import folder, session
from jw_desktop.sync.identity import DeviceIdentity

PASSWORD = "geheim-wachtwoord-42"


def open_store(path: Path, create: bool = True) -> SchoolStore:
    return SchoolStore.open(path, create=create, today=lambda: TODAY, auto_backup=False)


def make_central(path: Path) -> SchoolStore:
    central = open_store(path)
    central.import_catalogue(small_catalogue())
    central.import_school(small_school())
    give_workplace_consent(central)
    for member in central.staff():
        central.set_password(member.id, PASSWORD)
    return central


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


def laptop(tmp_path: Path, name: str) -> SchoolStore:
    return open_store(tmp_path / f"{name}.sqlite")


def aanmelding_files(box: Path, central: SchoolStore) -> list[Path]:
    return sorted(folder.mailbox(box, session.identity(central).device_id).glob("*.aanmelding*"))


def sign(doc: dict[str, Any], who: DeviceIdentity) -> dict[str, Any]:
    """A document signed the way the app signs its own (session._sign)."""
    return session._sign({k: v for k, v in doc.items() if k != "signature"}, who)


def enrolled_ids(central: SchoolStore) -> set[str]:
    return {d.device_id for d in session.devices(central) if d.scope.get("role") in session.ROLES}


def laptop_id(store: SchoolStore) -> str:
    return session.identity(store).device_id


# -- the whole way, in the library -------------------------------------------------------


def test_ticket_enrolls_a_teacher_laptop_in_one_round(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    assert not session.is_central(central)
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    assert session.is_central(central)  # its window's sync takes the aanmeldingen
    device = laptop(tmp_path, "anne")
    session.join(device, ticket, "Laptop Anne")
    assert device.school_name() is None  # empty until the central answers
    waiting = session.pending(device, box)
    assert waiting is not None and waiting.school == "Praktijkschool Test"

    first = session.device_sync(device, box)
    (posted,) = aanmelding_files(box, central)
    assert first.refused == []
    aanmelding = json.loads(posted.read_text("utf-8"))
    assert aanmelding["device"] == session.identity(device, "Laptop Anne").public().to_json()
    assert "PRIVATE KEY" not in posted.read_text("utf-8")  # the private keys stay here
    answer = session.central_sync(central, box)
    assert answer.refused == [] and laptop_id(device) in enrolled_ids(central)
    assert aanmelding_files(box, central) == []  # taken
    second = session.device_sync(device, box)
    assert second.refused == [] and second.received > 0
    assert session.pending(device, box) is None
    assert session.attestation(device) is not None  # it may sign in the school's name
    assert {s.name for s in device.students()} == {s.name for s in central.students()}
    user = device.login("docent@example.nl", PASSWORD)
    assert user.name == "Anne Docent"
    (record,) = session.tickets(central)
    assert (record.uses_left, session.ticket_state(record)) == (0, "opgebruikt")
    row = next(d for d in session.devices(central) if d.device_id == laptop_id(device))
    assert row.name == "Laptop Anne" and row.scope == ticket["scope"]
    device.close()


def test_jobcoach_ticket_keeps_to_the_jobcoachs_students_without_care_notes(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    jerome = student(central, "Jerome")
    central.add_note(jerome, "Op het werk gaat het goed", NoteCategory.WORK)
    central.add_note(jerome, "Gesprek met de zorgcoördinator", NoteCategory.CARE)
    ticket = session.make_ticket(central, role="jobcoach", staff_email="coach@example.nl")
    coach = laptop(tmp_path, "bas")
    session.join(coach, ticket, "Laptop Bas")
    session.device_sync(coach, box)
    assert session.central_sync(central, box).refused == []
    assert session.device_sync(coach, box).refused == []
    assert [s.name for s in coach.students()] == ["Jerome Jansen"]
    assert len(central.students()) > 1
    assert NoteCategory.CARE.value in set(note_rows(central).values())
    assert set(note_rows(coach).values()) == {NoteCategory.WORK.value}
    coach.close()


def test_a_jobcoach_ticket_needs_its_jobcoach_and_a_group_must_exist(
    central: SchoolStore,
) -> None:
    with pytest.raises(InvalidInput, match="één jobcoach"):
        session.make_ticket(central, role="jobcoach")
    with pytest.raises(InvalidInput, match="Geen leerlingen gevonden"):
        session.make_ticket(central, role="docent", groups=["bestaat-niet"])
    with pytest.raises(InvalidInput, match="is jobcoach, niet docent"):
        session.make_ticket(central, role="docent", staff_email="coach@example.nl")
    assert session.tickets(central) == []


# -- refused at the central, with the reason the admin and the laptop see ----------------


def test_a_ticket_for_one_laptop_refuses_the_second(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    laptops = {"Laptop een": laptop(tmp_path, "een"), "Laptop twee": laptop(tmp_path, "twee")}
    for name, device in laptops.items():
        session.join(device, ticket, name)
        session.device_sync(device, box)
    report = session.central_sync(central, box)
    (winner,) = enrolled_ids(central)  # the first aanmelding the central reads
    first = next(d for d in laptops.values() if laptop_id(d) == winner)
    name, second = next((n, d) for n, d in laptops.items() if d is not first)
    (refused,) = report.refused
    assert name in refused and "al gebruikt voor 1 laptop; het is op" in refused
    assert "al gebruikt" in session.refusals(central)[0].reason
    again = session.device_sync(second, box)
    waiting = session.pending(second, box)
    assert waiting is not None and "het is op" in waiting.refused
    assert any("weigerde de aanmelding" in r for r in again.refused)
    # nothing re-sent; the refused laptop's bundle was dropped with its aanmelding
    assert [p.name[:32] for p in folder.inbox(box, session.identity(central).device_id)] == []
    # a second round does not refuse it again (the laptop no longer posts it)
    assert session.central_sync(central, box).refused == []
    # and the first laptop's own aanmelding, written again, is taken without a refusal
    assert session.device_sync(first, box).refused == []
    # the admin puts a new ticket in the site folder: the waiting laptop takes it
    site_ticket = tmp_path / "inschrijfbewijs.json"
    site_ticket.write_text(json.dumps(ticket), "utf-8")
    assert not session.renew_pending_ticket(second, site_ticket)  # the same one: nothing
    fresh = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    site_ticket.write_text(json.dumps(fresh), "utf-8")
    assert session.renew_pending_ticket(second, site_ticket)
    assert session.device_sync(second, box).refused == []
    assert session.central_sync(central, box).refused == []
    assert enrolled_ids(central) == {laptop_id(first), laptop_id(second)}
    assert session.device_sync(second, box).received > 0
    assert session.pending(second, box) is None
    first.close()
    second.close()


def test_revoked_ticket_is_refused_at_the_central(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl", uses=5)
    session.revoke_ticket(central, ticket["ticket"])
    device = laptop(tmp_path, "anne")
    session.join(device, ticket, "Laptop Anne")
    session.device_sync(device, box)
    (refused,) = session.central_sync(central, box).refused
    assert "is ingetrokken" in refused and enrolled_ids(central) == set()
    assert session.ticket_state(session.tickets(central)[0]) == "ingetrokken"
    device.close()


def test_expired_ticket_is_refused_at_the_laptop_and_at_the_central(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    past = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0).isoformat()
    stale = sign({**ticket, "expires": past}, session.identity(central))
    device = laptop(tmp_path, "anne")
    with pytest.raises(InvalidInput, match="verlopen"):
        session.join(device, stale, "Laptop Anne")
    assert session.enrolled_central(device) is None
    # the central's own record says when it expires, whatever the file says
    session.join(device, ticket, "Laptop Anne")
    session.device_sync(device, box)
    con = sqlite3.connect(central.path)
    with con:
        con.execute("UPDATE sync_ticket SET expires_at = ?", (past,))
    con.close()
    (refused,) = session.central_sync(central, box).refused
    assert "is verlopen op" in refused and enrolled_ids(central) == set()
    device.close()


def test_ticket_of_another_central_is_refused(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    other = make_central(tmp_path / "other.sqlite")
    foreign = session.make_ticket(other, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, foreign, "Laptop Anne")
    me = session.identity(device, "Laptop Anne")
    doc = sign({"type": "jw-aanmelding", "device": me.public().to_json(), "ticket": foreign}, me)
    target = folder.mailbox(box, session.identity(central).device_id)
    target.mkdir(parents=True)
    (target / f"{me.device_id}.aanmelding.json").write_text(json.dumps(doc), "utf-8")
    (refused,) = session.central_sync(central, box).refused
    assert "niet door deze centrale ondertekend" in refused
    assert enrolled_ids(central) == set()
    other.close()
    device.close()


def test_tampered_ticket_is_refused_at_the_laptop_and_at_the_central(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="jobcoach", staff_email="coach@example.nl")
    wider = {**ticket, "scope": {**ticket["scope"], "role": "docent", "staff": None}}
    device = laptop(tmp_path, "bas")
    with pytest.raises(InvalidInput, match="veranderd"):
        session.join(device, wider, "Laptop Bas")
    assert session.enrolled_central(device) is None
    # a laptop that skips its own check: its aanmelding, signed with its real key
    session.join(device, ticket, "Laptop Bas")
    me = session.identity(device, "Laptop Bas")
    mailbox = folder.mailbox(box, session.identity(central).device_id)
    mailbox.mkdir(parents=True)
    path = mailbox / f"{me.device_id}.aanmelding.json"
    aanmelding = {"type": "jw-aanmelding", "device": me.public().to_json(), "ticket": wider}
    path.write_text(json.dumps(sign(aanmelding, me)), "utf-8")
    (refused,) = session.central_sync(central, box).refused
    assert "niet door deze centrale ondertekend of is veranderd" in refused
    # even a widened ticket with a good signature of the central: its record decides
    resigned = sign(wider, session.identity(central))
    path.write_text(json.dumps(sign({**aanmelding, "ticket": resigned}, me)), "utf-8")
    (refused,) = session.central_sync(central, box).refused
    assert "andere rechten dan de centrale vastlegde" in refused
    assert enrolled_ids(central) == set()
    assert session.tickets(central)[0].uses_left == 1
    device.close()


def test_aanmelding_signed_with_another_key_is_refused(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    session.join(device, ticket, "Laptop Anne")
    me = session.identity(device, "Laptop Anne")
    thief = DeviceIdentity.generate(me.device_id, "Laptop Anne")
    doc = {"type": "jw-aanmelding", "device": me.public().to_json(), "ticket": ticket}
    mailbox = folder.mailbox(box, session.identity(central).device_id)
    mailbox.mkdir(parents=True)
    (mailbox / f"{me.device_id}.aanmelding.json").write_text(json.dumps(sign(doc, thief)), "utf-8")
    (mailbox / "0123456789abcdef0123456789abcdef.aanmelding.json").write_text("{kapot", "utf-8")
    refused = session.central_sync(central, box).refused
    assert len(refused) == 2
    assert any("niet ondertekend met de sleutel van het apparaat" in r for r in refused)
    assert any("geen leesbaar aanmeldbestand" in r for r in refused)
    assert enrolled_ids(central) == set() and session.tickets(central)[0].uses_left == 1
    device.close()


def test_an_enrolled_laptop_cannot_take_a_ticket(central: SchoolStore, tmp_path: Path) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    device = laptop(tmp_path, "anne")
    request = session.enrollment_request(device, "Laptop Anne")
    session.join(device, session.enroll(central, request, role="docent", staff_email=None))
    with pytest.raises(InvalidInput, match="al ingeschreven"):
        session.join(device, ticket, "Laptop Anne")
    with pytest.raises(InvalidInput, match="centrale van de school"):
        session.join(central, ticket, "Centrale")
    device.close()


# -- the site configuration --------------------------------------------------------------


def test_site_config_missing_gives_nothing_and_garbled_one_clear_sentence(
    tmp_path: Path,
) -> None:
    empty = site_config.read(tmp_path)
    assert (empty.enrolment, empty.sync_folder) == (None, None)
    (tmp_path / "jw-desktop.ini").write_text(
        "[inschrijving]\nbestand = bewijs.json ; commentaar\n[synchronisatie]\n", "utf-8"
    )
    found = site_config.read(tmp_path)
    assert found.enrolment == tmp_path / "bewijs.json" and found.sync_folder is None
    (tmp_path / "jw-desktop.ini").write_text("[inschrijving\nbestand", "utf-8")
    with pytest.raises(site_config.SiteConfigError, match="kloppen niet"):
        site_config.read(tmp_path)
    (tmp_path / "jw-desktop.ini").write_bytes(b"\xff\xfe\x00kapot")
    with pytest.raises(site_config.SiteConfigError, match="onleesbaar"):
        site_config.read(tmp_path)


def test_enrol_new_store_checks_the_ticket_before_making_anything(
    tmp_path: Path, central: SchoolStore
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    bad = tmp_path / "bewijs.json"
    bad.write_text(json.dumps({**ticket, "uses": 99}), "utf-8")
    db = tmp_path / "data" / "jw-desktop.sqlite"
    with pytest.raises(InvalidInput, match="veranderd"):
        session.enrol_new_store(db, bad)
    bad.write_text("geen json", "utf-8")
    with pytest.raises(InvalidInput, match="geen leesbaar inschrijfbewijs"):
        session.enrol_new_store(db, bad)
    assert not (tmp_path / "data").exists()


# -- the admin's steps on the command line -------------------------------------------------


def cli(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


def test_cli_site_install_enrolls_and_syncs_on_first_start(tmp_path: Path, box: Path) -> None:
    make_central(tmp_path / "central.sqlite").close()
    db = ("--db", tmp_path / "central.sqlite")
    site = tmp_path / "site"
    site.mkdir()
    made = cli(
        {},
        "central",
        *db,
        "inschrijfbewijs",
        "--role",
        "docent",
        "--staff",
        "docent@example.nl",
        "--uses",
        "2",
        "--out",
        site / "bewijs.json",
    )
    assert made.returncode == 0 and "Inschrijfbewijs" in made.stdout, made.stderr
    (site / "jw-desktop.ini").write_text(
        f"[inschrijving]\nbestand = bewijs.json\n[synchronisatie]\nmap = {box}\n", "utf-8"
    )
    env = {"JW_DESKTOP_SITE_DIR": str(site), "JW_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    first = cli(env, "sync", "--name", "Laptop Anne")
    assert first.returncode == 0, first.stderr
    assert "ingeschreven bij Praktijkschool Test" in first.stdout
    assert "wacht op de eerste synchronisatie" in first.stdout
    # no demo school: empty until the central answers
    assert "Geen leerlingen gevonden" in cli(env, "students").stdout
    assert cli({}, "central", *db, "sync", "--folder", box).returncode == 0
    last = cli(env, "sync")
    assert last.returncode == 0 and "gelijk met de centrale" in last.stdout, last.stderr
    assert "Jerome Jansen" in cli(env, "students").stdout
    listed = cli({}, "central", *db, "inschrijfbewijzen").stdout
    assert "geldig  nog 1 van 2" in listed
    ticket_id = json.loads((site / "bewijs.json").read_text("utf-8"))["ticket"]
    revoked = cli({}, "central", *db, "inschrijfbewijs-intrekken", ticket_id)
    assert revoked.returncode == 0 and "ingetrokken" in revoked.stdout
    assert "ingetrokken  nog 1 van 2" in cli({}, "central", *db, "inschrijfbewijzen").stdout
    con = sqlite3.connect(tmp_path / "central.sqlite")
    actions = [a for (a,) in con.execute("SELECT action FROM audit_entry ORDER BY at")]
    con.close()
    assert [a for a in actions if a.startswith("inschrijfbewijs")] == [
        "inschrijfbewijs.maken",
        "inschrijfbewijs.gebruikt",
        "inschrijfbewijs.intrekken",
    ]


def test_cli_garbled_site_config_is_one_sentence_and_makes_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "jw-desktop.ini").write_text("[inschrijving\nbestand = x", "utf-8")
    env = {"JW_DESKTOP_SITE_DIR": str(site), "JW_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    result = cli(env, "sync")
    assert result.returncode != 0 and result.stderr.startswith("fout: ")
    assert "kloppen niet" in result.stderr
    assert not (tmp_path / "data").exists()


def test_cli_sync_inschrijven_takes_a_ticket_on_a_new_database(
    tmp_path: Path, central: SchoolStore, box: Path
) -> None:
    ticket = session.make_ticket(central, role="docent", staff_email="docent@example.nl")
    path = tmp_path / "bewijs.json"
    path.write_text(json.dumps(ticket), "utf-8")
    new = tmp_path / "nieuw.sqlite"
    taken = cli({}, "sync", "--db", new, "inschrijven", path, "--name", "Laptop Anne")
    assert taken.returncode == 0 and "meldt zich bij de volgende synchronisatie" in taken.stdout
    assert cli({}, "sync", "--db", new, "--folder", box).returncode == 0
    assert [p.name[:32] for p in aanmelding_files(box, central)] == [
        laptop_id(open_store(new, create=False))
    ]
