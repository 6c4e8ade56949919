"""A small, hand-made catalogue and school for precise tests (the demo school is bigger)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from jw_desktop.model import (
    CardType,
    CompetenceKind,
    CredentialKind,
    PlacementModel,
    Role,
    SchoolStore,
    Uitstroomprofiel,
)
from jw_desktop.model.specs import (
    CardSpec,
    CatalogueSpec,
    CompanySpec,
    CompetenceSpec,
    CredentialSpec,
    GroupSpec,
    PlacementSpec,
    SchoolSpec,
    StaffSpec,
    StepSpec,
    StudentSpec,
    TemplateItemSpec,
    TemplateSpec,
)

TODAY = date(2026, 11, 20)
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 16


def small_catalogue() -> CatalogueSpec:
    cards = [
        CardSpec(
            "GR-IV-1",
            CardType.INSTAPVRAGEN,
            "groen",
            4,
            "Wat weet jij van planten?",
            theme="planten",
            questions=("Welke planten ken je?", "Wat heeft een plant nodig?"),
            competences=("KD1.1.1",),
        ),
        CardSpec(
            "GR-LK-1",
            CardType.LESKAART,
            "groen",
            4,
            "Water en licht",
            theme="planten",
            body="Een plant heeft water, licht en voeding nodig.",
            tags=("water", "licht"),
        ),
        CardSpec(
            "GR-IK-1",
            CardType.INSTRUCTIEKAART,
            "groen",
            4,
            "Planten water geven",
            theme="planten",
            summary="Geef planten water met de gieter.",
            steps=(
                StepSpec("Vul de gieter", PNG),
                StepSpec("Voel of de aarde droog is"),
                StepSpec("Giet langzaam bij de voet van de plant", PNG),
            ),
            competences=("B1-K1-W1",),
            tags=("gieter",),
        ),
        CardSpec(
            "GR-WO-1",
            CardType.WERKOPDRACHT,
            "groen",
            4,
            "Verzorg de planten op de afdeling",
            theme="planten",
            body="Je verzorgt een rij planten in de kas.",
            criteria=(
                "Je controleert eerst de aarde",
                "Je geeft niet te veel water",
                "Je ruimt je werkplek op",
            ),
            competences=("B1-K1-W1", "GW01"),
        ),
        CardSpec(
            "GR-EWO-1",
            CardType.EINDWERKOPDRACHT,
            "groen",
            5,
            "Eindopdracht planten",
            theme="planten",
            body="Je verzorgt zelfstandig een afdeling.",
            components=("GR-WO-1", "GR-IK-1"),
            criteria=("Je werkt veilig", "Je verzorgt alle planten", "Je meldt problemen"),
        ),
        CardSpec(
            "HO-IK-1",
            CardType.INSTRUCTIEKAART,
            "horeca",
            3,
            "Café-tafel dekken",
            theme="bediening",
            steps=(StepSpec("Leg het tafelkleed recht"), StepSpec("Zet de borden neer")),
        ),
    ]
    return CatalogueSpec(
        sectors=[("groen", "Groen"), ("horeca", "Horeca")],
        themes=[("planten", "Planten verzorgen", "groen"), ("bediening", "Bediening", "horeca")],
        qualifications=[("25000", "Assistent medewerker groen")],
        competences=[
            CompetenceSpec("KD1", CompetenceKind.KERNDOEL, "Open houding"),
            CompetenceSpec("KD1.1", CompetenceKind.GEDRAGSKENMERK, "Je wilt leren", "KD1"),
            CompetenceSpec("KD1.1.1", CompetenceKind.GEDRAGSCRITERIUM, "Je oefent", "KD1.1"),
            CompetenceSpec(
                "B1-K1-W1", CompetenceKind.WERKPROCES, "Verzorgt planten", crebo="25000"
            ),
            CompetenceSpec("GW01", CompetenceKind.WERKNEMERSVAARDIGHEID, "Op tijd komen"),
        ],
        cards=cards,
        credentials=[
            CredentialSpec(
                "pb-planten",
                CredentialKind.PRAKTIJKBEWIJS,
                "Praktijkbewijs planten",
                "groen",
                assessed_by="GR-EWO-1",
                werkprocessen=("B1-K1-W1",),
            ),
            CredentialSpec(
                "pb-tafel",
                CredentialKind.PRAKTIJKBEWIJS,
                "Praktijkbewijs tafel",
                "horeca",
                assessed_by=None,
            ),
            CredentialSpec(
                "pv-groen",
                CredentialKind.PRAKTIJKVERKLARING,
                "Praktijkverklaring",
                "groen",
                components=("pb-planten",),
            ),
        ],
        templates=[
            TemplateSpec(
                "Route planten",
                "pb-planten",
                tuple(
                    TemplateItemSpec(code, 4, "planten")
                    for code in ("GR-IV-1", "GR-LK-1", "GR-IK-1", "GR-WO-1", "GR-EWO-1")
                ),
            )
        ],
    )


def small_school() -> SchoolSpec:
    return SchoolSpec(
        name="Praktijkschool Test",
        city="Delft",
        staff=[
            StaffSpec("docent@example.nl", "Anne Docent", Role.TEACHER),
            StaffSpec("coach@example.nl", "Bas Coach", Role.JOBCOACH),
        ],
        groups=[GroupSpec("4a", "PrO 4A", 4, "docent@example.nl")],
        companies=[CompanySpec("kas", "Kwekerij De Kas", "groen", "Delft", "Carla Kas")],
        students=[
            StudentSpec(
                "jerome",
                "Jerome",
                "Jansen",
                date(2009, 3, 1),
                "4a",
                4,
                Uitstroomprofiel.ARBEIDSMARKT,
                "docent@example.nl",
                "Route planten",
                PlacementSpec(
                    "kas",
                    date(2026, 9, 1),
                    date(2027, 6, 30),
                    PlacementModel.LINT,
                    2,
                    640,
                    "coach@example.nl",
                ),
            ),
            StudentSpec(
                "fatima",
                "Fatima",
                "El Amrani",
                date(2008, 7, 12),
                "4a",
                4,
                Uitstroomprofiel.ARBEIDSMARKT,
                "docent@example.nl",
            ),
        ],
    )


def free_day(store: SchoolStore, student_id: uuid.UUID) -> date:
    """A day of the student's first placement, not in the future and without hours yet
    (one entry per placement and day), whenever the tests run."""
    placement = store.progress(student_id).hours[0]
    booked = {e.worked_on for e in store.hours_entries(student_id)}
    day = min(store.today(), placement.end_on)
    while day in booked:
        day -= timedelta(days=1)
    return day


def assess(
    store: SchoolStore,
    student_id: uuid.UUID,
    credential_key: str,
    passed: bool | dict[int, bool] = True,
    held_on: date | None = None,
) -> uuid.UUID:
    """An assessment moment of the credential's eindwerkopdracht, judged by the student's
    mentor (a teacher) and the workplace supervisor: every criterion behaald (passed=True),
    or by criterion position (1-based) as given."""
    form = store.assessment_form(student_id, store.credential_id(credential_key))
    from jw_desktop.model.assessing import Assessor

    assessors = [Assessor(staff_id=form.staff[0][0])]
    assessors += [Assessor(supervisor_id=sid) for sid, _n, _c in form.supervisors[:1]]
    if isinstance(passed, bool):
        results = {eid: passed for eid, _ in form.criteria}
    else:
        results = {form.criteria[n - 1][0]: ok for n, ok in passed.items()}
    return store.record_assessment(
        student_id,
        form.card_id,
        form.card_version,
        held_on or store.today(),
        assessors,
        results,
        place="Kwekerij De Kas",
    )
