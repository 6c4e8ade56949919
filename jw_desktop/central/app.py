"""The central's HTTP service (issue 14; shared contract in docs/central.md).

Starlette on uvicorn: Starlette is a small, well-kept ASGI toolkit with no data-model
layer of its own, which suits us - the sync intake (sync/intake.py) does all the
checking of what arrives; HTTP is only the way the same signed, encrypted bundles go.

Endpoints, every one signed by an enrolled device (sync/http_auth.py):
- PUT /v1/bundles/{bundle_id}: a whole bundle; idempotent by bundle id.
- GET /v1/uploads/{bundle_id}: how much of a bundle sent in pieces arrived;
  PUT /v1/uploads/{bundle_id}?vanaf=N[&klaar=1]: the next piece (at most PIECE); the
  last one takes the bundle in as a whole push does.
- GET /v1/answer: the answer the central made for this device (Range supported).
Several server processes on one database are safe: each step that touches the
mailbox or the store runs under one file lock in the spool folder."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from jw_desktop.model import JWError, SchoolStore
from jw_desktop.sync import bundle, engine, folder, session
from jw_desktop.sync.http_auth import AuthRefused, verify_request

from . import enrol_routes, health
from .limits import DeviceRate, Guard

MAX_BUNDLE = 256 * 1024 * 1024
"""The largest bundle taken in one request."""

_BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class CentralConfig:
    db: Path
    spool: Path


def error(message: str, code: str, status: int) -> JSONResponse:
    """The contract's JSON error: one Dutch sentence and a machine code."""
    return JSONResponse({"fout": message, "code": code}, status_code=status)


