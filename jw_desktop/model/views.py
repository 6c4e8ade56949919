"""What the library hands to its front doors: frozen, plain values, never ORM objects or
sessions, so the UI and the CLI cannot write to the database behind the library's back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .enums import (
    CardType,
    CredentialKind,
    ElementKind,
    IssuerKind,
    ItemStatus,
    Level,
    NoteCategory,
    Role,
    Setting,
)


@dataclass(frozen=True)
class CardHit:
    id: uuid.UUID
    code: str
    card_type: CardType
    title: str
    summary: str
    sector: str
    phase: int


@dataclass(frozen=True)
class ElementView:
    id: uuid.UUID
    kind: ElementKind
    position: int
    text: str
    picture_id: uuid.UUID | None


@dataclass(frozen=True)
class CardDetail:
    id: uuid.UUID
    code: str
    card_type: CardType
    version: int
    current_version: int
    title: str
    summary: str
    body: str
    tags: tuple[str, ...]
    sector: str
    theme: str | None
    phase: int
    elements: tuple[ElementView, ...]
    components: tuple[CardHit, ...]
    competences: tuple[tuple[str, str], ...]  # (code, title)

    def of_kind(self, kind: ElementKind) -> list[ElementView]:
        return [e for e in self.elements if e.kind == kind]


@dataclass(frozen=True)
class PersonRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    name: str
    email: str
    role: Role


@dataclass(frozen=True)
class StudentSummary:
    id: uuid.UUID
    first_name: str
    last_name: str
    group: str | None
    phase: int
    contact: str | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class StudentRow:
    """A line of the student list, with what needs a teacher's attention."""

    id: uuid.UUID
    name: str
    group: str | None
    group_id: uuid.UUID | None
    phase: int
    has_placement: bool
    last_observed_on: date | None
    reasons: tuple[str, ...]  # why this student needs attention (Dutch), empty if none

    @property
    def needs_attention(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True)
class RouteItemView:
    id: uuid.UUID
    card_id: uuid.UUID
    code: str
    card_type: CardType
    title: str
    version: int
    latest_version: int
    phase: int
    module: str | None
    status: ItemStatus
    order_key: str


@dataclass(frozen=True)
class RouteView:
    student_id: uuid.UUID
    target_credential: str | None
    items: tuple[RouteItemView, ...]
    target_credential_id: uuid.UUID | None = None


@dataclass(frozen=True)
class TemplatePlan:
    """What applying a template to a student's route would do, asked before it is done."""

    template: str
    to_add: tuple[CardHit, ...]  # in template order
    already_there: tuple[CardHit, ...]
    new_target: str | None  # the credential that becomes the route's goal, if any


@dataclass(frozen=True)
class SheetElement:
    """One step or criterion that can be observed."""

    id: uuid.UUID
    kind: ElementKind
    position: int
    text: str


@dataclass(frozen=True)
class SheetCard:
    """A card of the route (the version in the route) with its steps and criteria."""

    item: RouteItemView
    elements: tuple[SheetElement, ...]


@dataclass(frozen=True)
class ObservationSheet:
    """What the Observeren page shows for one student, read at once: the route's cards
    that have steps or criteria (in route order), the level of the latest staff
    observation per element, and the elements not yet done independently."""

    student_id: uuid.UUID
    cards: tuple[SheetCard, ...]
    levels: dict[uuid.UUID, Level]
    todo: frozenset[uuid.UUID]
    own_levels: dict[uuid.UUID, Level] = field(default_factory=dict)
    """The student's own latest self-assessment per element, shown beside (never as)
    the staff's level (model/voice.py)."""


@dataclass(frozen=True)
class PractiseItem:
    """One step or criterion the student cannot yet do independently."""

    route_item_id: uuid.UUID
    card_code: str
    card_title: str
    element_id: uuid.UUID
    kind: ElementKind
    position: int
    text: str
    level: Level | None  # None: never observed
    last_observed_on: date | None


@dataclass(frozen=True)
class Tally:
    mastered: int
    total: int

    @property
    def fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True)
class PhaseProgress:
    phase: int
    items_done: int
    items_total: int
    elements: Tally


@dataclass(frozen=True)
class CardProgress:
    route_item_id: uuid.UUID
    code: str
    title: str
    card_type: CardType
    criteria: Tally


