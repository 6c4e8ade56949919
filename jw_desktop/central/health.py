"""Health of the central service.

GET /v1/health is liveness for load balancers and monitoring: {"status": "ok"} when the
process answers and its store can be read, 503 otherwise; it carries no personal data.

GET /v1/status is the admin's detailed view (devices, last sync per device, refused
bundles, waiting aanmeldingen). It names laptops and staff, so it is NOT public: it is
answered only (a) to a request from loopback that carries no X-Forwarded-For/Forwarded
header (behind a reverse proxy on the same host every request comes from loopback, so a
proxied request never counts as local: the proxy must set X-Forwarded-For), or (b) with
`Authorization: Bearer <token>` equal to the token configured for the server
(`app.state.status_token`, set by the app from the environment JW_CENTRAL_STATUS_TOKEN).
Anything else gets 403. `jw-desktop central status` shows the same facts on the server."""

from __future__ import annotations

import hmac
import ipaddress
import os

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from jw_desktop.model import JWError
from jw_desktop.sync import enrol_net

TOKEN_ENV = "JW_CENTRAL_STATUS_TOKEN"


def _loopback(request: Request) -> bool:
    if request.client is None:
        return False
    if "x-forwarded-for" in request.headers or "forwarded" in request.headers:
        return False
    try:
        return ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False


def _token(request: Request) -> str | None:
    configured = getattr(request.app.state, "status_token", None) or os.environ.get(TOKEN_ENV)
    return str(configured) if configured else None


def allowed(request: Request) -> bool:
    """May this request see the detailed status (see the module docstring)."""
    token = _token(request)
    given = request.headers.get("authorization", "")
    if token and given.startswith("Bearer "):
        return hmac.compare_digest(given[len("Bearer ") :].encode(), token.encode())
    return _loopback(request)


async def liveness(request: Request) -> JSONResponse:
    try:
        await run_in_threadpool(enrol_net.pending, request.app.state.central)
    except JWError:
        return JSONResponse({"status": "fout"}, status_code=503)
    return JSONResponse({"status": "ok"})


async def status(request: Request) -> JSONResponse:
    if not allowed(request):
        return JSONResponse(
            {
                "fout": "De uitgebreide status is alleen op de server zelf of met het "
                "beheertoken te zien.",
                "code": "geweigerd",
            },
            status_code=403,
        )
    data = await run_in_threadpool(enrol_net.health_json, request.app.state.central)
    return JSONResponse(data)


ROUTES = [
    Route("/v1/health", liveness, methods=["GET"]),
    Route("/v1/status", status, methods=["GET"]),
]
