"""Helpers for the central's HTTP tests: a real server process (`python -m
jw_desktop.cli central serve`) on a free loopback port, with the sync tests' real store
files (tests/sync/sitekit.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

from sitekit import Site, copy_site


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    db: Path
    spool: Path
    args: list[str]

    def stop(self, kill: bool = False) -> None:
        if self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
            self.process.wait(timeout=20)

    def start(self) -> None:
        assert self.process.poll() is not None, "still running"
        self.process = _spawn(self.args)
        _wait_up(self.url, self.process)


def _spawn(args: list[str]) -> subprocess.Popen[bytes]:
    root = Path(__file__).parent.parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen(
        [sys.executable, "-m", "jw_desktop.cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_up(url: str, process: subprocess.Popen[bytes], verify: object = False) -> None:
    """Until the port answers (any HTTP answer), or the process died."""
    for _ in range(300):
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"server stopped: {err}")
        try:
            httpx.get(url + "/v1/answer", verify=False, timeout=2)  # type: ignore[arg-type]
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("server did not come up")


def start_server(db: Path, spool: Path, *extra: str, scheme: str = "http") -> Server:
    port = free_port()
    args = ["central", "serve", "--db", str(db), "--port", str(port), "--spool", str(spool), *extra]
    process = _spawn(args)
    url = f"{scheme}://127.0.0.1:{port}"
    _wait_up(url, process)
    return Server(url, process, db, spool, args)


@pytest.fixture
def netsite(site_templates: dict[str, Path], tmp_path: Path) -> Iterator[tuple[Site, Server]]:
    """Enrolled and after one folder round, the central served over HTTP."""
    site = copy_site(site_templates["synced"], tmp_path / "site")
    site.central.close()  # the server process holds the central from now on
    server = start_server(site.root / "central.sqlite", tmp_path / "spool")
    try:
        yield site, server
    finally:
        server.stop()
        site.teacher.close()
        site.coach.close()
