"""The class overview (klasoverzicht) for a teachers' meeting."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore

from ._placeholder import placeholder


def class_overview(store: SchoolStore, group_id: uuid.UUID) -> bytes:
    names = [f"{s.first_name} {s.last_name}" for s in store.students(group_id)]
    return placeholder("Klasoverzicht", store.school_name() or "", names)
