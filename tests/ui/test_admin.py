"""Beheer, clicked through as the school's admin would: accounts and passwords, groups,
companies and placements, backups and restore, the about page; and a teacher neither sees
the page nor gets past the library."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jw_desktop.demo import content
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import AccessDenied, Role, SchoolStore
from jw_desktop.model import replica as rp
from jw_desktop.model.database import HEAD_REVISION, list_backups
from jw_desktop.model.wording import date_text
from jw_desktop.sync import session
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.main_window import MainWindow
from jw_desktop.ui.views.admin import AdminView, PlacementsTab
from jw_desktop.ui.views.students import StudentPage

ADMIN = "b.koster@example.nl"
TEACHER = "s.dewit@example.nl"


@pytest.fixture
def store(demo_db: Path) -> Iterator[SchoolStore]:
    opened = SchoolStore.open(demo_db, sleep=lambda _s: None)
    try:
        yield opened
    finally:
        opened.close()


def context(store: SchoolStore, tmp_path: Path, email: str) -> AppContext:
    store.login(email, DEMO_PASSWORD)
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    return AppContext(store, settings)


@pytest.fixture
def admin(qtbot: QtBot, store: SchoolStore, tmp_path: Path) -> Iterator[AdminView]:
    ctx = context(store, tmp_path, ADMIN)
    view = AdminView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)  # the smallest screen the school has
    view.show()
    view.refresh()
    try:
        yield view
    finally:
        ctx.wait()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation questions (ask.confirm) are answered yes; what they asked is kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ask, "confirm", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(str(a[2])))
    return asked


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_admin_adds_a_staff_member_and_sets_a_password(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    tab = admin.accounts
    admin.show_tab(tab)
    before = tab.staff.rowCount()
    qtbot.keyClicks(tab.name, "Fatima Bakker")
    qtbot.keyClicks(tab.email, "f.bakker@example.nl")
    tab.role.setCurrentIndex(tab.role.findData(Role.JOBCOACH))
    click(qtbot, tab.add_button)
    assert tab.staff.rowCount() == before + 1
    assert "Fatima Bakker is toegevoegd als jobcoach" in tab.feedback.text()
    assert tab.for_whom.full == "Fatima Bakker"  # the new row is chosen
    assert tab.for_whom.text() == "Fatima Bakker"  # a short name is not shortened

    qtbot.keyClicks(tab.password, "kort1")
    qtbot.keyClicks(tab.confirm, "kort1")
    click(qtbot, tab.password_button)
    qtbot.waitUntil(lambda: "sterker wachtwoord" in tab.feedback.text(), timeout=10000)

    tab.password.clear()
    qtbot.keyClicks(tab.password, "appeltaart-2026")
    qtbot.keyClicks(tab.confirm, "appeltaart-2027")
    click(qtbot, tab.password_button)
    assert "niet gelijk" in tab.feedback.text()

    tab.password.clear()
    qtbot.keyClicks(tab.password, "appeltaart-2026")
    qtbot.keyClicks(tab.confirm, "appeltaart-2026")
    click(qtbot, tab.password_button)
    qtbot.waitUntil(lambda: "is ingesteld" in tab.feedback.text(), timeout=10000)
    assert tab.password.text() == "" and tab.confirm.text() == ""
    store.logout()
    assert store.login("f.bakker@example.nl", "appeltaart-2026").role == Role.JOBCOACH


def test_a_duplicate_email_is_refused_with_the_librarys_message(admin: AdminView) -> None:
    tab = admin.accounts
    admin.show_tab(tab)
    tab.name.setText("Nog een Sanne")
    tab.email.setText(TEACHER)
    tab.add_button.click()
    assert "Er is al een medewerker met e-mailadres" in tab.feedback.text()


def test_admin_adds_a_group(qtbot: QtBot, admin: AdminView, store: SchoolStore) -> None:
    tab = admin.groups
    admin.show_tab(tab)
    qtbot.keyClicks(tab.name, "Entree 1")
    tab.phase.setValue(4)
    tab.mentor.setCurrentIndex(1)
    click(qtbot, tab.add_button)
    assert "Entree 1" in [tab.groups.item(r, 0).text() for r in range(tab.groups.rowCount())]
    assert "Entree 1" in [name for _i, name in store.groups()]


def test_admin_adds_a_company_and_a_placement_and_ends_it(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, yes: list[str]
) -> None:
    tab = admin.placements
    admin.show_tab(tab)
    qtbot.keyClicks(tab.company_name, "Bloemenhuis Flora")
    qtbot.keyClicks(tab.city, "Zwolle")
    qtbot.keyClicks(tab.supervisor, "Gert Flora")
    click(qtbot, tab.company_button)
    assert tab.company.currentText() == "Bloemenhuis Flora"

    tab.student.setCurrentIndex(tab.student.findText("Tromp, Jerome", Qt.MatchFlag.MatchStartsWith))
    jerome = store.find_students("Jerome")[0].id
    assert tab.student_id() == jerome
    before = len(store.placements(jerome))
    tab.start.setDate(QDate(2026, 9, 1))
    tab.end.setDate(QDate(2027, 1, 31))
    tab.model.setCurrentIndex(1)  # sandwich
    tab.days.setValue(3)
    tab.jobcoach.setCurrentIndex(1)
    click(qtbot, tab.placement_button)
    assert "is toegevoegd" in tab.feedback.text(), tab.feedback.text()
    assert len(store.placements(jerome)) == before + 1
    rows = placement_rows(tab)
    flora = [i for i, cells in enumerate(rows) if cells[0] == "Bloemenhuis Flora"]
    assert flora and rows[flora[0]][1:] == ["01-09-2026", "31-01-2027", "0 van 640 uur", "loopt"]

    tab.placements.selectRow(flora[0])
    click(qtbot, tab.end_button)
    assert yes and "Bloemenhuis Flora, 01-09-2026 t/m 31-01-2027" in yes[0]
    assert len(store.placements(jerome)) == before
    # history, not gone: listed after the running ones, marked as ended
    (ended,) = [cells for cells in placement_rows(tab) if cells[0] == "Bloemenhuis Flora"]
    assert ended[4] == f"afgelopen op {date_text(store.today())}"
    assert placement_rows(tab)[-1] == ended


def test_an_ended_placement_keeps_its_hours_on_the_student_page(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, yes: list[str]
) -> None:
    """Jerome's 512 hours at De Groene Hoek survive the end of his stage (issue 10)."""
    tab = admin.placements
    admin.show_tab(tab)
    tab.student.setCurrentIndex(tab.student.findText("Tromp, Jerome", Qt.MatchFlag.MatchStartsWith))
    jerome = tab.student_id()
    assert jerome is not None
    rows = placement_rows(tab)
    (groene,) = [i for i, cells in enumerate(rows) if cells[0] == "Tuincentrum De Groene Hoek"]
    tab.placements.selectRow(groene)
    tab.ended_on.setDate(QDate(2026, 1, 1))  # before it began: said first, nothing asked
    click(qtbot, tab.end_button)
    assert "kan niet eindigen op 01-01-2026" in tab.feedback.text() and yes == []
    last_week = store.today() - timedelta(days=7)
    worked_since = [e for e in store.hours_entries(jerome) if e.worked_on > last_week]
    tab.ended_on.setDate(QDate(last_week.year, last_week.month, last_week.day))
    click(qtbot, tab.end_button)
    if worked_since:  # hours after the chosen day: refused, nothing lost
        assert "al uren vastgelegd na" in tab.feedback.text()
        today = store.today()
        tab.ended_on.setDate(QDate(today.year, today.month, today.day))
        click(qtbot, tab.end_button)
    assert "blijven meetellen" in tab.feedback.text(), tab.feedback.text()
    ended_on = store.progress(jerome).hours[0].ended_on
    assert ended_on is not None
    (cells,) = [c for c in placement_rows(tab) if c[0] == "Tuincentrum De Groene Hoek"]
    assert cells[3] == "512 van 640 uur" and cells[4] == f"afgelopen op {date_text(ended_on)}"

    page = StudentPage(admin.ctx)
    qtbot.addWidget(page)
    page.show_student(jerome)
    assert (
        "Tuincentrum De Groene Hoek (afgelopen op "
        f"{date_text(ended_on)})\n02-02-2026 tot 29-01-2027: 512 van 640 uur"
    ) in page.hours.texts()


