"""`jw-desktop central enroll` refuses what cannot be enrolled, with the same Dutch message
as the window (the rule is sync.session.check_request) and nothing written: the central's
own aanmeldbestand, a device that is already enrolled, a jobcoach device without its
jobcoach, a file that is no aanmeldbestand, a device name that is empty or too long."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from jw_desktop.model import SchoolStore
from jw_desktop.sync import session

COACH = "r.verbeek@example.nl"
Result = subprocess.CompletedProcess[str]
Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py


def refused(result: Result, *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("fout: "), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def enrolled(db: Path) -> list[str]:
    with SchoolStore.open(db, create=False, auto_backup=False) as store:
        return [d.name for d in session.enrolled_devices(store)]


def test_impossible_enrolments_are_refused_and_change_nothing(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    own = tmp_path / "eigen.json"
    made = cli("sync", "aanmelden", "--db", demo_db, "--name", "Centrale", "--out", own)
    assert made.returncode == 0, made.stderr
    out = cli("central", "enroll", own, "--role", "docent", "--db", demo_db)
    refused(out, "aanmeldbestand van deze computer zelf")
    assert enrolled(demo_db) == []

    broken = tmp_path / "kapot.json"
    broken.write_text("{niet af", encoding="utf-8")
    refused(
        cli("central", "enroll", broken, "--role", "docent", "--db", demo_db),
        "kapot.json is geen leesbaar aanmeldbestand",
    )
    other = tmp_path / "ander.json"
    other.write_text(json.dumps({"type": "jw-inschrijving"}), encoding="utf-8")
    refused(
        cli("central", "enroll", other, "--role", "docent", "--db", demo_db),
        "geen aanmeldbestand van jw-desktop",
    )

    laptop = tmp_path / "laptop.sqlite"
    request = tmp_path / "aanmelding.json"
    made = cli("sync", "aanmelden", "--db", laptop, "--name", "Laptop Ruud", "--out", request)
    assert made.returncode == 0, made.stderr
    refused(
        cli("central", "enroll", request, "--role", "jobcoach", "--db", demo_db),
        "hoort bij één jobcoach",
        "--staff",
    )
    assert enrolled(demo_db) == []
    first = cli(
        "central", "enroll", request, "--role", "jobcoach", "--staff", COACH,
        "--out", tmp_path / "inschrijving.json", "--db", demo_db,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = cli(
        "central", "enroll", request, "--role", "docent", "--out", tmp_path / "twee.json",
        "--db", demo_db,
    )  # fmt: skip
    refused(again, "'Laptop Ruud' is al ingeschreven (als jobcoach)", "Trek het apparaat")
    assert enrolled(demo_db) == ["Laptop Ruud"] and not (tmp_path / "twee.json").exists()


def test_a_device_name_must_be_short(cli: Cli, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.sqlite"
    out = tmp_path / "aanmelding.json"
    refused(
        cli("sync", "aanmelden", "--db", laptop, "--name", "x" * 61, "--out", out),
        "te lang (61 tekens)",
    )
    refused(cli("sync", "aanmelden", "--db", laptop, "--name", "   ", "--out", out), "naam")
    assert not out.exists()
