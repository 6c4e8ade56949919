"""Run every benchmark and print all their JSON lines; exit status 1 if a target is missed.

The build benchmark makes its own store; the others share one scale store built once here
in a temporary folder (it takes about half a minute), so the whole run stays short.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import arguments, make_scale

HERE = Path(__file__).parent
SHARED = ("search", "progress", "sync", "sync_e2e", "open", "reports")  # syncs copy the store


def run(name: str, extra: list[str]) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py"), *extra], capture_output=True, text=True
    )
    sys.stderr.write(done.stderr)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    for line in lines:
        print(json.dumps(line, ensure_ascii=False), flush=True)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed with exit status {done.returncode}")
    return lines


def main() -> None:
    args = arguments(__doc__ or "")
    sizes = ["--cards", str(args.cards), "--students", str(args.students),
             "--years", str(args.years)]
    results = run("build", sizes)
    with tempfile.TemporaryDirectory(prefix="jw-bench-") as folder:
        path = args.store
        if path is None:
            path = Path(folder) / "scale.sqlite"
            make_scale(path, args).store.close()
        for name in SHARED:
            results += run(name, [*sizes, "--store", str(path)])
    results += run("credentials", [])  # on the demo school: signing does not scale with it
    missed = [r for r in results if r["ok"] is False]
    for r in missed:
        print(f"# MISSED: {r['bench']} {r['metric']} = {r['value']} {r['unit']} "
              f"(target {r['target']})", file=sys.stderr)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
