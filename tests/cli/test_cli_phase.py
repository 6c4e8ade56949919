"""`jw-desktop phase`: a student's phase with what it is for and its history, and the
change by the recorded action (a reason required), the same rules as the window."""

from __future__ import annotations

from pathlib import Path

from test_cli import Cli, failed, ok

from jw_desktop.model import SchoolStore


def test_the_phase_its_meaning_and_history(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("phase", "Jerome Tromp", "--db", demo_db))
    assert "Jerome Tromp: Fase 4: vierde leerjaar (in de praktijk, op de werkplek)" in out
    assert "• Ik oefen mijn vaardigheden in de praktijk" in out
    assert "Fase 3 -> 4 op 02-02-2026: stage gestart bij De Groene Hoek, door Murat Demir" in out


def test_a_phase_change_by_the_cli_is_recorded(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("phase", "Jerome Tromp", "5", "--reden", "tweede stagejaar", "--db", demo_db))
    assert "Jerome Tromp is nu in fase 5." in out
    assert "Fase 4 -> 5 op " in out and ": tweede stagejaar" in out
    with SchoolStore.open(demo_db, create=False, auto_backup=False) as store:
        (jerome,) = store.find_students("Jerome Tromp")
        assert jerome.phase == 5 and len(store.phase_history(jerome.id)) == 3


def test_a_phase_change_without_a_reason_or_out_of_range_is_refused(
    cli: Cli, demo_db: Path
) -> None:
    failed(cli("phase", "Jerome Tromp", "5", "--db", demo_db), 2, "--reden")
    result = cli("phase", "Jerome Tromp", "7", "--reden", "x", "--db", demo_db)
    assert result.returncode != 0 and "1 tot en met 6" in result.stderr
    same = cli("phase", "Jerome Tromp", "4", "--reden", "zelfde", "--db", demo_db)
    failed(same, 2, "al in fase 4")
    with SchoolStore.open(demo_db, create=False, auto_backup=False) as store:
        (jerome,) = store.find_students("Jerome Tromp")
        assert jerome.phase == 4 and len(store.phase_history(jerome.id)) == 2
