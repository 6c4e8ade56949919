"""`jw-desktop overdracht`: the handover to the next school leaves only with the student's
consent for that school, and holds only the categories consented (model/consent.py)."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import Cli, ok

SCHOOL = "Mbo College Westland"


def test_handover_with_consent_holds_only_what_was_consented(cli: Cli, demo_db: Path) -> None:
    # Sem's mother consented (he is under 16): progress and portfolio, not hours or notes
    doc = json.loads(ok(cli("overdracht", "Sem Jansen", "--school", SCHOOL, "--db", demo_db)))
    assert doc["leerling"] == "Sem Jansen" and doc["voor"] == SCHOOL
    assert doc["uitstroomprofiel"] == "arbeidsmarkt" and doc["mbo-school"] == SCHOOL
    assert "voortgang" in doc and "portfolio" in doc
    assert "uren" not in doc and "werknotities" not in doc
    assert set(doc["weggelaten"]) == {"uren", "werknotities"}


def test_handover_without_consent_is_refused(cli: Cli, demo_db: Path) -> None:
    result = cli("overdracht", "Jerome Tromp", "--school", SCHOOL, "--db", demo_db)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith(f"fout: Overdracht aan {SCHOOL} geweigerd: geen toestemming")
    other = cli("overdracht", "Sem Jansen", "--school", "Een ander ROC", "--db", demo_db)
    assert other.returncode != 0 and "geweigerd" in other.stderr
