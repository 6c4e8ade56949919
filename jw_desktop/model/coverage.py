"""Coverage: which competences of the learning line no card and no route covers.

Per kwalificatiedossier (its kerntaken and werkprocessen, basisdeel and profieldeel), the
kerndoelen with their gedragskenmerken and criteria, and the werknemersvaardigheden: for
every competence the number of cards whose CURRENT version works on it, and the number of
students whose route covers it (a route item's planned card version works on it). A
competence counts as covered when it or a competence below it is (a kerntaak through its
werkprocessen, a kerndoel through its criteria). A link between an employee skill and a
werkproces is shown beside both, but does not cover either: the link says they belong
together, not that a card practises both. docs/domain.md, "The qualification structure".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .catalogue import Card, CardCompetence, CardVersion, Competence, CompetenceLink, Qualification
from .enums import CompetenceKind, QualificationPart
from .people import Student
from .qualifications import competence_ref
from .route import Route, RouteItem

KERNDOELEN = "kerndoelen"
SKILLS = "werknemersvaardigheden"
OTHER = "overig"


@dataclass(frozen=True)
class LinkView:
    """The other end of a competence link, and the source that makes it."""

    ref: str
    title: str
    source: str


@dataclass(frozen=True)
class CoverageRow:
    competence_id: uuid.UUID
    ref: str  # '98101/B1-K1-W1' or 'KD1.1' (model/qualifications.py)
    code: str
    title: str
    kind: CompetenceKind
    depth: int  # 0 at the top of its section, 1 below it, ...
    part: QualificationPart | None
    profile: str
    cards: int  # cards whose current version works on it or on a competence below it
    students: int  # students whose route covers it (or one student: 0 or 1)
    links: tuple[LinkView, ...] = ()

    @property
    def no_card(self) -> bool:
        return self.cards == 0

    @property
    def no_route(self) -> bool:
        return self.students == 0

    @property
    def part_text(self) -> str:
        """'basisdeel', 'profieldeel Planten', or '' outside a dossier."""
        if self.part == QualificationPart.PROFIELDEEL:
            return f"profieldeel {self.profile}"
        return self.part.value if self.part else ""


@dataclass(frozen=True)
class CoverageSection:
    key: str  # the crebo code, or 'kerndoelen', 'werknemersvaardigheden', 'overig'
    title: str
    rows: tuple[CoverageRow, ...]

    @property
    def without_card(self) -> tuple[CoverageRow, ...]:
        return tuple(r for r in self.rows if r.no_card)

    @property
    def without_route(self) -> tuple[CoverageRow, ...]:
        return tuple(r for r in self.rows if r.no_route)


@dataclass(frozen=True)
class Coverage:
    sections: tuple[CoverageSection, ...]
    student_id: uuid.UUID | None  # the routes of this one student, else of all students
    students: int  # how many students' routes were counted

    @property
    def rows(self) -> tuple[CoverageRow, ...]:
        return tuple(r for s in self.sections for r in s.rows)

    def row(self, ref: str) -> CoverageRow:
        return next(r for r in self.rows if r.ref == ref)


_PART_ORDER = {QualificationPart.BASISDEEL: 0, QualificationPart.PROFIELDEEL: 1, None: 2}
_FRAMEWORK = (CompetenceKind.KERNDOEL, CompetenceKind.GEDRAGSKENMERK)


@dataclass
class _Node:
    id: uuid.UUID
    code: str
    title: str
    kind: CompetenceKind
    parent: uuid.UUID | None
    crebo: str | None
    dossier: str
    part: QualificationPart | None
    profile: str


def coverage_of(
    session: Session,
    student_id: uuid.UUID | None = None,
    visible: set[uuid.UUID] | None = None,
) -> Coverage:
    """Coverage of every competence by the catalogue's current cards and by the routes of
    the school's students (only `student_id`'s when given; only `visible` ones when the
    user sees not every student)."""
    nodes = _nodes(session)
    children: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for n in nodes.values():
        parent = n.parent if n.parent in nodes else None
        children[parent].append(n.id)

    cards = _sets(
        session.execute(
            select(CardCompetence.competence_id, Card.id)
            .join(CardVersion, CardVersion.id == CardCompetence.card_version_id)
            .join(
                Card,
                (Card.id == CardVersion.card_id) & (CardVersion.number == Card.current_version),
            )
            .where(Card.deleted.is_(False))
        )
    )
    route_query = (
        select(CardCompetence.competence_id, Student.id)
        .join(CardVersion, CardVersion.id == CardCompetence.card_version_id)
        .join(
            RouteItem,
            (RouteItem.card_id == CardVersion.card_id)
            & (RouteItem.card_version == CardVersion.number),
        )
        .join(Route, Route.id == RouteItem.route_id)
        .join(Student, Student.id == Route.student_id)
        .where(RouteItem.deleted.is_(False), Route.deleted.is_(False), Student.deleted.is_(False))
    )
    student_query = select(Student.id).where(Student.deleted.is_(False))
    if student_id is not None:
        route_query = route_query.where(Student.id == student_id)
        student_query = student_query.where(Student.id == student_id)
    counted = set(session.scalars(student_query))
    if visible is not None:
        counted &= visible
    routes = {k: v & counted for k, v in _sets(session.execute(route_query)).items() if v & counted}
    links = _links(session, nodes)

    card_total: dict[uuid.UUID, set[uuid.UUID]] = {}
    route_total: dict[uuid.UUID, set[uuid.UUID]] = {}

    def roll_up(node: uuid.UUID) -> None:
        c, r = set(cards.get(node, ())), set(routes.get(node, ()))
        for child in children.get(node, ()):
            roll_up(child)
            c |= card_total[child]
            r |= route_total[child]
        card_total[node], route_total[node] = c, r

    for top in children.get(None, ()):
        roll_up(top)

    sections: dict[str, tuple[str, list[CoverageRow]]] = {}

    def walk(node: uuid.UUID, depth: int) -> None:
        n = nodes[node]
        key, title = _section(n)
        sections.setdefault(key, (title, []))[1].append(
            CoverageRow(
                n.id,
                competence_ref(n.crebo, n.code),
                n.code,
                n.title,
                n.kind,
                depth,
                n.part,
                n.profile,
                len(card_total[node]),
                len(route_total[node]),
                tuple(links.get(node, ())),
            )
        )
        for child in sorted(children.get(node, ()), key=lambda i: _order(nodes[i])):
            walk(child, depth + 1)

    for top in sorted(children.get(None, ()), key=lambda i: _order(nodes[i])):
        walk(top, 0)
    fixed = {KERNDOELEN: 1, SKILLS: 2, OTHER: 3}  # the dossiers first, by name
    ordered = sorted(sections, key=lambda k: (fixed.get(k, 0), sections[k][0]))
    return Coverage(
        tuple(CoverageSection(k, sections[k][0], tuple(sections[k][1])) for k in ordered),
        student_id,
        len(counted),
    )


def _nodes(session: Session) -> dict[uuid.UUID, _Node]:
    rows = session.execute(
        select(
            Competence.id,
            Competence.code,
            Competence.title,
            Competence.kind,
            Competence.parent_id,
            Qualification.crebo,
            Qualification.name,
            Competence.part,
            Competence.profile,
        )
        .outerjoin(Qualification, Qualification.id == Competence.qualification_id)
        .where(Competence.deleted.is_(False))
    )
    return {r[0]: _Node(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8]) for r in rows}


def _sets(rows: Iterable[tuple[uuid.UUID, uuid.UUID]]) -> dict[uuid.UUID, set[uuid.UUID]]:
    out: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for competence, other in rows:
        out[competence].add(other)
    return out


def _links(session: Session, nodes: dict[uuid.UUID, _Node]) -> dict[uuid.UUID, list[LinkView]]:
    out: dict[uuid.UUID, list[LinkView]] = defaultdict(list)
    rows = session.execute(
        select(CompetenceLink.from_id, CompetenceLink.to_id, CompetenceLink.source).where(
            CompetenceLink.deleted.is_(False)
        )
    )
    for a, b, source in rows:
        if a not in nodes or b not in nodes:
            continue
        for here, there in ((a, nodes[b]), (b, nodes[a])):
            out[here].append(LinkView(competence_ref(there.crebo, there.code), there.title, source))
    for views in out.values():
        views.sort(key=lambda v: v.ref)
    return out


def _section(n: _Node) -> tuple[str, str]:
    if n.crebo is not None:
        return n.crebo, f"{n.dossier} (crebo {n.crebo})"
    if n.kind in _FRAMEWORK or n.kind == CompetenceKind.GEDRAGSCRITERIUM:
        return KERNDOELEN, "Kerndoelen"
    if n.kind == CompetenceKind.WERKNEMERSVAARDIGHEID:
        return SKILLS, "Werknemersvaardigheden (MKB)"
    return OTHER, "Overige competenties"


def _order(n: _Node) -> tuple[int, str]:
    return _PART_ORDER[n.part], n.code
