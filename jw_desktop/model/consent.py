"""The consent rule: may this student's data of this kind go to this recipient on this day?

One rule (`may_share`), asked where data leaves the school: the sync scope of a jobcoach's
laptop at the workplace (`workplace_shared`, read by sync.session.resolve_scope and then
by policy.Scope.allows), and the handover to the next school (SchoolStore.onward_export).
docs/domain.md "Parents, consent and the route onward" gives the rules in words,
docs/privacy.md why.

A consent counts on a day when it is not withdrawn (a later fact supersedes it with
withdrawn=True), it was given on or before that day and the day is not after valid_until.
It names one kind of recipient and, for a workplace, the leerbedrijf: generic consent is
not enough (DOMAIN.md). A student under 16 on the day it is given cannot give it: a parent
or carer with parental authority gives it (AVG art. 8, UAVG art. 5: 16 years).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from .contacts import (
    Consent,
    ConsentGiver,
    ConsentRecipient,
    PlanView,
    ShareCategory,
    StudentContact,
    age_on,
)
from .errors import InvalidInput
from .people import Company, Placement, Student
from .policy import CONSENT_GATED
from .progress import phase_summary
from .views import NoteView, PortfolioEntry, ProgressReport
from .wording import date_text

CONSENT_AGE = 16
"""From this age a student gives consent themself (UAVG art. 5); under it a parent or
carer with parental authority does."""

VALID, EXPIRED, NOT_YET, WITHDRAWN = "geldig", "verlopen", "nog niet geldig", "ingetrokken"

MAX_YEARS = 5
"""A consent runs at most this long: specific, not for ever."""


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    student_id: uuid.UUID
    recipient: ConsentRecipient
    recipient_name: str
    company_id: uuid.UUID | None
    categories: tuple[str, ...]
    given_by: ConsentGiver
    given_by_name: str
    given_on: date
    valid_until: date
    withdrawn_on: date | None = None

    def status(self, day: date) -> str:
        if self.withdrawn_on is not None:
            return WITHDRAWN
        if day < self.given_on:
            return NOT_YET
        if day > self.valid_until:
            return EXPIRED
        return VALID


@dataclass(frozen=True)
class Decision:
    """The answer and why, in Dutch, for the window and for a refusal."""

    allowed: bool
    reason: str

    def __bool__(self) -> bool:
        return self.allowed


def may_share(
    consents: Iterable[ConsentView],
    recipient: ConsentRecipient | str,
    what: ShareCategory | str,
    on_day: date,
    *,
    company_id: uuid.UUID | None = None,
    recipient_name: str = "",
) -> Decision:
    """The rule: a consent of this student that counts on the day, for this kind of
    recipient (a workplace: this company; the next school: this school, by name when a
    name is given), covering `what`."""
    kind, category = ConsentRecipient(recipient), ShareCategory(what)
    if kind != ConsentRecipient.WERKPLEK and not recipient_name.strip():
        # a next school or a municipality is named: no name, no one to share with
        return Decision(False, f"geen naam van de ontvanger ({kind.value})")
    fitting = [
        c
        for c in consents
        if c.recipient == kind
        and (kind != ConsentRecipient.WERKPLEK or c.company_id == company_id)
        and (
            kind == ConsentRecipient.WERKPLEK
            or c.recipient_name.strip().lower() == recipient_name.strip().lower()
        )
        and category.value in c.categories
    ]
    for c in fitting:
        if c.status(on_day) == VALID:
            until = date_text(c.valid_until)
            return Decision(True, f"toestemming voor {category.value} tot en met {until}")
    if not fitting:
        return Decision(False, f"geen toestemming voor {category.value} met {kind.value}")
    latest = max(fitting, key=lambda c: c.valid_until)
    state = latest.status(on_day)
    if state == EXPIRED:
        until = date_text(latest.valid_until)
        return Decision(False, f"toestemming voor {category.value} verlopen op {until}")
    return Decision(False, f"toestemming voor {category.value} is {state}")


# -- reading -----------------------------------------------------------------------------


def consents_of(session: Session, student_id: uuid.UUID) -> list[ConsentView]:
    """Every consent given for the student (withdrawn ones with the day of withdrawal),
    newest first."""
    rows = session.scalars(select(Consent).where(Consent.student_id == student_id)).all()
    return _views([_as_dict(r) for r in rows])


def _as_dict(c: Consent) -> dict[str, Any]:
    return {
        "id": c.id,
        "student_id": c.student_id,
        "recipient": c.recipient,
        "recipient_name": c.recipient_name,
        "company_id": c.company_id,
        "categories": list(c.categories or []),
        "given_by": c.given_by,
        "given_by_name": c.given_by_name,
        "given_on": c.given_on,
        "valid_until": c.valid_until,
        "withdrawn": c.withdrawn,
        "supersedes_id": c.supersedes_id,
        "recorded_at": c.recorded_at,
    }


def _views(rows: Sequence[dict[str, Any]]) -> list[ConsentView]:
    withdrawals = {
        r["supersedes_id"]: r["recorded_at"] for r in rows if r["withdrawn"] and r["supersedes_id"]
    }
    replaced = {r["supersedes_id"] for r in rows if r["supersedes_id"] and not r["withdrawn"]}
    views = []
    for r in rows:
        if r["withdrawn"] or r["id"] in replaced:
            continue
        at = withdrawals.get(r["id"])
        views.append(
            ConsentView(
                r["id"],
                r["student_id"],
                ConsentRecipient(r["recipient"]),
                r["recipient_name"],
                r["company_id"],
                tuple(r["categories"]),
                ConsentGiver(r["given_by"]),
                r["given_by_name"],
                r["given_on"],
                r["valid_until"],
                None if at is None else (at.date() if isinstance(at, datetime) else at),
            )
        )
    return sorted(views, key=lambda v: (v.given_on, v.valid_until), reverse=True)


# -- writing -----------------------------------------------------------------------------


def record_consent(
    session: Session,
    student: Student,
    *,
    recipient: ConsentRecipient | str,
    categories: Iterable[ShareCategory | str],
    valid_until: date,
    given_on: date,
    given_by: ConsentGiver | str,
    parent_id: uuid.UUID | None,
    company_id: uuid.UUID | None,
    recipient_name: str,
    by: uuid.UUID | None,
    today: date,
) -> Consent:
    """A new consent, checked: specific (a kind of recipient, a company for a workplace,
    at least one category), time-bound (until a day after it was given, at most five
    years), not given in the future, and given by who may give it (a parent or carer with
    parental authority for a student under 16 on that day, else the student)."""
    try:
        kind = ConsentRecipient(recipient)
    except ValueError:
        raise InvalidInput("Kies met wie er gedeeld mag worden.") from None
    try:
        chosen = {ShareCategory(c) for c in categories}
        what = [c.value for c in ShareCategory if c in chosen]  # in the enum's order
    except ValueError:
        raise InvalidInput("Onbekend soort gegevens om te delen.") from None
    if not what:
        raise InvalidInput("Kies wat er gedeeld mag worden.")
    if given_on > today:
        raise InvalidInput("Toestemming kan niet in de toekomst gegeven zijn.")
    if valid_until < given_on:
        raise InvalidInput("De einddatum ligt voor de dag waarop de toestemming is gegeven.")
    if valid_until > date(given_on.year + MAX_YEARS, 12, 31):
        raise InvalidInput(f"Toestemming geldt hoogstens {MAX_YEARS} jaar; kies een einddatum.")
    name = recipient_name.strip()
    if kind == ConsentRecipient.WERKPLEK:
        company = session.get(Company, company_id) if company_id is not None else None
        if company is None or company.deleted:
            raise InvalidInput("Kies het leerbedrijf waarmee gedeeld mag worden.")
        name = company.name
    elif not name:
        raise InvalidInput(f"Vul in welke {kind.value} het is.")
    if len(name) > 200:
        raise InvalidInput("De naam van de ontvanger is te lang (hoogstens 200 tekens).")
    giver = ConsentGiver(given_by)
    age = age_on(student.birth_date, given_on)
    giver_name = student.full_name
    if giver == ConsentGiver.STUDENT:
        if age < CONSENT_AGE:
            raise InvalidInput(
                f"{student.first_name} was {age} op die dag: onder de {CONSENT_AGE} geeft "
                "een ouder of verzorger met gezag toestemming."
            )
    else:
        parent = session.get(StudentContact, parent_id) if parent_id is not None else None
        if parent is None or parent.deleted or parent.student_id != student.id:
            raise InvalidInput("Kies de ouder of verzorger die toestemming gaf.")
        if not parent.parental_authority:
            raise InvalidInput(f"{parent.name} heeft geen gezag en kan geen toestemming geven.")
        if age >= CONSENT_AGE:
            raise InvalidInput(
                f"{student.first_name} was {age} op die dag: vanaf {CONSENT_AGE} geeft de "
                "leerling zelf toestemming."
            )
        giver_name = parent.name
    consent = Consent(
        student_id=student.id,
        recipient=kind,
        recipient_name=name,
        company_id=company_id if kind == ConsentRecipient.WERKPLEK else None,
        categories=what,
        given_by=giver,
        given_by_name=giver_name,
        given_on=given_on,
        valid_until=valid_until,
        recorded_by=by,
        partition=student.partition,
    )
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, consent: Consent, by: uuid.UUID | None) -> Consent:
    """The withdrawal: a new fact that supersedes the consent, withdrawn=True."""
    if consent.withdrawn:
        raise InvalidInput("Dit is zelf een intrekking.")
    later = session.scalar(select(Consent.id).where(Consent.supersedes_id == consent.id))
    if later is not None:
        raise InvalidInput("Deze toestemming is al ingetrokken.")
    undo = Consent(
        student_id=consent.student_id,
        recipient=consent.recipient,
        recipient_name=consent.recipient_name,
        company_id=consent.company_id,
        categories=list(consent.categories),
        given_by=consent.given_by,
        given_by_name=consent.given_by_name,
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        recorded_by=by,
        supersedes_id=consent.id,
        withdrawn=True,
        partition=consent.partition,
    )
    session.add(undo)
    session.flush()
    return undo


# -- the workplace side of sync ------------------------------------------------------------


def workplace_shared(con: Connection, staff_id: str, on_day: date) -> frozenset[str]:
    """What a jobcoach's laptop may hold of the data the consent gate guards
    (policy.CONSENT_GATED): 'category:student' for each student with a live placement this
    jobcoach coaches whose leerbedrijf has the student's consent for that category."""
    placements = con.exec_driver_sql(
        "SELECT student_id, company_id FROM placement "
        "WHERE jobcoach_id = ? AND deleted = 0 AND ended_on IS NULL",
        (staff_id,),
    ).all()
    if not placements:
        return frozenset()
    students = sorted({str(s) for s, _ in placements})
    marks = ",".join("?" * len(students))
    rows = [
        dict(r._mapping)
        for r in con.exec_driver_sql(
            "SELECT id, student_id, recipient, recipient_name, company_id, categories, "
            "given_by, given_by_name, given_on, valid_until, withdrawn, supersedes_id, "
            f"recorded_at FROM consent WHERE student_id IN ({marks})",
            tuple(students),
        )
    ]
    for r in rows:
        r["categories"] = json.loads(r["categories"] or "[]")
        r["given_on"] = date.fromisoformat(str(r["given_on"]))
        r["valid_until"] = date.fromisoformat(str(r["valid_until"]))
        r["company_id"] = None if r["company_id"] is None else uuid.UUID(str(r["company_id"]))
        r["recorded_at"] = datetime.fromisoformat(str(r["recorded_at"])).date()
    views = _views(rows)
    by_student: dict[str, list[ConsentView]] = {}
    for v in views:
        by_student.setdefault(str(v.student_id).replace("-", ""), []).append(v)
    categories = sorted({c for needed in CONSENT_GATED.values() for c in needed})
    shared = set()
    for student, company in placements:
        mine = by_student.get(str(student), [])
        company_id = uuid.UUID(str(company))
        for category in categories:
            if may_share(mine, ConsentRecipient.WERKPLEK, category, on_day, company_id=company_id):
                shared.add(f"{category}:{student}")
    return frozenset(shared)


