"""Helpers for the central service's tests: store files opened as tests open them, and a
real uvicorn process on loopback serving the enrol and health routes."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from factories import TODAY

from jw_desktop.model import SchoolStore

HERE = Path(__file__).parent


def open_store(path: Path) -> SchoolStore:
    return SchoolStore.open(path, today=lambda: TODAY, auto_backup=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(central_file: Path, port: int | None = None) -> Iterator[str]:
    """A real uvicorn process on loopback serving the routes over a central store file
    (which it holds locked while it runs, as a SQLite central does)."""
    port = port or _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "enrol_app:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=HERE,
        env={**os.environ, "JW_TEST_CENTRAL": str(central_file),
             "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent)])},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        while True:  # ready when it answers (or the test fails when the process died)
            assert process.poll() is None, "the server did not start"
            try:
                httpx.get(url + "/v1/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(30)
