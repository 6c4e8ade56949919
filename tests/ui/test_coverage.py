"""Dekking, used as a teacher would: open the page from the navigation, see which
competences of the demo's three dossiers, the kerndoelen and the werknemersvaardigheden no
card or route covers; show only the gaps; choose one student's route."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jw_desktop.demo import content
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.coverage import CARDS, GAP, GAP_COLOUR, REF, ROUTES, CoverageView


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


def open_page(qtbot: QtBot, window: Any) -> CoverageView:
    """A click on Dekking in the navigation; the page reads its coverage in the background."""
    row = window.page_keys().index("dekking")
    assert window.nav.item(row).text() == "Dekking"
    view = None
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.pages["dekking"]
    assert isinstance(view, CoverageView)
    qtbot.waitUntil(lambda: view.coverage is not None, timeout=10000)
    return view


def test_the_coverage_page_shows_the_gaps_of_the_demo(
    qtbot: QtBot, ctx: AppContext, window_at: Callable[..., Any]
) -> None:
    window = window_at(ctx, 1024, 600)
    view = open_page(qtbot, window)
    # a profieldeel no card works on: a gap, in words and in colour
    gap = view.item_for("98101/P1-K1-W1")
    assert gap is not None
    # under its dossier and its part
    part = gap.parent().parent()
    assert part.text(REF) == "Profieldeel Tuincentrum"
    assert part.parent().text(REF).startswith("Assistent medewerker groen (Entree) (crebo 98101):")
    assert (gap.text(CARDS), gap.text(ROUTES)) == ("0", "0")
    assert gap.text(GAP) == "geen kaart, in geen route"
    assert gap.background(REF).color().name() == GAP_COLOUR
    # both dossiers have B1-K1-W1, each its own row
    groen, logistiek = view.item_for("98101/B1-K1-W1"), view.item_for("98103/B1-K1-W1")
    assert groen is not None and logistiek is not None
    assert groen.text(GAP) == "" and groen.parent().parent().text(REF) == "Basisdeel"
    assert "Bereidt de eigen werkzaamheden voor" in logistiek.text(REF)
    # an employee skill shows what it is linked to, with the source
    skill = view.item_for("GW01")
    assert skill is not None
    assert "Gekoppeld aan 98103/B1-K1-W1" in skill.toolTip(REF)
    assert "bron: MKB goed werknemerschap" in skill.toolTip(REF)
    assert (
        "zonder kaart" in view.summary.text()
        and f"{len(content.STUDENTS)} leerlingen" in view.summary.text()
    )


def test_only_gaps_and_one_students_route(
    qtbot: QtBot, ctx: AppContext, window_at: Callable[..., Any]
) -> None:
    window = window_at(ctx, 1024, 600)
    view = open_page(qtbot, window)
    qtbot.mouseClick(view.gaps_only, Qt.MouseButton.LeftButton)
    assert view.gaps_only.isChecked()
    assert view.item_for("98101/B1-K1-W1") is None  # covered: hidden
    assert view.item_for("98103/P2-K1-W1") is not None
    assert view.item_for("KD1.2.1") is not None  # no card practises listening to a change

    index = view.student.findText("Jerome Tromp")
    assert index > 0
    view.coverage = None
    view.student.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.coverage is not None, timeout=10000)
    assert view.tree.headerItem().text(ROUTES) == "In route"
    # Jerome follows the planten route: the logistiek werkprocessen are not in it
    row = view.item_for("98103/B1-K1-W1")
    assert row is not None and row.text(ROUTES) == "nee"
    assert row.text(GAP) == "niet in de route"
    assert "de route van Jerome Tromp" in view.summary.text()
    qtbot.mouseClick(view.gaps_only, Qt.MouseButton.LeftButton)
    covered = view.item_for("98101/B1-K1-W2")
    assert covered is not None and covered.text(ROUTES) == "ja"


def test_a_jobcoach_has_no_coverage_page(
    login_as: Callable[[str], AppContext], window_at: Callable[..., Any]
) -> None:
    window = window_at(login_as("r.verbeek@example.nl"), 1024, 600)
    assert "dekking" not in window.page_keys()
