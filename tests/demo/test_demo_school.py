"""The demo school is complete enough to try every workflow, and is created atomically."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jw_desktop.demo import content
from jw_desktop.demo import school as demo
from jw_desktop.demo.ik_texts import IK_TEXTS
from jw_desktop.model import CardType, ElementKind, InvalidInput, NoteCategory, Role, SchoolStore


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo.create_demo_database(path)
    return path


@pytest.fixture
def store(demo_file: Path, tmp_path: Path) -> Iterator[SchoolStore]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    with SchoolStore.open(copy) as s:
        yield s


def test_catalogue_has_all_card_types_in_several_sectors(store: SchoolStore) -> None:
    hits = store.search_cards("", limit=1000)
    assert len(hits) >= 30
    assert {h.card_type for h in hits} == set(CardType)
    assert len({h.sector for h in hits}) >= 2


def test_every_instruction_step_has_a_picture(store: SchoolStore) -> None:
    for hit in store.search_cards("", card_type=CardType.INSTRUCTIEKAART, limit=1000):
        steps = store.card(hit.id).of_kind(ElementKind.STEP)
        assert len(steps) >= 4
        assert all(s.picture_id is not None for s in steps)
        assert store.picture(steps[0].picture_id).startswith(b"\x89PNG")  # type: ignore[arg-type]


def test_one_complete_credential_path(store: SchoolStore) -> None:
    route = store.route(store.find_students("Jerome")[0].id)
    assert route.target_credential is not None and "Praktijkbewijs" in route.target_credential
    types = [i.card_type for i in route.items]
    assert set(types) == set(CardType)
    assert types[-1] == CardType.EINDWERKOPDRACHT
    final = store.card(route.items[-1].card_id)
    assert {c.card_type for c in final.components} == {
        CardType.WERKOPDRACHT,
        CardType.INSTRUCTIEKAART,
    }


def test_jerome_is_close_to_his_first_praktijkbewijs(store: SchoolStore) -> None:
    """His first assessment left the two criteria he still practises niet behaald; the
    herkansing is planned, with his mentor and his workplace supervisor."""
    (jerome,) = store.find_students("Jerome")
    report = store.progress(jerome.id)
    target = next(c for c in report.credentials if c.kind.value == "praktijkbewijs")
    assert not target.eligible and not target.issued
    assert len(target.missing_criteria) <= 2 and target.criteria.total >= 6
    assert target.criteria.mastered == target.criteria.total - len(target.missing_criteria)
    assert target.werkprocessen and target.werkprocessen[0].startswith("98101/B1-K1-W1")
    assert 0 < len(store.still_to_practise(jerome.id)) <= 3
    assert report.hours and report.hours[0].minutes_done > 0
    assert store.portfolio(jerome.id) == []
    planned, held = store.assessments(jerome.id)
    assert planned.planned and planned.held_on > store.today()
    assert not held.planned and not all(ok for _e, _t, ok in held.results)
    assert {a.organisation for a in held.assessors} >= {"Tuincentrum De Groene Hoek"}
    assert any(a.staff_id for a in held.assessors) and any(a.supervisor_id for a in held.assessors)


def test_issued_credentials_rest_on_assessments_and_name_their_issuer(
    store: SchoolStore,
) -> None:
    entries = [e for s in store.students() for e in store.portfolio(s.id)]
    assert entries
    for entry in entries:
        assert entry.werkprocessen
        assert entry.evidence and all("beoordeeld door" in e for e in entry.evidence)
    branch = [e for e in entries if e.kind.value == "branchecertificaat"]
    assert branch and all(
        e.issuer_name == "Stichting Vakbekwaamheid Logistiek" and e.reference for e in branch
    )
    (mila,) = store.find_students("Mila")
    diploma = next(c for c in store.progress(mila.id).credentials if c.kind.value == "mbo-diploma")
    assert len(diploma.missing_exam_parts) == 2 and not diploma.eligible


def test_people_places_and_progress(store: SchoolStore) -> None:
    students = store.students()
    assert 20 <= len(students) <= 30
    assert len(store.groups()) == 6
    assert len(store.staff(Role.JOBCOACH)) == 2 and len(store.staff(Role.TEACHER)) >= 2
    counts = store.info().counts
    assert counts["leerbedrijven"] == 3 and counts["stages"] >= 6
    assert counts["observaties"] > 100 and counts["uitgereikte kwalificaties"] >= 1
    fractions = {
        round(store.progress(s.id).phases[-1].elements.fraction, 1)
        for s in students
        if store.route(s.id).items
    }
    assert len(fractions) >= 3  # students at different points
    categories = {n.category for s in students for n in store.notes(s.id)}
    assert categories == {NoteCategory.WORK, NoteCategory.CARE}


def test_create_refuses_an_existing_file_and_leaves_it_alone(
    demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bestaand.sqlite"
    target.write_bytes(b"niet aanraken")
    with pytest.raises(InvalidInput, match="al een database"):
        demo.create_demo_database(target)
    assert target.read_bytes() == b"niet aanraken"


def test_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("stroom uitgevallen")

    monkeypatch.setattr(demo, "progress_spec", broken)
    with pytest.raises(RuntimeError):
        demo.create_demo_database(tmp_path / "demo.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_every_phase_is_at_work_in_the_demo(store: SchoolStore) -> None:
    """A teacher sees students practising in every phase, from the onderbouw groups (fase
    1-2, no credential as target) to aftercare (fase 6, after a credential)."""
    practised: set[int] = set()
    for s in store.students():
        for p in store.progress(s.id).phases:
            if p.elements.mastered:
                practised.add(p.phase)
    assert practised == {1, 2, 3, 4, 5, 6}
    (luuk,) = store.find_students("Luuk")
    assert store.route(luuk.id).target_credential is None
    (rayan,) = store.find_students("Rayan")
    assert store.portfolio(rayan.id) and store.route(rayan.id).items[-1].phase == 6


def test_the_student_view_speaks_as_the_student(store: SchoolStore) -> None:
    """Jerome's own view gives his steps in his own words ("Ik voel ..."), from the
    catalogue's student texts; every step and criterion of the demo has one."""
    texts = [s if isinstance(s, str) else s["text"] for card in content.CARDS
             for s in [*card.get("steps", []), *card.get("criteria", [])]]  # fmt: skip
    assert set(texts) <= set(IK_TEXTS)
    jerome = store.find_students("Jerome")[0].id
    view = store.student_view(jerome)
    said = [s.text for card in view.practise_next for s in card.steps] + list(view.can_do)
    assert said and all(text in IK_TEXTS.values() for text in said)
    assert all(not text.startswith("Je ") for text in said)
