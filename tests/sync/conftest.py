"""Sync fixtures: a central store with the small school and fresh device stores, each a
real SQLite file with its own device id."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import TODAY, small_catalogue, small_school
from syncutil import exchange

from jw_desktop.model import SchoolStore


@pytest.fixture(scope="session")
def replica_templates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A central store and four device stores that received the central's data once."""
    folder = tmp_path_factory.mktemp("replicas")
    paths = [folder / f"r{i}.sqlite" for i in range(5)]
    central = SchoolStore.open(paths[0], today=lambda: TODAY, auto_backup=False)
    central.import_catalogue(small_catalogue())
    central.import_school(small_school())
    for path in paths[1:]:
        with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as device:
            exchange(central, device)
    central.close()
    return paths


@pytest.fixture
def replicas(replica_templates: list[Path], tmp_path: Path) -> Iterator[list[SchoolStore]]:
    stores = []
    for template in replica_templates:
        copy = tmp_path / template.name
        shutil.copyfile(template, copy)
        stores.append(SchoolStore.open(copy, today=lambda: TODAY, auto_backup=False))
    try:
        yield stores
    finally:
        for s in stores:
            s.close()


from sitekit import fresh_site, site, site_templates  # noqa: E402, F401 - shared fixtures
