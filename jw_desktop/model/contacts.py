"""Parents and carers, consent records and the route onward (docs/domain.md, "Parents,
consent and the route onward").

Three records of a student's partition:

- `student_contact` (Mutable): a parent or carer - who they are to the student, how to
  reach them, whether they hold parental authority (gezag). School staff only: a
  jobcoach's laptop never holds them (data minimisation, docs/privacy.md).
- `consent` (Fact): what may be shared with whom and until when; withdrawn by a new fact.
  The rule that reads them is model/consent.py.
- `student_plan` (Mutable, one per student, its id derived from the student's): the OPP's
  main goals (ontwikkelingsperspectiefplan), the trajectory type of a doorlopende leerroute
  and its partner mbo school. School staff only, like the OPP itself.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Fact, Mutable
from .enums import enum_type
from .errors import InvalidInput
from .people import Student

PLAN_NAMESPACE = uuid.UUID("5b0e0c1e-8a55-4c1f-9d1e-6f70c0a0b0d6")


class ContactRelation(enum.StrEnum):
    """Who a contact is to the student."""

    OUDER = "ouder"
    VERZORGER = "verzorger"
    VOOGD = "voogd"
    PLEEGOUDER = "pleegouder"
    ANDERS = "anders"


class ConsentRecipient(enum.StrEnum):
    """With whom data may be shared."""

    WERKPLEK = "werkplek"  # the leerbedrijf (and the jobcoach's laptop there)
    VOLGENDE_SCHOOL = "volgende school"  # the mbo school of the route onward
    GEMEENTE = "gemeente"


class ShareCategory(enum.StrEnum):
    """What may be shared."""

    VOORTGANG = "voortgang"  # what the school observed: leerroute progress
    UREN = "uren"
    PORTFOLIO = "portfolio"  # issued certificates and their evidence
    WERKNOTITIES = "werknotities"


class ConsentGiver(enum.StrEnum):
    STUDENT = "leerling"
    PARENT = "ouder of verzorger"


class TrajectoryType(enum.StrEnum):
    """The routes from vmbo/vso/pro to mbo of the Lentiz interview (seeds), plus the entree
    opleiding a vso or pro school offers itself."""

    VMBO_DIPLOMA = "vmbo-diploma, dan mbo 2"
    INTEGRATED_MBO2 = "geïntegreerde route mbo 2"
    LWT_WITH_EXAM = "leerwerktraject met vmbo-examen"
    LWT_WITHOUT_EXAM = "leerwerktraject zonder vmbo-examen"
    INTEGRATED_ENTREE = "geïntegreerde route entree"
    MORE_TIME = "mbo 2 met meer tijd"
    ENTREE_AT_SCHOOL = "entreeopleiding in vso/pro"


TRAJECTORY_HELP = {
    TrajectoryType.VMBO_DIPLOMA: "volledig vmbo-basisberoepsgericht met examen en diploma, "
    "daarna een mbo 2-opleiding",
    TrajectoryType.INTEGRATED_MBO2: "het volledige vmbo-programma zonder vmbo-examen, samen "
    "met de mbo-school naar mbo 2",
    TrajectoryType.LWT_WITH_EXAM: "examen in Nederlands en een beroepsgericht vak, twee keer "
    "640 uur stage, dan mbo 2 in die richting",
    TrajectoryType.LWT_WITHOUT_EXAM: "Nederlands en een beroepsgericht vak, zonder vmbo-diploma "
    "door naar mbo 2 met afspraken met het mbo",
    TrajectoryType.INTEGRATED_ENTREE: "vanaf leerjaar 3 of 4 de entreeopleiding (mbo 1) op "
    "de eigen school",
    TrajectoryType.MORE_TIME: "door naar mbo 2 met een jaar extra voor (een deel van) de "
    "vmbo-examens",
    TrajectoryType.ENTREE_AT_SCHOOL: "de entreeopleiding (mbo 1) binnen het vso of "
    "praktijkonderwijs, met de mbo-school als partner",
}


class StudentContact(Mutable, Base):
    """A parent or carer of a student."""

    __tablename__ = "student_contact"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[ContactRelation] = mapped_column(enum_type(ContactRelation))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    parental_authority: Mapped[bool] = mapped_column(default=False)
    """Holds gezag: may give consent for a student under 16."""
    remark: Mapped[str] = mapped_column(String(500), default="")


class Consent(Fact, Base):
    """'The workplace Kwekerij De Kas may see Jerome's progress until 30-06-2027, given by
    Jerome on 01-09-2026.' Withdrawn by a new fact that supersedes it (withdrawn=True)."""

    __tablename__ = "consent"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    recipient: Mapped[ConsentRecipient] = mapped_column(enum_type(ConsentRecipient))
    recipient_name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("company.id"))
    """For a workplace: the leerbedrijf the consent names."""
    categories: Mapped[list[str]]
    given_by: Mapped[ConsentGiver] = mapped_column(enum_type(ConsentGiver))
    given_by_name: Mapped[str] = mapped_column(String(200), default="")
    given_on: Mapped[date]
    valid_until: Mapped[date]


