"""Open: starting jw-desktop on a school's store, measured in a fresh Python process per
sample so that no import or file cache of this process helps.

Target: SchoolStore.open (measured inside the process, imports excluded) <= 200 ms when
today's backup is already there. Also reported: the whole process for
`python -c "from jw_desktop.model import SchoolStore; SchoolStore.open(p).close()"`,
the import of the library, the first query after opening, and the first open of the day,
which makes the daily backup.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import arguments, emit, ms, percentile, scale_file

OPEN_TARGET_MS = 200.0
SAMPLES = 10
FIRST_OF_DAY_SAMPLES = 3

PROBE = """
import json, sys, time
t0 = time.perf_counter()
from jw_desktop.model import SchoolStore
t1 = time.perf_counter()
store = SchoolStore.open(sys.argv[1])
t2 = time.perf_counter()
store.search_cards("koffie")
t3 = time.perf_counter()
store.close()
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "first_query": t3 - t2,
                  "close": t4 - t3}))
"""

ONE_LINER = (
    "import sys; from jw_desktop.model import SchoolStore; SchoolStore.open(sys.argv[1]).close()"
)


def probe(path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def whole_process(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", ONE_LINER, str(path)], check=True)
    return time.perf_counter() - start


def first_of_day(path: Path) -> list[float]:
    """Milliseconds of SchoolStore.open when no backup of today exists, on a copy of the
    store in a folder of our own (so no one's real backups are touched)."""
    times = []
    with tempfile.TemporaryDirectory(prefix="jw-bench-day-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for _ in range(FIRST_OF_DAY_SAMPLES):
            shutil.rmtree(Path(folder) / "backups", ignore_errors=True)
            times.append(ms(probe(copy)["open"]))
    return times


def report(metric: str, values: list[float], target: float | None = None) -> None:
    n = len(values)
    emit("open", f"{metric}_p50", percentile(values, 0.5), "ms", n=n)
    emit("open", f"{metric}_max", max(values), "ms", target=target, n=n)


def main() -> None:
    args = arguments(__doc__ or "")
    with scale_file(args) as path:
        emit("open", "store_size", path.stat().st_size / 1e6, "MB")
        report("first_open_of_day_with_backup", first_of_day(path))
        probes = [probe(path) for _ in range(SAMPLES)]  # today's backup is now present
        report("open_in_process", [ms(p["open"]) for p in probes], OPEN_TARGET_MS)
        report("import_library", [ms(p["import"]) for p in probes])
        report("first_query_after_open", [ms(p["first_query"]) for p in probes])
        report("whole_process", [ms(whole_process(path)) for _ in range(SAMPLES)])


if __name__ == "__main__":
    main()
