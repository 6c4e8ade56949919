"""The assessment moment: a student shows an eindwerkopdracht on a date, at a place,
before one or more assessors (a teacher, the workplace supervisor, an external assessor
who need not be school staff), who judge each criterion behaald or niet behaald. Separate
from practice observations: only assessment results count for a credential
(assessing.py, docs/domain.md "Credentials")."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fact, Keyed


class Assessment(Fact, Base):
    """One assessment moment of one card version. Withdrawn by a new fact (withdrawn=True,
    superseding it); its results go with it. A moment with a date still to come and no
    results is planned."""

    __tablename__ = "assessment"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id"))
    card_version: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(200), default="")
    remark: Mapped[str] = mapped_column(Text, default="")


class AssessmentAssessor(Keyed, Base):
    """Who assessed: a staff member, a workplace supervisor or an external assessor. The
    name and organisation are kept as they were on the day (a supervisor may leave)."""

    __tablename__ = "assessment_assessor"
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workplace_supervisor.id"))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")


class AssessmentResult(Keyed, Base):
    """The judgement on one criterion: behaald (passed) or niet behaald."""

    __tablename__ = "assessment_result"
    __table_args__ = (UniqueConstraint("assessment_id", "element_id"),)
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"), index=True)
    element_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_element.id"))
    passed: Mapped[bool]


class ExamPartResult(Fact, Base):
    """A diploma's other exam part (Nederlands, rekenen, ...) passed at the mbo school,
    recorded by the school with the day and the mbo school's name."""

    __tablename__ = "exam_part_result"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    exam_part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("credential_exam_part.id"))
    passed_on: Mapped[date]
    examined_by: Mapped[str] = mapped_column(String(200))
