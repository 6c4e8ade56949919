"""People and places: the school, its staff, groups, students, companies and placements.

A student record holds no BSN: jw-desktop has no legal basis to store one (docs/privacy.md).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Mutable
from .enums import PlacementModel, Role, Uitstroomprofiel, enum_type


class School(Mutable, Base):
    __tablename__ = "school"
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120), default="")


class Staff(Mutable, Base):
    __tablename__ = "staff"
    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    """scrypt (auth.py); synced, so a teacher can log in on any of the school's laptops."""


class Group(Mutable, Base):
    """A class or group (klas), with its mentor."""

    __tablename__ = "school_group"
    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    phase: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Student(Mutable, Base):
    __tablename__ = "student"
    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("school_group.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date]
    phase: Mapped[int] = mapped_column(Integer)
    uitstroomprofiel: Mapped[Uitstroomprofiel] = mapped_column(enum_type(Uitstroomprofiel))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    """The one fixed contact person (vaste contactpersoon)."""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Company(Mutable, Base):
    """A leerbedrijf; erkend when SBB recognised it (a recognition number, valid until a
    day or open-ended). open_places: how many students it can take (placements.py)."""

    __tablename__ = "company"
    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sector.id"))
    city: Mapped[str] = mapped_column(String(120), default="")
    recognition_number: Mapped[str] = mapped_column(String(40), default="")
    recognized_on: Mapped[date | None] = mapped_column(default=None)
    recognized_until: Mapped[date | None] = mapped_column(default=None)
    open_places: Mapped[int] = mapped_column(Integer, default=0)


class WorkplaceSupervisor(Mutable, Base):
    """The praktijkbegeleider at the company (not a staff member of the school)."""

    __tablename__ = "workplace_supervisor"
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Placement(Mutable, Base):
    """A stage or leerwerktraject: which student works where, when, how often, and which
    jobcoach follows it."""

    __tablename__ = "placement"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workplace_supervisor.id"))
    jobcoach_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    start_on: Mapped[date]
    end_on: Mapped[date]
    model: Mapped[PlacementModel] = mapped_column(enum_type(PlacementModel))
    days_per_week: Mapped[int] = mapped_column(Integer)
    hours_required: Mapped[int] = mapped_column(Integer)
    ended_on: Mapped[date | None] = mapped_column(default=None)
    agreement_signed_on: Mapped[date | None] = mapped_column(default=None)
    """The praktijkovereenkomst: the day it was signed (None: not yet - a warning)."""
    agreement_signed_by: Mapped[str] = mapped_column(String(200), default="")
    """The day the placement ended (SchoolStore.end_placement): it is history then, not
    gone - its hours keep counting; no hours after this day; the jobcoach link ends.
    `deleted` is only for a placement entered by mistake (docs/domain.md)."""
