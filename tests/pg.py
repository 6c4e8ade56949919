"""A throwaway PostgreSQL for tests: one fresh, empty database per test.

JW_TEST_POSTGRES (a server URL, as .ci/run exports) is used when set; otherwise each pytest
process (every xdist worker too) starts its own cluster with the Debian server binaries, on a
unix socket in a private temp dir, and removes it at the end of the session. Without server
binaries the tests that need PostgreSQL are skipped, unless JW_REQUIRE_POSTGRES=1 (CI).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url


def _no_postgres(reason: str) -> None:
    """Skip, or fail when CI demands a real PostgreSQL."""
    if os.environ.get("JW_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"JW_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(reason)


def _as_postgres(args: list[str]) -> list[str]:
    """initdb refuses root: as root run the server tools as the postgres user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _own_cluster(bindir: Path) -> Iterator[URL]:
    """Start a cluster listening only on a unix socket; stopped and removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="jwpg"))  # short: socket paths are limited
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        data = root / "data"
        run = subprocess.run
        run(
            _as_postgres(
                [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
            ),
            check=True,
            capture_output=True,
        )
        opts = f"-k {root} -c listen_addresses='' -c fsync=off"
        run(
            _as_postgres(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    opts,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        try:
            yield URL.create("postgresql+psycopg", username="postgres", query={"host": str(root)})
        finally:
            run(
                _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[URL]:
    """The server URL (database part ignored) that per-test databases are created on."""
    given = os.environ.get("JW_TEST_POSTGRES")
    if given:
        yield make_url(given).set(drivername="postgresql+psycopg")
        return
    bindir = _server_bin()
    if bindir is None:
        _no_postgres("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin) on this machine")
        return
    yield from _own_cluster(bindir)


@pytest.fixture
def postgres_url(postgres_server: URL) -> Iterator[str]:
    """A uniquely named, empty database for this test, dropped after it."""
    name = f"jw_test_{uuid.uuid4().hex}"
    admin = sa.create_engine(postgres_server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            yield postgres_server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
