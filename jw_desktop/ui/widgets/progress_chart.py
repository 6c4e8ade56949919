"""Progress drawn with QPainter (never colour alone): a plain bar chart with one row per
phase, credential or placement; and one student's observations per week and levels per
phase, in the level colours of level_buttons with each level's number beside it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jw_desktop.model import Level
from jw_desktop.model.overview import PhaseLevels, StudentChart, WeekCount
from jw_desktop.ui.context import tr
from jw_desktop.ui.style import (
    LEVEL_COLOURS,
    LEVEL_SYMBOLS,
    NOT_OBSERVED_COLOUR,
    NOT_OBSERVED_SYMBOL,
)
from jw_desktop.ui.words import level_words


class Bar(QWidget):
    """A horizontal bar filled to a fraction, with a border so it reads in high contrast."""

    def __init__(self, fraction: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = min(max(fraction, 0.0), 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(220, max(18, self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 3, 3)
        if self.fraction > 0:
            filled = QRectF(box.left(), box.top(), box.width() * self.fraction, box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled.adjusted(1, 1, -1, -1), 2, 2)
        painter.end()


class ProgressChart(QWidget):
    """Rows of: 'label: text' in words, and below it the bar with an optional extra
    widget (e.g. a button) beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._texts: list[str] = []

    def clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._texts = []

    def add_row(self, label: str, fraction: float, text: str, extra: QWidget | None = None) -> None:
        row = QWidget()
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        said = QLabel(f"<b>{_html(label)}</b>: {_html(text)}")
        said.setWordWrap(True)
        bar = Bar(fraction)
        bar.setAccessibleName(f"{label}: {text}")
        layout.addWidget(said, 0, 0, 1, 2)
        layout.addWidget(bar, 1, 0)
        if extra is not None:
            layout.addWidget(extra, 1, 1)
        layout.setColumnStretch(0, 1)
        self.column.addWidget(row)
        self._texts.append(f"{label}: {text}")

    def add_message(self, text: str) -> None:
        """A row with only words, e.g. 'Nog geen leerroute.'"""
        label = QLabel(text)
        label.setWordWrap(True)
        self.column.addWidget(label)
        self._texts.append(text)

    def texts(self) -> list[str]:
        """What the chart says, row by row (for tests and screen readers)."""
        return list(self._texts)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


# -- one student over time, and a route's levels per phase ---------------------------------

LEVEL_ORDER = (Level.NOT_YET, Level.WITH_HELP, Level.INDEPENDENT)
BAR_GAP = 4
AXIS = 18  # px under the bars for the week numbers


def level_colour(level: Level | None) -> QColor:
    return QColor(LEVEL_COLOURS[level] if level is not None else NOT_OBSERVED_COLOUR)


def level_symbol(level: Level | None) -> str:
    return LEVEL_SYMBOLS[level] if level is not None else NOT_OBSERVED_SYMBOL


