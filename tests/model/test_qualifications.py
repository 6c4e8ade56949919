"""The qualification structure (docs/domain.md): competence codes per kwalificatiedossier,
basisdeel and profieldeel, employee skills linked with their source, cards in several
sectors, and the coverage of competences by cards and routes."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jw_desktop.model import CardType, CompetenceKind, InvalidInput, SchoolStore
from jw_desktop.model.enums import QualificationPart
from jw_desktop.model.qualifications import CompetenceIndex, competence_ref
from jw_desktop.model.specs import CardSpec, CatalogueSpec, CompetenceSpec, LinkSpec

BASIS, PROFIEL = QualificationPart.BASISDEEL, QualificationPart.PROFIELDEEL
MKB = "MKB Nederland, werknemersvaardigheden 2023"


def logistiek(*cards: CardSpec, links: tuple[LinkSpec, ...] = ()) -> CatalogueSpec:
    """A second dossier that also has B1-K1-W1, with a basisdeel and a profieldeel."""
    return CatalogueSpec(
        sectors=[("groen", "Groen"), ("horeca", "Horeca"), ("logistiek", "Logistiek")],
        qualifications=[("25001", "Assistent logistiek")],
        competences=[
            CompetenceSpec(
                "B1-K1", CompetenceKind.KERNTAAK, "Voert basiswerk uit", crebo="25001", part=BASIS
            ),
            CompetenceSpec(
                "B1-K1-W1",
                CompetenceKind.WERKPROCES,
                "Bereidt het werk voor",
                "B1-K1",
                crebo="25001",
                part=BASIS,
            ),
            CompetenceSpec(
                "P1-K1-W1",
                CompetenceKind.WERKPROCES,
                "Pakt orders",
                crebo="25001",
                part=PROFIEL,
                profile="Magazijn",
            ),
        ],
        links=list(links),
        cards=list(cards),
    )


LO_WO = CardSpec(
    "LO-WO-1",
    CardType.WERKOPDRACHT,
    "logistiek",
    4,
    "Maak de orderbak klaar",
    criteria=("Je legt de scanner klaar",),
    competences=("25001/B1-K1-W1",),
)


def codes(hits: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(h.code for h in hits)


def test_two_dossiers_can_both_have_b1_k1_w1(store: SchoolStore) -> None:
    store.import_catalogue(logistiek(LO_WO))
    assert codes(store.search_cards(competence="25001/B1-K1-W1")) == ["LO-WO-1"]
    assert codes(store.search_cards(competence="25000/B1-K1-W1")) == ["GR-IK-1", "GR-WO-1"]
    # a bare code in a filter means every competence with that code
    assert codes(store.search_cards(competence="B1-K1-W1")) == ["GR-IK-1", "GR-WO-1", "LO-WO-1"]
    # the kerntaak finds the cards of its werkprocessen, in its own dossier only
    assert codes(store.search_cards(competence="25001/B1-K1")) == ["LO-WO-1"]
    rows = store.coverage().rows
    assert sorted(r.ref for r in rows if r.code == "B1-K1-W1") == [
        "25000/B1-K1-W1",
        "25001/B1-K1-W1",
    ]


def test_a_bare_code_two_dossiers_share_is_refused_with_the_choices(store: SchoolStore) -> None:
    store.import_catalogue(logistiek())
    before = store.info().counts
    bare = CardSpec(
        "LO-IK-9", CardType.INSTRUCTIEKAART, "logistiek", 4, "X", competences=("B1-K1-W1",)
    )
    with pytest.raises(InvalidInput) as err:
        store.import_catalogue(logistiek(bare))
    assert "25000/B1-K1-W1 of 25001/B1-K1-W1" in err.value.message
    assert store.info().counts == before


def test_a_code_twice_in_one_dossier_is_refused_and_nothing_is_written(store: SchoolStore) -> None:
    before = store.info().counts
    spec = logistiek()
    spec.competences.append(
        CompetenceSpec("P1-K1-W1", CompetenceKind.WERKPROCES, "Nog eens", crebo="25001")
    )
    with pytest.raises(InvalidInput, match="P1-K1-W1 staat twee keer in kwalificatiedossier 25001"):
        store.import_catalogue(spec)
    assert store.info().counts == before
    assert store.coverage().rows == store.coverage().rows  # still readable
    assert not [r for r in store.coverage().rows if r.ref.startswith("25001/")]


def test_a_code_outside_a_dossier_is_unique_among_those(store: SchoolStore) -> None:
    spec = CatalogueSpec(
        competences=[
            CompetenceSpec("GW09", CompetenceKind.WERKNEMERSVAARDIGHEID, "Netjes werken"),
            CompetenceSpec("GW09", CompetenceKind.KERNDOEL, "Iets anders"),
        ]
    )
    with pytest.raises(InvalidInput, match="GW09 staat twee keer in het kader buiten"):
        store.import_catalogue(spec)


@pytest.mark.parametrize(
    ("part", "profile", "crebo", "message"),
    [
        (PROFIEL, "", "25001", "noem het profiel"),
        (BASIS, "Magazijn", "25001", "basisdeel hoort bij geen profiel"),
        (BASIS, "", None, "alleen binnen een kwalificatiedossier"),
        (None, "Magazijn", "25001", "profiel hoort bij een profieldeel"),
    ],
)
def test_basisdeel_and_profieldeel_rules(
    store: SchoolStore,
    part: QualificationPart | None,
    profile: str,
    crebo: str | None,
    message: str,
) -> None:
    spec = logistiek()
    spec.competences.append(
        CompetenceSpec(
            "P2-K1-W1", CompetenceKind.WERKPROCES, "X", crebo=crebo, part=part, profile=profile
        )
    )
    before = store.info().counts
    with pytest.raises(InvalidInput, match=message):
        store.import_catalogue(spec)
    assert store.info().counts == before


def test_basisdeel_and_profieldeel_are_shown_in_the_coverage(store: SchoolStore) -> None:
    store.import_catalogue(logistiek(LO_WO))
    section = next(s for s in store.coverage().sections if s.key == "25001")
    assert section.title == "Assistent logistiek (crebo 25001)"
    assert [(r.ref, r.depth, r.part_text) for r in section.rows] == [
        ("25001/B1-K1", 0, "basisdeel"),
        ("25001/B1-K1-W1", 1, "basisdeel"),
        ("25001/P1-K1-W1", 0, "profieldeel Magazijn"),
    ]


def test_a_card_in_two_sectors_is_found_under_both(store: SchoolStore) -> None:
    both = CardSpec(
        "GW-WO-1",
        CardType.WERKOPDRACHT,
        "groen",
        4,
        "Op tijd op je werk",
        criteria=("Je bent om acht uur omgekleed",),
        competences=("GW01",),
        other_sectors=("horeca", "logistiek"),
    )
    store.import_catalogue(logistiek(both))
    for sector in ("groen", "horeca", "logistiek"):
        assert "GW-WO-1" in codes(store.search_cards(sector=sector)), sector
        assert codes(store.search_cards("op tijd", sector=sector)) == ["GW-WO-1"], sector
    assert "HO-IK-1" not in codes(store.search_cards(sector="groen"))
    # importing it again adds no second link
    before = store.info().counts
    store.import_catalogue(logistiek(both))
    assert store.info().counts == before


def test_an_unknown_further_sector_is_refused(store: SchoolStore) -> None:
    card = CardSpec("X-1", CardType.LESKAART, "groen", 4, "X", other_sectors=("bouw",))
    with pytest.raises(InvalidInput, match="Onbekende sector 'bouw'"):
        store.import_catalogue(logistiek(card))


def test_employee_skills_are_linked_with_their_source(store: SchoolStore) -> None:
    links = (
        LinkSpec("GW01", "25001/B1-K1-W1", MKB),
        LinkSpec("GW01", "KD1.1", "SLO kerndoelen praktijkonderwijs"),
    )
    store.import_catalogue(logistiek(links=links))
    coverage = store.coverage()
    skill = coverage.row("GW01")
    assert [(v.ref, v.source) for v in skill.links] == [
        ("25001/B1-K1-W1", MKB),
        ("KD1.1", "SLO kerndoelen praktijkonderwijs"),
    ]
    assert [(v.ref, v.source) for v in coverage.row("25001/B1-K1-W1").links] == [("GW01", MKB)]
    # a link covers nothing by itself: the werkproces still has no card
    assert coverage.row("25001/B1-K1-W1").no_card


def test_a_link_without_source_is_refused(store: SchoolStore) -> None:
    before = store.info().counts
    with pytest.raises(InvalidInput, match="noemt geen bron"):
        store.import_catalogue(logistiek(links=(LinkSpec("GW01", "25001/B1-K1-W1", "  "),)))
    assert store.info().counts == before


def test_coverage_gaps_follow_cards_and_routes(store: SchoolStore) -> None:
    jerome = store.students_by_key["jerome"]  # type: ignore[attr-defined]
    fatima = store.students_by_key["fatima"]  # type: ignore[attr-defined]
    store.import_catalogue(logistiek(LO_WO))
    cov = store.coverage()
    assert cov.students == 2
    # Jerome's planten route covers the groen werkproces, the kerndoel (through its
    # criterion) and the employee skill; the logistiek card is in no route.
    assert (cov.row("25000/B1-K1-W1").cards, cov.row("25000/B1-K1-W1").students) == (2, 1)
    assert (cov.row("KD1").cards, cov.row("KD1").students) == (1, 1)
    assert (cov.row("25001/B1-K1-W1").cards, cov.row("25001/B1-K1-W1").students) == (1, 0)
    assert cov.row("25001/P1-K1-W1").no_card and cov.row("25001/P1-K1-W1").no_route
    logistics = next(s for s in cov.sections if s.key == "25001")
    assert [r.ref for r in logistics.without_card] == ["25001/P1-K1-W1"]
    assert [r.ref for r in logistics.without_route] == [r.ref for r in logistics.rows]

    # a new card version that works on the profieldeel closes that gap
    v2 = CardSpec(**{**LO_WO.__dict__, "version": 2, "competences": ("25001/P1-K1-W1",)})
    store.import_catalogue(logistiek(v2))
    cov = store.coverage()
    assert cov.row("25001/P1-K1-W1").cards == 1
    assert cov.row("25001/B1-K1-W1").no_card  # the current version no longer covers it

    # Fatima's route gets the card: her route covers it, Jerome's still does not
    store.add_to_route(fatima, store.card_id("LO-WO-1"))
    assert store.coverage().row("25001/P1-K1-W1").students == 1
    assert store.coverage(fatima).row("25001/P1-K1-W1").students == 1
    assert store.coverage(jerome).row("25001/P1-K1-W1").no_route
    assert store.coverage(fatima).row("25000/B1-K1-W1").no_route
    assert store.coverage(fatima).students == 1


# -- references, over many catalogues -------------------------------------------------------

CODES = st.sampled_from(["B1-K1-W1", "B1-K1-W2", "P1-K1-W1", "GW01", "KD1"])
DOSSIERS = st.sampled_from([None, "25100", "25101", "25102"])


@settings(max_examples=150, deadline=None)
@given(st.sets(st.tuples(DOSSIERS, CODES), min_size=1, max_size=10), st.data())
def test_a_reference_names_exactly_one_competence_or_is_refused(
    keys: set[tuple[str | None, str]], data: st.DataObject
) -> None:
    """A qualified reference always finds its own dossier's competence; a bare code finds
    the competence outside a dossier, else the only dossier one, else it is refused with
    every qualified choice named (pure: model/qualifications.CompetenceIndex)."""
    index = CompetenceIndex()
    ids = {key: uuid.uuid4() for key in keys}
    for (crebo, code), cid in ids.items():
        index.add(crebo, code, cid)
    crebo, code = data.draw(st.sampled_from(sorted(keys, key=repr)))
    assert index.resolve(competence_ref(crebo, code)) == ids[(crebo, code)]
    bare = data.draw(CODES)
    dossiers = sorted(c for c, k in keys if k == bare and c is not None)
    if (None, bare) in keys:
        assert index.resolve(bare) == ids[(None, bare)]
    elif len(dossiers) == 1:
        assert index.resolve(bare) == ids[(dossiers[0], bare)]
    else:
        with pytest.raises(InvalidInput) as err:
            index.resolve(bare)
        for c in dossiers:
            assert f"{c}/{bare}" in err.value.message
