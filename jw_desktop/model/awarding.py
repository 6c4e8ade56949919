"""Awarding: putting a credential in a student's portfolio, with the evidence it rests on,
and reading the portfolio back (docs/domain.md "Credentials").

The store opens the transaction, checks the user's role and whether they may see the
student, and writes the audit entry (store.SchoolStore.issue_credential / portfolio);
everything in between lives here. Who issues which kind of credential is issuing.py;
whether a student is eligible is practice.eligibility; which criteria, components and
exam parts become evidence is assessing.evidence.

A caller that must add something to the same write transaction once the credential and
its evidence exist (signing it, for one) passes on_issued: it runs after the
IssuedCredential and its CredentialEvidence rows are flushed and before the transaction
commits, so a failure in it leaves no credential behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import assessing, issuing, practice
from .credentials import CredentialDefinition
from .enums import IssuerKind
from .errors import InvalidInput, NotEligible
from .lookups import get
from .people import School, Staff, Student
from .portfolio import CredentialEvidence, IssuedCredential
from .views import PortfolioEntry
from .wording import not_eligible_text

OnIssued = Callable[[Session, IssuedCredential], None]
"""Runs inside the issuing transaction, after the credential and its evidence are flushed."""


def issue_credential(
    s: Session,
    student: Student,
    credential_id: uuid.UUID,
    *,
    today: date,
    issued_on: date | None = None,
    issuer_name: str | None = None,
    reference: str = "",
    issuer: IssuerKind | None = None,
    recorded_by: uuid.UUID | None = None,
    on_issued: OnIssued | None = None,
) -> IssuedCredential:
    """Issue credential_id to student (already checked: the user may see them) on
    issued_on (today unless given, never in the future). Refuses when the student is not
    eligible or already has it. Adds the IssuedCredential and its evidence to s, flushed,
    then calls on_issued(s, issued) in the same transaction."""
    credential = get(s, CredentialDefinition, credential_id)
    verdict = practice.eligibility(s, student.id, credential_id)
    if verdict.issued:
        raise InvalidInput(f"{student.full_name} heeft {credential.name} al.")
    if not verdict.eligible:
        raise NotEligible(not_eligible_text(student.full_name, verdict))
    school = get(s, School, student.school_id)
    body = issuing.decide(
        credential.kind,
        school_name=school.name,
        catalogue_name=credential.issuer_name,
        issuer_name=issuer_name,
        reference=reference,
        claimed=issuer,
    )
    issued_on = issued_on or today
    if issued_on > today:
        raise InvalidInput("Een kwalificatie kan niet in de toekomst zijn uitgereikt.")
    issued = IssuedCredential(
        student_id=student.id,
        credential_id=credential.id,
        issued_on=issued_on,
        issuer_kind=body.kind,
        issuer_name=body.name,
        reference=body.reference,
        recorded_by=recorded_by,
        partition=student.partition,
    )
    s.add(issued)
    s.flush()
    s.add_all(evidence(s, student, credential, issued))
    s.flush()
    # The seam: the credential and its evidence rows exist in this transaction now.
    if on_issued is not None:
        on_issued(s, issued)
    return issued


def evidence(
    s: Session,
    student: Student,
    credential: CredentialDefinition,
    issued: IssuedCredential,
) -> list[CredentialEvidence]:
    """The evidence rows for a credential being issued: the criteria passed at an
    assessment (or, before assessments, the observations), the credentials it stacks on
    and a diploma's passed exam parts (assessing.evidence)."""
    route = practice.route_view(s, student.id)
    criteria = [(e.id, e.text) for e in practice.assessment_elements(s, credential, route)]
    before = practice.issued_credentials(s, student.id)
    return assessing.evidence(s, student, credential, criteria, issued, before)


def portfolio(s: Session, student_id: uuid.UUID) -> list[PortfolioEntry]:
    """The student's credentials with their evidence, oldest first."""
    issued = practice.issued_credentials(s, student_id)
    entries = []
    for iid in issued.values():
        row = s.execute(
            select(IssuedCredential, CredentialDefinition, Staff.name)
            .join(
                CredentialDefinition,
                CredentialDefinition.id == IssuedCredential.credential_id,
            )
            .outerjoin(Staff, Staff.id == IssuedCredential.recorded_by)
            .where(IssuedCredential.id == iid)
        ).one()
        got, definition, by = row
        descriptions = tuple(
            s.scalars(
                select(CredentialEvidence.description).where(CredentialEvidence.issued_id == iid)
            )
        )
        entries.append(
            PortfolioEntry(
                got.id,
                definition.name,
                definition.kind,
                got.issued_on,
                by,
                descriptions,
                got.issuer_kind,
                got.issuer_name,
                got.reference,
                assessing.werkprocessen(s, definition.id),
            )
        )
    return sorted(entries, key=lambda e: e.issued_on)
