"""Bulk import of a catalogue publication and of a whole school, in one transaction each.

Used by the demo school, the scale-data generator and (later) catalogue bundles. Rows are
written with executemany, not object by object: the 6,000-card catalogue must load in
seconds. Importing the same publication twice changes nothing; a higher card version adds
a version and moves the card's current_version, leaving routes on their planned version.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .base import CATALOGUE_PARTITION, school_partition, student_partition, utcnow
from .entities import (
    Card,
    CardCompetence,
    CardComponent,
    CardElement,
    CardSector,
    CardVersion,
    Company,
    Competence,
    CompetenceLink,
    CredentialCompetence,
    CredentialComponent,
    CredentialDefinition,
    CredentialExamPart,
    Group,
    Picture,
    Placement,
    Qualification,
    Route,
    RouteItem,
    School,
    Sector,
    Staff,
    Student,
    TemplateItem,
    TemplateRoute,
    Theme,
    WorkplaceSupervisor,
)
from .enums import ElementKind, ItemStatus
from .errors import InvalidInput
from .ordering import keys_after
from .progress import HoursEntry, Note, Observation
from .qualifications import (
    SEPARATOR,
    CompetenceIndex,
    card_sector_rows,
    check_part,
    competence_link_rows,
    competence_natural_key,
)
from .route import route_id_for, route_item_id_for
from .search import reindex_cards
from .specs import CardSpec, CatalogueSpec, ProgressSpec, SchoolSpec


def _bulk(session: Session, entity: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(entity), rows)


CATALOGUE_NAMESPACE = uuid.UUID("3c5b8a57-6a43-4f5e-8f0e-7d2d1b9c4a60")


def catalogue_id(natural: str) -> uuid.UUID:
    """Catalogue records get ids from their natural keys ('card/GRN-IK-01/v2/3'), so that
    every replica that imports the same publication makes the same records, and a
    publisher's bundle merges into a store that already had the catalogue."""
    return uuid.uuid5(CATALOGUE_NAMESPACE, natural)


def _catalogue_row(natural: str, **values: Any) -> dict[str, Any]:
    return {"id": catalogue_id(natural), "partition": CATALOGUE_PARTITION, **values}


def _mutable_row(partition: str, **values: Any) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "partition": partition,
        "updated_at": utcnow(),
        "deleted": False,
        **values,
    }


def _existing(session: Session, column: Any, key_column: Any) -> dict[Any, uuid.UUID]:
    return {k: i for k, i in session.execute(select(key_column, column))}


def import_catalogue(session: Session, spec: CatalogueSpec) -> list[uuid.UUID]:
    """Add what is new in spec; returns the ids of cards that were added or got a new
    version."""
    now = utcnow()

    def mutable(natural: str, **values: Any) -> dict[str, Any]:
        return _catalogue_row(natural, updated_at=now, deleted=False, **values)

    sectors = _existing(session, Sector.id, Sector.key)
    rows = [mutable(f"sector/{k}", key=k, name=n) for k, n in spec.sectors if k not in sectors]
    _bulk(session, Sector, rows)
    sectors.update({r["key"]: r["id"] for r in rows})

    themes = _existing(session, Theme.id, Theme.key)
    rows = [
        mutable(f"theme/{k}", key=k, name=n, sector_id=_ref(sectors, s, "sector"))
        for k, n, s in spec.themes
        if k not in themes
    ]
    _bulk(session, Theme, rows)
    themes.update({r["key"]: r["id"] for r in rows})

    quals = _existing(session, Qualification.id, Qualification.crebo)
    rows = [
        mutable(f"qualification/{c}", crebo=c, name=n)
        for c, n in spec.qualifications
        if c not in quals
    ]
    _bulk(session, Qualification, rows)
    quals.update({r["crebo"]: r["id"] for r in rows})

    comps = _import_competences(session, spec, quals, mutable)
    _bulk(session, CompetenceLink, competence_link_rows(session, _links(spec), comps, mutable))

    changed = _import_cards(session, spec.cards, sectors, themes, comps)
    cards = _existing(session, Card.id, Card.code)
    extra = [(cards[c.code], c.sector, c.other_sectors) for c in spec.cards if c.other_sectors]
    _bulk(session, CardSector, card_sector_rows(session, extra, sectors, mutable))
    _import_credentials(session, spec)
    _import_templates(session, spec, themes)
    reindex_cards(session, changed)
    return changed


