"""Leerlingen, clicked through as a teacher (and a jobcoach) would, on a copy of the demo
school."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from factories import assess, free_day
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from jw_desktop.demo import content
from jw_desktop.model import ElementKind, Level, NoteCategory, Uitstroomprofiel
from jw_desktop.model.wording import date_text, hours_text
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.main_window import MainWindow
from jw_desktop.ui.views.students import StudentPage, StudentsView

PLANTEN = "Praktijkbewijs Medewerker tuincentrum: planten verzorgen"


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


@pytest.fixture
def coach_ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("r.verbeek@example.nl")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def answer_next_dialog(button: str, typed: str | None = None) -> list[str]:
    """Answer the next question the window asks as the user would: type into its field
    (when typed is given) and click the button with that text. Returns what the dialog
    said (text, then details), filled in once it has been answered."""
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        if isinstance(dialog, QMessageBox):
            said.extend([dialog.text(), dialog.informativeText()])
        if isinstance(dialog, QInputDialog):
            said.append(dialog.labelText())
            field = dialog.findChild(QLineEdit)
            assert field is not None and typed is not None
            field.selectAll()
            QTest.keyClicks(field, typed)
        (chosen,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button]
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return said


def open_view(qtbot: QtBot, ctx: AppContext) -> StudentsView:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):  # the list is read in the background
        view.refresh()
    return view


def names(view: StudentsView) -> list[str]:
    return [r.name for r in view.model.rows]


def find_jerome(qtbot: QtBot, view: StudentsView) -> None:
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.filters.search, "jerom")
    assert names(view) == ["Jerome Tromp"]
    with qtbot.waitSignal(view.ctx.student_selected) as chosen:
        qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)
    assert chosen.args == [view.ctx.store.find_students("jerome")[0].id]


def test_attention_filter_shows_only_students_with_a_reason(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    everyone = len(view.model.rows)
    assert everyone == len(content.STUDENTS) and view.count.text() == f"{everyone} leerlingen"
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(view.filters.attention, Qt.MouseButton.LeftButton)
    assert view.filters.attention.isChecked()
    rows = view.model.rows
    assert 0 < len(rows) < everyone and all(r.reasons for r in rows)
    for n, row in enumerate(rows):  # the reason is there in words, not as a colour
        said = view.model.index(n, 3).data()
        assert said.startswith("⚠ Let op: ") and row.reasons[0] in said
    assert "Jerome Tromp" not in names(view)


def test_filters_combine_and_typing_filters_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    with qtbot.waitSignal(view.loaded):
        view.filters.group.setCurrentIndex(view.filters.group.findText("VSO 4A"))
    assert {r.group for r in view.model.rows} == {"VSO 4A"}
    with qtbot.waitSignal(view.loaded):
        view.filters.placement.setCurrentIndex(view.filters.placement.findText("Met stage"))
    assert view.model.rows and all(r.has_placement for r in view.model.rows)
    with qtbot.waitSignal(view.loaded):
        view.filters.phase.setCurrentIndex(view.filters.phase.findText("Fase 4"))
    assert all(r.phase == 4 for r in view.model.rows)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.filters.search, "k")
    assert "Kevin Tjon A Fong" in names(view) and "Jerome Tromp" not in names(view)


def test_search_and_select_shows_jeromes_page(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page = view.page
    assert page.name.text() == "Jerome Tromp"
    assert "VSO 4A" in page.about.text() and "Murat Demir" in page.about.text()
    todo = page.practise_texts()
    assert todo[0].startswith("GRN-EWO-01")
    assert any("criterium 9" in t and "nu: met hulp" in t for t in todo)
    assert any("criterium 10" in t and "nu: nog niet" in t for t in todo)
    assert page.phases.texts() == [  # one rule for 'done', Dutch plurals, no '0 van 0'
        "Fase 3: 4 van 4 kaarten klaar",
        "Fase 4: 11 van 11 kaarten klaar; 72 van 72 stappen en criteria zelfstandig",
        "Fase 5: 0 van 1 kaart klaar; 8 van 10 stappen en criteria zelfstandig",
    ]
    werkprocessen = "Werkprocessen: " + ", ".join(f"98101/B1-K1-W{n}" for n in (1, 2, 3, 5))
    assert (
        f"{PLANTEN}: 8 van 10 criteria behaald bij een beoordeling\n{werkprocessen}"
        in page.credentials.texts()
    )
    assert not page.issue_buttons and list(page.assess_buttons) == [
        ctx.store.credential_id("pb-planten-verzorgen")
    ]
    hours = page.hours.texts()
    assert hours[0] == "Tuincentrum De Groene Hoek\n02-02-2026 tot 29-01-2027: 512 van 640 uur"
    assert "praktijkovereenkomst getekend op 26-01-2026" in hours[1]  # demo: issue 10
    assert hours[2].startswith("Leerdoelen bij Tuincentrum De Groene Hoek:\n• Ik geef")
    notes = [page.notes.item(n).text() for n in range(page.notes.count())]
    assert any("slaapt slecht" in n for n in notes)  # a teacher sees care notes
    assert page.route.count() == 16 and "klaar" in page.route.item(0).text()
    assert page.portfolio_texts()[0].startswith("Nog niets uitgereikt.")


def test_practice_alone_issues_nothing_an_assessment_in_the_dialog_does(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    """Jerome practises his last two criteria zelfstandig: still no Uitreiken. The teacher
    records the herkansing in the dialog (the two criteria behaald, with the workplace
    supervisor), and then issues the praktijkbewijs."""
    store = ctx.store
    jerome = store.find_students("jerome")[0].id
    for item in store.still_to_practise(jerome):
        if item.card_code == "GRN-EWO-01" and item.kind == ElementKind.CRITERION:
            store.record_observation(jerome, item.element_id, Level.INDEPENDENT)
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page = view.page
    assert not page.issue_buttons
    assert any(
        t.startswith(f"{PLANTEN}: 8 van 10 criteria behaald") for t in page.credentials.texts()
    )
    (assess,) = page.assess_buttons.values()
    assert assess.accessibleName() == f"Beoordeling van {PLANTEN} vastleggen"
    planned_before = [a for a in store.assessments(jerome) if a.planned]
    qtbot.mouseClick(assess, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.criteria_boxes) == 2  # the eight behaald before are not judged again
    # without anyone who assessed, nothing is saved and the form says why
    for box in dialog.staff_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "minstens één beoordelaar" in dialog.feedback.text() and dialog.isVisible()
    (supervisor,) = dialog.supervisor_boxes.values()
    assert "Henk Zwart" in supervisor.text()
    qtbot.mouseClick(supervisor, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.external_name, "Petra Vos")
    qtbot.keyClicks(dialog.external_org, "Mbo College Westland")
    for box in dialog.criteria_boxes.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and messages == []
    # the planned herkansing is the one filled in
    assert planned_before and not [a for a in store.assessments(jerome) if a.planned]
    assert f"{PLANTEN}: klaar om uit te reiken" in "\n".join(page.credentials.texts())
    (button,) = page.issue_buttons.values()
    assert button.text() == "Uitreiken" and button.accessibleName() == f"{PLANTEN} uitreiken"
    asked = answer_next_dialog("Uitreiken")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and PLANTEN in asked[0] and "Jerome Tromp" in asked[0]
    assert messages == []
    assert [e.credential for e in store.portfolio(jerome)] == [PLANTEN]
    assert page.portfolio_texts()[0].startswith(f"{PLANTEN} — uitgereikt op")
    assert f"door {content.SCHOOL_NAME}" in page.portfolio_texts()[0]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Portfolio"
    assert any(t.startswith(f"{PLANTEN}: behaald") for t in page.credentials.texts())
    assert not page.issue_buttons
    top = page.portfolio.topLevelItem(0)
    lines = [top.child(n).text(0) for n in range(top.childCount())]
    assert lines[0].startswith("Werkproces: 98101/B1-K1-W1 ")
    evidence = [line for line in lines if line.startswith("Bewijs: ")]
    assert len(evidence) == 10 and all("behaald op" in line for line in evidence)
    assert any("Petra Vos" in line for line in evidence)  # the herkansing's assessors
    assert all(".:" not in line for line in lines)
    assert any(t.startswith("Beoordeling GRN-EWO-01 op ") for t in page.portfolio_texts())
    assert "Fase 5: 1 van 1 kaart klaar" in page.phases.texts()[2]  # the card is done


def test_a_branchecertificaat_is_recorded_as_issued_by_the_branch(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    """Youssef passed the orderpicker assessment: the teacher cannot issue the
    branchecertificaat, only record that the branch did, with its certificate number."""
    store = ctx.store
    youssef = store.find_students("Youssef")[0].id
    assess(store, youssef, "bc-orderpicker")
    view = open_view(qtbot, ctx)
    view.select(youssef)
    qtbot.waitUntil(lambda: view.page.student_id == youssef)
    page = view.page
    assert not page.issue_buttons
    (record,) = page.record_buttons.values()
    assert "reikt de branche (Stichting Vakbekwaamheid Logistiek) uit" in record.toolTip()
    row = next(t for t in page.credentials.texts() if t.startswith("Branchecertificaat"))
    assert "Een branchecertificaat reikt de branche" in row
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.issuer.text() == "Stichting Vakbekwaamheid Logistiek"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "certificaatnummer" in dialog.feedback.text() and store.portfolio(youssef) == []
    qtbot.keyClicks(dialog.reference, "SVL-2026-0200")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and messages == []
    (entry,) = store.portfolio(youssef)
    assert (entry.issuer_name, entry.reference) == (
        "Stichting Vakbekwaamheid Logistiek",
        "SVL-2026-0200",
    )
    assert "(nummer SVL-2026-0200)" in page.portfolio_texts()[0]


def test_a_diplomas_exam_part_is_recorded_in_the_window(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    store = ctx.store
    mila = store.find_students("Mila")[0].id
    diploma = store.credential_id("mbo-entree-groen")
    view = open_view(qtbot, ctx)
    view.select(mila)
    qtbot.waitUntil(lambda: view.page.student_id == mila)
    row = next(t for t in view.page.credentials.texts() if t.startswith("Mbo-diploma"))
    assert "examenonderdelen nog niet behaald: Loopbaan en burgerschap; Keuzedeel" in row
    qtbot.mouseClick(view.page.exam_part_buttons[diploma], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.part.itemText(n) for n in range(dialog.part.count())] == [
        "Loopbaan en burgerschap",
        "Keuzedeel Werken in het groen",
    ]
    assert dialog.school.text() == content.MBO_SCHOOL
    dialog.school.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "mbo-school" in dialog.feedback.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.school, content.MBO_SCHOOL)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and messages == []
    row = next(t for t in view.page.credentials.texts() if t.startswith("Mbo-diploma"))
    assert "examenonderdelen nog niet behaald: Keuzedeel Werken in het groen" in row


def test_a_wrong_assessment_is_withdrawn_from_the_portfolio(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    """A teacher withdraws the assessment recorded by mistake: its results no longer
    count, and the credential it made eligible waits again."""
    store = ctx.store
    youssef = store.find_students("Youssef")[0].id
    assess(store, youssef, "bc-orderpicker")
    view = open_view(qtbot, ctx)
    view.select(youssef)
    qtbot.waitUntil(lambda: view.page.student_id == youssef)
    page = view.page
    assert page.record_buttons and not page.withdraw_assessment_button.isEnabled()
    open_tab(qtbot, page, "Portfolio")
    item = next(
        page.portfolio.topLevelItem(n)
        for n in range(page.portfolio.topLevelItemCount())
        if page.portfolio.topLevelItem(n).text(0).startswith("Beoordeling LOG-EWO-01")
    )
    page.portfolio.setCurrentItem(item.child(0))  # a result line chooses its assessment
    assert page.withdraw_assessment_button.isEnabled()
    asked = answer_next_dialog("Intrekken")
    qtbot.mouseClick(page.withdraw_assessment_button, Qt.MouseButton.LeftButton)
    assert asked and "telt dan niet meer mee" in asked[0] and messages == []
    assert page.portfolio_message.text() == "De beoordeling is ingetrokken."
    assert store.assessments(youssef) == [] and not page.record_buttons
    assert page.assess_buttons


def test_the_selection_stays_when_refreshing_and_filtering(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    with qtbot.waitSignal(view.loaded):
        view.filters.search.clear()
    assert len(view.model.rows) == len(content.STUDENTS)
    assert view.table.currentIndex().row() == view.model.row_of(view.current)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert view.model.rows[view.table.currentIndex().row()].name == "Jerome Tromp"
    assert view.page.name.text() == "Jerome Tromp"


def test_the_list_works_with_the_keyboard_and_everything_has_a_name(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = open_view(qtbot, ctx)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.filters.attention.setFocus()
    qtbot.keyClick(view.filters.attention, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    first = view.page.name.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.page.name.text() not in (first, "Kies een leerling")
    for kind in (
        QLineEdit,
        QComboBox,
        QCheckBox,
        QPushButton,
        QListWidget,
        QTableView,
        QTreeWidget,
    ):
        for widget in view.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue  # the text field inside a date or number box: the box has the name
            assert widget.accessibleName(), widget


def test_another_view_choosing_a_student_is_followed(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    fatima = ctx.store.find_students("fatima")[0].id
    with qtbot.waitSignal(view.loaded):
        ctx.student_selected.emit(fatima)
    assert view.current == fatima and view.page.name.text() == "Fatima Bouzid"


def test_a_jobcoach_sees_only_their_own_students(qtbot: QtBot, coach_ctx: AppContext) -> None:
    view = open_view(qtbot, coach_ctx)
    coached = {
        f"{s['first_name']} {s['last_name']}"
        for s in content.STUDENTS
        if s["placement"] is not None and s["placement"]["jobcoach"] == "ruud"
    }
    assert set(names(view)) == coached and "Jerome Tromp" in coached and len(coached) < 25
    find_jerome(qtbot, view)
    notes = [view.page.notes.item(n).text() for n in range(view.page.notes.count())]
    assert notes and not any("slaapt slecht" in n for n in notes)  # no care notes
    assert view.page.name.text() == "Jerome Tromp"
    # the assessment the workplace supervisor took part in is on the laptop; recording
    # or issuing is the school's
    assert any(t.startswith("Beoordeling GRN-EWO-01") for t in view.page.portfolio_texts())
    page = view.page
    assert not (page.issue_buttons or page.assess_buttons or page.record_buttons)


# -- a teacher records notes and hours on the student page (issue 9, point 2) -------------


def open_tab(qtbot: QtBot, page: StudentPage, title: str) -> None:
    bar = page.tabs.tabBar()
    (n,) = [n for n in range(bar.count()) if bar.tabText(n) == title]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(n).center())
    assert page.tabs.currentIndex() == n


def click_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_teacher_adds_a_care_note_with_a_follow_up_date(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page, form = view.page, view.page.note_form
    open_tab(qtbot, page, "Notities")
    assert [form.category.itemText(n) for n in range(form.category.count())] == [
        "werk",
        "zorg (alleen school)",
    ]
    qtbot.keyClicks(form.text, "Gesprek met moeder: slaapt weer beter.")
    qtbot.keyClicks(form.category, "z")  # typing picks the entry, as in any list
    assert form.category.currentText() == "zorg (alleen school)"
    qtbot.mouseClick(form.follow_up, Qt.MouseButton.LeftButton)
    assert form.follow_up_on.isEnabled()
    follow = ctx.store.today() + timedelta(days=14)
    form.follow_up_on.setDate(QDate(follow.year, follow.month, follow.day))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    note = ctx.store.notes(view.current)[0]  # type: ignore[arg-type]
    assert (note.text, note.category, note.follow_up_on) == (
        "Gesprek met moeder: slaapt weer beter.",
        NoteCategory.CARE,
        follow,
    )
    assert form.text.toPlainText() == "" and "Notitie opgeslagen" in form.message.text()
    assert "Gesprek met moeder" in page.note_texts()[0]
    assert "zorg (alleen school)" in page.note_texts()[0]
    coming = [n.follow_up_on for n in ctx.store.notes(view.current) if n.follow_up_on]  # type: ignore[arg-type]
    assert page.follow_up.text() == f"Opvolgen op {date_text(min(coming))}"  # the nearest


def test_an_empty_note_is_refused_with_the_reason_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    before = len(ctx.store.notes(view.current))  # type: ignore[arg-type]
    qtbot.mouseClick(view.page.note_form.save, Qt.MouseButton.LeftButton)
    assert "mag niet leeg" in view.page.note_form.message.text()
    assert len(ctx.store.notes(view.current)) == before  # type: ignore[arg-type]


def test_a_jobcoach_can_only_write_work_notes(qtbot: QtBot, coach_ctx: AppContext) -> None:
    view = open_view(qtbot, coach_ctx)
    find_jerome(qtbot, view)
    combo = view.page.note_form.category
    assert [combo.itemText(n) for n in range(combo.count())] == ["werk"]


def test_a_teacher_logs_corrects_and_withdraws_hours(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page, form = view.page, view.page.hours_entry
    sid = view.current
    assert sid is not None
    open_tab(qtbot, page, "Stage en uren")
    placement = ctx.store.progress(sid).hours[0]
    day = free_day(ctx.store, sid)  # one entry per day: a day without one
    form.day.setDate(QDate(day.year, day.month, day.day))
    form.hours.clear()
    qtbot.keyClicks(form.hours, "6,5")
    qtbot.keyClicks(form.remark, "Kassa")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert messages == []
    total = placement.minutes_done + 390
    assert page.hours.texts()[0].endswith(f"{hours_text(total)} van 640 uur")

    def row_of(day_text: str) -> int:
        return next(n for n, t in enumerate(page.entry_texts()) if t.startswith(day_text))

    row = row_of(date_text(day))
    assert page.entry_texts()[row].startswith(f"{date_text(day)} · 6,5 uur · Tuincentrum")
    assert not page.correct_button.isEnabled()  # nothing chosen yet

    click_row(qtbot, page.entry_list, row)
    assert page.correct_button.isEnabled()
    asked = answer_next_dialog("Correctie opslaan", "5,5")
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert asked and date_text(day) in asked[0]
    total = placement.minutes_done + 330
    assert ctx.store.progress(sid).hours[0].minutes_done == total
    assert page.entry_texts()[row_of(date_text(day))].startswith(f"{date_text(day)} · 5,5 uur")
    assert "Gecorrigeerd" in page.hours_message.text()

    click_row(qtbot, page.entry_list, row_of(date_text(day)))
    answer_next_dialog("Intrekken")
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert ctx.store.progress(sid).hours[0].minutes_done == placement.minutes_done
    assert "ingetrokken" in page.hours_message.text()


def test_an_absent_day_is_recorded_as_afwezig(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page, form = view.page, view.page.hours_entry
    sid = view.current
    assert sid is not None
    open_tab(qtbot, page, "Stage en uren")
    before = ctx.store.progress(sid).hours[0].minutes_done
    day = free_day(ctx.store, sid)  # one entry per day: a day without one
    form.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)  # left at 0: nothing recorded
    assert "meer dan 0 uur" in form.message.text() and messages == []
    qtbot.mouseClick(form.absent, Qt.MouseButton.LeftButton)
    assert form.absent.isChecked() and not form.hours.isEnabled()
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert "afwezig" in form.message.text()
    (entry,) = [e for e in ctx.store.hours_entries(sid) if e.worked_on == day]
    assert (entry.minutes, entry.remark) == (0, "afwezig")
    assert ctx.store.progress(sid).hours[0].minutes_done == before
    assert any(t.startswith(date_text(day)) and " · afwezig · " in t for t in page.entry_texts())


# -- why a student needs attention, in full (point 9) -------------------------------------


def test_the_reasons_for_attention_are_in_the_tooltip_and_on_the_page(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = open_view(qtbot, ctx)
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(view.filters.attention, Qt.MouseButton.LeftButton)
    row = view.model.rows[0]
    for column in range(4):
        tip = view.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert row.name in tip and all(reason[1:] in tip for reason in row.reasons)
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.page.name.text() == row.name
    shown = view.page.attention.text()
    assert view.page.attention.isVisible() and shown.startswith("Deze leerling heeft aandacht")
    for reason in row.reasons:
        assert reason[1:] in shown  # in full, not cut off
    assert any("geobserveerd" in r or "stage-uren achter" in r for r in row.reasons)


# -- empty states, plurals, long names and the window width (points 7, 14) ----------------


def test_a_student_without_a_route_gets_short_help(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    assert view.page.help.isVisibleTo(view.page)  # nobody chosen yet: how to start
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.filters.search, "Sem Jansen")
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)
    page = view.page
    assert page.name.text() == "Sem Jansen" and not page.help.isVisibleTo(page)
    assert page.phases.texts()[0].startswith("Nog geen leerroute. Maak er een bij Leerroute")
    assert page.practise_texts() == [
        "Nog niets te oefenen: deze leerling heeft nog geen leerroute."
    ]
    assert view.count.text() == "1 leerling"


def test_a_long_name_is_cut_off_with_a_tooltip_and_the_page_fits_1024(
    qtbot: QtBot, ctx: AppContext
) -> None:
    long = "Alexandra-Maria Theodora Wilhelmina van Oldenbarnevelt-Rijnsburger de Vries"
    first, last = long.split(" ", 1)
    ctx.store.add_student(
        first, last, date(2009, 3, 1), phase=4, uitstroomprofiel=Uitstroomprofiel.ARBEIDSMARKT
    )
    view = open_view(qtbot, ctx)
    view.resize(1024, 600)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.filters.search, "Oldenbarnevelt")
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.page.name.text() == long)
    assert view.page.name.toolTip() == long and view.page.name.is_elided()
    assert view.minimumSizeHint().width() <= 1024
    assert view.width() == 1024


def test_the_list_is_read_in_the_background_and_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.refresh()
        assert view.count.text() == "Leerlingen worden geladen…"  # the window stays usable
        assert names(view) == []
    assert view.count.text() == f"{len(content.STUDENTS)} leerlingen"


def test_a_follow_up_date_that_has_come_asks_for_attention(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_view(qtbot, ctx)
    find_jerome(qtbot, view)
    page, form = view.page, view.page.note_form
    open_tab(qtbot, page, "Notities")
    qtbot.keyClicks(form.text, "Bellen met Ruud over de nieuwe taken bij de kassa")
    qtbot.mouseClick(form.follow_up, Qt.MouseButton.LeftButton)  # the date is today
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    today = date_text(ctx.store.today())
    said = f"Opvolgen: {today}, Bellen met Ruud over de nieuwe …"
    assert said in page.attention.text() and page.attention.isVisible()
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(view.filters.attention, Qt.MouseButton.LeftButton)
    assert "Jerome Tromp" in names(view)  # the list says it too
    row = view.model.row_of(view.current)  # type: ignore[arg-type]
    tip = view.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert said in tip


def test_the_attention_column_shows_its_sign_in_a_1024_window(
    qtbot: QtBot, ctx: AppContext, window_at: Callable[[AppContext, int, int], MainWindow]
) -> None:
    """In the main window at 1024 x 600 the list shows the attention sign and 'Let op'
    without scrolling sideways; the full reasons are in the tooltip and on the page."""
    window = window_at(ctx, 1024, 600)
    view = window.page("leerlingen")
    assert isinstance(view, StudentsView)
    qtbot.waitUntil(lambda: len(view.model.rows) == len(content.STUDENTS))
    table = view.table
    needed = table.fontMetrics().horizontalAdvance("⚠ Let op: twee")  # sign and a start
    start = table.columnViewportPosition(3)
    assert start >= 0 and start + needed <= table.viewport().width()


def test_before_a_student_is_chosen_the_page_shows_help_not_empty_frames(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = StudentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.name.text() == "Kies een leerling" and page.help.isVisible()
    assert not any(box.isVisible() for box in page.progress_boxes)
    page.show_student(ctx.store.find_students("jerome")[0].id)
    assert not page.help.isVisible() and all(box.isVisible() for box in page.progress_boxes)


def test_a_past_placement_keeps_its_hours_and_the_route_counts_them_per_school_year(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Kevin's oriëntatiestage of the demo ended in January: listed after his running
    placement, marked as ended, its 96 hours counted in his leerwerktraject."""
    kevin = next(s.id for s in ctx.store.find_students("Kevin"))
    page = StudentPage(ctx)
    qtbot.addWidget(page)
    page.show_student(kevin)
    hours = page.hours.texts()
    assert hours[0].startswith("Distributiecentrum Noordpolder\n")
    assert hours[1] == (
        "Tuincentrum De Groene Hoek (afgelopen op 23-01-2026)\n"
        "01-09-2025 tot 30-01-2026: 96 van 120 uur"
    )
    assert any(t.startswith("Urennorm van de route, over alle stages: ") for t in hours)
    assert any(t.startswith("Schooljaar 2025-2026: ") for t in hours)


def test_an_unsigned_praktijkovereenkomst_is_a_warning_on_the_page(
    qtbot: QtBot, ctx: AppContext
) -> None:
    fatima = next(s.id for s in ctx.store.find_students("Fatima"))
    page = StudentPage(ctx)
    qtbot.addWidget(page)
    page.show_student(fatima)
    assert (
        "Let op: Tuincentrum De Groene Hoek: de praktijkovereenkomst is nog niet getekend."
        in page.hours.texts()
    )
