"""`jw-desktop central serve`: the central's HTTP service on uvicorn, with TLS built in
(--cert/--key) or plain HTTP behind a reverse proxy."""

from __future__ import annotations

import os
from pathlib import Path

import uvicorn

LIMIT_CONCURRENCY = 64
"""More connections at once than this get 503 at once rather than a queue."""

KEEP_ALIVE_S = 5


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
        limit_concurrency=LIMIT_CONCURRENCY,
        timeout_keep_alive=KEEP_ALIVE_S,
        log_level="warning",
        access_log=False,
    )
