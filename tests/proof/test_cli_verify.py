"""`jw-desktop verify` (alias `controleer`) and `jw-desktop trust-list` (alias
`vertrouwenslijst`) as an employer and an admin run them: a subprocess, one Dutch line,
exit 0 only for a valid credential."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from helpers import issue_jerome
from sitekit import Site

from jw_desktop import proof
from jw_desktop.cli_proof import EXIT_CODES
from jw_desktop.proof.verify import Outcome


def run(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JW_DESKTOP_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    return lines[0]


def test_an_employer_checks_a_certificate_with_the_schools_trust_list(
    site: Site, other_school: Any, tmp_path: Path
) -> None:
    p = proof.for_issued(site.central, issue_jerome(site.central))
    stranger = proof.for_issued(other_school, issue_jerome(other_school))
    site.central.close()  # the admin's command line opens the central's database itself
    trust_list = tmp_path / "vertrouwd.json"
    made = run(
        tmp_path, "vertrouwenslijst", "--db", site.root / "central.sqlite", "--uit", trust_list
    )
    assert made.returncode == 0, made.stderr
    assert one_line(made).startswith("Vertrouwenslijst van Praktijkschool Test geschreven")
    assert json.loads(trust_list.read_text("utf-8"))["type"] == "jw-vertrouwde-uitgevers"

    files = {
        "qr.txt": p.qr_text + "\n",
        "credential.json": p.json_bytes.decode(),
        "credential.jwt": p.jwt,
        "veranderd.txt": p.qr_text[:-6]
        + ("AAAAAA" if not p.qr_text.endswith("AAAAAA") else "BBBBBB"),
        "andere-school.txt": stranger.qr_text,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in ("qr.txt", "credential.json", "credential.jwt"):
        result = run(tmp_path, "verify", tmp_path / name, "--vertrouw", trust_list)
        assert result.returncode == 0, (name, result.stdout, result.stderr)
        assert one_line(result) == (
            "Geldig: Praktijkbewijs planten voor Jerome Jansen, uitgegeven door "
            "Praktijkschool Test op 20-11-2026."
        )
    tampered = run(tmp_path, "controleer", tmp_path / "veranderd.txt", "--vertrouw", trust_list)
    assert tampered.returncode == EXIT_CODES[Outcome.TAMPERED] != 0
    assert one_line(tampered).startswith("Veranderd: ")
    unknown = run(tmp_path, "verify", tmp_path / "andere-school.txt", "--vertrouw", trust_list)
    assert unknown.returncode == EXIT_CODES[Outcome.UNKNOWN_ISSUER] != 0
    assert one_line(unknown).startswith("Onbekende uitgever (")
    # on the school's own machine the database is the trust
    own = run(tmp_path, "verify", tmp_path / "qr.txt", "--db", site.root / "central.sqlite")
    assert own.returncode == 0 and one_line(own).startswith("Geldig: ")


def test_without_a_trust_list_or_a_database_verify_says_what_to_give(tmp_path: Path) -> None:
    (tmp_path / "qr.txt").write_text("JW1:ABC", encoding="utf-8")
    result = run(tmp_path, "verify", tmp_path / "qr.txt", "--db", tmp_path / "geen.sqlite")
    assert result.returncode != 0
    assert "--vertrouw" in result.stderr
    assert not (tmp_path / "geen.sqlite").exists()
    missing = run(tmp_path, "verify", tmp_path / "weg.pdf", "--vertrouw", tmp_path / "x.json")
    assert missing.returncode != 0 and "bestaat niet" in missing.stderr


def test_a_laptop_writes_no_trust_list(site: Site, tmp_path: Path) -> None:
    site.teacher.close()
    result = run(
        tmp_path, "trust-list", "--db", site.root / "teacher.sqlite", "--uit", tmp_path / "l.json"
    )
    assert result.returncode != 0
    assert "op de centrale" in result.stderr
    assert not (tmp_path / "l.json").exists()


def test_the_trust_list_to_a_folder_or_a_bad_name_is_told_in_dutch(
    site: Site, tmp_path: Path
) -> None:
    site.central.close()
    db = site.root / "central.sqlite"
    earlier = tmp_path / "vertrouwd.json"
    earlier.write_text("de lijst van gisteren", encoding="utf-8")
    for target, why in (
        (tmp_path, "dat is een map"),
        (tmp_path / "geen-map" / "vertrouwd.json", "die map bestaat niet"),
        (tmp_path / ("v" * 300 + ".json"), "de naam is te lang"),
    ):
        result = run(tmp_path, "trust-list", "--db", db, "--uit", target)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert f"niet schrijven: {why}" in result.stderr, result.stderr
    assert earlier.read_text("utf-8") == "de lijst van gisteren"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
