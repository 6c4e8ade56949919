"""Printing and exporting from the window, clicked as a teacher would on the demo school:
each print button opens the preview with the document's pages; Opslaan als PDF writes the
file (read back with pypdf); Afdrukken to a PDF printer gives the pages asked for; a
group's reports go into a folder off the UI thread with 'n van m' and Stoppen; CSV for
Excel; a full disk or a read-only folder gives a Dutch message and no file. Qt's own file
and print dialogs cannot be clicked offscreen: only their exec / static getter is replaced,
by what the user would have chosen in them."""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from factories import assess
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jw_desktop import proof
from jw_desktop.demo.school import DEMO_PASSWORD
from jw_desktop.model import CardType, ElementKind, Level
from jw_desktop.proof import trust, verify
from jw_desktop.reports import exports, progress
from jw_desktop.reports._placeholder import placeholder
from jw_desktop.ui import printing
from jw_desktop.ui.context import AppContext
from jw_desktop.ui.dialogs import ask
from jw_desktop.ui.dialogs.print_preview import (
    Document,
    PrintPreview,
    chosen_pages,
    safe_file_name,
)
from jw_desktop.ui.views.cards import CardsView
from jw_desktop.ui.views.class_overview import ClassOverviewView
from jw_desktop.ui.views.jobcoach import JobcoachView
from jw_desktop.ui.views.students import StudentPage, StudentsView

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS / "model"), str(TESTS / "reports")]
from filecheck import read_only, small_disk  # noqa: E402
from pdfcheck import read  # noqa: E402
from test_no_english import english_in, texts  # noqa: E402

PLANTEN = "Praktijkbewijs Medewerker tuincentrum: planten verzorgen"
LEFT = Qt.MouseButton.LeftButton
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def ctx(login_as: Callable[[str], AppContext]) -> AppContext:
    return login_as("s.dewit@example.nl")