class WeekChart(QWidget):
    """Observations per week as stacked bars (nog niet at the bottom, zelfstandig on top),
    with the week's total above each bar and the week number below: readable in grey
    print too, since each part is outlined and the legend names the levels by number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: tuple[WeekCount, ...] = ()
        self.setMinimumSize(240, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_weeks(self, weeks: tuple[WeekCount, ...]) -> None:
        self.weeks = weeks
        total = sum(w.total for w in weeks)
        self.setAccessibleName(tr("Observaties per week"))
        self.setAccessibleDescription(
            "; ".join(tr("week {week}: {n}").format(week=w.week_number, n=w.total) for w in weeks)
            if total
            else tr("Geen observaties in deze weken.")
        )
        self.update()

    def data(self) -> tuple[WeekCount, ...]:
        """What is drawn (for tests and for printing)."""
        return self.weeks

    def _scale(self) -> tuple[float, float, float]:
        """(bar width, px per observation, top of the plot)."""
        count = max(1, len(self.weeks))
        width = (self.width() - BAR_GAP) / count - BAR_GAP
        most = max((w.total for w in self.weeks), default=0)
        top = float(self.fontMetrics().height() + 2)
        plot = self.height() - AXIS - top
        return width, plot / most if most else 0.0, top

    def bar_rect(self, index: int, level: Level) -> QRectF:
        """Where the part of one level of week `index` is drawn (empty when none)."""
        width, per, _top = self._scale()
        x = BAR_GAP + index * (width + BAR_GAP)
        bottom = self.height() - AXIS
        counts = self.weeks[index].counts
        below = sum(counts[: LEVEL_ORDER.index(level)])
        height = counts[LEVEL_ORDER.index(level)] * per
        return QRectF(x, bottom - below * per - height, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        bottom = self.height() - AXIS
        painter.setPen(QPen(ink, 1))
        painter.drawLine(0, bottom, self.width(), bottom)
        width, per, _top = self._scale()
        for n, week in enumerate(self.weeks):
            x = BAR_GAP + n * (width + BAR_GAP)
            for level in LEVEL_ORDER:
                box = self.bar_rect(n, level)
                if box.height() > 0:
                    painter.setBrush(level_colour(level))
                    painter.drawRect(box)
            label = QRectF(x - BAR_GAP, bottom + 1, width + 2 * BAR_GAP, AXIS - 1)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(week.week_number))
            if week.total:
                top = bottom - week.total * per - self.fontMetrics().height() - 1
                above = QRectF(x - BAR_GAP, top, width + 2 * BAR_GAP, self.fontMetrics().height())
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(week.total))
        painter.end()


class PhaseChart(QWidget):
    """Per phase of the route one bar of all its steps and criteria, split by their latest
    level: zelfstandig first, then met hulp, nog niet, and not yet observed; each part
    carries its number and count when it is wide enough."""

    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phases: tuple[PhaseLevels, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def set_phases(self, phases: tuple[PhaseLevels, ...]) -> None:
        self.phases = phases
        self.setFixedHeight(max(1, len(phases)) * self.ROW + 4)
        self.setAccessibleName(tr("Niveaus per fase"))
        self.setAccessibleDescription(
            "; ".join(
                tr(
                    "fase {phase}: {done} zelfstandig, {help} met hulp, {not_yet} nog niet, "
                    "{unseen} niet geobserveerd"
                ).format(
                    phase=p.phase,
                    done=p.counts[2],
                    help=p.counts[1],
                    not_yet=p.counts[0],
                    unseen=p.not_observed,
                )
                for p in phases
            )
        )
        self.update()

    def data(self) -> tuple[PhaseLevels, ...]:
        return self.phases

    def _parts(self, phase: PhaseLevels) -> list[tuple[Level | None, int]]:
        return [
            (Level.INDEPENDENT, phase.counts[2]),
            (Level.WITH_HELP, phase.counts[1]),
            (Level.NOT_YET, phase.counts[0]),
            (None, phase.not_observed),
        ]

    def label_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(tr("fase {n}").format(n=6)) + 8

    def segment_rect(self, row: int, level: Level | None) -> QRectF:
        phase = self.phases[row]
        left = float(self.label_width())
        width = self.width() - left - 2
        x = left
        for part, count in self._parts(phase):
            w = width * count / phase.total if phase.total else 0.0
            if part == level:
                return QRectF(x, row * self.ROW + 3, w, self.ROW - 6)
            x += w
        return QRectF()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(ink, 1))
        for row, phase in enumerate(self.phases):
            label = QRectF(0, row * self.ROW, self.label_width(), self.ROW)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignVCenter, tr("fase {n}").format(n=phase.phase)
            )
            if not phase.total:
                left = float(self.label_width())
                rest = QRectF(left, row * self.ROW, self.width() - left, self.ROW)
                painter.drawText(
                    rest, Qt.AlignmentFlag.AlignVCenter, tr("geen stappen of criteria")
                )
                continue
            for level, count in self._parts(phase):
                box = self.segment_rect(row, level)
                if count == 0 or box.width() <= 0:
                    continue
                painter.setBrush(level_colour(level))
                painter.drawRect(box)
                text = f"{level_symbol(level)}: {count}"
                if self.fontMetrics().horizontalAdvance(text) + 4 <= box.width():
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class Legend(QWidget):
    """The levels' colours with their number and name, so colour is never the only cue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        entries: list[tuple[Level | None, str]] = [(lv, lv.label) for lv in LEVEL_ORDER]
        entries.append((None, level_words(None)))
        for level, name in entries:
            swatch = QLabel(level_symbol(level))
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(24, 20)
            swatch.setStyleSheet(
                f"background-color: {level_colour(level).name()}; border: 1px solid #444;"
                " font-weight: bold;"
            )
            row.addWidget(swatch)
            row.addWidget(QLabel(name))
            row.addSpacing(8)
        row.addStretch(1)
        self.setAccessibleName(
            tr("Legenda: 1 nog niet, 2 met hulp, 3 zelfstandig, streepje niet geobserveerd")
        )


class StudentChartView(QWidget):
    """One student's progress as a teacher wants to see it: how much was observed week
    by week, and per phase how far the route's steps and criteria are."""

    def __init__(self, parent: QWidget | None = None, *, legend: bool = True) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Kies een leerling om de voortgang te zien."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.weeks = WeekChart()
        self.phases = PhaseChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.week_heading = QLabel(tr("Observaties per week (weeknummer onder de staaf)"))
        self.phase_heading = QLabel(tr("Stappen en criteria per fase, naar laatste niveau"))
        for heading in (self.week_heading, self.phase_heading):
            heading.setStyleSheet("font-weight: bold;")
            heading.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.week_heading)
        column.addWidget(self.weeks, 1)
        column.addWidget(self.phase_heading)
        column.addWidget(self.phases)
        column.addWidget(self.summary)
        if legend:  # a page that shows the legend once already leaves it out
            column.addWidget(Legend())
        self.chart: StudentChart | None = None
        self.show_chart(None)

    def show_chart(self, chart: StudentChart | None, name: str = "") -> None:
        self.chart = chart
        shown = chart is not None
        for widget in (self.weeks, self.phases, self.week_heading, self.phase_heading):
            widget.setVisible(shown)
        if chart is None:
            self.title.setText(tr("Kies een leerling om de voortgang te zien."))
            self.summary.clear()
            return
        self.title.setText(tr("Voortgang van {name}").format(name=name))
        self.weeks.set_weeks(chart.weeks)
        self.phases.set_phases(chart.phases)
        observed = sum(w.total for w in chart.weeks)
        text = tr("%n observatie(s) in de laatste {weeks} weken.", "", observed).format(
            weeks=len(chart.weeks)
        )
        if not chart.phases:
            text += " " + tr("Er staat nog niets in de leerroute.")
        self.summary.setText(text)
