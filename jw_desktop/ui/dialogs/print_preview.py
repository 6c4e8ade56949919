"""A printed document before it goes anywhere: its pages as they will come out of the
printer (rendered with pypdfium2), 'Pagina x van y', zoom to the page width or 100%, and
Afdrukken…, Opslaan als PDF… and Sluiten. The document itself is made off the UI thread
(a class overview takes a second) with a busy bar meanwhile, and its pages are rendered
off the UI thread too; saving writes a temporary file beside the target and renames it,
so a full disk or a read-only folder leaves no half file and says so in Dutch."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import JWError

from ..context import AppContext, show_error, tr
from ..screen import fit_on_screen
from . import ask

_PDFIUM = threading.Lock()
"""pdfium is not thread-safe: one document is opened or rendered at a time."""

PRINT_DPI = 300
"""Pages go to the printer as pictures of this resolution (sharp text, bounded memory:
a printer at 1200 dpi would need 400 MB for one A4 page)."""

GAP = 12  # px between pages and around them in the preview
POINTS_PER_INCH = 72


class SaveFailed(JWError):
    """A file could not be written; the message says why in Dutch."""


# -- files -----------------------------------------------------------------------------

_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


def safe_file_name(name: str, limit: int = 120) -> str:
    """A file name any computer accepts: no characters Windows forbids, no trailing dot or
    space, not a reserved device name, not longer than limit (the extension kept)."""
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    stem = " ".join(_NOT_IN_NAMES.sub(" ", stem).split()).strip(" .") or tr("document")
    if stem.upper() in _RESERVED:
        stem = f"{stem}_"
    ext = _NOT_IN_NAMES.sub("", ext)
    room = max(1, limit - len(ext) - len(dot))
    return stem[:room].rstrip(" .") + dot + ext


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    """folder/name, or 'name (2)' when an earlier file of the same run has that name."""
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.lower())
    return folder / candidate


def _save_message(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr(
            "{name} is niet opgeslagen: er is niet genoeg ruimte op de schijf of USB-stick. "
            "Maak ruimte vrij of kies een andere plek."
        ).format(name=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr(
            "{name} is niet opgeslagen: in de map {folder} mag jw-desktop niets schrijven "
            "(de map is alleen-lezen, of het bestand is geopend in een ander programma). "
            "Kies een andere map."
        ).format(name=path.name, folder=path.parent)
    if exc.errno == errno.ENOENT:
        return tr("{name} is niet opgeslagen: de map {folder} bestaat niet (meer).").format(
            name=path.name, folder=path.parent
        )
    return tr("{name} is niet opgeslagen: de schijf gaf een fout ({reason}).").format(
        name=path.name, reason=exc.strerror or exc.__class__.__name__
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder and a rename: the
    file is whole or not there. Raises SaveFailed with a Dutch message."""
    tmp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise SaveFailed(_save_message(exc, path)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


# -- pages -----------------------------------------------------------------------------


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return [document.get_page_size(n) for n in range(len(document))]
        finally:
            document.close()


def _qimage(pil: object) -> QImage:
    from PIL import Image

    assert isinstance(pil, Image.Image)
    rgb = pil.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    image = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: data goes away


def render_pages(pdf: bytes, scale: float, pages: Sequence[int] | None = None) -> list[QImage]:
    """The pages (0-based; all when None) as pictures, scale pixels per point. Runs on any
    thread (QImage, not QPixmap)."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            wanted = range(len(document)) if pages is None else pages
            images = []
            for n in wanted:
                page = document[n]
                try:
                    images.append(_qimage(page.render(scale=scale).to_pil()))
                finally:
                    page.close()
            return images
        finally:
            document.close()


def chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for: all, a range ('1-2,4'), or the page
    the preview shows."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current]
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [n - 1 for n in range(1, count + 1) if ranges.contains(n)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return list(range(first - 1, min(last or count, count)))
    return list(range(count))


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Draw the pages on the printer, each as a picture at the printer's resolution (at
    most PRINT_DPI) filling the paper as the PDF does. progress(n) after each page; when
    it returns False the printing stops. Returns the pages printed."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise SaveFailed(
            tr("De printer kon niet worden gestart. Kijk of hij aan staat en probeer het opnieuw.")
        )
    done = 0
    try:
        scale = min(printer.resolution(), PRINT_DPI) / POINTS_PER_INCH
        for index in pages:
            if done and not printer.newPage():
                break
            image = render_pages(pdf, scale, [index])[0]
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            size = QSize(image.width(), image.height()).scaled(
                paper.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            left = paper.left() + (paper.width() - size.width()) / 2
            top = paper.top() + (paper.height() - size.height()) / 2
            painter.drawImage(QRectF(left, top, size.width(), size.height()), image)
            done += 1
            if progress is not None and not progress(done):
                break
    finally:
        painter.end()
    return done


# -- the dialog ------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """What a print action hands the preview: the window title, the proposed file name
    (Dutch, e.g. 'Voortgangsrapport Jerome Bakker.pdf') and how to make the PDF."""

    title: str
    file_name: str
    make: Callable[[], bytes]


class PrintPreview(QDialog):
    """The preview of one document. `ready` fires when its pages are shown, `failed(msg)`
    when the document could not be made; `saved(path)` after Opslaan als PDF."""

    ready = Signal()
    failed = Signal(str)
    saved = Signal(object)
    printed = Signal(int)

    def __init__(self, ctx: AppContext, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.document = document
        self.file_name = safe_file_name(document.file_name)
        self.pdf: bytes | None = None
        self.sizes: list[tuple[float, float]] = []
        self.pictures: list[QLabel] = []
        self.scale = 1.0
        self.shown = False  # the pages of the document are on screen
        self.failure = ""  # why the document could not be made
        self.setWindowTitle(document.title)
        self.status = QLabel(tr("Het document wordt gemaakt…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Wat de voorvertoning doet"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, no percentage
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Bezig"))
        self.pages = QWidget()
        self.pages.setObjectName("pagina's")
        self.column = QVBoxLayout(self.pages)
        self.column.setSpacing(GAP)
        self.column.setContentsMargins(GAP, GAP, GAP, GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.pages)
        self.area.setAccessibleName(tr("Pagina's van het document"))
        self.area.verticalScrollBar().valueChanged.connect(lambda _v: self._show_page_number())
        self.page_number = QLabel()
        self.page_number.setAccessibleName(tr("Welke pagina"))
        self.fit_width = QPushButton(tr("Paginabreedte"))
        self.actual_size = QPushButton(tr("100%"))
        self.zoom = QButtonGroup(self)
        for button in (self.fit_width, self.actual_size):
            button.setCheckable(True)
            self.zoom.addButton(button)
        self.fit_width.setChecked(True)
        self.fit_width.setAccessibleName(tr("Zoom: paginabreedte"))
        self.actual_size.setAccessibleName(tr("Zoom: ware grootte"))
        self.fit_width.setToolTip(tr("De pagina zo breed als het venster"))
        self.actual_size.setToolTip(tr("De pagina op ware grootte"))
        self.zoom.buttonClicked.connect(lambda _b: self.redraw())
        self.print_button = QPushButton(tr("Afdrukken…"))
        self.print_button.setAccessibleName(tr("Afdrukken"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(tr("Opslaan als PDF…"))
        self.save_button.setAccessibleName(tr("Opslaan als PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(tr("Sluiten"))
        self.close_button.setAccessibleName(tr("Voorvertoning sluiten"))
        self.close_button.clicked.connect(self.reject)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(tr("Melding bij het document"))
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.page_number, 1)
        top.addWidget(self.fit_width)
        top.addWidget(self.actual_size)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self.redraw)
        self._set_enabled(False)
        fit_on_screen(self, 820, 1000)

    # -- making and showing ----------------------------------------------------------

    def make(self) -> None:
        """Make the document in the background; its pages show when it is there."""
        self._set_enabled(False)
        self.busy.show()
        self.status.setText(tr("Het document wordt gemaakt…"))
        make = self.document.make

        def made() -> tuple[bytes, list[tuple[float, float]]]:
            pdf = make()
            try:
                return pdf, page_sizes(pdf)  # read off the UI thread too
            except pdfium.PdfiumError as exc:
                raise JWError(tr("Het document kon niet worden gelezen.")) from exc

        self.ctx.read(
            self, "document", made, on_done=lambda got: self._show(*got), on_error=self._failed
        )

    def _failed(self, message: str) -> None:
        self.failure = message
        self.busy.hide()
        self.status.setText(message)
        self.status.show()
        self.failed.emit(message)

    def set_pdf(self, pdf: bytes) -> None:
        """Show a document made already."""
        try:
            sizes = page_sizes(pdf)
        except pdfium.PdfiumError:
            self._failed(tr("Het document kon niet worden gelezen."))
            return
        self._show(pdf, sizes)

    def _show(self, pdf: bytes, sizes: list[tuple[float, float]]) -> None:
        self.pdf, self.sizes = pdf, sizes
        for picture in self.pictures:
            picture.deleteLater()
        self.pictures = []
        for n in range(len(self.sizes)):
            picture = QLabel()
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setAccessibleName(tr("Pagina {n}").format(n=n + 1))
            picture.setStyleSheet("background: white; border: 1px solid #888;")
            self.column.addWidget(picture)
            self.pictures.append(picture)
        self._set_enabled(True)
        self._show_page_number()
        self.redraw()

    def page_count(self) -> int:
        return len(self.sizes)

    def _scale(self) -> float:
        """Pixels per point for the zoom chosen (device-independent pixels)."""
        if self.actual_size.isChecked() or not self.sizes:
            return self.logicalDpiX() / POINTS_PER_INCH
        # the vertical scroll bar counted always: it comes with the pages
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.area.width() - 2 * self.area.frameWidth() - bar - 2 * GAP - 4
        widest = max(w for w, _h in self.sizes)
        return max(0.2, room / widest)

    def redraw(self) -> None:
        """Render the pages for the zoom and width now, in the background."""
        if self.pdf is None:
            return
        self.scale = self._scale()
        self.shown = False
        ratio = self.devicePixelRatioF()
        for picture, (w, h) in zip(self.pictures, self.sizes, strict=True):
            picture.setFixedSize(round(w * self.scale) + 2, round(h * self.scale) + 2)
        self.busy.show()
        self.status.setText(tr("De pagina's worden klaargezet…"))
        pdf, scale = self.pdf, self.scale * ratio
        self.ctx.read(
            self,
            "pages",
            lambda: render_pages(pdf, scale),
            on_done=lambda images: self._show_pages(images, ratio),
            on_error=self._failed,
        )

    def _show_pages(self, images: list[QImage], ratio: float) -> None:
        for picture, image in zip(self.pictures, images, strict=True):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            picture.setPixmap(pixmap)
        self.busy.hide()
        self.status.hide()
        self.shown = True
        self._show_page_number()
        self.ready.emit()

    def current_page(self) -> int:
        """The 0-based page in the middle of the view."""
        if not self.pictures:
            return 0
        middle = self.area.verticalScrollBar().value() + self.area.viewport().height() // 2
        for n, picture in enumerate(self.pictures):
            if picture.geometry().bottom() + GAP >= middle:
                return n
        return len(self.pictures) - 1

    def _show_page_number(self) -> None:
        if self.sizes:
            self.page_number.setText(
                tr("Pagina {n} van {total}").format(
                    n=self.current_page() + 1, total=len(self.sizes)
                )
            )
        else:
            self.page_number.clear()

    def _set_enabled(self, on: bool) -> None:
        for button in (self.print_button, self.save_button, self.fit_width, self.actual_size):
            button.setEnabled(on)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pdf is not None and self.fit_width.isChecked():
            self._resize_timer.start()

    # -- printing and saving ---------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCreator("jw-desktop")
        return printer

    def print_document(self) -> None:
        """Qt's print dialog (Dutch), then the chosen pages to the chosen printer."""
        if self.pdf is None:
            return
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Afdrukken"))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(option.PrintPageRange | option.PrintCurrentPage | option.PrintToFile)
        dialog.setMinMax(1, len(self.sizes))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = chosen_pages(printer, len(self.sizes), self.current_page())
        if not pages:
            self.feedback.setText(tr("Er vallen geen pagina's van dit document in wat je koos."))
            return
        progress = QProgressDialog(
            tr("Het document wordt afgedrukt…"), tr("Stoppen"), 0, len(pages), self
        )
        progress.setWindowTitle(tr("Afdrukken"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(n: int) -> bool:
            progress.setValue(n)
            progress.setLabelText(
                tr("Pagina {n} van {total} is afgedrukt.").format(n=n, total=len(pages))
            )
            return not progress.wasCanceled()

        try:
            done = print_pdf(self.pdf, printer, pages, step)
        except SaveFailed as exc:
            self.feedback.setText(exc.message)
            show_error(self, exc.message)
            return
        finally:
            progress.close()
            progress.deleteLater()
        self.feedback.setText(
            tr("Naar de printer gestuurd: {n} van {total} pagina's.").format(
                n=done, total=len(pages)
            )
        )
        self.printed.emit(done)

    def save_pdf(self) -> None:
        """Where to save (Qt's save dialog, in the folder used last); written whole or
        not at all."""
        if self.pdf is None:
            return
        target = ask.save_file(
            self, self.ctx.settings, tr("Opslaan als PDF"), self.file_name, tr("PDF (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_atomically(target, self.pdf)
        except SaveFailed as exc:
            self.feedback.setText(exc.message)
            show_error(self, exc.message)
            return
        self.feedback.setText(tr("Opgeslagen als {path}.").format(path=target))
        self.saved.emit(target)


def open_preview(ctx: AppContext, parent: QWidget | None, document: Document) -> PrintPreview:
    """Show the preview of a document (made in the background) and return it."""
    dialog = PrintPreview(ctx, document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    dialog.make()
    return dialog
