"""Desktop start-up: from launching the process to the first painted window and to the
first painted main window, on the scale school (1,000 students, 6,000 cards), in a fresh
Python process per sample; and how long the UI thread is blocked during typical actions on
that data.

Target 1a: launch -> the first window the user sees painted (jw_desktop.app's start window,
shown before the model, the database and the views are loaded) <= 4x a bare PySide6
window's first paint (p50 against p50). The floor, measured in the same run the same way: a
bare PySide6 QMainWindow (interpreter start, Qt import, first paint).
Target 1b: launch -> first paint event of MainWindow <= 1.5 s (p50 and max reported), with a
teacher logged in programmatically (a password is set for one teacher through the library
first; the login's scrypt check is part of the time), also reported against the floor.

Target 2: the worst UI-thread block <= 50 ms during: select a student (another row of
the list the window opens on, as a click does), open the card search and type "koffie"
(one keystroke at a time, then the search after the pause), open the route editor,
open the observation page, open the class overview, go back to the student list and
select another student. Each
action is timed as a call on the UI thread, and after it the event loop runs for 0.6 s
with a 5 ms heartbeat timer: the longest gap between two heartbeats is the longest the
UI thread was busy (queued results of background work, debounced searches, repaints).

The store's daily backup is made by the set-up open, so the samples do not pay it
(bench/open.py measures that first open of the day). Qt runs offscreen unless
QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STARTUP_TARGET_S = 1.5
RATIO_TARGET = 4.0  # the first window's first paint at most 4x a bare PySide6 window's
BLOCK_TARGET_MS = 50.0
SAMPLES = 5
PASSWORD = "bench-wachtwoord-2026"
HEARTBEAT_MS = 5
SETTLE_S = 0.6


# -- the probes (run in a fresh process) ---------------------------------------------------

BARE = """
import json, sys, time
start = time.time()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
painted = []
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(time.time())
            QTimer.singleShot(0, app.quit)
        return False
watcher = First()
window.installEventFilter(watcher)
window.show()
app.exec()
print(json.dumps({"launch_to_paint": painted[0] - float(sys.argv[1]),
                  "python_start": start - float(sys.argv[1])}))
"""


def probe_window(launched: float, store_path: Path, email: str, actions: bool) -> None:
    """In the child: start like jw_desktop.app.main does, log in, show the window, time
    the first paint; then, if asked, the actions."""
    started = time.time()
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from jw_desktop import app as jw_app
    from jw_desktop.ui.start_window import StartWindow

    class FirstPaint(QObject):
        """When the first window of the process paints (the start window)."""

        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.time()
            return False

    qapp = QApplication(sys.argv[:1])
    first_paint = FirstPaint()
    qapp.installEventFilter(first_paint)
    jw_app.install_translator(qapp, None)
    start_window = StartWindow.show_now("jw-desktop wordt geopend…")
    first_window = first_paint.at or time.time()
    qapp.removeEventFilter(first_paint)

    from jw_desktop.model import SchoolStore
    from jw_desktop.ui import style
    from jw_desktop.ui.context import AppContext
    from jw_desktop.ui.main_window import MainWindow

    imported = time.time()
    style.apply(qapp)
    store = SchoolStore.open(store_path, create=False)
    opened = time.time()
    start_window.close()
    store.login(email, PASSWORD)
    logged_in = time.time()
    folder = tempfile.mkdtemp(prefix="jw-bench-settings-")
    settings = QSettings(str(Path(folder) / "instellingen.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings)
    window = MainWindow(ctx)
    built = time.time()
    painted: list[float] = []

    class First(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                QTimer.singleShot(0, qapp.quit)
            return False

    watcher = First()
    window.installEventFilter(watcher)
    window.show()
    qapp.exec()
    result: dict[str, Any] = {
        "launch_to_first_window": first_window - launched,
        "launch_to_paint": painted[0] - launched,
        "python_start": started - launched,
        "imports": imported - first_window,
        "open": opened - imported,
        "login": logged_in - opened,
        "window_built": built - logged_in,
        "show_to_paint": painted[0] - built,
    }
    if actions:
        result["actions"] = run_actions(qapp, window, ctx)
    print(json.dumps(result), flush=True)
    ctx.wait(30000)
    store.close()
    # PySide6 6.12 on Python 3.11 drops a reference to None on every call of a void Qt
    # method from Python; the garbage collection at interpreter exit then aborts
    # ("none_dealloc"). The measurement is printed: leave without that clean-up.
    os._exit(0)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def run_actions(qapp: Any, window: Any, ctx: Any) -> dict[str, dict[str, float]]:
    """Each action: its call time, and the longest heartbeat gap while it settles."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()

    def settle(seconds: float) -> None:
        # One nested event loop, not processEvents() in a loop: PySide6 6.12 on Python
        # 3.11 loses a reference to None on every processEvents() call and aborts after
        # some 10^5 of them.
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    settle(1.0)  # whatever the first paint left running (background loads)

    def select_student() -> None:
        page = window.page("leerlingen")
        views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None]
        listed = [v for v in views if v.model().rowCount() > 1]
        if listed:
            view = listed[0]
            row = 1 if view.currentIndex().row() == 0 else 0  # a different student
            view.setCurrentIndex(view.model().index(row, 0))
        else:  # no list to click in: choose the first student the way views announce it
            ctx.student_selected.emit(ctx.store.students()[0].id)

    def card_search_box() -> QLineEdit:
        page = window.page("kaarten")
        edits: list[QLineEdit] = [
            e for e in page.findChildren(QLineEdit) if e.isVisibleTo(page) and not e.isReadOnly()
        ]
        return edits[0]

    def typing(char: str) -> Any:
        return lambda: QTest.keyClicks(card_search_box(), char)

    steps: list[tuple[str, Any]] = [  # the window opens on the student list
        ("select_student", select_student),
        ("open_cards", lambda: window.show_page("kaarten")),
        *[(f"type_{c}", typing(c)) for c in "koffie"],
        ("open_route_editor", lambda: window.show_page("leerroute")),
        ("open_observe", lambda: window.show_page("observeren")),
        ("open_class_overview", lambda: window.show_page("klasoverzicht")),
        ("open_student_list", lambda: window.show_page("leerlingen")),
        ("select_another_student", select_student),
    ]
    results: dict[str, dict[str, float]] = {}
    for name, action in steps:
        ticks.append(time.perf_counter())
        start = time.perf_counter()
        action()
        call = time.perf_counter() - start
        settle(SETTLE_S if not name.startswith("type_") or name == "type_e" else 0.05)
        window_ticks = [t for t in ticks if t >= start - 1e-9] or [start]
        gaps = [b - a for a, b in zip([start, *window_ticks], window_ticks, strict=False)]
        results[name] = {"call_ms": ms(call), "max_gap_ms": ms(max(gaps, default=0.0))}
        del ticks[:-1]
    heartbeat.stop()
    return results


