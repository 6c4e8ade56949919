"""Dutch demo content for jw-desktop: a small catalogue and a fictional demo school.

Everything a user reads is Dutch and written for this demo. All people, companies and the
school are fictional; the crebo codes of the two kwalificatiedossiers are fictional as well.

The catalogue holds three credential paths (groen, horeca, logistiek) plus a few cards about
werknemersvaardigheden that every route can use, the onderbouw cards of fase 1-2 (learning
in groups at school) and the nazorg cards of fase 6. The demo school holds staff, a group
for every phase, three leerbedrijven and about 30 students at different points of their
leerroute.

Every criterion (and every step, which is observed on the same scale) is written so that
two assessors judge it the same: it names the behaviour and its norm, one behaviour each,
and judges what the student does, not whether it looks nice (docs/domain.md "Demo content").
"""

from typing import Any, NotRequired, TypedDict

# --------------------------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------------------------


class Sector(TypedDict):
    key: str
    name: str


class Theme(TypedDict):
    key: str
    name: str
    sector: str


class Criterium(TypedDict):
    code: str
    title: str


class Kenmerk(TypedDict):
    code: str
    title: str
    criteria: list[Criterium]


class Kerndoel(TypedDict):
    code: str
    title: str
    kenmerken: list[Kenmerk]


class Werkproces(TypedDict):
    code: str
    title: str


class Qualification(TypedDict):
    name: str
    crebo: str
    werkprocessen: list[Werkproces]


class Skill(TypedDict):
    code: str
    title: str


class Step(TypedDict):
    text: str
    picture: str


class _CardRequired(TypedDict):
    code: str
    type: str
    sector: str
    theme: str
    phase: int
    title: str
    summary: str
    tags: list[str]
    competences: list[str]


class Card(_CardRequired, total=False):
    questions: list[str]  # instapvragen
    body: str  # leskaart, werkopdracht, eindwerkopdracht
    steps: list[Step]  # instructiekaart
    criteria: list[str]  # werkopdracht, eindwerkopdracht
    tasks: list[str]  # eindwerkopdracht: codes of werkopdracht cards
    skills: list[str]  # eindwerkopdracht: codes of instructiekaart cards


class CredentialDef(TypedDict):
    key: str
    kind: str
    name: str
    sector: str
    assessed_by: str | None
    components: list[str]
    description: str


class TemplateItem(TypedDict):
    card: str
    phase: int
    module: str


class Template(TypedDict):
    name: str
    credential: NotRequired[str]  # none for a route that leads to no credential (onderbouw)
    items: list[TemplateItem]


class Staff(TypedDict):
    key: str
    name: str
    email: str
    role: str


class Group(TypedDict):
    key: str
    name: str
    phase: int
    mentor: str


class Supervisor(TypedDict):
    name: str
    phone: str
    email: str


class Company(TypedDict):
    key: str
    name: str
    sector: str
    city: str
    supervisor: Supervisor


class Placement(TypedDict):
    company: str
    jobcoach: str
    start: str
    end: str
    model: str
    days_per_week: int
    hours_required: int
    hours_done: int


class Student(TypedDict):
    key: str
    first_name: str
    last_name: str
    birth_date: str
    group: str
    phase: int
    uitstroomprofiel: str
    mentor: str
    template: str | None
    progress: str
    placement: Placement | None


# --------------------------------------------------------------------------------------------
# School
# --------------------------------------------------------------------------------------------

SCHOOL_NAME: str = "Praktijkschool De Werkplaats"
SCHOOL_CITY: str = "Zoetermeer"
SCHOOL_TYPES: tuple[str, ...] = ("praktijkonderwijs", "vso")
"""The school has a department of praktijkonderwijs and one of vso (arbeidsmarktgericht)."""
MBO_PARTNER: str = "Mbo College Westland"
"""The (fictional) mbo school of the doorlopende leerroute: its entree group has its
lessons at De Werkplaats, its students are enrolled at the mbo school."""

# --------------------------------------------------------------------------------------------
# Sectors and themes
# --------------------------------------------------------------------------------------------

SECTORS: list[Sector] = [
    {"key": "groen", "name": "Groen"},
    {"key": "horeca", "name": "Horeca"},
    {"key": "logistiek", "name": "Logistiek"},
]

THEMES: list[Theme] = [
    {"key": "planten-verzorgen", "name": "Planten verzorgen", "sector": "groen"},
    {"key": "buitenruimte", "name": "Buitenruimte onderhouden", "sector": "groen"},
    {
        "key": "werknemersvaardigheden",
        "name": "Werknemersvaardigheden (voor alle sectoren)",
        "sector": "groen",
    },
    {
        "key": "keuken-hygiene",
        "name": "Hygiënisch en veilig werken in de keuken",
        "sector": "horeca",
    },
    {"key": "eenvoudige-gerechten", "name": "Eenvoudige gerechten bereiden", "sector": "horeca"},
    {"key": "orderpicken", "name": "Orderpicken", "sector": "logistiek"},
    {"key": "pallets-opslag", "name": "Pallets stapelen en opslag", "sector": "logistiek"},
    {
        "key": "leren-leren",
        "name": "Leren leren en samenwerken (onderbouw, voor alle sectoren)",
        "sector": "groen",
    },
    {
        "key": "nazorg",
        "name": "Aan het werk blijven (nazorg, voor alle sectoren)",
        "sector": "groen",
    },
]

# --------------------------------------------------------------------------------------------
# Competence framework: kerndoelen, werkprocessen, werknemersvaardigheden
# --------------------------------------------------------------------------------------------

KERNDOELEN: list[Kerndoel] = [
    {
        "code": "KD1",
        "title": "Je hebt een open en flexibele houding",
        "kenmerken": [
            {
                "code": "KD1.1",
                "title": "Je durft nieuwe dingen te leren",
                "criteria": [
                    {
                        "code": "KD1.1.1",
                        "title": "Je probeert een nieuwe taak, ook als je die nog niet kent.",
                    },
                    {"code": "KD1.1.2", "title": "Je vraagt om uitleg als je iets niet begrijpt."},
                    {
                        "code": "KD1.1.3",
                        "title": "Je blijft een lastige taak oefenen tot het zonder hulp lukt.",
                    },
                    {"code": "KD1.1.4", "title": "Je vertelt wat je vandaag hebt geleerd."},
                ],
            },
            {
                "code": "KD1.2",
                "title": "Je blijft rustig als er iets verandert",
                "criteria": [
                    {
                        "code": "KD1.2.1",
                        "title": "Je luistert als iemand een verandering in het werk uitlegt.",
                    },
                    {
                        "code": "KD1.2.2",
                        "title": "Je vraagt wat de verandering betekent voor jouw taak.",
                    },
                    {"code": "KD1.2.3", "title": "Je werkt door als het plan anders loopt."},
                ],
            },
        ],
    },
    {
        "code": "KD2",
        "title": "Je werkt goed samen met anderen",
        "kenmerken": [
            {
                "code": "KD2.1",
                "title": "Je werkt samen met collega's",
                "criteria": [
                    {"code": "KD2.1.1", "title": "Je verdeelt het werk samen met een collega."},
                    {"code": "KD2.1.2", "title": "Je helpt een collega die vastloopt."},
                    {"code": "KD2.1.3", "title": "Je laat een ander uitpraten."},
                ],
            },
            {
                "code": "KD2.2",
                "title": "Je praat duidelijk en vriendelijk op het werk",
                "criteria": [
                    {"code": "KD2.2.1", "title": "Je groet collega's, klanten en gasten."},
                    {
                        "code": "KD2.2.2",
                        "title": "Je meldt het aan je begeleider als je klaar bent.",
                    },
                    {
                        "code": "KD2.2.3",
                        "title": "Je zegt rustig dat je het ergens niet mee eens bent.",
                    },
                    {
                        "code": "KD2.2.4",
                        "title": "Je vraagt een klant of gast vriendelijk wat hij nodig heeft.",
                    },
                ],
            },
        ],
    },
    {
        "code": "KD3",
        "title": "Je werkt zelfstandig en zorgvuldig",
        "kenmerken": [
            {
                "code": "KD3.1",
                "title": "Je plant en regelt je eigen werk",
                "criteria": [
                    {"code": "KD3.1.1", "title": "Je leest de opdracht voordat je begint."},
                    {"code": "KD3.1.2", "title": "Je pakt zelf de spullen die je nodig hebt."},
                    {"code": "KD3.1.3", "title": "Je werkt de stappen in de goede volgorde af."},
                    {"code": "KD3.1.4", "title": "Je ruimt je werkplek op als je klaar bent."},
                ],
            },
            {
                "code": "KD3.2",
                "title": "Je controleert je eigen werk",
                "criteria": [
                    {
                        "code": "KD3.2.1",
                        "title": "Je kijkt na afloop of het resultaat klopt met de opdracht.",
                    },
                    {"code": "KD3.2.2", "title": "Je verbetert zelf een fout als je die ziet."},
                    {
                        "code": "KD3.2.3",
                        "title": "Je vertelt eerlijk wat goed ging en wat beter kan.",
                    },
                ],
            },
        ],
    },
]

QUALIFICATIONS: list[Qualification] = [
    {
        "name": "Assistent medewerker groen (Entree)",
        "crebo": "98101",
        "werkprocessen": [
            {"code": "B1-K1-W1", "title": "Bereidt de eigen werkzaamheden voor"},
            {"code": "B1-K1-W2", "title": "Verzorgt planten in de kas of op de verkoopafdeling"},
            {"code": "B1-K1-W3", "title": "Verpot planten"},
            {"code": "B1-K1-W4", "title": "Onderhoudt de buitenruimte"},
            {"code": "B1-K1-W5", "title": "Presenteert planten op de verkoopafdeling"},
            {"code": "B1-K1-W6", "title": "Rondt de werkzaamheden af en ruimt op"},
        ],
    },
    {
        "name": "Assistent medewerker horeca (Entree)",
        "crebo": "98102",
        "werkprocessen": [
            {"code": "B1-K2-W1", "title": "Werkt hygiënisch en veilig in de keuken"},
            {"code": "B1-K2-W2", "title": "Maakt de mise-en-place klaar"},
            {"code": "B1-K2-W3", "title": "Bereidt eenvoudige gerechten volgens recept"},
            {"code": "B1-K2-W4", "title": "Bewaart producten volgens de hygiëneregels"},
            {"code": "B1-K2-W5", "title": "Maakt de werkplek en het keukengerei schoon"},
        ],
    },
]

EMPLOYEE_SKILLS: list[Skill] = [
    {"code": "GW01", "title": "Op tijd komen"},
    {"code": "GW02", "title": "Afspraken nakomen"},
    {"code": "GW03", "title": "Je op tijd afmelden bij ziekte of afwezigheid"},
    {"code": "GW04", "title": "Veilig en hygiënisch werken"},
    {"code": "GW05", "title": "Verzorgd en in de juiste werkkleding op het werk komen"},
    {"code": "GW06", "title": "Opdrachten en aanwijzingen opvolgen"},
    {"code": "GW07", "title": "Feedback vragen en er iets mee doen"},
    {"code": "GW08", "title": "Zuinig zijn op materiaal en gereedschap"},
]

# --------------------------------------------------------------------------------------------
# Cards: groen, path 1 "planten verzorgen"
# --------------------------------------------------------------------------------------------

