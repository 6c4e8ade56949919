"""The nonces of signed HTTP requests the central has seen (migration 0016): a nonce
is taken once per device; a second use within the window is a replay. In the database
so that several server processes on one central agree."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from .store import SchoolStore


def take_nonce(store: SchoolStore, device_id: str, nonce: str, now_ms: int, window_ms: int) -> bool:
    """Record (device_id, nonce); False when it was seen before (a replay). Nonces older
    than the window are pruned on the way: a request that old is refused by its clock."""
    with store.db.writer.connect() as con, con.begin():
        con.execute(
            text("DELETE FROM http_nonce WHERE seen_ms < :old"), {"old": now_ms - 2 * window_ms}
        )
    try:
        with store.db.writer.connect() as con, con.begin():
            con.execute(
                text("INSERT INTO http_nonce (device_id, nonce, seen_ms) VALUES (:d, :n, :t)"),
                {"d": device_id, "n": nonce, "t": now_ms},
            )
    except IntegrityError:
        return False
    return True
