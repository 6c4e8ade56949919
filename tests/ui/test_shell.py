"""The window's shell on a shared workshop laptop, clicked and typed through as a user
would: who is logged in, locking after idle minutes (nothing of the pages stays on
screen), unlocking with the same password, another user, logging out and in again without
a restart, the help page, Tab through the shell, and a window that fits a small screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jw_desktop import app
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import Level, Role
from jw_desktop.ui import style
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.lock import IDLE_KEY, IdleDialog
from jw_desktop.ui.login import LoginDialog
from jw_desktop.ui.main_window import MainWindow, fitted

TEACHER, COACH, ADMIN = "s.dewit@example.nl", "r.verbeek@example.nl", "b.koster@example.nl"

Login = Callable[[str], AppContext]


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def header_button(window: MainWindow, text: str) -> QToolButton:
    return next(b for b in window.header.buttons if b.text().replace("&", "") == text)


def visible_texts(widget: QWidget) -> set[str]:
    return {
        label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()
    } | {b.text() for b in widget.findChildren(QPushButton) if b.isVisible()}


def test_header_says_who_is_logged_in_and_the_title_names_the_school(
    qtbot: QtBot, login_as: Login
) -> None:
    window = open_window(qtbot, login_as(COACH))
    assert window.header.who.text() == "Ruud Verbeek · jobcoach"
    assert window.header.who.accessibleName() == "Ingelogd als Ruud Verbeek, jobcoach"
    assert window.windowTitle() == "jw-desktop — Praktijkschool De Werkplaats"
    assert window.sync_status.parent() is window.header  # the sync state is in the header
    assert all(b.accessibleName() for b in window.header.buttons)


def test_the_afmelden_button_forgets_the_user_and_closes_the_window(
    qtbot: QtBot, login_as: Login
) -> None:
    ctx = login_as(TEACHER)
    window = open_window(qtbot, ctx)
    with qtbot.waitSignal(window.logged_out):
        qtbot.mouseClick(header_button(window, "Afmelden"), Qt.MouseButton.LeftButton)
    assert ctx.user is None and ctx.store.user is None
    assert window.ended_by_logout and not window.isVisible()


def test_ctrl_shift_l_logs_out_and_ctrl_l_locks(qtbot: QtBot, login_as: Login) -> None:
    ctx = login_as(TEACHER)
    window = open_window(qtbot, ctx)
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.lock_screen.isVisible()
    with qtbot.waitSignal(window.logged_out):
        qtbot.keyClick(
            window.lock_screen.password,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert ctx.user is None


def test_idle_minutes_lock_the_window_and_hide_every_page(qtbot: QtBot, login_as: Login) -> None:
    ctx = login_as(TEACHER)
    ctx.settings.setValue(IDLE_KEY, 10)
    window = open_window(qtbot, ctx)
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 10 * 60_000
    window.show_page("observeren")  # a page with a student's notes and observations
    shown_before = visible_texts(window)
    window.idle.timer.setInterval(1)  # the idle minutes, made tiny
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked)
    assert not window.shell.isVisible() and not window.page("observeren").isVisible()
    assert not window.menuBar().isEnabled()
    still_shown = visible_texts(window)
    assert "Sanne de Wit (docent) is ingelogd" in " ".join(still_shown)
    assert still_shown <= visible_texts(window.lock_screen)  # nothing else on screen
    assert not (shown_before & still_shown) - {"Wachtwoord"}
    assert QApplication.focusWidget() is window.lock_screen.password


def test_the_same_password_unlocks_and_a_wrong_one_does_not(qtbot: QtBot, login_as: Login) -> None:
    ctx = login_as(TEACHER)
    window = open_window(qtbot, ctx)
    window.lock()
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "niet-het-wachtwoord")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: screen.message.text() == "Dit wachtwoord klopt niet."
    )  # no e-mail on this screen
    assert window.locked and not window.shell.isVisible() and screen.password.text() == ""
    assert screen.message.property("role") == "error"
    qtbot.keyClicks(QApplication.focusWidget(), DEMO_PASSWORD)  # the focus is back in it
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.shell.isVisible() and window.menuBar().isEnabled()
    assert window.idle.timer.isActive() and ctx.user is not None


def test_andere_gebruiker_on_the_lock_screen_logs_out(qtbot: QtBot, login_as: Login) -> None:
    ctx = login_as(TEACHER)
    window = open_window(qtbot, ctx)
    window.lock()
    with qtbot.waitSignal(window.logged_out):
        qtbot.mouseClick(window.lock_screen.other_button, Qt.MouseButton.LeftButton)
    assert ctx.user is None and window.ended_by_logout


def test_a_key_press_or_a_click_starts_the_idle_count_again(
    qtbot: QtBot, login_as: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, login_as(TEACHER))
    restarts: list[int] = []
    monkeypatch.setattr(window.idle.timer, "start", lambda *a: restarts.append(1))
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert len(restarts) >= 1
    before = len(restarts)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert len(restarts) > before


def test_vergrendelen_na_sets_the_idle_minutes(qtbot: QtBot, login_as: Login) -> None:
    ctx = login_as(TEACHER)
    window = open_window(qtbot, ctx)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IdleDialog)
        seen.append(dialog.minutes.text())
        spin = dialog.findChild(QSpinBox)
        assert spin is not None
        spin.selectAll()
        qtbot.keyClicks(spin, "3")
        seen.append(spin.text())
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Opslaan")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    window.idle_action.trigger()
    assert seen == ["10 minuten", "3 minuten"]
    assert int(ctx.settings.value(IDLE_KEY)) == 3
    assert window.idle.minutes == 3 and window.idle.timer.interval() == 3 * 60_000


def test_logging_out_brings_back_the_login_for_the_next_user(qtbot: QtBot, login_as: Login) -> None:
    """app.run_sessions: teacher logs in, logs out, the jobcoach logs in on the same
    process and gets the jobcoach's window; closing it ends the loop."""
    ctx = login_as(TEACHER)
    ctx.store.logout()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    windows: list[list[str]] = []

    def log_in(email: str, then: Callable[[], None]) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):  # the window is still closing
            QTimer.singleShot(20, lambda: log_in(email, then))
            return
        dialog.email.selectAll()
        qtbot.keyClicks(dialog.email, email)
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        QTimer.singleShot(0, then)

    def in_window(action: Callable[[MainWindow], None]) -> Callable[[], None]:
        def step() -> None:
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            if not shown:
                QTimer.singleShot(20, step)
                return
            windows.append(shown[0].page_keys())
            action(shown[0])

        return step

    def give_up() -> None:  # only if the loop got stuck: end it, the asserts then fail
        for widget in QApplication.topLevelWidgets():
            widget.close()

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(give_up)
    watchdog.start(30_000)

    def first_window(window: MainWindow) -> None:
        qtbot.mouseClick(header_button(window, "Afmelden"), Qt.MouseButton.LeftButton)
        log_in(COACH, in_window(lambda w: w.close()))

    QTimer.singleShot(0, lambda: log_in(TEACHER, in_window(first_window)))
    assert app.run_sessions(qapp, ctx) == 0
    watchdog.stop()
    assert [keys[0] for keys in windows] == ["leerlingen", "jobcoach"]
    assert ctx.user is not None and ctx.user.role == Role.JOBCOACH


