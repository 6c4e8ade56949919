"""Parents and carers, consent and the route onward (docs/domain.md, "Parents, consent and
the route onward"): the consent rule, who may give consent, and what a school shares."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from factories import TODAY
from hypothesis import given
from hypothesis import strategies as st

from jw_desktop.model import AccessDenied, InvalidInput, SchoolStore
from jw_desktop.model.consent import (
    EXPIRED,
    VALID,
    WITHDRAWN,
    ConsentView,
    may_share,
)
from jw_desktop.model.contacts import (
    ConsentGiver,
    ConsentRecipient,
    ShareCategory,
    TrajectoryType,
)

WERKPLEK, SCHOOL = ConsentRecipient.WERKPLEK, ConsentRecipient.VOLGENDE_SCHOOL
VOORTGANG = ShareCategory.VOORTGANG


def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def kas(store: SchoolStore) -> uuid.UUID:
    return next(i for i, name in store.companies() if name == "Kwekerij De Kas")


def test_a_consent_is_valid_until_its_end_then_expired(store: SchoolStore) -> None:
    until = TODAY + timedelta(days=10)
    store.record_consent(
        jerome(store),
        recipient=WERKPLEK,
        categories=[VOORTGANG],
        valid_until=until,
        given_by=ConsentGiver.STUDENT,
        company_id=kas(store),
    )
    (found,) = store.consents(jerome(store))
    assert found.status(TODAY) == VALID and found.status(until) == VALID
    assert found.status(until + timedelta(days=1)) == EXPIRED
    assert found.given_by_name == "Jerome Jansen"
    ok = store.may_share(jerome(store), WERKPLEK, VOORTGANG, company_id=kas(store))
    assert ok and "tot en met" in ok.reason
    later = store.may_share(
        jerome(store), WERKPLEK, VOORTGANG, company_id=kas(store), on_day=until + timedelta(1)
    )
    assert not later and "verlopen op" in later.reason
    # another category, another company, another kind of recipient: no
    assert not store.may_share(jerome(store), WERKPLEK, ShareCategory.UREN, company_id=kas(store))
    assert not store.may_share(jerome(store), WERKPLEK, VOORTGANG, company_id=uuid.uuid4())
    assert not store.may_share(jerome(store), SCHOOL, VOORTGANG)


def test_a_withdrawn_consent_no_longer_counts_and_stays_visible(store: SchoolStore) -> None:
    cid = store.record_consent(
        jerome(store),
        recipient=WERKPLEK,
        categories=[VOORTGANG, ShareCategory.PORTFOLIO],
        valid_until=TODAY + timedelta(days=100),
        given_by=ConsentGiver.STUDENT,
        company_id=kas(store),
    )
    store.withdraw_consent(cid)
    (found,) = store.consents(jerome(store))
    assert found.status(TODAY) == WITHDRAWN and found.withdrawn_on is not None
    decision = store.may_share(jerome(store), WERKPLEK, VOORTGANG, company_id=kas(store))
    assert not decision and "ingetrokken" in decision.reason
    with pytest.raises(InvalidInput, match="al ingetrokken"):
        store.withdraw_consent(cid)


def test_under_sixteen_a_parent_with_authority_gives_consent(store: SchoolStore) -> None:
    student = jerome(store)  # born 2009-03-01: 15 on 2024-06-01
    young = date(2024, 6, 1)
    args = {
        "recipient": SCHOOL,
        "categories": [VOORTGANG],
        "valid_until": TODAY + timedelta(days=30),
        "given_on": young,
        "recipient_name": "ROC Voorbeeld",
    }
    with pytest.raises(InvalidInput, match="onder de 16 geeft een ouder"):
        store.record_consent(student, given_by=ConsentGiver.STUDENT, **args)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="Kies de ouder"):
        store.record_consent(student, given_by=ConsentGiver.PARENT, **args)  # type: ignore[arg-type]
    aunt = store.add_contact(student, "Tante Test", "anders", phone="06-00000000")
    with pytest.raises(InvalidInput, match="geen gezag"):
        store.record_consent(student, given_by=ConsentGiver.PARENT, parent_id=aunt, **args)  # type: ignore[arg-type]
    mother = store.add_contact(
        student, "Moeder Jansen", "ouder", email="moeder@example.nl", parental_authority=True
    )
    store.record_consent(student, given_by=ConsentGiver.PARENT, parent_id=mother, **args)  # type: ignore[arg-type]
    (found,) = store.consents(student)
    assert found.given_by_name == "Moeder Jansen"
    # from 16 the student gives it: a parent's is refused
    with pytest.raises(InvalidInput, match="vanaf 16 geeft de leerling"):
        store.record_consent(
            student,
            given_by=ConsentGiver.PARENT,
            parent_id=mother,
            **{**args, "given_on": TODAY},  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"categories": []}, "Kies wat"),
        ({"categories": ["alles"]}, "Onbekend soort"),
        ({"valid_until": TODAY - timedelta(days=1)}, "einddatum ligt voor"),
        ({"given_on": TODAY + timedelta(days=1)}, "toekomst"),
        ({"valid_until": date(2040, 1, 1)}, "hoogstens 5 jaar"),
        ({"company_id": None}, "Kies het leerbedrijf"),
        ({"recipient": "buurman"}, "Kies met wie"),
    ],
)
def test_bad_consent_is_refused_and_nothing_is_written(
    store: SchoolStore, change: dict[str, object], message: str
) -> None:
    args: dict[str, object] = {
        "recipient": WERKPLEK,
        "categories": [VOORTGANG],
        "valid_until": TODAY + timedelta(days=30),
        "given_by": ConsentGiver.STUDENT,
        "company_id": kas(store),
        **change,
    }
    with pytest.raises(InvalidInput, match=message):
        store.record_consent(jerome(store), **args)  # type: ignore[arg-type]
    assert store.consents(jerome(store)) == []


def test_a_next_school_needs_its_name(store: SchoolStore) -> None:
    with pytest.raises(InvalidInput, match="Vul in welke volgende school"):
        store.record_consent(
            jerome(store),
            recipient=SCHOOL,
            categories=[VOORTGANG],
            valid_until=TODAY,
            given_by=ConsentGiver.STUDENT,
        )


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@given(given_on=days, length=st.integers(0, 800), day=days, withdrawn=st.booleans())
def test_may_share_holds_exactly_inside_the_period(
    given_on: date, length: int, day: date, withdrawn: bool
) -> None:
    company = uuid.UUID(int=1)
    until = given_on + timedelta(days=length)
    view = ConsentView(
        uuid.uuid4(),
        uuid.uuid4(),
        WERKPLEK,
        "De Kas",
        company,
        ("voortgang",),
        ConsentGiver.STUDENT,
        "",
        given_on,
        until,
        day if withdrawn else None,
    )
    decision = may_share([view], WERKPLEK, VOORTGANG, day, company_id=company)
    assert bool(decision) == (not withdrawn and given_on <= day <= until)
    assert decision.reason


def test_onward_export_needs_consent_for_that_school(store: SchoolStore) -> None:
    student = jerome(store)
    with pytest.raises(InvalidInput, match="geweigerd: geen toestemming"):
        store.onward_export(student, "ROC Voorbeeld")
    store.record_consent(
        student,
        recipient=SCHOOL,
        categories=[VOORTGANG],
        valid_until=TODAY + timedelta(days=30),
        given_by=ConsentGiver.STUDENT,
        recipient_name="ROC Voorbeeld",
    )
    with pytest.raises(InvalidInput, match="geweigerd"):
        store.onward_export(student, "Een ander ROC")
    for nobody in ("", "   "):  # no name is no school: never 'any school will do'
        with pytest.raises(InvalidInput, match="geweigerd: geen naam"):
            store.onward_export(student, nobody)
    doc = store.onward_export(student, "roc voorbeeld")
    assert doc["voortgang"] and "portfolio" not in doc and "uren" not in doc
    assert "geen toestemming" in doc["weggelaten"]["uren"]


def test_contacts_and_plan(store: SchoolStore) -> None:
    student = jerome(store)
    with pytest.raises(InvalidInput, match="De naam is verplicht"):
        store.add_contact(student, "  ", "ouder")
    with pytest.raises(InvalidInput, match="geen e-mailadres"):
        store.add_contact(student, "Vader", "ouder", email="vader")
    with pytest.raises(InvalidInput, match="Kies wie"):
        store.add_contact(student, "Vader", "buurman")
    assert store.contacts(student) == []
    father = store.add_contact(student, "Vader Jansen", "ouder", phone="06-00000001")
    assert [c.name for c in store.contacts(student)] == ["Vader Jansen"]
    store.remove_contact(father)
    assert store.contacts(student) == []

    empty = store.plan(student)
    assert empty.uitstroomprofiel == "arbeidsmarkt" and empty.opp_goals == ()
    store.set_plan(
        student,
        opp_goals=["Zelfstandig een werkdag volhouden", "", "Op tijd komen"],
        trajectory=TrajectoryType.ENTREE_AT_SCHOOL,
        partner_school="ROC Voorbeeld",
        partner_contact="mevr. Demo, 010-0000000",
    )
    plan = store.plan(student)
    assert plan.opp_goals == ("Zelfstandig een werkdag volhouden", "Op tijd komen")
    assert plan.trajectory == TrajectoryType.ENTREE_AT_SCHOOL
    with pytest.raises(InvalidInput, match="hoogstens 12"):
        store.set_plan(student, opp_goals=["doel"] * 13, trajectory=None)
    with pytest.raises(InvalidInput, match="Onbekend soort traject"):
        store.set_plan(student, opp_goals=[], trajectory="havo")
    assert store.plan(student) == plan


def test_a_jobcoach_sees_no_parents_and_no_opp(store: SchoolStore) -> None:
    student = jerome(store)
    store.add_contact(student, "Moeder Jansen", "ouder", parental_authority=True)
    coach = next(m for m in store.staff() if m.email == "coach@example.nl")
    store.set_password(coach.id, "tulpen-en-rozen-2026")
    store.login("coach@example.nl", "tulpen-en-rozen-2026")
    with pytest.raises(AccessDenied):
        store.contacts(student)
    with pytest.raises(AccessDenied):
        store.plan(student)
    with pytest.raises(AccessDenied):
        store.add_contact(student, "Iemand", "ouder")


def test_incoming_consent_values_are_checked() -> None:
    """What a bundle brings for the new tables is checked like any other value."""
    from jw_desktop.model.schema import check_value

    check_value("consent", "categories", '["voortgang", "uren"]')
    for tbl, col, bad in [
        ("consent", "categories", '["alles"]'),
        ("consent", "categories", '"voortgang"'),
        ("consent", "recipient", "buurman"),
        ("consent", "valid_until", "2026-02-30"),
        ("student_contact", "relation", "buurman"),
        ("student_contact", "phone", "0" * 41),
        ("student_plan", "trajectory", "havo"),
    ]:
        with pytest.raises(InvalidInput, match=f"{tbl}.{col}"):
            check_value(tbl, col, bad)
    check_value("student_plan", "trajectory", None)
