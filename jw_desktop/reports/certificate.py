"""The certificate of an issued credential, with its verification QR code."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore

from ._placeholder import placeholder


def certificate(store: SchoolStore, issued_id: uuid.UUID) -> bytes:
    return placeholder("Certificaat", store.school_name() or "", [str(issued_id)])
