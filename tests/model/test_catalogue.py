"""Catalogue import and search: idempotent publication, card versions, FTS5 search that
ignores case and accents, and filters."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import small_catalogue

from jw_desktop.model import CardType, ElementKind, InvalidInput, SchoolStore
from jw_desktop.model.specs import CatalogueSpec, StepSpec


def test_importing_the_same_publication_twice_changes_nothing(store: SchoolStore) -> None:
    before = store.info().counts
    assert store.import_catalogue(small_catalogue()) == 0
    assert store.info().counts == before


def test_card_detail_has_steps_with_pictures_criteria_and_competences(store: SchoolStore) -> None:
    card = store.card(store.card_id("GR-IK-1"))
    steps = card.of_kind(ElementKind.STEP)
    assert [s.text for s in steps] == [
        "Vul de gieter",
        "Voel of de aarde droog is",
        "Giet langzaam bij de voet van de plant",
    ]
    assert steps[0].picture_id is not None and steps[1].picture_id is None
    assert store.picture(steps[0].picture_id).startswith(b"\x89PNG")
    assert card.competences == (("25000/B1-K1-W1", "Verzorgt planten"),)  # with its dossier
    final = store.card(store.card_id("gr-ewo-1"))  # codes are case-insensitive
    assert [c.code for c in final.components] == ["GR-WO-1", "GR-IK-1"]
    assert len(final.of_kind(ElementKind.CRITERION)) == 3


def test_new_card_version_leaves_planned_routes_on_their_version(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    old = next(i for i in store.route(jerome).items if i.code == "GR-IK-1")
    spec = small_catalogue()
    ik = next(c for c in spec.cards if c.code == "GR-IK-1")
    new_steps = (*ik.steps, StepSpec("Zet de gieter terug op zijn plek"))
    update = CatalogueSpec(
        sectors=spec.sectors,
        themes=spec.themes,
        cards=[replace(ik, version=2, steps=new_steps, title="Water geven")],
    )
    assert store.import_catalogue(update) == 1

    item = next(i for i in store.route(jerome).items if i.id == old.id)
    assert (item.version, item.latest_version, item.title) == (1, 2, "Planten water geven")
    assert len(store.card(item.card_id, version=1).of_kind(ElementKind.STEP)) == 3
    assert store.search_cards("Water geven")[0].code == "GR-IK-1"  # index follows the new version

    assert store.update_item_version(item.id) == 2
    item = next(i for i in store.route(jerome).items if i.id == old.id)
    assert (item.version, item.title) == (2, "Water geven")
    assert sum(1 for p in store.still_to_practise(jerome) if p.card_code == "GR-IK-1") == 4


def test_unknown_reference_in_publication_is_refused_and_nothing_is_written(
    store: SchoolStore,
) -> None:
    before = store.info().counts
    bad = CatalogueSpec(
        cards=[replace(small_catalogue().cards[0], code="NEW-1", sector="bakkerij")]
    )
    with pytest.raises(InvalidInput, match="bakkerij"):
        store.import_catalogue(bad)
    assert store.info().counts == before


@pytest.mark.parametrize("query", ["cafe", "CAFÉ", "Café", "caf", "tafel dekken", "borden"])
def test_search_ignores_case_and_accents_and_matches_word_starts(
    store: SchoolStore, query: str
) -> None:
    assert [h.code for h in store.search_cards(query)] == ["HO-IK-1"]


def test_search_looks_in_steps_criteria_body_and_tags(store: SchoolStore) -> None:
    assert [h.code for h in store.search_cards("voet plant")] == ["GR-IK-1"]  # a step
    assert [h.code for h in store.search_cards("werkplek")] == ["GR-WO-1"]  # a criterion
    assert [h.code for h in store.search_cards("voeding")] == ["GR-LK-1"]  # body
    assert "GR-LK-1" in [h.code for h in store.search_cards("licht")]  # tag and body


def test_search_ranks_title_matches_first(store: SchoolStore) -> None:
    # 'plant' is in the title of four cards and only in the body of the leskaart.
    hits = [h.code for h in store.search_cards("plant")]
    assert set(hits) == {"GR-IV-1", "GR-IK-1", "GR-WO-1", "GR-EWO-1", "GR-LK-1"}
    assert hits[-1] == "GR-LK-1"


def test_search_filters(store: SchoolStore) -> None:
    assert [h.code for h in store.search_cards("", card_type=CardType.LESKAART)] == ["GR-LK-1"]
    assert [h.code for h in store.search_cards("", sector="horeca")] == ["HO-IK-1"]
    assert [h.code for h in store.search_cards("", phase=5)] == ["GR-EWO-1"]
    assert {h.code for h in store.search_cards("", competence="B1-K1-W1")} == {"GR-IK-1", "GR-WO-1"}
    # A kerndoel finds cards linked to a gedragscriterium below it.
    assert [h.code for h in store.search_cards("", competence="KD1")] == ["GR-IV-1"]
    assert store.search_cards("planten", sector="horeca") == []
    assert [h.code for h in store.search_cards("planten", card_type=CardType.WERKOPDRACHT)] == [
        "GR-WO-1"
    ]


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "-", "planten OR", "*", "a:b", "''"])
def test_search_survives_fts_syntax_in_user_text(store: SchoolStore, query: str) -> None:
    store.search_cards(query)  # no exception: words are quoted before they reach FTS5


def test_sectors_and_card_type_given_as_text(store: SchoolStore) -> None:
    assert store.sectors() == [("groen", "Groen"), ("horeca", "Horeca")]
    assert [h.code for h in store.search_cards("", card_type="leskaart")] == ["GR-LK-1"]  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="kaarttype"):
        store.search_cards("", card_type="poster")  # type: ignore[arg-type]
