"""The student's progress report (voortgangsrapport)."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore

from ._placeholder import placeholder


def progress_report(store: SchoolStore, student_id: uuid.UUID) -> bytes:
    s = store.student(student_id)
    name = f"{s.first_name} {s.last_name}"
    return placeholder(f"Voortgangsrapport {name}", store.school_name() or "", [name])
