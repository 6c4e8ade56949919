"""Shared helpers for the benchmarks: JSON-line output, percentiles, the scale store.

Every measurement is printed as one JSON object per line, so results can be collected by
run_all.py, compared between runs and pasted into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jw_desktop.demo.scale import ScaleBuild, build_scale

CARDS = 6000
STUDENTS = 1000
YEARS = 2


def emit(
    bench: str,
    metric: str,
    value: float,
    unit: str,
    *,
    target: float | None = None,
    n: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Print one measurement; ok is None when there is no target."""
    line: dict[str, Any] = {
        "bench": bench,
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "ok": None if target is None else value <= target,
        "n": n,
        **extra,
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: p95 of 500 samples is the 475th smallest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(work: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--store",
        type=Path,
        help="reuse an existing scale store (made by build_scale) instead of building one",
    )
    parser.add_argument("--cards", type=int, default=CARDS)
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--years", type=int, default=YEARS)
    return parser.parse_args()


@contextlib.contextmanager
def scale_file(args: argparse.Namespace) -> Iterator[Path]:
    """The path of a closed scale store: the one given with --store, or a fresh one in a
    temporary folder that is removed afterwards."""
    if args.store is not None:
        yield args.store
        return
    with tempfile.TemporaryDirectory(prefix="jw-bench-") as folder:
        path = Path(folder) / "scale.sqlite"
        build = make_scale(path, args)
        build.store.close()
        yield path


def make_scale(path: Path, args: argparse.Namespace) -> ScaleBuild:
    print(
        f"# building {args.cards} cards, {args.students} students, {args.years} years "
        f"in {path.parent}",
        file=sys.stderr,
        flush=True,
    )
    return build_scale(path, args.cards, args.students, args.years)
