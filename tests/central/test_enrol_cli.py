"""The admin's and the laptop's commands for enrolment over the network, each run as a
fresh process against a real server process and real store files: `sync aanmelden
--server`, `central aanmeldingen / goedkeuren / afwijzen / status`, `sync inschrijven
--server`."""

from __future__ import annotations

import re
from pathlib import Path

from cli_process import run_cli
from served import serving

from jw_desktop.model import SchoolStore


def test_an_admin_enrolls_a_laptop_over_the_network(
    central_file: Path, laptop: SchoolStore, tmp_path: Path
) -> None:
    laptop.close()
    lap = ["--db", str(laptop.path)]
    cen = ["--db", str(central_file)]
    with serving(central_file) as url:
        sent = run_cli("sync", "aanmelden", "--server", url, "--name", "Laptop Anne", *lap)
        assert sent.returncode == 0, sent.stderr
        fingerprint = re.search(r"vingerafdruk ([0-9A-F ]{19})", sent.stdout)
        assert fingerprint is not None
        early = run_cli("sync", "inschrijven", "--server", url, *lap)
        assert early.returncode == 33 and "nog niet goedgekeurd" in early.stdout
    listed = run_cli("central", "aanmeldingen", *cen)
    assert listed.returncode == 0 and fingerprint.group(1) in listed.stdout
    aanmelding_id = listed.stdout.split()[0]
    status = run_cli("central", "status", *cen)
    assert "Wachtende aanmeldingen: 1" in status.stdout and "Laptop Anne" in status.stdout
    unknown = run_cli("central", "goedkeuren", "0" * 16, "--role", "docent", *cen)
    assert unknown.returncode != 0 and "Er wacht geen aanmelding" in unknown.stderr
    approved = run_cli("central", "goedkeuren", aanmelding_id, "--role", "docent", *cen)
    assert approved.returncode == 0, approved.stderr
    assert "Er wachten geen aanmeldingen." in run_cli("central", "aanmeldingen", *cen).stdout
    with serving(central_file) as url:
        joined = run_cli("sync", "inschrijven", "--server", url, *lap)
    assert joined.returncode == 0, joined.stderr
    assert "Ingeschreven bij centrale" in joined.stdout
    status = run_cli("central", "status", *cen)
    assert "Apparaten: 1" in status.stdout and "nog nooit" in status.stdout


def test_a_rejected_aanmelding_and_an_unreachable_server_are_dutch_sentences(
    central_file: Path, laptop: SchoolStore
) -> None:
    laptop.close()
    lap = ["--db", str(laptop.path)]
    cen = ["--db", str(central_file)]
    offline = run_cli("sync", "aanmelden", "--server", "http://127.0.0.1:9", *lap)
    assert offline.returncode != 0 and "niet bereikbaar" in offline.stderr
    with serving(central_file) as url:
        assert run_cli("sync", "aanmelden", "--server", url, *lap).returncode == 0
    aanmelding_id = run_cli("central", "aanmeldingen", *cen).stdout.split()[0]
    rejected = run_cli("central", "afwijzen", aanmelding_id, *cen)
    assert rejected.returncode == 0 and "afgewezen" in rejected.stdout
    with serving(central_file) as url:
        refused = run_cli("sync", "inschrijven", "--server", url, *lap)
    assert refused.returncode != 0 and "afgewezen" in refused.stderr
