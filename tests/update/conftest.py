"""Update fixtures: the publisher's keys (real minisign), the installed key pointed at by
JW_DESKTOP_PUBLISHER_KEY, a sync folder and a data folder of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from update_kit import Site, make_keys

from jw_desktop.update import offers


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    keys = make_keys(tmp_path / "uitgever")
    other = make_keys(tmp_path / "ander")
    monkeypatch.setenv(offers.KEY_ENV, str(keys.public))
    monkeypatch.setenv("JW_DESKTOP_DATA_DIR", str(tmp_path / "gegevens"))
    folder = tmp_path / "stick"
    folder.mkdir()
    return Site(keys, other, folder, tmp_path / "gegevens")
