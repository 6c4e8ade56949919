"""`jw-desktop export` (alias `exporteren`) writes the CSV files of reports/exports.py, for
the school or one group, and refuses an unknown group or a place it cannot write with a
Dutch message and no traceback, leaving nothing behind."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from test_cli import Cli, digest, failed, ok

from jw_desktop.model import SchoolStore
from jw_desktop.reports.exports import hours_csv, progress_csv


def rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_export_progress_is_the_library_csv(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "voortgang.csv"
    out = ok(cli("export", "voortgang", "--to", target, "--db", demo_db))
    with SchoolStore.open(demo_db, auto_backup=False) as store:
        expected = progress_csv(store)
        students = len(store.students())
    assert target.read_bytes() == expected
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert f"Voortgang ({students} leerlingen) geschreven naar {target}." in out
    assert len(rows(target)) == students


def test_exporteren_uren_for_one_group_with_the_dutch_options(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "uren.csv"
    out = ok(cli("exporteren", "uren", "--groep", "vso 4a", "--uit", target, "--db", demo_db))
    with SchoolStore.open(demo_db, auto_backup=False) as store:
        group = next(g for g, name in store.groups() if name == "VSO 4A")
        assert target.read_bytes() == hours_csv(store, group)
    found = rows(target)
    assert found and {r["Groep"] for r in found} == {"VSO 4A"}
    assert f"Stage-uren ({len(found)} stages) geschreven naar" in out
    kevin = [r for r in found if r["Leerling"] == "Kevin Tjon A Fong"]
    assert [r["Afgelopen op"] for r in kevin] == ["23-01-2026", ""]


def test_export_to_standard_output(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("export", "uren", "--group", "PrO 2A", "--to", "-", "--db", demo_db))
    assert out.startswith("\ufeffLeerling;Groep;Leerbedrijf;")


def test_an_unknown_or_unclear_group_is_refused(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    result = cli("export", "voortgang", "--groep", "4Z", "--to", target, "--db", demo_db)
    failed(result, 3, "Er is geen groep '4Z'", "VSO 4A")
    result = cli("export", "voortgang", "--groep", "PrO", "--to", target, "--db", demo_db)
    failed(result, 3, "Meerdere groepen beginnen met 'PrO'", "PrO 2A")
    assert not target.exists()


def test_a_place_it_cannot_write_is_refused_and_nothing_is_left(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "gewoon-bestand"
    a_file.write_text("x")
    failed(cli("export", "uren", "--to", a_file / "uren.csv", "--db", demo_db), 2, "bestaat niet")
    failed(cli("export", "uren", "--to", tmp_path, "--db", demo_db), 2, "is een map")
    before = digest(demo_db)
    failed(cli("export", "uren", "--to", demo_db, "--db", demo_db), 2, "de database zelf")
    assert digest(demo_db) == before
    too_long = tmp_path / ("u" * 300 + ".csv")
    failed(cli("export", "uren", "--to", too_long, "--db", demo_db), 2, "de naam is te lang")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["gewoon-bestand", demo_db.name, *[p.name for p in tmp_path.glob("demo.sqlite-*")]]
    )


def test_export_needs_a_target_and_a_kind(cli: Cli, demo_db: Path) -> None:
    result = cli("export", "voortgang", "--db", demo_db)
    assert result.returncode == 2 and "deze argumenten ontbreken: --to" in result.stderr
    result = cli("export", "cijfers", "--to", "x.csv", "--db", demo_db)
    assert result.returncode == 2 and "ongeldige keuze: 'cijfers'" in result.stderr
