"""The REAL package (installer/build.py, then installer/linux/build_deb.py): installed by
dpkg into a fresh root, its frozen CLI runs demo, info and a folder sync, and its GUI
starts under a real X server (Xvfb) and paints a window that is not blank.

Skipped unless JW_FROZEN_DEB names the built .deb (COMMON contract 6; ./dev.sh build-test
builds it and runs these). The installed program runs from ROOT/opt/jw-desktop with the
host's system libraries (the package's Depends); HOME is ROOT/home/x, so the user's data
must land in ROOT/home/x/.local/share/jw-desktop and nowhere in the program folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_process import report_numbers

DEB = os.environ.get("JW_FROZEN_DEB", "")
MISSING = [tool for tool in ("dpkg", "Xvfb", "xdotool") if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.skipif(not DEB, reason="JW_FROZEN_DEB is not set (./dev.sh build-test)"),
    pytest.mark.skipif(bool(MISSING), reason=f"missing {', '.join(MISSING)}"),
]

Result = subprocess.CompletedProcess[str]
COACH_EMAIL = "r.verbeek@example.nl"
WAIT = 90.0  # seconds a start may take on a loaded CI machine before we give up waiting


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh root with an empty dpkg database, the package installed into it."""
    base = tmp_path_factory.mktemp("frozen-root")
    for sub in ("var/lib/dpkg/updates", "var/lib/dpkg/info", "var/lib/dpkg/triggers",
                "home/x"):
        (base / sub).mkdir(parents=True)
    (base / "var/lib/dpkg/status").write_text("", encoding="utf-8")
    done = subprocess.run(
        ["dpkg", f"--root={base}", "--force-depends", "--force-not-root",
         "--force-script-chrootless", "--log=/dev/null", "-i", DEB],
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (base / "opt/jw-desktop/jw-desktop").is_file()
    assert (base / "opt/jw-desktop/_internal").is_dir()
    return base


def user_env(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("JW_DESKTOP_", "XDG_", "PYTHON", "QT_", "VIRTUAL_ENV"))}
    env.update(HOME=str(root / "home/x"), LANG="nl_NL.UTF-8", PYTHONIOENCODING="utf-8")
    return env


def cli(root: Path, *args: str | Path) -> Result:
    result = subprocess.run(
        [str(root / "opt/jw-desktop/jw-desktop"), *map(str, args)],
        env=dict(user_env(root), QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def ok(result: Result) -> str:
    assert result.returncode == 0, (result.args, result.stdout, result.stderr)
    return result.stdout


def test_installed_cli_demo_and_info_keep_data_in_the_home_folder(root: Path) -> None:
    program = files_under(root / "opt/jw-desktop")
    ok(cli(root, "demo"))
    database = root / "home/x/.local/share/jw-desktop/jw-desktop.sqlite"
    assert database.is_file()
    facts = json.loads(ok(cli(root, "info", "--json")))
    assert facts["database"] == str(database)
    assert facts["counts"]["leerlingen"] > 0 and facts["counts"]["kaarten"] > 0
    assert facts["revision"]  # the migrations are in the bundle and ran
    assert files_under(root / "opt/jw-desktop") == program  # nothing written beside the app


def test_installed_cli_syncs_through_a_folder(root: Path, tmp_path: Path) -> None:
    central, laptop = tmp_path / "centrale.sqlite", tmp_path / "laptop.sqlite"
    box = tmp_path / "stick"
    box.mkdir()
    ok(cli(root, "demo", "--db", central))
    ok(cli(root, "central", "init", "--db", central))
    request, enrolment = tmp_path / "aanmelding.json", tmp_path / "inschrijving.json"
    ok(cli(root, "sync", "aanmelden", "--db", laptop, "--name", "Laptop Ruud",
           "--out", request))
    ok(cli(root, "central", "enroll", request, "--role", "jobcoach", "--staff", COACH_EMAIL,
           "--out", enrolment, "--db", central))
    assert "Ingeschreven bij centrale" in ok(cli(root, "sync", "inschrijven", enrolment,
                                                 "--db", laptop))
    ok(cli(root, "sync", "--folder", box, "--db", laptop))
    sent = report_numbers(ok(cli(root, "central", "sync", "--folder", box, "--db",
                                 central)).strip())["verstuurd"]
    assert sent > 0
    received = ok(cli(root, "sync", "--folder", box, "--db", laptop)).strip()
    assert report_numbers(received)["ontvangen"] == sent
    assert received.endswith("gelijk met de centrale")
    assert ok(cli(root, "students", "--db", laptop)).strip()


def free_display() -> int:
    for number in range(150, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def display() -> Iterator[str]:
    number = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + WAIT
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None, "Xvfb did not start"
            assert time.monotonic() < deadline, "Xvfb did not open its socket"
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def colours(shot: object) -> tuple[int, float]:
    """(distinct colours, the share of the commonest one) of a PIL image."""
    counted = shot.getcolors(1 << 24)  # type: ignore[attr-defined]
    total = sum(count for count, _colour in counted)
    return len(counted), max(count for count, _colour in counted) / total


def test_installed_gui_paints_its_window(root: Path, display: str, tmp_path: Path) -> None:
    from PIL import ImageChops, ImageGrab

    if not (root / "home/x/.local/share/jw-desktop/jw-desktop.sqlite").exists():
        ok(cli(root, "demo"))  # the login then lists the demo school's people
    env = dict(user_env(root), DISPLAY=display, QT_QPA_PLATFORM="xcb")
    log = (tmp_path / "gui.log").open("w")
    gui = subprocess.Popen([str(root / "opt/jw-desktop/jw-desktop-gui")], env=env,
                           stdout=log, stderr=subprocess.STDOUT)
    try:
        blank = ImageGrab.grab(xdisplay=display)
        assert colours(blank)[0] == 1  # the bare X screen: one colour
        deadline = time.monotonic() + WAIT
        window = ""
        while not window:  # the program's own window is mapped
            assert gui.poll() is None, (tmp_path / "gui.log").read_text()
            assert time.monotonic() < deadline, "no window appeared"
            time.sleep(0.2)
            window = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(gui.pid)],
                env=env, capture_output=True, text=True, check=False).stdout.strip()
        # wait until the window has painted: the part of the screen that changed (the
        # window) is big enough and drawn in many colours, not one plain fill
        while True:
            shot = ImageGrab.grab(xdisplay=display)
            box = ImageChops.difference(shot, blank).getbbox()
            if box is not None:
                window_area = shot.crop(box)
                distinct, commonest = colours(window_area)
                if (box[2] - box[0] >= 200 and box[3] - box[1] >= 100 and distinct >= 16
                        and commonest < 0.98):
                    break
            assert gui.poll() is None, (tmp_path / "gui.log").read_text()
            assert time.monotonic() < deadline, f"blank window: {box}"
            time.sleep(0.5)
        time.sleep(1.0)  # let it finish painting, for the saved picture only
        shot = ImageGrab.grab(xdisplay=display)
        shot.save(tmp_path / "frozen-gui.png")
        keep = os.environ.get("JW_FROZEN_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shot.save(Path(keep) / "frozen-gui.png")
    finally:
        gui.terminate()
        try:
            gui.wait(timeout=20)
        except subprocess.TimeoutExpired:
            gui.kill()
            gui.wait()
        log.close()
