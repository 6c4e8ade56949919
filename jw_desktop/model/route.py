"""The leerroute: per student, ordered items (card + the version it was planned with).

Order is a fractional index key (fractional-indexing), so two replicas can both insert
between the same neighbours without renumbering; equal keys are ordered by id.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Keyed, Mutable
from .enums import ItemStatus, enum_type

ROUTE_NAMESPACE = uuid.UUID("6f1d3c1e-2b7a-4d0e-9a51-3c0f4b9e8a11")
ROUTE_ITEM_NAMESPACE = uuid.UUID("1cb5fc90-9e80-47a6-9b0e-3b65cd2924b4")


def route_id_for(student_id: uuid.UUID) -> uuid.UUID:
    """A student has one route; its id follows from the student's, so two laptops that
    each start the route offline create the same record instead of two."""
    return uuid.uuid5(ROUTE_NAMESPACE, student_id.hex)


def route_item_id_for(route_id: uuid.UUID, card_id: uuid.UUID) -> uuid.UUID:
    """A card is in a route at most once; the item's id follows from both, so two laptops
    that add the same card offline make one record, merged field by field (docs/sync.md).
    Items made by older versions keep their random ids."""
    return uuid.uuid5(ROUTE_ITEM_NAMESPACE, f"{route_id.hex}/{card_id.hex}")


class Route(Mutable, Base):
    __tablename__ = "route"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), unique=True)
    target_credential_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("credential_definition.id")
    )


class RouteItem(Mutable, Base):
    __tablename__ = "route_item"
    route_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("route.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"), index=True)
    card_version: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer)
    theme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("theme.id"))
    order_key: Mapped[str] = mapped_column(String(80))
    status: Mapped[ItemStatus] = mapped_column(enum_type(ItemStatus), default=ItemStatus.PLANNED)
    planned_on: Mapped[date | None]
    started_on: Mapped[date | None]
    done_on: Mapped[date | None]


class TemplateRoute(Mutable, Base):
    """A ready-made route towards a credential that a teacher starts from."""

    __tablename__ = "template_route"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    credential_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("credential_definition.id"))


class TemplateItem(Keyed, Base):
    __tablename__ = "template_item"
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("template_route.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"))
    phase: Mapped[int] = mapped_column(Integer)
    theme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("theme.id"))
    order_key: Mapped[str] = mapped_column(String(80))
