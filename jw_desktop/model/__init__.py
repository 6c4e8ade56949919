"""The jw-desktop library: a school's data in a local SQLite file, with no Qt.

from jw_desktop.model import SchoolStore
with SchoolStore.open("school.sqlite") as store:
    jerome = store.find_students("Jerome")[0]
    for item in store.still_to_practise(jerome.id):
        print(item.card_code, item.text)
"""

from .access import AccessDenied, User
from .enums import (
    CardType,
    CompetenceKind,
    CredentialKind,
    ElementKind,
    ItemStatus,
    Level,
    NoteCategory,
    PlacementModel,
    Role,
    Setting,
    Uitstroomprofiel,
)
from .errors import (
    BackupError,
    InvalidInput,
    JWError,
    NotEligible,
    NotFound,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from .store import SchoolStore

__all__ = [
    "AccessDenied",
    "BackupError",
    "CardType",
    "CompetenceKind",
    "CredentialKind",
    "ElementKind",
    "InvalidInput",
    "ItemStatus",
    "JWError",
    "Level",
    "NotEligible",
    "NotFound",
    "NoteCategory",
    "PlacementModel",
    "Role",
    "SchoolStore",
    "Setting",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreReadOnly",
    "StoreTooNew",
    "Uitstroomprofiel",
    "User",
]
