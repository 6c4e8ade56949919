"""jw-desktop on the command line, run as a subprocess the way an admin or a script runs it.

Every run asserts that no traceback is shown (see conftest.run_cli). User errors end with
'fout: <Dutch message>' on stderr and the error's exit code; the database is left as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest
from factories import TODAY

from jw_desktop import paths
from jw_desktop.model import Level, NoteCategory, SchoolStore
from jw_desktop.model.database import HEAD_REVISION, list_backups

Result = subprocess.CompletedProcess[str]
Cli = Callable[..., Result]  # the `cli` fixture: run jw-desktop with these arguments


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(db: Path) -> dict[str, int]:
    with SchoolStore.open(db, create=False, auto_backup=False) as store:
        return store.info().counts


def failed(result: Result, code: int, *phrases: str) -> None:
    """A clear Dutch refusal: the exit code, 'fout:' and the phrases on stderr."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stderr.startswith("fout: "), result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


def ok(result: Result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


# -- paths --------------------------------------------------------------------------------


def test_data_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elders"))
    assert paths.data_dir() == tmp_path / "elders"
    assert paths.default_db_path() == tmp_path / "elders" / "jw-desktop.sqlite"
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    expected = Path(platformdirs.user_data_dir("jw-desktop", "JongelerenEnWerken"))
    assert paths.data_dir() == expected
    assert not (tmp_path / "elders").exists()


# -- demo and info ------------------------------------------------------------------------


def test_demo_then_info(demo_run: tuple[Path, Result], demo_db: Path, cli: Cli) -> None:
    _, demo = demo_run
    assert "Demoschool gemaakt" in ok(demo)
    expected = counts(demo_db)
    assert expected["leerlingen"] > 0 and expected["kaarten"] > 0
    assert "leerlingen" in demo.stdout

    text = ok(cli("info", "--db", demo_db))
    assert str(demo_db) in text and HEAD_REVISION in text
    lines = {line.split()[0]: line.split()[-1] for line in text.splitlines() if line.strip()}
    assert lines["leerlingen"] == str(expected["leerlingen"])
    assert lines["kaarten"] == str(expected["kaarten"])

    data = json.loads(ok(cli("info", "--json", "--db", demo_db)))
    assert data["revision"] == HEAD_REVISION
    assert data["counts"] == expected
    assert data["database"] == str(demo_db)
    assert data["backups_folder"] == str(demo_db.parent / "backups")
    assert data["backups"] == []


def test_demo_twice_refuses_and_changes_nothing(demo_db: Path, cli: Cli) -> None:
    before = digest(demo_db)
    failed(cli("demo", "--db", demo_db), 2, "al een database", "niets veranderd")
    assert digest(demo_db) == before


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["hygiene", "HYGIËNE"])
def test_search_ignores_accents_and_case(demo_db: Path, cli: Cli, word: str) -> None:
    assert "Hygiëne in de keuken" in ok(cli("search", word, "--db", demo_db))


def test_search_small_catalogue_with_filters(small_db: Path, cli: Cli) -> None:
    assert "HO-IK-1" in ok(cli("search", "CAFE", "--db", small_db))
    out = ok(cli("search", "--type", "werkopdracht", "--phase", "4", "--db", small_db))
    assert out.split() == [
        "GR-WO-1",
        "werkopdracht",
        "fase",
        "4",
        "Verzorg",
        "de",
        "planten",
        "op",
        "de",
        "afdeling",
    ]


def test_search_without_hits_is_not_an_error(small_db: Path, cli: Cli) -> None:
    assert ok(cli("search", "olifant", "--db", small_db)).strip() == "Geen kaarten gevonden."


# -- progress -----------------------------------------------------------------------------


def test_progress_of_jerome_in_the_demo_shows_what_to_practise(demo_db: Path, cli: Cli) -> None:
    out = ok(cli("progress", "Jerome", "--db", demo_db))
    assert out.startswith("Jerome ")
    for section in ("Voortgang per fase:", "Kwalificaties:", "Stage-uren:", "Nog te oefenen:"):
        assert section in out
    to_practise = out.split("Nog te oefenen:")[1].strip().splitlines()
    assert len(to_practise) >= 2  # a card, then at least one step or criterion
    assert any(line.strip().startswith(("stap", "criterium")) for line in to_practise)


def test_progress_of_unknown_student(small_db: Path, cli: Cli) -> None:
    result = cli("progress", "Zorro", "--db", small_db)
    failed(result, 3, "Zorro")
    assert result.stdout == ""


def test_progress_of_ambiguous_name_lists_the_candidates(small_db: Path, cli: Cli) -> None:
    failed(cli("progress", "an", "--db", small_db), 3, "Jerome Jansen", "Fatima El Amrani")


