"""Fixtures for the document tests: the demo school, built once and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import SchoolStore


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[SchoolStore]:
    """The demo school, logged in as its teacher (s.dewit)."""
    path = tmp_path / "jw-desktop.sqlite"
    shutil.copyfile(demo_template, path)
    store = SchoolStore.open(path, sleep=lambda _s: None)
    store.login("s.dewit@example.nl", DEMO_PASSWORD)
    try:
        yield store
    finally:
        store.close()
