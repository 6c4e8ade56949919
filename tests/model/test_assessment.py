"""Real assessment (docs/domain.md "Credentials"): an assessment moment with assessors
and a result per criterion, separate from practice; eligibility counts only assessment
results; who issues each kind of credential, recorded on it; a diploma's other exam parts;
the werkprocessen a credential names."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from factories import TODAY, assess, small_catalogue, small_school
from hypothesis import given, settings
from hypothesis import strategies as st

from jw_desktop.model import (
    AccessDenied,
    CredentialKind,
    InvalidInput,
    Level,
    NotEligible,
    Role,
    SchoolStore,
    issuing,
)
from jw_desktop.model.assessing import Assessor
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.specs import CatalogueSpec, CredentialSpec


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def more_credentials(store: SchoolStore) -> None:
    """A branchecertificaat assessed by the same eindwerkopdracht, and a diploma made of
    the praktijkverklaring with two other exam parts."""
    base = small_catalogue()
    store.import_catalogue(
        CatalogueSpec(
            sectors=base.sectors,
            themes=base.themes,
            qualifications=base.qualifications,
            competences=base.competences,
            cards=base.cards,
            credentials=[
                *base.credentials,
                CredentialSpec(
                    "bc-planten",
                    CredentialKind.BRANCHECERTIFICAAT,
                    "Branchecertificaat planten",
                    "groen",
                    assessed_by="GR-EWO-1",
                    issuer_name="Stichting Groen Vakmanschap",
                ),
                CredentialSpec(
                    "mbo-groen",
                    CredentialKind.MBO_DIPLOMA,
                    "Mbo-diploma groen",
                    "groen",
                    components=("pv-groen",),
                    issuer_name="Mbo College Delft",
                    exam_parts=("Nederlands", "Rekenen"),
                ),
            ],
            templates=base.templates,
        )
    )


def practise_all(store: SchoolStore, student: uuid.UUID) -> None:
    for item in store.still_to_practise(student):
        store.record_observation(student, item.element_id, Level.INDEPENDENT)


def test_practice_zelfstandig_alone_is_not_eligible(store: SchoolStore, jerome: uuid.UUID) -> None:
    practise_all(store, jerome)
    verdict = store.eligibility(jerome, store.credential_id("pb-planten"))
    assert not verdict.eligible
    assert (verdict.criteria.mastered, verdict.criteria.total) == (0, 3)
    # what is still to practise follows the observations: nothing left
    assert store.still_to_practise(jerome) == []


def test_passed_assessment_is_eligible_and_names_its_werkprocessen(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    assess(store, jerome, "pb-planten")
    verdict = store.eligibility(jerome, store.credential_id("pb-planten"))
    assert verdict.eligible and verdict.criteria.mastered == 3
    assert verdict.werkprocessen == ("25000/B1-K1-W1 Verzorgt planten",)
    assert verdict.issuer is IssuerKind.SCHOOL


def test_the_latest_result_per_criterion_counts(store: SchoolStore, jerome: uuid.UUID) -> None:
    """A first moment with two of three behaald, a herkansing of the third: eligible; a
    later moment that judges one niet behaald takes it back."""
    pb = store.credential_id("pb-planten")
    assess(store, jerome, "pb-planten", {1: True, 2: True, 3: False}, TODAY - timedelta(days=9))
    verdict = store.eligibility(jerome, pb)
    assert not verdict.eligible and verdict.criteria.mastered == 2
    assert len(verdict.missing_criteria) == 1
    assess(store, jerome, "pb-planten", {3: True}, TODAY - timedelta(days=2))
    assert store.eligibility(jerome, pb).eligible
    assess(store, jerome, "pb-planten", {1: False})
    assert not store.eligibility(jerome, pb).eligible


def test_withdrawn_assessment_no_longer_counts(store: SchoolStore, jerome: uuid.UUID) -> None:
    pb = store.credential_id("pb-planten")
    first = assess(store, jerome, "pb-planten")
    assert store.eligibility(jerome, pb).eligible
    store.withdraw_assessment(first)
    assert not store.eligibility(jerome, pb).eligible
    assert store.assessments(jerome) == []
    with pytest.raises(InvalidInput, match="al ingetrokken"):
        store.withdraw_assessment(first)
    with pytest.raises(NotEligible):
        store.issue_credential(jerome, pb)


def test_a_planned_moment_has_no_results_and_is_filled_in_later(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    form = store.assessment_form(jerome, store.credential_id("pb-planten"))
    teacher = Assessor(staff_id=form.staff[0][0])
    later = TODAY + timedelta(days=10)
    with pytest.raises(InvalidInput, match="gepland"):
        store.record_assessment(
            jerome,
            form.card_id,
            form.card_version,
            later,
            [teacher],
            {form.criteria[0][0]: True},
            place="school",
        )
    planned = store.record_assessment(
        jerome, form.card_id, form.card_version, later, [teacher], {}, place="school"
    )
    (shown,) = store.assessments(jerome)
    assert shown.planned and shown.held_on == later
    results = {eid: True for eid, _ in form.criteria}
    held = store.record_assessment(
        jerome,
        form.card_id,
        form.card_version,
        TODAY,
        [teacher],
        results,
        replaces=planned,
        place="school",
    )
    (shown,) = store.assessments(jerome)
    assert shown.id == held and not shown.planned and len(shown.results) == 3


def test_bad_assessments_are_refused_and_change_nothing(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    form = store.assessment_form(jerome, store.credential_id("pb-planten"))
    results = {eid: True for eid, _ in form.criteria}
    teacher = Assessor(staff_id=form.staff[0][0])
    cases: list[tuple[list[Assessor], dict[uuid.UUID, bool], str]] = [
        ([], results, "minstens één beoordelaar"),
        ([teacher, teacher], results, "twee keer"),
        ([Assessor(name="Piet Examen")], results, "namens welke organisatie"),
        (
            [Assessor(staff_id=form.staff[0][0], name="Ook extern", organisation="X")],
            results,
            "niet meer tegelijk",
        ),
        ([teacher], {}, "minstens één criterium"),
        ([teacher], {uuid.uuid4(): True}, "alleen de criteria"),
    ]
    for assessors, given_results, message in cases:
        with pytest.raises(InvalidInput, match=message):
            store.record_assessment(
                jerome,
                form.card_id,
                form.card_version,
                TODAY,
                assessors,
                given_results,
                place="school",
            )
    wo = store.card_id("GR-WO-1")
    with pytest.raises(InvalidInput, match="eindwerkopdracht"):
        store.record_assessment(jerome, wo, 1, TODAY, [teacher], {}, place="school")
    every = {eid: True for eid, _ in form.criteria}
    with pytest.raises(InvalidInput, match="waar de beoordeling is"):  # a moment has a place
        store.record_assessment(
            jerome, form.card_id, form.card_version, TODAY, [teacher], every, place="  "
        )
    assert store.assessments(jerome) == []


def test_an_external_assessor_need_not_be_staff(store: SchoolStore, jerome: uuid.UUID) -> None:
    form = store.assessment_form(jerome, store.credential_id("pb-planten"))
    external = Assessor(name="Piet Examen", organisation="Stichting Groen Vakmanschap")
    store.record_assessment(
        jerome,
        form.card_id,
        form.card_version,
        TODAY,
        [external, Assessor(supervisor_id=form.supervisors[0][0])],
        {eid: True for eid, _ in form.criteria},
        place="Kwekerij De Kas",
    )
    (shown,) = store.assessments(jerome)
    assert {(a.name, a.organisation) for a in shown.assessors} == {
        ("Piet Examen", "Stichting Groen Vakmanschap"),
        ("Carla Kas", "Kwekerij De Kas"),
    }
    assert shown.place == "Kwekerij De Kas"


def test_a_teacher_records_the_branch_certificate_but_cannot_issue_it_as_school(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    more_credentials(store)
    bc = store.credential_id("bc-planten")
    assess(store, jerome, "bc-planten")
    assert store.eligibility(jerome, bc).issuer is IssuerKind.BRANCH
    with pytest.raises(InvalidInput, match="reikt de branche"):
        store.issue_credential(jerome, bc, issuer=IssuerKind.SCHOOL, reference="1")
    with pytest.raises(InvalidInput, match="certificaatnummer"):
        store.issue_credential(jerome, bc)
    with pytest.raises(InvalidInput, match="toekomst"):
        store.issue_credential(jerome, bc, TODAY + timedelta(days=1), reference="SGV-1")
    school = store.school_name() or ""
    for itself in (school, f"  {school.upper()} "):  # the school is not the branch
        with pytest.raises(InvalidInput, match="is de school zelf"):
            store.issue_credential(jerome, bc, issuer_name=itself, reference="X1")
    assert store.portfolio(jerome) == []
    store.issue_credential(jerome, bc, reference="SGV-2026-0042")
    (entry,) = store.portfolio(jerome)
    assert (entry.issuer, entry.issuer_name, entry.reference) == (
        IssuerKind.BRANCH,
        "Stichting Groen Vakmanschap",
        "SGV-2026-0042",
    )


def test_diploma_needs_its_other_exam_parts(store: SchoolStore, jerome: uuid.UUID) -> None:
    more_credentials(store)
    diploma = store.credential_id("mbo-groen")
    assess(store, jerome, "pb-planten")
    store.issue_credential(jerome, store.credential_id("pb-planten"))
    store.issue_credential(jerome, store.credential_id("pv-groen"), issuer_name="Mbo College")
    verdict = store.eligibility(jerome, diploma)
    assert not verdict.eligible and verdict.missing_exam_parts == ("Nederlands", "Rekenen")
    with pytest.raises(NotEligible, match="Examenonderdelen nog niet behaald: Nederlands; Rekenen"):
        store.issue_credential(jerome, diploma)
    parts = store.exam_parts(jerome, diploma)
    for part in parts:
        store.record_exam_part(jerome, part.id, TODAY - timedelta(days=3), "Mbo College Delft")
    with pytest.raises(InvalidInput, match="al behaald"):
        store.record_exam_part(jerome, parts[0].id, TODAY, "Mbo College Delft")
    with pytest.raises(InvalidInput, match="toekomst"):
        store.record_exam_part(jerome, parts[0].id, TODAY + timedelta(days=1), "X")
    assert store.eligibility(jerome, diploma).eligible
    store.issue_credential(jerome, diploma)
    entry = store.portfolio(jerome)[-1]
    assert entry.issuer is IssuerKind.MBO_SCHOOL and entry.issuer_name == "Mbo College Delft"
    assert "Nederlands: behaald op" in " ".join(entry.evidence)


def test_a_jobcoach_neither_assesses_nor_issues(store: SchoolStore, jerome: uuid.UUID) -> None:
    coach = next(m for m in store.staff() if m.role == Role.JOBCOACH)
    store.set_password(coach.id, "Geheim-wachtwoord-1")
    form = store.assessment_form(jerome, store.credential_id("pb-planten"))
    store.login("coach@example.nl", "Geheim-wachtwoord-1")
    with pytest.raises(AccessDenied):
        store.record_assessment(
            jerome, form.card_id, form.card_version, TODAY, [], {}, place="school"
        )
    with pytest.raises(AccessDenied):
        store.issue_credential(jerome, store.credential_id("pb-planten"))


@settings(max_examples=30, deadline=None)
@given(
    kind=st.sampled_from(list(CredentialKind)),
    role=st.sampled_from([*Role, None]),
    claimed=st.sampled_from([*IssuerKind, None]),
    name=st.text(max_size=5),
    reference=st.text(max_size=5),
)
def test_issuing_rule_is_one_table(
    kind: CredentialKind,
    role: Role | None,
    claimed: IssuerKind | None,
    name: str,
    reference: str,
) -> None:
    """The window asks may_issue / may_record, the store decide: a kind is either issued
    here (praktijkbewijs) or recorded (the others), never both, never by a jobcoach, and
    decide never puts another body than the kind's issuer on a credential."""
    assert not (issuing.may_issue(role, kind) and issuing.may_record(role, kind))
    if role is Role.JOBCOACH:
        assert not issuing.may_issue(role, kind) and not issuing.may_record(role, kind)
    try:
        body = issuing.decide(
            kind,
            school_name="School",
            catalogue_name="",
            issuer_name=name,
            reference=reference,
            claimed=claimed,
        )
    except InvalidInput:
        return
    assert body.kind is issuing.issuer_of(kind)
    if body.kind is IssuerKind.BRANCH:
        assert body.reference and body.name


