"""UI fixtures: a copy of one demo database per test, real widgets offscreen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jw_desktop.demo.school import create_demo_database


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-ui") / "demo.sqlite"
    create_demo_database(path)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "jw-desktop.sqlite"
    shutil.copyfile(demo_template, path)
    return path
