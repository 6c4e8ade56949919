"""Leerlingen > Ouders en toestemming, clicked through as a teacher would on a copy of the
demo school: the route onward with the OPP's goals, adding a parent, recording a consent
and seeing it expire, withdrawing one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.student_onward import OnwardTab
from jw_desktop.ui.views.students import StudentsView


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


def open_student(qtbot: QtBot, ctx: AppContext, name: str) -> OnwardTab:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.filters.search, name)
    with qtbot.waitSignal(ctx.student_selected):
        qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)
    choose_tab(view, "Ouders en toestemming")
    return view.page.onward


def choose_tab(view: StudentsView, title: str) -> None:
    tabs = view.page.tabs
    (index,) = [i for i in range(tabs.count()) if tabs.tabText(i) == title]
    tabs.setCurrentIndex(index)


def answer_next_dialog(button: str) -> list[str]:
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        if isinstance(dialog, QMessageBox):
            said.append(dialog.text())
        (chosen,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button]
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return said


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_route_onward_and_the_demo_consents_are_shown(qtbot: QtBot, ctx: AppContext) -> None:
    tab = open_student(qtbot, ctx, "jerom")
    view = tab.window()
    assert isinstance(view, StudentsView)
    choose_tab(view, "Route verder")
    assert tab.profile.isVisibleTo(view) and tab.profile.text() == "arbeidsmarkt"
    assert "Zelfstandig een werkdag van zes uur volhouden" in tab.goals.toPlainText()
    assert tab.trajectory.currentText() == "entreeopleiding in het vso/pro"
    assert tab.partner.text() == "Mbo College Westland"
    (line,) = tab.consent_texts()
    assert line.startswith("Geldig – werkplek Tuincentrum De Groene Hoek: voortgang, uren")
    assert "Marja Tromp (ouder) · 06-00000001 · marja.tromp@example.nl · heeft gezag" in (
        tab.contact_texts()
    )

    assert not tab.sharing.isVisibleTo(tab)  # his workplace gets his progress

    shanti = open_student(qtbot, ctx, "shanti")
    (expired,) = shanti.consent_texts()
    assert expired.startswith("Verlopen – werkplek Restaurant De Linde")
    assert shanti.sharing.isVisibleTo(shanti)
    assert shanti.sharing.text().startswith(
        "⚠ Stage bij Restaurant De Linde: de laptop van de jobcoach krijgt niet"
    )
    assert "toestemming voor voortgang verlopen op" in shanti.sharing.text()


def test_add_a_parent_record_a_consent_and_see_it_expire(qtbot: QtBot, ctx: AppContext) -> None:
    tab = open_student(qtbot, ctx, "jerom")
    before = len(tab.contact_texts())
    click(qtbot, tab.add_contact_button)  # nothing typed: a clear message, nothing saved
    assert tab.contact_message.text() == "De naam is verplicht."
    assert len(tab.contact_texts()) == before
    qtbot.keyClicks(tab.contact_name, "Oma Tromp")
    tab.relation.setCurrentIndex(tab.relation.findText("verzorger"))
    qtbot.keyClicks(tab.phone, "06-00000009")
    click(qtbot, tab.add_contact_button)
    assert tab.contact_message.text() == "Ouder of verzorger toegevoegd."
    assert any(t.startswith("Oma Tromp (verzorger) · 06-00000009") for t in tab.contact_texts())

    # a consent for the next school, until today: valid now
    today = ctx.store.today()
    tab.recipient.setCurrentIndex(tab.recipient.findText("volgende school"))
    assert tab.recipient_name.isVisibleTo(tab) and not tab.company.isVisibleTo(tab)
    click(qtbot, tab.record_button)
    assert tab.consent_message.text() == "Kies wat er gedeeld mag worden."
    tab.categories[next(iter(tab.categories))].setChecked(True)  # voortgang
    qtbot.keyClicks(tab.recipient_name, "Mbo College Westland")
    tab.until.setDate(QDate(today.year, today.month, today.day))
    click(qtbot, tab.record_button)
    assert tab.consent_message.text() == "Toestemming vastgelegd."
    assert any(
        t.startswith("Geldig – volgende school Mbo College Westland: voortgang")
        for t in tab.consent_texts()
    )
    assert ctx.store.onward_export(tab.student_id, "Mbo College Westland")  # type: ignore[arg-type]

    # tomorrow it has expired: the list says so, and the handover is refused
    ctx.store._today = lambda: today + timedelta(days=1)  # type: ignore[method-assign]
    tab.set_student(tab.student_id)
    assert any(
        t.startswith("Verlopen – volgende school Mbo College Westland") for t in tab.consent_texts()
    )


def test_withdraw_a_consent(qtbot: QtBot, ctx: AppContext) -> None:
    tab = open_student(qtbot, ctx, "jerom")
    tab.consents.setCurrentRow(0)
    said = answer_next_dialog("Intrekken")
    click(qtbot, tab.withdraw_button)
    assert "Tuincentrum De Groene Hoek" in said[0]
    assert tab.consent_message.text() == "Toestemming ingetrokken."
    (line,) = tab.consent_texts()
    assert line.startswith("Ingetrokken – werkplek Tuincentrum De Groene Hoek")
    assert "ingetrokken op" in line
    tab.consents.setCurrentRow(0)
    click(qtbot, tab.withdraw_button)
    assert tab.consent_message.text() == "Deze toestemming is al ingetrokken."


def test_the_jobcoach_screen_says_when_progress_is_not_shared(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    from jw_desktop.ui.views.jobcoach import JobcoachView

    coach = login_as("n.elamrani@example.nl")  # Shanti's jobcoach; her consent expired
    view = JobcoachView(coach)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    shanti = coach.store.find_students("Shanti")[0].id
    view.choose(shanti)
    assert view.sharing.isVisibleTo(view)
    assert view.sharing.text().startswith(
        "⚠ Geen toestemming om de voortgang van school te delen met Restaurant De Linde"
    )
    others = [s.id for s in coach.store.find_students("") if s.id != shanti]
    if others:  # a student who consented: no warning
        view.choose(others[0])
        assert not view.sharing.isVisibleTo(view)


def test_edit_the_opp_goals_and_the_trajectory(qtbot: QtBot, ctx: AppContext) -> None:
    tab = open_student(qtbot, ctx, "shanti")
    tab.goals.setPlainText("Zelfstandig de vaatwasser inruimen\n\nOp tijd komen")
    tab.trajectory.setCurrentIndex(tab.trajectory.findText("naar mbo 2 met meer tijd"))
    tab.partner.clear()
    qtbot.keyClicks(tab.partner, "Demo-College (fictief)")
    click(qtbot, tab.save_plan)
    assert tab.plan_message.text() == "Route verder opgeslagen."
    plan = ctx.store.plan(tab.student_id)  # type: ignore[arg-type]
    assert plan.opp_goals == ("Zelfstandig de vaatwasser inruimen", "Op tijd komen")
    assert plan.trajectory is not None and plan.trajectory.value == "mbo 2 met meer tijd"
    assert plan.partner_school == "Demo-College (fictief)"
    tab.goals.setPlainText("\n".join(f"doel {n}" for n in range(13)))
    click(qtbot, tab.save_plan)
    assert tab.plan_message.text() == "Een OPP heeft hoogstens 12 hoofddoelen."
    assert ctx.store.plan(tab.student_id) == plan  # type: ignore[arg-type]


def test_what_was_typed_for_one_student_is_not_kept_for_the_next(
    qtbot: QtBot, ctx: AppContext
) -> None:
    tab = open_student(qtbot, ctx, "jerom")
    tab.recipient.setCurrentIndex(tab.recipient.findText("gemeente"))
    qtbot.keyClicks(tab.recipient_name, "Gemeente Westland")
    tab.categories[next(iter(tab.categories))].setChecked(True)
    qtbot.keyClicks(tab.contact_name, "Oma Tromp")
    other = next(s.id for s in ctx.store.students() if s.id != tab.student_id)
    tab.set_student(other)  # the teacher picks another student
    assert tab.recipient_name.text() == "" and tab.contact_name.text() == ""
    assert not any(check.isChecked() for check in tab.categories.values())
    assert tab.recipient.currentIndex() == 0
