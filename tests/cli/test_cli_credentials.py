"""`jw-desktop assessments` and `jw-desktop issue` in a subprocess: a credential is
issued only on assessment, by whom may issue it (model/issuing.py), and `progress` says
what is missing in the same words."""

from __future__ import annotations

from pathlib import Path

from factories import assess
from test_cli import Cli, failed, ok

from jw_desktop.model import SchoolStore


def test_progress_and_assessments_of_the_demo(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("progress", "Jerome Tromp", "--db", demo_db))
    line = next(x for x in out.splitlines() if "(praktijkbewijs)" in x)
    assert "nog niet behaald bij een beoordeling" in line and "B1-K1-W2" in line
    out = ok(cli("assessments", "Jerome Tromp", "--db", demo_db))
    assert "gepland" in out and "niet behaald:" in out and "Henk Zwart" in out
    out = ok(cli("progress", "Rayan Haddou", "--db", demo_db))
    assert "Branchecertificaat Orderpicker (branchecertificaat): behaald" in out


def test_a_diplomas_exam_parts_are_recorded_and_counted(cli: Cli, demo_db: Path) -> None:
    out = ok(cli("progress", "Mila Schouten", "--db", demo_db))
    line = next(x for x in out.splitlines() if "(mbo-diploma)" in x)
    assert "examenonderdelen nog niet behaald: Loopbaan en burgerschap; Keuzedeel" in line
    failed(
        cli("exam-part", "Mila", "mbo-entree-groen", "Loopbaan", "--db", demo_db),
        2,
        "mbo-school",
    )
    failed(cli("exam-part", "Mila", "mbo-entree-groen", "Frans", "--db", demo_db), 2, "Nederlands")
    args = ("exam-part", "Mila", "mbo-entree-groen", "Loopbaan", "--by", "Mbo College Westland")
    out = ok(cli(*args, "--db", demo_db))
    assert out.startswith("Loopbaan en burgerschap behaald op ")
    failed(cli(*args, "--db", demo_db), 2, "al behaald")
    out = ok(cli("progress", "Mila Schouten", "--db", demo_db))
    line = next(x for x in out.splitlines() if "(mbo-diploma)" in x)
    assert "examenonderdelen nog niet behaald: Keuzedeel Werken in het groen" in line


def test_issue_only_on_assessment_and_by_who_may(cli: Cli, small_db: Path) -> None:
    failed(
        cli("issue", "Jerome", "pb-planten", "--db", small_db),
        4,
        "nog niet in aanmerking",
        "beoordeling",
    )
    with SchoolStore.open(small_db, auto_backup=False) as store:
        (jerome,) = store.find_students("Jerome")
        assess(store, jerome.id, "pb-planten")
    out = ok(cli("issue", "Jerome", "pb-planten", "--db", small_db))
    assert "uitgereikt aan Jerome Jansen" in out and "door Praktijkschool Test" in out
    failed(cli("issue", "Jerome", "pb-planten", "--db", small_db), 2, "al")
    failed(cli("issue", "Jerome", "pv-groen", "--db", small_db), 2, "mbo-school")
    out = ok(
        cli(
            "issue",
            "Jerome",
            "pv-groen",
            "--by",
            "Mbo College Delft",
            "--number",
            "PV-7",
            "--db",
            small_db,
        )
    )
    assert "vastgelegd als uitgereikt" in out and "Mbo College Delft (nummer PV-7)" in out
    failed(cli("issue", "Jerome", "geen-sleutel", "--db", small_db), 3, "geen-sleutel")
    failed(cli("issue", "Fatima", "pb-planten", "--on", "gisteren", "--db", small_db), 2, "datum")