def _import_competences(
    session: Session, spec: CatalogueSpec, quals: dict[str, uuid.UUID], mutable: Any
) -> CompetenceIndex:
    """Competences new in spec; a code is unique per kwalificatiedossier (outside a
    dossier: among the codes outside one). Parents come before children in spec order."""
    comps = CompetenceIndex.load(session)
    seen: set[tuple[str | None, str]] = set()
    rows = []
    for c in spec.competences:
        crebo = c.crebo.strip() if c.crebo else None
        code = c.code.strip()
        if not code or SEPARATOR in code:
            raise InvalidInput(f"Competentiecode {c.code!r} is leeg of bevat een '/'.")
        key = (crebo, code)
        if key in seen:
            where = f"kwalificatiedossier {crebo}" if crebo else "het kader buiten de dossiers"
            raise InvalidInput(f"Competentie {code} staat twee keer in {where}.")
        seen.add(key)
        if key in comps:
            continue
        part, profile = check_part(code, crebo, c.part, c.profile)
        row = mutable(
            competence_natural_key(crebo, code),
            code=code,
            kind=c.kind,
            title=c.title,
            parent_id=comps.resolve(c.parent_code, within=crebo) if c.parent_code else None,
            qualification_id=_ref(quals, crebo, "kwalificatiedossier") if crebo else None,
            part=part,
            profile=profile,
        )
        rows.append(row)
        comps.add(crebo, code, row["id"])
    _bulk(session, Competence, rows)
    return comps


def _links(spec: CatalogueSpec) -> list[tuple[str, str, str]]:
    return [(link.from_ref, link.to_ref, link.source) for link in spec.links]


def _ref(table: dict[str, uuid.UUID], key: str | None, what: str) -> uuid.UUID:
    if key is None or key not in table:
        raise InvalidInput(f"Onbekende {what} {key!r} in de catalogus.")
    return table[key]


