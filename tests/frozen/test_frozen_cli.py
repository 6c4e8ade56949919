"""The frozen console program: help, demo, info, a PDF that verifies, and a folder sync
round between a central and an enrolled laptop (README's commands), each a real process."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import EXE, run_program


def cli(bundle: Path, tmp_path: Path, *args: str | Path) -> str:
    done = run_program(bundle / f"jw-desktop{EXE}", *args, data_dir=tmp_path / "data")
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def test_help_demo_and_info(bundle: Path, tmp_path: Path) -> None:
    out = cli(bundle, tmp_path, "--help")
    assert "gebruik: jw-desktop" in out and "demo" in out and "sync" in out
    out = cli(bundle, tmp_path, "demo")
    assert "Demoschool gemaakt in" in out and "leerlingen" in out
    out = cli(bundle, tmp_path, "info")
    # the migrations ran from the bundle's files: the newest revision is the schema's
    newest = sorted(p.stem for p in (Path(__file__).parents[2] / "jw_desktop" / "model"
                                     / "migrations" / "versions").glob("0*.py"))[-1]  # fmt: skip
    assert f"Schemaversie:       {newest}" in out
    assert str(tmp_path / "data" / "jw-desktop.sqlite") in out


def test_a_certificate_pdf_that_verifies(bundle: Path, tmp_path: Path) -> None:
    cli(bundle, tmp_path, "demo")
    pdf = tmp_path / "certificaat.pdf"
    cli(bundle, tmp_path, "pdf", "certificaat", "--leerling", "Lisa",
        "--kwalificatie", "pb-planten-verzorgen", "--uit", pdf)  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    out = cli(bundle, tmp_path, "verify", pdf)
    assert out.startswith("Geldig: ") and "Lisa Vermeulen" in out
    report = tmp_path / "voortgang.pdf"
    cli(bundle, tmp_path, "pdf", "voortgang", "--leerling", "Jerome", "--uit", report)
    assert report.read_bytes().startswith(b"%PDF")


def numbers(line: str) -> dict[str, int]:
    parts = (part.partition(": ") for part in line.strip().split(", "))
    return {key: int(value) for key, _, value in parts if value.isdigit()}


def test_a_folder_sync_round(bundle: Path, tmp_path: Path) -> None:
    central, laptop = tmp_path / "centrale.sqlite", tmp_path / "laptop.sqlite"
    stick = tmp_path / "stick"
    stick.mkdir()
    cli(bundle, tmp_path, "demo", "--db", central)
    assert "vingerafdruk" in cli(bundle, tmp_path, "central", "init", "--db", central)
    request, enrolment = tmp_path / "aanmelding.json", tmp_path / "inschrijving.json"
    cli(bundle, tmp_path, "sync", "aanmelden", "--db", laptop, "--name", "Laptop Ruud",
        "--out", request)  # fmt: skip
    device = json.loads(request.read_text(encoding="utf-8"))["device"]["device_id"]
    out = cli(bundle, tmp_path, "central", "enroll", request, "--role", "jobcoach",
              "--staff", "r.verbeek@example.nl", "--out", enrolment, "--db", central)  # fmt: skip
    assert f"Apparaat {device} ingeschreven als jobcoach." in out
    assert "Ingeschreven bij centrale" in cli(
        bundle, tmp_path, "sync", "inschrijven", enrolment, "--db", laptop
    )
    cli(bundle, tmp_path, "sync", "--folder", stick, "--db", laptop)
    sent = numbers(cli(bundle, tmp_path, "central", "sync", "--folder", stick, "--db", central))
    assert sent["verstuurd"] > 0
    got = cli(bundle, tmp_path, "sync", "--folder", stick, "--db", laptop)
    assert numbers(got)["ontvangen"] == sent["verstuurd"] and "gelijk met de centrale" in got
    # the jobcoach's laptop now holds the students of the central
    assert "Jerome Tromp" in cli(bundle, tmp_path, "students", "--db", laptop)