class StudentPlan(Mutable, Base):
    """The OPP's main goals and the route onward of one student."""

    __tablename__ = "student_plan"
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    opp_goals: Mapped[str] = mapped_column(Text, default="")
    """The OPP's hoofddoelen, one per line."""
    trajectory: Mapped[TrajectoryType | None] = mapped_column(
        enum_type(TrajectoryType, 40), nullable=True
    )
    partner_school: Mapped[str] = mapped_column(String(200), default="")
    partner_contact: Mapped[str] = mapped_column(String(200), default="")


def plan_id(student_id: uuid.UUID) -> uuid.UUID:
    """One plan per student: two laptops that both start it make the same record."""
    return uuid.uuid5(PLAN_NAMESPACE, student_id.hex)


# -- use cases ---------------------------------------------------------------------------

MAX_GOALS = 12


def _text(value: str, what: str, limit: int, *, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} is verplicht.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is te lang (hoogstens {limit} tekens).")
    return value


def add_contact(
    session: Session,
    student: Student,
    *,
    name: str,
    relation: ContactRelation | str,
    phone: str = "",
    email: str = "",
    parental_authority: bool = False,
    remark: str = "",
) -> StudentContact:
    try:
        rel = ContactRelation(relation)
    except ValueError:
        raise InvalidInput(
            "Kies wie dit is: " + ", ".join(r.value for r in ContactRelation) + "."
        ) from None
    email = _text(email, "Het e-mailadres", 200)
    if email and ("@" not in email or " " in email):
        raise InvalidInput(f"{email!r} is geen e-mailadres.")
    contact = StudentContact(
        student_id=student.id,
        name=_text(name, "De naam", 200, required=True),
        relation=rel,
        phone=_text(phone, "Het telefoonnummer", 40),
        email=email,
        parental_authority=bool(parental_authority),
        remark=_text(remark, "De opmerking", 500),
        partition=student.partition,
    )
    session.add(contact)
    session.flush()
    return contact


def set_plan(
    session: Session,
    student: Student,
    *,
    opp_goals: list[str],
    trajectory: TrajectoryType | str | None,
    partner_school: str,
    partner_contact: str,
) -> StudentPlan:
    goals = [g.strip() for g in opp_goals if g.strip()]
    if len(goals) > MAX_GOALS:
        raise InvalidInput(f"Een OPP heeft hoogstens {MAX_GOALS} hoofddoelen.")
    for goal in goals:
        _text(goal, "Een hoofddoel", 300)
    kind: TrajectoryType | None = None
    if trajectory not in (None, ""):
        try:
            kind = TrajectoryType(trajectory)
        except ValueError:
            raise InvalidInput("Onbekend soort traject.") from None
    plan = session.get(StudentPlan, plan_id(student.id))
    if plan is None:
        plan = StudentPlan(
            id=plan_id(student.id), student_id=student.id, partition=student.partition
        )
        session.add(plan)
    plan.deleted = False
    plan.opp_goals = "\n".join(goals)
    plan.trajectory = kind
    plan.partner_school = _text(partner_school, "De naam van de mbo-school", 200)
    plan.partner_contact = _text(partner_contact, "De contactpersoon van de mbo-school", 200)
    session.flush()
    return plan


# -- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactView:
    id: uuid.UUID
    name: str
    relation: ContactRelation
    phone: str
    email: str
    parental_authority: bool
    remark: str


@dataclass(frozen=True)
class PlanView:
    """What the student page shows of the route onward."""

    student_id: uuid.UUID
    uitstroomprofiel: str
    age: int
    opp_goals: tuple[str, ...]
    trajectory: TrajectoryType | None
    partner_school: str
    partner_contact: str


def contact_views(session: Session, student_id: uuid.UUID) -> list[ContactView]:
    rows = session.scalars(
        select(StudentContact)
        .where(StudentContact.student_id == student_id, StudentContact.deleted.is_(False))
        .order_by(StudentContact.name)
    )
    return [
        ContactView(
            c.id,
            c.name,
            ContactRelation(c.relation),
            c.phone,
            c.email,
            c.parental_authority,
            c.remark,
        )
        for c in rows
    ]


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def plan_view(session: Session, student: Student, today: date) -> PlanView:
    plan = session.get(StudentPlan, plan_id(student.id))
    live = plan is not None and not plan.deleted
    return PlanView(
        student.id,
        str(student.uitstroomprofiel.value),
        age_on(student.birth_date, today),
        tuple(g for g in (plan.opp_goals.splitlines() if live and plan else []) if g.strip()),
        plan.trajectory if live and plan else None,
        plan.partner_school if live and plan else "",
        plan.partner_contact if live and plan else "",
    )