def _import_cards(
    session: Session,
    cards: Iterable[CardSpec],
    sectors: dict[str, uuid.UUID],
    themes: dict[str, uuid.UUID],
    comps: CompetenceIndex,
) -> list[uuid.UUID]:
    now = utcnow()
    existing = {
        code: (cid, current)
        for code, cid, current in session.execute(select(Card.code, Card.id, Card.current_version))
    }
    pictures = _existing(session, Picture.id, Picture.sha256)
    card_rows: list[dict[str, Any]] = []
    bumps: list[dict[str, Any]] = []
    version_rows: list[dict[str, Any]] = []
    element_rows: list[dict[str, Any]] = []
    picture_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    component_specs: list[tuple[uuid.UUID, CardSpec]] = []
    changed: list[uuid.UUID] = []
    card_ids = {code: cid for code, (cid, _) in existing.items()}
    for spec in cards:
        if spec.code in existing:
            cid, current = existing[spec.code]
            if spec.version <= current:
                continue
            bumps.append({"id": cid, "current_version": spec.version, "updated_at": now})
        else:
            if not 1 <= spec.phase <= 6:
                raise InvalidInput(f"Kaart {spec.code}: fase moet 1 tot en met 6 zijn.")
            cid = catalogue_id(f"card/{spec.code}")
            card_rows.append(
                _catalogue_row(
                    f"card/{spec.code}",
                    code=spec.code,
                    card_type=spec.card_type,
                    sector_id=_ref(sectors, spec.sector, "sector"),
                    theme_id=_ref(themes, spec.theme, "thema") if spec.theme else None,
                    phase=spec.phase,
                    current_version=spec.version,
                    updated_at=now,
                    deleted=False,
                )
            )
            card_ids[spec.code] = cid
        existing[spec.code] = (cid, spec.version)
        changed.append(cid)
        natural = f"card/{spec.code}/v{spec.version}"
        vid = catalogue_id(natural)
        version_rows.append(
            _catalogue_row(
                natural,
                card_id=cid,
                number=spec.version,
                title=spec.title,
                summary=spec.summary,
                body=spec.body,
                tags=list(spec.tags),
                published_on=spec.published_on,
            )
        )
        position = 0
        said = dict(spec.student_texts)
        for kind, texts in (
            (ElementKind.QUESTION, spec.questions),
            (ElementKind.CRITERION, spec.criteria),
        ):
            for t in texts:
                position += 1
                element_rows.append(
                    _catalogue_row(
                        f"{natural}/{position}",
                        card_version_id=vid,
                        kind=kind,
                        position=position,
                        text=t,
                        picture_id=None,
                        student_text=said.get(t, ""),
                    )
                )
        for step in spec.steps:
            position += 1
            picture_id = None
            if step.picture_png is not None:
                digest = hashlib.sha256(step.picture_png).hexdigest()
                if digest not in pictures:
                    pictures[digest] = catalogue_id(f"picture/{digest}")
                    picture_rows.append(
                        _catalogue_row(
                            f"picture/{digest}",
                            sha256=digest,
                            mime="image/png",
                            data=step.picture_png,
                        )
                    )
                picture_id = pictures[digest]
            element_rows.append(
                _catalogue_row(
                    f"{natural}/{position}",
                    card_version_id=vid,
                    kind=ElementKind.STEP,
                    position=position,
                    text=step.text,
                    picture_id=picture_id,
                    student_text=said.get(step.text, ""),
                )
            )
        linked: set[uuid.UUID] = set()
        for ref in spec.competences:
            competence_id = comps.resolve(ref)
            if competence_id in linked:
                continue
            linked.add(competence_id)
            link_rows.append(
                _catalogue_row(
                    # bare code as before, so ids of existing publications do not change
                    f"{natural}/competence/{ref.strip()}",
                    card_version_id=vid,
                    competence_id=competence_id,
                )
            )
        if spec.components:
            component_specs.append((vid, spec))
    component_rows = [
        _catalogue_row(
            f"card/{spec.code}/v{spec.version}/component/{i}",
            card_version_id=vid,
            component_card_id=_ref(card_ids, code, "kaart"),
            position=i,
        )
        for vid, spec in component_specs
        for i, code in enumerate(spec.components, start=1)
    ]
    _bulk(session, Picture, picture_rows)
    _bulk(session, Card, card_rows)
    for bump in bumps:
        session.execute(
            update(Card)
            .where(Card.id == bump["id"])
            .values(current_version=bump["current_version"], updated_at=bump["updated_at"])
        )
    _bulk(session, CardVersion, version_rows)
    _bulk(session, CardElement, element_rows)
    _bulk(session, CardCompetence, link_rows)
    _bulk(session, CardComponent, component_rows)
    return changed