def shown(qtbot: QtBot, widget: QWidget, width: int = 1024, height: int = 600) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def preview_of(qtbot: QtBot, owner: object) -> PrintPreview:
    """The preview the owner opened, once its pages are on screen."""
    qtbot.waitUntil(lambda: isinstance(getattr(owner, "preview", None), PrintPreview))
    dialog = owner.preview  # type: ignore[attr-defined]
    assert isinstance(dialog, PrintPreview)  # a child of the owner: closed with it
    qtbot.waitUntil(lambda: dialog.shown or bool(dialog.failure), timeout=30000)
    assert dialog.failure == ""
    return dialog


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Qt's save dialog answers path; returns the proposed file names it was given."""
    proposed: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        proposed.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def print_dialog_answers(
    monkeypatch: pytest.MonkeyPatch, path: Path, pages: tuple[int, int] | None = None
) -> list[QPrintDialog]:
    """Qt's print dialog: the user picks 'Naar bestand afdrukken (PDF)' at path (and a
    page range) and presses Afdrukken."""
    opened: list[QPrintDialog] = []

    def answer(dialog: QPrintDialog) -> int:
        opened.append(dialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    return opened


def pixmaps(dialog: PrintPreview) -> int:
    return sum(1 for p in dialog.pictures if not p.pixmap().isNull())


def students_view(qtbot: QtBot, ctx: AppContext, name: str) -> StudentsView:
    view = StudentsView(ctx)
    shown(qtbot, view, 1200, 800)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    student = ctx.store.find_students(name)[0].id
    view.select(student)
    qtbot.waitUntil(lambda: view.page.student_id == student and view.page.report is not None)
    return view


def open_tab(qtbot: QtBot, page: StudentPage, title: str) -> None:
    bar = page.tabs.tabBar()
    index = next(n for n in range(bar.count()) if bar.tabText(n) == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


# -- the student page ----------------------------------------------------------------------


def test_progress_report_preview_then_save_as_pdf(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = students_view(qtbot, ctx, "Jerome")
    page = view.page
    jerome = page.student_id
    assert jerome is not None
    button = page.print_report_button
    assert button.isVisible() and button.text() == "Voortgangsrapport afdrukken…"
    qtbot.mouseClick(button, LEFT)
    dialog = preview_of(qtbot, page)
    expected = read(progress.progress_report(ctx.store, jerome)).pages
    assert dialog.windowTitle() == "Voortgangsrapport Jerome Tromp"
    assert dialog.page_count() == expected == len(dialog.pictures) == pixmaps(dialog)
    assert dialog.page_number.text() == f"Pagina 1 van {expected}"
    target = tmp_path / "rapporten" / "rapport"  # typed without .pdf
    target.parent.mkdir()
    proposed = save_dialog_answers(monkeypatch, target)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(proposed[0]).name == "Voortgangsrapport Jerome Tromp.pdf"
    saved = target.with_name("rapport.pdf")
    back = read(saved.read_bytes())
    assert "Jerome Tromp" in back.text and back.pages == expected
    assert sorted(p.name for p in saved.parent.iterdir()) == ["rapport.pdf"]  # no temp left
    assert dialog.feedback.text() == f"Opgeslagen als {saved}."
    assert ctx.settings.value(ask.LAST_FOLDER) == str(saved.parent)  # remembered
    save_dialog_answers(monkeypatch, tmp_path / "tweede.pdf")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert ctx.settings.value(ask.LAST_FOLDER) == str(tmp_path)


def test_the_preview_zooms_and_fits_a_small_screen(qtbot: QtBot, ctx: AppContext) -> None:
    three_pages = placeholder("Lang document", "School", [f"Regel {n}" for n in range(150)])
    dialog = PrintPreview(ctx, Document("Lang document", "Lang.pdf", lambda: three_pages))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make()
    qtbot.waitUntil(lambda: dialog.shown, timeout=30000)
    assert dialog.page_count() == read(three_pages).pages == pixmaps(dialog) >= 3
    wide = dialog.pictures[0].width()
    assert wide <= dialog.area.viewport().width()  # fit width: no sideways scrolling
    qtbot.mouseClick(dialog.actual_size, LEFT)
    qtbot.waitUntil(lambda: dialog.shown, timeout=30000)
    a4_at_100 = 595 * dialog.logicalDpiX() / 72
    assert abs(dialog.pictures[0].width() - a4_at_100) <= 3
    bar = dialog.area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert dialog.page_number.text() == f"Pagina {dialog.page_count()} van {dialog.page_count()}"
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert dialog.minimumSizeHint().width() <= 1024 and dialog.minimumSizeHint().height() <= 560


def test_printing_to_a_pdf_printer_prints_the_pages_asked_for(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = placeholder("Lang document", "School", [f"Regel {n}" for n in range(150)])
    total = read(pdf).pages
    assert total >= 3
    dialog = PrintPreview(ctx, Document("Lang document", "Lang.pdf", lambda: pdf))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make()
    qtbot.waitUntil(lambda: dialog.shown, timeout=30000)
    everything = tmp_path / "alles.pdf"
    opened = print_dialog_answers(monkeypatch, everything)
    with qtbot.waitSignal(dialog.printed) as printed:
        qtbot.mouseClick(dialog.print_button, LEFT)
    assert opened[0].windowTitle() == "Afdrukken"
    assert (opened[0].minPage(), opened[0].maxPage()) == (1, total)
    assert printed.args == [total] and read(everything.read_bytes()).pages == total
    part = tmp_path / "deel.pdf"
    print_dialog_answers(monkeypatch, part, pages=(2, 3))
    qtbot.mouseClick(dialog.print_button, LEFT)
    assert read(part.read_bytes()).pages == 2
    assert dialog.feedback.text() == "Naar de printer gestuurd: 2 van 2 pagina's."


def test_the_print_and_file_dialogs_and_the_preview_are_dutch(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = PrintPreview(ctx, Document("Rapport", "Rapport.pdf", lambda: b""))
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_in(texts(dialog)) == set()
    device = dialog.new_printer()  # lives longer than the dialog that uses it
    printer = QPrintDialog(device)
    printer.show()
    found = set(texts(printer, visible_only=False))
    printer.close()
    shiboken6.delete(printer)
    assert english_in(iter(found)) == set()
    assert {"A&fdrukken", "Annuleren", "Dubbelzijdig afdrukken", "Alles afdrukken"} <= found
    assert not {"Double Sided Printing", "Off", "Long side binding", "Page &Set:"} & found


def test_placement_prints_its_hours_statement(qtbot: QtBot, ctx: AppContext) -> None:
    view = students_view(qtbot, ctx, "Jerome")
    page = view.page
    open_tab(qtbot, page, "Stage en uren")
    (button,) = page.hours_buttons.values()
    assert button.isVisible() and button.text() == "Urenverantwoording afdrukken…"
    assert button.accessibleName() == "Urenverantwoording bij Tuincentrum De Groene Hoek afdrukken"
    qtbot.mouseClick(button, LEFT)
    dialog = preview_of(qtbot, page)
    assert dialog.windowTitle() == "Urenverantwoording Jerome Tromp bij Tuincentrum De Groene Hoek"
    assert dialog.page_count() >= 1 and pixmaps(dialog) == dialog.page_count()
    assert dialog.file_name == "Urenverantwoording Jerome Tromp - Tuincentrum De Groene Hoek.pdf"


def issue_planten(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> tuple[StudentsView, uuid.UUID]:
    """Jerome finishes and passes the eindwerkopdracht; the teacher presses Uitreiken."""
    store = ctx.store
    jerome = store.find_students("jerome")[0].id
    for item in store.still_to_practise(jerome):
        if item.card_code == "GRN-EWO-01" and item.kind == ElementKind.CRITERION:
            store.record_observation(jerome, item.element_id, Level.INDEPENDENT)
    assess(store, jerome, "pb-planten-verzorgen")
    view = students_view(qtbot, ctx, "Jerome")
    monkeypatch.setattr("jw_desktop.ui.views.students.confirm", lambda *a, **k: True)
    (button,) = view.page.issue_buttons.values()
    qtbot.mouseClick(button, LEFT)
    (entry,) = store.portfolio(jerome)
    return view, entry.id


def test_after_issuing_the_portfolio_offers_the_certificate_at_once(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    view, issued = issue_planten(qtbot, ctx, monkeypatch)
    page = view.page
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Portfolio"
    with qtbot.waitSignal(view.loaded):
        view.refresh()  # as the main window does after data_changed: the choice stays
    qtbot.waitUntil(lambda: page.report is not None)
    chosen = page.chosen_issued()
    assert chosen is not None and chosen.id == issued
    assert page.certificate_button.isEnabled() and page.json_button.isEnabled()
    assert page.certificate_button.isVisible()
    qtbot.mouseClick(page.certificate_button, LEFT)
    dialog = preview_of(qtbot, page)
    assert dialog.windowTitle() == f"Certificaat {PLANTEN} voor Jerome Tromp"
    assert dialog.page_count() >= 1 and messages == []


def test_issuing_signs_and_the_credential_json_verifies(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Uitreiken signs the credential in the same action (its proof is stored at once);
    'Credential opslaan (JSON)' writes the signed file where the teacher chooses, and
    anyone's verifier says it is valid."""
    view, issued = issue_planten(qtbot, ctx, monkeypatch)
    assert ctx.store.credential_proof(issued) is not None  # signed when issued, not later
    target = tmp_path / "bewijs"
    proposed = save_dialog_answers(monkeypatch, target)
    page = view.page
    qtbot.mouseClick(page.json_button, LEFT)
    qtbot.waitUntil(lambda: page.portfolio_message.text().startswith("Opgeslagen"), timeout=20000)
    assert Path(proposed[0]).name == f"{safe_file_name(PLANTEN)} Jerome Tromp.json"
    saved = (tmp_path / "bewijs.json").read_bytes()
    assert saved == proof.for_issued(ctx.store, issued).json_bytes
    verdict = verify.check(saved, trust.for_store(ctx.store))
    assert verdict.valid and verdict.student == "Jerome Tromp", verdict.line()


def test_a_jobcoach_gets_the_dutch_refusal_not_a_crash(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    """The coaching of a student ended after the page showed them (e.g. a sync): the
    store refuses the report, the preview says why."""
    coach = login_as("s.dewit@example.nl")
    everyone = {s.id for s in coach.store.students()}
    coach.store.login("r.verbeek@example.nl", DEMO_PASSWORD)
    other = next(iter(everyone - {s.id for s in coach.store.students()}))
    page = StudentPage(coach)
    shown(qtbot, page, 800, 560)
    page.student_id = other
    page.print_report_button.show()
    qtbot.mouseClick(page.print_report_button, LEFT)
    qtbot.waitUntil(lambda: page.preview is not None and bool(page.preview.failure), timeout=20000)
    assert page.preview is not None
    assert page.preview.failure == "Deze leerling hoort niet bij jouw begeleiding."
    assert page.preview.status.text() == page.preview.failure
    assert not page.preview.save_button.isEnabled() and not page.preview.print_button.isEnabled()


# -- the card viewer -------------------------------------------------------------------------


def open_card(qtbot: QtBot, view: CardsView, card_type: CardType) -> str:
    index = view.search.kind.findData(card_type.value)
    view.search.kind.setCurrentIndex(index)
    item = view.search.results.item(0)
    rect = view.search.results.visualItemRect(item)
    qtbot.mouseClick(view.search.results.viewport(), LEFT, pos=rect.center())
    assert view.viewer.card is not None and view.viewer.card.card_type == card_type
    return view.viewer.card.code


def test_card_viewer_prints_the_card_and_a_werkopdracht_checklist(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = CardsView(ctx)
    shown(qtbot, view)
    view.refresh()
    jerome = ctx.store.find_students("jerome")[0].id
    ctx.student_selected.emit(jerome)  # chosen on another page
    code = open_card(qtbot, view, CardType.INSTRUCTIEKAART)
    viewer = view.viewer
    assert viewer.print_button.isVisible() and not viewer.checklist_button.isVisible()
    qtbot.mouseClick(viewer.print_button, LEFT)
    dialog = preview_of(qtbot, viewer)
    assert dialog.windowTitle().startswith(f"Kaart {code} ")
    assert dialog.page_count() >= 1 and pixmaps(dialog) == dialog.page_count()
    code = open_card(qtbot, view, CardType.WERKOPDRACHT)
    assert viewer.checklist_button.isVisible()
    assert viewer.checklist_button.text() == "Afvinklijst afdrukken…"
    assert "Jerome Tromp" in viewer.checklist_button.toolTip()
    qtbot.mouseClick(viewer.checklist_button, LEFT)
    second = preview_of(qtbot, viewer)
    assert second is not dialog
    assert second.windowTitle() == f"Afvinklijst {code} voor Jerome Tromp"
    assert second.file_name == f"Afvinklijst {code} voor Jerome Tromp.pdf"


def test_a_jobcoach_prints_the_card_of_a_students_task_with_their_checklist(
    qtbot: QtBot, login_as: Callable[[str], AppContext]
) -> None:
    coach = login_as("r.verbeek@example.nl")
    view = JobcoachView(coach)
    shown(qtbot, view)
    view.refresh()
    jerome = coach.store.find_students("Jerome")[0].id
    qtbot.mouseClick(view.list.buttons[jerome], LEFT)
    qtbot.mouseClick(view.show_card, LEFT)
    window = view.viewer_dialog
    assert window is not None and window.isVisible()
    viewer = window.viewer
    assert (viewer.student_id, viewer.student_name) == (jerome, "Jerome Tromp")
    assert viewer.print_button.isVisible()
    qtbot.mouseClick(viewer.print_button, LEFT)
    dialog = preview_of(qtbot, viewer)
    task = view.current_task()
    assert task is not None and dialog.windowTitle().startswith(f"Kaart {task.code} ")
    window.close()


# -- the class overview ----------------------------------------------------------------------


@pytest.fixture
def overview(qtbot: QtBot, ctx: AppContext) -> ClassOverviewView:
    view = ClassOverviewView(ctx)
    shown(qtbot, view, 820, 420)  # what is left of 1024 x 600 beside the navigation
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    index = view.group.findText("VSO 4A")
    with qtbot.waitSignal(view.loaded):
        view.group.setCurrentIndex(index)
    return view


def test_class_overview_buttons_fit_and_print(qtbot: QtBot, overview: ClassOverviewView) -> None:
    assert overview.minimumSizeHint().width() <= 820
    for button in (overview.print_button, overview.reports_button, overview.csv_button):
        right = button.mapTo(overview, button.rect().topRight()).x()
        assert button.isVisible() and button.isEnabled() and right <= overview.width()
    qtbot.mouseClick(overview.print_button, LEFT)
    dialog = preview_of(qtbot, overview)
    assert dialog.windowTitle() == "Klasoverzicht VSO 4A"
    assert dialog.page_count() >= 1 and pixmaps(dialog) == dialog.page_count()


def group_students(ctx: AppContext, name: str) -> list[str]:
    group = next(g for g, n in ctx.store.groups() if n == name)
    return [s.name for s in ctx.store.students(group)]


def test_batch_export_writes_every_report_of_the_group(
    qtbot: QtBot,
    overview: ClassOverviewView,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "rapporten VSO 4A"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    with qtbot.waitSignal(overview.exported, timeout=60000):
        qtbot.mouseClick(overview.reports_button, LEFT)
    names = group_students(ctx, "VSO 4A")
    assert len(names) == 8
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(f"Voortgangsrapport {n}.pdf" for n in names)
    for name in names:
        assert name in read((folder / f"Voortgangsrapport {name}.pdf").read_bytes()).text
    job = overview.batch
    assert job is not None and job.result is not None
    assert job.dialog.maximum() == 8 and job.dialog.value() == 8
    assert job.dialog.labelText().startswith("8 van 8: ")
    assert overview.export_message.text() == f"8 van 8 rapporten opgeslagen in {folder}."


def test_stopping_the_batch_export_stops_it_early(
    qtbot: QtBot,
    overview: ClassOverviewView,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The teacher presses Stoppen after the first report: the one being made is
    finished, no other is begun."""
    folder = tmp_path / "rapporten"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    real, made, pressed = progress.progress_report, [], threading.Event()

    def report(store: object, student_id: uuid.UUID) -> bytes:
        made.append(student_id)
        if len(made) == 2:  # the second waits until Stoppen was pressed (no timing)
            pressed.wait(30)
        return real(store, student_id)  # type: ignore[arg-type]

    monkeypatch.setattr(progress, "progress_report", report)
    qtbot.mouseClick(overview.reports_button, LEFT)
    job = overview.batch
    assert job is not None
    qtbot.waitUntil(lambda: job.dialog.value() == 1, timeout=30000)
    assert job.dialog.labelText().startswith("1 van 8: ")
    (stop,) = [b for b in job.dialog.findChildren(QPushButton) if b.text() == "Stoppen"]
    with qtbot.waitSignal(overview.exported, timeout=30000):
        qtbot.mouseClick(stop, LEFT)
        pressed.set()
    assert job.result is not None and job.result.stopped
    assert len(made) == 2 and len(list(folder.iterdir())) == 2
    assert overview.export_message.text() == f"Gestopt: 2 van 8 rapporten opgeslagen in {folder}."


def click_csv(qtbot: QtBot, view: ClassOverviewView, which: str) -> None:
    qtbot.mouseClick(view.csv_button, LEFT)
    menu = view.csv_menu
    qtbot.waitUntil(menu.isVisible)
    action = view.csv_progress if which == "voortgang" else view.csv_hours
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


@pytest.mark.parametrize(("which", "make"), [("voortgang", "progress_csv"), ("uren", "hours_csv")])
def test_csv_export_for_excel(
    qtbot: QtBot,
    overview: ClassOverviewView,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
    make: str,
) -> None:
    target = tmp_path / "export.csv"
    proposed = save_dialog_answers(monkeypatch, target)
    with qtbot.waitSignal(overview.exported, timeout=30000):
        click_csv(qtbot, overview, which)
    expected = "Voortgang VSO 4A.csv" if which == "voortgang" else "Uren VSO 4A.csv"
    assert Path(proposed[0]).name == expected
    data = target.read_bytes()
    group = next(g for g, n in ctx.store.groups() if n == "VSO 4A")
    assert data.startswith(BOM) and data == getattr(exports, make)(ctx.store, group)
    assert overview.export_message.text() == f"Opgeslagen als {target}."


# -- a place that cannot take the file ---------------------------------------------------------


@pytest.fixture
def preview(qtbot: QtBot, ctx: AppContext) -> Iterator[PrintPreview]:
    student = ctx.store.find_students("jerome")[0]
    document = printing.progress_document(ctx.store, student.id, student.name)
    dialog = PrintPreview(ctx, document)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make()
    qtbot.waitUntil(lambda: dialog.shown, timeout=30000)
    yield dialog


def test_a_full_disk_gives_a_dutch_message_and_no_file(
    qtbot: QtBot,
    preview: PrintPreview,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    with small_disk(tmp_path / "stick", 128) as stick:
        filler = stick / "vol.bin"
        with pytest.raises(OSError), open(filler, "wb", buffering=0) as out:
            while True:  # fill the stick to the last block
                out.write(b"\0" * 4096)
        before = sorted(p.name for p in stick.iterdir())
        save_dialog_answers(monkeypatch, stick / "rapport.pdf")
        qtbot.mouseClick(preview.save_button, LEFT)
        assert sorted(p.name for p in stick.iterdir()) == before  # no file, no temp file
    (said,) = messages
    assert said == (
        "rapport.pdf is niet opgeslagen: er is niet genoeg ruimte op de schijf of USB-stick. "
        "Maak ruimte vrij of kies een andere plek."
    )
    assert preview.feedback.text() == said


def test_a_read_only_folder_gives_a_dutch_message_and_no_file(
    qtbot: QtBot,
    preview: PrintPreview,
    overview: ClassOverviewView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    with read_only(folder):
        save_dialog_answers(monkeypatch, folder / "rapport.pdf")
        qtbot.mouseClick(preview.save_button, LEFT)
        save_dialog_answers(monkeypatch, folder / "voortgang.csv")
        with qtbot.waitSignal(overview.exported, timeout=30000):
            click_csv(qtbot, overview, "voortgang")
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
        with qtbot.waitSignal(overview.exported, timeout=30000):
            qtbot.mouseClick(overview.reports_button, LEFT)
    assert list(folder.iterdir()) == []
    pdf, csv, batch = messages
    assert pdf.startswith("rapport.pdf is niet opgeslagen: in de map ")
    assert "alleen-lezen" in pdf and "Kies een andere map." in pdf
    assert csv.startswith("voortgang.csv is niet opgeslagen: in de map ")
    assert batch.startswith("Na 0 van 8 rapporten ging het mis: Voortgangsrapport ")
    assert "Traceback" not in "".join(messages)


def test_safe_file_names() -> None:
    assert safe_file_name('Rapport a/b: "c"?.pdf') == "Rapport a b c.pdf"
    assert safe_file_name("CON.pdf") == "CON_.pdf"
    assert safe_file_name("Elif Aydın.pdf") == "Elif Aydın.pdf"
    assert len(safe_file_name("x" * 300 + ".pdf")) == 120


def test_the_pages_the_print_dialog_asks_for() -> None:
    printer = QPrinter()
    assert chosen_pages(printer, 4, current=2) == [0, 1, 2, 3]  # Alles afdrukken
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 4, current=2) == [2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 9)  # beyond the last page: up to it
    printer.setPageRanges(ranges)
    assert chosen_pages(printer, 4, current=0) == [0, 2, 3]
