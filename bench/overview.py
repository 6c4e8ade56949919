"""Klasoverzicht on the scale school (1,000 students in 37 groups, two years of progress):
how long each user action keeps the UI thread busy, offscreen.

The grid is read in a background thread, so an action is measured as the UI thread sees
it: the call a click makes, then the event loop runs with a 2 ms heartbeat timer until the
answer is shown and the view is repainted; the longest the UI thread was busy is the
longest of the call and the gaps between heartbeats (queued results, painting, the GIL the
reading thread holds). Target: the worst of every action <= 50 ms. Also reported: how
long until the grid is on screen (no target). The floor, measured the same way in the
same process: a bare window of the same size whose combo box changes a label.

The worst samples are Python's full garbage collections (gen 2, 40-95 ms here), which
stop the UI thread whichever thread allocated. JW_BENCH_GC_FREEZE=1 calls gc.freeze()
once the modules are loaded, as an application can after start-up, and shows the effect.
"""

from __future__ import annotations

import gc
import itertools
import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import arguments, emit, ms, percentile, scale_file
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QVBoxLayout, QWidget

from jw_desktop.model import SchoolStore
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.class_overview import ClassOverviewView

TARGET_MS = 50.0
SIZE = (1024, 600)
GROUPS = 12
HEARTBEAT_MS = 2


def action(
    app: QApplication,
    window: QWidget,
    work: Callable[[], object],
    ready: Callable[[], bool] = lambda: True,
) -> tuple[float, float]:
    """(longest UI-thread block, time until shown) in milliseconds."""
    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    work()
    called = time.perf_counter()
    beats.append(called)
    while not ready():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    window.repaint()
    end = time.perf_counter()
    beats.append(end)
    timer.stop()
    longest = max([called - start] + [b - a for a, b in itertools.pairwise(beats)])
    return ms(longest), ms(end - start)


def report(name: str, samples: list[tuple[float, float]], target: float | None = TARGET_MS) -> None:
    blocks = [b for b, _shown in samples]
    shown = [w for _b, w in samples]
    emit("overview", f"{name}_block_p50", percentile(blocks, 0.5), "ms", n=len(blocks))
    emit("overview", f"{name}_block_max", max(blocks), "ms", target=target, n=len(blocks))
    emit("overview", f"{name}_shown_p50", percentile(shown, 0.5), "ms", n=len(shown))


def floor(app: QApplication) -> list[tuple[float, float]]:
    bare = QWidget()
    bare.resize(*SIZE)
    combo = QComboBox()
    label = QLabel()
    column = QVBoxLayout(bare)
    column.addWidget(combo)
    column.addWidget(label, 1)
    combo.addItems([f"groep {n}" for n in range(40)])
    combo.currentTextChanged.connect(label.setText)
    bare.show()
    app.processEvents()
    times = [action(app, bare, lambda n=n: combo.setCurrentIndex(n)) for n in range(1, 31)]
    bare.close()
    return times


def main() -> None:
    args = arguments(__doc__ or "")
    if os.environ.get("JW_BENCH_GC_FREEZE") == "1":
        gc.freeze()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with scale_file(args) as path, SchoolStore.open(path, auto_backup=False) as store:
        report("bare_window_floor", floor(app), target=None)
        settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
        view = ClassOverviewView(AppContext(store, settings))
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        answered: list[int] = []
        view.loaded.connect(lambda: answered.append(1))

        def after(work: Callable[[], object]) -> tuple[float, float]:
            """An action that reads in the background: done once the view says so."""
            answered.clear()
            return action(app, view, work, lambda: bool(answered))

        opened = [after(view.refresh) for _ in range(5)]
        groups, cards, students, scrolls = [], [], [], []
        sizes = []
        for n in range(1, min(GROUPS + 1, view.group.count())):  # 0 is shown already
            groups.append(after(lambda n=n: view.group.setCurrentIndex(n)))
            grid = view.grid.data()
            assert grid is not None
            sizes.append(len(grid.rows) * len(grid.columns))
            if view.card.count() > 1:
                cards.append(after(lambda: view.card.setCurrentIndex(1)))
            for row in (0, len(grid.rows) // 2, len(grid.rows) - 1):
                point = view.grid.name_rect(row).center()
                students.append(
                    action(
                        app,
                        view,
                        lambda point=point: QTest.mouseClick(
                            view.grid, Qt.MouseButton.LeftButton, pos=point
                        ),
                    )
                )
            bar = view.area.verticalScrollBar()
            scrolls.append(action(app, view, lambda bar=bar: bar.setValue(bar.maximum())))
            if view.card.currentIndex() != 0:
                after(lambda: view.card.setCurrentIndex(0))
        report("open_page", opened)
        report("choose_group", groups)
        report("choose_card", cards)
        report("choose_student_chart", students)
        report("scroll_grid", scrolls)
        emit("overview", "cells_per_group_max", float(max(sizes)), "cells", n=len(sizes))
        view.close()


if __name__ == "__main__":
    main()
