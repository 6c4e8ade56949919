"""An adversary's requests against a real server process: a pickup replayed after a
restart, uploads never finished filling the spool, plain HTTP on an open address."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
from centralkit import Server, free_port, start_server
from sitekit import Site

from jw_desktop.sync import enrol_net, session
from jw_desktop.sync.http_auth import sign_request
from jw_desktop.sync.identity import DeviceIdentity


def test_a_pickup_replayed_after_a_restart_is_refused(tmp_path: Path, central_file: Path) -> None:
    """The enrol path's nonces live in the database, not in one process's memory."""
    laptop = DeviceIdentity.generate("9" * 32, "Laptop 9")
    server = start_server(central_file, tmp_path / "spool")
    try:
        doc = {"type": "jw-aanmelding", "device": laptop.public().to_json()}
        request = json.dumps(session._sign(doc, laptop)).encode()
        sent = httpx.post(server.url + "/v1/aanmelding", content=request, timeout=30)
        assert sent.status_code == 202, sent.text
        auth = enrol_net.sign_request(laptop, "GET", "/v1/inschrijving", b"")
        first = httpx.get(server.url + "/v1/inschrijving", headers={"Authorization": auth})
        assert first.status_code == 202
        server.stop()
        server.start()
        again = httpx.get(server.url + "/v1/inschrijving", headers={"Authorization": auth})
        assert again.status_code == 401
        assert again.json()["code"] == "herhaald"
    finally:
        server.stop()


def test_uploads_never_finished_cannot_fill_the_spool(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    me = session.identity(site.teacher)
    codes = []
    with httpx.Client(base_url=server.url, timeout=30) as client:
        for i in range(12):
            path = f"/v1/uploads/{i:032x}?vanaf=0"
            body = b"x" * 1024
            auth = sign_request(me, "PUT", path, body)
            codes.append(client.put(path, content=body, headers={"Authorization": auth}))
    assert [r.status_code for r in codes[:4]] == [200] * 4
    assert codes[-1].status_code == 429
    assert codes[-1].json()["code"] == "te-snel"
    assert len(list((server.spool / "uploads").iterdir())) <= 4


def test_plain_http_on_an_open_address_is_refused(tmp_path: Path, central_file: Path) -> None:
    serve = ["central", "serve", "--db", str(central_file), "--host", "0.0.0.0"]
    run = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", *serve, "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(Path(__file__).parent.parent.parent), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode != 0
    assert "TLS" in run.stderr + run.stdout
    assert "Traceback" not in run.stderr
