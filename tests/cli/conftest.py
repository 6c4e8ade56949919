"""Fixtures for the CLI tests: jw-desktop runs in a subprocess, as an admin would start it,
against databases in the test's own tmp_path. Building a database is done once per session
and copied per test, since the subprocess start and the demo dominate the time."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import cli_process
import pytest
from factories import TODAY, small_catalogue, small_school

from jw_desktop.model import SchoolStore

Result = subprocess.CompletedProcess[str]
Cli = Callable[..., Result]


def run_cli(data_dir: Path, *args: str | Path, stdin: int | None = subprocess.DEVNULL) -> Result:
    """`python -m jw_desktop.cli ARGS` with its data folder in the test's tmp_path."""
    return cli_process.run_cli(*args, env={"JW_DESKTOP_DATA_DIR": str(data_dir)}, stdin=stdin)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    def run(*args: str | Path) -> Result:
        return run_cli(data_dir, *args)

    return run


def copy_store(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(source) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + suffix))
    return target


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """`jw-desktop demo` run once: the database it made and what it said."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.sqlite"
    return db, run_cli(folder / "data", "demo", "--db", db)


@pytest.fixture
def demo_db(demo_run: tuple[Path, Result], tmp_path: Path) -> Path:
    """A private copy of the demo database."""
    source, result = demo_run
    assert result.returncode == 0, result.stderr
    return copy_store(source, tmp_path / "demo.sqlite")


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "school.sqlite"
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as store:
        store.import_catalogue(small_catalogue())
        store.import_school(small_school())
    return path


@pytest.fixture
def small_db(small_template: Path, tmp_path: Path) -> Path:
    """A private copy of the small school of tests/factories.py (Jerome Jansen, Fatima El
    Amrani; six cards, among them 'Café-tafel dekken')."""
    return copy_store(small_template, tmp_path / "school.sqlite")
