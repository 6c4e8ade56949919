"""Recording assessment moments and exam parts, and the eligibility rule for credentials
(docs/domain.md "Credentials"): practice observations say what is still to practise; only
an assessment's results count as evidence for a credential.

A criterion counts as passed when the latest active assessment (by day held, then time
recorded) that judged it says behaald. Withdrawing an assessment takes its results away."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .assessment import Assessment, AssessmentAssessor, AssessmentResult, ExamPartResult
from .catalogue import Card, CardElement, CardVersion, Competence, Qualification
from .credentials import (
    CredentialCompetence,
    CredentialComponent,
    CredentialDefinition,
    CredentialExamPart,
)
from .enums import CardType, ElementKind
from .errors import InvalidInput, NotFound
from .issuing import issuer_of
from .lookups import active_facts
from .people import Company, Placement, School, Staff, Student, WorkplaceSupervisor
from .portfolio import CredentialEvidence, IssuedCredential
from .qualifications import competence_ref
from .views import (
    AssessmentView,
    AssessorView,
    Eligibility,
    ExamPartView,
    RouteView,
    Tally,
)
from .wording import date_text

MAX_PLACE, MAX_NAME, MAX_REMARK = 200, 200, 2000


@dataclass(frozen=True)
class Assessor:
    """Who assesses, as the caller names them: a staff member, a workplace supervisor, or
    an external assessor by name and organisation (exactly one of the three)."""

    staff_id: uuid.UUID | None = None
    supervisor_id: uuid.UUID | None = None
    name: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Passed:
    """The latest result of one criterion."""

    result_id: uuid.UUID
    passed: bool
    held_on: date
    assessment_id: uuid.UUID


# -- recording ------------------------------------------------------------------------------


def record_assessment(
    session: Session,
    student: Student,
    card_id: uuid.UUID,
    card_version: int,
    held_on: date,
    assessors: Sequence[Assessor],
    results: Mapping[uuid.UUID, bool],
    *,
    place: str,
    remark: str,
    by: uuid.UUID | None,
    today: date,
    replaces: uuid.UUID | None = None,
) -> Assessment:
    """One assessment moment with its assessors and results. Rules: an eindwerkopdracht
    version that exists; a place; at least one assessor, none twice; results only on criteria of
    that version; a day still to come is a planned moment and has no results yet; a held
    moment judges at least one criterion. replaces: the planned moment this one is (it
    then supersedes it)."""
    card = session.get(Card, card_id)
    if card is None or card.deleted:
        raise NotFound("Deze kaart bestaat niet (meer).")
    if card.card_type is not CardType.EINDWERKOPDRACHT:
        raise InvalidInput("Een beoordeling hoort bij een eindwerkopdracht.")
    version = session.scalars(
        select(CardVersion).where(
            CardVersion.card_id == card_id, CardVersion.number == card_version
        )
    ).first()
    if version is None:
        raise NotFound(f"Versie {card_version} van {card.code} bestaat niet.")
    criteria = set(
        session.scalars(
            select(CardElement.id).where(
                CardElement.card_version_id == version.id,
                CardElement.kind == ElementKind.CRITERION,
            )
        )
    )
    unknown = set(results) - criteria
    if unknown:
        raise InvalidInput(
            f"Een beoordeling van {card.code} beoordeelt alleen de criteria van versie "
            f"{card_version}."
        )
    place, remark = place.strip(), remark.strip()
    if not place:
        raise InvalidInput("Vul in waar de beoordeling is (het leerbedrijf of de school).")
    if len(place) > MAX_PLACE:
        raise InvalidInput(f"De plaats mag hoogstens {MAX_PLACE} tekens hebben.")
    if len(remark) > MAX_REMARK:
        raise InvalidInput(f"De opmerking mag hoogstens {MAX_REMARK} tekens hebben.")
    if held_on > today and results:
        raise InvalidInput(
            f"Op {date_text(held_on)} is nog niet beoordeeld: een beoordeling in de toekomst "
            "is gepland en heeft nog geen uitslag."
        )
    if held_on <= today and not results:
        raise InvalidInput("Vink per criterium aan of het behaald is (minstens één criterium).")
    people = _assessors(session, student, assessors)
    if replaces is not None:
        _check_planned(session, replaces, student.id, card_id)
    assessment = Assessment(
        student_id=student.id,
        card_id=card_id,
        card_version=card_version,
        held_on=held_on,
        place=place,
        remark=remark,
        recorded_by=by,
        supersedes_id=replaces,
        partition=student.partition,
    )
    session.add(assessment)
    session.flush()
    session.add_all(
        AssessmentAssessor(
            assessment_id=assessment.id,
            staff_id=staff_id,
            supervisor_id=supervisor_id,
            name=name,
            organisation=org,
            partition=student.partition,
        )
        for staff_id, supervisor_id, name, org in people
    )
    session.add_all(
        AssessmentResult(
            assessment_id=assessment.id,
            element_id=element,
            passed=bool(passed),
            partition=student.partition,
        )
        for element, passed in results.items()
    )
    session.flush()
    return assessment


def _check_planned(
    session: Session, planned_id: uuid.UUID, student_id: uuid.UUID, card_id: uuid.UUID
) -> None:
    planned = session.get(Assessment, planned_id)
    replaced = session.scalar(select(Assessment.id).where(Assessment.supersedes_id == planned_id))
    has_results = session.scalar(
        select(AssessmentResult.id).where(AssessmentResult.assessment_id == planned_id)
    )
    if (
        planned is None
        or planned.student_id != student_id
        or planned.card_id != card_id
        or planned.withdrawn
        or replaced is not None
        or has_results is not None
    ):
        raise InvalidInput("Alleen een geplande beoordeling van deze kaart kan worden ingevuld.")


def _assessors(
    session: Session, student: Student, assessors: Sequence[Assessor]
) -> list[tuple[uuid.UUID | None, uuid.UUID | None, str, str]]:
    """The assessor rows, with names and organisations as they are today. Rule: at least
    one assessor; each is exactly one of staff, supervisor, external; none twice."""
    if not assessors:
        raise InvalidInput(
            "Kies minstens één beoordelaar: een docent, de praktijkbegeleider of een "
            "externe beoordelaar."
        )
    rows: list[tuple[uuid.UUID | None, uuid.UUID | None, str, str]] = []
    seen: set[object] = set()
    for a in assessors:
        given = [a.staff_id is not None, a.supervisor_id is not None, bool(a.name.strip())]
        if a.staff_id is not None:
            staff = session.get(Staff, a.staff_id)
            if staff is None or staff.deleted:
                raise NotFound("Deze medewerker bestaat niet (meer).")
            name, org = staff.name, _school_name(session, student)
            key: object = ("staff", staff.id)
        elif a.supervisor_id is not None:
            sup = session.get(WorkplaceSupervisor, a.supervisor_id)
            if sup is None or sup.deleted:
                raise NotFound("Deze praktijkbegeleider bestaat niet (meer).")
            company = session.get(Company, sup.company_id)
            name, org = sup.name, company.name if company else ""
            key = ("supervisor", sup.id)
        else:
            name, org = a.name.strip(), a.organisation.strip()
            if not name:
                raise InvalidInput("Vul de naam van de externe beoordelaar in.")
            if not org:
                raise InvalidInput(
                    f"Vul in namens welke organisatie {name} beoordeelt (bijvoorbeeld de "
                    "branche of de mbo-school)."
                )
            if len(name) > MAX_NAME or len(org) > MAX_NAME:
                raise InvalidInput(
                    f"Naam en organisatie van een beoordelaar mogen hoogstens {MAX_NAME} "
                    "tekens hebben."
                )
            key = ("external", name.casefold(), org.casefold())
        if sum(given) != 1:
            raise InvalidInput(
                "Een beoordelaar is een medewerker, een praktijkbegeleider of een externe "
                "beoordelaar, niet meer tegelijk."
            )
        if key in seen:
            raise InvalidInput(f"{name} staat twee keer bij de beoordelaars.")
        seen.add(key)
        rows.append((a.staff_id, a.supervisor_id, name, org))
    return rows


def _school_name(session: Session, student: Student) -> str:
    school = session.get(School, student.school_id)
    return school.name if school else ""


def withdraw_assessment(
    session: Session, assessment: Assessment, by: uuid.UUID | None
) -> Assessment:
    """A new fact that withdraws an assessment; its results no longer count."""
    replaced = session.scalar(
        select(Assessment.id).where(Assessment.supersedes_id == assessment.id)
    )
    if assessment.withdrawn or replaced is not None:
        raise InvalidInput("Deze beoordeling is al ingetrokken.")
    undo = Assessment(
        student_id=assessment.student_id,
        card_id=assessment.card_id,
        card_version=assessment.card_version,
        held_on=assessment.held_on,
        place=assessment.place,
        remark=assessment.remark,
        recorded_by=by,
        supersedes_id=assessment.id,
        withdrawn=True,
        partition=assessment.partition,
    )
    session.add(undo)
    session.flush()
    return undo


def record_exam_part(
    session: Session,
    student: Student,
    part: CredentialExamPart,
    passed_on: date,
    examined_by: str,
    *,
    by: uuid.UUID | None,
    today: date,
) -> ExamPartResult:
    examined_by = examined_by.strip()
    if not examined_by:
        raise InvalidInput(f"Vul in bij welke mbo-school {part.name} is behaald.")
    if len(examined_by) > MAX_NAME:
        raise InvalidInput(f"De naam van de mbo-school mag hoogstens {MAX_NAME} tekens hebben.")
    if passed_on > today:
        raise InvalidInput(f"{part.name} kan niet in de toekomst behaald zijn.")
    if part.id in passed_exam_parts(session, student.id):
        raise InvalidInput(f"{part.name} is al behaald.")
    row = ExamPartResult(
        student_id=student.id,
        exam_part_id=part.id,
        passed_on=passed_on,
        examined_by=examined_by,
        recorded_by=by,
        partition=student.partition,
    )
    session.add(row)
    session.flush()
    return row


# -- reading --------------------------------------------------------------------------------


def latest_results(session: Session, student_id: uuid.UUID) -> dict[uuid.UUID, Passed]:
    """criterion id -> its latest result at an active assessment."""
    rows = session.execute(
        select(
            AssessmentResult.element_id,
            AssessmentResult.id,
            AssessmentResult.passed,
            Assessment.held_on,
            Assessment.id,
        )
        .join(Assessment, Assessment.id == AssessmentResult.assessment_id)
        .where(Assessment.student_id == student_id, active_facts(Assessment))
        .order_by(Assessment.held_on, Assessment.recorded_at, Assessment.id)
    )
    return {element: Passed(rid, bool(ok), on, aid) for element, rid, ok, on, aid in rows}


def passed_exam_parts(session: Session, student_id: uuid.UUID) -> dict[uuid.UUID, ExamPartResult]:
    rows = session.scalars(
        select(ExamPartResult)
        .where(ExamPartResult.student_id == student_id, active_facts(ExamPartResult))
        .order_by(ExamPartResult.passed_on)
    )
    return {r.exam_part_id: r for r in rows}


def exam_parts(session: Session, credential_id: uuid.UUID) -> list[CredentialExamPart]:
    return list(
        session.scalars(
            select(CredentialExamPart)
            .where(CredentialExamPart.credential_id == credential_id)
            .order_by(CredentialExamPart.position, CredentialExamPart.name)
        )
    )


def exam_part_views(
    session: Session, student_id: uuid.UUID, credential_id: uuid.UUID
) -> list[ExamPartView]:
    passed = passed_exam_parts(session, student_id)
    out = []
    for part in exam_parts(session, credential_id):
        got = passed.get(part.id)
        out.append(
            ExamPartView(
                part.id,
                part.name,
                got.passed_on if got else None,
                got.examined_by if got else "",
            )
        )
    return out


def werkprocessen(session: Session, credential_id: uuid.UUID) -> tuple[str, ...]:
    """'98101/B1-K1-W1 Voert ...' for every werkproces a credential certifies, by dossier
    and code: a code alone is unique only within its kwalificatiedossier."""
    rows = session.execute(
        select(Qualification.crebo, Competence.code, Competence.title)
        .join(CredentialCompetence, CredentialCompetence.competence_id == Competence.id)
        .outerjoin(Qualification, Qualification.id == Competence.qualification_id)
        .where(CredentialCompetence.credential_id == credential_id)
        .order_by(Qualification.crebo, Competence.code)
    )
    return tuple(f"{competence_ref(crebo, code)} {title}" for crebo, code, title in rows)


def assessments(session: Session, student_id: uuid.UUID, today: date) -> list[AssessmentView]:
    """The student's active assessment moments, newest first."""
    found = session.execute(
        select(Assessment, Card.code, CardVersion.title)
        .join(Card, Card.id == Assessment.card_id)
        .join(
            CardVersion,
            (CardVersion.card_id == Assessment.card_id)
            & (CardVersion.number == Assessment.card_version),
        )
        .where(Assessment.student_id == student_id, active_facts(Assessment))
        .order_by(Assessment.held_on.desc(), Assessment.recorded_at.desc())
    ).all()
    out = []
    for a, code, title in found:
        people = tuple(
            AssessorView(r.name, r.organisation, r.staff_id, r.supervisor_id)
            for r in session.scalars(
                select(AssessmentAssessor)
                .where(AssessmentAssessor.assessment_id == a.id)
                .order_by(AssessmentAssessor.name)
            )
        )
        results = tuple(
            (eid, text, bool(ok))
            for eid, text, ok in session.execute(
                select(CardElement.id, CardElement.text, AssessmentResult.passed)
                .join(AssessmentResult, AssessmentResult.element_id == CardElement.id)
                .where(AssessmentResult.assessment_id == a.id)
                .order_by(CardElement.position)
            )
        )
        planned = not results
        out.append(
            AssessmentView(
                a.id,
                a.card_id,
                code,
                title,
                a.card_version,
                a.held_on,
                a.place,
                people,
                results,
                planned,
            )
        )
    return out


