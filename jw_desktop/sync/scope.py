"""What a device may hold: its school, which students, which kinds of notes.

Enforced twice (docs/sync.md): the sender only sends what passes `allows`, and the receiver
refuses a bundle that holds anything outside the scope it was enrolled with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jw_desktop.model.base import CATALOGUE_PARTITION

ALL_NOTES = frozenset({"werk", "zorg"})
ROLE_NOTES = {"docent": ALL_NOTES, "beheerder": ALL_NOTES, "jobcoach": frozenset({"werk"})}


@dataclass(frozen=True)
class Scope:
    school: str  # school id, 32 hex
    students: frozenset[str] | None  # None: every student of the school
    note_categories: frozenset[str] = ALL_NOTES

    def allows_partition(self, partition: str) -> bool:
        if partition == CATALOGUE_PARTITION or partition == f"school/{self.school}":
            return True
        prefix = f"school/{self.school}/student/"
        if not partition.startswith(prefix):
            return False
        return self.students is None or partition[len(prefix) :] in self.students

    def allows(self, tbl: str, partition: str, record: dict[str, Any] | None) -> bool:
        if not self.allows_partition(partition):
            return False
        if tbl == "note" and record is not None and "category" in record:
            return str(record["category"]) in self.note_categories
        return True

    def partitions(self, known: Iterable[str]) -> list[str]:
        """The partitions of `known` this scope covers."""
        return sorted(p for p in known if self.allows_partition(p))

    def narrower_than(self, other: Scope) -> bool:
        return (
            self.school == other.school
            and self.note_categories <= other.note_categories
            and (
                other.students is None
                or (self.students is not None and self.students <= other.students)
            )
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "school": self.school,
            "students": None if self.students is None else sorted(self.students),
            "notes": sorted(self.note_categories),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Scope:
        students = d.get("students")
        return cls(
            str(d["school"]),
            None if students is None else frozenset(str(s) for s in students),
            frozenset(str(n) for n in d.get("notes", sorted(ALL_NOTES))),
        )
