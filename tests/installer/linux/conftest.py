"""Fixtures for the package tests: test keys made here, and the .deb built from a stand-in
bundle once per session (tests copy it before changing anything)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from debtools import MISSING, Keys, build_deb, make_bundle, make_keys


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    if MISSING:
        pytest.skip(f"missing {', '.join(MISSING)}")
    return make_keys(tmp_path_factory.mktemp("keys") / "publisher", "jw-desktop-uitgever")


@pytest.fixture(scope="session")
def other_keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    if MISSING:
        pytest.skip(f"missing {', '.join(MISSING)}")
    return make_keys(tmp_path_factory.mktemp("keys") / "other", "iemand-anders")


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> Path:
    """The release folder as build_deb.py writes it: the signed .deb, its .minisig,
    debsig/, the GPG public key and the minisign public key jw-desktop-uitgever.pub."""
    base = tmp_path_factory.mktemp("release")
    bundle = make_bundle(base / "bundle")
    out = base / "out"
    done = build_deb(bundle, out, "--minisign-key", keys.minisign_secret,
                     "--gpg-key", keys.gpg_id, "--gpg-home", keys.gpg_home)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture
def release_copy(release: Path, tmp_path: Path) -> Path:
    """A copy of the release a test may change."""
    target = tmp_path / "release"
    shutil.copytree(release, target)
    return target