def supervisors(session: Session, student_id: uuid.UUID) -> tuple[tuple[uuid.UUID, str, str], ...]:
    """The workplace supervisors of the student's placements (also ended ones)."""
    rows = session.execute(
        select(WorkplaceSupervisor.id, WorkplaceSupervisor.name, Company.name)
        .join(Placement, Placement.supervisor_id == WorkplaceSupervisor.id)
        .join(Company, Company.id == WorkplaceSupervisor.company_id)
        .where(Placement.student_id == student_id, WorkplaceSupervisor.deleted.is_(False))
        .order_by(Placement.start_on.desc())
    )
    found: dict[tuple[uuid.UUID, str, str], None] = {}
    for sid, name, company in rows:
        found[(sid, name, company)] = None
    return tuple(found)


# -- the rule -------------------------------------------------------------------------------


def eligibility(
    session: Session,
    student_id: uuid.UUID,
    credential: CredentialDefinition,
    criteria: Sequence[tuple[uuid.UUID, str]],
    assessed_by: tuple[uuid.UUID, int] | None,
    issued: Mapping[uuid.UUID, uuid.UUID],
    results: Mapping[uuid.UUID, Passed] | None = None,
) -> Eligibility:
    """The rule: every criterion of the assessing eindwerkopdracht passed at an
    assessment, every component credential issued, every exam part passed. criteria are
    (id, text) of that eindwerkopdracht's version (practice.assessment_elements)."""
    results = results if results is not None else latest_results(session, student_id)
    passed = [e for e in criteria if (r := results.get(e[0])) is not None and r.passed]
    missing = tuple(text for eid, text in criteria if (eid, text) not in passed)
    components = session.execute(
        select(CredentialDefinition.id, CredentialDefinition.name)
        .join(CredentialComponent, CredentialComponent.component_id == CredentialDefinition.id)
        .where(CredentialComponent.credential_id == credential.id)
        .order_by(CredentialDefinition.name)
    ).all()
    missing_components = tuple(name for cid, name in components if cid not in issued)
    parts = exam_parts(session, credential.id)
    done_parts = passed_exam_parts(session, student_id) if parts else {}
    missing_parts = tuple(p.name for p in parts if p.id not in done_parts)
    has_rule = bool(criteria) or bool(components) or bool(parts)
    return Eligibility(
        credential.id,
        credential.key,
        credential.name,
        credential.kind,
        eligible=has_rule and not missing and not missing_components and not missing_parts,
        issued=credential.id in issued,
        criteria=Tally(len(passed), len(criteria)),
        missing_criteria=missing,
        missing_components=missing_components,
        missing_exam_parts=missing_parts,
        werkprocessen=werkprocessen(session, credential.id),
        issuer=issuer_of(credential.kind),
        issuer_name=credential.issuer_name,
        assessed_by=assessed_by,
    )


