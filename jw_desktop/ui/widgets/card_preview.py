"""A read-only preview of a card: title, type, summary, questions, steps with their
pictures, and criteria. Pictures come through a callable, so the widget knows no store."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from jw_desktop.model import CardType, ElementKind, JWError
from jw_desktop.model.views import CardDetail, RouteItemView
from jw_desktop.ui.context import tr

TYPE_LABELS = {
    CardType.INSTAPVRAGEN: "Instapvragen",
    CardType.LESKAART: "Leskaart",
    CardType.INSTRUCTIEKAART: "Instructiekaart",
    CardType.WERKOPDRACHT: "Werkopdracht",
    CardType.EINDWERKOPDRACHT: "Eindwerkopdracht",
}
THUMBNAIL = 72


def type_label(card_type: CardType) -> str:
    return tr(TYPE_LABELS[CardType(card_type)])


class CardPreview(QScrollArea):
    """Shows one CardDetail; show_card(None) empties it."""

    def __init__(self, picture: Callable[[uuid.UUID], bytes], parent: QWidget | None = None):
        super().__init__(parent)
        self.picture = picture
        self.setWidgetResizable(True)
        self.setAccessibleName(tr("Voorbeeld van de kaart"))
        self.card: CardDetail | None = None
        self.step_texts: list[str] = []
        self.pictures_shown = 0
        self.show_card(None)

    def show_card(self, card: CardDetail | None) -> None:
        self.card, self.step_texts, self.pictures_shown = card, [], 0
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        if card is None:
            layout.addWidget(_wrapped(tr("Kies een kaart om hem hier te bekijken.")))
            self.setWidget(body)
            return
        title = _wrapped(f"{card.code} · {card.title}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        title.setFont(font)
        self.title = title
        layout.addWidget(title)
        about = tr("{type}, fase {phase}, {sector}").format(
            type=type_label(card.card_type), phase=card.phase, sector=card.sector
        )
        if card.version != card.current_version:
            about += tr(" (versie {v}, nieuwste is {latest})").format(
                v=card.version, latest=card.current_version
            )
        layout.addWidget(_wrapped(about))
        layout.addWidget(_wrapped(card.summary))
        self._questions(layout, card)
        self._steps(layout, card)
        self._criteria(layout, card)
        if card.components:
            layout.addWidget(_heading(tr("Onderdelen")))
            for hit in card.components:
                layout.addWidget(_wrapped(f"• {hit.code} {hit.title}"))
        if card.competences:
            layout.addWidget(_heading(tr("Competenties")))
            for code, name in card.competences:
                layout.addWidget(_wrapped(f"• {code}: {name}"))
        self.setWidget(body)

    def _questions(self, layout: QVBoxLayout, card: CardDetail) -> None:
        questions = card.of_kind(ElementKind.QUESTION)
        if questions:
            layout.addWidget(_heading(tr("Vragen")))
            for q in questions:
                layout.addWidget(_wrapped(f"{q.position}. {q.text}"))

    def _steps(self, layout: QVBoxLayout, card: CardDetail) -> None:
        steps = card.of_kind(ElementKind.STEP)
        if not steps:
            return
        layout.addWidget(_heading(tr("Stappen")))
        for step in steps:
            row = QHBoxLayout()
            if step.picture_id is not None:
                image = self._thumbnail(step.picture_id)
                if image is not None:
                    row.addWidget(image)
            text = f"{tr('Stap')} {step.position}: {step.text}"
            row.addWidget(_wrapped(text), 1)
            layout.addLayout(row)
            self.step_texts.append(text)

    def _criteria(self, layout: QVBoxLayout, card: CardDetail) -> None:
        criteria = card.of_kind(ElementKind.CRITERION)
        if criteria:
            layout.addWidget(_heading(tr("Beoordelingscriteria")))
            for crit in criteria:
                layout.addWidget(_wrapped(f"• {crit.text}"))

    def _thumbnail(self, picture_id: uuid.UUID) -> QLabel | None:
        pixmap = QPixmap()
        try:
            data = self.picture(picture_id)
        except JWError:  # a missing picture must not hide the card's text
            return None
        if not pixmap.loadFromData(data):
            return None
        label = QLabel()
        label.setPixmap(
            pixmap.scaled(
                THUMBNAIL,
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        label.setAccessibleName(tr("Afbeelding bij de stap"))
        self.pictures_shown += 1
        return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + 1)
    label.setFont(font)
    return label


def route_line(n: int, item: RouteItemView) -> str:
    """One line of a leerroute, the same in the student page and the route editor."""
    text = tr("{n}. {code} · {title} — {type}, fase {phase} — {status}").format(
        n=n,
        code=item.code,
        title=item.title,
        type=type_label(item.card_type).lower(),
        phase=item.phase,
        status=item.status.value,
    )
    if item.version < item.latest_version:
        text += tr(" (nieuwere versie beschikbaar)")
    return text
