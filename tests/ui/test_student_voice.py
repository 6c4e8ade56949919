"""The student's own voice in the window, clicked as staff would with the student beside
them: a self-assessment in Observeren and on the jobcoach screen, shown beside the staff
level; the phase changed by its action; goals and reflections; and the student view,
which shows only this student and is left only with the staff password."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from jw_desktop.demo import content
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import Level, Setting
from jw_desktop.model.phases import phase
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.views.jobcoach import JobcoachView
from jw_desktop.ui.views.observe import ObserveView
from jw_desktop.ui.views.route_editor import RouteEditorView
from jw_desktop.ui.views.student_view import StudentViewWindow
from jw_desktop.ui.views.students import StudentPage, StudentsView


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def coach_ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("r.verbeek@example.nl")


def jerome(ctx: AppContext) -> uuid.UUID:
    return ctx.store.find_students("Jerome")[0].id


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_next_dialog(button: str) -> None:
    """Click the button with that text in the next question the window asks."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        (chosen,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button]
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def own(ctx: AppContext, sid: uuid.UUID) -> dict[uuid.UUID, Level]:
    return ctx.store.self_assessments(sid)


# -- self-assessment -----------------------------------------------------------------------


def test_observe_records_a_self_assessment_beside_the_staff_level(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = ObserveView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    sid = jerome(ctx)
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(sid)
    page = view.student_mode
    todo = ctx.store.still_to_practise(sid)
    rows = [page.checklist.rows[p.element_id] for p in todo]
    # the demo: Jerome said he does both alone; the teacher saw met hulp and nog niet
    assert "Nu: met hulp" in rows[0].text.text() and "Zelf: zelfstandig" in rows[0].text.text()
    assert not page.self_assessment.isChecked()
    click(qtbot, page.self_assessment)
    assert page.checklist.self_mode and rows[1].level is Level.INDEPENDENT  # buttons: his own
    click(qtbot, rows[1].buttons.buttons[Level.WITH_HELP])
    assert own(ctx, sid)[rows[1].item.element_id] is Level.WITH_HELP
    assert "Nu: nog niet" in rows[1].text.text() and "Zelf: met hulp" in rows[1].text.text()
    assert "zegt de leerling zelf" in view.undo.message.text()
    latest = ctx.store.observations(sid)[0]
    assert latest.self_assessment and latest.setting is Setting.SCHOOL
    # never evidence: still to practise, staff level unchanged
    assert [p.element_id for p in ctx.store.still_to_practise(sid)] == [p.element_id for p in todo]
    assert ctx.store.observation_sheet(sid).levels[rows[1].item.element_id] is Level.NOT_YET
    click(qtbot, page.self_assessment)  # back to the teacher's own observation
    assert rows[1].level is Level.NOT_YET
    with qtbot.waitSignal(view.loaded):
        click(qtbot, view.undo.button)  # undo withdraws the self-assessment
    assert own(ctx, sid)[rows[1].item.element_id] is Level.INDEPENDENT  # the demo's again


def test_the_self_assessment_switch_is_off_for_the_next_student(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = ObserveView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    page = view.student_mode
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(jerome(ctx))
    click(qtbot, page.self_assessment)
    assert page.self_assessment.isChecked()
    with qtbot.waitSignal(view.loaded):
        page.next_student(1)
    assert not page.self_assessment.isChecked() and not page.checklist.self_mode


def test_the_jobcoach_records_a_self_assessment_at_the_workplace(
    qtbot: QtBot, coach_ctx: AppContext
) -> None:
    view = JobcoachView(coach_ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    sid = jerome(coach_ctx)
    click(qtbot, view.list.buttons[sid])
    row = next(iter(view.checklist.rows.values()))
    element = row.item.element_id
    before = coach_ctx.store.observation_sheet(sid).levels.get(element)
    click(qtbot, view.self_assessment)
    click(qtbot, row.buttons.buttons[Level.WITH_HELP])
    latest = coach_ctx.store.observations(sid)[0]
    assert latest.self_assessment and latest.setting is Setting.WORKPLACE
    assert latest.element_id == element and latest.level is Level.WITH_HELP
    assert "Zelf: met hulp" in row.text.text()
    assert coach_ctx.store.observation_sheet(sid).levels.get(element) == before


# -- the student page: phase, goals, reflections -------------------------------------------


def student_page(qtbot: QtBot, ctx: AppContext) -> StudentPage:
    page = StudentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    page.show_student(jerome(ctx))
    return page


def test_the_student_page_shows_phase_history_goals_and_reflections(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = student_page(qtbot, ctx)
    voice = page.voice
    assert voice.phase_now.text() == "Nu: Fase 4: vierde leerjaar (in de praktijk, op de werkplek)"
    assert "Ik oefen mijn vaardigheden in de praktijk" in voice.phase_ik.text()
    assert "Ik oefen mijn vaardigheden in de praktijk" in page.about.toolTip()
    assert voice.history_texts() == [
        "Fase 3 -> 4 op 02-02-2026: stage gestart bij De Groene Hoek, door Murat Demir",
        "Fase 2 -> 3 op 25-08-2025: derde leerjaar: richting kiezen, door Murat Demir",
    ]
    assert voice.goal_texts() == [
        "Ik wil hovenier worden en buiten werken. (werk)",
        "Ik wil het certificaat planten verzorgen halen. (leren)",
        "Ik wil later op mezelf wonen, dicht bij mijn oma. (wonen)",
    ]
    said = voice.reflection_texts()
    assert any("Ik vergeet soms nog de schotels" in s and "GRN-IK-01" in s for s in said)


def test_a_teacher_changes_the_phase_by_the_action(qtbot: QtBot, ctx: AppContext) -> None:
    page = student_page(qtbot, ctx)
    voice = page.voice
    sid = jerome(ctx)
    assert voice.to_phase.currentData() == 5  # the next phase is offered
    click(qtbot, voice.change_button)  # without a reason: refused, nothing changed
    assert "waarom" in voice.phase_message.text().lower()
    assert ctx.store.student(sid).phase == 4
    qtbot.keyClicks(voice.reason, "tweede stagejaar, solliciteren")
    click(qtbot, voice.change_button)
    assert ctx.store.student(sid).phase == 5
    assert voice.history_texts()[0].startswith("Fase 4 -> 5 op ")
    assert "tweede stagejaar, solliciteren, door Sanne de Wit" in voice.history_texts()[0]
    assert voice.phase_now.text().startswith("Nu: Fase 5")
    assert "fase 5" in page.about.text()


def test_goals_are_added_changed_and_removed_with_the_student(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = student_page(qtbot, ctx)
    voice = page.voice
    qtbot.keyClicks(voice.goal_text, "Ik wil bij de brandweer als vrijwilliger.")
    voice.domain.setCurrentIndex(voice.domain.findData("vrije tijd"))
    click(qtbot, voice.add_goal_button)
    assert voice.goal_texts()[-1] == "Ik wil bij de brandweer als vrijwilliger. (vrije tijd)"
    voice.goals.setCurrentRow(3)
    monkeypatch.setattr(
        "jw_desktop.ui.views.student_voice.ask_text",
        lambda *a, **k: "Ik wil vrijwilliger zijn bij de brandweer.",
    )
    click(qtbot, voice.edit_goal_button)
    assert voice.goal_texts()[-1] == "Ik wil vrijwilliger zijn bij de brandweer. (vrije tijd)"
    voice.goals.setCurrentRow(3)
    answer_next_dialog("Weghalen")
    click(qtbot, voice.remove_goal_button)
    assert len(voice.goal_texts()) == 3
    click(qtbot, voice.add_goal_button)  # an empty goal: the reason, nothing saved
    assert "zoals de leerling het zegt" in voice.goal_message.text()
    assert len(ctx.store.goals(jerome(ctx))) == 3


def test_a_reflection_is_kept_in_the_students_words(qtbot: QtBot, ctx: AppContext) -> None:
    page = student_page(qtbot, ctx)
    voice = page.voice
    said = "Ik wil  volgend jaar zelf de kas doen!! (echt)"
    qtbot.keyClicks(voice.reflection_text, said)
    voice.about.setCurrentIndex(1)
    about = voice.about.currentText()
    click(qtbot, voice.save_reflection)
    assert voice.reflection_texts()[0].endswith(f"— {about}: “{said}”")
    assert ctx.store.reflections(jerome(ctx))[0].text == said
    voice.reflections.setCurrentRow(0)
    answer_next_dialog("Intrekken")
    click(qtbot, voice.withdraw_button)
    assert not any(said in t for t in voice.reflection_texts())


def test_a_jobcoach_on_the_student_page_sees_work_goals_and_cannot_change_the_phase(
    qtbot: QtBot, coach_ctx: AppContext
) -> None:
    page = student_page(qtbot, coach_ctx)
    voice = page.voice
    assert not voice.change_button.isEnabled() and not voice.add_goal_button.isEnabled()
    assert voice.goal_texts() == [
        "Ik wil hovenier worden en buiten werken. (werk)",
        "Ik wil het certificaat planten verzorgen halen. (leren)",
    ]
    assert len(voice.history_texts()) == 2  # the history is theirs to see
    assert voice.save_reflection.isEnabled()


def test_the_route_editor_says_what_the_phase_is_for(qtbot: QtBot, ctx: AppContext) -> None:
    view = RouteEditorView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    ctx.student_selected.emit(jerome(ctx))
    expected = "Nu in Fase 4: vierde leerjaar (in de praktijk, op de werkplek)"
    assert view.phase_label.text() == expected
    assert phase(4).purpose in view.phase_label.toolTip()
    first = view.route.item(0)
    item = ctx.store.route(jerome(ctx)).items[0]
    assert phase(item.phase).ik[0] in first.toolTip()


# -- the student view -----------------------------------------------------------------------


def open_student_view(qtbot: QtBot, page: StudentPage) -> StudentViewWindow:
    click(qtbot, page.voice.view_button)
    window = page.student_view  # a child of the page: closed with it, deleted once left
    qtbot.waitExposed(window)
    return window


def test_the_student_view_shows_only_this_student_in_ik_language(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = student_page(qtbot, ctx)
    window = open_student_view(qtbot, page)
    assert window.isVisible() and window.isModal()
    texts = "\n".join(window.texts())
    for wanted in (
        "Hoi Jerome! Dit is mijn leerroute.",
        "Ik zit in fase 4: vierde leerjaar.",
        "Ik oefen mijn vaardigheden in de praktijk",
        "Wat wil ik?",
        "Ik wil hovenier worden en buiten werken.",
        "Dit kan ik al",
        "Dit ga ik nu oefenen",
        "GRN-EWO-01",
    ):
        assert wanted in texts
    for s in content.STUDENTS:
        assert s["last_name"] not in texts
        if s["key"] != "jerome":
            assert f"{s['first_name']} " not in texts and f"{s['first_name']}!" not in texts
    for secret in ("slaapt slecht", "schotels leeg", "512", "640 uur", "Murat", "Ruud"):
        assert secret not in texts  # no notes, no reflections, no hours, no staff


def test_the_student_view_is_left_only_with_the_staff_password(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = student_page(qtbot, ctx)
    window = open_student_view(qtbot, page)
    window.close()  # Alt+F4 or the cross: the password is asked instead
    assert window.isVisible() and window.pages.currentIndex() == 1
    assert not window.lock.other_button.isVisible()
    click(qtbot, window.back_button)
    assert window.pages.currentIndex() == 0
    click(qtbot, window.leave_button)
    qtbot.keyClicks(window.lock.password, "fout-wachtwoord-123")
    click(qtbot, window.lock.unlock_button)
    qtbot.waitUntil(lambda: window.lock.password.isEnabled())
    assert window.isVisible() and "klopt niet" in window.lock.message.text()
    with qtbot.waitSignal(window.left):
        qtbot.keyClicks(window.lock.password, DEMO_PASSWORD)
        click(qtbot, window.lock.unlock_button)
    assert not window.isVisible()


def test_the_jobcoach_keeps_a_reflection_and_opens_the_student_view(
    qtbot: QtBot, coach_ctx: AppContext
) -> None:
    view = JobcoachView(coach_ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    sid = jerome(coach_ctx)
    click(qtbot, view.list.buttons[sid])
    task = view.current_task()
    assert task is not None
    qtbot.keyClicks(view.reflection.text, "Vandaag ging het snel. Ik ben trots!")
    click(qtbot, view.reflection.save)
    latest = coach_ctx.store.reflections(sid)[0]
    assert latest.text == "Vandaag ging het snel. Ik ben trots!"
    assert latest.about == f"{task.code} {task.title}" and latest.recorded_by == "Ruud Verbeek"
    click(qtbot, view.reflection.view_button)
    window = view.student_view  # a child of the jobcoach screen, closed with it
    texts = "\n".join(window.texts())
    assert "Hoi Jerome!" in texts and "Ik wil hovenier worden en buiten werken." in texts
    assert "op mezelf wonen" not in texts  # a goal about wonen stays at school


def test_the_student_lists_phase_column_says_what_the_phase_is_for(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    row = view.model.rows[0]
    tip = view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert row.name in tip and phase(row.phase).ik[0] in tip
