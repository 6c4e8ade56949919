"""`jw-desktop dekking` as a subprocess: the demo's gaps per dossier, kerndoelen and
werknemersvaardigheden; only the gaps; one student's route; JSON; the catalogue search by
a competence of one dossier; a bad student name refused with nothing changed."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from jw_desktop.demo import content

Result = subprocess.CompletedProcess[str]
Cli = Callable[..., Result]


def ok(result: Result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def test_dekking_shows_the_gaps_of_the_demo(demo_db: Path, cli: Cli) -> None:
    out = ok(cli("dekking", "--db", demo_db))
    assert out.startswith(
        f"Dekking: kaarten in de catalogus en de routes van {len(content.STUDENTS)} leerlingen."
    )
    for title in (
        "Assistent medewerker groen (Entree) (crebo 98101)",
        "Assistent logistiek medewerker (Entree) (crebo 98103)",
        "Kerndoelen",
        "Werknemersvaardigheden (MKB)",
    ):
        assert f"\n{title}\n" in out
    lines = out.splitlines()
    gap = next(line for line in lines if "98101/P1-K1-W1" in line)
    assert "[profieldeel Tuincentrum]" in gap and gap.endswith("<- geen kaart, in geen route")
    both = [line for line in lines if line.strip().split(" ")[0].endswith("/B1-K1-W1")]
    assert len(both) == 2 and all("[basisdeel]" in line for line in both)
    assert "bron: MKB goed werknemerschap" in out


def test_only_gaps_for_one_student_and_as_json(demo_db: Path, cli: Cli) -> None:
    out = ok(cli("dekking", "--gaten", "--leerling", "Jerome", "--db", demo_db))
    assert out.startswith("Dekking: kaarten in de catalogus en de route van Jerome Tromp.")
    assert "98103/B1-K1-W1" in out  # logistiek: not in his planten route
    assert "98101/B1-K1-W2" not in out  # covered by his route: no gap, not listed
    data = json.loads(ok(cli("dekking", "--json", "--db", demo_db)))
    rows = {r["ref"]: r for s in data["sections"] for r in s["rows"]}
    assert rows["98101/P1-K1-W1"]["cards"] == 0 and rows["98101/P1-K1-W1"]["part"] == "profieldeel"
    assert rows["GW01"]["links"][0]["source"].startswith("MKB goed werknemerschap")


def test_search_by_a_competence_of_one_dossier(demo_db: Path, cli: Cli) -> None:
    groen = ok(cli("search", "--competence", "98101/B1-K1-W1", "--db", demo_db)).split()
    logistiek = ok(cli("search", "--competence", "98103/B1-K1-W1", "--db", demo_db)).split()
    assert "GRN-WO-02" in groen and "LOG-WO-01" not in groen
    assert "LOG-WO-01" in logistiek and "GRN-WO-02" not in logistiek


def test_an_unknown_student_is_refused_and_nothing_changes(demo_db: Path, cli: Cli) -> None:
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    result = cli("dekking", "--leerling", "Niemand", "--db", demo_db)
    assert result.returncode != 0 and result.stderr.startswith("fout: Geen leerling gevonden")
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
