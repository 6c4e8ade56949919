"""Who may do what: roles enforced in the library, so that no front door can show a
jobcoach another coach's student or a care note (docs/privacy.md).

A store opened without a login (the CLI on the school's own computer, scripts, tests) acts
as the system and may do everything; the application always logs in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from . import policy
from .enums import NoteCategory, Role
from .errors import JWError


class AccessDenied(JWError):
    exit_code = 5


@dataclass(frozen=True)
class User:
    staff_id: uuid.UUID
    name: str
    email: str
    role: Role

    @property
    def note_categories(self) -> tuple[NoteCategory, ...]:
        allowed = policy.NOTE_CATEGORIES[self.role]
        return tuple(c for c in NoteCategory if c.value in allowed)


PERMISSIONS = policy.ACTIONS
"""Which roles may do what: the policy's table of actions (model/policy.py)."""

MESSAGES = {
    "setup": "Alleen een beheerder kan de school inrichten.",
    "audit": "Je mag hier niets vastleggen.",
    "accounts": "Alleen een beheerder kan accounts beheren.",
    "school": "Alleen docenten en beheerders kunnen dit aanpassen.",
    "route": "Alleen docenten en beheerders kunnen een leerroute aanpassen.",
    "credentials": "Alleen docenten en beheerders kunnen kwalificaties uitreiken.",
    "record": "Je mag hier geen voortgang vastleggen.",
    "conflicts": "Alleen docenten en beheerders kunnen conflicten oplossen.",
    "catalogue": "Alleen een beheerder kan de catalogus bijwerken.",
}


def check(user: User | None, action: str) -> None:
    if user is not None and user.role not in PERMISSIONS[action]:
        raise AccessDenied(MESSAGES[action])


NOT_YOURS = "Deze leerling hoort niet bij jouw begeleiding."
CARE_ONLY_SCHOOL = "Zorgnotities zijn alleen voor medewerkers van de school."