def test_progress_json_by_id(small_db: Path, cli: Cli) -> None:
    with SchoolStore.open(small_db, today=lambda: TODAY, auto_backup=False) as store:
        jerome = store.find_students("Jerome")[0]
        step = store.card(store.card_id("GR-IK-1")).elements[0]
        store.record_observation(jerome.id, step.id, Level.WITH_HELP)

    students = json.loads(ok(cli("students", "jerome", "--json", "--db", small_db)))
    assert [s["name"] for s in students] == ["Jerome Jansen"]

    report = json.loads(ok(cli("progress", students[0]["id"], "--json", "--db", small_db)))
    assert report["student"]["name"] == "Jerome Jansen"
    items = report["still_to_practise"]
    assert [i["card_code"] for i in items][:3] == ["GR-IK-1"] * 3
    assert items[0]["text"] == step.text and items[0]["level"] == "met hulp"
    assert items[1]["level"] is None
    assert report["hours"][0]["hours_required"] == 640


# -- backup and restore -------------------------------------------------------------------


def test_backup_then_restore_brings_back_the_old_state(small_db: Path, cli: Cli) -> None:
    made = Path(ok(cli("backup", "--db", small_db)).strip().split(": ", 1)[1])
    assert made.is_file() and made.parent == small_db.parent / "backups"
    assert made.name in ok(cli("restore", "--list", "--db", small_db))

    with SchoolStore.open(small_db, today=lambda: TODAY, auto_backup=False) as store:
        jerome = store.find_students("Jerome")[0]
        store.add_note(jerome.id, "Goed gesprek op de werkplek", NoteCategory.WORK)
    assert counts(small_db)["notities"] == 1

    out = ok(cli("restore", made, "--yes", "--db", small_db))
    assert counts(small_db)["notities"] == 0
    safety = [b for b in list_backups(small_db) if b.reason == "voor-herstel"]
    assert len(safety) == 1 and str(safety[0].path) in out
    assert counts(safety[0].path)["notities"] == 1


def test_restore_without_yes_and_without_terminal_refuses(
    small_db: Path, small_template: Path, tmp_path: Path, cli: Cli
) -> None:
    backup = shutil.copyfile(small_template, tmp_path / "kopie.sqlite")
    before = digest(small_db)
    failed(cli("restore", backup, "--db", small_db), 2, "--yes", "niets veranderd")
    assert digest(small_db) == before
    assert list_backups(small_db) == []


def test_restore_of_a_garbage_file_refuses(small_db: Path, tmp_path: Path, cli: Cli) -> None:
    garbage = tmp_path / "kopie.sqlite"
    garbage.write_bytes(b"dit is geen database\n" * 100)
    before = digest(small_db)
    result = cli("restore", garbage, "--yes", "--db", small_db)
    assert result.returncode != 0
    failed(result, result.returncode, "geen bruikbare reservekopie", "niets veranderd")
    assert digest(small_db) == before
    assert list_backups(small_db) == []


def test_backup_never_overwrites_a_file(small_db: Path, tmp_path: Path, cli: Cli) -> None:
    existing = tmp_path / "al-daar.sqlite"
    existing.write_text("belangrijk")
    failed(cli("backup", "--to", existing, "--db", small_db), 2, "bestaat al")
    assert existing.read_text() == "belangrijk"


# -- check --------------------------------------------------------------------------------


def test_check_a_sound_database(small_db: Path, cli: Cli) -> None:
    assert "in orde" in ok(cli("check", "--db", small_db))


def test_check_a_corrupted_copy(small_db: Path, cli: Cli) -> None:
    data = bytearray(small_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    for n in range(pages // 3, 2 * pages // 3):
        data[n * page : (n + 1) * page] = b"\xde\xad\xbe\xef" * (page // 4)
    small_db.write_bytes(bytes(data))
    failed(cli("check", "--db", small_db), 12, "beschadigd", "restore")


# -- a missing or locked database ---------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["info"], ["check"], ["backup"], ["progress", "Jerome"], ["students"]]
)
def test_commands_on_a_missing_database_create_nothing(
    tmp_path: Path, cli: Cli, command: list[str]
) -> None:
    db = tmp_path / "nergens" / "school.sqlite"
    failed(cli(*command, "--db", db), 3, f"Er staat geen database op {db}", "jw-desktop demo")
    assert list(tmp_path.iterdir()) == []


def test_default_database_lives_in_the_data_folder(
    tmp_path: Path, data_dir: Path, cli: Cli
) -> None:
    failed(cli("info"), 3, str(data_dir / "jw-desktop.sqlite"))
    assert list(tmp_path.iterdir()) == []


def test_locked_database(small_db: Path, cli: Cli) -> None:
    with SchoolStore.open(small_db, auto_backup=False):
        failed(cli("info", "--db", small_db), 11, "al geopend")


# -- usage --------------------------------------------------------------------------------


def test_without_a_command_help_is_shown(cli: Cli) -> None:
    result = cli()
    assert result.returncode == 2
    assert "gebruik: jw-desktop" in result.stderr and "progress" in result.stderr


def test_bad_argument_is_explained_in_dutch(small_db: Path, cli: Cli) -> None:
    result = cli("search", "--phase", "9", "--db", small_db)
    assert result.returncode == 2
    assert "fout: argument --phase: fase moet 1 tot en met 6 zijn" in result.stderr
