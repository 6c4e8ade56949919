"""`jw-desktop progress` words progress the way the window does (model.progress): one rule
for a card being done, Dutch plurals, no '0 van 0', dates and hours the Dutch way."""

from __future__ import annotations

import re
from pathlib import Path

from test_cli import Cli, ok


def test_progress_lines_follow_the_one_rule_and_say_it_in_dutch(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("progress", "Jerome Tromp", "--db", demo_db))
    lines = [line.strip() for line in out.splitlines()]
    assert "Fase 3: 4 van 4 kaarten klaar" in lines  # leskaarten: nothing to observe
    assert "Fase 4: 11 van 11 kaarten klaar; 72 van 72 stappen en criteria zelfstandig" in lines
    assert "Fase 5: 0 van 1 kaart klaar; 8 van 10 stappen en criteria zelfstandig" in lines
    assert "0 van 0" not in out and "%" not in out
    assert "Tuincentrum De Groene Hoek (02-02-2026 t/m 29-01-2027): 512 van 640 uur" in lines


def test_a_card_with_every_criterion_mastered_is_done_in_the_cli(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("progress", "Lisa Vermeulen", "--db", demo_db))
    assert "Fase 5: 1 van 1 kaart klaar; 10 van 10 stappen en criteria zelfstandig" in out
    assert not re.search(r"\b1 (kaarten|criteria|leerlingen)\b", out)


def test_an_ended_placement_and_the_route_hours_in_the_cli(cli: Cli, demo_db: Path) -> None:
    """Kevin's ended oriëntatiestage keeps its hours, and his leerwerktraject counts them."""
    out = ok(cli("progress", "Kevin Tjon A Fong", "--db", demo_db))
    lines = [line.strip() for line in out.splitlines()]
    assert (
        "Tuincentrum De Groene Hoek (01-09-2025 t/m 30-01-2026, afgelopen op 23-01-2026): "
        "96 van 120 uur"
    ) in lines
    assert "Urennorm van de route:" in lines
    (total,) = [line for line in lines if line.startswith("over alle stages: ")]
    assert total.endswith("van 640 uur (320 per schooljaar, 2 schooljaren)")
    assert any(line.startswith("schooljaar 2025-2026: ") for line in lines)
