"""The demo school: the Dutch content of content.py turned into a working store.

On first start the application (and `jw-desktop demo`) creates it, so a teacher can try
everything at once: routes at different points, Jerome close to his first praktijkbewijs,
placements with hours, notes of both privacy categories, issued credentials.
Progress is generated deterministically relative to today, so the demo always looks recent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from jw_desktop.demo.stages import demo_placements
from jw_desktop.model import (
    CardType,
    CompetenceKind,
    CredentialKind,
    InvalidInput,
    ItemStatus,
    Level,
    NoteCategory,
    PlacementModel,
    Role,
    SchoolStore,
    Setting,
    Uitstroomprofiel,
)
from jw_desktop.model.assessing import Assessor
from jw_desktop.model.enums import QualificationPart
from jw_desktop.model.specs import (
    CardSpec,
    CatalogueSpec,
    CompanySpec,
    CompetenceSpec,
    CredentialSpec,
    GroupSpec,
    HoursSpec,
    LinkSpec,
    NoteSpec,
    ObservationSpec,
    PlacementSpec,
    ProgressSpec,
    RouteStatusSpec,
    SchoolSpec,
    StaffSpec,
    StepSpec,
    StudentSpec,
    TemplateItemSpec,
    TemplateSpec,
)

from . import content as c
from .ik_texts import IK_TEXTS
from .pictures import draw_step_picture

DEMO_PASSWORD = "demo-wachtwoord-2026"
"""Every demo account logs in with this (README). Never used outside the demo school."""

ROLES = {"teacher": Role.TEACHER, "jobcoach": Role.JOBCOACH, "admin": Role.ADMIN}

# Share of a route's steps and criteria a student masters, per progress profile.
MASTERED_SHARE = {"none": 0.0, "started": 0.25, "halfway": 0.55, "almost": 1.0, "done": 1.0}


def catalogue_spec() -> CatalogueSpec:
    return _qualification_structure(_catalogue_spec())


def _catalogue_spec() -> CatalogueSpec:
    competences: list[CompetenceSpec] = []
    for kd in c.KERNDOELEN:
        competences.append(CompetenceSpec(kd["code"], CompetenceKind.KERNDOEL, kd["title"]))
        for km in kd["kenmerken"]:
            competences.append(
                CompetenceSpec(km["code"], CompetenceKind.GEDRAGSKENMERK, km["title"], kd["code"])
            )
            competences += [
                CompetenceSpec(cr["code"], CompetenceKind.GEDRAGSCRITERIUM, cr["title"], km["code"])
                for cr in km["criteria"]
            ]
    for q in c.QUALIFICATIONS:
        competences += [
            CompetenceSpec(w["code"], CompetenceKind.WERKPROCES, w["title"], crebo=q["crebo"])
            for w in q["werkprocessen"]
        ]
    competences += [
        CompetenceSpec(s["code"], CompetenceKind.WERKNEMERSVAARDIGHEID, s["title"])
        for s in c.EMPLOYEE_SKILLS
    ]
    return CatalogueSpec(
        sectors=[(s["key"], s["name"]) for s in c.SECTORS],
        themes=[(t["key"], t["name"], t["sector"]) for t in c.THEMES],
        qualifications=[(q["crebo"], q["name"]) for q in c.QUALIFICATIONS],
        competences=competences,
        cards=[_card(card) for card in c.CARDS],
        credentials=[
            CredentialSpec(
                cr["key"],
                CredentialKind(cr["kind"]),
                cr["name"],
                cr["sector"],
                cr["assessed_by"],
                tuple(cr["components"]),
                cr["description"],
                c.CREDENTIAL_ISSUERS.get(cr["key"], ""),
                tuple(c.CREDENTIAL_WERKPROCESSEN.get(cr["key"], [])),
                tuple(c.DIPLOMA_EXAM_PARTS.get(cr["key"], [])),
            )
            for cr in c.CREDENTIALS
        ],
        templates=[
            TemplateSpec(
                t["name"],
                t.get("credential"),
                tuple(TemplateItemSpec(i["card"], i["phase"], i["module"]) for i in t["items"]),
            )
            for t in c.TEMPLATES
        ],
    )


def _qualification_structure(spec: CatalogueSpec) -> CatalogueSpec:
    """The qualification structure of the demo (content.py, its own block): a third dossier
    that also has B1-K1-W1, kerntaken in the basisdeel and in profieldelen, employee skills
    linked with their source, and cards in several sectors. A bare werkproces code on a card
    is written out with the dossier of the card's sector, since B1-K1-W1 is in two."""
    q = c.LOGISTIEK_QUALIFICATION
    kerntaken = [
        CompetenceSpec(
            k["code"],
            CompetenceKind.KERNTAAK,
            k["title"],
            crebo=k["crebo"],
            part=QualificationPart(k["part"]),
            profile=k["profile"],
        )
        for k in c.KERNTAKEN
    ]
    werkprocessen = [
        CompetenceSpec(w["code"], CompetenceKind.WERKPROCES, w["title"], crebo=crebo)
        for crebo, ws in [(q["crebo"], q["werkprocessen"]), *c.NEW_WERKPROCESSEN.items()]
        for w in ws
    ]
    placed = {(k["crebo"], w): k for k in c.KERNTAKEN for w in k["werkprocessen"]}

    def place(comp: CompetenceSpec) -> CompetenceSpec:
        k = placed.get((comp.crebo or "", comp.code))
        if comp.kind != CompetenceKind.WERKPROCES or k is None:
            return comp
        part = QualificationPart(k["part"])
        return replace(comp, parent_code=k["code"], part=part, profile=k["profile"])

    competences = [place(comp) for comp in [*spec.competences, *werkprocessen]]
    in_dossier = {comp.code for comp in competences if comp.crebo}
    outside = {comp.code for comp in competences if not comp.crebo}

    def written_out(card: CardSpec) -> CardSpec:
        dossier = c.SECTOR_DOSSIER.get(card.sector)
        refs = [
            f"{dossier}/{ref}" if dossier and ref in in_dossier and ref not in outside else ref
            for ref in card.competences
        ]
        refs += c.CARD_WERKPROCESSEN.get(card.code, [])
        sectors = tuple(c.CARD_OTHER_SECTORS.get(card.code, []))
        return replace(card, competences=tuple(refs), other_sectors=sectors)

    return replace(
        spec,
        qualifications=[*spec.qualifications, (q["crebo"], q["name"])],
        competences=kerntaken + competences,
        links=[LinkSpec(ln["skill"], ln["to"], ln["source"]) for ln in c.COMPETENCE_LINKS],
        cards=[written_out(card) for card in spec.cards],
    )


