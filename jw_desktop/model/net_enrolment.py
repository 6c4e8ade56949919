"""Storage of the aanmeldingen laptops send over the network (sync/enrol_net.py): one row
per device, waiting -> approved (inschrijving kept for pickup) or rejected. Local to the
central; the SQL for it lives here so sync/ stays free of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

WAITING = "wacht"
APPROVED = "goedgekeurd"
REJECTED = "afgewezen"

_COLUMNS = "id, device_id, name, fingerprint, doc, at, state, inschrijving, decided_by"


@dataclass(frozen=True)
class AanmeldingRow:
    """One network aanmelding as the central keeps it."""

    aanmelding_id: str
    device_id: str
    name: str
    fingerprint: str
    doc: str  # the laptop's signed aanmelding, as JSON text
    at: str  # ISO UTC, when it arrived
    state: str  # WAITING, APPROVED or REJECTED
    inschrijving: str | None  # the signed inschrijving (JSON text) once approved
    decided_by: str | None


def _row(r: Sequence[Any]) -> AanmeldingRow:
    i, d, n, f, doc, at, st, ins, by = r
    return AanmeldingRow(
        str(i),
        str(d),
        str(n),
        str(f),
        str(doc),
        str(at),
        str(st),
        None if ins is None else str(ins),
        None if by is None else str(by),
    )


def put(con: Connection, a: AanmeldingRow) -> None:
    """Record an aanmelding; one earlier row of the same device is replaced (the caller
    decides whether that is allowed)."""
    con.exec_driver_sql("DELETE FROM sync_net_aanmelding WHERE device_id = ?", (a.device_id,))
    con.exec_driver_sql(
        f"INSERT INTO sync_net_aanmelding ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.aanmelding_id,
            a.device_id,
            a.name[:200],
            a.fingerprint[:100],
            a.doc,
            a.at,
            a.state,
            a.inschrijving,
            None if a.decided_by is None else a.decided_by[:200],
        ),
    )


def by_id(con: Connection, aanmelding_id: str) -> AanmeldingRow | None:
    row = con.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM sync_net_aanmelding WHERE id = ?", (aanmelding_id,)
    ).first()
    return None if row is None else _row(row)


def by_device(con: Connection, device_id: str) -> AanmeldingRow | None:
    row = con.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM sync_net_aanmelding WHERE device_id = ?", (device_id,)
    ).first()
    return None if row is None else _row(row)


def listed(con: Connection, state: str | None = None) -> list[AanmeldingRow]:
    """Aanmeldingen oldest first, of one state or all."""
    if state is None:
        rows = con.exec_driver_sql(f"SELECT {_COLUMNS} FROM sync_net_aanmelding ORDER BY at, id")
    else:
        rows = con.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_net_aanmelding WHERE state = ? ORDER BY at, id",
            (state,),
        )
    return [_row(r) for r in rows]


def count_waiting(con: Connection) -> int:
    row = con.exec_driver_sql(
        "SELECT COUNT(*) FROM sync_net_aanmelding WHERE state = ?", (WAITING,)
    ).first()
    return int(row[0]) if row else 0


def decide(
    con: Connection, aanmelding_id: str, state: str, by: str, inschrijving: str | None
) -> bool:
    """Approve or reject a waiting aanmelding (False: no such waiting one)."""
    result = con.exec_driver_sql(
        "UPDATE sync_net_aanmelding SET state = ?, decided_by = ?, inschrijving = ? "
        "WHERE id = ? AND state = ?",
        (state, by[:200], inschrijving, aanmelding_id, WAITING),
    )
    return bool(result.rowcount)