_GROEN_PLANTEN: list[Card] = [
    {
        "code": "GRN-IV-01",
        "type": "instapvragen",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 3,
        "title": "Wat weet jij al over planten?",
        "summary": "Je ontdekt wat je al weet over planten en wat je nog wilt leren.",
        "tags": ["planten", "verzorgen", "tuincentrum", "kennismaken"],
        "competences": ["KD1.1.2", "KD1.1.4", "B1-K1-W2"],
        "questions": [
            "Heb jij thuis of bij iemand anders planten? Wie zorgt ervoor en wat doet die persoon?",
            "Wat heeft een plant nodig om te groeien? Noem zoveel dingen als je kunt.",
            "Hoe zie je aan een plant dat het niet goed met hem gaat?",
            "Ben je weleens in een tuincentrum geweest? Wat zag je de medewerkers doen?",
            "Welk werk met planten lijkt je leuk? En welk werk lijkt je moeilijk?",
            "Wat wil jij na dit thema kunnen dat je nu nog niet kunt?",
        ],
    },
    {
        "code": "GRN-LK-01",
        "type": "leskaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 3,
        "title": "Wat heeft een plant nodig?",
        "summary": "Een plant heeft licht, water, voeding en lucht nodig om gezond te blijven.",
        "tags": ["planten", "licht", "water", "voeding", "theorie"],
        "competences": ["B1-K1-W2", "KD1.1.4"],
        "body": (
            "Een plant leeft. Net als jij heeft een plant een paar dingen nodig om gezond te "
            "blijven: licht, water, voeding en lucht.\n\n"
            "Licht. Een plant maakt zijn eigen voedsel met licht. Staat een plant te donker, "
            "dan worden de bladeren bleek en de stengels lang en slap. Sommige planten willen "
            "volle zon, andere staan liever in de schaduw. Dat staat op het etiket in de pot.\n\n"
            "Water. Een plant neemt water op met zijn wortels. Krijgt hij te weinig water, dan "
            "gaan de bladeren hangen en worden ze droog. Krijgt hij te veel water, dan gaan de "
            "wortels rotten. Ook dan gaat de plant hangen. Daarom kijk je altijd eerst of de "
            "aarde droog is.\n\n"
            "Voeding. In potgrond zit voeding, maar na een paar weken is die op. Dan geef je "
            "plantenvoeding mee met het water. Gebruik altijd de hoeveelheid die op de fles "
            "staat. Meer is niet beter.\n\n"
            "Lucht. Wortels hebben ook lucht nodig. Daarom druk je de aarde nooit hard aan.\n\n"
            "Zie je een plant met gele, slappe of bruine bladeren? Denk dan aan deze vier "
            "dingen en zoek uit wat er mist. Weet je het niet? Vraag het aan je begeleider."
        ),
    },
    {
        "code": "GRN-LK-02",
        "type": "leskaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 3,
        "title": "Water geven: wanneer en hoeveel?",
        "summary": "Je leert wanneer een plant water nodig heeft en hoeveel water je geeft.",
        "tags": ["water", "gieten", "planten", "theorie"],
        "competences": ["B1-K1-W2", "KD3.2.1"],
        "body": (
            "Water geven lijkt makkelijk, maar in een tuincentrum gaat hier veel mis. De "
            "meeste planten gaan niet dood door te weinig water, maar door te veel.\n\n"
            "Wanneer geef je water?\n"
            "Je geeft water als de bovenste laag aarde droog is. Dat test je met je vinger. "
            "Steek je vinger twee centimeter in de aarde. Voelt het droog? Dan geef je water. "
            "Voelt het vochtig? Dan wacht je. Je kunt ook de pot optillen. Een droge pot is "
            "licht, een natte pot is zwaar.\n\n"
            "Hoeveel water geef je?\n"
            "Geef water tot er een beetje water onder uit de pot loopt. Dan is alle aarde nat. "
            "Staat er na een kwartier nog water in de schotel of de hoes? Giet dat weg. "
            "Wortels die lang in het water staan, gaan rotten.\n\n"
            "Hoe geef je water?\n"
            "Giet het water op de aarde, niet over de bladeren en bloemen. Natte bladeren in "
            "de zon kunnen verbranden. Natte bloemen gaan sneller schimmelen. Gebruik water "
            "dat niet ijskoud is.\n\n"
            "Elke plant is anders\n"
            "Een cactus heeft veel minder water nodig dan een varen. Kijk op het etiket. Daar "
            "staan vaak druppels: één druppel is weinig water, drie druppels is veel water."
        ),
    },
    {
        "code": "GRN-LK-03",
        "type": "leskaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Potgrond en verpotten",
        "summary": "Je leert wanneer een plant een grotere pot nodig heeft en welke grond je pakt.",
        "tags": ["verpotten", "potgrond", "pot", "theorie"],
        "competences": ["B1-K1-W3"],
        "body": (
            "Een plant groeit. Na een tijd worden de wortels te groot voor de pot. Dan moet de "
            "plant verpot worden: hij krijgt een grotere pot met verse potgrond.\n\n"
            "Wanneer verpot je een plant?\n"
            "- Er groeien wortels uit het gat onder in de pot.\n"
            "- De aarde droogt heel snel uit.\n"
            "- De plant valt bijna om, omdat hij te groot is voor de pot.\n"
            "De beste tijd is het voorjaar. Dan begint de plant weer te groeien.\n\n"
            "Welke pot kies je?\n"
            "Kies een pot die een paar centimeter breder is dan de oude pot. Een veel te grote "
            "pot houdt te veel water vast. Let op: er moet een gat in de bodem zitten. Dan kan "
            "extra water weglopen.\n\n"
            "Welke grond gebruik je?\n"
            "Gebruik potgrond uit een zak, geen tuinaarde. Potgrond is luchtig en er zit "
            "voeding in. Voor een cactus gebruik je speciale cactusgrond. Die laat water "
            "sneller door.\n\n"
            "Waar let je op?\n"
            "Wortels gaan snel kapot. Trek de plant daarom niet aan de stengel uit de pot. "
            "Draai de pot om en tik er zachtjes op. Druk de nieuwe grond licht aan, niet hard. "
            "Geef na het verpotten water. Dan zakt de grond tussen de wortels."
        ),
    },
    {
        "code": "GRN-IK-01",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Controleren of een plant water nodig heeft",
        "summary": "Je voelt de aarde en tilt de pot op: zo zie je of een plant water nodig heeft.",
        "tags": ["water", "controleren", "planten", "aarde"],
        "competences": ["B1-K1-W2", "KD3.2.1"],
        "steps": [
            {"text": "Pak de werklijst en kijk welke tafels je vandaag doet.", "picture": "lijst"},
            {
                "text": "Kijk naar de plant. Hangen de bladeren slap? Dan is hij vaak te droog.",
                "picture": "plant",
            },
            {"text": "Steek je vinger twee centimeter in de aarde.", "picture": "aarde"},
            {
                "text": "Twijfel je? Til de pot op. Een lichte pot heeft water nodig.",
                "picture": "pot",
            },
            {
                "text": "Is de aarde droog? Zet de plant apart. Die krijgt zo water.",
                "picture": "gieter",
            },
            {
                "text": "Is de aarde vochtig? Geef geen water en ga naar de volgende plant.",
                "picture": "plant",
            },
            {
                "text": "Staat er water in de schotel of hoes? Giet het weg in de emmer.",
                "picture": "emmer",
            },
            {"text": "Zet een streep op je werklijst als de tafel klaar is.", "picture": "lijst"},
        ],
    },
    {
        "code": "GRN-IK-02",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Planten water geven met de gieter",
        "summary": "Je geeft een plant water op de aarde, tot er water onder uit de pot loopt.",
        "tags": ["water", "gieter", "planten"],
        "competences": ["B1-K1-W2", "GW08"],
        "steps": [
            {
                "text": "Vul de gieter voor driekwart met water. Een volle gieter is te zwaar.",
                "picture": "gieter",
            },
            {"text": "Ga bij de plant staan die water nodig heeft.", "picture": "plant"},
            {"text": "Houd de tuit van de gieter laag, vlak boven de aarde.", "picture": "gieter"},
            {
                "text": "Giet rustig water op de aarde. Niet op de bladeren of bloemen.",
                "picture": "aarde",
            },
            {"text": "Stop als er een beetje water onder uit de pot loopt.", "picture": "pot"},
            {
                "text": "Wacht een kwartier. Giet dan het water uit de schotel weg.",
                "picture": "klok",
            },
            {
                "text": "Ligt er water op de vloer? Trek het weg, zodat niemand uitglijdt.",
                "picture": "veiligheid",
            },
            {"text": "Zet de gieter terug op zijn vaste plek.", "picture": "gieter"},
        ],
    },
    {
        "code": "GRN-IK-03",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Een plant verpotten",
        "summary": "Je zet een plant over in een grotere pot met verse potgrond.",
        "tags": ["verpotten", "potgrond", "pot", "planten"],
        "competences": ["B1-K1-W3", "KD3.1.2"],
        "steps": [
            {
                "text": "Trek je handschoenen aan. Leg een bak of plastic op de werktafel.",
                "picture": "handschoenen",
            },
            {
                "text": "Pak een nieuwe pot die een paar centimeter breder is dan de oude.",
                "picture": "pot",
            },
            {"text": "Doe een laag potgrond onder in de nieuwe pot.", "picture": "aarde"},
            {
                "text": "Draai de oude pot om. Houd de plant tussen je vingers en tik op de pot "
                "tot de plant loskomt.",
                "picture": "plant",
            },
            {"text": "Maak de wortels aan de buitenkant een beetje los.", "picture": "plant"},
            {
                "text": "Zet de plant in het midden van de nieuwe pot. De aarde met wortels (de "
                "kluit) komt twee centimeter onder de rand.",
                "picture": "pot",
            },
            {
                "text": "Vul de ruimte rondom met potgrond. Druk het licht aan met je vingers.",
                "picture": "schep",
            },
            {"text": "Geef de plant water.", "picture": "gieter"},
            {
                "text": "Veeg de werktafel schoon. Gooi oude potgrond in de groenbak.",
                "picture": "prullenbak",
            },
        ],
    },
    {
        "code": "GRN-IK-04",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Dode bladeren en uitgebloeide bloemen weghalen",
        "summary": "Met de snoeischaar knip je verwelkte bloemen en dode bladeren van een plant.",
        "tags": ["snoeien", "bladeren", "bloemen", "snoeischaar"],
        "competences": ["B1-K1-W2", "KD3.1.3"],
        "steps": [
            {
                "text": "Pak een schone snoeischaar en een emmer voor het afval.",
                "picture": "snoeischaar",
            },
            {
                "text": "Zoek planten met gele of bruine bladeren en verwelkte bloemen.",
                "picture": "plant",
            },
            {
                "text": "Knip een verwelkte bloem af, net boven het eerste gezonde blad.",
                "picture": "snoeischaar",
            },
            {
                "text": "Knip een geel of bruin blad af bij de stengel. Trek er niet aan.",
                "picture": "snoeischaar",
            },
            {"text": "Gooi wat je afknipt meteen in de emmer.", "picture": "emmer"},
            {
                "text": "Draai de plant met de kant met de meeste bloemen naar voren.",
                "picture": "plant",
            },
            {"text": "Doe de snoeischaar dicht en berg hem veilig op.", "picture": "veiligheid"},
            {"text": "Leeg de emmer in de groenbak.", "picture": "prullenbak"},
        ],
    },
    {
        "code": "GRN-IK-05",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Een verkooptafel inrichten",
        "summary": "Je vult een verkooptafel en zet de planten zo dat elke prijs te lezen is.",
        "tags": ["presenteren", "verkooptafel", "klant", "planten"],
        "competences": ["B1-K1-W5", "KD3.2.1"],
        "steps": [
            {
                "text": "Haal lege potten, losse blaadjes en ander afval van de tafel.",
                "picture": "prullenbak",
            },
            {"text": "Veeg de tafel en de vloer eromheen schoon.", "picture": "bezem"},
            {"text": "Zet dezelfde planten bij elkaar in een groep.", "picture": "plant"},
            {"text": "Zet kleine planten vooraan en grote planten achteraan.", "picture": "pot"},
            {
                "text": "Draai de etiketten en prijskaartjes naar voren, zodat klanten ze kunnen "
                "lezen.",
                "picture": "lijst",
            },
            {"text": "Vul lege plekken aan met planten uit de kar.", "picture": "kar"},
            {
                "text": "Doe een stap achteruit. Zie je een lege plek of een prijs die je niet "
                "kunt lezen? Verbeter het.",
                "picture": "duim",
            },
        ],
    },
    {
        "code": "GRN-WO-01",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Planten water geven op de afdeling kamerplanten",
        "summary": "Je controleert vier tafels kamerplanten en geeft water waar het nodig is.",
        "tags": ["water", "kamerplanten", "tuincentrum", "werkopdracht"],
        "competences": ["B1-K1-W2", "KD3.1.3", "GW06"],
        "body": (
            "Het is maandagochtend in het tuincentrum. Het was warm in het weekend en niemand "
            "heeft water gegeven. Je begeleider vraagt jou om alle tafels op de afdeling "
            "kamerplanten te controleren. Waar het nodig is, geef je water. Er staan vier "
            "tafels met ongeveer tachtig planten. Om tien uur gaat de winkel open. Dan moeten "
            "de tafels klaar zijn en moet de vloer droog zijn, zodat klanten niet uitglijden. "
            "Werk tafel voor tafel en houd op de werklijst bij welke tafels klaar zijn. "
            "Twijfel je over een plant? Vraag het je begeleider."
        ),
        "criteria": [
            "Je voelt bij elke plant 2 cm diep in de aarde voordat je hem water geeft.",
            "Je giet het water op de aarde, met de tuit van de gieter onder de bladeren.",
            "Je stopt met gieten zodra er water onder uit de pot loopt.",
            "Je giet 15 minuten na het gieten het water uit elke schotel en hoes weg.",
            "Je zet na elke tafel een streep op de werklijst, voordat je aan de volgende tafel "
            "begint.",
            "Je hebt om 10.00 uur alle vier de tafels gecontroleerd.",
            "Je trekt water op de vloer meteen weg: om 10.00 uur is er geen natte plek in het "
            "looppad.",
        ],
    },
    {
        "code": "GRN-WO-02",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Kamerplanten verpotten",
        "summary": "Je verpot tien kamerplanten die te groot zijn geworden voor hun pot.",
        "tags": ["verpotten", "kamerplanten", "potgrond", "werkopdracht"],
        "competences": ["B1-K1-W3", "B1-K1-W1", "KD3.1.4"],
        "body": (
            "Er is een partij kamerplanten binnengekomen die te groot is voor de potten. Er "
            "groeien wortels onder uit de pot en de aarde droogt snel uit. Jij verpot tien "
            "planten in een grotere pot. De nieuwe potten en de zakken potgrond haal je zelf uit "
            "het magazijn. Je werkt alleen, maar je begeleider is in de buurt. Ben je klaar? "
            "Zet de planten dan op de kar en breng ze naar de verkooptafel. Laat je werkplek "
            "schoon achter voor de volgende collega."
        ),
        "criteria": [
            "Je legt voordat je begint tien potten, potgrond, handschoenen en een gieter bij de "
            "werktafel klaar.",
            "Je kiest voor elke plant een pot die 2 tot 4 cm breder is dan de oude pot.",
            "Je haalt de plant uit de pot door de pot om te draaien en erop te tikken, zonder aan "
            "de stengel te trekken.",
            "Je zet elke plant rechtop in het midden van de pot, met de potgrond 2 cm onder de "
            "rand.",
            "Je geeft elke verpotte plant water tot er water onder uit de pot loopt.",
            "Je laat de werktafel schoon achter: geen potgrond op de tafel, de oude grond in de "
            "groenbak.",
        ],
    },
    {
        "code": "GRN-WO-03",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 4,
        "title": "Een verkooptafel verzorgen voor klanten",
        "summary": "Je houdt op een drukke dag de tafel met bloeiende planten vol en bij.",
        "tags": ["presenteren", "verkooptafel", "klant", "werkopdracht"],
        "competences": ["B1-K1-W5", "KD2.2.4", "KD3.2.1"],
        "body": (
            "Het wordt een drukke zaterdag. De bedrijfsleider wil dat de tafel met bloeiende "
            "planten de hele dag vol is. Jij bent verantwoordelijk voor deze tafel. Je haalt "
            "dode bladeren en verwelkte bloemen weg, je zet de planten in groepen en je vult "
            "lege plekken aan. Tijdens je werk komen er klanten langs. Een klant kan je iets "
            "vragen. Je helpt de klant vriendelijk, of je brengt hem naar een collega die het "
            "antwoord weet. Aan het einde laat je de tafel zien aan je begeleider."
        ),
        "criteria": [
            "Je knipt met de snoeischaar alle verwelkte bloemen en gele bladeren van de planten "
            "op de tafel af.",
            "Je zet dezelfde planten bij elkaar, met lage planten vooraan en hoge planten "
            "achteraan.",
            "Je draait elk prijskaartje naar het looppad, zodat een klant de prijs leest zonder "
            "de plant op te pakken.",
            "Je vult een lege plek binnen 15 minuten aan met planten van dezelfde soort uit de "
            "kar.",
            "Je helpt een klant die je iets vraagt, of je brengt hem naar een collega die het "
            "antwoord weet.",
            "Je vertelt je begeleider bij de tafel wat je hebt weggehaald, verplaatst en "
            "aangevuld.",
        ],
    },
    {
        "code": "GRN-EWO-01",
        "type": "eindwerkopdracht",
        "sector": "groen",
        "theme": "planten-verzorgen",
        "phase": 5,
        "title": "Eindopdracht: de afdeling kamerplanten verzorgen",
        "summary": "Je verzorgt een ochtend lang zelfstandig de afdeling kamerplanten.",
        "tags": ["eindopdracht", "planten", "tuincentrum", "praktijkbewijs"],
        "competences": ["B1-K1-W2", "B1-K1-W3", "B1-K1-W5"],
        "body": (
            "Dit is je eindwerkopdracht voor het Praktijkbewijs Medewerker tuincentrum: planten "
            "verzorgen. Je verzorgt een hele ochtend zelfstandig de afdeling kamerplanten. Je "
            "begint om half negen en om twaalf uur ben je klaar. Eerst controleer je alle planten "
            "en geef je water waar dat nodig is. Daarna verpot je de planten die je begeleider "
            "voor je heeft klaargezet. Tot slot maak je de verkooptafels klaar voor klanten. Je "
            "bepaalt zelf de volgorde van je werk en je houdt je aan de afspraken van het bedrijf. "
            "Je praktijkbegeleider en je docent kijken mee en vullen het beoordelingsformulier in. "
            "Na afloop bespreek je samen hoe het ging."
        ),
        "tasks": ["GRN-WO-01", "GRN-WO-02", "GRN-WO-03"],
        "skills": ["GRN-IK-01", "GRN-IK-02", "GRN-IK-03", "GRN-IK-04", "GRN-IK-05"],
        "criteria": [
            "Je voelt bij elke plant 2 cm diep in de aarde voordat je beslist of hij water krijgt.",
            "Je geeft alleen planten met droge aarde water, op de aarde en tot er water onder uit "
            "de pot loopt.",
            "Je giet 15 minuten na het gieten het water uit elke schotel en hoes weg.",
            "Je verpot elke klaargezette plant in een pot die 2 tot 4 cm breder is, met de "
            "potgrond 2 cm onder de rand.",
            "Je knipt alle verwelkte bloemen en gele of bruine bladeren af, vlak boven het eerste "
            "gezonde blad.",
            "Je zet op elke verkooptafel dezelfde planten bij elkaar, lage planten vooraan en "
            "hoge planten achteraan.",
            "Je draait elk prijskaartje naar het looppad, zodat een klant de prijs leest zonder "
            "de plant op te pakken.",
            "Je werkt veilig met de snoeischaar: je legt hem dicht in de kar zodra je er niet mee "
            "knipt.",
            "Je laat je werkplek om 12.00 uur schoon achter: tafels geveegd, oude potgrond in de "
            "groenbak, gereedschap op de vaste plek.",
            "Je noemt na afloop twee dingen die gelukt zijn en één ding dat je de volgende keer "
            "anders doet.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Cards: groen, path 2 "buitenruimte onderhouden"
# --------------------------------------------------------------------------------------------

_GROEN_BUITEN: list[Card] = [
    {
        "code": "GRN-IV-02",
        "type": "instapvragen",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 3,
        "title": "Werken in de buitenruimte",
        "summary": "Je denkt na over buiten werken, gereedschap en onkruid.",
        "tags": ["buiten", "gereedschap", "onkruid", "kennismaken"],
        "competences": ["KD1.1.1", "B1-K1-W4"],
        "questions": [
            "Werk jij liever binnen of buiten? Waarom?",
            "Welk gereedschap voor buiten ken je al? Wat doe je ermee?",
            "Wat is onkruid? Hoe zie je het verschil met een plant die mag blijven staan?",
            "Welke kleding en schoenen heb je nodig als je buiten werkt bij regen of kou?",
            "Waarom vinden klanten het belangrijk dat de ingang van een winkel netjes is?",
        ],
    },
    {
        "code": "GRN-LK-04",
        "type": "leskaart",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 3,
        "title": "Veilig werken buiten met gereedschap",
        "summary": "Met een paar vaste regels voorkom je ongelukken als je buiten werkt.",
        "tags": ["veiligheid", "gereedschap", "buiten", "theorie"],
        "competences": ["GW04", "GW08", "B1-K1-W4"],
        "body": (
            "Buiten werk je met gereedschap dat scherp of zwaar kan zijn, zoals een "
            "snoeischaar, een schoffel of een kruiwagen. Met een paar vaste regels voorkom je "
            "ongelukken.\n\n"
            "Goede kleding\n"
            "Draag werkschoenen met een stevige neus. Trek handschoenen aan als je in de grond "
            "werkt of snoeit. Regent het? Draag dan een regenjas, zodat je droog en warm "
            "blijft.\n\n"
            "Gereedschap gebruiken\n"
            "Gebruik gereedschap alleen waarvoor het bedoeld is. Een snoeischaar is voor "
            "takken en stengels, niet voor draad of touw. Houd een snoeischaar dicht als je er "
            "niet mee knipt. Loop nooit met een open schaar.\n\n"
            "Gereedschap neerleggen\n"
            "Leg gereedschap nooit op het pad of in het gras. Iemand kan erover struikelen of "
            "op de tanden van een hark stappen. Zet een hark met de tanden naar beneden tegen "
            "de kar.\n\n"
            "Tillen\n"
            "Til een zware zak aarde met een rechte rug en gebogen knieën. Is het te zwaar? "
            "Gebruik de kar of vraag een collega.\n\n"
            "Opruimen\n"
            "Maak je gereedschap schoon als je klaar bent. Zet het terug op de vaste plek, "
            "dan vindt de volgende collega het ook. Is er iets kapot? Meld het bij je "
            "begeleider."
        ),
    },
    {
        "code": "GRN-IK-06",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 4,
        "title": "Een pad vegen en blad opruimen",
        "summary": "Je veegt een pad schoon en brengt het blad naar de groenbak.",
        "tags": ["vegen", "blad", "pad", "bezem"],
        "competences": ["B1-K1-W4", "B1-K1-W6", "KD3.1.4"],
        "steps": [
            {"text": "Trek je werkschoenen en handschoenen aan.", "picture": "handschoenen"},
            {"text": "Zet de kar met een lege bak aan het begin van het pad.", "picture": "kar"},
            {
                "text": "Veeg met de bezem van de rand van het pad naar het midden.",
                "picture": "bezem",
            },
            {
                "text": "Veeg blad en zand op één hoop. Werk van voor naar achter.",
                "picture": "bezem",
            },
            {"text": "Schep de hoop met de schep in de bak op de kar.", "picture": "schep"},
            {
                "text": "Ligt er zwerfafval tussen? Doe dat in de vuilniszak, niet bij het blad.",
                "picture": "prullenbak",
            },
            {"text": "Rijd de kar naar de groenbak en leeg de bak.", "picture": "kar"},
            {"text": "Zet de bezem en de schep terug op hun vaste plek.", "picture": "bezem"},
            {
                "text": "Kijk nog één keer over het pad. Is het schoon? Dan ben je klaar.",
                "picture": "duim",
            },
        ],
    },
    {
        "code": "GRN-IK-07",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 4,
        "title": "Onkruid wieden in een border",
        "summary": "Je haalt onkruid met wortel en al weg; de planten van de border blijven staan.",
        "tags": ["wieden", "onkruid", "border", "schep"],
        "competences": ["B1-K1-W4", "KD3.2.2"],
        "steps": [
            {
                "text": "Trek je handschoenen aan. Pak een emmer en een handschepje.",
                "picture": "handschoenen",
            },
            {
                "text": "Vraag je begeleider welke planten in de border mogen blijven staan.",
                "picture": "plant",
            },
            {"text": "Zoek een plantje dat er niet hoort. Dat is onkruid.", "picture": "plant"},
            {"text": "Pak het onkruid laag bij de grond vast.", "picture": "handschoenen"},
            {
                "text": "Steek het schepje naast het onkruid in de grond. Wip het eruit, met "
                "wortel en al.",
                "picture": "schep",
            },
            {"text": "Schud de aarde van de wortels terug in de border.", "picture": "aarde"},
            {"text": "Gooi het onkruid in de emmer.", "picture": "emmer"},
            {"text": "Maak de grond weer vlak als je klaar bent.", "picture": "aarde"},
        ],
    },
    {
        "code": "GRN-IK-08",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 4,
        "title": "Uitgebloeide vaste planten terugknippen",
        "summary": "Je knipt bruine, uitgebloeide stengels veilig terug.",
        "tags": ["snoeien", "terugknippen", "border", "snoeischaar"],
        "competences": ["B1-K1-W4", "GW04"],
        "steps": [
            {"text": "Pak een schone, scherpe snoeischaar en een emmer.", "picture": "snoeischaar"},
            {"text": "Trek je handschoenen aan.", "picture": "handschoenen"},
            {"text": "Zoek de bloemstengels die bruin en uitgebloeid zijn.", "picture": "plant"},
            {
                "text": "Knip de stengel af, vlak boven een blad of een nieuwe knop.",
                "picture": "snoeischaar",
            },
            {
                "text": "Knip geen groene, nieuwe scheuten af. Twijfel je? Vraag het je "
                "begeleider.",
                "picture": "plant",
            },
            {"text": "Leg het snoeiafval meteen in de emmer.", "picture": "emmer"},
            {
                "text": "Doe de snoeischaar dicht en leg hem in de kar, niet op het pad.",
                "picture": "veiligheid",
            },
            {"text": "Breng het snoeiafval naar de groenbak.", "picture": "prullenbak"},
        ],
    },
    {
        "code": "GRN-WO-04",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 4,
        "title": "De ingang van het tuincentrum schoonhouden",
        "summary": "Je maakt elke ochtend de ingang schoon voordat de winkel opengaat.",
        "tags": ["vegen", "ingang", "klant", "werkopdracht"],
        "competences": ["B1-K1-W4", "KD2.2.1", "GW06"],
        "body": (
            "De ingang is het eerste wat klanten van het tuincentrum zien. Het is herfst en er "
            "waait elke dag blad op het pad en tussen de plantenbakken. Je begeleider vraagt "
            "jou om elke ochtend voor openingstijd de ingang schoon te maken. Je veegt het pad "
            "en de stoep, je haalt zwerfafval weg en je haalt dode bladeren uit de plantenbakken "
            "bij de deur. De winkel gaat om 9.00 uur open: dan is het werk klaar. Komen er al "
            "klanten aan? Dan groet je ze en laat je ze veilig langs."
        ),
        "criteria": [
            "Je hebt de ingang om 9.00 uur klaar, als de winkel opengaat.",
            "Je veegt het pad van de randen naar het midden.",
            "Je houdt groenafval en zwerfafval apart: blad in de bak op de kar, zwerfafval in de "
            "vuilniszak.",
            "Je zet de kar en je gereedschap naast het looppad, nooit op het pad of voor de deur.",
            "Je maakt ruimte voor een klant die langs wil: je stopt met vegen tot hij voorbij is.",
            "Je meldt je begeleider voor 9.00 uur dat de ingang klaar is.",
        ],
    },
    {
        "code": "GRN-WO-05",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 4,
        "title": "Een border onderhouden met een collega",
        "summary": "Met een collega wied je een border en knip je uitgebloeide planten terug.",
        "tags": ["wieden", "snoeien", "border", "samenwerken", "werkopdracht"],
        "competences": ["B1-K1-W4", "KD2.1.1", "KD3.2.1"],
        "body": (
            "Naast de parkeerplaats van het tuincentrum ligt een lange border met vaste "
            "planten. Er staat onkruid tussen en een deel van de planten is uitgebloeid. Samen "
            "met een collega knap je de border op. Jullie verdelen de border in twee stukken. "
            "Jij wiedt onkruid en knipt uitgebloeide stengels terug. Halverwege kijken jullie "
            "of iemand hulp nodig heeft. Aan het einde lopen jullie samen langs de border en "
            "kijken jullie of alles klaar is."
        ),
        "criteria": [
            "Je spreekt met je collega af wie welke helft van de border doet, voordat jullie "
            "beginnen.",
            "Je vraagt je begeleider welke planten mogen blijven staan, voordat je gaat wieden.",
            "Je haalt elk onkruid met wortel en al uit de grond.",
            "Je knipt alleen bruine, uitgebloeide stengels af, vlak boven een blad of een nieuwe "
            "knop.",
            "Je legt gereedschap in de kar, nooit op het pad of in de border.",
            "Je loopt aan het einde samen met je collega de hele border langs om te zien of er "
            "nog onkruid staat.",
        ],
    },
    {
        "code": "GRN-EWO-02",
        "type": "eindwerkopdracht",
        "sector": "groen",
        "theme": "buitenruimte",
        "phase": 5,
        "title": "Eindopdracht: de buitenruimte van het tuincentrum onderhouden",
        "summary": "Je houdt een ochtend lang de ingang en een border van het tuincentrum bij.",
        "tags": ["eindopdracht", "buiten", "tuincentrum", "praktijkbewijs"],
        "competences": ["B1-K1-W4", "B1-K1-W6", "KD2.1.1"],
        "body": (
            "Dit is je eindwerkopdracht voor het Praktijkbewijs Medewerker groen: buitenruimte "
            "onderhouden. Je onderhoudt een ochtend lang de buitenruimte van het tuincentrum. Je "
            "maakt de ingang schoon voordat de winkel om 9.00 uur opengaat. Daarna knap je samen "
            "met een collega een border op: wieden en terugknippen. Je kiest zelf het gereedschap "
            "en je houdt je aan de veiligheidsregels. Je praktijkbegeleider beoordeelt je werk. Na "
            "afloop vertel je wat je hebt gedaan en wat je de volgende keer anders zou doen."
        ),
        "tasks": ["GRN-WO-04", "GRN-WO-05"],
        "skills": ["GRN-IK-06", "GRN-IK-07", "GRN-IK-08"],
        "criteria": [
            "Je draagt de hele ochtend werkschoenen met een stevige neus en handschoenen.",
            "Je hebt de ingang om 9.00 uur vrij van blad en zwerfafval.",
            "Je houdt groenafval en ander afval apart: blad in de groenbak, zwerfafval in de "
            "vuilniszak.",
            "Je spreekt met je collega af wie welke helft van de border doet, voordat jullie "
            "beginnen.",
            "Je haalt alleen onkruid weg, met wortel en al; de planten die je begeleider aanwees "
            "blijven staan.",
            "Je knipt uitgebloeide stengels af, vlak boven een blad of een nieuwe knop.",
            "Je zet je gereedschap zonder aarde eraan terug op de vaste plek.",
            "Je noemt na afloop twee dingen die gelukt zijn en één ding dat je de volgende keer "
            "anders doet.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Cards: werknemersvaardigheden, usable in every sector (filed under groen)
# --------------------------------------------------------------------------------------------

_WERKNEMER: list[Card] = [
    {
        "code": "GRN-LK-05",
        "type": "leskaart",
        "sector": "groen",
        "theme": "werknemersvaardigheden",
        "phase": 3,
        "title": "Op tijd komen, afspraken nakomen en je ziek melden",
        "summary": "Je leert waarom een werkgever op je wil rekenen en hoe je dat laat zien.",
        "tags": ["werknemersvaardigheden", "afspraken", "ziekmelden", "stage", "theorie"],
        "competences": ["GW01", "GW02", "GW03"],
        "body": (
            "Een werkgever wil op je kunnen rekenen. Dat begint bij drie simpele dingen: op tijd "
            "komen, afspraken nakomen en je op tijd afmelden.\n\n"
            "Op tijd komen\n"
            "Op tijd betekent: je staat om de begintijd klaar in je werkkleding. Het betekent "
            "niet dat je om de begintijd pas komt aanfietsen. Plan daarom tien minuten extra "
            "voor je reis. Zet een wekker op je telefoon.\n\n"
            "Afspraken nakomen\n"
            "Je begeleider geeft je een taak en zegt wanneer die klaar moet zijn. Lukt het niet "
            "op tijd? Zeg het dan zo vroeg mogelijk. Dan kan je begeleider samen met jou een "
            "oplossing zoeken. Niets zeggen is erger dan te laat zijn.\n\n"
            "Ziek melden\n"
            "Ben je ziek? Dan bel je zelf, voor de begintijd, naar je stagebedrijf. Een appje is "
            "vaak niet genoeg. Vraag op je eerste dag hoe het bedrijf het wil. Meld je ook af "
            "bij school. Zeg wie je bent, dat je ziek bent en wanneer je denkt terug te "
            "komen.\n\n"
            "Waarom is dit zo belangrijk?\n"
            "Collega's rekenen op jou. Ben jij er niet en laat je niets weten? Dan moet een "
            "ander jouw werk doen zonder dat hij dat wist. Werkgevers zeggen vaak dat ze "
            "betrouwbaarheid het belangrijkst vinden bij een nieuwe medewerker."
        ),
    },
    {
        "code": "GRN-IK-09",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "werknemersvaardigheden",
        "phase": 4,
        "title": "Je ziek melden bij je stagebedrijf",
        "summary": "Stap voor stap meld je je voor je begintijd ziek, bij je stage en bij school.",
        "tags": ["werknemersvaardigheden", "ziekmelden", "bellen", "stage"],
        "competences": ["GW03", "KD2.2.2"],
        "steps": [
            {
                "text": "Zet het nummer van je stagebedrijf en de naam van je begeleider in je "
                "telefoon.",
                "picture": "telefoon",
            },
            {
                "text": "Voel je je 's ochtends ziek? Kijk hoe laat het is. Je belt altijd voor "
                "je begintijd.",
                "picture": "klok",
            },
            {
                "text": "Bel zelf. Kun je echt niet praten? Laat dan je ouder of verzorger bellen.",
                "picture": "telefoon",
            },
            {
                "text": "Zeg je naam, dat je ziek bent en dat je vandaag niet komt.",
                "picture": "lijst",
            },
            {
                "text": "Vertel wanneer je denkt terug te komen, of dat je morgen weer belt.",
                "picture": "klok",
            },
            {"text": "Meld je ook af bij school of bij je jobcoach.", "picture": "lijst"},
            {
                "text": "Ben je weer beter? Laat het weten voordat je weer komt werken.",
                "picture": "duim",
            },
        ],
    },
    {
        "code": "GRN-WO-06",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "werknemersvaardigheden",
        "phase": 4,
        "title": "Een werkdag beginnen en afsluiten",
        "summary": "Een week lang oefen je hoe je je werkdag begint en afsluit.",
        "tags": ["werknemersvaardigheden", "optijd", "werkkleding", "stage", "werkopdracht"],
        "competences": ["GW01", "GW05", "KD3.1.4"],
        "body": (
            "Op je stageplek let je begeleider niet alleen op je vakwerk. Hij kijkt ook hoe je "
            "je werkdag begint en afsluit. In deze opdracht oefen je dat een week lang, elke "
            "werkdag. Je komt op tijd, in schone werkkleding. Je meldt je bij je begeleider en "
            "vraagt wat je vandaag gaat doen. Aan het einde van de dag ruim je je spullen op en "
            "vertel je kort wat je gedaan hebt. Elke dag vul je je dagkaart in. Aan het einde "
            "van de week bespreek je de dagkaart met je begeleider."
        ),
        "criteria": [
            "Je staat elke werkdag om de begintijd in je werkkleding klaar.",
            "Je vraagt je begeleider bij aankomst wat je die dag gaat doen.",
            "Je herhaalt de opdracht in je eigen woorden voordat je begint.",
            "Je legt aan het einde van de dag je gereedschap en je werkkleding op de vaste plek.",
            "Je vertelt je begeleider voordat je weggaat wat je die dag hebt gedaan.",
            "Je vult elke dag je dagkaart in voordat je naar huis gaat.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Cards: onderbouw (fase 1-2, at school in groups) and nazorg (fase 6), for every sector
# --------------------------------------------------------------------------------------------

_ONDERBOUW: list[Card] = [
    {
        "code": "ALG-IV-01",
        "type": "instapvragen",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 1,
        "title": "Wie ben ik en wat kan ik al?",
        "summary": "Je vertelt wat je al kunt, hoe je leert en wat je dit jaar wilt leren.",
        "tags": ["kennismaken", "leren leren", "onderbouw", "mogelijkheden"],
        "competences": ["KD1.1.4", "KD3.2.3"],
        "questions": [
            "Wat kun jij al? Noem drie dingen, op school, thuis of in je vrije tijd.",
            "Wat doe je het liefst met je handen?",
            "Hoe leer jij het best: door te kijken, door te luisteren of door het zelf te doen?",
            "Wat vind je moeilijk? Wie helpt jou dan?",
            "Met wie werk je graag samen? Waarom met die persoon?",
            "Wat wil jij aan het einde van dit schooljaar kunnen?",
        ],
    },
    {
        "code": "ALG-LK-01",
        "type": "leskaart",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 1,
        "title": "De doelenposter: wat ga ik leren?",
        "summary": "Op de doelenposter lees je wat je in een module leert en hoe je dat laat zien.",
        "tags": ["doelenposter", "module", "leren leren", "onderbouw", "theorie"],
        "competences": ["KD3.1.1", "KD1.1.4"],
        "body": (
            "In de onderbouw werk je in modules. Een module duurt ongeveer zes weken en hoort "
            "bij een thema, bijvoorbeeld 'Van zaadje tot soep'. In die weken leer je in de "
            "praktijkles, bij rekenen en bij taal over hetzelfde onderwerp.\n\n"
            "De doelenposter\n"
            "Bij de start van elke module hangt er een doelenposter in het lokaal. Daarop staat "
            "wat je in deze module gaat leren. Elk doel begint met 'Ik kan ...', bijvoorbeeld: "
            "'Ik kan een bak met potgrond vullen tot 2 cm onder de rand' of 'Ik kan 250 gram "
            "afwegen op de weegschaal'.\n\n"
            "Hoe laat je zien dat je het kunt?\n"
            "Bij elk doel staat wat je docent wil zien. Heb je het drie keer zonder hulp "
            "gedaan? Dan zet je samen met je docent een sticker achter je naam.\n\n"
            "Rekenen en taal\n"
            "Op de poster zie je ook wat je bij rekenen en taal leert. Bij rekenen weeg je "
            "bijvoorbeeld af voor het recept van de praktijkles. Bij taal lees je de "
            "instructiekaart die je daarna in de praktijkles gebruikt.\n\n"
            "Kijk elke week even naar de poster. Wat kun je al? Wat ga je deze week oefenen?"
        ),
    },
    {
        "code": "ALG-IK-01",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 1,
        "title": "Vragen stellen als je iets niet weet",
        "summary": "Stap voor stap vraag je hulp zo dat je daarna zelf verder kunt.",
        "tags": ["vragen", "hulp", "leren leren", "onderbouw"],
        "competences": ["KD1.1.2", "KD2.2.2"],
        "steps": [
            {
                "text": "Lees je opdrachtkaart nog een keer. Staat het antwoord erop?",
                "picture": "lijst",
            },
            {
                "text": "Weet je het nog niet? Steek je hand op of zet je vraagkaartje op tafel.",
                "picture": "duim",
            },
            {
                "text": "Wacht tot de docent bij je is. Doe intussen een taak die je wel kunt.",
                "picture": "klok",
            },
            {
                "text": "Zeg wat je al hebt gedaan, bijvoorbeeld: 'Ik heb stap 1 en 2 gedaan.'",
                "picture": "lijst",
            },
            {
                "text": "Vraag wat je niet snapt, bijvoorbeeld: 'Wat moet ik bij stap 3 doen?'",
                "picture": "lijst",
            },
            {
                "text": "Zeg het antwoord terug in je eigen woorden. Klopt het?",
                "picture": "duim",
            },
            {"text": "Ga verder met je opdracht.", "picture": "duim"},
        ],
    },
    {
        "code": "ALG-WO-01",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 1,
        "title": "Samenwerken in een groep",
        "summary": "Met drie klasgenoten maak je een bak met kruiden voor de schoolkeuken.",
        "tags": ["samenwerken", "groep", "kruiden", "onderbouw", "werkopdracht"],
        "competences": ["KD2.1.1", "KD2.1.2", "KD2.1.3"],
        "body": (
            "In het thema 'Van zaadje tot soep' maakt de klas kruidenbakken voor de "
            "schoolkeuken. Je werkt in een groep van vier. Samen vullen jullie één bak met "
            "potgrond en zetten jullie er zes kruidenplantjes in. Voordat jullie beginnen, "
            "verdelen jullie de taken: wie haalt de spullen, wie vult de bak, wie plant en wie "
            "ruimt op. Halverwege kijken jullie samen of het plan nog klopt. Aan het einde "
            "vertelt iedereen aan de docent wat hij zelf heeft gedaan."
        ),
        "criteria": [
            "Je kiest voordat jullie beginnen één taak uit de lijst op de kaart.",
            "Je maakt je eigen taak af voordat je aan een andere taak begint.",
            "Je laat een klasgenoot uitpraten: je begint pas te praten als hij klaar is.",
            "Je helpt een klasgenoot die je om hulp vraagt, of je zegt dat hij de docent kan "
            "vragen.",
            "Je vertelt de docent aan het einde in één zin wat jij zelf hebt gedaan.",
        ],
    },
    {
        "code": "ALG-IK-02",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 2,
        "title": "Je afmelden bij school",
        "summary": "Ben je ziek of kom je later? Zo meld je je voor 8.15 uur af bij school.",
        "tags": ["afmelden", "ziekmelden", "bellen", "onderbouw"],
        "competences": ["GW03", "KD2.2.2"],
        "steps": [
            {
                "text": "Zet het nummer van school in je telefoon, onder 'School afmelden'.",
                "picture": "telefoon",
            },
            {"text": "Ben je ziek of kom je later? Bel voor 8.15 uur.", "picture": "klok"},
            {
                "text": "Bel zelf. Lukt dat echt niet? Dan belt je ouder of verzorger.",
                "picture": "telefoon",
            },
            {"text": "Zeg je naam en je klas.", "picture": "lijst"},
            {"text": "Zeg of je ziek bent of later komt.", "picture": "lijst"},
            {
                "text": "Zeg wanneer je er wel bent: hoe laat, of welke dag.",
                "picture": "klok",
            },
            {
                "text": "Kom je later? Meld je bij binnenkomst bij de balie.",
                "picture": "duim",
            },
        ],
    },
    {
        "code": "ALG-WO-02",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "leren-leren",
        "phase": 2,
        "title": "Op tijd komen en je afmelden",
        "summary": "Vier weken lang ben je om 8.30 uur in de les, of je meldt je op tijd af.",
        "tags": ["optijd", "afmelden", "weekkaart", "onderbouw", "werkopdracht"],
        "competences": ["GW01", "GW03", "GW02"],
        "body": (
            "Op school oefen je wat een werkgever later van je vraagt: op tijd zijn en laten "
            "weten als je niet kunt komen. De les begint om 8.30 uur. Vier weken lang houd je "
            "op je weekkaart bij hoe laat je binnen bent. Ben je ziek of kom je later? Dan "
            "bel je voor 8.15 uur naar school, zoals op de instructiekaart staat. Elke vrijdag "
            "bespreek je je weekkaart met je mentor."
        ),
        "criteria": [
            "Je zit om 8.30 uur op je plek, met je spullen voor de les op tafel.",
            "Je belt voor 8.15 uur naar school als je ziek bent of later komt.",
            "Je zegt aan de telefoon je naam, je klas en wanneer je er weer bent.",
            "Je schrijft elke dag op je weekkaart hoe laat je binnen was.",
            "Je vertelt je mentor op vrijdag op hoeveel dagen je om 8.30 uur op je plek zat.",
        ],
    },
]

_NAZORG: list[Card] = [
    {
        "code": "ALG-IV-02",
        "type": "instapvragen",
        "sector": "groen",
        "theme": "nazorg",
        "phase": 6,
        "title": "Hoe gaat het op je werk?",
        "summary": "Na een paar maanden werk kijk je met je oud-mentor terug en vooruit.",
        "tags": ["nazorg", "werk", "terugkijken", "kennismaken"],
        "competences": ["KD1.1.4", "KD3.2.3"],
        "questions": [
            "Wat doe je op een gewone werkdag?",
            "Waar ben je trots op in je werk?",
            "Wat vind je lastig? Met wie praat je daarover?",
            "Weet je wie je belt als je ziek bent?",
            "Krijg je je loon op tijd? Snap je wat er op je loonstrook staat?",
            "Wat wil je nog leren? Is er een cursus of certificaat dat je kunt halen?",
        ],
    },
    {
        "code": "ALG-LK-02",
        "type": "leskaart",
        "sector": "groen",
        "theme": "nazorg",
        "phase": 6,
        "title": "Mijn loonstrook lezen",
        "summary": "Je leert wat er op je loonstrook staat en hoeveel je echt overhoudt.",
        "tags": ["loonstrook", "loon", "geld", "nazorg", "theorie"],
        "competences": ["KD3.2.1", "KD1.1.2"],
        "body": (
            "Elke maand krijg je van je werkgever een loonstrook. Daarop staat hoeveel je hebt "
            "verdiend en hoeveel er op je rekening komt. Die twee bedragen zijn niet "
            "hetzelfde.\n\n"
            "Bruto en netto\n"
            "Het brutoloon is wat je verdient voordat er iets af gaat. Het nettoloon is wat er "
            "op je bankrekening komt. Het verschil is vooral loonheffing: belasting die je "
            "werkgever voor jou aan de overheid betaalt.\n\n"
            "Uren\n"
            "Werk je per uur? Dan staat op je loonstrook hoeveel uur je hebt gewerkt. Vergelijk "
            "dat met je eigen rooster of agenda. Mist er een dienst? Zeg het binnen een week "
            "tegen je leidinggevende.\n\n"
            "Vakantiegeld\n"
            "Elke maand spaart je werkgever 8 procent van je loon voor je op. Dat is je "
            "vakantiegeld. Je krijgt het meestal in mei of juni in één keer.\n\n"
            "Bewaren\n"
            "Bewaar je loonstroken, op papier of in een map op je telefoon. Je hebt ze nodig "
            "als je een huis wilt huren of toeslag aanvraagt.\n\n"
            "Snap je iets niet? Vraag het de salarisadministratie van je werk of je oud-mentor "
            "van school."
        ),
    },
    {
        "code": "ALG-IK-03",
        "type": "instructiekaart",
        "sector": "groen",
        "theme": "nazorg",
        "phase": 6,
        "title": "Mijn werkweek plannen",
        "summary": "Met je rooster en je telefoon plan je je werkweek: elke dienst op tijd.",
        "tags": ["plannen", "rooster", "agenda", "nazorg"],
        "competences": ["GW01", "GW02", "KD3.1.1"],
        "steps": [
            {"text": "Pak je rooster van het werk voor volgende week.", "picture": "lijst"},
            {
                "text": "Zet elke dienst met begintijd en eindtijd in de agenda van je telefoon.",
                "picture": "telefoon",
            },
            {
                "text": "Reken uit hoe laat je weg moet om 10 minuten voor de begintijd binnen te "
                "zijn.",
                "picture": "klok",
            },
            {"text": "Zet voor elke werkdag een wekker.", "picture": "klok"},
            {
                "text": "Zet ook je afspraken buiten het werk in je agenda, zoals de huisarts.",
                "picture": "lijst",
            },
            {
                "text": "Valt een afspraak in je werktijd? Vraag minstens een week vooraf vrij "
                "bij je leidinggevende.",
                "picture": "telefoon",
            },
            {
                "text": "Leg de avond voor een werkdag je werkkleding en je lunch klaar.",
                "picture": "bord",
            },
            {"text": "Kijk op zondag nog één keer naar je planning.", "picture": "duim"},
        ],
    },
    {
        "code": "ALG-WO-03",
        "type": "werkopdracht",
        "sector": "groen",
        "theme": "nazorg",
        "phase": 6,
        "title": "Een gesprek met mijn leidinggevende voorbereiden",
        "summary": "Je bereidt met je oud-mentor een gesprek over je werk en je leerwensen voor.",
        "tags": ["gesprek", "leidinggevende", "nazorg", "werkopdracht"],
        "competences": ["KD2.2.3", "KD3.2.3", "GW07"],
        "body": (
            "Na een half jaar heb je een gesprek met je leidinggevende over hoe het gaat. In "
            "dit gesprek mag jij ook zeggen wat je wilt. Je bereidt het gesprek voor met je "
            "oud-mentor of je jobcoach. Je schrijft op een briefje wat je zonder hulp kunt, "
            "wat je lastig vindt en wat je wilt leren. Dat briefje neem je mee naar het "
            "gesprek. Na het gesprek vertel je je oud-mentor wat er is afgesproken."
        ),
        "criteria": [
            "Je schrijft voor het gesprek twee taken op die je zonder hulp doet.",
            "Je schrijft één ding op dat je lastig vindt, met een voorbeeld van een dag waarop "
            "het gebeurde.",
            "Je schrijft één ding op dat je wilt leren, of een certificaat dat je wilt halen.",
            "Je noemt in het gesprek alle drie de punten van je briefje.",
            "Je vertelt je oud-mentor binnen een week wat je met je leidinggevende hebt "
            "afgesproken.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Cards: horeca, path "keukenassistent"
# --------------------------------------------------------------------------------------------

_HORECA: list[Card] = [
    {
        "code": "HOR-IV-01",
        "type": "instapvragen",
        "sector": "horeca",
        "theme": "keuken-hygiene",
        "phase": 2,
        "title": "Wat weet jij al over werken in een keuken?",
        "summary": "Je denkt na over koken, hygiëne en veiligheid in een keuken.",
        "tags": ["keuken", "hygiëne", "koken", "kennismaken"],
        "competences": ["KD1.1.4", "B1-K2-W1"],
        "questions": [
            "Wat kook jij weleens thuis? Wie heeft je dat geleerd?",
            "Waarom moeten koks zo vaak hun handen wassen?",
            "Wat kan er gebeuren als je rauwe kip en sla op dezelfde snijplank snijdt?",
            "Welke gevaren zijn er in een keuken? Denk aan messen, hitte en de vloer.",
            "Wat doet een keukenassistent volgens jou op een drukke dag?",
            "Welk gerecht wil jij leren maken?",
        ],
    },
    {
        "code": "HOR-LK-01",
        "type": "leskaart",
        "sector": "horeca",
        "theme": "keuken-hygiene",
        "phase": 3,
        "title": "Hygiëne in de keuken",
        "summary": "Je leert hoe je voorkomt dat gasten ziek worden van het eten.",
        "tags": ["hygiëne", "bacteriën", "keuken", "theorie"],
        "competences": ["B1-K2-W1", "B1-K2-W4", "GW05"],
        "body": (
            "In een keuken maak je eten voor andere mensen. Komen er bacteriën in het eten, "
            "dan kunnen gasten ziek worden. Daarom zijn er strenge regels voor hygiëne.\n\n"
            "Jezelf schoon houden\n"
            "Was je handen als je de keuken in komt, na de wc, na het pakken van afval en na "
            "het werken met rauw vlees, vis of eieren. Draag een schone koksbuis en een schort. "
            "Bind lang haar vast en draag een haarnetje of pet. Doe ringen, armbanden en je "
            "horloge af. Ben je ziek of heb je een wondje aan je hand? Zeg het tegen je "
            "begeleider.\n\n"
            "Rauw en gaar apart\n"
            "Op rauw vlees en rauwe kip zitten bacteriën. Snijd rauw vlees nooit op dezelfde "
            "plank als groente of brood. Veel keukens werken met gekleurde snijplanken: rood "
            "voor rauw vlees, groen voor groente. Houd je aan de kleuren van jouw keuken.\n\n"
            "Koud is koud, warm is warm\n"
            "Bacteriën groeien snel tussen 7 en 60 graden. Zet koude producten daarom meteen "
            "terug in de koeling. Laat eten niet op het aanrecht staan.\n\n"
            "Schoon werken\n"
            "Maak je snijplank, je mes en het aanrecht schoon na elke taak. Gebruik een schone "
            "doek. Een vieze doek verspreidt de bacteriën juist."
        ),
    },
    {
        "code": "HOR-LK-02",
        "type": "leskaart",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 3,
        "title": "Werken met een recept en afwegen",
        "summary": "Je leert een recept lezen, afwegen en rekenen met porties.",
        "tags": ["recept", "afwegen", "rekenen", "porties", "theorie"],
        "competences": ["B1-K2-W2", "KD3.1.1"],
        "body": (
            "In een keuken werk je bijna altijd met een recept. Door het recept smaakt een "
            "gerecht elke keer hetzelfde. Daarom volg je het precies.\n\n"
            "Eerst lezen\n"
            "Lees het hele recept voordat je begint. Kijk welke ingrediënten en welk materiaal "
            "je nodig hebt. Leg alles klaar. Dit heet mise-en-place: alles op zijn plek.\n\n"
            "Maten en gewichten\n"
            "- g is gram en kg is kilogram. 1 kg is 1000 g.\n"
            "- ml is milliliter en l is liter. 1 l is 1000 ml.\n"
            "- el is eetlepel en tl is theelepel.\n\n"
            "Afwegen\n"
            "Weeg met de keukenweegschaal. Zet eerst de lege kom op de weegschaal en druk op "
            "de knop om op nul te zetten. Doe dan het product erin tot je het goede gewicht "
            "ziet.\n\n"
            "Rekenen met porties\n"
            "Een recept is vaak voor 4 personen. Kook je voor 8 personen? Dan doe je alles keer "
            "2. Voor 2 personen deel je alles door 2. Voor 20 personen doe je alles keer 5. "
            "Schrijf de nieuwe getallen op voordat je begint. Dan vergis je je niet.\n\n"
            "Vraag het\n"
            "Snap je een woord in het recept niet? Vraag het je begeleider voordat je begint."
        ),
    },
    {
        "code": "HOR-IK-01",
        "type": "instructiekaart",
        "sector": "horeca",
        "theme": "keuken-hygiene",
        "phase": 3,
        "title": "Handen wassen in de keuken",
        "summary": "Je wast je handen zo dat er geen bacteriën meer op zitten.",
        "tags": ["handen", "wassen", "hygiëne", "keuken"],
        "competences": ["B1-K2-W1", "GW04"],
        "steps": [
            {"text": "Doe ringen, armbanden en je horloge af.", "picture": "sieraden"},
            {"text": "Maak je handen nat met lauw water.", "picture": "handen-wassen"},
            {"text": "Doe zeep uit het pompje op je handen.", "picture": "zeep"},
            {
                "text": "Wrijf je handen 20 seconden in: handpalmen, bovenkant, tussen je "
                "vingers en je duimen. Tel rustig tot twintig.",
                "picture": "klok",
            },
            {"text": "Vergeet je nagels en je polsen niet.", "picture": "duim"},
            {
                "text": "Spoel de zeep af tot je handen niet meer glad voelen.",
                "picture": "handen-wassen",
            },
            {"text": "Droog je handen met een papieren doekje.", "picture": "handdoek"},
            {
                "text": "Draai de kraan dicht met het doekje. Gooi het doekje in de prullenbak.",
                "picture": "prullenbak",
            },
        ],
    },
    {
        "code": "HOR-IK-02",
        "type": "instructiekaart",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 4,
        "title": "Groente snijden met een koksmes",
        "summary": "Je snijdt groente veilig in blokjes van gelijke grootte.",
        "tags": ["snijden", "mes", "groente", "veiligheid"],
        "competences": ["B1-K2-W2", "GW04"],
        "steps": [
            {
                "text": "Was je handen en pak de groene snijplank voor groente.",
                "picture": "snijplank",
            },
            {
                "text": "Leg een vochtige doek onder de snijplank, zodat hij niet schuift.",
                "picture": "snijplank",
            },
            {"text": "Was de groente en leg hem op de plank.", "picture": "snijplank"},
            {
                "text": "Maak van je andere hand een klauw: je vingertoppen wijzen naar binnen.",
                "picture": "veiligheid",
            },
            {
                "text": "Houd het mes bij het handvat vast en snijd met rustige bewegingen.",
                "picture": "mes",
            },
            {
                "text": "Snijd eerst plakken, dan reepjes, dan blokjes van ongeveer 1 centimeter.",
                "picture": "mes",
            },
            {"text": "Schuif de groente met de rug van het mes in een bak.", "picture": "bord"},
            {
                "text": "Leg het mes nooit in de gootsteen. Was het meteen af en leg het terug.",
                "picture": "veiligheid",
            },
        ],
    },
    {
        "code": "HOR-IK-03",
        "type": "instructiekaart",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 3,
        "title": "Ingrediënten afwegen",
        "summary": "Met de keukenweegschaal weeg je precies af wat in het recept staat.",
        "tags": ["afwegen", "weegschaal", "recept", "rekenen"],
        "competences": ["B1-K2-W2", "KD3.2.1"],
        "steps": [
            {
                "text": "Lees in het recept hoeveel je nodig hebt en schrijf het op.",
                "picture": "lijst",
            },
            {"text": "Zet de weegschaal op een vlakke, droge plek.", "picture": "weegschaal"},
            {"text": "Zet de lege kom op de weegschaal.", "picture": "weegschaal"},
            {
                "text": "Druk op de knop 'tarra' of '0'. Nu staat er 0 g op het scherm.",
                "picture": "weegschaal",
            },
            {
                "text": "Doe het product langzaam in de kom. Kijk steeds naar het getal.",
                "picture": "schep",
            },
            {
                "text": "Stop bij het gewicht uit het recept. Te veel? Schep er wat uit.",
                "picture": "schep",
            },
            {
                "text": "Zet een vinkje op je lijst en ga door met het volgende ingrediënt.",
                "picture": "lijst",
            },
        ],
    },
    {
        "code": "HOR-IK-04",
        "type": "instructiekaart",
        "sector": "horeca",
        "theme": "keuken-hygiene",
        "phase": 4,
        "title": "Je werkplek in de keuken schoonmaken",
        "summary": "Na het koken laat je je werkplek schoon en droog achter.",
        "tags": ["schoonmaken", "hygiëne", "keuken", "afval"],
        "competences": ["B1-K2-W5", "KD3.1.4"],
        "steps": [
            {
                "text": "Gooi etensresten in de gft-bak en verpakkingen in de restafvalbak.",
                "picture": "prullenbak",
            },
            {"text": "Breng vuile pannen, messen en planken naar de afwas.", "picture": "pan"},
            {
                "text": "Vul een emmer met warm water en schoonmaakmiddel. Gebruik de hoeveelheid "
                "die op de fles staat.",
                "picture": "emmer",
            },
            {
                "text": "Neem het aanrecht af met een schone doek, van achter naar voren.",
                "picture": "emmer",
            },
            {"text": "Droog het aanrecht na met een droge doek.", "picture": "snijplank"},
            {"text": "Veeg de vloer rond je werkplek.", "picture": "bezem"},
            {
                "text": "Leg de vuile doeken in de wasmand en zet de emmer terug.",
                "picture": "emmer",
            },
            {"text": "Laat je begeleider zien dat je werkplek schoon is.", "picture": "duim"},
        ],
    },
    {
        "code": "HOR-WO-01",
        "type": "werkopdracht",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 4,
        "title": "Mise-en-place maken voor een salade",
        "summary": "Je zet alles klaar voor twintig porties salade met kip.",
        "tags": ["mise-en-place", "salade", "snijden", "werkopdracht"],
        "competences": ["B1-K2-W2", "B1-K2-W4", "KD3.1.1"],
        "body": (
            "In het restaurant staat vandaag een salade met kip op de lunchkaart. De kok vraagt "
            "jou om de mise-en-place voor twintig porties te maken. Je krijgt een recept voor "
            "vier porties. Je rekent zelf uit hoeveel je van alles nodig hebt. Daarna was en "
            "snijd je de groente, je weegt de ingrediënten af en je zet alles in afgedekte "
            "bakken in de koeling. Om half twaalf staat alles klaar, want dan komen de eerste "
            "gasten."
        ),
        "criteria": [
            "Je schrijft voordat je begint voor elk ingrediënt de hoeveelheid voor 20 porties op.",
            "Je wast je handen voordat je begint en na elk werk met rauwe kip.",
            "Je snijdt groente alleen op de groene snijplank.",
            "Je snijdt met een klauwhand: je vingertoppen wijzen naar binnen.",
            "Je weegt elk ingrediënt af tot op 5 gram van de hoeveelheid op je lijst.",
            "Je zet elke bak afgedekt en met een etiket met de datum in de koeling.",
            "Je hebt om 11.30 uur alle bakken in de koeling staan.",
        ],
    },
    {
        "code": "HOR-WO-02",
        "type": "werkopdracht",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 4,
        "title": "Groentesoep maken voor de lunch",
        "summary": "Je maakt met een recept groentesoep voor vijftien gasten.",
        "tags": ["soep", "koken", "pan", "recept", "werkopdracht"],
        "competences": ["B1-K2-W3", "KD3.1.3", "GW06"],
        "body": (
            "Op vrijdag staat er verse groentesoep op het menu van het restaurant. Jij maakt de "
            "soep voor vijftien gasten, met een recept en met hulp van de kok. Je snijdt de "
            "groente, je bakt de ui zachtjes in de pan, je voegt bouillon en groente toe en je "
            "laat de soep zachtjes koken. Je proeft zelf en je laat de kok proeven. Daarna "
            "maak je je werkplek schoon. Om twaalf uur is de soep klaar om op te scheppen."
        ),
        "criteria": [
            "Je legt voordat je begint alle ingrediënten en materialen uit het recept klaar.",
            "Je voegt de ingrediënten toe in de volgorde van het recept.",
            "Je zet het vuur lager zodra de soep met grote bellen kookt.",
            "Je draait de steel van de pan naar binnen, zodat hij niet over de rand van het "
            "fornuis steekt.",
            "Je laat de kok de soep proeven voordat je hem opschept.",
            "Je laat je werkplek na het koken schoon achter: aanrecht afgenomen en droog, pannen "
            "bij de afwas.",
        ],
    },
    {
        "code": "HOR-EWO-01",
        "type": "eindwerkopdracht",
        "sector": "horeca",
        "theme": "eenvoudige-gerechten",
        "phase": 5,
        "title": "Eindopdracht: een eenvoudige lunch bereiden",
        "summary": "Je maakt zelfstandig een salade en een groentesoep voor vijftien gasten.",
        "tags": ["eindopdracht", "lunch", "keuken", "praktijkbewijs"],
        "competences": ["B1-K2-W1", "B1-K2-W2", "B1-K2-W3"],
        "body": (
            "Dit is je eindwerkopdracht voor het Praktijkbewijs Keukenassistent: eenvoudige "
            "gerechten bereiden. Je maakt een lunch voor vijftien gasten: een salade en een "
            "groentesoep. Je krijgt de recepten voor vier personen en rekent zelf uit hoeveel "
            "je nodig hebt. Je plant je werk zo dat alles om twaalf uur klaarstaat. Je werkt "
            "hygiënisch en veilig. Na de lunch maak je je werkplek schoon. De kok van het "
            "leerbedrijf en je docent beoordelen je werk met de criteria hieronder."
        ),
        "tasks": ["HOR-WO-01", "HOR-WO-02"],
        "skills": ["HOR-IK-01", "HOR-IK-02", "HOR-IK-03", "HOR-IK-04"],
        "criteria": [
            "Je begint in schone keukenkleding, met je haar vast en zonder sieraden.",
            "Je wast je handen 20 seconden met zeep voordat je begint en na elk werk met rauwe "
            "kip.",
            "Je schrijft voor beide recepten de hoeveelheden voor 15 porties op, zonder rekenfout.",
            "Je hebt om 12.00 uur de salade en de soep klaarstaan.",
            "Je snijdt met een klauwhand: je vingertoppen wijzen naar binnen.",
            "Je weegt elk ingrediënt af tot op 5 gram van de hoeveelheid op je lijst.",
            "Je zet koude producten binnen 5 minuten na gebruik afgedekt terug in de koeling.",
            "Je schept de soep op met de maatlepel: 250 ml per kom, zonder soep op de rand.",
            "Je laat je werkplek na de lunch schoon achter: aanrecht afgenomen en droog, vloer "
            "geveegd, vuile pannen bij de afwas.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Cards: logistiek, path "orderpicker"
# --------------------------------------------------------------------------------------------

_LOGISTIEK: list[Card] = [
    {
        "code": "LOG-IV-01",
        "type": "instapvragen",
        "sector": "logistiek",
        "theme": "orderpicken",
        "phase": 3,
        "title": "Wat gebeurt er in een magazijn?",
        "summary": "Je denkt na over hoe producten van de fabriek in de winkel komen.",
        "tags": ["magazijn", "orderpicken", "kennismaken"],
        "competences": ["KD1.1.1", "GW04"],
        "questions": [
            "Hoe komt een pak melk van de fabriek in de supermarkt? Welke stappen bedenk je?",
            "Heb je weleens iets online besteld? Wie heeft dat in de doos gedaan?",
            "Wat doet een orderpicker volgens jou de hele dag?",
            "Waarom moet een orderpicker heel precies werken?",
            "Welke gevaren zijn er in een magazijn?",
            "Werk jij liever snel of liever precies? Kun je allebei?",
        ],
    },
    {
        "code": "LOG-LK-01",
        "type": "leskaart",
        "sector": "logistiek",
        "theme": "orderpicken",
        "phase": 3,
        "title": "Een picklijst en locatiecodes lezen",
        "summary": "Je leert een picklijst lezen en een plek in het magazijn vinden.",
        "tags": ["picklijst", "locatie", "magazijn", "theorie"],
        "competences": ["KD3.1.1", "KD3.2.1"],
        "body": (
            "Een orderpicker verzamelt producten voor een klant, bijvoorbeeld een winkel. "
            "Welke producten dat zijn, staat op de picklijst of op de scanner.\n\n"
            "Wat staat er op een picklijst?\n"
            "- Het ordernummer: voor welke klant de order is.\n"
            "- De locatie: waar het product in het magazijn ligt.\n"
            "- Het artikel: welk product het is, met een nummer en een naam.\n"
            "- Het aantal: hoeveel stuks of dozen je pakt.\n\n"
            "Locatiecodes\n"
            "Elke plek in het magazijn heeft een code, bijvoorbeeld 12-04-B.\n"
            "- 12 is de gang.\n"
            "- 04 is het vak in die gang.\n"
            "- B is de hoogte. A is de onderste plank, B de plank daarboven.\n"
            "De lijst staat meestal in de goede looproute. Zo loop je niet heen en weer.\n\n"
            "Controleren\n"
            "Kijk bij elk vak of het artikelnummer op het vak hetzelfde is als op je lijst. "
            "Tel het aantal twee keer. Een fout merkt de klant pas in de winkel. Dan is het "
            "lastig om het nog goed te maken.\n\n"
            "Een probleem?\n"
            "Ligt er te weinig in het vak, of is het product kapot? Pak dan niet iets anders. "
            "Meld het bij je leidinggevende of geef een tekort door op de scanner."
        ),
    },
    {
        "code": "LOG-LK-02",
        "type": "leskaart",
        "sector": "logistiek",
        "theme": "pallets-opslag",
        "phase": 4,
        "title": "Een stevige pallet stapelen",
        "summary": "Je leert de regels voor een pallet die onderweg niet omvalt.",
        "tags": ["pallet", "stapelen", "veiligheid", "tillen", "theorie"],
        "competences": ["GW04", "KD3.2.1"],
        "body": (
            "Een pallet met dozen gaat met een vrachtwagen naar de klant. Onderweg remt en "
            "schudt de wagen. Een slecht gestapelde pallet valt om. Dan gaan producten kapot "
            "en kunnen mensen gewond raken.\n\n"
            "De regels\n"
            "1. Zwaar onder, licht boven. Flessen, blikken en zware dozen leg je onderop. Chips, "
            "wc-papier en andere lichte producten bovenop.\n"
            "2. Recht op de pallet. De dozen steken niet over de rand van de pallet.\n"
            "3. In verband stapelen. Net als bij een muur van stenen leg je de dozen over de "
            "naden van de laag eronder. Zo houden ze elkaar vast.\n"
            "4. Niet te hoog. Vraag hoe hoog een pallet mag zijn in jouw bedrijf. Vaak is dat "
            "ongeveer 1,80 meter.\n"
            "5. Pijlen omhoog. Op sommige dozen staan pijlen of een glas. Die zet je rechtop "
            "en nooit onderaan.\n\n"
            "Afwerken\n"
            "Is de pallet vol? Wikkel hem in met folie. Begin onderaan en wikkel ook om de "
            "pallet zelf. Plak het etiket aan de kant waar de chauffeur het kan lezen.\n\n"
            "Tillen\n"
            "Til met een rechte rug en gebogen knieën. Houd de doos dicht bij je lichaam. Draai "
            "niet met je rug, maar met je voeten."
        ),
    },
    {
        "code": "LOG-IK-01",
        "type": "instructiekaart",
        "sector": "logistiek",
        "theme": "orderpicken",
        "phase": 4,
        "title": "Een order picken met de scanner",
        "summary": "Met de scanner verzamel je stap voor stap de producten van een order.",
        "tags": ["orderpicken", "scanner", "kar", "magazijn"],
        "competences": ["KD3.1.3", "KD3.2.1", "GW06"],
        "steps": [
            {"text": "Pak een scanner en een lege orderkar.", "picture": "scanner"},
            {"text": "Log in op de scanner met je eigen code.", "picture": "scanner"},
            {
                "text": "Scan het label van je kar. De scanner geeft je de eerste locatie.",
                "picture": "kar",
            },
            {
                "text": "Loop naar de locatie en controleer de code op het vak.",
                "picture": "lijst",
            },
            {"text": "Scan het product in het vak.", "picture": "scanner"},
            {
                "text": "Pak het aantal dat op het scherm staat en tel het na.",
                "picture": "doos",
            },
            {
                "text": "Leg de producten stevig op de kar: zwaar onder, licht boven.",
                "picture": "kar",
            },
            {
                "text": "Bevestig op de scanner en loop naar de volgende locatie.",
                "picture": "scanner",
            },
            {
                "text": "Is de order klaar? Breng de kar naar het uitgiftevak.",
                "picture": "duim",
            },
        ],
    },
    {
        "code": "LOG-IK-02",
        "type": "instructiekaart",
        "sector": "logistiek",
        "theme": "pallets-opslag",
        "phase": 4,
        "title": "Dozen stapelen op een pallet",
        "summary": "Je bouwt een pallet op die recht en stevig is.",
        "tags": ["pallet", "stapelen", "dozen", "folie"],
        "competences": ["GW04", "KD3.1.3"],
        "steps": [
            {
                "text": "Controleer of de pallet heel is: geen losse planken of spijkers.",
                "picture": "pallet",
            },
            {"text": "Zet de zware dozen apart van de lichte dozen.", "picture": "doos"},
            {
                "text": "Leg de eerste laag zware dozen recht tegen de rand van de pallet.",
                "picture": "pallet",
            },
            {
                "text": "Leg de volgende laag in verband: over de naden van de laag eronder.",
                "picture": "doos",
            },
            {"text": "Zet dozen met pijlen rechtop, de pijlen naar boven.", "picture": "doos"},
            {
                "text": "Leg de lichte dozen bovenop. Stop bij de hoogste toegestane hoogte.",
                "picture": "pallet",
            },
            {"text": "Wikkel de pallet in met folie, van onder naar boven.", "picture": "pallet"},
            {"text": "Plak het etiket op de voorkant van de pallet.", "picture": "lijst"},
        ],
    },
    {
        "code": "LOG-IK-03",
        "type": "instructiekaart",
        "sector": "logistiek",
        "theme": "pallets-opslag",
        "phase": 4,
        "title": "Een zware doos veilig tillen",
        "summary": "Je tilt een doos zonder je rug te belasten.",
        "tags": ["tillen", "veiligheid", "rug", "dozen"],
        "competences": ["GW04"],
        "steps": [
            {
                "text": "Kijk eerst hoe zwaar de doos is. Meer dan 23 kilo? Til niet alleen.",
                "picture": "weegschaal",
            },
            {
                "text": "Ga dicht bij de doos staan, met je voeten een stukje uit elkaar.",
                "picture": "doos",
            },
            {"text": "Buig door je knieën en houd je rug recht.", "picture": "veiligheid"},
            {
                "text": "Pak de doos met twee handen stevig vast aan de onderkant.",
                "picture": "handschoenen",
            },
            {
                "text": "Kom omhoog met kracht uit je benen, niet uit je rug.",
                "picture": "veiligheid",
            },
            {"text": "Houd de doos dicht tegen je lichaam.", "picture": "doos"},
            {"text": "Draai met je voeten, niet met je rug.", "picture": "veiligheid"},
            {"text": "Zet de doos neer door weer door je knieën te buigen.", "picture": "doos"},
        ],
    },
    {
        "code": "LOG-WO-01",
        "type": "werkopdracht",
        "sector": "logistiek",
        "theme": "orderpicken",
        "phase": 4,
        "title": "Een winkelorder verzamelen",
        "summary": "Je verzamelt met de scanner een order van 35 regels voor een supermarkt.",
        "tags": ["orderpicken", "scanner", "supermarkt", "werkopdracht"],
        "competences": ["KD3.1.3", "KD3.2.1", "GW02"],
        "body": (
            "Het distributiecentrum levert elke dag aan supermarkten in de regio. Vandaag "
            "verzamel jij de order voor één supermarkt. De order heeft 35 regels en staat om "
            "14.00 uur in het uitgiftevak, want dan vertrekt de vrachtwagen. Je werkt met de "
            "scanner. Je loopt de route die de scanner aangeeft en je pakt precies wat er "
            "gevraagd wordt. Is er te weinig van een product? Dan meld je dat. Je begeleider "
            "controleert een deel van je order."
        ),
        "criteria": [
            "Je scant het label van je kar voordat je naar de eerste locatie loopt.",
            "Je controleert bij elk vak of de locatiecode op het vak gelijk is aan de code op de "
            "scanner.",
            "Je telt bij elke regel het aantal na voordat je op de scanner bevestigt.",
            "Je legt zware producten (flessen, blikken) onder en lichte producten boven op de kar.",
            "Je meldt een tekort of een kapot product op de scanner, zonder een ander product te "
            "pakken.",
            "Je zet de order voor 14.00 uur in het uitgiftevak.",
        ],
    },
    {
        "code": "LOG-WO-02",
        "type": "werkopdracht",
        "sector": "logistiek",
        "theme": "pallets-opslag",
        "phase": 4,
        "title": "Een gemengde pallet opbouwen en klaarzetten",
        "summary": "Je bouwt van verschillende producten één stevige pallet voor een bouwmarkt.",
        "tags": ["pallet", "stapelen", "folie", "werkopdracht"],
        "competences": ["GW04", "KD3.1.3", "KD2.2.2"],
        "body": (
            "Een bouwmarkt heeft een order met verschillende producten: zakken potgrond, "
            "verfblikken, dozen met schroeven en rollen behang. Jij bouwt van deze producten "
            "één stevige pallet. Je let op het gewicht en op de pijlen op de dozen. Is de "
            "pallet klaar? Dan wikkel je hem in met folie en plak je het etiket erop. Daarna "
            "zet je de pallet in het laadvak dat op de order staat. Je meldt je begeleider "
            "dat de pallet klaarstaat en in welk laadvak."
        ),
        "criteria": [
            "Je controleert voordat je begint of de pallet heel is: geen losse planken, geen "
            "uitstekende spijkers.",
            "Je zet zware producten onderop en lichte producten bovenop.",
            "Je stapelt elke laag in verband, zonder dat een doos over de rand van de pallet "
            "steekt.",
            "Je tilt met gebogen knieën en een rechte rug.",
            "Je wikkelt de pallet met folie in, van de pallet zelf tot de bovenste laag.",
            "Je meldt je begeleider dat de pallet klaarstaat en in welk laadvak.",
        ],
    },
    {
        "code": "LOG-EWO-01",
        "type": "eindwerkopdracht",
        "sector": "logistiek",
        "theme": "orderpicken",
        "phase": 5,
        "title": "Eindopdracht: orders picken en klaarzetten voor verzending",
        "summary": "Je verzamelt twee orders foutloos en zet een stevige pallet klaar.",
        "tags": ["eindopdracht", "orderpicken", "pallet", "branchecertificaat"],
        "competences": ["KD3.1.3", "KD3.2.1", "GW04"],
        "body": (
            "Dit is je eindwerkopdracht voor het Branchecertificaat Orderpicker. Je werkt een "
            "dagdeel mee in het distributiecentrum. Je verzamelt twee orders met de scanner. "
            "Van één order bouw je een stevige pallet. Om 14.00 uur vertrekt de vrachtwagen. Je "
            "werkt zelfstandig, veilig en precies. Een beoordelaar van het bedrijf loopt met je "
            "mee. Hij telt hoeveel fouten er in je orders zitten en kijkt hoe je tilt en "
            "stapelt. Na afloop bespreken jullie samen de uitslag."
        ),
        "tasks": ["LOG-WO-01", "LOG-WO-02"],
        "skills": ["LOG-IK-01", "LOG-IK-02", "LOG-IK-03"],
        "criteria": [
            "Je draagt de hele dienst veiligheidsschoenen en een hesje.",
            "Je levert beide orders met 0 fouten af: elk product en elk aantal klopt met de order.",
            "Je meldt elk tekort en elk beschadigd product op de scanner, voordat je naar de "
            "volgende locatie loopt.",
            "Je tilt veilig: rechte rug, gebogen knieën, draaien met je voeten.",
            "Je bouwt de pallet op met zwaar onder, in verband en niet hoger dan 1,80 m.",
            "Je wikkelt de pallet met folie in, van de pallet zelf tot de bovenste laag.",
            "Je plakt het etiket op de voorkant van de pallet, boven op de folie.",
            "Je zet beide orders voor 14.00 uur in het laadvak dat op de order staat.",
        ],
    },
]

CARDS: list[Card] = [
    *_GROEN_PLANTEN,
    *_GROEN_BUITEN,
    *_WERKNEMER,
    *_HORECA,
    *_LOGISTIEK,
    *_ONDERBOUW,
    *_NAZORG,
]

# --------------------------------------------------------------------------------------------
# Credentials (stackable): praktijkbewijs -> praktijkverklaring -> mbo-diploma
# --------------------------------------------------------------------------------------------

CREDENTIALS: list[CredentialDef] = [
    {
        "key": "pb-planten-verzorgen",
        "kind": "praktijkbewijs",
        "name": "Praktijkbewijs Medewerker tuincentrum: planten verzorgen",
        "sector": "groen",
        "assessed_by": "GRN-EWO-01",
        "components": [],
        "description": (
            "Je laat zien dat je in een tuincentrum zelfstandig planten verzorgt: water geven, "
            "verpotten en een verkooptafel bijhouden."
        ),
    },
    {
        "key": "pb-buitenruimte",
        "kind": "praktijkbewijs",
        "name": "Praktijkbewijs Medewerker groen: buitenruimte onderhouden",
        "sector": "groen",
        "assessed_by": "GRN-EWO-02",
        "components": [],
        "description": (
            "Je laat zien dat je de buitenruimte van een bedrijf veilig schoonhoudt en onderhoudt: "
            "vegen, wieden en terugknippen."
        ),
    },
    {
        "key": "pb-keukenassistent",
        "kind": "praktijkbewijs",
        "name": "Praktijkbewijs Keukenassistent: eenvoudige gerechten bereiden",
        "sector": "horeca",
        "assessed_by": "HOR-EWO-01",
        "components": [],
        "description": (
            "Je laat zien dat je hygiënisch en veilig werkt in een keuken en eenvoudige "
            "gerechten maakt volgens een recept."
        ),
    },
    {
        "key": "bc-orderpicker",
        "kind": "branchecertificaat",
        "name": "Branchecertificaat Orderpicker",
        "sector": "logistiek",
        "assessed_by": "LOG-EWO-01",
        "components": [],
        "description": (
            "Certificaat van de branche. Je laat zien dat je foutloos orders verzamelt met een "
            "scanner en een stevige pallet opbouwt."
        ),
    },
    {
        "key": "pv-medewerker-groen",
        "kind": "praktijkverklaring",
        "name": "Praktijkverklaring Medewerker groen",
        "sector": "groen",
        "assessed_by": None,
        "components": ["pb-planten-verzorgen", "pb-buitenruimte"],
        "description": (
            "Je krijgt deze praktijkverklaring als je beide praktijkbewijzen groen hebt "
            "gehaald: planten verzorgen en buitenruimte onderhouden."
        ),
    },
    {
        "key": "mbo-entree-groen",
        "kind": "mbo-diploma",
        "name": "Mbo-diploma Entree: Assistent medewerker groen",
        "sector": "groen",
        "assessed_by": None,
        "components": ["pv-medewerker-groen"],
        "description": (
            "Mbo-diploma niveau 1. Met de praktijkverklaring Medewerker groen en de andere "
            "examenonderdelen van de entreeopleiding haal je dit diploma. Daarna kun je aan "
            "het werk of door naar mbo niveau 2."
        ),
    },
]

# --------------------------------------------------------------------------------------------
# Real assessment: who issues each credential, the werkprocessen it names, a diploma's
# other exam parts, and who assesses (model/issuing.py, docs/domain.md "Credentials")
# --------------------------------------------------------------------------------------------

MBO_SCHOOL = MBO_PARTNER  # the partner mbo school issues the praktijkverklaring and diploma
BRANCH = "Stichting Vakbekwaamheid Logistiek"

CREDENTIAL_ISSUERS: dict[str, str] = {
    "bc-orderpicker": BRANCH,
    "pv-medewerker-groen": MBO_SCHOOL,
    "mbo-entree-groen": MBO_SCHOOL,
}
"""The branch or mbo school that issues a credential; a praktijkbewijs the school does."""

CREDENTIAL_WERKPROCESSEN: dict[str, list[str]] = {
    "pb-planten-verzorgen": [
        "98101/B1-K1-W1",
        "98101/B1-K1-W2",
        "98101/B1-K1-W3",
        "98101/B1-K1-W5",
    ],
    "pb-buitenruimte": ["98101/B1-K1-W4", "98101/B1-K1-W6"],
    "pb-keukenassistent": ["98102/B1-K2-W1", "98102/B1-K2-W2", "98102/B1-K2-W3", "98102/B1-K2-W5"],
    "bc-orderpicker": ["98103/P1-K1-W1", "98103/P1-K1-W2", "GW04", "GW06"],
    "pv-medewerker-groen": [
        "98101/B1-K1-W1",
        "98101/B1-K1-W2",
        "98101/B1-K1-W3",
        "98101/B1-K1-W4",
        "98101/B1-K1-W5",
        "98101/B1-K1-W6",
    ],
    "mbo-entree-groen": [
        "98101/B1-K1-W1",
        "98101/B1-K1-W2",
        "98101/B1-K1-W3",
        "98101/B1-K1-W4",
        "98101/B1-K1-W5",
        "98101/B1-K1-W6",
    ],
}

DIPLOMA_EXAM_PARTS: dict[str, list[str]] = {
    "mbo-entree-groen": [
        "Nederlands (2F)",
        "Rekenen (2F)",
        "Loopbaan en burgerschap",
        "Keuzedeel Werken in het groen",
    ],
}

BRANCH_EXAMINER = ("Petra Vos", BRANCH)
"""The branch's own examiner, who assesses the eindwerkopdracht of its certificate."""

# Jerome: the first assessment of his praktijkbewijs was two weeks ago; the two criteria
# he still practises were niet behaald, and the herkansing is planned.
JEROME_ASSESSED_DAYS_AGO = 14
JEROME_RETRY_IN_DAYS = 10

# --------------------------------------------------------------------------------------------
# Templates: one leerroute per praktijkbewijs / branchecertificaat
# --------------------------------------------------------------------------------------------

_TPL_PLANTEN = "Leerroute Planten verzorgen (tuincentrum)"
_TPL_BUITEN = "Leerroute Buitenruimte onderhouden"
_TPL_KEUKEN = "Leerroute Keukenassistent"
_TPL_ORDERPICKER = "Leerroute Orderpicker"
_TPL_ONDERBOUW = "Leerroute Onderbouw: leren leren en samenwerken"

TEMPLATES: list[Template] = [
    {
        "name": _TPL_PLANTEN,
        "credential": "pb-planten-verzorgen",
        "items": [
            {"card": "GRN-IV-01", "phase": 3, "module": "planten-verzorgen"},
            {"card": "GRN-LK-01", "phase": 3, "module": "planten-verzorgen"},
            {"card": "GRN-LK-02", "phase": 3, "module": "planten-verzorgen"},
            {"card": "GRN-LK-05", "phase": 3, "module": "werknemersvaardigheden"},
            {"card": "GRN-IK-01", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-IK-02", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-WO-01", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-IK-09", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "GRN-WO-06", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "GRN-LK-03", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-IK-03", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-WO-02", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-IK-04", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-IK-05", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-WO-03", "phase": 4, "module": "planten-verzorgen"},
            {"card": "GRN-EWO-01", "phase": 5, "module": "planten-verzorgen"},
        ],
    },
    {
        "name": _TPL_BUITEN,
        "credential": "pb-buitenruimte",
        "items": [
            {"card": "GRN-IV-02", "phase": 3, "module": "buitenruimte"},
            {"card": "GRN-LK-04", "phase": 3, "module": "buitenruimte"},
            {"card": "GRN-IK-06", "phase": 4, "module": "buitenruimte"},
            {"card": "GRN-WO-04", "phase": 4, "module": "buitenruimte"},
            {"card": "GRN-IK-07", "phase": 4, "module": "buitenruimte"},
            {"card": "GRN-IK-08", "phase": 4, "module": "buitenruimte"},
            {"card": "GRN-WO-05", "phase": 4, "module": "buitenruimte"},
            {"card": "GRN-EWO-02", "phase": 5, "module": "buitenruimte"},
        ],
    },
    {
        "name": _TPL_KEUKEN,
        "credential": "pb-keukenassistent",
        "items": [
            {"card": "HOR-IV-01", "phase": 2, "module": "keuken-hygiene"},
            {"card": "HOR-LK-01", "phase": 3, "module": "keuken-hygiene"},
            {"card": "HOR-IK-01", "phase": 3, "module": "keuken-hygiene"},
            {"card": "HOR-LK-02", "phase": 3, "module": "eenvoudige-gerechten"},
            {"card": "HOR-IK-03", "phase": 3, "module": "eenvoudige-gerechten"},
            {"card": "GRN-LK-05", "phase": 3, "module": "werknemersvaardigheden"},
            {"card": "HOR-IK-02", "phase": 4, "module": "eenvoudige-gerechten"},
            {"card": "HOR-WO-01", "phase": 4, "module": "eenvoudige-gerechten"},
            {"card": "GRN-IK-09", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "GRN-WO-06", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "HOR-IK-04", "phase": 4, "module": "keuken-hygiene"},
            {"card": "HOR-WO-02", "phase": 4, "module": "eenvoudige-gerechten"},
            {"card": "HOR-EWO-01", "phase": 5, "module": "eenvoudige-gerechten"},
        ],
    },
    {
        "name": _TPL_ORDERPICKER,
        "credential": "bc-orderpicker",
        "items": [
            {"card": "LOG-IV-01", "phase": 3, "module": "orderpicken"},
            {"card": "LOG-LK-01", "phase": 3, "module": "orderpicken"},
            {"card": "GRN-LK-05", "phase": 3, "module": "werknemersvaardigheden"},
            {"card": "LOG-IK-01", "phase": 4, "module": "orderpicken"},
            {"card": "LOG-WO-01", "phase": 4, "module": "orderpicken"},
            {"card": "GRN-IK-09", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "GRN-WO-06", "phase": 4, "module": "werknemersvaardigheden"},
            {"card": "LOG-LK-02", "phase": 4, "module": "pallets-opslag"},
            {"card": "LOG-IK-03", "phase": 4, "module": "pallets-opslag"},
            {"card": "LOG-IK-02", "phase": 4, "module": "pallets-opslag"},
            {"card": "LOG-WO-02", "phase": 4, "module": "pallets-opslag"},
            {"card": "LOG-EWO-01", "phase": 5, "module": "orderpicken"},
        ],
    },
    {
        "name": _TPL_ONDERBOUW,
        "items": [
            {"card": "ALG-IV-01", "phase": 1, "module": "leren-leren"},
            {"card": "ALG-LK-01", "phase": 1, "module": "leren-leren"},
            {"card": "ALG-IK-01", "phase": 1, "module": "leren-leren"},
            {"card": "ALG-WO-01", "phase": 1, "module": "leren-leren"},
            {"card": "ALG-IK-02", "phase": 2, "module": "leren-leren"},
            {"card": "ALG-WO-02", "phase": 2, "module": "leren-leren"},
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Demo school: staff, groups, leerbedrijven, students
# --------------------------------------------------------------------------------------------

STAFF: list[Staff] = [
    {
        "key": "ingrid",
        "name": "Ingrid van Leeuwen",
        "email": "i.vanleeuwen@example.nl",
        "role": "teacher",
    },
    {"key": "murat", "name": "Murat Demir", "email": "m.demir@example.nl", "role": "teacher"},
    {"key": "sanne", "name": "Sanne de Wit", "email": "s.dewit@example.nl", "role": "teacher"},
    {"key": "kofi", "name": "Kofi Mensah", "email": "k.mensah@example.nl", "role": "teacher"},
    {"key": "ruud", "name": "Ruud Verbeek", "email": "r.verbeek@example.nl", "role": "jobcoach"},
    {
        "key": "naima",
        "name": "Naima El Amrani",
        "email": "n.elamrani@example.nl",
        "role": "jobcoach",
    },
    {"key": "bas", "name": "Bas Koster", "email": "b.koster@example.nl", "role": "admin"},
]

# A group's name starts with its school type: PrO and VSO groups by year (fase 1-5), the
# entree group of the doorlopende leerroute with the mbo partner, and the school's nazorg
# (fase 6) for those who left. tests/demo/test_demo_content_quality.py checks the fit.
GROUPS: list[Group] = [
    {"key": "pro-1a", "name": "PrO 1A", "phase": 1, "mentor": "kofi"},
    {"key": "pro-2a", "name": "PrO 2A", "phase": 2, "mentor": "ingrid"},
    {"key": "pro-3b", "name": "PrO 3B", "phase": 3, "mentor": "ingrid"},
    {"key": "vso-4a", "name": "VSO 4A", "phase": 4, "mentor": "murat"},
    {"key": "entree-1", "name": f"Entree 1 ({MBO_PARTNER})", "phase": 5, "mentor": "sanne"},
    {"key": "nazorg", "name": "Nazorg PrO en VSO", "phase": 6, "mentor": "sanne"},
]

COMPANIES: list[Company] = [
    {
        "key": "groene-hoek",
        "name": "Tuincentrum De Groene Hoek",
        "sector": "groen",
        "city": "Bleiswijk",
        "supervisor": {
            "name": "Henk Zwart",
            "phone": "06-21436587",
            "email": "h.zwart@example.nl",
        },
    },
    {
        "key": "de-linde",
        "name": "Restaurant De Linde",
        "sector": "horeca",
        "city": "Delft",
        "supervisor": {
            "name": "Marloes Brink",
            "phone": "06-38475612",
            "email": "m.brink@example.nl",
        },
    },
    {
        "key": "dc-noordpolder",
        "name": "Distributiecentrum Noordpolder",
        "sector": "logistiek",
        "city": "Zoetermeer",
        "supervisor": {
            "name": "Ricardo Fernandes",
            "phone": "06-47581236",
            "email": "r.fernandes@example.nl",
        },
    },
]

STUDENTS: list[Student] = [
    # PrO 1A and PrO 2A: onderbouw, learning in groups, no credentials yet
    {
        "key": "luuk",
        "first_name": "Luuk",
        "last_name": "de Graaf",
        "birth_date": "2014-05-03",
        "group": "pro-1a",
        "phase": 1,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_ONDERBOUW,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "imane",
        "first_name": "Imane",
        "last_name": "Tahiri",
        "birth_date": "2013-11-19",
        "group": "pro-1a",
        "phase": 1,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_ONDERBOUW,
        "progress": "none",
        "placement": None,
    },
    {
        "key": "tim",
        "first_name": "Tim",
        "last_name": "Hoekstra",
        "birth_date": "2013-01-28",
        "group": "pro-2a",
        "phase": 2,
        "uitstroomprofiel": "dagbesteding",
        "mentor": "ingrid",
        "template": _TPL_ONDERBOUW,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "elif",
        "first_name": "Elif",
        "last_name": "Aydın",
        "birth_date": "2012-10-07",
        "group": "pro-2a",
        "phase": 2,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "ingrid",
        "template": _TPL_ONDERBOUW,
        "progress": "almost",
        "placement": None,
    },
    # PrO 3B: choosing a direction, first routes started, no placements yet
    {
        "key": "sem",
        "first_name": "Sem",
        "last_name": "Jansen",
        "birth_date": "2011-03-14",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "ingrid",
        "template": None,
        "progress": "none",
        "placement": None,
    },
    {
        "key": "aylin",
        "first_name": "Aylin",
        "last_name": "Yildiz",
        "birth_date": "2010-09-02",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "ingrid",
        "template": _TPL_KEUKEN,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "mohamed",
        "first_name": "Mohamed",
        "last_name": "El Idrissi",
        "birth_date": "2010-12-20",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_ORDERPICKER,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "noa",
        "first_name": "Noa",
        "last_name": "de Bruijn",
        "birth_date": "2011-06-30",
        "group": "pro-3b",
        "phase": 2,
        "uitstroomprofiel": "dagbesteding",
        "mentor": "ingrid",
        "template": None,
        "progress": "none",
        "placement": None,
    },
    {
        "key": "priya",
        "first_name": "Priya",
        "last_name": "Ramdin",
        "birth_date": "2010-05-11",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "vervolgonderwijs",
        "mentor": "ingrid",
        "template": _TPL_PLANTEN,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "daan",
        "first_name": "Daan",
        "last_name": "Visser",
        "birth_date": "2010-11-08",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_BUITEN,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "esra",
        "first_name": "Esra",
        "last_name": "Çelik",
        "birth_date": "2011-01-25",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "vervolgonderwijs",
        "mentor": "ingrid",
        "template": None,
        "progress": "none",
        "placement": None,
    },
    {
        "key": "jayden",
        "first_name": "Jayden",
        "last_name": "Rosaria",
        "birth_date": "2010-04-03",
        "group": "pro-3b",
        "phase": 3,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_BUITEN,
        "progress": "started",
        "placement": None,
    },
    # VSO 4A: practising at the stage, working towards certificates
    {
        "key": "jerome",
        "first_name": "Jerome",
        "last_name": "Tromp",
        "birth_date": "2009-07-19",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "murat",
        "template": _TPL_PLANTEN,
        "progress": "almost",
        "placement": {
            "company": "groene-hoek",
            "jobcoach": "ruud",
            "start": "2026-02-02",
            "end": "2027-01-29",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 512,
        },
    },
    {
        "key": "shanti",
        "first_name": "Shanti",
        "last_name": "Mahabier",
        "birth_date": "2009-02-11",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "murat",
        "template": _TPL_KEUKEN,
        "progress": "halfway",
        "placement": {
            "company": "de-linde",
            "jobcoach": "naima",
            "start": "2026-03-02",
            "end": "2027-02-26",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 340,
        },
    },
    {
        "key": "kevin",
        "first_name": "Kevin",
        "last_name": "Tjon A Fong",
        "birth_date": "2008-10-05",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "sanne",
        "template": _TPL_ORDERPICKER,
        "progress": "halfway",
        "placement": {
            "company": "dc-noordpolder",
            "jobcoach": "ruud",
            "start": "2026-04-06",
            "end": "2027-03-26",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 300,
        },
    },
    {
        "key": "fatima",
        "first_name": "Fatima",
        "last_name": "Bouzid",
        "birth_date": "2009-08-27",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "dagbesteding",
        "mentor": "murat",
        "template": _TPL_BUITEN,
        "progress": "started",
        "placement": {
            "company": "groene-hoek",
            "jobcoach": "naima",
            "start": "2026-09-07",
            "end": "2027-06-25",
            "model": "lint",
            "days_per_week": 1,
            "hours_required": 240,
            "hours_done": 56,
        },
    },
    {
        "key": "lars",
        "first_name": "Lars",
        "last_name": "Meijer",
        "birth_date": "2009-12-01",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "murat",
        "template": _TPL_PLANTEN,
        "progress": "halfway",
        "placement": None,
    },
    {
        "key": "bram",
        "first_name": "Bram",
        "last_name": "van der Linden",
        "birth_date": "2008-06-16",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "vervolgonderwijs",
        "mentor": "sanne",
        "template": _TPL_KEUKEN,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "dewi",
        "first_name": "Dewi",
        "last_name": "Kartosen",
        "birth_date": "2009-04-22",
        "group": "vso-4a",
        "phase": 4,
        "uitstroomprofiel": "dagbesteding",
        "mentor": "murat",
        "template": None,
        "progress": "none",
        "placement": None,
    },
    {
        "key": "youssef",
        "first_name": "Youssef",
        "last_name": "Benali",
        "birth_date": "2008-11-30",
        "group": "vso-4a",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "sanne",
        "template": _TPL_ORDERPICKER,
        "progress": "almost",
        "placement": {
            "company": "dc-noordpolder",
            "jobcoach": "naima",
            "start": "2026-08-31",
            "end": "2026-12-18",
            "model": "sandwich",
            "days_per_week": 4,
            "hours_required": 400,
            "hours_done": 320,
        },
    },
    # Entree 1 (with the mbo partner): finishing certificates
    {
        "key": "lisa",
        "first_name": "Lisa",
        "last_name": "Vermeulen",
        "birth_date": "2007-09-09",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "sanne",
        "template": _TPL_PLANTEN,
        "progress": "done",
        "placement": {
            "company": "groene-hoek",
            "jobcoach": "ruud",
            "start": "2026-01-05",
            "end": "2026-12-18",
            "model": "lint",
            "days_per_week": 3,
            "hours_required": 640,
            "hours_done": 620,
        },
    },
    {
        "key": "ruben",
        "first_name": "Ruben",
        "last_name": "Pinas",
        "birth_date": "2007-03-18",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_KEUKEN,
        "progress": "almost",
        "placement": {
            "company": "de-linde",
            "jobcoach": "ruud",
            "start": "2026-08-31",
            "end": "2027-01-29",
            "model": "sandwich",
            "days_per_week": 4,
            "hours_required": 480,
            "hours_done": 330,
        },
    },
    {
        "key": "kim",
        "first_name": "Kim",
        "last_name": "Nguyen",
        "birth_date": "2008-01-07",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "vervolgonderwijs",
        "mentor": "sanne",
        "template": _TPL_ORDERPICKER,
        "progress": "halfway",
        "placement": {
            "company": "dc-noordpolder",
            "jobcoach": "naima",
            "start": "2026-09-14",
            "end": "2027-07-02",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 140,
        },
    },
    {
        "key": "ahmed",
        "first_name": "Ahmed",
        "last_name": "Hassan",
        "birth_date": "2006-05-29",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_BUITEN,
        "progress": "almost",
        "placement": {
            "company": "groene-hoek",
            "jobcoach": "naima",
            "start": "2026-02-16",
            "end": "2027-02-12",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 470,
        },
    },
    {
        "key": "sophie",
        "first_name": "Sophie",
        "last_name": "Mulder",
        "birth_date": "2007-11-21",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "sanne",
        "template": _TPL_KEUKEN,
        "progress": "halfway",
        "placement": {
            "company": "de-linde",
            "jobcoach": "ruud",
            "start": "2026-10-05",
            "end": "2027-06-25",
            "model": "lint",
            "days_per_week": 2,
            "hours_required": 640,
            "hours_done": 80,
        },
    },
    {
        "key": "nikita",
        "first_name": "Nikita",
        "last_name": "Wójcik",
        "birth_date": "2007-06-12",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_ORDERPICKER,
        "progress": "started",
        "placement": None,
    },
    {
        "key": "jamal",
        "first_name": "Jamal",
        "last_name": "Doelwijt",
        "birth_date": "2007-08-08",
        "group": "entree-1",
        "phase": 5,
        "uitstroomprofiel": "vervolgonderwijs",
        "mentor": "sanne",
        "template": _TPL_BUITEN,
        "progress": "halfway",
        "placement": None,
    },
    # Nazorg: left school with a credential, two years of aftercare (fase 6)
    {
        "key": "rayan",
        "first_name": "Rayan",
        "last_name": "Haddou",
        "birth_date": "2006-02-03",
        "group": "nazorg",
        "phase": 6,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "sanne",
        "template": _TPL_ORDERPICKER,
        "progress": "done",
        "placement": None,
    },
    {
        "key": "mila",
        "first_name": "Mila",
        "last_name": "Schouten",
        "birth_date": "2006-10-14",
        "group": "nazorg",
        "phase": 6,
        "uitstroomprofiel": "arbeidsmarkt",
        "mentor": "kofi",
        "template": _TPL_PLANTEN,
        "progress": "done",
        "placement": None,
    },
]

# --------------------------------------------------------------------------------------------
# Qualification structure (issue 10, point 5): a third kwalificatiedossier that shares the
# code B1-K1-W1 with the groen dossier, kerntaken in the basisdeel and in profieldelen,
# werknemersvaardigheden linked to werkprocessen and kerndoelen with their source, the cards
# of those werkprocessen, and cards that serve every sector. Crebo 98103 is fictional like
# the other two; the links are the demo school's own reading, and their source says so.
# --------------------------------------------------------------------------------------------


class Kerntaak(TypedDict):
    crebo: str
    code: str
    title: str
    part: str  # basisdeel or profieldeel
    profile: str  # the profile of a profieldeel, else ""
    werkprocessen: list[
        str
    ]  # codes in the same dossier: existing ones, or new in NEW_WERKPROCESSEN


class CompetenceLinkDef(TypedDict):
    skill: str
    to: str  # '98101/B1-K1-W1' or a kerndoel code
    source: str


LOGISTIEK_QUALIFICATION: Qualification = {
    "name": "Assistent logistiek medewerker (Entree)",
    "crebo": "98103",
    "werkprocessen": [
        {"code": "B1-K1-W1", "title": "Bereidt de eigen werkzaamheden voor"},
        {"code": "B1-K1-W2", "title": "Rondt de werkzaamheden af en meldt wat klaar is"},
        {"code": "P1-K1-W1", "title": "Verzamelt orders met de scanner of de picklijst"},
        {"code": "P1-K1-W2", "title": "Controleert en verpakt een order voor verzending"},
        {"code": "P2-K1-W1", "title": "Ontvangt goederen en controleert ze met de pakbon"},
        {"code": "P2-K1-W2", "title": "Slaat goederen en pallets veilig op"},
    ],
}

NEW_WERKPROCESSEN: dict[str, list[Werkproces]] = {
    "98101": [{"code": "P1-K1-W1", "title": "Helpt een klant de goede plant te vinden"}],
}

KERNTAKEN: list[Kerntaak] = [
    {
        "crebo": "98101",
        "code": "B1-K1",
        "title": "Voert groene werkzaamheden uit",
        "part": "basisdeel",
        "profile": "",
        "werkprocessen": ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4", "B1-K1-W5", "B1-K1-W6"],
    },
    {
        "crebo": "98101",
        "code": "P1-K1",
        "title": "Werkt op de verkoopafdeling van een tuincentrum",
        "part": "profieldeel",
        "profile": "Tuincentrum",
        "werkprocessen": ["P1-K1-W1"],
    },
    {
        "crebo": "98102",
        "code": "B1-K2",
        "title": "Werkt mee in de keuken",
        "part": "basisdeel",
        "profile": "",
        "werkprocessen": ["B1-K2-W1", "B1-K2-W2", "B1-K2-W3", "B1-K2-W4", "B1-K2-W5"],
    },
    {
        "crebo": "98103",
        "code": "B1-K1",
        "title": "Voert logistieke basistaken uit",
        "part": "basisdeel",
        "profile": "",
        "werkprocessen": ["B1-K1-W1", "B1-K1-W2"],
    },
    {
        "crebo": "98103",
        "code": "P1-K1",
        "title": "Verzamelt en verpakt orders",
        "part": "profieldeel",
        "profile": "Orderpicker",
        "werkprocessen": ["P1-K1-W1", "P1-K1-W2"],
    },
    {
        "crebo": "98103",
        "code": "P2-K1",
        "title": "Ontvangt en slaat goederen op",
        "part": "profieldeel",
        "profile": "Magazijn",
        "werkprocessen": ["P2-K1-W1", "P2-K1-W2"],
    },
]

SECTOR_DOSSIER: dict[str, str] = {"groen": "98101", "horeca": "98102", "logistiek": "98103"}
"""The dossier a bare werkproces code on a demo card of this sector means (B1-K1-W1 is in
two dossiers, so a bare code would be refused)."""

CARD_WERKPROCESSEN: dict[str, list[str]] = {
    "LOG-LK-01": ["98103/B1-K1-W1"],
    "LOG-IK-01": ["98103/P1-K1-W1"],
    "LOG-WO-01": ["98103/B1-K1-W1", "98103/P1-K1-W1"],
    "LOG-EWO-01": ["98103/P1-K1-W1", "98103/P1-K1-W2", "98103/B1-K1-W2"],
    "LOG-IK-02": ["98103/P2-K1-W2"],
    "LOG-IK-03": ["98103/P2-K1-W2"],
    "LOG-WO-02": ["98103/P2-K1-W2"],
}
"""Werkprocessen of the logistiek dossier that the existing logistiek cards work on."""

CARD_OTHER_SECTORS: dict[str, list[str]] = {
    "GRN-LK-05": ["horeca", "logistiek"],
    "GRN-IK-09": ["horeca", "logistiek"],
    "GRN-WO-06": ["horeca", "logistiek"],
    "LOG-IV-01": ["groen"],
}
"""Cards about werknemersvaardigheden serve every sector; their home sector stays groen."""

_MKB = "MKB goed werknemerschap (demokoppeling, geen officiële bron)"
_SLO = "SLO kerndoelen praktijkonderwijs (demokoppeling, geen officiële bron)"

COMPETENCE_LINKS: list[CompetenceLinkDef] = [
    {"skill": "GW01", "to": "98101/B1-K1-W1", "source": _MKB},
    {"skill": "GW01", "to": "98103/B1-K1-W1", "source": _MKB},
    {"skill": "GW02", "to": "KD3.1", "source": _SLO},
    {"skill": "GW03", "to": "KD2.2", "source": _SLO},
    {"skill": "GW04", "to": "98102/B1-K2-W1", "source": _MKB},
    {"skill": "GW04", "to": "98103/P2-K1-W2", "source": _MKB},
    {"skill": "GW06", "to": "98101/B1-K1-W1", "source": _MKB},
    {"skill": "GW06", "to": "98103/P1-K1-W1", "source": _MKB},
    {"skill": "GW06", "to": "KD1.2", "source": _SLO},
    {"skill": "GW07", "to": "KD1.1", "source": _SLO},
    {"skill": "GW07", "to": "KD3.2", "source": _SLO},
    {"skill": "GW08", "to": "98101/B1-K1-W6", "source": _MKB},
    {"skill": "GW08", "to": "98103/B1-K1-W2", "source": _MKB},
]


# -- parents, consent and the route onward (docs/domain.md) ------------------------------
# Fictional families: phone numbers 06-0000000x and example.nl addresses are obviously not
# real. The mbo school is a demo name. Consent dates are relative to the placement or to
# the day the demo is made (demo/school.py _demo_onward).

PARTNER_MBO = (MBO_PARTNER, "mevr. A. Voorbeeld, 010-0000000")

ONWARD: dict[str, dict[str, Any]] = {
    "jerome": {
        "contacts": [
            ("Marja Tromp", "ouder", "06-00000001", "marja.tromp@example.nl", True),
            ("Dennis Tromp", "ouder", "06-00000002", "", True),
        ],
        # until the end of his stage: his workplace sees his progress, hours and certificates
        "consents": [("werkplek", ["voortgang", "uren", "portfolio"], "stage", "stage")],
        "goals": [
            "Zelfstandig een werkdag van zes uur volhouden",
            "Hulp vragen als iets niet lukt",
            "Het praktijkbewijs planten verzorgen halen",
            "Zelf met het openbaar vervoer naar de stage reizen",
        ],
        "trajectory": "entreeopleiding in vso/pro",
    },
    "shanti": {
        "contacts": [("Ravi Mahabier", "ouder", "06-00000003", "r.mahabier@example.nl", True)],
        # given in the spring and not renewed: expired, so her workplace gets no progress
        "consents": [("werkplek", ["voortgang"], -200, -20)],
        "goals": [
            "Een werkopdracht in de keuken zelfstandig afmaken",
            "Op tijd komen en afmelden als ze ziek is",
        ],
        "trajectory": "geïntegreerde route entree",
    },
    "kevin": {
        "contacts": [("Ingrid Tjon A Fong", "verzorger", "06-00000004", "", True)],
        "consents": [("werkplek", ["voortgang", "portfolio"], "stage", "stage")],
        "goals": ["Orders zonder fouten verzamelen", "Veilig werken met de palletwagen"],
        "trajectory": "leerwerktraject zonder vmbo-examen",
    },
    "sem": {
        "contacts": [
            ("Petra Jansen", "ouder", "06-00000005", "petra.jansen@example.nl", True),
            ("Opa Jansen", "anders", "06-00000006", "", False),
        ],
        # under 16: his mother gave it (the demo picks the student once he is 16)
        "consents": [("volgende school", ["voortgang", "portfolio"], -10, 240)],
        "goals": ["Ontdekken welk werk bij hem past", "Leren plannen met een weekschema"],
        "trajectory": None,
    },
}


# -- Phases and the student's own voice (issue 10) ------------------------------------------
# A phase history (the phase a student was enrolled with, then each recorded change: on,
# to, reason, by whom), goals "Wat wil ik?" in the student's words with their leefdomein,
# reflections kept as the student said them (by whom, about which card), and the steps
# the student judged themself (self-assessments, recorded with the student present).


class PhaseStep(TypedDict):
    on: str
    to: int
    reason: str
    by: str  # staff key


class Voice(TypedDict):
    enrolled_phase: int
    phases: list[PhaseStep]
    goals: list[tuple[str, str | None]]  # text, leefdomein
    reflections: list[tuple[str, str, str | None]]  # by (staff key), text, about card
    self_levels: list[int]  # levels (0-2): what is still to practise first, then the rest


VOICES: dict[str, Voice] = {
    "jerome": {
        "enrolled_phase": 2,
        "phases": [
            {
                "on": "2025-08-25",
                "to": 3,
                "reason": "derde leerjaar: richting kiezen",
                "by": "murat",
            },
            {
                "on": "2026-02-02",
                "to": 4,
                "reason": "stage gestart bij De Groene Hoek",
                "by": "murat",
            },
        ],
        "goals": [
            ("Ik wil hovenier worden en buiten werken.", "werk"),
            ("Ik wil het certificaat planten verzorgen halen.", "leren"),
            ("Ik wil later op mezelf wonen, dicht bij mijn oma.", "wonen"),
        ],
        "reflections": [
            (
                "ruud",
                "Water geven gaat goed. Ik vergeet soms nog de schotels leeg te gieten, maar "
                "Ruud zegt het dan en dan weet ik het weer.",
                "GRN-IK-01",
            ),
            ("murat", "Ik vind het fijn dat ik nu weet wat ik moet doen als de baas weg is.", None),
        ],
        "self_levels": [2, 2, 1, 2, 1, 0],
    },
    "shanti": {
        "enrolled_phase": 3,
        "phases": [
            {"on": "2026-03-02", "to": 4, "reason": "stage gestart bij De Linde", "by": "murat"},
        ],
        "goals": [
            ("Ik wil in een grote keuken werken, bij een hotel.", "werk"),
            ("Ik wil leren met geld omgaan voor mijn eigen kamer.", "wonen"),
        ],
        "reflections": [
            (
                "naima",
                "In de keuken is het druk, maar ik weet nu waar alles staat. Snijden vind ik "
                "nog moeilijk.",
                None,
            ),
        ],
        "self_levels": [1, 2, 2, 1],
    },
}
