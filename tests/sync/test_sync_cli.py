"""The admin's walkthrough on the command line, each step a real `python -m jw_desktop.cli`
subprocess: a central store from `demo`, a jobcoach laptop that asks to be enrolled, is
enrolled, syncs through a folder, and is revoked. Errors come as a Dutch 'fout:' line with
the error's exit code, never as a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cli_process import report_numbers
from sitekit import Site

from jw_desktop.demo import content
from jw_desktop.model import ItemStatus, NoteCategory, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.access import AccessDenied

Result = subprocess.CompletedProcess[str]
COACH_EMAIL = "r.verbeek@example.nl"


def run(data_dir: Path, *args: str | Path) -> Result:
    env = {**os.environ, "JW_DESKTOP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
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
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def ok(result: Result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stderr == ""
    return result.stdout


def fails(result: Result, code: int, *words: str) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert result.stderr.startswith("fout: "), result.stderr
    for word in words:
        assert word in result.stderr
    return result.stderr


def open_store(path: Path) -> SchoolStore:
    return SchoolStore.open(path, create=False, auto_backup=False)


@pytest.fixture(scope="module")
def demo_central(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "centrale.sqlite"
    ok(run(folder / "data", "demo", "--db", db))
    return db


def coached_by(key: str) -> set[str]:
    return {
        f"{s['first_name']} {s['last_name']}"
        for s in content.STUDENTS
        if s["placement"] is not None and s["placement"]["jobcoach"] == key
    }


def test_admin_walkthrough(demo_central: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    central = tmp_path / "centrale.sqlite"
    shutil.copyfile(demo_central, central)
    coach = tmp_path / "laptop-ruud.sqlite"
    box = tmp_path / "stick"
    box.mkdir()

    def cli(*args: str | Path) -> Result:
        return run(data, *args)

    out = ok(cli("central", "init", "--db", central))
    assert out.startswith("Centrale ") and "vingerafdruk" in out

    # The laptop asks to be enrolled; until then it cannot sync.
    request = tmp_path / "aanmelding.json"
    out = ok(cli("sync", "aanmelden", "--db", coach, "--name", "Laptop Ruud", "--out", request))
    assert "Apparaat " in out and "vingerafdruk" in out
    device = json.loads(request.read_text(encoding="utf-8"))["device"]["device_id"]
    fails(cli("sync", "--folder", box, "--db", coach), 31, "niet ingeschreven")

    # The admin enrolls it for the jobcoach Ruud Verbeek.
    enrolment = tmp_path / "inschrijving.json"
    out = ok(
        cli(
            "central", "enroll", request, "--role", "jobcoach", "--staff", COACH_EMAIL,
            "--out", enrolment, "--db", central,
        )
    )  # fmt: skip
    assert f"Apparaat {device} ingeschreven als jobcoach." in out

    # A tampered enrolment file is refused and changes nothing; the real one works.
    doc = json.loads(enrolment.read_text(encoding="utf-8"))
    doc["scope"]["role"] = "docent"
    tampered = tmp_path / "inschrijving-veranderd.json"
    tampered.write_text(json.dumps(doc), encoding="utf-8")
    fails(cli("sync", "inschrijven", tampered, "--db", coach), 2, "ondertekend")
    assert "Ingeschreven bij centrale" in ok(cli("sync", "inschrijven", enrolment, "--db", coach))

    # The first round: the laptop posts, the central answers, the laptop takes it in.
    first = ok(cli("sync", "--folder", box, "--db", coach)).strip()
    assert report_numbers(first) == {"verstuurd": 0, "ontvangen": 0, "conflicten": 0}
    answer = ok(cli("central", "sync", "--folder", box, "--db", central)).strip()
    sent = report_numbers(answer)["verstuurd"]
    assert sent > 0
    received = ok(cli("sync", "--folder", box, "--db", coach)).strip()
    assert report_numbers(received)["ontvangen"] == sent
    assert received.endswith("gelijk met de centrale")
    assert "geweigerd" not in received

    # The laptop holds Ruud's students and no one else.
    listed = ok(cli("students", "--db", coach)).splitlines()
    expected = coached_by("ruud")
    assert expected and len(listed) == len(expected), listed
    for name in expected:
        assert any(line.startswith(name + " ") for line in listed), (name, listed)
    others = {f"{s['first_name']} {s['last_name']}" for s in content.STUDENTS} - expected
    assert not any(name in line for name in others for line in listed)
    assert ok(cli("conflicts", "list", "--db", coach)).strip() == "Geen conflicten."

    # A jobcoach's laptop may record work, not change a route, also from its command
    # line; the note travels, the central's route edit comes back.
    with open_store(coach) as laptop:
        (jerome,) = laptop.find_students("Jerome")
        item = laptop.route(jerome.id).items[0]
        winning = next(s for s in ItemStatus if s != item.status)
        with pytest.raises(AccessDenied, match="jobcoach-laptop"):
            laptop.set_item_status(item.id, winning)
        note = laptop.add_note(jerome.id, "Vandaag zelfstandig gewerkt", NoteCategory.WORK)
    with open_store(central) as school:
        school.set_item_status(item.id, winning)
    assert report_numbers(ok(cli("sync", "--folder", box, "--db", coach)))["verstuurd"] >= 2
    meets = ok(cli("central", "sync", "--folder", box, "--db", central)).strip()
    assert report_numbers(meets)["conflicten"] == 0, meets
    back = ok(cli("sync", "--folder", box, "--db", coach)).strip()
    assert report_numbers(back)["ontvangen"] >= 1  # the route edit
    assert back.endswith("gelijk met de centrale")
    with open_store(coach) as laptop:
        assert laptop.route(jerome.id).items[0].status == winning
    assert ok(cli("conflicts", "list", "--db", coach)).strip() == "Geen conflicten."

    # The laptop is lost: the admin revokes it, and its next bundle is refused.
    devices = ok(cli("central", "devices", "--db", central))
    assert f"{device}  Laptop Ruud  jobcoach" in devices
    out = ok(cli("central", "revoke", device, "--db", central))
    assert "ingetrokken" in out
    ok(cli("sync", "--folder", box, "--db", coach))
    refused = cli("central", "sync", "--folder", box, "--db", central)
    assert refused.returncode == 1, (refused.stdout, refused.stderr)
    assert "geweigerd:" in refused.stdout and "ingetrokken" in refused.stdout
    with open_store(central) as school:
        assert school.route(jerome.id).items[0].status == winning  # not after the revoke
        assert note in {n.id for n in school.notes(jerome.id)}  # it came in before the revoke

    # A folder that is not there is a clear error, not a traceback.
    fails(
        cli("sync", "--folder", tmp_path / "does" / "not" / "exist", "--db", coach),
        3,
        "bestaat niet",
    )


def test_central_devices_lists_the_newest_refused_bundles(
    demo_central: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    central = tmp_path / "centrale.sqlite"
    shutil.copyfile(demo_central, central)
    before = ok(run(data, "central", "devices", "--db", central))
    assert "geweigerd" not in before  # none yet: nothing extra

    laptop, stranger = "cd" * 16, "ab" * 16
    with open_store(central) as school, school.db.writer.connect() as con, con.begin():
        rp.put_device(
            con, laptop, "Laptop Bas", b"\0" * 32, b"\0" * 32, {"role": "jobcoach"},
            "2026-11-30T09:00:00+00:00",
        )  # fmt: skip
        for n in range(24):
            rp.add_refusal(con, f"2026-12-01T10:{n:02}:00+00:00", stranger, "x.jwb", f"oud {n}")
        rp.add_refusal(
            con, "2026-12-02T11:30:00+00:00", laptop, "y.jwb",
            "Bundel van apparaat 'Laptop Bas' (jobcoach) geweigerd: het is ingetrokken.",
        )  # fmt: skip
    lines = ok(run(data, "central", "devices", "--db", central)).splitlines()
    devices, refused = lines[:-20], lines[-20:]  # the devices first, then the newest 20 of 25
    assert set(before.splitlines()) < set(devices)
    assert f"{laptop}  Laptop Bas  jobcoach" in devices
    assert all(line.startswith("geweigerd  ") for line in refused)
    assert not any(line.startswith("geweigerd") for line in devices)
    when = datetime.fromisoformat("2026-12-02T11:30:00+00:00").astimezone()
    assert refused[0] == (
        f"geweigerd  {when:%d-%m-%Y %H:%M}  Laptop Bas  "
        "Bundel van apparaat 'Laptop Bas' (jobcoach) geweigerd: het is ingetrokken."
    )
    assert refused[1].endswith("  abababab  oud 23") and refused[-1].endswith("  oud 5")


def test_teacher_lists_and_resolves_a_conflict_from_the_command_line(
    site: Site, tmp_path: Path
) -> None:
    """A teacher's laptop and the central edit the same route item; the teacher lists the
    conflict and keeps the losing value from the command line; it travels everywhere."""
    jerome = site.teacher.find_students("Jerome")[0].id
    item = site.teacher.route(jerome).items[0].id
    site.teacher.set_item_status(item, ItemStatus.IN_PROGRESS)
    site.central.set_item_status(item, ItemStatus.DONE)  # later: wins
    assert all(r.refused == [] for r in site.round() + site.round())
    teacher_db = site.root / "teacher.sqlite"
    site.teacher.close()
    (line,) = ok(run(tmp_path, "conflicts", "list", "--db", teacher_db)).splitlines()
    assert "route_item.status tegelijk bewerkt" in line
    assert "nu 'klaar'" in line and "verloren 'bezig'" in line
    conflict = line.split()[0]
    done = run(
        tmp_path, "conflicts", "resolve", conflict, "--keep", "verliezer", "--db", teacher_db
    )
    assert ok(done) == "Opgelost.\n"
    assert ok(run(tmp_path, "conflicts", "list", "--db", teacher_db)).strip() == "Geen conflicten."
    site.reopen("teacher")
    assert all(r.refused == [] for r in site.round() + site.round())
    for store in site.stores():
        assert store.route(jerome).items[0].status == ItemStatus.IN_PROGRESS