@contextlib.contextmanager
def _locked(spool: Path) -> Iterator[None]:
    """One process at a time in the mailbox and the store's sync bookkeeping."""
    with open(spool / "central.lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


async def _body(request: Request, limit: int) -> bytes | None:
    """The request body, or None when it is larger than limit."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    parts: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return b"".join(parts)


def _path_of(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


class Busy(AuthRefused):
    """A verified device that asked too often (429 with Retry-After)."""

    def __init__(self, wait: int) -> None:
        super().__init__("De centrale krijgt te veel verzoeken van deze laptop.", "te-snel", 429)
        self.wait = wait


def refused(exc: AuthRefused) -> JSONResponse:
    response = error(exc.message, exc.code, exc.status)
    if isinstance(exc, Busy):
        response.headers["retry-after"] = str(exc.wait)
    return response


async def _device(request: Request, body: bytes) -> Any:
    """The verified signing device, counted against its request rate."""
    central: SchoolStore = request.app.state.central
    device = await run_in_threadpool(
        verify_request,
        central,
        request.method,
        _path_of(request),
        request.headers.get("authorization"),
        body,
    )
    wait = request.app.state.rate.busy(device.device_id)
    if wait:
        raise Busy(wait)
    return device


async def push(request: Request) -> Response:
    """Take in one bundle from the signing device; a resent one is acknowledged."""
    bundle_id = str(request.path_params["bundle_id"])
    if not _BUNDLE_ID.match(bundle_id):
        return error("Dit is geen geldige bundelnaam.", "ongeldig", 400)
    try:
        body = await _body(request, MAX_BUNDLE)
    except ClientDisconnect:
        return error("De bundel kwam niet helemaal aan.", "ongeldig", 400)
    if body is None:
        return error("Deze bundel is te groot voor de centrale.", "te-groot", 413)
    try:
        device = await _device(request, body)
    except AuthRefused as exc:
        return refused(exc)
    spool: Path = request.app.state.spool
    return await run_in_threadpool(
        _take, request.app.state.central, spool, device.device_id, bundle_id, body
    )


def _take(
    central: SchoolStore, spool: Path, device_id: str, bundle_id: str, body: bytes
) -> Response:
    tmp = spool / "tmp" / f"{secrets.token_hex(8)}.part"
    tmp.write_bytes(body)
    return _take_file(central, spool, device_id, bundle_id, tmp)


def _take_file(
    central: SchoolStore, spool: Path, device_id: str, bundle_id: str, tmp: Path
) -> Response:
    """Take in the bundle in tmp (removed afterwards), once per bundle id."""
    try:
        try:
            header = bundle.peek_header(tmp)
        except Exception:
            return error("Dit is geen leesbare bundel; hij is niet gebruikt.", "ongeldig", 400)
        me = session.identity(central)
        if (
            header.sender != device_id
            or header.bundle_id != bundle_id
            or header.receiver != me.device_id
        ):
            return error(
                "Deze bundel hoort niet bij deze laptop of deze centrale; hij is niet gebruikt.",
                "geweigerd",
                422,
            )
        box = spool / "box"
        with _locked(spool):
            if engine.bundle_done(central, bundle_id):
                return JSONResponse({"ontvangen": True, "al_verwerkt": True})
            folder.post(box, me.device_id, device_id, lambda p: shutil.copyfile(tmp, p))
            report = session.central_take(central, box, device_id)
            session.central_answer(central, box, device_id)
        if report.refused:
            return error(session.one_line(report.refused[-1]), "geweigerd", 422)
        return JSONResponse({"ontvangen": True, "al_verwerkt": False})
    except JWError as exc:
        return error(exc.message, "fout", 500)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


PIECE = 8 * 1024 * 1024
"""The largest piece of an upload in pieces."""

OPEN_UPLOADS = 4
"""Unfinished uploads one device may have at once: pieces never finished must not
fill the spool's disk (a laptop sends its bundles one after another)."""


def _upload_path(spool: Path, device_id: str, bundle_id: str) -> Path:
    return spool / "uploads" / f"{device_id}-{bundle_id}.part"


def _open_uploads(spool: Path, device_id: str) -> int:
    return sum(1 for _ in (spool / "uploads").glob(f"{device_id}-*.part"))


async def upload_state(request: Request) -> Response:
    """How much of a bundle uploaded in pieces has arrived (to resume from there)."""
    bundle_id = str(request.path_params["bundle_id"])
    if not _BUNDLE_ID.match(bundle_id):
        return error("Dit is geen geldige bundelnaam.", "ongeldig", 400)
    try:
        device = await _device(request, b"")
    except AuthRefused as exc:
        return refused(exc)
    path = _upload_path(request.app.state.spool, device.device_id, bundle_id)
    return JSONResponse({"ontvangen": path.stat().st_size if path.exists() else 0})


async def upload_piece(request: Request) -> Response:
    """One piece at ?vanaf=OFFSET; ?klaar=1 on the last takes the whole bundle in."""
    bundle_id = str(request.path_params["bundle_id"])
    offset_text = request.query_params.get("vanaf", "")
    if not _BUNDLE_ID.match(bundle_id) or not offset_text.isdigit():
        return error("Dit is geen geldig stuk van een bundel.", "ongeldig", 400)
    try:
        body = await _body(request, PIECE)
    except ClientDisconnect:
        return error("Het stuk kwam niet helemaal aan.", "ongeldig", 400)
    if body is None:
        return error("Dit stuk van de bundel is te groot.", "te-groot", 413)
    try:
        device = await _device(request, body)
    except AuthRefused as exc:
        return refused(exc)
    spool: Path = request.app.state.spool
    last = request.query_params.get("klaar") == "1"
    return await run_in_threadpool(
        _piece,
        request.app.state.central,
        spool,
        device.device_id,
        bundle_id,
        int(offset_text),
        body,
        last,
    )


def _piece(
    central: SchoolStore,
    spool: Path,
    device_id: str,
    bundle_id: str,
    offset: int,
    body: bytes,
    last: bool,
) -> Response:
    path = _upload_path(spool, device_id, bundle_id)
    with _locked(spool):
        have = path.stat().st_size if path.exists() else 0
        if not path.exists() and _open_uploads(spool, device_id) >= OPEN_UPLOADS:
            return error(
                "Deze laptop heeft al te veel onafgemaakte bundels op de centrale; "
                "maak die eerst af.",
                "te-snel",
                429,
            )
        if offset != have:
            return JSONResponse(
                {
                    "fout": "Dit stuk sluit niet aan; ga verder vanaf wat er al is.",
                    "code": "ongeldig",
                    "ontvangen": have,
                },
                status_code=409,
            )
        if have + len(body) > MAX_BUNDLE:
            path.unlink()
            return error("Deze bundel is te groot voor de centrale.", "te-groot", 413)
        with open(path, "ab") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        if not last:
            return JSONResponse({"ontvangen": have + len(body)})
        whole = spool / "tmp" / f"{secrets.token_hex(8)}.part"
        os.replace(path, whole)
    return _take_file(central, spool, device_id, bundle_id, whole)


async def answer(request: Request) -> Response:
    """The newest answer the central made for the signing device."""
    try:
        device = await _device(request, b"")
    except AuthRefused as exc:
        return refused(exc)
    try:
        path = await run_in_threadpool(
            _answer_of,
            request.app.state.central,
            request.app.state.spool,
            device.device_id,
            "range" in request.headers,
        )
    except JWError as exc:
        return error(exc.message, "fout", 500)
    return FileResponse(path, media_type="application/octet-stream")


def _answer_of(central: SchoolStore, spool: Path, device_id: str, resume: bool) -> Path:
    """A fresh answer, or - for a Range request resuming a download - the one made
    before (the central's later changes come at the next round)."""
    box = spool / "box"
    with _locked(spool):
        found = folder.inbox(box, device_id)
        if resume and found:
            return found[-1]
        return session.central_answer(central, box, device_id)


async def _unexpected(_request: Request, _exc: Exception) -> Response:
    """Never a traceback to a laptop: one Dutch sentence (the server's log has the rest)."""
    return error(
        "Er ging iets mis op de centrale; er is niets verloren. Synchroniseer later opnieuw.",
        "fout",
        500,
    )


def build_app(config: CentralConfig) -> Starlette:
    """The service for one central database, its spool folder made if needed."""
    config.spool.mkdir(parents=True, exist_ok=True)
    (config.spool / "tmp").mkdir(exist_ok=True)
    (config.spool / "box").mkdir(exist_ok=True)
    (config.spool / "uploads").mkdir(exist_ok=True)
    routes = [
        Route("/v1/bundles/{bundle_id}", push, methods=["PUT"]),
        Route("/v1/answer", answer, methods=["GET"]),
        Route("/v1/uploads/{bundle_id}", upload_state, methods=["GET"]),
        Route("/v1/uploads/{bundle_id}", upload_piece, methods=["PUT"]),
        *enrol_routes.ROUTES,  # unsigned aanmelding; pickup signed by the aanmelding's key
        *health.ROUTES,  # liveness for anyone; the detailed status only on loopback/token
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard)],
        exception_handlers={Exception: _unexpected},
    )
    app.state.central = SchoolStore.open(config.db)
    app.state.spool = config.spool
    app.state.rate = DeviceRate()
    return app


def app_from_env() -> Starlette:
    """For uvicorn --workers (a factory importable by name): the database and spool
    folder from the environment `central serve` set."""
    return build_app(
        CentralConfig(Path(os.environ["JW_CENTRAL_DB"]), Path(os.environ["JW_CENTRAL_SPOOL"]))
    )
