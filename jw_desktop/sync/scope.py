"""What a device may hold: the policy's Scope (jw_desktop.model.policy), read from an
enrolment document. Enforced twice (docs/sync.md): the sender only sends what passes
`Scope.allows`, and the receiver refuses a bundle that holds anything outside the scope it
works out for itself."""

from __future__ import annotations

from typing import Any

from jw_desktop.model.policy import ALL_NOTES, NOTE_CATEGORIES, Scope, scope_for

ROLE_NOTES = NOTE_CATEGORIES


def from_json(d: dict[str, Any]) -> Scope:
    """A scope as Scope.to_json wrote it (a manifest's, for information only)."""
    students = d.get("students")
    return Scope(
        str(d["school"]),
        None if students is None else frozenset(str(s) for s in students),
        frozenset(str(n) for n in d.get("notes", sorted(ALL_NOTES))),
    )


__all__ = ["ALL_NOTES", "ROLE_NOTES", "Scope", "from_json", "scope_for"]
