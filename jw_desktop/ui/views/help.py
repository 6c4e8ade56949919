"""Hulp: what a teacher, a jobcoach and an admin do with the program and where in the
window they find it, the logged-in user's own role first, and the keys that save time.
Short on purpose: it is read by someone standing next to a workbench."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from jw_desktop.model import Role

from .. import style
from ..context import AppContext, role_name, tr


def role_tasks() -> dict[Role, str]:
    return {
        Role.TEACHER: tr(
            "Je stelt per leerling een leerroute samen (Leerroute), ziet in Leerlingen wat "
            "iemand al kan en nog moet oefenen, schrijft notities en uren, legt vast wat je "
            "ziet (Observeren), ziet een hele groep in één raster (Klasoverzicht), zoekt en "
            "toont instructiekaarten (Kaarten), ziet welke competenties nog geen kaart of "
            "route hebben (Dekking) en wisselt gegevens uit met de andere laptops "
            "(Synchronisatie)."
        ),
        Role.JOBCOACH: tr(
            "Je ziet alleen de leerlingen die bij jou op de werkplek zijn (Mijn leerlingen). "
            "Daar vink je aan wat de leerling liet zien, schrijf je uren en bezoeken en korte "
            "notities. De instructiekaart van een taak open je in Kaarten. Na je bezoek "
            "synchroniseer je (Synchronisatie)."
        ),
        Role.ADMIN: tr(
            "Je richt de school in, beheert accounts en rollen, schrijft laptops in en leest "
            "de landelijke catalogus in (Beheer). In Synchronisatie zie je of alle laptops "
            "bijgewerkt zijn. Je kunt ook alles wat een docent kan."
        ),
    }


class HelpView(QScrollArea):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.SPACING)
        title = QLabel(tr("Hulp"))
        style.set_role(title, "title")
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "Links kies je een onderdeel; wat je ziet hangt af van je rol. Bovenaan staat "
                "wie er is ingelogd en of de gegevens gesynchroniseerd zijn."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        user = ctx.user
        own = user.role if user is not None else None
        tasks = role_tasks()
        self.sections: dict[Role, QLabel] = {}
        for role in sorted(Role, key=lambda r: r != own):  # your own role first
            heading = QLabel(role_name(role).capitalize() + (tr(" (jij)") if role == own else ""))
            style.set_role(heading, "heading")
            layout.addSpacing(style.SPACING)
            text = QLabel(tasks[role])
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sections[role] = text
            layout.addWidget(heading)
            layout.addWidget(text)
        keys = QLabel(tr("Sneltoetsen"))
        style.set_role(keys, "heading")
        layout.addSpacing(style.SPACING)
        layout.addWidget(keys)
        shortcuts = QLabel(
            tr(
                "Ctrl+1 tot Ctrl+9: naar een onderdeel · F1: deze hulp · Ctrl+L: venster "
                "vergrendelen · Ctrl+Shift+L: afmelden · Tab: naar het volgende veld. "
                "Bij Observeren en Mijn leerlingen: klik een stap aan en druk 1, 2 of 3 "
                "(nog niet, met hulp, zelfstandig) · Ctrl+↓ / Ctrl+↑: volgende of vorige "
                "leerling · Ctrl+Z: laatste vinkje ongedaan maken. In de leerroute: Ctrl+Z / "
                "Ctrl+Y: ongedaan maken en opnieuw."
            )
        )
        shortcuts.setWordWrap(True)
        layout.addWidget(shortcuts)
        lock = QLabel(
            tr(
                "Op een gedeelde laptop vergrendelt het venster zich na een tijd zonder "
                "gebruik. Hoe lang stel je in via Bestand › Vergrendelen na…"
            )
        )
        lock.setWordWrap(True)
        style.set_role(lock, "muted")
        layout.addWidget(lock)
        layout.addStretch(1)
        self.setWidget(body)
