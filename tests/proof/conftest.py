"""Fixtures for the signed-credential tests: the sync tests' real site (a central store,
a teacher's and a jobcoach's laptop, enrolled and synced once), and a second school."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from factories import TODAY, small_catalogue, small_school
from sitekit import fresh_site, site, site_templates  # noqa: F401 - shared fixtures

from jw_desktop.model import SchoolStore


@pytest.fixture
def other_school(tmp_path: Path) -> Iterator[SchoolStore]:
    """Another school with the same catalogue and students: its own key, enrolled nowhere."""
    store = SchoolStore.open(tmp_path / "other.sqlite", today=lambda: TODAY, auto_backup=False)
    store.import_catalogue(small_catalogue())
    store.import_school(small_school())
    try:
        yield store
    finally:
        store.close()