def _import_credentials(session: Session, spec: CatalogueSpec) -> None:
    now = utcnow()
    sectors = _existing(session, Sector.id, Sector.key)
    cards = _existing(session, Card.id, Card.code)
    creds = _existing(session, CredentialDefinition.id, CredentialDefinition.key)
    rows = []
    new = [c for c in spec.credentials if c.key not in creds]
    for c in new:
        row = _catalogue_row(
            f"credential/{c.key}",
            key=c.key,
            kind=c.kind,
            name=c.name,
            description=c.description,
            sector_id=_ref(sectors, c.sector, "sector") if c.sector else None,
            assessed_by_card_id=_ref(cards, c.assessed_by, "kaart") if c.assessed_by else None,
            issuer_name=c.issuer_name,
            updated_at=now,
            deleted=False,
        )
        rows.append(row)
        creds[c.key] = row["id"]
    _bulk(session, CredentialDefinition, rows)
    _bulk(
        session,
        CredentialComponent,
        [
            _catalogue_row(
                f"credential/{c.key}/{k}",
                credential_id=creds[c.key],
                component_id=_ref(creds, k, "kwalificatie"),
            )
            for c in new
            for k in c.components
        ],
    )
    comps = CompetenceIndex.load(session)
    _bulk(
        session,
        CredentialCompetence,
        [
            _catalogue_row(
                f"credential/{c.key}/competence/{code}",
                credential_id=creds[c.key],
                competence_id=comps.resolve(code),
            )
            for c in new
            for code in dict.fromkeys(c.werkprocessen)
        ],
    )
    _bulk(
        session,
        CredentialExamPart,
        [
            _catalogue_row(
                f"credential/{c.key}/exam/{name}",
                credential_id=creds[c.key],
                name=name,
                position=position,
            )
            for c in new
            for position, name in enumerate(dict.fromkeys(c.exam_parts))
        ],
    )


def _import_templates(session: Session, spec: CatalogueSpec, themes: dict[str, uuid.UUID]) -> None:
    now = utcnow()
    cards = _existing(session, Card.id, Card.code)
    creds = _existing(session, CredentialDefinition.id, CredentialDefinition.key)
    existing = _existing(session, TemplateRoute.id, TemplateRoute.name)
    rows, items = [], []
    for t in spec.templates:
        if t.name in existing:
            continue
        tid = catalogue_id(f"template/{t.name}")
        rows.append(
            _catalogue_row(
                f"template/{t.name}",
                name=t.name,
                updated_at=now,
                deleted=False,
                credential_id=_ref(creds, t.credential, "kwalificatie") if t.credential else None,
            )
        )
        for n, (item, key) in enumerate(zip(t.items, keys_after(None, len(t.items)), strict=True)):
            items.append(
                _catalogue_row(
                    f"template/{t.name}/{n}",
                    template_id=tid,
                    card_id=_ref(cards, item.card, "kaart"),
                    phase=item.phase,
                    theme_id=_ref(themes, item.theme, "thema") if item.theme else None,
                    order_key=key,
                )
            )
    _bulk(session, TemplateRoute, rows)
    _bulk(session, TemplateItem, items)


