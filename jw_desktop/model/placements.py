"""Placements as history: ending a stage (its hours keep counting), removing one entered
by mistake, and the hours a route asks across placements per school year.

The rules are described in docs/domain.md, "Placements and companies"."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .errors import InvalidInput
from .lookups import active_facts
from .people import Placement
from .progress import HoursEntry


def end(session: Session, placement: Placement, on: date, today: date) -> None:
    """Mark the placement ended on `on`: not before it started and not in the future (a
    planned end is end_on; this records that it happened). Ending twice is refused so the
    first date, which the audit holds, stays."""
    if placement.ended_on is not None:
        raise InvalidInput(f"Deze stage is al afgelopen op {placement.ended_on:%d-%m-%Y}.")
    if on < placement.start_on:
        raise InvalidInput(
            f"De stage kan niet eindigen op {on:%d-%m-%Y}: hij begon pas op "
            f"{placement.start_on:%d-%m-%Y}."
        )
    if on > today:
        raise InvalidInput(
            f"{on:%d-%m-%Y} ligt in de toekomst; een geplande einddatum is de 'tot en met' "
            "van de stage. Beëindig de stage op de dag dat hij echt afloopt."
        )
    worked_later = session.scalar(
        select(
            exists().where(
                HoursEntry.placement_id == placement.id,
                HoursEntry.worked_on > on,
                active_facts(HoursEntry),
            )
        )
    )
    if worked_later:
        raise InvalidInput(
            f"Er zijn al uren vastgelegd na {on:%d-%m-%Y}. Kies een latere einddatum of "
            "trek die uren eerst in."
        )
    placement.ended_on = on


def remove(session: Session, placement: Placement) -> None:
    """A placement entered by mistake goes (a tombstone); one with hours is history and
    is ended instead, so no worked hour can disappear by this door."""
    has_hours = session.scalar(
        select(
            exists().where(
                HoursEntry.placement_id == placement.id,
                HoursEntry.minutes > 0,
                active_facts(HoursEntry),
            )
        )
    )
    if has_hours:
        raise InvalidInput(
            "Bij deze stage zijn uren vastgelegd; verwijderen kan dan niet. "
            "Beëindig de stage: de uren blijven dan meetellen."
        )
    placement.deleted = True