def test_f1_opens_hulp_with_the_three_roles_own_role_first(qtbot: QtBot, login_as: Login) -> None:
    window = open_window(qtbot, login_as(COACH))
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    help_page = window.page("hulp")
    assert window.stack.currentWidget() is help_page and help_page.isVisible()
    assert window.nav.currentItem().text() == "Hulp"
    headings = [
        label.text()
        for label in help_page.findChildren(QLabel)
        if label.property("role") == "heading"
    ]
    assert headings[:3] == ["Jobcoach (jij)", "Docent", "Beheerder"]
    assert "Mijn leerlingen" in help_page.sections[Role.JOBCOACH].text()


@pytest.mark.parametrize("email", [TEACHER, COACH, ADMIN])
def test_every_role_has_hulp_and_icons_on_the_navigation(
    qtbot: QtBot, login_as: Login, email: str
) -> None:
    window = open_window(qtbot, login_as(email))
    assert window.page_keys()[-1] == "hulp"
    assert all(not window.nav.item(r).icon().isNull() for r in range(window.nav.count()))
    assert style.icon_path("nav-hulp") is not None  # found in the checkout's resources


def test_tab_reaches_every_control_of_the_shell(qtbot: QtBot, login_as: Login) -> None:
    window = open_window(qtbot, login_as(TEACHER))
    window.show_page("hulp")  # a page without controls of its own
    window.nav.setFocus()
    reached: list[QWidget] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    for control in [window.nav, window.sync_status, *window.header.buttons]:
        assert control in reached