# -- the parent ----------------------------------------------------------------------------


def prepare(path: Path) -> str:
    """A teacher with a password (set through the library), and today's backup made."""
    from jw_desktop.model import Role, SchoolStore

    with SchoolStore.open(path) as store:
        teacher = store.staff(Role.TEACHER)[0]
        store.set_password(teacher.id, PASSWORD)
        return teacher.email


def child(prefix: list[str], rest: list[str]) -> dict[str, Any]:
    """Run `python PREFIX LAUNCH_TIME REST` and return the JSON it prints last."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    launched = time.time()
    done = subprocess.run(
        [sys.executable, *prefix, str(launched), *rest],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"probe failed with exit status {done.returncode}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        launched, where, email, actions = sys.argv[2:6]
        probe_window(float(launched), Path(where), email, actions == "1")
        return
    # Imported here, not at the top: _common imports the scale generator and the library,
    # which the probes (this file run again) must import in their own timed order.
    from _common import arguments, emit, percentile, scale_file

    args = arguments(__doc__ or "")
    with scale_file(args) as path, tempfile.TemporaryDirectory(prefix="jw-bench-") as tmp:
        email = prepare(path)
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        print(f"# {SAMPLES} samples each, fresh processes", file=sys.stderr, flush=True)
        bare = [child([str(bare_script)], []) for _ in range(SAMPLES)]
        probe = [str(Path(__file__).resolve()), "--probe"]
        runs = [child(probe, [str(path), email, "1" if i < 2 else "0"]) for i in range(SAMPLES)]

    starts = [r["launch_to_paint"] for r in runs]
    emit("startup", "launch_to_first_paint_p50", percentile(starts, 0.5), "s", n=len(starts))
    emit(
        "startup",
        "launch_to_first_paint_max",
        max(starts),
        "s",
        target=STARTUP_TARGET_S,
        n=len(starts),
    )
    floor = [b["launch_to_paint"] for b in bare]
    emit("startup", "bare_pyside6_window_p50", percentile(floor, 0.5), "s", n=len(floor))
    emit("startup", "bare_pyside6_window_max", max(floor), "s", n=len(floor))
    first = [r["launch_to_first_window"] for r in runs]
    emit("startup", "launch_to_first_window_p50", percentile(first, 0.5), "s", n=len(first))
    ratio = percentile(first, 0.5) / percentile(floor, 0.5)
    emit("startup", "first_window_vs_bare_p50", ratio, "x", target=RATIO_TARGET)
    ratio = percentile(starts, 0.5) / percentile(floor, 0.5)
    emit("startup", "main_window_vs_bare_p50", ratio, "x")
    for part in ("python_start", "imports", "open", "login", "window_built", "show_to_paint"):
        values = [r[part] for r in runs]
        emit("startup", f"part_{part}_p50", ms(percentile(values, 0.5)), "ms", n=len(values))
    worst: dict[str, float] = {}
    for r in runs:
        for name, timing in r.get("actions", {}).items():
            blocked = max(timing["call_ms"], timing["max_gap_ms"])
            worst[name] = max(worst.get(name, 0.0), blocked)
    for name, value in worst.items():
        emit("startup", f"ui_block_{name}", value, "ms")
    if worst:
        name = max(worst, key=lambda k: worst[k])
        emit("startup", "ui_block_worst", worst[name], "ms", target=BLOCK_TARGET_MS, action=name)


if __name__ == "__main__":
    main()
