"""What the central refuses over HTTP, each with its code and the laptop's Dutch
sentence: a wrong key, an unknown or revoked laptop, a replayed request, an old
timestamp, a body too large, a client that sends one byte a second."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import httpx
import pytest
from centralkit import Server, free_port
from sitekit import Site, open_store, student

from jw_desktop.model import NoteCategory
from jw_desktop.model.capture import now_ms
from jw_desktop.sync import network, session
from jw_desktop.sync.http_auth import sign_request
from jw_desktop.sync.identity import DeviceIdentity


def _get(server: Server, auth: str) -> httpx.Response:
    return httpx.get(server.url + "/v1/answer", headers={"Authorization": auth}, timeout=30)


def test_a_replayed_request_is_refused(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    auth = sign_request(session.identity(site.teacher), "GET", "/v1/answer", b"")
    assert _get(server, auth).status_code == 200
    again = _get(server, auth)
    assert again.status_code == 401
    assert again.json()["code"] == "herhaald"


def test_an_old_timestamp_is_refused(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    me = session.identity(site.teacher)
    auth = sign_request(me, "GET", "/v1/answer", b"", at_ms=now_ms() - 10 * 60 * 1000)
    answer = _get(server, auth)
    assert (answer.status_code, answer.json()["code"]) == (401, "klok")


def test_a_wrong_key_is_refused(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    real = session.identity(site.teacher)
    forger = DeviceIdentity.generate(real.device_id, "vals")
    answer = _get(server, sign_request(forger, "GET", "/v1/answer", b""))
    assert (answer.status_code, answer.json()["code"]) == (401, "ongeldig")


def test_an_unknown_laptop_is_told_to_enrol(netsite: tuple[Site, Server], tmp_path: Path) -> None:
    _site, server = netsite
    stranger = DeviceIdentity.generate("ab" * 16, "onbekend")
    answer = _get(server, sign_request(stranger, "GET", "/v1/answer", b""))
    assert (answer.status_code, answer.json()["code"]) == (403, "onbekend-apparaat")


def test_a_revoked_laptop_is_refused_and_told(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    server.stop()
    central = open_store(server.db)
    session.revoke(central, session.identity(site.coach).device_id)
    central.close()
    server.start()
    with pytest.raises(network.Refused, match="ingetrokken"):
        network.sync_with_server(site.coach, server.url)
    network.sync_with_server(site.teacher, server.url)  # the others go on


def test_an_unreachable_server_is_offline_and_loses_nothing(netsite: tuple[Site, Server]) -> None:
    site, _server = netsite
    site.teacher.add_note(student(site.teacher, "Jerome"), "Offline", NoteCategory.WORK)
    with pytest.raises(network.Offline, match=r"niet bereikbaar\. Er is niets verloren"):
        network.sync_with_server(site.teacher, f"http://127.0.0.1:{free_port()}")
    assert session.status(site.teacher).waiting > 0  # the note waits for the next round


def test_an_oversized_body_is_refused_before_it_is_read(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    me = session.identity(site.teacher)
    path = "/v1/bundles/" + "0" * 32
    auth = sign_request(me, "PUT", path, b"")
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(
            f"PUT {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n"
            f"Content-Length: {10**12}\r\n\r\n".encode()
        )
        head = b""
        while b"te-groot" not in head:
            got = s.recv(4096)
            if not got:
                break
            head += got
    assert head.startswith(b"HTTP/1.1 413"), head
    assert b"te-groot" in head, head


@pytest.mark.slow
def test_a_one_byte_a_second_client_is_cut_off_while_others_sync(
    netsite: tuple[Site, Server],
) -> None:
    site, server = netsite
    port = int(server.url.rsplit(":", 1)[1])
    me = session.identity(site.coach)
    path = "/v1/bundles/" + "1" * 32
    auth = sign_request(me, "PUT", path, b"x" * 100000)
    answer: list[str] = []

    def slow() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
            s.sendall(
                f"PUT {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n"
                "Content-Length: 100000\r\n\r\n".encode()
            )
            try:
                for _ in range(60):
                    s.sendall(b"x")
                    threading.Event().wait(1)
            except OSError:
                pass
            answer.append(s.recv(4096).decode(errors="replace"))

    worker = threading.Thread(target=slow)
    worker.start()
    report = network.sync_with_server(site.teacher, server.url)  # served meanwhile
    assert not report.refused
    worker.join(timeout=90)
    assert answer and answer[0].startswith("HTTP/1.1 408"), answer


def test_a_device_asking_too_often_is_told_to_wait(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    me = session.identity(site.teacher)
    path = f"/v1/uploads/{'ab' * 16}"  # signed and cheap
    with httpx.Client(base_url=server.url, timeout=30) as client:
        codes = [
            client.get(
                path, headers={"Authorization": sign_request(me, "GET", path, b"")}
            ).status_code
            for _ in range(120)
        ]
        busy = client.get(path, headers={"Authorization": sign_request(me, "GET", path, b"")})
    assert set(codes) == {200}
    assert busy.status_code == 429
    assert busy.json()["code"] == "te-snel"
    assert int(busy.headers["retry-after"]) > 0
    with pytest.raises(network.Refused, match="druk"):
        network.sync_with_server(site.teacher, server.url)


@pytest.mark.slow
def test_a_client_trickling_its_headers_is_cut_off_while_others_sync(
    netsite: tuple[Site, Server],
) -> None:
    """uvicorn alone would keep this connection open for ever: every byte resets its
    keep-alive timer (serve.HeaderDeadline)."""
    site, server = netsite
    port = int(server.url.rsplit(":", 1)[1])
    closed: list[bool] = []

    def trickle() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=120) as s:
            s.sendall(b"GET /v1/answer HTTP/1.1\r\nHost: x\r\n")  # never the blank line
            s.settimeout(2)
            for _ in range(60):  # one byte of a header line every 2 s, for 2 minutes
                try:
                    s.sendall(b"X")
                    if s.recv(1) == b"":
                        closed.append(True)
                        return
                except TimeoutError:
                    continue
                except OSError:
                    closed.append(True)
                    return

    worker = threading.Thread(target=trickle)
    worker.start()
    report = network.sync_with_server(site.teacher, server.url)  # served meanwhile
    assert not report.refused
    worker.join(timeout=150)
    assert closed == [True]  # the server hung up before the headers were complete


def test_forged_requests_naming_a_laptop_do_not_lock_it_out(
    netsite: tuple[Site, Server],
) -> None:
    """Anyone can write a laptop's id into a header; only signed requests count."""
    site, server = netsite
    me = session.identity(site.teacher).device_id
    forged = f"JW-Device id={me},t=0,n={'0' * 32},s=AAAA"
    with httpx.Client(base_url=server.url, timeout=30) as client:
        codes = [
            client.get("/v1/answer", headers={"Authorization": forged}).status_code
            for _ in range(130)
        ]
    assert set(codes) == {401}
    report = network.sync_with_server(site.teacher, server.url)
    assert not report.refused
