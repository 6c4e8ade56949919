"""A bundle resent, pushed twice at once, or cut off by a killed server is taken in
once: nothing lost, nothing twice, and the next round converges."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import httpx
import pytest
from centralkit import Server
from sitekit import Site, note_rows, open_store, student

from jw_desktop.model import NoteCategory
from jw_desktop.sync import bundle, folder, network, session
from jw_desktop.sync.http_auth import sign_request


def _waiting_bundle(site: Site) -> Path:
    """The teacher's next bundle for the central, made as the network round makes it."""
    site.teacher.add_note(student(site.teacher, "Jerome"), "Twee keer?", NoteCategory.WORK)
    box = network._box(site.teacher)
    session.device_sync(site.teacher, box)
    central = session.enrolled_central(site.teacher)
    assert central is not None
    (path,) = folder.inbox(box, central.device_id)
    return path


def _put(site: Site, server: Server, path: Path) -> httpx.Response:
    body = path.read_bytes()
    url = f"/v1/bundles/{bundle.peek_header(path).bundle_id}"
    auth = sign_request(session.identity(site.teacher), "PUT", url, body)
    return httpx.put(server.url + url, content=body, headers={"Authorization": auth}, timeout=60)


def _central_notes(server: Server) -> dict[str, str]:
    server.stop()
    central = open_store(server.db)
    try:
        assert session.refusals(central) == []
        return note_rows(central)
    finally:
        central.close()


def test_the_same_bundle_pushed_twice_at_once_is_taken_in_once(
    netsite: tuple[Site, Server],
) -> None:
    site, server = netsite
    path = _waiting_bundle(site)
    answers: list[httpx.Response] = []
    threads = [
        threading.Thread(target=lambda: answers.append(_put(site, server, path))) for _ in "ab"
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200, 200]
    assert sorted(a.json()["al_verwerkt"] for a in answers) == [False, True]
    assert _put(site, server, path).json()["al_verwerkt"] is True  # resent later: acked
    network.sync_with_server(site.teacher, server.url)
    teacher = note_rows(site.teacher)
    assert set(_central_notes(server)) >= set(teacher)


def test_a_server_killed_mid_push_loses_nothing_on_retry(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    path = _waiting_bundle(site)
    pusher = threading.Thread(target=lambda: _try_put(site, server, path))
    pusher.start()
    server.stop(kill=True)  # wherever the push was: reading, applying or answering
    pusher.join()
    server.start()
    report = network.sync_with_server(site.teacher, server.url)
    assert not report.refused
    assert set(_central_notes(server)) >= set(note_rows(site.teacher))


def _try_put(site: Site, server: Server, path: Path) -> None:
    with contextlib.suppress(httpx.TransportError):
        _put(site, server, path)


def test_an_upload_in_pieces_cut_off_resumes_where_it_stopped(
    netsite: tuple[Site, Server],
) -> None:
    site, server = netsite
    path = _waiting_bundle(site)
    bundle_id = bundle.peek_header(path).bundle_id
    size = path.stat().st_size
    piece = max(1, size // 4)
    with httpx.Client(base_url=server.url, timeout=60) as client:
        link = network._Link(client, session.identity(site.teacher), server.url, None)
        with pytest.raises(network.Offline):
            link.push_in_pieces(path, bundle_id, piece_size=piece, stop_after=2)
        assert link._request("GET", f"/v1/uploads/{bundle_id}").json() == {"ontvangen": 2 * piece}
        link.push_in_pieces(path, bundle_id, piece_size=piece)  # goes on from 2 pieces
    assert _put(site, server, path).json()["al_verwerkt"] is True  # it was taken in
    assert set(_central_notes(server)) >= set(note_rows(site.teacher))