def test_a_route_hours_requirement_is_set_in_beheer_and_read_per_school_year(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    tab = admin.placements
    admin.show_tab(tab)
    tab.student.setCurrentIndex(tab.student.findText("Tromp, Jerome", Qt.MatchFlag.MatchStartsWith))
    jerome = tab.student_id()
    assert jerome is not None
    store.remove_hours_requirement(jerome)
    tab.show_placements()
    assert "Geen urennorm" in tab.requirement_state.text()
    tab.per_year.setValue(640)
    tab.school_years.setValue(2)
    tab.first_year.setCurrentIndex(tab.first_year.findText("2025-2026"))
    click(qtbot, tab.requirement_button)
    assert "is opgeslagen" in tab.feedback.text(), tab.feedback.text()
    assert "512 van 1.280 uur gedaan over alle stages" in tab.requirement_state.text()
    page = StudentPage(admin.ctx)
    qtbot.addWidget(page)
    page.show_student(jerome)
    texts = page.hours.texts()
    assert any(
        t.startswith("Urennorm van de route, over alle stages: 512 van 1.280 uur") for t in texts
    ), texts
    assert any(t.startswith("Schooljaar 2025-2026: ") for t in texts)
    assert any(t.startswith("Schooljaar 2026-2027: ") for t in texts)


def placement_rows(tab: PlacementsTab) -> list[list[str]]:
    table = tab.placements
    return [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]


def test_a_placement_ending_before_it_starts_is_refused(qtbot: QtBot, admin: AdminView) -> None:
    tab = admin.placements
    admin.show_tab(tab)
    tab.company_name.setText("Garage Snel")
    tab.company_button.click()
    tab.start.setDate(QDate(2026, 9, 1))
    tab.end.setDate(QDate(2026, 8, 1))
    tab.placement_button.click()
    assert "einddatum" in tab.feedback.text()


def test_admin_makes_a_backup_that_appears_in_the_list(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    tab = admin.backups
    admin.show_tab(tab)
    before = tab.backup_list.rowCount()
    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: tab.backup_list.rowCount() == before + 1, timeout=20000)
    kinds = [tab.backup_list.item(r, 1).text() for r in range(tab.backup_list.rowCount())]
    assert "met de hand" in kinds
    assert "Reservekopie gemaakt" in tab.feedback.text()


def test_restoring_a_backup_puts_the_old_data_back_and_stops_the_app(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, yes: list[str]
) -> None:
    tab = admin.backups
    admin.show_tab(tab)
    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: "Reservekopie gemaakt" in tab.feedback.text(), timeout=20000)
    manual = next(b for b in list_backups(store.path) if b.reason == "handmatig")
    store.add_group("Na de reservekopie", 2)
    stopped: list[bool] = []
    tab.quit_app = lambda: stopped.append(True)
    rows = [tab.backup_list.item(r, 3).text() for r in range(tab.backup_list.rowCount())]
    tab.backup_list.selectRow(rows.index(manual.path.name))
    click(qtbot, tab.restore_button)
    assert stopped == [True]
    assert "sluit na het terugzetten af" in yes[0] and "teruggezet" in yes[1]
    with SchoolStore.open(store.path, auto_backup=False) as again:
        assert "Na de reservekopie" not in [name for _i, name in again.groups()]
    assert any(b.reason == "voor-herstel" for b in list_backups(store.path))