def _card(card: c.Card) -> CardSpec:
    steps = tuple(
        StepSpec(step["text"], draw_step_picture(step["picture"], n))
        for n, step in enumerate(card.get("steps", []), start=1)
    )
    return CardSpec(
        code=card["code"],
        card_type=CardType(card["type"]),
        sector=card["sector"],
        phase=card["phase"],
        title=card["title"],
        theme=card["theme"],
        summary=card["summary"],
        body=card.get("body", ""),
        tags=tuple(card["tags"]),
        competences=tuple(card["competences"]),
        questions=tuple(card.get("questions", [])),
        steps=steps,
        criteria=tuple(card.get("criteria", [])),
        components=tuple(card.get("tasks", [])) + tuple(card.get("skills", [])),
        student_texts=tuple(
            (text, IK_TEXTS[text])
            for text in [s["text"] for s in card.get("steps", [])] + card.get("criteria", [])
            if text in IK_TEXTS
        ),
    )


def school_spec() -> SchoolSpec:
    emails = {s["key"]: s["email"] for s in c.STAFF}
    return SchoolSpec(
        name=c.SCHOOL_NAME,
        city=c.SCHOOL_CITY,
        staff=[StaffSpec(s["email"], s["name"], ROLES[s["role"]]) for s in c.STAFF],
        groups=[GroupSpec(g["key"], g["name"], g["phase"], emails[g["mentor"]]) for g in c.GROUPS],
        companies=[
            CompanySpec(
                co["key"],
                co["name"],
                co["sector"],
                co["city"],
                co["supervisor"]["name"],
                co["supervisor"]["phone"],
                co["supervisor"]["email"],
            )
            for co in c.COMPANIES
        ],
        students=[_student(s, emails) for s in c.STUDENTS],
    )


