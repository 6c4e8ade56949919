"""Fixtures of the central's HTTP tests: real server processes (centralkit.py), and for
the enrol and health routes a central store with the small school (a real SQLite file)
and a fresh laptop store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

import pytest
from centralkit import netsite  # noqa: F401 - shared fixtures
from factories import small_catalogue, small_school
from served import open_store
from sitekit import site_templates  # noqa: F401 - shared fixtures

from jw_desktop.model import SchoolStore


@pytest.fixture
def central(tmp_path: Path) -> Iterator[SchoolStore]:
    store = open_store(tmp_path / "central.sqlite")
    store.import_catalogue(small_catalogue())
    store.import_school(small_school())
    yield store
    store.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[SchoolStore]:
    store = open_store(tmp_path / "laptop.sqlite")
    yield store
    store.close()


@pytest.fixture
def central_file(central: SchoolStore) -> Path:
    """The central's file, closed so that a server process may hold it."""
    central.close()
    return central.path
