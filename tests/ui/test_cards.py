"""Kaarten and the card viewer, used as a teacher at the workbench would: find a card,
step through it with the buttons and the keys, put it full screen and back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jw_desktop.model import CardType
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.cards import CardsView
from jw_desktop.ui.widgets.card_viewer import CardViewer


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> CardsView:
    view = CardsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def open_card(qtbot: QtBot, view: CardsView, words: str, code: str) -> None:
    view.search.text.clear()
    qtbot.keyClicks(view.search.text, words)
    qtbot.keyClick(view.search.text, Qt.Key.Key_Return)
    results = view.search.results
    row = next(r for r in range(results.count()) if results.item(r).text().startswith(code + " "))
    rect = results.visualItemRect(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.viewer.card is not None and view.viewer.card.code == code


def test_search_and_type_filter_find_cards(view: CardsView) -> None:
    everything = view.search.results.count()
    assert everything > 20
    view.search.kind.setCurrentIndex(view.search.kind.findData(CardType.EINDWERKOPDRACHT))
    kinds = {view.search.results.item(r).text() for r in range(view.search.results.count())}
    assert kinds and all("eindwerkopdracht" in k for k in kinds)


def test_steps_forward_and_back_with_buttons_and_keys(qtbot: QtBot, view: CardsView) -> None:
    open_card(qtbot, view, "plant water nodig", "GRN-IK-01")
    page, viewer = view.viewer.step_page, view.viewer
    total = len(viewer.steps)
    assert total == 8 and page.counter.text() == f"Stap 1 van {total}"
    assert not page.previous.isEnabled() and not page.picture.pixmap().isNull()
    assert page.text.font().pointSize() >= 24
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.counter.text() == f"Stap 2 van {total}"
    assert page.text.text() == viewer.steps[1].text
    qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.counter.text() == f"Stap 1 van {total}"
    page.next.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(page.next, key)
    assert page.counter.text() == f"Stap 3 van {total}"
    qtbot.keyClick(page.next, Qt.Key.Key_Left)
    qtbot.keyClick(page.next, Qt.Key.Key_PageUp)
    assert page.counter.text() == f"Stap 1 van {total}"
    page.picture.setFocus()
    qtbot.keyClick(page.picture, Qt.Key.Key_Space)
    assert page.counter.text() == f"Stap 2 van {total}"
    for _ in range(total + 2):  # the last step stays the last
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton) if page.next.isEnabled() else None
    assert page.counter.text() == f"Stap {total} van {total}" and not page.next.isEnabled()


def test_picture_is_large_and_sharp(qtbot: QtBot, view: CardsView) -> None:
    open_card(qtbot, view, "verpotten", "GRN-IK-03")
    picture = view.viewer.step_page.picture
    pixmap = picture.pixmap()
    assert pixmap.devicePixelRatio() == picture.devicePixelRatioF()
    shown = pixmap.deviceIndependentSize()
    assert shown.width() > 320 or shown.height() > 240  # scaled up beyond the source
    assert abs(shown.width() / shown.height() - 320 / 240) < 0.02  # aspect kept


def test_full_screen_and_back(qtbot: QtBot, view: CardsView) -> None:
    open_card(qtbot, view, "gieter", "GRN-IK-02")
    viewer = view.viewer
    embedded = viewer.geometry()
    qtbot.mouseClick(viewer.full_screen, Qt.MouseButton.LeftButton)
    assert viewer.isFullScreen() and viewer.isWindow()
    qtbot.waitUntil(lambda: viewer.geometry() == viewer.screen().geometry())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    qtbot.keyClick(viewer.step_page.next, Qt.Key.Key_Right)
    assert viewer.step_page.counter.text().startswith("Stap 2 van")
    qtbot.keyClick(viewer.step_page.next, Qt.Key.Key_F11)
    assert not viewer.isFullScreen() and not viewer.isWindow() and viewer.isVisible()
    assert viewer.full_screen.text() == "Volledig scherm"
    qtbot.waitUntil(lambda: viewer.geometry() == embedded)  # back in its place in the view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    viewer.full_screen.setFocus()
    qtbot.keyClick(viewer.full_screen, Qt.Key.Key_F11)
    assert viewer.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    qtbot.keyClick(viewer.step_page.next, Qt.Key.Key_Escape)
    assert not viewer.isFullScreen() and viewer.parentWidget() is not None


def test_werkopdracht_shows_its_criteria_as_a_checklist(qtbot: QtBot, view: CardsView) -> None:
    open_card(qtbot, view, "eindopdracht kamerplanten", "GRN-EWO-01")
    viewer = view.viewer
    assert viewer.pages.currentWidget() is viewer.text_page
    text = viewer.text_page.toPlainText()
    assert "Dit laat je zien" in text and text.count("☐") == 10
    assert "Je werkt veilig met de snoeischaar: je legt hem dicht in de kar" in text
    assert "Je laat je werkplek om 12.00 uur schoon achter: tafels geveegd" in text


def test_leskaart_and_instapvragen_show_text_and_questions(qtbot: QtBot, ctx: AppContext) -> None:
    viewer = CardViewer(ctx)
    qtbot.addWidget(viewer)
    assert viewer.show_card(ctx.store.card_id("GRN-LK-02"))
    assert "Wanneer geef je water?" in viewer.text_page.toPlainText()
    assert viewer.show_card(ctx.store.card_id("GRN-IV-01"))
    text = viewer.text_page.toPlainText()
    assert "Vragen" in text and "Heb jij thuis of bij iemand anders planten?" in text


def test_the_count_of_found_cards_is_good_dutch(qtbot: QtBot, view: CardsView) -> None:
    """'1 kaart gevonden', '12 kaarten gevonden' (Qt's plural forms), never '1 kaarten'."""
    qtbot.keyClicks(view.search.text, "GRN-IK-01")
    qtbot.keyClick(view.search.text, Qt.Key.Key_Return)
    found = view.search.results.count()
    assert found == 1 and view.search.count.text() == "1 kaart gevonden"
    view.search.text.clear()
    qtbot.keyClicks(view.search.text, "water")
    qtbot.keyClick(view.search.text, Qt.Key.Key_Return)
    found = view.search.results.count()
    assert found > 1 and view.search.count.text() == f"{found} kaarten gevonden"


def test_on_a_small_screen_the_step_text_never_covers_its_picture(
    qtbot: QtBot, view: CardsView
) -> None:
    """The Kaarten page as a 1024 x 600 laptop leaves it: the step's wrapped text keeps
    the height it needs and the picture makes room (they overlapped before)."""
    view.resize(800, 480)
    open_card(qtbot, view, "snoeischaar", "GRN-IK-08")
    page = view.viewer.step_page
    for _ in range(len(view.viewer.steps)):
        qtbot.wait(10)
        text, picture = page.text.geometry(), page.picture.geometry()
        assert text.height() >= page.text.heightForWidth(text.width()), page.counter.text()
        assert not text.intersects(picture), (page.counter.text(), text, picture)
        assert picture.height() >= 60
        if page.next.isEnabled():
            qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
