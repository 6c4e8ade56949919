"""`jw-desktop central serve`: the central's HTTP service on uvicorn, with TLS built in
(--cert/--key) or plain HTTP behind a reverse proxy."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

LIMIT_CONCURRENCY = 64
"""More connections at once than this get 503 at once rather than a queue."""

KEEP_ALIVE_S = 5

HEADERS_S = 10.0
"""A request's line and headers must have arrived this long after the connection opened
(or the previous answer went out): a client that trickles them is cut off."""


class HeaderDeadline(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a deadline on the request headers, which uvicorn
    itself does not have: its keep-alive timer is reset by every byte, so a client
    sending one byte a second would hold a connection slot forever. (The body's minimum
    rate is limits.Guard's.)"""

    _deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(HEADERS_S, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the headers are in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection gets the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def serve(
    db: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8470,
    cert: Path | None = None,
    key: Path | None = None,
    workers: int = 1,
    spool: Path | None = None,
) -> None:
    """Run until stopped. Each worker process opens the database itself."""
    os.environ["JW_CENTRAL_DB"] = str(db)
    os.environ["JW_CENTRAL_SPOOL"] = str(spool or db.with_name(db.name + ".spool"))
    uvicorn.run(
        "jw_desktop.central.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        ssl_certfile=str(cert) if cert else None,
        ssl_keyfile=str(key) if key else None,
        http=HeaderDeadline,
        limit_concurrency=LIMIT_CONCURRENCY,
        timeout_keep_alive=KEEP_ALIVE_S,
        log_level="warning",
        access_log=False,
    )