@dataclass(frozen=True)
class Eligibility:
    credential_id: uuid.UUID
    key: str
    name: str
    kind: CredentialKind
    eligible: bool
    issued: bool
    criteria: Tally  # criteria passed at an assessment, of all the eindwerkopdracht has
    missing_criteria: tuple[str, ...]  # not (yet) behaald at an assessment
    missing_components: tuple[str, ...]
    missing_exam_parts: tuple[str, ...] = ()  # a diploma's other exam parts not passed
    werkprocessen: tuple[str, ...] = ()  # "B1-K1-W1 Voert ...": what it certifies
    issuer: IssuerKind = IssuerKind.SCHOOL  # who issues it (model/issuing.py)
    issuer_name: str = ""  # the branch or mbo school named in the catalogue
    assessed_by: tuple[uuid.UUID, int] | None = None  # (card, version) to assess


@dataclass(frozen=True)
class PlacementHours:
    placement_id: uuid.UUID
    company: str
    start_on: date
    end_on: date
    minutes_done: int
    hours_required: int
    ended_on: date | None = None
    """Set when the placement has ended: its hours still count (placements.py)."""

    @property
    def ended(self) -> bool:
        return self.ended_on is not None

    @property
    def last_day(self) -> date:
        """The last day hours may be logged: the planned end, or the day it ended."""
        return min(self.end_on, self.ended_on) if self.ended_on else self.end_on


@dataclass(frozen=True)
class HoursView:
    """One active hours entry (not withdrawn, not superseded): what a correction replaces."""

    id: uuid.UUID
    placement_id: uuid.UUID
    company: str
    worked_on: date
    minutes: int
    remark: str
    recorded_by: str | None

    @property
    def absent(self) -> bool:
        return self.minutes == 0


@dataclass(frozen=True)
class ProgressReport:
    student: StudentSummary
    phases: tuple[PhaseProgress, ...]
    cards: tuple[CardProgress, ...]
    credentials: tuple[Eligibility, ...]
    hours: tuple[PlacementHours, ...]
    still_to_practise: tuple[PractiseItem, ...]
    done_items: tuple[uuid.UUID, ...] = ()  # route items done (progress.card_done)


@dataclass(frozen=True)
class ObservationView:
    id: uuid.UUID
    element_id: uuid.UUID
    level: Level
    setting: Setting
    observed_on: date
    observed_by: str | None
    remark: str
    self_assessment: bool


@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    category: NoteCategory
    text: str
    author: str | None
    recorded_at: datetime
    follow_up_on: date | None


@dataclass(frozen=True)
class PortfolioEntry:
    id: uuid.UUID
    credential: str
    kind: CredentialKind
    issued_on: date
    issued_by: str | None  # the staff member who recorded it
    evidence: tuple[str, ...]
    issuer: IssuerKind = IssuerKind.SCHOOL
    issuer_name: str = ""
    reference: str = ""
    werkprocessen: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreInfo:
    path: Path
    revision: str
    counts: dict[str, int] = field(default_factory=dict)
    backups: tuple[Path, ...] = ()


@dataclass(frozen=True)
class AssessorView:
    """One assessor as recorded: a staff member, a workplace supervisor or external."""

    name: str
    organisation: str
    staff_id: uuid.UUID | None = None
    supervisor_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AssessmentView:
    """One active assessment moment with its results (criterion text, behaald)."""

    id: uuid.UUID
    card_id: uuid.UUID
    card_code: str
    card_title: str
    card_version: int
    held_on: date
    place: str
    assessors: tuple[AssessorView, ...]
    results: tuple[tuple[uuid.UUID, str, bool], ...]
    planned: bool  # nothing judged yet: the moment is planned


@dataclass(frozen=True)
class AssessmentForm:
    """What the assessment dialog offers for one credential: its eindwerkopdracht's
    criteria (route version, else current) and who can be chosen as an assessor."""

    student_id: uuid.UUID
    student: str
    credential_id: uuid.UUID
    credential: str
    card_id: uuid.UUID
    card_code: str
    card_title: str
    card_version: int
    criteria: tuple[tuple[uuid.UUID, str], ...]
    staff: tuple[tuple[uuid.UUID, str], ...]  # school staff who may assess
    supervisors: tuple[tuple[uuid.UUID, str, str], ...]  # (id, name, company) of placements
    passed: frozenset[uuid.UUID]  # criteria already behaald at an earlier assessment


@dataclass(frozen=True)
class ExamPartView:
    id: uuid.UUID
    name: str
    passed_on: date | None
    examined_by: str