def test_the_window_fits_a_1024_by_600_screen() -> None:
    small = QRect(0, 0, 1024, 600)
    placed = fitted(QRect(300, 200, 1100, 720), small)
    assert small.contains(placed) and placed.width() <= 1024 and placed.height() <= 560
    remembered_elsewhere = fitted(QRect(2400, 900, 800, 500), small)  # a second screen, gone
    assert small.contains(remembered_elsewhere)
    assert fitted(QRect(10, 40, 700, 500), small) == QRect(10, 40, 700, 500)


def test_a_remembered_size_bigger_than_the_screen_is_shrunk(
    qtbot: QtBot, login_as: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = login_as(TEACHER)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.close()  # remembers 1600x1000, e.g. from a big monitor at school
    monkeypatch.setattr(MainWindow, "available", lambda _self: QRect(0, 0, 1024, 600))
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.width() <= 1024 and again.height() <= 600


@pytest.mark.parametrize("email", [TEACHER, COACH, ADMIN])
def test_the_shell_itself_is_small_enough_for_1024_by_600(
    qtbot: QtBot, login_as: Login, email: str
) -> None:
    """The window without its pages' contents (the help page is the shell's own): other
    pages are checked by their own tests."""
    window = open_window(qtbot, login_as(email))
    window.show_page("hulp")
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 600, hint
    assert window.minimumSize().boundedTo(QSize(1024, 600)) == window.minimumSize()


def test_one_place_for_the_level_colours_and_marks() -> None:
    assert set(style.LEVEL_COLOURS) == set(Level) == set(style.LEVEL_MARKS)
    assert len(set(style.LEVEL_MARKS.values())) == 3  # a non-colour cue per level
    images = [style.level_icon(level).pixmap(16, 16).toImage() for level in Level]
    assert images[0] != images[1] != images[2] != images[0]
    assert not style.app_icon().isNull()


def test_a_tab_bars_scroll_buttons_show_their_arrows(qtbot: QtBot) -> None:
    """With the window's style the scroll buttons of a crowded tab bar draw an arrow, not
    an empty box (the buttons' padding once left the arrow no room)."""
    from PySide6.QtWidgets import QTabWidget, QToolButton

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for n in range(8):
        tabs.addTab(QWidget(), f"Tabblad nummer {n}")
    tabs.resize(400, 100)
    tabs.show()
    qtbot.waitExposed(tabs)
    buttons = [
        b for b in tabs.tabBar().findChildren(QToolButton) if b.isVisible() and b.isEnabled()
    ]
    assert buttons
    for button in buttons:
        image = button.grab().toImage()
        darkest = min(
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
        )
        assert darkest < 140, "no arrow drawn"  # the border alone is lighter (~160)


def test_a_spin_boxs_arrows_are_drawn(qtbot: QtBot) -> None:
    """The hours field's up and down arrows show with the window's style (its border and
    padding once hid them), for a coach without a keyboard."""
    from PySide6.QtWidgets import QDoubleSpinBox

    box = QDoubleSpinBox()
    qtbot.addWidget(box)
    box.resize(160, 34)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()

    def arrow_rows(top: int, bottom: int) -> int:
        """Rows with a short dark run near the right edge: an arrow, not a border line."""
        rows = 0
        for y in range(top, bottom):
            dark = [
                x
                for x in range(image.width() - 22, image.width() - 4)
                if image.pixelColor(x, y).lightness() < 90
            ]
            rows += 1 <= len(dark) <= 8
        return rows

    middle = image.height() // 2
    assert arrow_rows(2, middle) >= 2 and arrow_rows(middle, image.height() - 2) >= 2


def test_locking_cancels_a_question_left_open(qtbot: QtBot, login_as: Login) -> None:
    """A question open when the window locks (idle at the workbench) is cancelled, not
    left on top of the lock screen for anyone to answer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from jw_desktop.ui.dialogs.ask import confirm

    window = open_window(qtbot, login_as(TEACHER))
    seen: list[bool] = []

    def lock_while_asking() -> None:
        box = QApplication.activeModalWidget()
        seen.append(isinstance(box, QMessageBox) and box.isVisible())
        window.lock()  # what the idle timer does
        QTimer.singleShot(0, someone_answers)

    def someone_answers() -> None:
        """Whoever walks up to the locked laptop clicks 'Ja' - if the question is still
        there (without the fix; the test then fails instead of hanging)."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == "Ja").click()

    QTimer.singleShot(0, lock_while_asking)
    answer = confirm(window, "Kwalificatie uitreiken", "Praktijkbewijs uitreiken aan Jerome?")
    assert seen == [True] and answer is False and window.locked
    assert QApplication.activeModalWidget() is None