def _student(s: c.Student, emails: dict[str, str]) -> StudentSpec:
    p = s["placement"]
    placement = None
    if p is not None:
        placement = PlacementSpec(
            p["company"],
            date.fromisoformat(p["start"]),
            date.fromisoformat(p["end"]),
            PlacementModel(p["model"]),
            p["days_per_week"],
            p["hours_required"],
            emails[p["jobcoach"]],
        )
    return StudentSpec(
        s["key"],
        s["first_name"],
        s["last_name"],
        date.fromisoformat(s["birth_date"]),
        s["group"],
        s["phase"],
        Uitstroomprofiel(s["uitstroomprofiel"]),
        emails[s["mentor"]],
        s["template"],
        placement,
    )


def progress_spec(store: SchoolStore, ids: dict[str, uuid.UUID], today: date) -> ProgressSpec:
    """Observations along each route according to the student's profile, hours for each
    placement up to today, and a few notes."""
    emails = {s["key"]: s["email"] for s in c.STAFF}
    spec = ProgressSpec()
    for s in c.STUDENTS:
        sid = ids[s["key"]]
        placement = s["placement"]
        coach = emails[placement["jobcoach"]] if placement else None
        _route_progress(store, spec, sid, s["progress"], emails[s["mentor"]], coach, today)
        if placement is not None:
            spec.hours += _hours(sid, placement, today)
        spec.notes += _notes(sid, s, emails, coach, today)
    return spec


