"""Progress: 'what does this student still need to practise' for a whole class, and one
student's full progress report, on a school with two years of recorded progress.

Target: <= 10 ms per student for both, so a teacher can walk through a class of 30 or
open a report without waiting.
"""

from __future__ import annotations

import time
import uuid

from _common import arguments, emit, ms, percentile, scale_file

from jw_desktop.model import SchoolStore

TARGET_MS = 10.0
CLASS_SIZE = 30


def a_class(store: SchoolStore) -> list[uuid.UUID]:
    """The students of the first group, topped up from the next groups to 30."""
    students: list[uuid.UUID] = []
    for group_id, _ in store.groups():
        students += [s.id for s in store.students(group_id)]
        if len(students) >= CLASS_SIZE:
            break
    return students[:CLASS_SIZE]


def per_student(store: SchoolStore, ids: list[uuid.UUID], what: str) -> tuple[list[float], int]:
    """Milliseconds per call, and the number of items the calls returned."""
    call = store.still_to_practise if what == "still_to_practise" else store.progress
    times, items = [], 0
    for sid in ids:
        start = time.perf_counter()
        result = call(sid)
        times.append(ms(time.perf_counter() - start))
        items += len(result) if isinstance(result, list) else len(result.still_to_practise)
    return times, items


def main() -> None:
    args = arguments(__doc__ or "")
    with scale_file(args) as path, SchoolStore.open(path) as store:
        everyone = [s.id for s in store.students()]
        klas = a_class(store)
        per_student(store, everyone[-3:], "still_to_practise")  # warm up statement caches
        times, items = per_student(store, klas, "still_to_practise")
        n = len(klas)
        emit("progress", "class_still_to_practise_total", sum(times), "ms",
             target=TARGET_MS * n, n=n, items=items)
        emit("progress", "class_still_to_practise_per_student", sum(times) / n, "ms",
             target=TARGET_MS, n=n)
        emit("progress", "class_still_to_practise_max", max(times), "ms", n=n)
        per_student(store, everyone[-3:], "progress")
        times, items = per_student(store, everyone, "progress")
        n = len(everyone)
        emit("progress", "report_p50", percentile(times, 0.5), "ms", n=n)
        emit("progress", "report_p95", percentile(times, 0.95), "ms", target=TARGET_MS, n=n,
             items_still_to_practise=items)
        emit("progress", "report_max", max(times), "ms", n=n)


if __name__ == "__main__":
    main()
