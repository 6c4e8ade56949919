"""The qualification structure travels as catalogue data: competence links and further card
sectors reach every device, and only who keeps the catalogue (beheerder, uitgever) may write
them; a teacher's device may not (docs/domain.md, "The qualification structure")."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sitekit import Site, assert_clean

from jw_desktop.model import AccessDenied, CardType, CompetenceKind
from jw_desktop.model import replica as rp
from jw_desktop.model.capture import format_version, now_ms
from jw_desktop.model.enums import QualificationPart
from jw_desktop.model.policy import NOTE_CATEGORIES, Scope
from jw_desktop.model.replica import Change, Clock
from jw_desktop.model.specs import CardSpec, CatalogueSpec, CompetenceSpec, LinkSpec
from jw_desktop.sync.engine import SyncRefused
from jw_desktop.sync.intake import Intake

SENDER = "e" * 32
MKB = "MKB Nederland, werknemersvaardigheden 2023"


def structure() -> CatalogueSpec:
    return CatalogueSpec(
        sectors=[("groen", "Groen"), ("horeca", "Horeca")],
        qualifications=[("25001", "Assistent logistiek")],
        competences=[
            CompetenceSpec(
                "B1-K1-W1",
                CompetenceKind.WERKPROCES,
                "Bereidt het werk voor",
                crebo="25001",
                part=QualificationPart.BASISDEEL,
            )
        ],
        links=[LinkSpec("GW01", "25001/B1-K1-W1", MKB)],
        cards=[
            CardSpec(
                "GW-WO-1",
                CardType.WERKOPDRACHT,
                "groen",
                4,
                "Op tijd op je werk",
                criteria=("Je bent om acht uur omgekleed",),
                competences=("GW01", "25001/B1-K1-W1"),
                other_sectors=("horeca",),
            )
        ],
    )


def test_links_and_card_sectors_travel_to_every_device(site: Site) -> None:
    site.central.import_catalogue(structure())
    assert_clean(site.round())
    for device in (site.teacher, site.coach):
        assert [h.code for h in device.search_cards(sector="horeca")].count("GW-WO-1") == 1
        coverage = device.coverage()
        assert [(v.ref, v.source) for v in coverage.row("GW01").links] == [("25001/B1-K1-W1", MKB)]
        row = coverage.row("25001/B1-K1-W1")
        assert (row.cards, row.part_text) == (1, "basisdeel")
        assert sum(r.code == "B1-K1-W1" for r in coverage.rows) == 2  # two dossiers


def test_a_teacher_laptop_cannot_write_the_catalogue_structure(site: Site) -> None:
    site.central.import_catalogue(structure())
    assert_clean(site.round())
    with pytest.raises(AccessDenied):
        site.teacher.import_catalogue(structure())


def _records(store: Any, tbl: str) -> list[dict[str, Any]]:
    with store.db.engine.connect() as con:
        pks = [pk for (pk,) in con.exec_driver_sql(f"SELECT id FROM {tbl}")]
        return list(rp.rows(con, tbl, pks).values())


@pytest.mark.parametrize("tbl", ["competence_link", "card_sector", "competence"])
@pytest.mark.parametrize("new", [True, False])
def test_the_central_takes_structure_changes_only_from_who_keeps_the_catalogue(
    site: Site, tbl: str, new: bool
) -> None:
    central = site.central
    central.import_catalogue(structure())
    rec = dict(
        next(r for r in _records(central, tbl) if tbl != "competence" or r["code"] == "B1-K1-W1")
    )
    rec.pop("updated_at", None)
    col = "*"
    if new:
        rec["id"] = uuid.uuid4().hex
        if tbl == "competence":
            rec["code"] = "B1-K1-W9"
        elif tbl == "competence_link":
            rec["from_id"], rec["to_id"] = rec["to_id"], rec["from_id"]
        else:
            groen = next(s for s in _records(central, "sector") if s["key"] == "groen")
            rec["sector_id"] = groen["id"]
    else:
        col = "deleted"
        rec[col] = 1
    value: Any = {**rec, "partition": "catalogue"} if col == "*" else rec[col]
    line = rp.change_to_json(
        Change(tbl, rec["id"], col, value, Clock(format_version(now_ms(), 1), SENDER), "catalogue")
    )
    with central.db.engine.connect() as con:
        school = rp.school_id(con)
        teacher = rp.staff_lookup(con, "docent@example.nl")
    assert school and teacher  # a role's scope names a staff member; the teacher's id will do
    receiver = Scope(school, None, NOTE_CATEGORIES["docent"], "centrale", None)
    scopes = {
        "docent": Scope(school, None, NOTE_CATEGORIES["docent"], "docent", teacher[0]),
        "jobcoach": Scope(school, frozenset(), NOTE_CATEGORIES["jobcoach"], "jobcoach", teacher[0]),
        "beheerder": Scope(school, None, NOTE_CATEGORIES["beheerder"], "beheerder", teacher[0]),
        "uitgever": Scope("-", frozenset(), frozenset(), "uitgever", None),
    }
    taken = {}
    for role, scope in scopes.items():
        intake = Intake(central, SENDER, scope, receiver, "het apparaat")
        try:
            intake.check([[line]])
            taken[role] = True
        except SyncRefused:
            taken[role] = False
    assert taken == {"docent": False, "jobcoach": False, "beheerder": True, "uitgever": True}


def test_a_code_outside_a_dossier_that_exists_is_refused_before_anything_is_written(
    site: Site,
) -> None:
    """Two employee skills with one code would break the unique index half-way a chunk: the
    intake refuses the bundle first, as it does for a code two records share in a dossier."""
    central = site.central
    skill = dict(next(r for r in _records(central, "competence") if r["code"] == "GW01"))
    skill.pop("updated_at", None)
    skill["id"] = uuid.uuid4().hex
    line = rp.change_to_json(
        Change(
            "competence",
            skill["id"],
            "*",
            {**skill, "partition": "catalogue"},
            Clock(format_version(now_ms(), 1), SENDER),
            "catalogue",
        )
    )
    with central.db.engine.connect() as con:
        school = rp.school_id(con)
    assert school
    receiver = Scope(school, None, NOTE_CATEGORIES["docent"], "centrale", None)
    publisher = Scope("-", frozenset(), frozenset(), "uitgever", None)
    intake = Intake(central, SENDER, publisher, receiver, "de uitgever")
    with pytest.raises(SyncRefused, match="qualification_id/code die een ander record al heeft"):
        intake.check([[line]])
