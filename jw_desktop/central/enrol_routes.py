"""Network enrolment routes (docs/central.md): POST /v1/aanmelding takes a laptop's signed
aanmelding; GET /v1/inschrijving hands its inschrijving to a request signed with the key
of that aanmelding (202 while the admin has not decided). The rules are in
sync/enrol_net.py; this only speaks HTTP."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from jw_desktop.model import JWError
from jw_desktop.sync import enrol_net


def error(exc: enrol_net.AanmeldingError) -> JSONResponse:
    return JSONResponse({"fout": str(exc), "code": exc.code}, status_code=exc.status)


async def _body(request: Request, limit: int) -> bytes:
    """The body, read no further than limit + 1 bytes (an oversized one is refused
    without being held in memory)."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise enrol_net.AanmeldingError("De aanmelding is te groot.", "te-groot", 413)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise enrol_net.AanmeldingError("De aanmelding is te groot.", "te-groot", 413)
        chunks.append(chunk)
    return b"".join(chunks)


async def aanmelding(request: Request) -> JSONResponse:
    try:
        body = await _body(request, enrol_net.AANMELDING_MAX_BYTES)
        waiting = await run_in_threadpool(enrol_net.receive, request.app.state.central, body)
    except enrol_net.AanmeldingError as exc:
        return error(exc)
    except JWError as exc:
        return JSONResponse({"fout": str(exc), "code": "ongeldig"}, status_code=400)
    return JSONResponse(
        {
            "id": waiting.aanmelding_id,
            "naam": waiting.name,
            "vingerafdruk": waiting.fingerprint,
            "op": waiting.at,
            "status": waiting.state,
        },
        status_code=202,
    )


async def inschrijving(request: Request) -> JSONResponse:
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    try:
        doc = await run_in_threadpool(
            enrol_net.pickup,
            request.app.state.central,
            request.headers.get("authorization"),
            "GET",
            path,
        )
    except enrol_net.AanmeldingError as exc:
        return error(exc)
    if doc is None:
        return JSONResponse({"status": "wacht"}, status_code=202)
    return JSONResponse(doc)


ROUTES = [
    Route("/v1/aanmelding", aanmelding, methods=["POST"]),
    Route("/v1/inschrijving", inschrijving, methods=["GET"]),
]
