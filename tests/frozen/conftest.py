"""The frozen application as built by installer/build.py (`./dev.sh build-test`): these
tests run only when env JW_FROZEN_DIST names the built bundle (dist/jw-desktop), and
run its programs as a user would, without the checkout's Python."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture(scope="session")
def bundle() -> Path:
    where = os.environ.get("JW_FROZEN_DIST", "").strip()
    if not where:
        pytest.skip("JW_FROZEN_DIST is not set (./dev.sh build-test builds the bundle)")
    path = Path(where)
    assert (path / f"jw-desktop{EXE}").is_file(), f"no frozen jw-desktop in {path}"
    return path


def frozen_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's start: no PYTHONPATH into the checkout, Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", JW_DESKTOP_DATA_DIR=str(data_dir), **extra)
    return env


def run_program(
    program: Path, *args: str | Path, data_dir: Path, cwd: Path | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(program), *map(str, args)],
        env=frozen_env(data_dir, **extra),
        cwd=cwd or data_dir.parent,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,  # a hang guard, not a measurement
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "Traceback" not in done.stdout, done.stdout
    return done