def test_about_shows_plain_versions_and_keeps_the_technical_ones_in_the_details(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    open_tab(qtbot, admin, "Over")
    about = admin.about
    shown = [label.text() for label in about.fields.values()]
    head = HEAD_REVISION  # e.g. 0006_qualifications: shown as "Databaseversie 6"
    assert about.fields["schema"].text() == f"Databaseversie {int(head[:4])}"
    assert not any(head[:4] in text for text in shown)  # no revision names
    me = session.identity(store).public()
    assert not any(me.device_id in text for text in shown)  # the id is for support only
    assert not about.details.text.isVisible()
    qtbot.mouseClick(about.details.toggle, Qt.MouseButton.LeftButton)
    assert about.details.text.isVisible()
    details = about.details.text.toPlainText()
    assert head in details and me.device_id in details and "PySide6" in details
    text = about.text()  # what the helpdesk button copies: everything
    assert head in text and str(store.path) in text
    assert f"leerlingen: {len(content.STUDENTS)}" in text and "PySide6" in text


def test_devices_tab_on_a_central_says_there_are_no_devices_yet(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    open_tab(qtbot, admin, "Apparaten")
    tab = admin.devices
    assert "centrale" in tab.me.text()
    assert session.identity(store).public().device_id not in tab.me.text()
    assert not tab.devices.isVisible() and tab.no_devices.isVisible()
    assert tab.no_devices.text().startswith("Nog geen apparaten ingeschreven")
    assert not tab.enrol_button.isEnabled()


def local(at: str) -> str:
    return datetime.fromisoformat(at).astimezone().strftime("%d-%m-%Y %H:%M")


def open_tab(qtbot: QtBot, admin: AdminView, title: str) -> None:
    """Click the tab with this title, as the admin would."""
    bar = admin.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert admin.tabs.currentIndex() == index


def test_devices_tab_lists_refused_bundles_with_device_name_and_reason(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    tab = admin.devices
    open_tab(qtbot, admin, "Apparaten")
    assert tab.no_refusals.isVisible() and tab.no_refusals.text() == "Geen geweigerde bundels."
    assert not tab.refusals.isVisible()

    laptop, stranger = "cd" * 16, "ab" * 16
    known = "Bundel van apparaat 'Laptop Bas' (jobcoach) geweigerd: de leerroute wijzigen mag niet."
    unknown = "Bundel van een onbekend apparaat geweigerd: het is niet ingeschreven."
    with store.db.writer.connect() as con, con.begin():
        rp.put_device(
            con, laptop, "Laptop Bas", b"\0" * 32, b"\0" * 32, {"role": "jobcoach"},
            "2026-11-30T09:00:00+00:00",
        )  # fmt: skip
        rp.add_refusal(con, "2026-12-01T10:00:00+00:00", laptop, "x.jwb", known)
        rp.add_refusal(con, "2026-12-02T11:30:00+00:00", stranger, "y.jwb", unknown)
    open_tab(qtbot, admin, "Accounts")  # away and back: the page reads its lists again
    open_tab(qtbot, admin, "Apparaten")

    table = tab.refusals
    assert table.isVisible() and not tab.no_refusals.isVisible()
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Tijdstip", "Apparaat", "Reden"]
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [  # newest first, in local time
        [local("2026-12-02T11:30:00+00:00"), "onbekend apparaat", unknown],
        [local("2026-12-01T10:00:00+00:00"), "Laptop Bas", known],
    ]
    assert table.item(1, 2).toolTip() == known  # the cell may elide; the tooltip never
    assert table.textElideMode() == Qt.TextElideMode.ElideRight and table.wordWrap()


def test_teacher_has_no_beheer_page_and_the_library_refuses_admin_actions(
    qtbot: QtBot, store: SchoolStore, tmp_path: Path
) -> None:
    ctx = context(store, tmp_path, TEACHER)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "beheer" not in window.pages
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Beheer" not in titles and "Synchronisatie" in titles
    with pytest.raises(AccessDenied):
        store.add_staff("Stiekem", "stiekem@example.nl", Role.ADMIN)
    with pytest.raises(AccessDenied):
        staff = store.staff(Role.ADMIN)[0]
        store.set_password(staff.id, "een-lang-genoeg-wachtwoord")
    # a teacher may add groups and placements (library rule "school"), not accounts
    ctx.wait()


def test_empty_names_are_refused_and_nothing_is_added(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    staff_before, groups_before = len(store.staff()), len(store.groups())
    tab = admin.accounts
    admin.show_tab(tab)
    qtbot.keyClicks(tab.email, "leeg@example.nl")
    click(qtbot, tab.add_button)
    assert "mag niet leeg zijn" in tab.feedback.text()
    groups = admin.groups
    admin.show_tab(groups)
    qtbot.keyClicks(groups.name, "   ")
    click(qtbot, groups.add_button)
    assert (len(store.staff()), len(store.groups())) == (staff_before, groups_before)


def test_fresh_beheer_lists_the_demo_companies_and_places_a_student_at_one(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    """Issue 9.3: the companies the school already has are listed, not only new ones."""
    open_tab(qtbot, admin, "Stages")
    tab = admin.placements
    listed = [tab.company.itemText(i) for i in range(tab.company.count())]
    assert listed == [name for _id, name in store.companies()] and len(listed) >= 3
    assert not tab.no_companies.isVisible()
    linde = next(name for name in listed if "Linde" in name)

    tab.student.setCurrentIndex(tab.student.findText("Tromp, Jerome", Qt.MatchFlag.MatchStartsWith))
    jerome = store.find_students("Jerome")[0].id
    assert tab.student_id() == jerome
    tab.company.setFocus()
    qtbot.keyClicks(tab.company, linde[:6])  # typing picks the company, as in any list
    assert tab.company.currentText() == linde
    before = len(store.placements(jerome))
    click(qtbot, tab.placement_button)
    assert f"bij {linde} is toegevoegd" in tab.feedback.text(), tab.feedback.text()
    assert len(store.placements(jerome)) == before + 1
    assert any(cells[0] == linde for cells in placement_rows(tab))


LONG = "Maria-Theresia " + "van der Berg-" * 9 + "Oosterhout de Vries-Janssen-Bakker"


def long_names(store: SchoolStore) -> None:
    """A 130-letter staff member (teacher and jobcoach), company, group and device."""
    name = LONG[:130]
    assert len(name) == 130
    store.add_staff(name, "lang@example.nl", Role.TEACHER)
    store.add_staff(name, "lang.coach@example.nl", Role.JOBCOACH)
    store.add_company("Leerbedrijf " + name, city="Zwolle")
    store.add_group("Groep " + name, 2)
    with store.db.writer.connect() as con, con.begin():
        rp.put_device(
            con, "ef" * 16, name, b"\0" * 32, b"\0" * 32, {"role": "docent"},
            "2026-11-30T09:00:00+00:00",
        )  # fmt: skip
        rp.add_refusal(con, "2026-12-01T10:00:00+00:00", "ef" * 16, "x.jwb", "Reden " * 80)


def fits(page: QWidget, width: int) -> None:
    scroll = page.parentWidget().parentWidget()  # the viewport's scroll area
    assert isinstance(scroll, QScrollArea)
    assert page.minimumSizeHint().width() <= scroll.viewport().width() <= width
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing sticks out sideways


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_long_names_never_make_beheer_wider_than_the_window(
    qtbot: QtBot, store: SchoolStore, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Issue 9.8: long names elide with the whole name as tooltip; feedback wraps and is
    read in full (the weak-password message too)."""
    ctx = context(store, tmp_path, ADMIN)
    long_names(store)
    window = QWidget()
    qtbot.addWidget(window)
    admin = AdminView(ctx)
    QVBoxLayout(window).addWidget(admin)
    window.resize(*size)
    window.show()
    width = size[0]
    bar = admin.tabs.tabBar()
    for index in range(bar.count()):
        open_tab(qtbot, admin, bar.tabText(index))
        assert window.minimumSizeHint().width() <= width, bar.tabText(index)
        fits(admin.pages[index], width)

    tab = admin.accounts
    open_tab(qtbot, admin, "Accounts")
    row = next(r for r in range(tab.staff.rowCount()) if tab.staff.item(r, 0).text() == LONG[:130])
    qtbot.mouseClick(
        tab.staff.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.staff.visualItemRect(tab.staff.item(row, 0)).center(),
    )
    assert tab.for_whom.full == LONG[:130] and tab.for_whom.toolTip() == LONG[:130]
    assert tab.for_whom.text().endswith("…") and len(tab.for_whom.text()) < 130
    assert tab.staff.item(row, 0).toolTip() == LONG[:130]
    qtbot.keyClicks(tab.password, "kort1")
    qtbot.keyClicks(tab.confirm, "kort1")
    click(qtbot, tab.password_button)
    qtbot.waitUntil(lambda: "sterker wachtwoord" in tab.feedback.text(), timeout=10000)
    feedback = tab.feedback
    assert feedback.text() == (
        "Kies een sterker wachtwoord: minstens 10 tekens met letters en cijfers, of een zin "
        "van 16 tekens of meer."
    )
    fits(tab, width)
    assert feedback.wordWrap()
    assert feedback.height() >= feedback.heightForWidth(feedback.width())  # all lines shown
    right = feedback.mapTo(window, feedback.rect().topRight()).x()
    assert 0 < right <= width  # and not beyond the window's edge
    ctx.wait()


def test_the_central_refuses_its_own_request_and_other_impossible_enrolments(
    qtbot: QtBot, admin: AdminView, store: SchoolStore, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Issue 9.13: the rule lives in sync.session.check_request; the window says it when
    the file is chosen and the enrol button stays off."""
    tab = admin.devices
    open_tab(qtbot, admin, "Apparaten")
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(chosen[-1]), ""))
    saved = tmp_path / "inschrijving.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(saved), ""))

    def choose(path: Path) -> None:
        chosen.append(path)
        click(qtbot, tab.choose_request)

    own = tmp_path / "eigen.json"
    own.write_text(json.dumps(session.enrollment_request(store, "Centrale")), encoding="utf-8")
    choose(own)
    assert "aanmeldbestand van deze computer zelf" in tab.feedback.text()
    assert not tab.enrol_button.isEnabled()
    assert session.enrolled_devices(store) == []

    broken = tmp_path / "kapot.json"
    broken.write_text("dit is geen json", encoding="utf-8")
    choose(broken)
    assert tab.feedback.text() == "kapot.json is geen leesbaar aanmeldbestand."
    assert not tab.enrol_button.isEnabled()

    with SchoolStore.open(tmp_path / "laptop.sqlite", auto_backup=False) as laptop:
        request = session.enrollment_request(laptop, "Laptop Sanne")
    laptop_file = tmp_path / "aanmelding.json"
    laptop_file.write_text(json.dumps(request), encoding="utf-8")
    choose(laptop_file)
    assert "Laptop Sanne" in tab.request_info.text() and tab.enrol_button.isEnabled()
    click(qtbot, tab.enrol_button)
    assert "ingeschreven als docent" in tab.feedback.text()
    assert tab.devices.isVisible() and tab.devices.rowCount() == 1
    cells = [tab.devices.item(0, c).text() for c in range(tab.devices.columnCount())]
    assert cells[0] == "Laptop Sanne" and cells[1] == "Docent" and cells[4] == "actief"
    assert request["device"]["device_id"] not in " ".join(cells)  # the id is for support

    choose(laptop_file)  # the same laptop again
    assert "Laptop Sanne" in tab.feedback.text() and "al ingeschreven" in tab.feedback.text()
    assert not tab.enrol_button.isEnabled()
    assert len(session.enrolled_devices(store)) == 1


def test_the_answer_to_a_click_is_scrolled_into_view_in_a_low_window(
    qtbot: QtBot, store: SchoolStore, tmp_path: Path
) -> None:
    """At 1024 x 600 the feedback line is below the fold of Accounts: after 'Medewerker
    toevoegen' with an empty name the page scrolls so the reason is in sight."""
    ctx = context(store, tmp_path, ADMIN)
    window = QWidget()
    qtbot.addWidget(window)
    admin = AdminView(ctx)
    QVBoxLayout(window).addWidget(admin)
    window.resize(820, 420)  # what is left of 1024 x 600 beside the navigation, header
    window.show()
    qtbot.waitExposed(window)
    tab = admin.accounts
    open_tab(qtbot, admin, "Accounts")
    click(qtbot, tab.add_button)
    feedback = tab.feedback
    assert feedback.text() == "De naam mag niet leeg zijn."

    def in_sight() -> bool:
        top = feedback.mapTo(window, feedback.rect().topLeft()).y()
        return top >= 0 and top + feedback.height() <= window.height()

    qtbot.waitUntil(in_sight)


# -- Beheer > Leerbedrijven (issue 10, point 7) --------------------------------------------


def company_rows(widget: QTableWidget) -> list[list[str]]:
    return [
        [widget.item(r, c).text() for c in range(widget.columnCount())]
        for r in range(widget.rowCount())
    ]


def test_leerbedrijven_shows_recognition_and_matches_a_student(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    open_tab(qtbot, admin, "Leerbedrijven")
    tab = admin.companies
    rows = company_rows(tab.table)
    groene = next(r for r in rows if r[0].startswith("Tuincentrum De Groene Hoek"))
    assert groene[1] == "Groen" and groene[2] == "erkend (10034521)" and groene[3] == "5"
    assert "Jerome Tromp" in groene[4] and "Fatima Bouzid" in groene[4]
    # the admin records a renewed recognition for De Linde, valid until a day
    linde = next(i for i, r in enumerate(rows) if r[0].startswith("Restaurant De Linde"))
    tab.table.selectRow(linde)
    tab.number.setText("10087299")
    tab.has_until.setChecked(True)
    tab.until.setDate(QDate(2030, 8, 1))
    tab.places.setValue(4)
    click(qtbot, tab.save_button)
    assert "is opgeslagen" in tab.feedback.text(), tab.feedback.text()
    (linde_row,) = [r for r in company_rows(tab.table) if r[0].startswith("Restaurant De Linde")]
    assert linde_row[2] == "erkend (10087299, geldig tot 01-08-2030)" and linde_row[3] == "4"
    tab.number.setText("geen nummer")
    click(qtbot, tab.save_button)
    assert "cijfers" in tab.feedback.text()  # refused, the list unchanged
    assert [r for r in company_rows(tab.table) if r[0].startswith("Restaurant")] == [linde_row]

    # matching: Jerome's route aims at groen; De Groene Hoek has 5 places, 4 taken
    tab.student.setCurrentIndex(tab.student.findText("Tromp, Jerome"))
    assert "Groen" in tab.match_state.text()
    first = company_rows(tab.matches)[0]
    assert first[0] == "Tuincentrum De Groene Hoek" and first[3] == "1" and first[4] == "past"
    assert {r[4] for r in company_rows(tab.matches)[1:]} == {"andere sector"}

    # the region's sectors
    assert [r[0] for r in company_rows(tab.regions)] == ["Logistiek", "Groen", "Horeca"]
    tab.region_sector.setCurrentIndex(tab.region_sector.findData("horeca"))
    tab.region_places.setValue(30)
    qtbot.keyClicks(tab.region_note, "Nieuwe hotels aan de kust")
    click(qtbot, tab.region_button)
    assert company_rows(tab.regions)[0] == ["Horeca", "30", "Nieuwe hotels aan de kust"]


def test_stages_records_the_praktijkovereenkomst_and_learning_goals(
    qtbot: QtBot, admin: AdminView, store: SchoolStore
) -> None:
    open_tab(qtbot, admin, "Stages")
    tab = admin.placements
    tab.student.setCurrentIndex(
        tab.student.findText("Bouzid, Fatima", Qt.MatchFlag.MatchStartsWith)
    )
    assert "nog niet getekend" in tab.agreement_state.text()
    tab.signed_on.setDate(QDate(2026, 9, 1))
    qtbot.keyClicks(tab.signed_by, "Fatima, haar vader, Henk Zwart en Murat Demir")
    click(qtbot, tab.agreement_button)
    assert "is opgeslagen" in tab.feedback.text(), tab.feedback.text()
    assert tab.agreement_state.text() == (
        "Praktijkovereenkomst getekend op 01-09-2026 door "
        "Fatima, haar vader, Henk Zwart en Murat Demir."
    )
    qtbot.keyClicks(tab.goal_text, "Ik harken het pad zelf aan")
    tab.goal_competence.setCurrentIndex(
        tab.goal_competence.findText("B1-K1-W4", Qt.MatchFlag.MatchStartsWith)
    )
    click(qtbot, tab.goal_button)
    assert "is toegevoegd" in tab.feedback.text()
    goals = [tab.goals.item(n).text() for n in range(tab.goals.count())]
    assert goals == ["Ik harken het pad zelf aan (B1-K1-W4 Onderhoudt de buitenruimte)"]
    tab.goals.setCurrentRow(0)
    click(qtbot, tab.goal_remove)
    assert "weggehaald" in tab.feedback.text()
    fatima = tab.student_id()
    assert fatima is not None and store.placement_details(fatima)[0].goals == ()
