"""Shared fixtures: every test gets real SQLite files in its own tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from factories import TODAY, small_catalogue, small_school

from jw_desktop.demo.school import create_demo_database
from jw_desktop.model import SchoolStore

# the PostgreSQL fixtures (postgres_server, postgres_url)
pytest_plugins = ["pg"]


@pytest.fixture(autouse=True)
def no_site_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads this machine's own site configuration (/etc/jw-desktop): an empty
    site folder unless the test makes one (tests/sync/test_enrolment_ticket.py)."""
    monkeypatch.setenv("JW_DESKTOP_SITE_DIR", str(tmp_path_factory.mktemp("site")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "school.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[SchoolStore]:
    """A store with the small catalogue and school; Jerome has the planten route."""
    s = SchoolStore.open(db_path, today=lambda: TODAY)
    s.import_catalogue(small_catalogue())
    s.students_by_key = s.import_school(small_school())  # type: ignore[attr-defined]
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school, built once per test session; tests copy it (ui, reports, proof)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    return path
