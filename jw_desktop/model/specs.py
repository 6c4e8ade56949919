"""Plain input records for bulk imports (catalogue publication, demo school, scale data,
recorded progress).

They carry natural keys (codes, keys, e-mail addresses) instead of UUIDs, so content can be
written by hand or generated, and imported in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from .enums import (
    CardType,
    CompetenceKind,
    CredentialKind,
    ItemStatus,
    Level,
    NoteCategory,
    PlacementModel,
    QualificationPart,
    Role,
    Setting,
    Uitstroomprofiel,
)


@dataclass(frozen=True)
class CompetenceSpec:
    """A competence; parent_code and card competences are references ('98101/B1-K1' or a
    bare code, see model/qualifications.py). A parent is looked up in the same dossier
    first."""

    code: str
    kind: CompetenceKind
    title: str
    parent_code: str | None = None
    crebo: str | None = None  # kerntaak, werkproces: the kwalificatiedossier it belongs to
    part: QualificationPart | None = None  # basisdeel or profieldeel of that dossier
    profile: str = ""  # the profile of a profieldeel


@dataclass(frozen=True)
class LinkSpec:
    """An employee skill (from) linked to a werkproces or kerndoel (to), with its source."""

    from_ref: str
    to_ref: str
    source: str


@dataclass(frozen=True)
class StepSpec:
    text: str
    picture_png: bytes | None = None


@dataclass(frozen=True)
class CardSpec:
    code: str
    card_type: CardType
    sector: str
    phase: int
    title: str
    theme: str | None = None
    summary: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    competences: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    steps: tuple[StepSpec, ...] = ()
    criteria: tuple[str, ...] = ()
    components: tuple[str, ...] = ()  # card codes an eindwerkopdracht is made of
    other_sectors: tuple[str, ...] = ()  # sector keys beside the home sector
    student_texts: tuple[tuple[str, str], ...] = ()  # (step or criterion, as "ik")
    version: int = 1
    published_on: date = date(2026, 8, 1)


@dataclass(frozen=True)
class CredentialSpec:
    key: str
    kind: CredentialKind
    name: str
    sector: str | None = None
    assessed_by: str | None = None  # eindwerkopdracht code
    components: tuple[str, ...] = ()  # credential keys
    description: str = ""
    issuer_name: str = ""  # the branch or mbo school that issues it (model/issuing.py)
    werkprocessen: tuple[str, ...] = ()  # competence codes it certifies
    exam_parts: tuple[str, ...] = ()  # a diploma's other exam parts, by name


@dataclass(frozen=True)
class TemplateItemSpec:
    card: str
    phase: int
    theme: str | None = None


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    credential: str | None
    items: tuple[TemplateItemSpec, ...]


@dataclass
class CatalogueSpec:
    sectors: list[tuple[str, str]] = field(default_factory=list)  # (key, name)
    themes: list[tuple[str, str, str]] = field(default_factory=list)  # (key, name, sector key)
    qualifications: list[tuple[str, str]] = field(default_factory=list)  # (crebo, name)
    competences: list[CompetenceSpec] = field(default_factory=list)
    links: list[LinkSpec] = field(default_factory=list)
    cards: list[CardSpec] = field(default_factory=list)
    credentials: list[CredentialSpec] = field(default_factory=list)
    templates: list[TemplateSpec] = field(default_factory=list)


@dataclass(frozen=True)
class StaffSpec:
    email: str
    name: str
    role: Role


@dataclass(frozen=True)
class GroupSpec:
    key: str
    name: str
    phase: int
    mentor_email: str | None = None


@dataclass(frozen=True)
class CompanySpec:
    key: str
    name: str
    sector: str | None = None
    city: str = ""
    supervisor_name: str = ""
    supervisor_phone: str = ""
    supervisor_email: str = ""


@dataclass(frozen=True)
class PlacementSpec:
    company: str
    start_on: date
    end_on: date
    model: PlacementModel
    days_per_week: int
    hours_required: int
    jobcoach_email: str | None = None


@dataclass(frozen=True)
class StudentSpec:
    key: str
    first_name: str
    last_name: str
    birth_date: date
    group: str | None
    phase: int
    uitstroomprofiel: Uitstroomprofiel
    contact_email: str | None = None
    template: str | None = None
    placement: PlacementSpec | None = None


@dataclass
class SchoolSpec:
    name: str
    city: str = ""
    staff: list[StaffSpec] = field(default_factory=list)
    groups: list[GroupSpec] = field(default_factory=list)
    companies: list[CompanySpec] = field(default_factory=list)
    students: list[StudentSpec] = field(default_factory=list)


@dataclass(frozen=True)
class ObservationSpec:
    """An observation of step/criterion number `position` of a card's current version."""

    student_id: uuid.UUID
    card_code: str
    position: int
    level: Level
    setting: Setting
    observed_on: date
    observer_email: str | None = None
    remark: str = ""
    self_assessment: bool = False


@dataclass(frozen=True)
class HoursSpec:
    student_id: uuid.UUID
    worked_on: date
    minutes: int
    remark: str = ""


@dataclass(frozen=True)
class NoteSpec:
    student_id: uuid.UUID
    text: str
    category: NoteCategory
    author_email: str | None = None
    follow_up_on: date | None = None
    topic: str = ""


@dataclass(frozen=True)
class RouteStatusSpec:
    student_id: uuid.UUID
    card_code: str
    status: ItemStatus
    on: date


@dataclass
class ProgressSpec:
    observations: list[ObservationSpec] = field(default_factory=list)
    statuses: list[RouteStatusSpec] = field(default_factory=list)
    hours: list[HoursSpec] = field(default_factory=list)
    notes: list[NoteSpec] = field(default_factory=list)
