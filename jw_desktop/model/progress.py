"""Progress facts: observations, self-assessments, placement hours and notes.

All are append-only (base.Fact): a correction supersedes, a withdrawal is a new fact.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fact
from .enums import NoteCategory, Setting, enum_type


class Observation(Fact, Base):
    """'Jerome did step 3 with help, at the workplace, seen by coach X on date D.'
    level is enums.Level (0 nog niet, 1 met hulp, 2 zelfstandig). A self-assessment is an
    observation the student made of themself (recorded by staff with the student); it is
    shown beside, never counted as, the staff's observations."""

    __tablename__ = "observation"
    __table_args__ = (
        Index("ix_observation_student_element", "student_id", "element_id"),
        # "last observed" per student for the student list, read from the index alone
        Index("ix_observation_student_seen", "student_id", "self_assessment", "observed_on"),
    )
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"))
    element_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_element.id"))
    level: Mapped[int] = mapped_column(Integer)
    setting: Mapped[Setting] = mapped_column(enum_type(Setting))
    observed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    observed_on: Mapped[date]
    remark: Mapped[str] = mapped_column(Text, default="")
    self_assessment: Mapped[bool] = mapped_column(default=False)


class HoursEntry(Fact, Base):
    __tablename__ = "hours_entry"
    placement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    worked_on: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer)
    remark: Mapped[str] = mapped_column(Text, default="")


class Note(Fact, Base):
    """A short note; category decides who may see it ('werk' or 'zorg', see enums)."""

    __tablename__ = "note"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    category: Mapped[NoteCategory] = mapped_column(enum_type(NoteCategory))
    text: Mapped[str] = mapped_column(Text)
    follow_up_on: Mapped[date | None]
    topic: Mapped[str] = mapped_column(String(120), default="")
