"""Small shared reads: fetch-or-fail by id, and the active-fact rule."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session, aliased

from .base import Fact
from .errors import NotFound
from .progress import Observation

T = TypeVar("T")

WHAT = {
    "Student": "leerling",
    "Card": "kaart",
    "RouteItem": "onderdeel van de route",
    "Placement": "stage",
    "Staff": "medewerker",
    "CredentialDefinition": "kwalificatie",
    "TemplateRoute": "sjabloonroute",
    "CardElement": "stap of criterium",
    "Observation": "observatie",
    "Group": "groep",
    "Company": "leerbedrijf",
    "StudentGoal": "doel",
    "Reflection": "reflectie",
    "PlacementGoal": "leerdoel",
}


def get(session: Session, entity: type[T], ident: uuid.UUID) -> T:
    """The live (not tombstoned) row, or NotFound with a Dutch message."""
    row = session.get(entity, ident)
    if row is None or getattr(row, "deleted", False):
        what = WHAT.get(entity.__name__, entity.__name__)
        raise NotFound(f"Deze {what} bestaat niet (meer).")
    return row


def active_observations() -> ColumnElement[bool]:
    """Observations that count: not withdrawn and not superseded by a later fact."""
    later = aliased(Observation)
    return and_(
        Observation.withdrawn.is_(False),
        ~exists(select(later.id).where(later.supersedes_id == Observation.id)),
    )


def active_facts(fact: type[Fact]) -> ColumnElement[bool]:
    """Hours entries, notes, issued credentials (any Fact) that count: not
    withdrawn and not superseded by a later fact - the rule active_observations keeps for
    observations, in the form these smaller tables read fastest."""
    replaced = select(fact.supersedes_id).where(fact.supersedes_id.is_not(None))
    return and_(fact.withdrawn.is_(False), fact.id.not_in(replaced.scalar_subquery()))


def first_or_none(rows: Any) -> Any:
    for row in rows:
        return row
    return None
