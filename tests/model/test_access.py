"""Accounts and roles, enforced in the library: a jobcoach cannot reach another coach's
student or a care note, whatever front door asks."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import TODAY, small_catalogue, small_school

from jw_desktop.model import (
    AccessDenied,
    InvalidInput,
    ItemStatus,
    Level,
    NoteCategory,
    Role,
    SchoolStore,
    Setting,
)

PASSWORD = "tulpen-en-rozen-2026"


@pytest.fixture
def school(db_path: Path) -> Iterator[tuple[SchoolStore, list[float]]]:
    waits: list[float] = []
    store = SchoolStore.open(db_path, today=lambda: TODAY, sleep=waits.append)
    store.import_catalogue(small_catalogue())
    keys = store.import_school(small_school())
    store.students_by_key = keys  # type: ignore[attr-defined]
    for member in store.staff():
        store.set_password(member.id, PASSWORD)
    jerome = keys["jerome"]
    store.add_note(jerome, "Werkt netjes.", NoteCategory.WORK)
    store.add_note(jerome, "Zorgoverleg gepland.", NoteCategory.CARE)
    try:
        yield store, waits
    finally:
        store.close()


def test_passwords_are_stored_as_scrypt_hashes(school: tuple[SchoolStore, list[float]]) -> None:
    store, _ = school
    con = sqlite3.connect(store.path)
    hashes = [h for (h,) in con.execute("SELECT password_hash FROM staff")]
    con.close()
    assert all(h.startswith("scrypt$16384$8$1$") and PASSWORD not in h for h in hashes)
    assert len(set(hashes)) == len(hashes)  # salted


@pytest.mark.parametrize("weak", ["kort1", "alleenletters", "1234567890", ""])
def test_weak_passwords_are_refused(school: tuple[SchoolStore, list[float]], weak: str) -> None:
    store, _ = school
    with pytest.raises(InvalidInput, match="sterker wachtwoord"):
        store.set_password(store.staff()[0].id, weak)


def test_wrong_password_waits_longer_and_locks(school: tuple[SchoolStore, list[float]]) -> None:
    store, waits = school
    for _ in range(4):
        with pytest.raises(AccessDenied, match="klopt niet"):
            store.login("coach@example.nl", "fout-wachtwoord-1")
    with pytest.raises(AccessDenied, match="geblokkeerd"):
        store.login("coach@example.nl", "fout-wachtwoord-1")
    assert waits == [0.5, 1.0, 2.0, 4.0, 4.0]
    with pytest.raises(AccessDenied, match="minuten opnieuw"):
        store.login("coach@example.nl", PASSWORD)  # even the right one, while locked
    assert store.user is None
    # An unknown address gets the same answer as a wrong password.
    with pytest.raises(AccessDenied, match="klopt niet"):
        store.login("niemand@example.nl", PASSWORD)


def test_a_successful_login_resets_the_count(school: tuple[SchoolStore, list[float]]) -> None:
    store, waits = school
    with pytest.raises(AccessDenied):
        store.login("docent@example.nl", "fout-wachtwoord-1")
    user = store.login("DOCENT@example.nl", PASSWORD)
    assert (user.role, store.actor) == (Role.TEACHER, user.staff_id)
    store.logout()
    with pytest.raises(AccessDenied):
        store.login("docent@example.nl", "fout-wachtwoord-1")
    assert waits == [0.5, 0.5]


def test_jobcoach_sees_only_own_students_and_no_care_notes(
    school: tuple[SchoolStore, list[float]],
) -> None:
    store, _ = school
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    store.login("coach@example.nl", PASSWORD)
    assert [s.id for s in store.find_students("")] == [jerome]
    for reach in (
        store.progress,
        store.route,
        store.still_to_practise,
        store.observations,
        store.notes,
        store.placements,
        store.portfolio,
        store.student,
    ):
        with pytest.raises(AccessDenied, match="niet bij jouw begeleiding"):
            reach(fatima)
    assert [n.text for n in store.notes(jerome)] == ["Werkt netjes."]
    assert [n.text for n in store.notes(jerome, categories=(NoteCategory.CARE,))] == []
    with pytest.raises(AccessDenied, match="Zorgnotities"):
        store.add_note(jerome, "Gaat slecht thuis.", NoteCategory.CARE)
    with pytest.raises(AccessDenied, match="niet bij jouw begeleiding"):
        store.add_note(fatima, "Hallo", NoteCategory.WORK)


def test_jobcoach_records_progress_but_does_not_edit_routes(
    school: tuple[SchoolStore, list[float]],
) -> None:
    store, _ = school
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    store.login("coach@example.nl", PASSWORD)
    step = store.still_to_practise(jerome)[0]
    obs = store.record_observation(
        jerome, step.element_id, Level.WITH_HELP, setting=Setting.WORKPLACE
    )
    store.correct_observation(obs, Level.INDEPENDENT)
    (placement,) = store.placements(jerome)
    store.log_hours(placement, TODAY - timedelta(days=1), 6)
    item = store.route(jerome).items[0]
    for forbidden in (
        lambda: store.set_item_status(item.id, ItemStatus.DONE),
        lambda: store.remove_from_route(item.id),
        lambda: store.add_to_route(jerome, store.card_id("HO-IK-1")),
        lambda: store.issue_credential(jerome, store.credential_id("pb-planten")),
        lambda: store.add_staff("X", "x@example.nl", Role.ADMIN),
        lambda: store.set_password(uuid.UUID(int=0), PASSWORD),
    ):
        with pytest.raises(AccessDenied):
            forbidden()


def test_teacher_may_everything_but_accounts(school: tuple[SchoolStore, list[float]]) -> None:
    store, _ = school
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    store.login("docent@example.nl", PASSWORD)
    assert len(store.find_students("")) == 2
    store.add_to_route(fatima, store.card_id("GR-WO-1"))
    assert {n.category for n in store.notes(store.students_by_key["jerome"])} == {  # type: ignore[attr-defined]
        NoteCategory.WORK,
        NoteCategory.CARE,
    }
    with pytest.raises(AccessDenied, match="beheerder"):
        store.add_staff("Nieuwe Collega", "nieuw@example.nl", Role.TEACHER)
    me = store.user
    assert me is not None
    store.set_password(me.staff_id, "een-nieuw-wachtwoord-9")  # one's own password


def test_unlocking_checks_the_same_user_and_says_nothing_of_an_address(
    school: tuple[SchoolStore, list[float]], db_path: Path
) -> None:
    store, _waits = school
    with pytest.raises(AccessDenied, match="niemand ingelogd"):
        store.unlock(PASSWORD)
    store.login("coach@example.nl", PASSWORD)
    with pytest.raises(AccessDenied, match=r"^Dit wachtwoord klopt niet\.$"):
        store.unlock("fout-wachtwoord-1")
    assert store.unlock(PASSWORD).email == "coach@example.nl"
    # Locked for about one more minute: one minute, not 'one minutes'.
    soon = datetime.now(UTC) + timedelta(seconds=70)
    with sqlite3.connect(db_path) as con:
        con.execute(
            "UPDATE login_state SET failures = 5, locked_until = ? WHERE email = ?",
            (soon.isoformat(), "coach@example.nl"),
        )
    with pytest.raises(AccessDenied, match="over 1 minuut opnieuw"):
        store.unlock(PASSWORD)
