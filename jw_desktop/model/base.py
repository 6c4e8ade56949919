"""Declarative base and the row shapes every synced record shares.

The data rules of docs/architecture.md live here so that no entity can forget them:
UUID keys (never autoincrement), a partition on every row (what a device may hold),
tombstones instead of deletes for mutable records, and append-only facts that are
corrected by superseding, never by editing.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

CATALOGUE_PARTITION = "catalogue"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def school_partition(school_id: uuid.UUID) -> str:
    return f"school/{school_id.hex}"


def student_partition(school_id: uuid.UUID, student_id: uuid.UUID) -> str:
    return f"school/{school_id.hex}/student/{student_id.hex}"


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored as UTC ISO text and always come back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: jw-desktop stores only timezone-aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(as_uuid=True),
        datetime: UTCDateTime(),
        date: Date(),
        list[str]: JSON(),
    }


class Keyed:
    """A record that may leave this laptop: stable UUID key and the partition it belongs to."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    partition: Mapped[str] = mapped_column(String(120), index=True)


class Mutable(Keyed):
    """A record whose fields may change. Deleting it leaves a tombstone (deleted=True)."""

    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(default=False)


class Fact(Keyed):
    """An append-only fact. A correction is a new fact that supersedes the old one;
    a withdrawal is a new fact with withdrawn=True. Facts are never updated or deleted
    by a normal action."""

    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn: Mapped[bool] = mapped_column(default=False)

    @declared_attr
    def recorded_by(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(ForeignKey("staff.id"), nullable=True)

    @declared_attr
    def supersedes_id(cls) -> Mapped[uuid.UUID | None]:
        table: str = cls.__tablename__  # type: ignore[attr-defined]
        return mapped_column(ForeignKey(f"{table}.id"), nullable=True, index=True)
