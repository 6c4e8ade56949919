"""Start-up of the frozen application (installer/build.py) against starting from source,
in the same run, offscreen: from launching the process to its first painted window.

Each sample is a fresh process, timed from Popen until it has printed
"jw-desktop: eerste venster getekend" and ended (env JW_DESKTOP_EXIT_AFTER_PAINT, see
jw_desktop/app.py). Measured, interleaved so both see the same machine load:

- first_paint: the start window (=1), on a store that already exists (a second start);
- login_paint: the login window (=login), the first window a user can work in, same store;
- first_start_login: once each, an empty data folder, so the demo school is made first;
- floor: a bare Qt window (python -c: an empty QWidget that ends on its first paint);
- the bundle's size on disk (du) and as a .tar.gz.

    PYTHONPATH=. .venv/bin/python bench/bench_frozen_start.py [--dist dist/jw-desktop] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _common import emit

ROOT = Path(__file__).resolve().parent.parent
PAINTED = "jw-desktop: eerste venster getekend"

BARE = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(400, 200)
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("painted", flush=True), os._exit(0)))
        return False
watcher = First()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def timed_start(command: list[str], env: dict[str, str], expect: str) -> float:
    """Seconds from launch until the process printed `expect` and ended with 0."""
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0 or expect not in done.stdout:
        raise SystemExit(f"{command[0]} failed: {done.returncode} {done.stdout!r} {done.stderr!r}")
    return seconds


def environment(data_dir: Path, wanted: str, source: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               JW_DESKTOP_DATA_DIR=str(data_dir), JW_DESKTOP_EXIT_AFTER_PAINT=wanted)  # fmt: skip
    if source:
        env["PYTHONPATH"] = str(ROOT)
    return env


def du(folder: Path) -> int:
    done = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0])


def tar_gz(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def report(metric: str, samples: list[float], **extra: object) -> None:
    emit("frozen_start", f"{metric}_median", statistics.median(samples) * 1000, "ms",
         n=len(samples), min_ms=round(min(samples) * 1000, 1), **extra)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "jw-desktop")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = ".exe" if os.name == "nt" else ""
    frozen = [str(args.dist / f"jw-desktop-gui{exe}")]
    source = [sys.executable, "-m", "jw_desktop"]
    if not Path(frozen[0]).is_file():
        raise SystemExit(f"no frozen build in {args.dist}: run ./dev.sh build first")
    with tempfile.TemporaryDirectory(prefix="jw-bench-frozen-") as tmp:
        folders = {name: Path(tmp) / name for name in ("frozen", "source")}
        # first starts (the demo school is made), once each; they leave the stores behind
        first = {
            "frozen": timed_start(frozen, environment(folders["frozen"], "login", False), PAINTED),
            "source": timed_start(source, environment(folders["source"], "login", True), PAINTED),
        }
        samples: dict[str, list[float]] = {}
        for _ in range(args.runs):  # interleaved
            for wanted, metric in (("1", "first_paint"), ("login", "login_paint")):
                for name, command in (("frozen", frozen), ("source", source)):
                    env = environment(folders[name], wanted, name == "source")
                    samples.setdefault(f"{metric}_{name}", []).append(
                        timed_start(command, env, PAINTED)
                    )
            bare_env = environment(Path(tmp), "", True)
            samples.setdefault("floor_bare_qt", []).append(
                timed_start([sys.executable, "-c", BARE], bare_env, "painted")
            )
    for metric, values in samples.items():
        report(metric, values)
    for name, seconds in first.items():
        emit("frozen_start", f"first_start_login_{name}", seconds * 1000, "ms", n=1)
    for metric in ("first_paint", "login_paint"):
        ratio = statistics.median(samples[f"{metric}_frozen"]) / statistics.median(
            samples[f"{metric}_source"]
        )
        emit("frozen_start", f"{metric}_frozen_vs_source", ratio, "x")
    emit("frozen_start", "bundle_du", du(args.dist) / 1e6, "MB")
    emit("frozen_start", "bundle_tar_gz", tar_gz(args.dist) / 1e6, "MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