def test_an_old_store_upgrades_with_its_credentials_issued_by_the_school(
    tmp_path: Path,
) -> None:
    """0007_assessment down and up again: a credential issued before issuing bodies were
    recorded reads as the school's, and capture covers the new columns."""
    from alembic import command
    from sqlalchemy import create_engine

    from jw_desktop.model import database
    from jw_desktop.model.migrations import alembic_config, run_upgrade

    path = tmp_path / "s.sqlite"
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as store:
        store.import_catalogue(small_catalogue())
        ids = store.import_school(small_school())
        assess(store, ids["jerome"], "pb-planten")
        store.issue_credential(ids["jerome"], store.credential_id("pb-planten"))
    # down without foreign keys (batch mode rebuilds issued_credential, which evidence
    # points at), up as the application does, with them
    plain = create_engine(f"sqlite:///{path}")
    try:
        cfg = alembic_config()
        with plain.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0006_qualifications")
    finally:
        plain.dispose()
    assert database.read_revision(path)[0] == "0006_qualifications"
    engine = database.make_engine(path)
    try:
        run_upgrade(engine)
    finally:
        engine.dispose()
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as store:
        (entry,) = store.portfolio(ids["jerome"])
        assert (entry.issuer, entry.issuer_name) == (IssuerKind.SCHOOL, "")
        assert store.assessments(ids["jerome"]) == []
        con = sqlite3.connect(path)
        with con:
            con.execute("UPDATE credential_definition SET issuer_name = 'SVGB'")
        changed = con.execute(
            "SELECT count(*) FROM sync_clock WHERE tbl = 'credential_definition' "
            "AND col = 'issuer_name'"
        ).fetchone()[0]
        con.close()
        assert changed == 3


