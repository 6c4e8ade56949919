"""What the window's print and export buttons do: which document (jw_desktop/reports) each
opens in the preview, with its Dutch title and file name; the credential's JSON and the
CSV exports saved off the UI thread; and all progress reports of a group saved into a
folder, off the UI thread, with 'n van m' and Stoppen."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from jw_desktop import proof
from jw_desktop.model import JWError, SchoolStore
from jw_desktop.model.views import StudentSummary
from jw_desktop.reports import card, certificate, class_overview, exports, hours, progress

from .context import AppContext, tr
from .dialogs import ask
from .dialogs.print_preview import (
    Document,
    PrintPreview,
    SaveFailed,
    open_preview,
    safe_file_name,
    unique_path,
    write_atomically,
)

# -- the documents -------------------------------------------------------------------


def progress_document(store: SchoolStore, student_id: uuid.UUID, name: str) -> Document:
    return Document(
        tr("Voortgangsrapport {name}").format(name=name),
        report_file_name(name),
        lambda: progress.progress_report(store, student_id),
    )


def report_file_name(name: str) -> str:
    return safe_file_name(tr("Voortgangsrapport {name}.pdf").format(name=name))


def class_document(store: SchoolStore, group_id: uuid.UUID, group: str) -> Document:
    return Document(
        tr("Klasoverzicht {group}").format(group=group),
        tr("Klasoverzicht {group}.pdf").format(group=group),
        lambda: class_overview.class_overview(store, group_id),
    )


def hours_document(
    store: SchoolStore, placement_id: uuid.UUID, student: str, company: str
) -> Document:
    return Document(
        tr("Urenverantwoording {student} bij {company}").format(student=student, company=company),
        tr("Urenverantwoording {student} - {company}.pdf").format(student=student, company=company),
        lambda: hours.hours_statement(store, placement_id),
    )


def card_document(
    store: SchoolStore, card_id: uuid.UUID, code: str, title: str, version: int | None = None
) -> Document:
    return Document(
        tr("Kaart {code} {title}").format(code=code, title=title),
        tr("Kaart {code} {title}.pdf").format(code=code, title=title),
        lambda: card.instruction_card(store, card_id, version),
    )


def checklist_document(
    store: SchoolStore,
    card_id: uuid.UUID,
    code: str,
    student_id: uuid.UUID | None = None,
    student: str = "",
) -> Document:
    title = tr("Afvinklijst {code}").format(code=code)
    if student:
        title = tr("Afvinklijst {code} voor {student}").format(code=code, student=student)
    return Document(title, f"{title}.pdf", lambda: card.checklist(store, card_id, student_id))


def certificate_document(
    store: SchoolStore, issued_id: uuid.UUID, credential: str, student: str
) -> Document:
    return Document(
        tr("Certificaat {credential} voor {student}").format(
            credential=credential, student=student
        ),
        tr("{credential} {student}.pdf").format(credential=credential, student=student),
        lambda: certificate.certificate(store, issued_id),
    )


def credential_json(store: SchoolStore, issued_id: uuid.UUID) -> bytes:
    """The signed credential (Open Badges 3.0) as JSON, from jw_desktop.proof."""
    return proof.for_issued(store, issued_id).json_bytes


def show(ctx: AppContext, parent: QWidget, document: Document) -> PrintPreview:
    """Open the preview; an older preview of the same page is closed."""
    old = getattr(parent, "preview", None)
    if isinstance(old, PrintPreview):
        old.close()
        old.deleteLater()
    dialog = open_preview(ctx, parent, document)
    parent.preview = dialog  # type: ignore[attr-defined]
    return dialog


# -- one file, made and saved in the background ---------------------------------------------


def save_in_background(
    ctx: AppContext,
    parent: QWidget,
    make: Callable[[], bytes],
    target: Path,
    report: Callable[[bool, str], None],
) -> None:
    """make() and write the bytes to target, off the UI thread; report(ok, message)."""

    def work() -> Path:
        write_atomically(target, make())
        return target

    ctx.run(
        work,
        on_done=lambda path: report(True, tr("Opgeslagen als {path}.").format(path=path)),
        on_error=lambda message: report(False, message),
        parent=parent,
    )


def ask_and_save(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    name: str,
    filters: str,
    suffix: str,
    make: Callable[[], bytes],
    report: Callable[[bool, str], None],
) -> bool:
    """Qt's save dialog (Dutch, in the folder used last), then save_in_background.
    False when the user cancelled."""
    target = ask.save_file(parent, ctx.settings, title, safe_file_name(name), filters)
    if target is None:
        return False
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    save_in_background(ctx, parent, make, target, report)
    return True


CSV_KINDS = {"voortgang": exports.progress_csv, "uren": exports.hours_csv}


def export_csv(
    ctx: AppContext,
    parent: QWidget,
    kind: str,
    group_id: uuid.UUID | None,
    group: str,
    report: Callable[[bool, str], None],
) -> bool:
    """Progress ('voortgang') or hours ('uren') of a group as CSV for Excel."""
    make_csv = CSV_KINDS[kind]
    store = ctx.store
    name = (tr("Voortgang {group}.csv") if kind == "voortgang" else tr("Uren {group}.csv")).format(
        group=group
    )
    return ask_and_save(
        ctx,
        parent,
        tr("Exporteren naar CSV"),
        name,
        tr("CSV voor Excel (*.csv)"),
        ".csv",
        lambda: make_csv(store, group_id),
        report,
    )


def save_credential(
    ctx: AppContext,
    parent: QWidget,
    issued_id: uuid.UUID,
    credential: str,
    student: str,
    report: Callable[[bool, str], None],
) -> bool:
    store = ctx.store
    return ask_and_save(
        ctx,
        parent,
        tr("Credential opslaan (JSON)"),
        tr("{credential} {student}.json").format(credential=credential, student=student),
        tr("Credential (*.json)"),
        ".json",
        lambda: credential_json(store, issued_id),
        report,
    )


# -- a whole group's reports ---------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    total: int
    stopped: bool
    error: str = ""


def write_reports(
    store: SchoolStore,
    students: list[StudentSummary],
    folder: Path,
    stop: threading.Event,
    step: Callable[[int, str], None],
    make: Callable[[SchoolStore, uuid.UUID], bytes] | None = None,
) -> BatchResult:
    """Each student's progress report into folder as 'Voortgangsrapport <name>.pdf'
    (two students of the same name: '(2)'); stops between two reports when stop is set,
    or at the first file that cannot be written (the files before it stay)."""
    make = make or progress.progress_report
    written: list[Path] = []
    taken: set[str] = set()
    for student in students:
        if stop.is_set():
            return BatchResult(tuple(written), len(students), True)
        target = unique_path(folder, report_file_name(student.name), taken)
        try:
            write_atomically(target, make(store, student.id))
        except JWError as exc:
            return BatchResult(tuple(written), len(students), False, exc.message)
        written.append(target)
        step(len(written), student.name)
    return BatchResult(tuple(written), len(students), False)


class GroupReports(QObject):
    """Saves the progress report of every student of a group into a folder, in the
    background, with a progress dialog 'n van m' that can be stopped. `finished(result)`
    when done, stopped or failed."""

    stepped = Signal(int, str)  # from the worker thread: n done, the last name
    finished = Signal(object)  # BatchResult

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        students: list[StudentSummary],
        folder: Path,
        group: str,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.students, self.folder = ctx, students, folder
        self.stop = threading.Event()
        total = len(students)
        self.dialog = QProgressDialog(
            tr("{n} van {total}").format(n=0, total=total), tr("Stoppen"), 0, total, parent
        )
        self.dialog.setWindowTitle(tr("Rapporten van {group} opslaan").format(group=group))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.stop.set)
        self.stepped.connect(self._step)
        self.result: BatchResult | None = None

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        store, students, folder, stop = self.ctx.store, self.students, self.folder, self.stop

        def work() -> BatchResult:
            return write_reports(store, students, folder, stop, self.stepped.emit)

        self.ctx.run(work, on_done=self._done, on_error=self._failed, parent=self.dialog)

    def _step(self, n: int, name: str) -> None:
        if self.stop.is_set() or not isValid(self.dialog):
            return
        self.dialog.setValue(n)
        self.dialog.setLabelText(
            tr("{n} van {total}: {name}").format(n=n, total=len(self.students), name=name)
        )

    def _done(self, result: BatchResult) -> None:
        if not isValid(self):  # the page went away meanwhile (logged out): the files stay
            return
        self.result = result
        self.dialog.hide()  # not close(): that would count as Stoppen and reset it
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._done(BatchResult((), len(self.students), False, message))


def batch_message(result: BatchResult, folder: Path) -> str:
    n = len(result.written)
    if result.error:
        return tr("Na {n} van {total} rapporten ging het mis: {error}").format(
            n=n, total=result.total, error=result.error
        )
    if result.stopped:
        return tr("Gestopt: {n} van {total} rapporten opgeslagen in {folder}.").format(
            n=n, total=result.total, folder=folder
        )
    return tr("{n} van {total} rapporten opgeslagen in {folder}.").format(
        n=n, total=result.total, folder=folder
    )


def save_group_reports(
    ctx: AppContext, parent: QWidget, group_id: uuid.UUID, group: str
) -> GroupReports | None:
    """Ask for a folder, then save every report of the group in it (GroupReports)."""
    try:
        students = ctx.store.students(group_id)
    except JWError as exc:
        raise SaveFailed(exc.message) from exc
    if not students:
        raise SaveFailed(tr("In {group} zitten geen leerlingen.").format(group=group))
    folder = ask.choose_folder(
        parent, ctx.settings, tr("Map voor de rapporten van {group}").format(group=group)
    )
    if folder is None:
        return None
    job = GroupReports(ctx, parent, students, folder, group)
    job.start()
    return job