def import_school(session: Session, spec: SchoolSpec, today: date) -> dict[str, uuid.UUID]:
    """Create a school with its people in one go; returns student key -> student id."""
    school_id = uuid.uuid4()
    part = school_partition(school_id)
    _bulk(session, School, [_mutable_row(part, id=school_id, name=spec.name, city=spec.city)])
    staff = {s.email: uuid.uuid4() for s in spec.staff}
    _bulk(
        session,
        Staff,
        [
            _mutable_row(
                part,
                id=staff[s.email],
                school_id=school_id,
                name=s.name,
                email=s.email,
                role=s.role,
            )
            for s in spec.staff
        ],
    )
    groups = {g.key: uuid.uuid4() for g in spec.groups}
    _bulk(
        session,
        Group,
        [
            _mutable_row(
                part,
                id=groups[g.key],
                school_id=school_id,
                name=g.name,
                phase=g.phase,
                mentor_id=staff.get(g.mentor_email or ""),
            )
            for g in spec.groups
        ],
    )
    sectors = _existing(session, Sector.id, Sector.key)
    companies: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = {}
    company_rows, supervisor_rows = [], []
    for c in spec.companies:
        cid = uuid.uuid4()
        sup = uuid.uuid4() if c.supervisor_name else None
        companies[c.key] = (cid, sup)
        company_rows.append(
            _mutable_row(
                part,
                id=cid,
                school_id=school_id,
                name=c.name,
                city=c.city,
                sector_id=sectors.get(c.sector or ""),
            )
        )
        if sup:
            supervisor_rows.append(
                _mutable_row(
                    part,
                    id=sup,
                    company_id=cid,
                    name=c.supervisor_name,
                    phone=c.supervisor_phone,
                    email=c.supervisor_email,
                )
            )
    _bulk(session, Company, company_rows)
    _bulk(session, WorkplaceSupervisor, supervisor_rows)

    templates = _template_items(session)
    students: dict[str, uuid.UUID] = {}
    student_rows, placement_rows, route_rows, item_rows = [], [], [], []
    for s in spec.students:
        sid = uuid.uuid4()
        students[s.key] = sid
        spart = student_partition(school_id, sid)
        student_rows.append(
            _mutable_row(
                spart,
                id=sid,
                school_id=school_id,
                group_id=groups.get(s.group or ""),
                first_name=s.first_name,
                last_name=s.last_name,
                birth_date=s.birth_date,
                phase=s.phase,
                uitstroomprofiel=s.uitstroomprofiel,
                contact_id=staff.get(s.contact_email or ""),
            )
        )
        if s.placement is not None:
            p = s.placement
            company_id, supervisor_id = companies[p.company]
            placement_rows.append(
                _mutable_row(
                    spart,
                    student_id=sid,
                    company_id=company_id,
                    supervisor_id=supervisor_id,
                    jobcoach_id=staff.get(p.jobcoach_email or ""),
                    start_on=p.start_on,
                    end_on=p.end_on,
                    model=p.model,
                    days_per_week=p.days_per_week,
                    hours_required=p.hours_required,
                )
            )
        if s.template is not None:
            if s.template not in templates:
                raise InvalidInput(f"Onbekende sjabloonroute {s.template!r}.")
            credential_id, items = templates[s.template]
            rid = route_id_for(sid)
            route_rows.append(
                _mutable_row(spart, id=rid, student_id=sid, target_credential_id=credential_id)
            )
            for key, (card_id, version, phase, theme_id) in zip(
                keys_after(None, len(items)), items, strict=True
            ):
                item_rows.append(
                    _mutable_row(
                        spart,
                        id=route_item_id_for(rid, card_id),  # as routes.add_card makes it
                        route_id=rid,
                        card_id=card_id,
                        card_version=version,
                        phase=phase,
                        theme_id=theme_id,
                        order_key=key,
                        status=ItemStatus.PLANNED,
                        planned_on=today,
                        started_on=None,
                        done_on=None,
                    )
                )
    for entity, rows in (
        (Student, student_rows),
        (Placement, placement_rows),
        (Route, route_rows),
        (RouteItem, item_rows),
    ):
        _bulk(session, entity, rows)
    return students


TemplateItems = tuple[uuid.UUID | None, list[tuple[uuid.UUID, int, int, uuid.UUID | None]]]


def _template_items(session: Session) -> dict[str, TemplateItems]:
    """Template name -> (credential, [(card, current version, phase, theme)] in order, each
    card once)."""
    result: dict[str, TemplateItems] = {}
    for tid, name, cred in session.execute(
        select(TemplateRoute.id, TemplateRoute.name, TemplateRoute.credential_id).where(
            TemplateRoute.deleted.is_(False)
        )
    ):
        rows = session.execute(
            select(
                TemplateItem.card_id,
                Card.current_version,
                TemplateItem.phase,
                TemplateItem.theme_id,
            )
            .join(Card, Card.id == TemplateItem.card_id)
            .where(TemplateItem.template_id == tid)
            .order_by(TemplateItem.order_key, TemplateItem.id)
        ).all()
        once: dict[uuid.UUID, tuple[uuid.UUID, int, int, uuid.UUID | None]] = {}
        for r in rows:  # a card a template holds twice is in the route once (one item id)
            once.setdefault(r[0], (r[0], r[1], r[2], r[3]))
        result[name] = (cred, list(once.values()))
    return result


