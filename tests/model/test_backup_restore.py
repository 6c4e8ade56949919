"""Backups and restore on real files: automatic daily backups, rotation, sound copies,
and a restore that refuses anything it cannot trust and never loses the current data."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import TODAY
from filecheck import DUTCH, digest, read_only, rows, small_disk

from jw_desktop.model import (
    BackupError,
    NoteCategory,
    SchoolStore,
    StoreError,
    StoreLocked,
    StoreTooNew,
    database,
)


def assert_dutch(error: StoreError) -> None:
    assert sum(word in f" {error.message.lower()} " for word in DUTCH) >= 2, error.message


def reasons(db_path: Path) -> list[str]:
    return [b.reason for b in database.list_backups(db_path)]


def tmp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def jerome(store: SchoolStore) -> Any:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined]


def age(info: database.BackupInfo, by: timedelta) -> Path:
    """Rename a backup so that its time stamp lies `by` in the past."""
    stamp = (info.made_at - by).astimezone(UTC)
    name = f"{info.path.name.split('-', 1)[0]}-{stamp:%Y%m%dT%H%M%S%f}Z-{info.reason}.sqlite"
    return info.path.rename(info.path.with_name(name))


# -- automatic daily backups and rotation -----------------------------------------------


def test_daily_backup_when_none_is_recent(store: SchoolStore) -> None:
    path = store.path
    assert reasons(path) == []  # a brand-new store has nothing to back up yet
    store.close()
    with SchoolStore.open(path):
        pass
    assert reasons(path) == ["dagelijks"]
    first = database.list_backups(path)[0]
    assert rows(first.path) == rows(path)
    with SchoolStore.open(path):
        pass
    assert reasons(path) == ["dagelijks"]  # one recent enough: no second one
    age(first, database.DAILY_BACKUP_AGE + timedelta(minutes=1))
    with SchoolStore.open(path):
        pass
    assert reasons(path) == ["dagelijks", "dagelijks"]
    with SchoolStore.open(path, auto_backup=False):
        pass
    assert len(database.list_backups(path)) == 2


def test_rotation_keeps_the_newest_per_reason_and_never_hand_made(store: SchoolStore) -> None:
    path = store.path
    hand = [Path(store.backup()) for _ in range(12)]
    made: dict[str, list[datetime]] = {}
    for reason in ("dagelijks", "voor-upgrade", "voor-herstel"):
        made[reason] = [database.make_backup(path, reason).made_at for _ in range(10)]
    kept = database.list_backups(path)
    for reason, keep in database.BACKUP_KEEP.items():
        moments = [b.made_at for b in kept if b.reason == reason]
        assert len(moments) == keep
        assert sorted(moments) == sorted(made[reason][-keep:])  # the newest ones stay
    # the older daily ones are kept as deltas, and each can still be restored
    daily = [b.path for b in kept if b.reason == "dagelijks"]
    assert [p.suffix for p in daily] == [".sqlite"] + [".delta"] * (len(daily) - 1)
    assert {database.verify_backup(p) for p in daily} == {database.HEAD_REVISION}
    assert sorted(b.path for b in kept if b.reason == "handmatig") == sorted(hand)
    assert all(p.exists() for p in hand)
    outside = store.backup(store.path.parent / "op-de-usb-stick.sqlite")
    for _ in range(3):
        database.make_backup(path, "dagelijks")
    assert Path(outside).exists()
    assert all(p.exists() for p in hand)
    assert not tmp_files(path.parent)


def test_a_backup_is_a_sound_jw_desktop_database_with_the_same_data(
    store: SchoolStore, tmp_path: Path
) -> None:
    store.add_note(jerome(store), "Vandaag goed gewerkt", NoteCategory.WORK)
    backup = Path(store.backup())
    assert database.integrity_problems(backup) == []
    assert database.read_revision(backup) == (database.HEAD_REVISION, True)
    assert rows(backup) == rows(store.path)
    assert not Path(f"{backup}-wal").exists()  # self-contained: one file to carry
    info = store.info()
    store.close()
    elsewhere = tmp_path / "elders" / "kopie.sqlite"
    elsewhere.parent.mkdir()
    shutil.copyfile(backup, elsewhere)
    with SchoolStore.open(elsewhere, today=lambda: TODAY, auto_backup=False) as copy:
        assert copy.info().counts == info.counts
        assert [n.text for n in copy.notes(jerome(store))] == ["Vandaag goed gewerkt"]
        assert [h.code for h in copy.search_cards("gieter")] == ["GR-IK-1"]


def test_only_old_temporary_copies_of_this_store_are_removed_at_open(store: SchoolStore) -> None:
    """What a killed backup leaves (a half copy under a temporary dot-name) goes at the
    next open once it is old; a young one may still be written, and the names of other
    stores and real backups are never touched, however old."""
    path = store.path
    good = Path(store.backup())
    folder = good.parent
    store.close()

    def half_copy(name: str) -> Path:
        tmp = folder / f".{name}.{os.urandom(4).hex()}.tmp"
        shutil.copyfile(good, tmp)
        with open(tmp, "rb+") as fh:
            fh.truncate(good.stat().st_size // 2)
        return tmp

    old = [half_copy(good.name), half_copy(good.name.replace("handmatig", "dagelijks"))]
    old.append(old[0].with_name(old[0].name + "-journal"))
    old[-1].write_bytes(b"\0" * 512)
    young = half_copy(good.name)
    other = [
        half_copy(good.name.replace("school-", "school-oud-")),  # another store's own
        half_copy(good.name.replace("school-", "klas-")),
        folder / ".notities.tmp",  # not a name a backup writes
        good,
    ]
    other[2].write_text("van iemand anders", encoding="utf-8")
    for p in [*old, *other]:
        stamp = p.stat().st_mtime - 24 * 3600
        os.utime(p, (stamp, stamp))
    with SchoolStore.open(path, auto_backup=False) as again:
        assert again.warnings == []
    assert [p for p in old if p.exists()] == []
    assert young.exists()
    assert all(p.exists() for p in other)
    assert [b.path for b in database.list_backups(path)] == [good]


# -- restore --------------------------------------------------------------------------


def test_restore_brings_the_data_back_and_keeps_a_safety_copy(
    store: SchoolStore, tmp_path: Path
) -> None:
    path, student = store.path, jerome(store)
    backup = Path(store.backup())
    restored_rows = rows(backup)
    store.add_note(student, "Na de reservekopie geschreven", NoteCategory.CARE)
    later_rows = rows(path)
    store.close()
    backup_bytes = digest(backup)
    safety = database.restore_backup(path, backup)
    assert safety is not None
    assert database.list_backups(path)[0].reason == "voor-herstel"
    assert rows(path) == restored_rows
    assert rows(safety) == later_rows  # what was there is not lost
    assert database.integrity_problems(path) == []
    with SchoolStore.open(path, today=lambda: TODAY) as again:
        assert again.notes(student) == []
        again.add_note(student, "Verder na het terugzetten", NoteCategory.WORK)
    assert digest(backup) == backup_bytes  # the backup itself is kept as it was
    assert not tmp_files(tmp_path)


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _text(path: Path) -> None:
    path.write_text("geen database\n", encoding="utf-8")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recept (naam TEXT)")
    con.commit()
    con.close()


def _damaged_pages(path: Path) -> None:
    con = sqlite3.connect(path)
    pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'student'")]
    con.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * 4096 : page * 4096] = b"\xde\xad" * 2048
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_uit_de_toekomst'")
    con.commit()
    con.close()


BAD_BACKUPS = {
    "garbage": (_garbage, BackupError),
    "text": (_text, BackupError),
    "truncated": (_truncated, BackupError),
    "empty": (_empty, BackupError),
    "foreign": (_foreign, BackupError),
    "damaged pages": (_damaged_pages, BackupError),
    "newer version": (_newer, StoreTooNew),
}


@pytest.mark.parametrize("kind", [*BAD_BACKUPS, "missing"])
def test_restore_refuses_a_backup_it_cannot_trust(
    store: SchoolStore, tmp_path: Path, kind: str
) -> None:
    path = store.path
    backup = tmp_path / "reservekopie.sqlite"
    store.backup(backup)
    store.close()
    expected: type[StoreError] = BackupError
    if kind == "missing":
        backup.unlink()
    else:
        spoil, expected = BAD_BACKUPS[kind]
        spoil(backup)
    before, before_backups = digest(path), database.list_backups(path)
    with pytest.raises(StoreError) as caught:
        database.restore_backup(path, backup)
    assert type(caught.value) is expected
    assert_dutch(caught.value)
    assert "niets" in caught.value.message
    assert digest(path) == before
    assert database.list_backups(path) == before_backups
    assert not tmp_files(tmp_path)
    with SchoolStore.open(path, auto_backup=False) as again:
        assert again.info().counts["leerlingen"] == 2


def test_restore_while_the_store_is_open_is_refused(store: SchoolStore) -> None:
    path = store.path
    backup = Path(store.backup())
    store.add_note(jerome(store), "Wordt niet overschreven", NoteCategory.WORK)
    before, before_backups = rows(path), database.list_backups(path)
    with pytest.raises(StoreLocked) as caught:
        database.restore_backup(path, backup)
    assert_dutch(caught.value)
    assert rows(path) == before
    assert database.list_backups(path) == before_backups
    assert len(store.notes(jerome(store))) == 1  # the open store carries on
    assert not tmp_files(path.parent)


def test_restore_over_a_damaged_store_keeps_the_damaged_file_aside(store: SchoolStore) -> None:
    path, student = store.path, jerome(store)
    backup = Path(store.backup())
    good = rows(backup)
    store.close()
    _damaged_pages(path)
    damaged = digest(path)
    aside = database.restore_backup(path, backup)
    assert aside is not None
    assert "beschadigd" in aside.name
    assert digest(aside) == damaged  # kept byte for byte, for a specialist to look at
    assert rows(path) == good
    with SchoolStore.open(path, today=lambda: TODAY) as again:
        assert [s.id for s in again.students()] != []
        again.add_note(student, "Weer aan het werk", NoteCategory.WORK)
    for _ in range(5):  # 'beschadigd' copies are never rotated away
        database.make_backup(path, "voor-herstel")
    assert aside.exists()


# -- backups to a bad place -----------------------------------------------------------


def _assert_backup_refused(store: SchoolStore, target: Path) -> BackupError:
    before = rows(store.path)
    with pytest.raises(BackupError) as caught:
        store.backup(target)
    assert_dutch(caught.value)
    assert not target.exists()
    assert rows(store.path) == before
    return caught.value


def test_backup_to_a_missing_folder(store: SchoolStore, tmp_path: Path) -> None:
    _assert_backup_refused(store, tmp_path / "bestaat-niet" / "kopie.sqlite")
    assert not tmp_files(tmp_path)


def test_backup_into_proc_is_refused(store: SchoolStore) -> None:
    _assert_backup_refused(store, Path("/proc/jw-kopie.sqlite"))


def test_backup_to_a_read_only_folder(store: SchoolStore, tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    with read_only(folder):
        error = _assert_backup_refused(store, folder / "kopie.sqlite")
        assert "kan niet geschreven worden" in error.message
        assert list(folder.iterdir()) == []


def test_automatic_backup_into_read_only_backups_folder(store: SchoolStore) -> None:
    folder = database.backup_dir(store.path)
    folder.mkdir()
    before = rows(store.path)
    with read_only(folder), pytest.raises(BackupError) as caught:
        store.backup()
    assert_dutch(caught.value)
    assert list(folder.iterdir()) == []
    assert rows(store.path) == before


def test_backup_to_a_full_disk_leaves_no_half_file(store: SchoolStore, tmp_path: Path) -> None:
    assert Path(store.backup()).stat().st_size > 300 * 1024  # bigger than the disk below
    with small_disk(tmp_path / "stick", 256) as disk:
        error = _assert_backup_refused(store, disk / "kopie.sqlite")
        assert "vol" in error.message
        assert list(disk.iterdir()) == []
    store.add_note(jerome(store), "Na de volle schijf", NoteCategory.WORK)


def test_backup_timestamps_are_utc_and_listed_newest_first(store: SchoolStore) -> None:
    start = datetime.now(UTC)
    infos = [database.make_backup(store.path, "handmatig") for _ in range(3)]
    listed = database.list_backups(store.path)
    assert [b.path for b in listed] == [i.path for i in reversed(infos)]
    assert all(start - timedelta(seconds=1) <= b.made_at <= datetime.now(UTC) for b in listed)


def test_a_failing_daily_backup_does_not_stop_the_teacher(tmp_path: Path) -> None:
    """No room for the daily backup: the store still opens, with a warning to show."""
    path = tmp_path / "school.sqlite"
    SchoolStore.open(path).close()
    database.backup_dir(path).write_text("geen map", encoding="utf-8")
    with SchoolStore.open(path) as store:
        assert len(store.warnings) == 1 and "dagelijkse reservekopie" in store.warnings[0]
        store.create_school("De Werkplaats")
    with SchoolStore.open(path, auto_backup=False) as store:
        assert store.warnings == [] and store.school_name() == "De Werkplaats"
