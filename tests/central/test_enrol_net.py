"""Enrolment over the network (issue 14 item 4): the laptop sends its aanmelding, the admin
approves or rejects it, the laptop picks up its inschrijving; and what the service refuses.
Real store files; the routes on Starlette's TestClient and on a real uvicorn process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from enrol_app import make
from served import open_store, serving
from starlette.testclient import TestClient

from jw_desktop.model import InvalidInput, NotFound, SchoolStore
from jw_desktop.sync import enrol_net, session
from jw_desktop.sync.identity import DeviceIdentity
from jw_desktop.sync.network import Offline, Refused


def signed_request(store: SchoolStore, name: str = "Laptop Anne") -> dict[str, Any]:
    doc = session.enrollment_request(store, name)
    return session._sign(doc, session.identity(store))


def body(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()


def pickup_header(me: DeviceIdentity) -> str:
    return enrol_net.sign_request(me, "GET", "/v1/inschrijving", b"")


# -- the sync layer, straight on the store ---------------------------------------------------


def test_an_aanmelding_waits_with_its_name_and_fingerprint(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    waiting = enrol_net.receive(central, body(signed_request(laptop)))
    me = session.identity(laptop).public()
    assert [(w.name, w.fingerprint, w.device_id) for w in enrol_net.pending(central)] == [
        ("Laptop Anne", me.fingerprint(), me.device_id)
    ]
    assert waiting.aanmelding_id == enrol_net.pending(central)[0].aanmelding_id
    assert enrol_net.pickup(central, pickup_header(session.identity(laptop)), "GET",
                            "/v1/inschrijving") is None  # fmt: skip


def test_approve_enrolls_and_the_laptop_joins_with_the_picked_up_inschrijving(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    waiting = enrol_net.receive(central, body(signed_request(laptop)))
    enrol_net.approve(central, waiting.aanmelding_id, role="docent", staff_email=None)
    me = session.identity(laptop)
    assert me.device_id in {d.device_id for d in session.enrolled_devices(central)}
    assert enrol_net.pending(central) == []
    doc = enrol_net.pickup(central, pickup_header(me), "GET", "/v1/inschrijving")
    assert doc is not None
    joined = session.join(laptop, doc)
    assert joined.fingerprint() == session.identity(central).public().fingerprint()
    assert session.central_identity(laptop) == joined


def test_a_forged_self_signature_is_refused(central: SchoolStore, laptop: SchoolStore) -> None:
    doc = signed_request(laptop)
    doc["device"]["name"] = "Laptop Directie"  # changed after signing
    with pytest.raises(enrol_net.AanmeldingError) as caught:
        enrol_net.receive(central, body(doc))
    assert caught.value.code == "geweigerd"
    other = DeviceIdentity.generate(session.identity(laptop).device_id, "x")
    doc = session._sign(session.enrollment_request(laptop, "Laptop Anne"), other)  # wrong key
    with pytest.raises(enrol_net.AanmeldingError):
        enrol_net.receive(central, body(doc))
    assert enrol_net.pending(central) == []


@pytest.mark.parametrize(
    "raw",
    [
        b"x" * (enrol_net.AANMELDING_MAX_BYTES + 1),
        b"not json",
        b"[]",
        json.dumps({"type": "jw-inschrijving"}).encode(),
    ],
)
def test_oversized_or_malformed_aanmeldingen_are_refused(central: SchoolStore, raw: bytes) -> None:
    with pytest.raises(enrol_net.AanmeldingError):
        enrol_net.receive(central, raw)
    assert enrol_net.pending(central) == []


def test_an_extra_field_is_refused(central: SchoolStore, laptop: SchoolStore) -> None:
    doc = session.enrollment_request(laptop, "Laptop Anne")
    doc["scope"] = {"role": "beheerder"}
    doc = session._sign(doc, session.identity(laptop))
    with pytest.raises(enrol_net.AanmeldingError):
        enrol_net.receive(central, body(doc))


def test_the_same_aanmelding_again_is_the_same_one_and_other_keys_are_refused(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    first = enrol_net.receive(central, body(signed_request(laptop)))
    again = enrol_net.receive(central, body(signed_request(laptop)))
    assert again.aanmelding_id == first.aanmelding_id
    impostor = DeviceIdentity.generate(session.identity(laptop).device_id, "Laptop Anne")
    doc = session._sign({"type": "jw-aanmelding", "device": impostor.public().to_json()}, impostor)
    with pytest.raises(enrol_net.AanmeldingError) as caught:
        enrol_net.receive(central, body(doc))
    assert caught.value.code == "herhaald"
    assert [w.aanmelding_id for w in enrol_net.pending(central)] == [first.aanmelding_id]


def test_a_flood_of_aanmeldingen_is_capped(
    central: SchoolStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(enrol_net, "WAITING_MAX", 2)
    for i in range(2):
        me = DeviceIdentity.generate(f"{i:032x}", f"Laptop {i}")
        enrol_net.receive(central, body(session._sign(
            {"type": "jw-aanmelding", "device": me.public().to_json()}, me)))  # fmt: skip
    me = DeviceIdentity.generate("f" * 32, "Laptop 3")
    with pytest.raises(enrol_net.AanmeldingError) as caught:
        enrol_net.receive(central, body(session._sign(
            {"type": "jw-aanmelding", "device": me.public().to_json()}, me)))  # fmt: skip
    assert caught.value.code == "te-snel"
    assert len(enrol_net.pending(central)) == 2


def test_pickup_signed_by_another_key_is_refused(central: SchoolStore, laptop: SchoolStore) -> None:
    waiting = enrol_net.receive(central, body(signed_request(laptop)))
    enrol_net.approve(central, waiting.aanmelding_id, role="docent", staff_email=None)
    thief = DeviceIdentity.generate(session.identity(laptop).device_id, "Laptop Anne")
    with pytest.raises(enrol_net.AanmeldingError) as caught:
        enrol_net.pickup(central, pickup_header(thief), "GET", "/v1/inschrijving")
    assert caught.value.code == "geweigerd"
    with pytest.raises(enrol_net.AanmeldingError):  # no header at all
        enrol_net.pickup(central, None, "GET", "/v1/inschrijving")


def test_a_replayed_pickup_is_refused(central: SchoolStore, laptop: SchoolStore) -> None:
    enrol_net.receive(central, body(signed_request(laptop)))
    header = pickup_header(session.identity(laptop))
    assert enrol_net.pickup(central, header, "GET", "/v1/inschrijving") is None
    with pytest.raises(enrol_net.AanmeldingError) as caught:
        enrol_net.pickup(central, header, "GET", "/v1/inschrijving")
    assert caught.value.code == "herhaald"


def test_approve_or_reject_of_an_unknown_id_is_a_dutch_error(central: SchoolStore) -> None:
    with pytest.raises(NotFound, match="Er wacht geen aanmelding"):
        enrol_net.approve(central, "0" * 16, role="docent", staff_email=None)
    with pytest.raises(NotFound):
        enrol_net.reject(central, "0" * 16)


def test_a_jobcoach_approval_without_jobcoach_enrolls_no_one(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    waiting = enrol_net.receive(central, body(signed_request(laptop)))
    with pytest.raises(InvalidInput):
        enrol_net.approve(central, waiting.aanmelding_id, role="jobcoach", staff_email=None)
    assert [w.aanmelding_id for w in enrol_net.pending(central)] == [waiting.aanmelding_id]
    assert session.enrolled_devices(central) == []


def test_rejected_the_laptop_hears_so_and_may_ask_again(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    waiting = enrol_net.receive(central, body(signed_request(laptop)))
    enrol_net.reject(central, waiting.aanmelding_id)
    with pytest.raises(enrol_net.AanmeldingError, match="afgewezen"):
        enrol_net.pickup(central, pickup_header(session.identity(laptop)), "GET",
                         "/v1/inschrijving")  # fmt: skip
    again = enrol_net.receive(central, body(signed_request(laptop)))
    assert again.aanmelding_id != waiting.aanmelding_id
    assert session.enrolled_devices(central) == []


# -- the routes ------------------------------------------------------------------------------


def test_routes_take_an_aanmelding_and_refuse_hostile_ones(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    client = TestClient(make(central))
    answer = client.post("/v1/aanmelding", content=body(signed_request(laptop)))
    assert answer.status_code == 202
    assert answer.json()["vingerafdruk"] == session.identity(laptop).public().fingerprint()
    huge = client.post("/v1/aanmelding", content=b"{" + b" " * (1 << 20))
    assert (huge.status_code, huge.json()["code"]) == (413, "te-groot")
    forged = signed_request(laptop)
    forged["device"]["name"] = "Iemand anders"
    refused = client.post("/v1/aanmelding", content=body(forged))
    assert refused.status_code == 403 and refused.json()["fout"]
    waiting = client.get(
        "/v1/inschrijving", headers={"Authorization": pickup_header(session.identity(laptop))}
    )
    assert (waiting.status_code, waiting.json()) == (202, {"status": "wacht"})
    unsigned = client.get("/v1/inschrijving")
    assert unsigned.status_code == 401 and unsigned.json()["code"] == "ongeldig"


def test_health_is_public_and_bare_the_status_is_not(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    app = make(central)
    client = TestClient(app)  # its client is "testclient": not loopback
    client.post("/v1/aanmelding", content=body(signed_request(laptop)))
    assert client.get("/v1/health").json() == {"status": "ok"}
    assert client.get("/v1/status").status_code == 403
    app.state.status_token = "geheim-token-123"
    wrong = client.get("/v1/status", headers={"Authorization": "Bearer fout"})
    assert wrong.status_code == 403
    right = client.get("/v1/status", headers={"Authorization": "Bearer geheim-token-123"})
    assert right.status_code == 200
    assert [a["naam"] for a in right.json()["aanmeldingen"]] == ["Laptop Anne"]


def test_the_whole_way_over_a_real_server(central_file: Path, laptop: SchoolStore) -> None:
    """Laptop sends, the admin approves on the central (the server stopped meanwhile: a
    SQLite central is one process's), laptop picks up its inschrijving and joins."""
    with serving(central_file) as url:
        sent = enrol_net.send_aanmelding(laptop, url, "Laptop Anne")
        assert sent.fingerprint == session.identity(laptop).public().fingerprint()
        assert enrol_net.fetch_inschrijving(laptop, url) is None
        status = httpx.get(url + "/v1/status").json()  # loopback, no proxy header
        assert [a["vingerafdruk"] for a in status["aanmeldingen"]] == [sent.fingerprint]
        proxied = httpx.get(url + "/v1/status", headers={"X-Forwarded-For": "203.0.113.9"})
        assert proxied.status_code == 403
    with open_store(central_file) as central:
        enrol_net.approve(central, sent.aanmelding_id, role="docent", staff_email=None)
        fingerprint = session.identity(central).public().fingerprint()
    with serving(central_file) as url:
        joined = enrol_net.fetch_inschrijving(laptop, url)
    assert joined is not None
    assert joined.fingerprint() == fingerprint
    assert session.central_identity(laptop) == joined


def test_a_rejected_laptop_gets_one_dutch_sentence(central_file: Path, laptop: SchoolStore) -> None:
    with serving(central_file) as url:
        sent = enrol_net.send_aanmelding(laptop, url, "Laptop Anne")
    with open_store(central_file) as central:
        enrol_net.reject(central, sent.aanmelding_id)
    with serving(central_file) as url, pytest.raises(Refused, match="afgewezen"):
        enrol_net.fetch_inschrijving(laptop, url)
    assert session.central_identity(laptop) is None


def test_an_unreachable_server_is_offline(laptop: SchoolStore) -> None:
    with pytest.raises(Offline):
        enrol_net.send_aanmelding(laptop, "http://127.0.0.1:9", "Laptop Anne")


def test_a_revoked_laptop_may_ask_again_and_never_gets_its_old_inschrijving(
    central: SchoolStore, laptop: SchoolStore
) -> None:
    first = enrol_net.receive(central, body(signed_request(laptop)))
    enrol_net.approve(central, first.aanmelding_id, role="docent", staff_email=None)
    with pytest.raises(enrol_net.AanmeldingError):  # enrolled: no second aanmelding
        enrol_net.receive(central, body(signed_request(laptop)))
    session.revoke(central, session.identity(laptop).device_id)
    again = enrol_net.receive(central, body(signed_request(laptop)))
    assert again.aanmelding_id != first.aanmelding_id and again.state == "wacht"
    header = pickup_header(session.identity(laptop))
    assert enrol_net.pickup(central, header, "GET", "/v1/inschrijving") is None
