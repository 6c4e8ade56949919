"""The command line run as a user or a script runs it: `python -m jw_desktop.cli ARGS` in a
fresh process, stdin not a terminal, UTF-8 out; no command may ever show a traceback.
One helper for every test that starts the CLI (tests/cli, tests/sync, tests/update, ...)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

Result = subprocess.CompletedProcess[str]


def run_cli(
    *args: str | Path,
    env: Mapping[str, str] | None = None,
    stdin: int | None = subprocess.DEVNULL,
    timeout: float = 180,
) -> Result:
    """Run the CLI with env on top of this process's environment."""
    result = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", *map(str, args)],
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def report_numbers(line: str) -> dict[str, int]:
    """The CLI's sync summary 'verstuurd: 3, ontvangen: 0, conflicten: 0, ...' ->
    {'verstuurd': 3, ...}"""
    numbers = {}
    for part in line.split(", "):
        key, sep, value = part.partition(": ")
        if sep and value.strip().isdigit():
            numbers[key] = int(value)
    return numbers
