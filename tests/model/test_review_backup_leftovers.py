"""Review finding (issue 13 integration): a daily backup killed after it saved the old
pages (the delta's temporary file, before it is named the journal) leaves those pages
in the backups folder; a purge (SchoolStore.forget) must not leave them there."""

from __future__ import annotations

import os
import sqlite3

import pytest
from factories import TODAY

from jw_desktop.model import NoteCategory, SchoolStore, database


def test_a_purge_reaches_the_old_pages_a_killed_daily_backup_left(
    store: SchoolStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, student = store.path, store.students_by_key["jerome"]  # type: ignore[attr-defined]
    secret = "Zorgoverleg met de moeder van Jerome"
    store.add_note(student, secret, NoteCategory.CARE)
    store.close()
    database.make_backup(path, "dagelijks")  # the rolling copy, with the note
    con = sqlite3.connect(path)  # gone from the store, as a sync's purge leaves it
    partition = con.execute("SELECT partition FROM note WHERE text = ?", (secret,)).fetchone()[0]
    con.execute("PRAGMA secure_delete = ON")
    con.execute("DELETE FROM note WHERE text = ?", (secret,))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    real = os.replace

    def killed(src: object, dst: object) -> None:
        if str(dst).endswith(database.JOURNAL_SUFFIX):
            raise KeyboardInterrupt  # the process dies here: the .tmp was fsynced
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        database.make_backup(path, "dagelijks")
    monkeypatch.setattr(database.os, "replace", real)
    folder = database.backup_dir(path)
    left = [n for n in os.listdir(folder) if secret.encode() in (folder / n).read_bytes()]
    assert left  # the rolling copy and the killed backup's old pages
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as s:
        s.forget([partition])
    left = [n for n in os.listdir(folder) if secret.encode() in (folder / n).read_bytes()]
    assert left == [], left