def evidence(
    session: Session,
    student: Student,
    credential: CredentialDefinition,
    criteria: Sequence[tuple[uuid.UUID, str]],
    issued: IssuedCredential,
    issued_before: Mapping[uuid.UUID, uuid.UUID],
) -> list[CredentialEvidence]:
    """What an issued credential rests on: each criterion's passed assessment result
    (with the day and the assessors), each component credential, each exam part."""
    results = latest_results(session, student.id)
    names: dict[uuid.UUID, str] = {}
    out = []
    for eid, text in criteria:
        r = results[eid]
        if r.assessment_id not in names:
            people = session.scalars(
                select(AssessmentAssessor.name)
                .where(AssessmentAssessor.assessment_id == r.assessment_id)
                .order_by(AssessmentAssessor.name)
            ).all()
            names[r.assessment_id] = " en ".join(people)
        out.append(
            CredentialEvidence(
                issued_id=issued.id,
                assessment_result_id=r.result_id,
                partition=student.partition,
                description=(
                    f"behaald op {date_text(r.held_on)} (beoordeeld door "
                    f"{names[r.assessment_id]}): {text}"
                ),
            )
        )
    for component_id, component_name in session.execute(
        select(CredentialDefinition.id, CredentialDefinition.name)
        .join(CredentialComponent, CredentialComponent.component_id == CredentialDefinition.id)
        .where(CredentialComponent.credential_id == credential.id)
    ):
        out.append(
            CredentialEvidence(
                issued_id=issued.id,
                component_issued_id=issued_before[component_id],
                partition=student.partition,
                description=component_name,
            )
        )
    done = passed_exam_parts(session, student.id)
    for part in exam_parts(session, credential.id):
        got = done[part.id]
        out.append(
            CredentialEvidence(
                issued_id=issued.id,
                exam_part_result_id=got.id,
                partition=student.partition,
                description=(
                    f"{part.name}: behaald op {date_text(got.passed_on)} bij {got.examined_by}"
                ),
            )
        )
    return out


def route_version(session: Session, card_id: uuid.UUID, route: RouteView) -> int:
    """The version of a card in the student's route, else its current version."""
    version = next((i.version for i in route.items if i.card_id == card_id), None)
    if version is None:
        version = session.execute(select(Card.current_version).where(Card.id == card_id)).scalar()
    assert version is not None
    return version