@settings(max_examples=15, deadline=None)
@given(
    steps=st.lists(
        st.one_of(
            st.tuples(
                st.just("assess"),
                st.integers(0, 20),  # days ago
                st.dictionaries(st.integers(0, 2), st.booleans(), min_size=1),
            ),
            st.tuples(st.just("withdraw"), st.integers(0, 10), st.just({})),
        ),
        max_size=6,
    )
)
def test_eligibility_is_the_latest_active_result_per_criterion(
    tmp_path_factory: pytest.TempPathFactory,
    steps: list[tuple[str, int, dict[int, bool]]],
) -> None:
    """Any sequence of assessments and withdrawals: a criterion counts when its latest
    result (by day held, then order recorded) at a not withdrawn assessment is behaald,
    and the praktijkbewijs is eligible exactly when all three do."""
    path = tmp_path_factory.mktemp("prop") / "s.sqlite"
    with SchoolStore.open(path, today=lambda: TODAY, auto_backup=False) as store:
        store.import_catalogue(small_catalogue())
        jerome = store.import_school(small_school())["jerome"]
        pb = store.credential_id("pb-planten")
        made: list[tuple[uuid.UUID, int, int, dict[int, bool]]] = []  # id, day, order, results
        withdrawn: set[uuid.UUID] = set()
        for order, (kind, n, results) in enumerate(steps):
            if kind == "assess":
                day = TODAY - timedelta(days=n)
                aid = assess(
                    store, jerome, "pb-planten", {k + 1: v for k, v in results.items()}, day
                )
                made.append((aid, n, order, results))
            elif made:
                aid = made[n % len(made)][0]
                if aid in withdrawn:
                    with pytest.raises(InvalidInput):
                        store.withdraw_assessment(aid)
                else:
                    store.withdraw_assessment(aid)
                    withdrawn.add(aid)
        latest: dict[int, bool] = {}
        active = [m for m in made if m[0] not in withdrawn]
        for _aid, _n, _order, results in sorted(active, key=lambda m: (-m[1], m[2])):
            latest.update(results)
        verdict = store.eligibility(jerome, pb)
        passed = sum(1 for k in range(3) if latest.get(k))
        assert verdict.criteria.mastered == passed
        assert verdict.eligible == (passed == 3)
        assert len(store.assessments(jerome)) == len(active)
