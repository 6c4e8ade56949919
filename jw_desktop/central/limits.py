"""Limits of the central's HTTP service, as ASGI wrappers: a request body must keep up
a minimum rate (a client sending one byte a second is cut off while others are served),
and one device may make only so many requests a minute (429 with Retry-After)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import defaultdict, deque
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

GRACE_S = 10.0
"""Every request body may take this long, plus its size at MIN_RATE."""

MIN_RATE = 16 * 1024
"""Bytes a second a request body must keep up after the grace."""

RATE_PER_MINUTE = 120
"""Requests one device may make in a minute (per server process)."""


async def _json(send: Send, status: int, doc: dict[str, str], extra: list[Any]) -> None:
    body = json.dumps(doc, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _TooSlow(Exception):
    pass


class DeviceRate:
    """Requests per device a minute, counted only once the signature is verified (a
    forged header naming a laptop must not lock that laptop out, nor grow this table)."""

    def __init__(self, per_minute: int = RATE_PER_MINUTE) -> None:
        self.per_minute = per_minute
        self.seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def busy(self, device_id: str) -> int:
        """Seconds to wait when this device asked too often, else 0 (and counted)."""
        with self._lock:
            now = time.monotonic()
            times = self.seen[device_id]
            while times and times[0] < now - 60:
                times.popleft()
            if len(times) >= self.per_minute:
                return int(times[0] + 60 - now) + 1
            times.append(now)
            return 0


class Guard:
    """The minimum body rate of every request."""

    def __init__(self, app: ASGIApp, *, grace: float = GRACE_S, min_rate: int = MIN_RATE) -> None:
        self.app, self.grace, self.min_rate = app, grace, min_rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        received = 0
        sent = False

        async def timed_receive() -> Message:
            nonlocal received
            deadline = started + self.grace + received / self.min_rate
            try:
                message = await asyncio.wait_for(receive(), max(0.01, deadline - time.monotonic()))
            except TimeoutError as exc:
                raise _TooSlow from exc
            received += len(message.get("body", b""))
            return message

        async def watched_send(message: Message) -> None:
            nonlocal sent
            if message["type"] == "http.response.start":
                sent = True
            await send(message)

        try:
            await self.app(scope, timed_receive, watched_send)
        except _TooSlow:
            if not sent:
                await _json(
                    send,
                    408,
                    {
                        "fout": "De bundel kwam te langzaam binnen; probeer het opnieuw.",
                        "code": "te-traag",
                    },
                    [(b"connection", b"close")],
                )
