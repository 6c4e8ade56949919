"""Small helpers the proof tests share."""

from __future__ import annotations

import uuid

from factories import assess
from sitekit import student

from jw_desktop import proof
from jw_desktop.model import SchoolStore


def issue_jerome(store: SchoolStore, key: str = "pb-planten") -> uuid.UUID:
    """Jerome passes the eindwerkopdracht and gets the praktijkbewijs, signed on `store`."""
    jerome = student(store, "Jerome")
    assess(store, jerome, key)
    return proof.issue(store, jerome, store.credential_id(key))