# -- the handover to the next school -----------------------------------------------------


def onward_document(
    name: str,
    plan: PlanView,
    report: ProgressReport,
    portfolio: Sequence[PortfolioEntry],
    notes: Sequence[NoteView],
    shared: Mapping[ShareCategory, Decision],
    school: str,
) -> dict[str, Any]:
    """The handover as plain JSON-able values: the route onward always (it is what the
    handover is for), each category only when its consent allows it; what was left out
    is named with why, so the receiving school knows it is not missing by mistake."""
    doc: dict[str, Any] = {
        "leerling": name,
        "voor": school,
        "uitstroomprofiel": plan.uitstroomprofiel,
        "traject": plan.trajectory.value if plan.trajectory else "",
        "mbo-school": plan.partner_school,
        "weggelaten": {c.value: d.reason for c, d in shared.items() if not d},
    }
    if shared[ShareCategory.VOORTGANG]:
        doc["voortgang"] = [phase_summary(p) for p in report.phases]
        doc["nog oefenen"] = [f"{i.card_code}: {i.text}" for i in report.still_to_practise]
    if shared[ShareCategory.UREN]:
        doc["uren"] = [
            {"leerbedrijf": h.company, "uren": round(h.minutes_done / 60, 1)} for h in report.hours
        ]
    if shared[ShareCategory.PORTFOLIO]:
        doc["portfolio"] = [
            {"kwalificatie": p.credential, "soort": p.kind.value, "op": p.issued_on.isoformat()}
            for p in portfolio
        ]
    if shared[ShareCategory.WERKNOTITIES]:
        doc["werknotities"] = [n.text for n in notes]
    return doc


def placement_sharing(
    session: Session, student_id: uuid.UUID, day: date
) -> list[tuple[str, Decision]]:
    """Per running placement of the student (neither removed nor ended): its company's
    name and whether the school's progress goes to that workplace today (what the
    jobcoach's laptop gets)."""
    found = consents_of(session, student_id)
    rows = session.execute(
        select(Company.name, Placement.company_id)
        .join(Company, Company.id == Placement.company_id)
        .where(
            Placement.student_id == student_id,
            Placement.deleted.is_(False),
            Placement.ended_on.is_(None),
        )
        .order_by(Placement.start_on)
    )
    return [
        (name, may_share(found, ConsentRecipient.WERKPLEK, ShareCategory.VOORTGANG, day,
                         company_id=company))
        for name, company in rows
    ]  # fmt: skip
