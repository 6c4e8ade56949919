"""Progress facts: observations, self-assessments, placement hours and notes; and the
rules that read them the same way for the window, the CLI and the reports: when a card
counts as done (card_done), how a phase's progress is worded (phase_summary), and which
placement a worked day belongs to (placement_on).

The facts are append-only (base.Fact): a correction supersedes, a withdrawal is a new fact.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fact
from .enums import ItemStatus, NoteCategory, Setting, enum_type
from .views import PhaseProgress, PlacementHours, Tally
from .wording import plural

ABSENT = "afwezig"
"""The remark an hours entry of 0 hours gets when none was typed: the student was absent."""


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
    # Not indexed, unlike other records' partitions: only a purge looks observations up by
    # partition, and that index was 104 bytes of every observation's ~650 (issue 13).
    # Last among the columns, as the Keyed mixin puts it.
    partition: Mapped[str] = mapped_column(String(120), sort_order=1)


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


# -- the rules read from these facts ------------------------------------------------------


def card_done(status: ItemStatus, elements: Tally, assessed_credential_issued: bool) -> bool:
    """The one rule for 'this card is done' (docs/domain.md, 'When a card is done'): the
    teacher marked it klaar, or every one of its steps and criteria is mastered (latest
    staff observation zelfstandig), or the credential it assesses has been issued. A card
    without steps or criteria (instapvragen, leskaart) is done only when marked klaar."""
    if status == ItemStatus.DONE or assessed_credential_issued:
        return True
    return elements.total > 0 and elements.mastered == elements.total


def phase_summary(p: PhaseProgress) -> str:
    """'Fase 4: 11 van 11 kaarten klaar; 72 van 72 stappen en criteria zelfstandig', for
    text made without Qt (the CLI, the reports); a phase without steps or criteria says
    only how many cards are done, never '0 van 0'. The window uses the same numbers with
    Qt's plural forms."""
    line = f"Fase {p.phase}: {p.items_done} van {plural(p.items_total, 'kaart', 'kaarten')} klaar"
    if p.elements.total:
        many = plural(p.elements.total, "stap of criterium", "stappen en criteria")
        line += f"; {p.elements.mastered} van {many} zelfstandig"
    return line


def placement_on(placements: Sequence[PlacementHours], day: date) -> PlacementHours | None:
    """The placement whose period holds the day; else the latest one started by then, else
    the first (logging hours then explains why the day does not fit)."""
    for placement in placements:
        if placement.start_on <= day <= placement.last_day:
            return placement
    started = [p for p in placements if p.start_on <= day]
    return started[-1] if started else (placements[0] if placements else None)
