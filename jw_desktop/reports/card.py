"""The printable instruction card for the workbench, and the werkopdracht checklist."""

from __future__ import annotations

import uuid

from jw_desktop.model import SchoolStore

from ._placeholder import placeholder


def instruction_card(store: SchoolStore, card_id: uuid.UUID, version: int | None = None) -> bytes:
    card = store.card(card_id, version)
    return placeholder(f"{card.code} {card.title}", store.school_name() or "", [card.summary])


def checklist(store: SchoolStore, card_id: uuid.UUID, student_id: uuid.UUID | None = None) -> bytes:
    card = store.card(card_id)
    return placeholder(
        f"Afvinklijst {card.code}", store.school_name() or "", [e.text for e in card.elements]
    )
