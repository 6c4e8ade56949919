"""The scale-data generator: deterministic, consistent, and importable through the library.

A small build (200 cards, 30 students, one school year) keeps this fast; the full size is
exercised by bench/. No timings are asserted here.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from jw_desktop.demo.scale import (
    PICTURES,
    ROUTE_LENGTH,
    ScaleBuild,
    build_scale,
    scale_catalogue,
    scale_school,
    strip_accents,
)
from jw_desktop.model import CardType, ElementKind, NoteCategory, Setting

CARDS, STUDENTS, YEARS = 200, 30, 1


@pytest.fixture(scope="module")
def scale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaleBuild]:
    path: Path = tmp_path_factory.mktemp("scale") / "scale.sqlite"
    build = build_scale(path, cards=CARDS, students=STUDENTS, years=YEARS)
    try:
        yield build
    finally:
        build.store.close()


def test_specs_are_deterministic() -> None:
    assert scale_catalogue(CARDS, seed=3) == scale_catalogue(CARDS, seed=3)
    assert scale_school(STUDENTS, seed=3) == scale_school(STUDENTS, seed=3)
    assert scale_catalogue(CARDS, seed=3) != scale_catalogue(CARDS, seed=4)


def test_full_size_catalogue_has_the_asked_shape() -> None:
    spec = scale_catalogue()
    types = Counter(c.card_type for c in spec.cards)
    assert sum(types.values()) == 6000
    assert len({c.code for c in spec.cards}) == 6000
    assert types[CardType.INSTRUCTIEKAART] > types[CardType.LESKAART] > types[CardType.INSTAPVRAGEN]
    assert len(spec.sectors) == 8
    for card in spec.cards:
        if card.card_type is CardType.INSTRUCTIEKAART:
            assert 4 <= len(card.steps) <= 8
        if card.card_type is CardType.WERKOPDRACHT:
            assert 4 <= len(card.criteria) <= 6
        if card.card_type is CardType.EINDWERKOPDRACHT:
            assert card.components
    assert len(spec.templates) == 40
    assert all(ROUTE_LENGTH[0] <= len(t.items) <= ROUTE_LENGTH[1] for t in spec.templates)
    assert all(t.credential for t in spec.templates)


def test_counts_match_what_was_asked(scale: ScaleBuild) -> None:
    counts = scale.store.info().counts
    assert counts["kaarten"] == CARDS
    assert counts["leerlingen"] == STUDENTS
    assert len(scale.students) == STUDENTS
    assert len(scale.store.templates()) == 40
    assert counts["stages"] == sum(1 for s in scale.school.students if s.placement)
    assert 0 < counts["stages"] < STUDENTS
    assert set(scale.timings) >= {"catalogue.import", "school.import", "progress.import"}


def test_every_student_has_a_route_to_a_credential(scale: ScaleBuild) -> None:
    for sid in scale.students.values():
        route = scale.store.route(sid)
        assert route.items
        assert route.target_credential is not None


def test_still_to_practise_lists_steps_and_criteria_of_the_route(scale: ScaleBuild) -> None:
    left = 0
    for sid in scale.students.values():
        codes = {i.code for i in scale.store.route(sid).items}
        items = scale.store.still_to_practise(sid)
        assert all(i.card_code in codes for i in items)
        assert all(i.kind in (ElementKind.STEP, ElementKind.CRITERION) for i in items)
        left += len(items)
    assert left > 0  # one school year is not enough for everyone to finish


def test_every_student_has_observations_rising_to_independent(scale: ScaleBuild) -> None:
    settings: set[Setting] = set()
    for sid in scale.students.values():
        observations = scale.store.observations(sid)
        assert observations
        assert {int(o.level) for o in observations} == {0, 1, 2}
        settings |= {o.setting for o in observations}
    assert settings == {Setting.SCHOOL, Setting.WORKPLACE}


def test_placements_log_hours_and_notes_have_both_categories(scale: ScaleBuild) -> None:
    categories: set[NoteCategory] = set()
    for student in scale.school.students:
        sid = scale.students[student.key]
        hours = scale.store.progress(sid).hours
        if student.placement is not None:
            assert hours and hours[0].minutes_done > 0
        categories |= {n.category for n in scale.store.notes(sid)}
    assert categories == {NoteCategory.WORK, NoteCategory.CARE}


def test_search_finds_generated_words_with_and_without_accents(scale: ScaleBuild) -> None:
    card = scale.catalogue.cards[0]
    word = max(card.title.split(), key=len)
    assert card.code in {h.code for h in scale.store.search_cards(word, limit=CARDS)}
    accented = next(c for c in scale.catalogue.cards if strip_accents(c.title) != c.title)
    word = next(w for w in accented.title.split() if strip_accents(w) != w)
    plain = scale.store.search_cards(strip_accents(word), limit=CARDS)
    assert accented.code in {h.code for h in plain}


def test_step_pictures_are_valid_pngs() -> None:
    for data in PICTURES:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            assert image.format == "PNG"
