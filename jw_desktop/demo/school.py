"""The demo school: the Dutch content of content.py turned into a working store.

On first start the application (and `jw-desktop demo`) creates it, so a teacher can try
everything at once: routes at different points, Jerome close to his first praktijkbewijs,
placements with hours, notes of both privacy categories, issued credentials.
Progress is generated deterministically relative to today, so the demo always looks recent.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
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
from jw_desktop.model.specs import (
    CardSpec,
    CatalogueSpec,
    CompanySpec,
    CompetenceSpec,
    CredentialSpec,
    GroupSpec,
    HoursSpec,
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
from .pictures import draw_step_picture

DEMO_PASSWORD = "demo-wachtwoord-2026"
"""Every demo account logs in with this (README). Never used outside the demo school."""

ROLES = {"teacher": Role.TEACHER, "jobcoach": Role.JOBCOACH, "admin": Role.ADMIN}

# Share of a route's steps and criteria a student masters, per progress profile.
MASTERED_SHARE = {"none": 0.0, "started": 0.25, "halfway": 0.55, "almost": 1.0, "done": 1.0}


def catalogue_spec() -> CatalogueSpec:
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
            )
            for cr in c.CREDENTIALS
        ],
        templates=[
            TemplateSpec(
                t["name"],
                t["credential"],
                tuple(TemplateItemSpec(i["card"], i["phase"], i["module"]) for i in t["items"]),
            )
            for t in c.TEMPLATES
        ],
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
        notes.append(
            NoteSpec(
                sid,
                f"Driegesprek met {name} en de praktijkbegeleider: gaat goed, wil meer "
                "zelfstandig werken. Volgende keer samen de werkopdracht bespreken.",
                NoteCategory.WORK,
                coach or mentor,
                today + timedelta(days=14),
                "driegesprek",
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
    ids = store.import_school(school_spec())
    for member in store.staff():
        store.set_password(member.id, DEMO_PASSWORD)
    store.import_progress(progress_spec(store, ids, today))
    credentials = {key: cid for cid, key, _ in store.credentials()}
    for s in c.STUDENTS:
        if s["progress"] == "done" and s["template"] is not None:
            target = next(t["credential"] for t in c.TEMPLATES if t["name"] == s["template"])
            store.issue_credential(ids[s["key"]], credentials[target])
    demo_placements(store, ids)  # companies, agreements, goals, an ended stage (stages.py)


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
