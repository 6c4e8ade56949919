"""Demo content for placements and companies (issue 10, points 1 and 7): erkende
leerbedrijven with their SBB numbers and open places, a signed praktijkovereenkomst and
learning goals for Jerome's stage, an ended earlier stage of Kevin whose hours still count
towards his leerwerktraject, and the sectors where the region has work. Fatima's
praktijkovereenkomst is left unsigned on purpose, so the demo shows the warning."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from jw_desktop.model import PlacementModel, SchoolStore

RECOGNITIONS = {
    # company name: (SBB erkenningsnummer, erkend sinds, geldig tot, open plaatsen)
    "Tuincentrum De Groene Hoek": ("10034521", date(2021, 5, 12), None, 5),
    "Restaurant De Linde": ("10087214", date(2019, 9, 2), date(2027, 9, 1), 2),
    "Distributiecentrum Noordpolder": ("10112093", date(2023, 1, 16), None, 4),
}

AGREEMENTS = {
    # student key: who signed the praktijkovereenkomst (a week before the start)
    "jerome": "Jerome Tromp, zijn moeder, Henk Zwart (De Groene Hoek) en Murat Demir (school)",
    "shanti": "Shanti Mahabier, haar vader, Marloes Brink (De Linde) en Murat Demir (school)",
    "kevin": "Kevin Tjon A Fong, zijn moeder, Ricardo Fernandes (Noordpolder) en Sanne de Wit",
}

GOALS = {
    "jerome": [
        (
            "Ik geef de planten op de verkoopafdeling zelf water, zonder dat Henk het zegt.",
            "B1-K1-W2",
        ),
        (
            "Ik verpot een tray stekjes in mijn eigen tempo en controleer zelf de wortels.",
            "B1-K1-W3",
        ),
        ("Ik meld me voor half negen af als ik ziek ben.", "GW03"),
    ],
}

REGION = [
    ("logistiek", 20, "Distributiecentra rond Zoetermeer nemen het hele jaar mensen aan."),
    ("groen", 12, "Tuincentra en hoveniers zoeken vooral in het voorjaar extra handen."),
    ("horeca", 6, "Vooral in de zomer; vaak ook weekendwerk."),
]

# Kevin's oriëntatiestage before the distribution centre: ended, its hours still count
EARLIER_STUDENT = "kevin"
EARLIER_COMPANY = "Tuincentrum De Groene Hoek"
EARLIER_START, EARLIER_END, EARLIER_ENDED = date(2025, 9, 1), date(2026, 1, 30), date(2026, 1, 23)
EARLIER_HOURS = 96
EARLIER_SIGNED_BY = "Kevin Tjon A Fong, zijn moeder, Henk Zwart (De Groene Hoek) en Sanne de Wit"


def demo_placements(store: SchoolStore, ids: dict[str, uuid.UUID]) -> None:
    """Called once from build_demo, after the school and its hours are in."""
    today = store.today()
    companies = {co.name: co.id for co in store.company_list()}
    for name, (number, since, until, places) in RECOGNITIONS.items():
        store.set_company_recognition(
            companies[name],
            number=number,
            recognized_on=min(since, today),
            recognized_until=until,
            open_places=places,
        )
    for key, signed_by in AGREEMENTS.items():
        for placement in store.placements(ids[key]):
            (start,) = [
                h.start_on for h in store.progress(ids[key]).hours if h.placement_id == placement
            ]
            store.record_agreement(
                placement, signed_on=min(start - timedelta(days=7), today), signed_by=signed_by
            )
    competences = {label.split(" ", 1)[0]: cid for cid, label in store.goal_competences()}
    for key, goals in GOALS.items():
        (placement, *_) = store.placements(ids[key])
        for text, code in goals:
            store.add_placement_goal(placement, text, competences.get(code))
    for sector, places, note in REGION:
        store.set_region_sector(sector, open_places=places, note=note)
    _earlier_stage(store, ids, companies, today)


def _earlier_stage(
    store: SchoolStore, ids: dict[str, uuid.UUID], companies: dict[str, uuid.UUID], today: date
) -> None:
    if today <= EARLIER_ENDED:  # a demo made before that day has no such history yet
        return
    sid = ids[EARLIER_STUDENT]
    placement = store.add_placement(
        sid,
        companies[EARLIER_COMPANY],
        start_on=EARLIER_START,
        end_on=EARLIER_END,
        model=PlacementModel.LINT,
        days_per_week=1,
        hours_required=120,
    )
    store.record_agreement(
        placement, signed_on=EARLIER_START - timedelta(days=5), signed_by=EARLIER_SIGNED_BY
    )
    day, logged = EARLIER_START, 0
    while logged < EARLIER_HOURS and day <= EARLIER_ENDED:
        if day.weekday() == 0:  # his Monday at the garden centre
            store.log_hours(placement, day, 8)
            logged += 8
        day += timedelta(days=1)
    store.end_placement(placement, EARLIER_ENDED)
    store.set_hours_requirement(
        sid,
        hours_per_year=320,
        school_years=2,
        first_year=2025,
        note="Leerwerktraject logistiek: twee schooljaren van 320 uur, alle stages samen",
    )