def import_progress(session: Session, spec: ProgressSpec) -> int:
    """Bulk-append recorded progress (demo and scale data). Returns the number of facts."""
    elements: dict[tuple[str, int], uuid.UUID] = {
        (code, position): eid
        for code, position, eid in session.execute(
            select(Card.code, CardElement.position, CardElement.id)
            .join(
                CardVersion,
                (CardVersion.card_id == Card.id) & (CardVersion.number == Card.current_version),
            )
            .join(CardElement, CardElement.card_version_id == CardVersion.id)
        )
    }
    staff = _existing(session, Staff.id, Staff.email)
    partitions: dict[uuid.UUID, str] = {
        sid: part for sid, part in session.execute(select(Student.id, Student.partition))
    }
    # hours go to the student's running placement (the last one wins: ended ones first)
    placements: dict[uuid.UUID, uuid.UUID] = {
        sid: pid
        for sid, pid in session.execute(
            select(Placement.student_id, Placement.id)
            .where(Placement.deleted.is_(False))
            .order_by(Placement.ended_on.is_(None), Placement.start_on)
        )
    }
    now = utcnow()

    def fact(owner: uuid.UUID, by: uuid.UUID | None, **values: Any) -> dict[str, Any]:
        if owner not in partitions:
            raise InvalidInput("Voortgang voor een onbekende leerling.")
        return {
            "id": uuid.uuid4(),
            "student_id": owner,
            "partition": partitions[owner],
            "recorded_at": now,
            "withdrawn": False,
            "recorded_by": by,
            "supersedes_id": None,
            **values,
        }

    obs_rows = []
    for o in spec.observations:
        key = (o.card_code, o.position)
        if key not in elements:
            raise InvalidInput(f"Kaart {o.card_code} heeft geen onderdeel {o.position}.")
        by = staff.get(o.observer_email or "")
        obs_rows.append(
            fact(
                o.student_id,
                by,
                element_id=elements[key],
                level=int(o.level),
                setting=o.setting,
                observed_by=by,
                observed_on=o.observed_on,
                remark=o.remark,
                self_assessment=o.self_assessment,
            )
        )
    hour_rows = []
    for h in spec.hours:
        if h.student_id not in placements:
            raise InvalidInput("Uren voor een leerling zonder stage.")
        hour_rows.append(
            fact(
                h.student_id,
                None,
                placement_id=placements[h.student_id],
                worked_on=h.worked_on,
                minutes=h.minutes,
                remark=h.remark,
            )
        )
    note_rows = [
        fact(
            n.student_id,
            staff.get(n.author_email or ""),
            text=n.text,
            category=n.category,
            follow_up_on=n.follow_up_on,
            topic=n.topic,
        )
        for n in spec.notes
    ]
    _bulk(session, Observation, obs_rows)
    _bulk(session, HoursEntry, hour_rows)
    _bulk(session, Note, note_rows)
    _set_statuses(session, spec)
    return len(obs_rows) + len(hour_rows) + len(note_rows)


def _set_statuses(session: Session, spec: ProgressSpec) -> None:
    if not spec.statuses:
        return
    items = {
        (student, code): item
        for student, code, item in session.execute(
            select(Route.student_id, Card.code, RouteItem.id)
            .join(RouteItem, RouteItem.route_id == Route.id)
            .join(Card, Card.id == RouteItem.card_id)
            .where(RouteItem.deleted.is_(False))
        )
    }
    now = utcnow()
    rows = []
    for st in spec.statuses:
        item = items.get((st.student_id, st.card_code))
        if item is None:
            raise InvalidInput(f"Kaart {st.card_code} staat niet in de route van deze leerling.")
        rows.append(
            {
                "id": item,
                "status": st.status,
                "updated_at": now,
                "started_on": st.on if st.status != ItemStatus.PLANNED else None,
                "done_on": st.on if st.status == ItemStatus.DONE else None,
            }
        )
    session.execute(update(RouteItem), rows)
