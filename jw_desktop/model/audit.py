"""Audit trail: who did what, when. Written in the same transaction as the action."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Keyed, utcnow


class AuditEntry(Keyed, Base):
    __tablename__ = "audit_entry"
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID | None]
    summary: Mapped[str] = mapped_column(Text, default="")