def _route_progress(
    store: SchoolStore,
    spec: ProgressSpec,
    sid: uuid.UUID,
    profile: str,
    mentor: str,
    coach: str | None,
    today: date,
) -> None:
    todo = store.still_to_practise(sid)
    if not todo:
        return
    share = MASTERED_SHARE[profile]
    count = round(len(todo) * share)
    if profile == "almost":  # everything but the last two assessment criteria
        count = len(todo) - 2
    start = today - timedelta(days=7 * 12)
    for n, item in enumerate(todo):
        when = start + timedelta(days=(n * 84) // max(len(todo), 1))
        where, by = Setting.SCHOOL, mentor
        if coach is not None and n % 3 == 2:
            where, by = Setting.WORKPLACE, coach
        if n < count:
            spec.observations.append(
                ObservationSpec(
                    sid, item.card_code, item.position, Level.WITH_HELP, where, when, by
                )
            )
            later = min(when + timedelta(days=10), today)
            spec.observations.append(
                ObservationSpec(
                    sid, item.card_code, item.position, Level.INDEPENDENT, where, later, by
                )
            )
        elif n < count + 2 and profile != "none":
            level = Level.WITH_HELP if n == count else Level.NOT_YET
            remark = "Lukt bijna, nog één keer samen oefenen." if level == Level.WITH_HELP else ""
            spec.observations.append(
                ObservationSpec(
                    sid, item.card_code, item.position, level, where, min(when, today), by, remark
                )
            )
    done_cards = {i.card_code for i in todo[:count]} - {i.card_code for i in todo[count:]}
    current = todo[min(count, len(todo) - 1)].card_code
    for entry in store.route(sid).items:
        if entry.code in done_cards or (
            profile in ("almost", "done")
            and entry.card_type in (CardType.INSTAPVRAGEN, CardType.LESKAART)
        ):
            spec.statuses.append(RouteStatusSpec(sid, entry.code, ItemStatus.DONE, today))
        elif profile != "none" and entry.code == current:
            spec.statuses.append(RouteStatusSpec(sid, entry.code, ItemStatus.IN_PROGRESS, start))


def _hours(sid: uuid.UUID, p: c.Placement, today: date) -> list[HoursSpec]:
    """Spread the hours done over the working days from the start of the placement."""
    start, end = date.fromisoformat(p["start"]), min(date.fromisoformat(p["end"]), today)
    days = [d for d in _weekdays(start, end) if d.weekday() < p["days_per_week"]]
    if not days or p["hours_done"] <= 0:
        return []
    total = min(p["hours_done"] * 60, 8 * 60 * len(days))
    per_day, extra = divmod(total, len(days))
    return [HoursSpec(sid, d, per_day + (n < extra)) for n, d in enumerate(days)]


def _weekdays(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def _notes(
    sid: uuid.UUID, s: c.Student, emails: dict[str, str], coach: str | None, today: date
) -> list[NoteSpec]:
    mentor = emails[s["mentor"]]
    name = s["first_name"]
    notes = []
    if s["progress"] in ("halfway", "almost", "done"):
        talk = (
            f"Driegesprek met {name} en de praktijkbegeleider"
            if coach
            else f"Gesprek met {name} over de leerroute"
        )
        notes.append(
            NoteSpec(
                sid,
                f"{talk}: gaat goed, wil meer zelfstandig werken. Volgende keer samen de "
                "werkopdracht bespreken.",
                NoteCategory.WORK,
                coach or mentor,
                today + timedelta(days=14),
                "driegesprek" if coach else "voortgang",
            )
        )
    if s["key"] in ("jerome", "shanti", "kevin", "bram"):
        notes.append(
            NoteSpec(
                sid,
                f"{name} slaapt slecht door de situatie thuis; zorgcoördinator is op de "
                "hoogte. Niet delen met het leerbedrijf.",
                NoteCategory.CARE,
                mentor,
                today + timedelta(days=7),
                "zorg",
            )
        )
    return notes


def build_demo(store: SchoolStore) -> None:
    """Fill an empty store with the demo catalogue, school, routes and progress."""
    today = store.today()
    store.import_catalogue(catalogue_spec())
    ids = store.import_school(_enrolled_phases(school_spec()))  # before _demo_voice's changes
    for member in store.staff():
        store.set_password(member.id, DEMO_PASSWORD)
    store.import_progress(progress_spec(store, ids, today))
    _demo_assessments(store, ids, today)
    _demo_nazorg_routes(store, ids)
    _demo_onward(store, ids, today)
    _demo_voice(store, ids)
    demo_placements(store, ids)  # companies, agreements, goals, an ended stage (stages.py)


def _demo_assessments(store: SchoolStore, ids: dict[str, uuid.UUID], today: date) -> None:
    """Credentials rest on assessment moments: every student who finished a route was
    assessed by their mentor and the workplace supervisor (the branch's examiner for a
    branchecertificaat) and then got the credential, the branchecertificaat recorded as
    issued by the branch; Jerome's first assessment left two criteria niet behaald and
    his herkansing is planned; Mila passed two exam parts of her diploma."""
    credentials = {key: cid for cid, key, _ in store.credentials()}
    staff = {m.name: m.id for m in store.staff()}
    mentors = {m["key"]: staff[m["name"]] for m in c.STAFF}
    companies = {k["sector"]: k for k in c.COMPANIES}
    for s in c.STUDENTS:
        if s["template"] is None or (s["progress"] not in ("done",) and s["key"] != "jerome"):
            continue
        sid = ids[s["key"]]
        key = next(t["credential"] for t in c.TEMPLATES if t["name"] == s["template"])
        form = store.assessment_form(sid, credentials[key])
        kind = next(cr["kind"] for cr in c.CREDENTIALS if cr["key"] == key)
        sector = next(cr["sector"] for cr in c.CREDENTIALS if cr["key"] == key)
        assessors = [Assessor(staff_id=mentors[s["mentor"]])]
        if kind == "branchecertificaat":
            assessors.append(Assessor(name=c.BRANCH_EXAMINER[0], organisation=c.BRANCH_EXAMINER[1]))
        elif form.supervisors:
            assessors.append(Assessor(supervisor_id=form.supervisors[0][0]))
        else:  # the placement is over: the supervisor assessed as who they are
            company = companies[sector]
            assessors.append(
                Assessor(name=company["supervisor"]["name"], organisation=company["name"])
            )
        place = companies[sector]["name"]
        if s["key"] == "jerome":
            practised = {i.element_id for i in store.still_to_practise(sid)}
            held = today - timedelta(days=c.JEROME_ASSESSED_DAYS_AGO)
            results = {eid: eid not in practised for eid, _ in form.criteria}
            store.record_assessment(
                sid, form.card_id, form.card_version, held, assessors, results, place=place
            )
            retry = today + timedelta(days=c.JEROME_RETRY_IN_DAYS)
            store.record_assessment(
                sid, form.card_id, form.card_version, retry, assessors, {}, place=place
            )
            continue
        held = today - timedelta(days=21)
        results = {eid: True for eid, _ in form.criteria}
        store.record_assessment(
            sid, form.card_id, form.card_version, held, assessors, results, place=place
        )
        if kind == "branchecertificaat":
            store.issue_credential(
                sid, credentials[key], today - timedelta(days=7), reference="SVL-2026-0173"
            )
        else:
            store.issue_credential(sid, credentials[key], today - timedelta(days=14))
    mila = ids["mila"]
    for part in store.exam_parts(mila, credentials["mbo-entree-groen"])[:2]:
        store.record_exam_part(mila, part.id, today - timedelta(days=30), c.MBO_SCHOOL)


NAZORG_CARDS = ("ALG-IV-02", "ALG-LK-02", "ALG-IK-03", "ALG-WO-03")
"""What a student in fase 6 works on after leaving school with a credential."""


def _demo_nazorg_routes(store: SchoolStore, ids: dict[str, uuid.UUID]) -> None:
    """Students in aftercare get the nazorg cards at the end of their route, and have
    talked about the first two with their mentor and planned a first work week."""
    today = store.today()
    emails = {s["key"]: s["email"] for s in c.STAFF}
    spec = ProgressSpec()
    for s in c.STUDENTS:
        if s["phase"] != 6:
            continue
        sid = ids[s["key"]]
        for code in NAZORG_CARDS:
            store.add_to_route(sid, store.card_id(code), phase=6)
        spec.statuses += [
            RouteStatusSpec(sid, code, ItemStatus.DONE, today - timedelta(days=21))
            for code in NAZORG_CARDS[:2]
        ]
        spec.statuses.append(RouteStatusSpec(sid, NAZORG_CARDS[2], ItemStatus.IN_PROGRESS, today))
        planning = [i for i in store.still_to_practise(sid) if i.card_code == NAZORG_CARDS[2]]
        spec.observations += [
            ObservationSpec(
                sid,
                item.card_code,
                item.position,
                Level.INDEPENDENT if n < 4 else Level.WITH_HELP,
                Setting.SCHOOL,
                today - timedelta(days=7),
                emails[s["mentor"]],
            )
            for n, item in enumerate(planning[:6])
        ]
    store.import_progress(spec)


def _demo_onward(store: SchoolStore, ids: dict[str, uuid.UUID], today: date) -> None:
    """Parents and carers, consents (one valid until the end of the stage, one expired,
    one given by a parent for a student under 16), OPP goals and the route onward
    (content.ONWARD)."""
    from jw_desktop.model.contacts import age_on

    companies = {name: cid for cid, name in store.companies()}
    by_key = {s["key"]: s for s in c.STUDENTS}
    names = {co["key"]: co["name"] for co in c.COMPANIES}
    for s in c.STUDENTS:  # everyone else on a placement consented for their workplace
        if s["placement"] is not None and s["key"] not in c.ONWARD:
            start = min(date.fromisoformat(s["placement"]["start"]), today)
            store.record_consent(
                ids[s["key"]],
                recipient="werkplek",
                categories=["voortgang", "portfolio"],
                valid_until=max(date.fromisoformat(s["placement"]["end"]), start),
                given_on=start,
                given_by="leerling",  # all of them 16 or older
                company_id=companies[names[s["placement"]["company"]]],
            )
    for key, onward in c.ONWARD.items():
        sid, student = ids[key], by_key[key]
        parents = [
            (store.add_contact(
                sid, name, relation, phone=phone, email=email, parental_authority=authority
            ), authority)
            for name, relation, phone, email, authority in onward["contacts"]
        ]  # fmt: skip
        placement = student["placement"]
        for recipient, categories, start, end in onward["consents"]:
            if start == "stage":
                assert placement is not None
                given_on = min(date.fromisoformat(placement["start"]), today)
                until = max(date.fromisoformat(placement["end"]), given_on)
            else:
                given_on, until = today + timedelta(days=start), today + timedelta(days=end)
            young = age_on(date.fromisoformat(student["birth_date"]), given_on) < 16
            parent = next(pid for pid, authority in parents if authority) if young else None
            store.record_consent(
                sid,
                recipient=recipient,
                categories=categories,
                valid_until=until,
                given_on=given_on,
                given_by="ouder of verzorger" if young else "leerling",
                parent_id=parent,
                company_id=companies[names[placement["company"]]] if placement else None,
                recipient_name=c.PARTNER_MBO[0],
            )
        store.set_plan(
            sid,
            opp_goals=onward["goals"],
            trajectory=onward["trajectory"],
            partner_school=c.PARTNER_MBO[0],
            partner_contact=c.PARTNER_MBO[1],
        )


# -- phases and the student's own voice (content.VOICES) ------------------------------------


def _enrolled_phases(spec: SchoolSpec) -> SchoolSpec:
    """Students with a phase history are enrolled in their first phase; _demo_voice then
    records each change, so they end in the phase content.STUDENTS gives them."""
    students = [
        dataclasses.replace(st, phase=c.VOICES[st.key]["enrolled_phase"])
        if st.key in c.VOICES
        else st
        for st in spec.students
    ]
    return dataclasses.replace(spec, students=students)


def _demo_voice(store: SchoolStore, ids: dict[str, uuid.UUID]) -> None:
    """Phase histories, goals, reflections and self-assessments, recorded as the staff
    member named in the content (store.actor), so the page says who did it."""
    staff = {m.email: m.id for m in store.staff()}
    by_key = {s["key"]: staff[s["email"]] for s in c.STAFF}
    today = store.today()
    try:
        for key, voice in c.VOICES.items():
            sid = ids[key]
            for change in voice["phases"]:
                store.actor = by_key[change["by"]]
                on = min(date.fromisoformat(change["on"]), today)
                store.change_phase(sid, change["to"], change["reason"], changed_on=on)
            store.actor = by_key[next(s["mentor"] for s in c.STUDENTS if s["key"] == key)]
            for text, domain in voice["goals"]:
                store.add_goal(sid, text, domain)
            cards = {item.code: item.id for item in store.route(sid).items}
            sheet = store.observation_sheet(sid)
            elements = [e.id for card in sheet.cards for e in card.elements]
            elements.sort(key=lambda e: e not in sheet.todo)  # the observe page shows these
            for element, level in zip(elements, voice["self_levels"], strict=False):
                store.record_observation(
                    sid, element, Level(level), self_assessment=True, observed_on=today
                )
            said = voice["reflections"]
            for n, (who, text, about) in enumerate(said):
                store.actor = by_key[who]
                item = cards.get(about) if about else None
                on = today - timedelta(days=7 * (len(said) - n))  # a week apart, the last
                store.add_reflection(sid, text, said_on=on, route_item_id=item)
    finally:
        store.actor = None


def create_demo_database(path: Path | str) -> None:
    """Create a new store with the demo school at path, all or nothing: it is built in a
    temporary file beside it and only renamed into place when complete."""
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise InvalidInput(
            f"Er staat al een database op {path}. De demoschool wordt alleen in een nieuw "
            "bestand gemaakt; er is niets veranderd."
        )
    staging = path.with_name(f".{path.stem}.demo-{uuid.uuid4().hex[:8]}.sqlite")
    try:
        with SchoolStore.open(staging, auto_backup=False) as store:
            build_demo(store)
            store.checkpoint()
        os.replace(staging, path)
    finally:
        for leftover in (staging, *(Path(f"{staging}{s}") for s in ("-wal", "-shm", ".lock"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
