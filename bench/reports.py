"""Printed documents: 30 progress reports (voortgangsrapport) for one class on the scale
school (two years of recorded progress), as a teacher prints them for a parents' evening.

Target: <= 3 s for the 30 together (each lists the observations of the last twelve
weeks, as printed for a parents' evening; with the whole history, as for a care meeting,
reported without a target). Reported beside it, measured in the same run: the
store's reads the reports make (the same calls, without the PDF), and the floor - the
shared page furniture (reports.base.build) making a plain one-page document 30 times, and
bare reportlab (SimpleDocTemplate, one paragraph, default font) 30 times.
"""

from __future__ import annotations

import io
import time
import uuid

from _common import arguments, emit, ms, scale_file
from progress import a_class
from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from jw_desktop.model import SchoolStore
from jw_desktop.reports.base import Meta, build, para, styles
from jw_desktop.reports.progress import progress_report

TARGET_S = 3.0


def reads(store: SchoolStore, sid: uuid.UUID) -> None:
    """What progress_report asks the store, without making the PDF."""
    store.progress(sid)
    store.student_chart(sid)
    store.observations(sid)
    store.portfolio(sid)
    store.observed_elements(sid)


def plain_page(meta: Meta) -> bytes:
    return build([para("Een gewone pagina met één alinea tekst.", styles()["body"])], meta)


def bare_reportlab() -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1)
    doc.build(
        [Paragraph("Een gewone pagina met één alinea tekst.", getSampleStyleSheet()["Normal"])]
    )
    return out.getvalue()


def seconds(work: object, times: int = 1) -> float:
    assert callable(work)
    start = time.perf_counter()
    for _ in range(times):
        work()
    return time.perf_counter() - start


def main() -> None:
    args = arguments(__doc__ or "")
    with scale_file(args) as path, SchoolStore.open(path) as store:
        klas = a_class(store)
        n = len(klas)
        progress_report(store, klas[-1])  # warm up: fonts, statement caches
        per, pages, size = [], 0, 0
        for sid in klas:
            start = time.perf_counter()
            pdf = progress_report(store, sid)
            per.append(time.perf_counter() - start)
            pages += len(PdfReader(io.BytesIO(pdf)).pages)
            size += len(pdf)
        total = sum(per)
        emit(
            "reports",
            "progress_reports_class_total",
            total,
            "s",
            target=TARGET_S,
            n=n,
            pages=pages,
            kb=round(size / 1000),
        )
        emit("reports", "progress_report_per_student", ms(total / n), "ms", n=n)
        emit("reports", "progress_report_max", ms(max(per)), "ms", n=n)
        start, pages = time.perf_counter(), 0
        for sid in klas:  # the whole history, as for a care meeting (no target)
            pdf = progress_report(store, sid, all_observations=True)
            pages += len(PdfReader(io.BytesIO(pdf)).pages)
        emit(
            "reports",
            "progress_reports_class_all_observations_total",
            time.perf_counter() - start,
            "s",
            n=n,
            pages=pages,
        )
        observations = sum(len(store.observations(sid)) for sid in klas)
        read_s = seconds(lambda: [reads(store, sid) for sid in klas])
        emit("reports", "store_reads_class_total", read_s, "s", n=n, observations=observations)
        meta = Meta("Voortgangsrapport", store.school_name() or "", "bench", made_on=store.today())
        plain_page(meta)
        emit(
            "reports",
            "floor_base_build_one_page_x30",
            seconds(lambda: plain_page(meta), n),
            "s",
            n=n,
        )
        bare_reportlab()
        emit("reports", "floor_bare_reportlab_one_page_x30", seconds(bare_reportlab, n), "s", n=n)


if __name__ == "__main__":
    main()
