"""The merge rules, as pure functions (docs/sync.md, "Merge rules").

Versions are hybrid logical clocks; (version, origin) pairs are totally ordered, so every
replica picks the same winner without talking to the others. Whether two versions were
concurrent - the case where the loser must be kept as a conflict - is judged from the base
version each change records (the version it replaced where it was made) and from what the
sender had seen when it sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from jw_desktop.model.replica import Clock

CONFLICT_NAMESPACE = uuid.UUID("0b9f7f5e-9d0c-4c36-9a4e-2f7c6a1d5e21")
NO_CONFLICT_TABLES = frozenset({"sync_conflict"})


@dataclass(frozen=True)
class Verdict:
    take: bool  # the incoming value replaces the local one
    concurrent: bool  # neither side knew the other: the loser is a conflict


def known_to(vector: dict[str, str], clock: Clock) -> bool:
    """Had a replica with this vector seen this version?"""
    return clock.version <= vector.get(clock.origin, "")


def judge(incoming: Clock, local: Clock | None, sender_vector: dict[str, str]) -> Verdict:
    """Per-field last-writer-wins. incoming wins when its (version, origin) is greater."""
    if local is None:
        return Verdict(True, False)
    if incoming.stamp == local.stamp:
        return Verdict(False, False)
    if incoming.stamp > local.stamp:
        knew = (
            incoming.base == local.stamp
            or known_to(sender_vector, local)
            or incoming.origin == local.origin  # a device knows its own earlier edits
        )
        return Verdict(True, not knew)
    knew = local.base == incoming.stamp or local.origin == incoming.origin
    return Verdict(False, not knew)


def conflict_id(tbl: str, pk: str, col: str, kind: str, losing: Clock) -> uuid.UUID:
    """Replicas that find the same conflict derive the same record id."""
    return uuid.uuid5(
        CONFLICT_NAMESPACE, f"{tbl}/{pk}/{col}/{kind}/{losing.version}/{losing.origin}"
    )
