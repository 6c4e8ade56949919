"""The placement hours statement (urenverantwoording) the workplace supervisor signs."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore

from ._placeholder import placeholder


def hours_statement(store: SchoolStore, placement_id: uuid.UUID) -> bytes:
    return placeholder("Urenverantwoording", store.school_name() or "", [str(placement_id)])
