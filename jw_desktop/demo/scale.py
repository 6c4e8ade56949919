"""Scale data: a national-size catalogue, a large school and years of recorded progress.

Why: the numbers in docs/domain.md (about 6,000 cards, up to ~1,500 students, tens of
staff) decide whether search, the progress views and start-up stay fast. The benchmarks
in bench/ and tests/demo/test_scale.py build this data in a temporary file on every run;
it is never committed.

Everything is generated from a seeded random.Random, so the same arguments give the same
specs. Only the library's public API is used (SchoolStore and the specs): the data goes
through the same import code a real catalogue publication or school would.

The texts are Dutch-looking phrases assembled from word lists, with accented words such
as "café", "crème" and "coördinatie", so that search meets realistic vocabulary.
"""

from __future__ import annotations

import random
import struct
import time
import unicodedata
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from jw_desktop.model import (
    CardType,
    CompetenceKind,
    CredentialKind,
    ElementKind,
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
    SchoolSpec,
    StaffSpec,
    StepSpec,
    StudentSpec,
    TemplateItemSpec,
    TemplateSpec,
)
from jw_desktop.model.views import PlacementHours

# ------------------------------------------------------------------------------------------
# Word lists
# ------------------------------------------------------------------------------------------

Verb = tuple[str, str, str]  # (infinitive, je-form with {o}, imperative with {o})


@dataclass(frozen=True)
class _Sector:
    key: str
    name: str
    prefix: str
    themes: tuple[str, ...]
    nouns: tuple[str, ...]  # with article: "de kas", "het gazon"
    verbs: tuple[Verb, ...]
    places: tuple[str, ...]
    company_words: tuple[str, ...]


GENERIC_VERBS: tuple[Verb, ...] = (
    ("schoonmaken", "maakt {o} schoon", "Maak {o} schoon"),
    ("controleren", "controleert {o}", "Controleer {o}"),
    ("klaarzetten", "zet {o} klaar", "Zet {o} klaar"),
    ("opruimen", "ruimt {o} op", "Ruim {o} op"),
    ("tellen", "telt {o}", "Tel {o}"),
    ("sorteren", "sorteert {o}", "Sorteer {o}"),
    ("bijvullen", "vult {o} bij", "Vul {o} bij"),
    ("voorbereiden", "bereidt {o} voor", "Bereid {o} voor"),
    ("coördineren", "coördineert {o}", "Coördineer {o}"),
    ("registreren", "registreert {o}", "Registreer {o}"),
    ("bekijken", "bekijkt {o}", "Bekijk {o}"),
    ("verplaatsen", "verplaatst {o}", "Verplaats {o}"),
)

ADVERBS = (
    "zorgvuldig",
    "veilig",
    "hygiënisch",
    "op tijd",
    "zelfstandig",
    "netjes",
    "rustig",
    "efficiënt",
    "nauwkeurig",
    "vriendelijk",
    "volgens de afspraken",
    "met aandacht voor de klant",
)

SECTORS: tuple[_Sector, ...] = (
    _Sector(
        "groen",
        "Groen",
        "GR",
        (
            "Planten verzorgen",
            "Tuinonderhoud",
            "Kweken in de kas",
            "Bloemschikken",
            "Moestuin en oogst",
            "Groenvoorziening",
        ),
        (
            "de plant",
            "de kas",
            "het gazon",
            "de heg",
            "de snoeischaar",
            "de gieter",
            "de border",
            "het zaaibed",
            "de bloembak",
            "de compost",
            "de vijver",
            "de boom",
            "het onkruid",
            "de grasmaaier",
            "de kruiwagen",
            "de potgrond",
        ),
        (
            ("water geven", "geeft {o} water", "Geef {o} water"),
            ("snoeien", "snoeit {o}", "Snoei {o}"),
            ("planten", "plant {o}", "Plant {o}"),
            ("maaien", "maait {o}", "Maai {o}"),
            ("wieden", "wiedt {o}", "Wied {o}"),
            ("oogsten", "oogst {o}", "Oogst {o}"),
        ),
        ("in de kas", "in de tuin", "op de kwekerij", "in het park"),
        ("Kwekerij", "Hoveniersbedrijf", "Tuincentrum"),
    ),
    _Sector(
        "horeca",
        "Horeca",
        "HO",
        (
            "Bediening in het café",
            "Koude keuken",
            "Warme keuken",
            "Patisserie en crème",
            "Koffie en thee",
            "Afwas en hygiëne",
        ),
        (
            "de koffie",
            "de crème brûlée",
            "de tafel",
            "het menu",
            "de bestelling",
            "de vaatwasser",
            "de cappuccino",
            "de paté",
            "de saus",
            "de soep",
            "het dessert",
            "de ingrediënten",
            "de rekening",
            "het terras",
            "het buffet",
            "de crème fraîche",
        ),
        (
            ("serveren", "serveert {o}", "Serveer {o}"),
            ("bereiden", "bereidt {o}", "Bereid {o}"),
            ("opdienen", "dient {o} op", "Dien {o} op"),
            ("afrekenen", "rekent {o} af", "Reken {o} af"),
            ("dekken", "dekt {o}", "Dek {o}"),
            ("afwassen", "wast {o} af", "Was {o} af"),
        ),
        ("in het café", "in de keuken", "aan de bar", "in het restaurant"),
        ("Café", "Restaurant", "Lunchroom"),
    ),
    _Sector(
        "logistiek",
        "Logistiek",
        "LO",
        (
            "Ontvangst van goederen",
            "Orderpicken",
            "Voorraadbeheer",
            "Verzending",
            "Transportcoördinatie",
            "Veilig werken in het magazijn",
        ),
        (
            "de pallet",
            "de doos",
            "de scanner",
            "de picklijst",
            "de heftruck",
            "de stellingkast",
            "de pakbon",
            "de voorraad",
            "het magazijn",
            "de vrachtbrief",
            "de rolcontainer",
            "de retourzending",
            "het etiket",
            "de weegschaal",
            "de laadklep",
            "de zending",
        ),
        (
            ("scannen", "scant {o}", "Scan {o}"),
            ("orderpicken", "pickt {o}", "Pick {o}"),
            ("laden", "laadt {o}", "Laad {o}"),
            ("lossen", "lost {o}", "Los {o}"),
            ("inpakken", "pakt {o} in", "Pak {o} in"),
            ("wegen", "weegt {o}", "Weeg {o}"),
        ),
        ("in het magazijn", "bij het laadperron", "in de expeditie", "op de vrachtwagen"),
        ("Distributiecentrum", "Transportbedrijf", "Groothandel"),
    ),
    _Sector(
        "zorg",
        "Zorg en welzijn",
        "ZW",
        (
            "Dagbesteding",
            "Maaltijden verzorgen",
            "Hygiëne en persoonlijke zorg",
            "Activiteiten begeleiden",
            "Huishoudelijke zorg",
            "Contact met cliënten",
        ),
        (
            "de cliënt",
            "de rolstoel",
            "de maaltijd",
            "het bed",
            "de handschoenen",
            "de dagplanning",
            "de activiteit",
            "de patiënt",
            "de was",
            "de koffieronde",
            "de wandeling",
            "het dienblad",
            "de huiskamer",
            "de medicijnlijst",
            "het linnengoed",
            "de bewoner",
        ),
        (
            ("begeleiden", "begeleidt {o}", "Begeleid {o}"),
            ("verzorgen", "verzorgt {o}", "Verzorg {o}"),
            ("klaarmaken", "maakt {o} klaar", "Maak {o} klaar"),
            ("verschonen", "verschoont {o}", "Verschoon {o}"),
            ("rondbrengen", "brengt {o} rond", "Breng {o} rond"),
            ("observeren", "observeert {o}", "Observeer {o}"),
        ),
        ("op de afdeling", "in de huiskamer", "in het zorgcentrum", "bij de dagbesteding"),
        ("Zorgcentrum", "Woonzorgcentrum", "Dagbesteding"),
    ),
    _Sector(
        "techniek",
        "Techniek",
        "TE",
        (
            "Fietstechniek",
            "Houtbewerking",
            "Schilderen",
            "Elektrotechniek",
            "Installatietechniek",
            "Metaalbewerking",
        ),
        (
            "de boormachine",
            "het gereedschap",
            "de schroef",
            "de zaag",
            "de waterpas",
            "de kabel",
            "de lamp",
            "de fiets",
            "de band",
            "de ketting",
            "de werkbank",
            "het hout",
            "de verf",
            "de kwast",
            "de meetlat",
            "de stekker",
        ),
        (
            ("monteren", "monteert {o}", "Monteer {o}"),
            ("repareren", "repareert {o}", "Repareer {o}"),
            ("zagen", "zaagt {o}", "Zaag {o}"),
            ("meten", "meet {o}", "Meet {o}"),
            ("verven", "verft {o}", "Verf {o}"),
            ("vastdraaien", "draait {o} vast", "Draai {o} vast"),
        ),
        ("in de werkplaats", "op de bouwplaats", "in de fietsenmakerij", "aan de werkbank"),
        ("Installatiebedrijf", "Fietsenmaker", "Timmerbedrijf"),
    ),
    _Sector(
        "detailhandel",
        "Detailhandel",
        "DH",
        (
            "Kassawerk",
            "Vakkenvullen",
            "Klantcontact",
            "Presentatie en etalage",
            "Versafdeling",
            "Magazijn van de winkel",
        ),
        (
            "de kassa",
            "het schap",
            "de prijskaart",
            "de klant",
            "de etalage",
            "de bon",
            "de vakkenvulkar",
            "de houdbaarheidsdatum",
            "de folder",
            "de pinautomaat",
            "de koelcel",
            "de actieprijs",
            "de paskamer",
            "de collectie",
            "het winkelmandje",
            "de financiële afsluiting",
        ),
        (
            ("afrekenen", "rekent {o} af", "Reken {o} af"),
            ("prijzen", "prijst {o}", "Prijs {o}"),
            ("spiegelen", "spiegelt {o}", "Spiegel {o}"),
            ("aanvullen", "vult {o} aan", "Vul {o} aan"),
            ("presenteren", "presenteert {o}", "Presenteer {o}"),
            ("inpakken", "pakt {o} in", "Pak {o} in"),
        ),
        ("in de winkel", "bij de kassa", "op de versafdeling", "in het magazijn"),
        ("Supermarkt", "Bouwmarkt", "Kledingwinkel"),
    ),
    _Sector(
        "schoonmaak",
        "Schoonmaak",
        "SC",
        (
            "Dagelijkse schoonmaak",
            "Sanitair",
            "Vloeronderhoud",
            "Glasbewassing",
            "Desinfectie en hygiëne",
            "Afvalscheiding",
        ),
        (
            "de vloer",
            "het sanitair",
            "de dweil",
            "de emmer",
            "de stofzuiger",
            "het raam",
            "de prullenbak",
            "het schoonmaakmiddel",
            "de werkkar",
            "de microvezeldoek",
            "de toiletruimte",
            "de trap",
            "de hal",
            "de spiegel",
            "de vloermachine",
            "de afvalcontainer",
        ),
        (
            ("dweilen", "dweilt {o}", "Dweil {o}"),
            ("stofzuigen", "stofzuigt {o}", "Stofzuig {o}"),
            ("ontsmetten", "ontsmet {o}", "Ontsmet {o}"),
            ("zemen", "zeemt {o}", "Zeem {o}"),
            ("legen", "leegt {o}", "Leeg {o}"),
            ("poetsen", "poetst {o}", "Poets {o}"),
        ),
        ("in het kantoor", "in de school", "in het sanitair", "in de hal"),
        ("Schoonmaakbedrijf", "Glazenwasserij", "Facilitair bedrijf"),
    ),
    _Sector(
        "facilitair",
        "Facilitaire dienstverlening",
        "FA",
        (
            "Receptie en ontvangst",
            "Postkamer",
            "Vergaderservice",
            "Kantine en catering",
            "Archief en administratie",
            "Coördinatie van de dag",
        ),
        (
            "de vergaderzaal",
            "de post",
            "de receptie",
            "de koffieautomaat",
            "de catering",
            "het archief",
            "de kopieermachine",
            "de bezoeker",
            "de sleutel",
            "het rooster",
            "de lunch",
            "de inventaris",
            "de kantine",
            "de reservering",
            "de privé-ruimte",
            "de vergaderset",
        ),
        (
            ("reserveren", "reserveert {o}", "Reserveer {o}"),
            ("ontvangen", "ontvangt {o}", "Ontvang {o}"),
            ("archiveren", "archiveert {o}", "Archiveer {o}"),
            ("kopiëren", "kopieert {o}", "Kopieer {o}"),
            ("rondbrengen", "brengt {o} rond", "Breng {o} rond"),
            ("inrichten", "richt {o} in", "Richt {o} in"),
        ),
        ("bij de receptie", "in de kantine", "in de postkamer", "op kantoor"),
        ("Gemeentehuis", "Kantoorgebouw", "Sportcentrum"),
    ),
)

KERNDOELEN = (
    "Een open en flexibele houding naar de wereld",
    "Zelfstandig werken en leren",
    "Samenwerken met anderen",
    "Communiceren met collega's en klanten",
    "Verantwoordelijkheid nemen voor je werk",
    "Plannen en organiseren",
    "Omgaan met regels en afspraken",
    "Gezond en veilig werken",
)
KENMERK_ASPECTS = ("bij nieuwe taken", "in de groep", "op de werkplek")
CRITERION_PHRASES = (
    "Je kiest soms een moeilijke en soms een makkelijke taak",
    "Je oefent tot je de taak zelfstandig kunt",
    "Je vraagt hulp als je vastloopt",
    "Je luistert naar de uitleg van je begeleider",
    "Je houdt je aan de afspraken",
    "Je vertelt wat je gedaan hebt",
    "Je helpt een klasgenoot of collega",
    "Je zegt het als iets niet lukt",
    "Je maakt een planning voor je werk",
    "Je werkt veilig en hygiënisch",
    "Je neemt feedback aan",
    "Je bedenkt zelf ideeën om het beter te doen",
)
EMPLOYEE_SKILLS = (
    "Op tijd komen",
    "Afspraken nakomen",
    "Hulp vragen",
    "Feedback aannemen",
    "Netjes werken",
    "Veilig werken",
    "Beleefd zijn tegen klanten",
    "Samenwerken met collega's",
    "Je afmelden bij ziekte",
    "Zorgvuldig omgaan met materialen",
    "Instructies opvolgen",
    "Doorzetten als het moeilijk wordt",
)
GENERIC_STEPS = (
    "Was je handen",
    "Lees de kaart goed door",
    "Trek je werkkleding aan",
    "Vraag je begeleider om te kijken",
    "Ruim je werkplek op",
    "Meld het als iets kapot is",
    "Zet alles terug op de vaste plek",
)
FIRST_NAMES = (
    "Jerome",
    "Fatima",
    "Daan",
    "Sanne",
    "Mohammed",
    "Zoë",
    "Noël",
    "Chloë",
    "Anaïs",
    "Daniël",
    "Rafaël",
    "Emma",
    "Liam",
    "Yara",
    "Sem",
    "Noor",
    "Ilias",
    "Lotte",
    "Kevin",
    "Priya",
    "Mila",
    "Bram",
    "Ayoub",
    "Joëlle",
    "Inès",
    "Tim",
    "Julia",
    "Sven",
    "Amira",
    "Luuk",
    "Romy",
    "Milan",
    "Esra",
    "Thijs",
    "Lisa",
    "Jesse",
    "Fleur",
    "Ömer",
    "Senna",
    "Ruben",
)
LAST_NAMES = (
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "El Amrani",
    "Yılmaz",
    "Öztürk",
    "Dijkstra",
    "Smit",
    "Mulder",
    "de Boer",
    "Visser",
    "Meijer",
    "de Jong",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Kaya",
    "Ramdin",
    "Verhoeven",
    "Koster",
    "Prins",
    "Huisman",
    "Kuipers",
    "van Dijk",
)
CITIES = (
    "Delft",
    "Rotterdam",
    "Utrecht",
    "Zwolle",
    "Tilburg",
    "Groningen",
    "Almere",
    "Den Bosch",
    "Leeuwarden",
    "Arnhem",
)

# Share of each card type in the catalogue, in the order a student meets them.
TYPE_SHARES: tuple[tuple[CardType, float], ...] = (
    (CardType.INSTAPVRAGEN, 0.08),
    (CardType.LESKAART, 0.22),
    (CardType.INSTRUCTIEKAART, 0.38),
    (CardType.WERKOPDRACHT, 0.24),
    (CardType.EINDWERKOPDRACHT, 0.08),
)
TYPE_ABBREVIATION = {
    CardType.INSTAPVRAGEN: "IV",
    CardType.LESKAART: "LK",
    CardType.INSTRUCTIEKAART: "IK",
    CardType.WERKOPDRACHT: "WO",
    CardType.EINDWERKOPDRACHT: "EWO",
}
TYPE_PHASES = {
    CardType.INSTAPVRAGEN: (1, 3),
    CardType.LESKAART: (1, 4),
    CardType.INSTRUCTIEKAART: (2, 4),
    CardType.WERKOPDRACHT: (3, 5),
    CardType.EINDWERKOPDRACHT: (4, 5),
}
TEMPLATE_COUNT = 40
GROUP_PHASES = (4, 1, 5, 2, 3)  # 2 in 5 groups work at a company
_T = TypeVar("_T")
ROUTE_LENGTH = (15, 30)
LAST_SCHOOL_YEAR = 2025  # progress ends with school year 2025/2026, before "today" (2026-11)
SCALE_TODAY = date(2026, 9, 1)  # the day the scale school is imported


# ------------------------------------------------------------------------------------------
# Catalogue
# ------------------------------------------------------------------------------------------


def _strip_article(noun: str) -> str:
    return noun.split(" ", 1)[1] if noun.startswith(("de ", "het ")) else noun


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def strip_accents(text: str) -> str:
    """'coördinatie' -> 'coordinatie': what a user types when the keyboard is in a hurry."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def vocabulary() -> list[str]:
    """Distinct words (4+ letters) the generated titles and texts use: search queries for
    the benchmarks and tests are drawn from here."""
    words: set[str] = set()
    phrases: list[str] = [*ADVERBS, *GENERIC_STEPS]
    for verb in GENERIC_VERBS:
        phrases.append(verb[0])
    for s in SECTORS:
        phrases += [*s.themes, *s.nouns, *s.places, *(v[0] for v in s.verbs)]
    for phrase in phrases:
        for word in phrase.replace("-", " ").split():
            word = word.strip(".,:'").lower()
            if len(word) >= 4 and word.isalpha():
                words.add(word)
    return sorted(words)


def theme_keys() -> list[tuple[str, str, _Sector]]:
    """(theme key, theme name, sector) for every theme, sectors interleaved so that the
    first N themes spread over all sectors."""
    result = []
    for index in range(max(len(s.themes) for s in SECTORS)):
        for s in SECTORS:
            if index < len(s.themes):
                result.append((f"{s.key}-{index + 1}", s.themes[index], s))
    return result


def template_names() -> list[tuple[str, str]]:
    """(template name, sector key) of the template routes scale_catalogue() makes, whatever
    the number of cards: scale_school() refers to them without building the catalogue."""
    return [(f"Leerroute {name}", s.key) for _, name, s in theme_keys()[:TEMPLATE_COUNT]]


def _qualification(index: int, sector: _Sector) -> tuple[str, str]:
    """A fictional crebo code and kwalificatiedossier name for a sector."""
    return f"{25100 + index * 10}", f"Medewerker {sector.name.lower()} (entree)"


def _competences() -> tuple[list[tuple[str, str]], list[CompetenceSpec]]:
    """The continuous learning line: kerndoelen > kenmerken > criteria, the werkprocessen of
    one fictional kwalificatiedossier per sector, and the employee skills."""
    specs: list[CompetenceSpec] = []
    for k, title in enumerate(KERNDOELEN, start=1):
        specs.append(CompetenceSpec(f"KD{k}", CompetenceKind.KERNDOEL, title))
        for m, aspect in enumerate(KENMERK_ASPECTS, start=1):
            specs.append(
                CompetenceSpec(
                    f"KD{k}.{m}", CompetenceKind.GEDRAGSKENMERK, f"{title} {aspect}", f"KD{k}"
                )
            )
            for c in range(1, 4):
                phrase = CRITERION_PHRASES[(k * 3 + m * 2 + c) % len(CRITERION_PHRASES)]
                specs.append(
                    CompetenceSpec(
                        f"KD{k}.{m}.{c}", CompetenceKind.GEDRAGSCRITERIUM, phrase, f"KD{k}.{m}"
                    )
                )
    qualifications = []
    for index, sector in enumerate(SECTORS):
        crebo, name = _qualification(index, sector)
        qualifications.append((crebo, name))
        for w, theme in enumerate(sector.themes, start=1):
            specs.append(
                CompetenceSpec(f"{crebo}-B1-K1-W{w}", CompetenceKind.WERKPROCES, theme, crebo=crebo)
            )
    for n, skill in enumerate(EMPLOYEE_SKILLS, start=1):
        specs.append(CompetenceSpec(f"GW{n:02d}", CompetenceKind.WERKNEMERSVAARDIGHEID, skill))
    return qualifications, specs


def _tiny_png(rgb: tuple[int, int, int], size: int = 4) -> bytes:
    """A valid solid-colour PNG of a few dozen bytes: pictures are shared by content hash,
    so a handful of them keeps the file small while steps still carry pictures."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PICTURES = tuple(
    _tiny_png(rgb)
    for rgb in ((46, 125, 50), (21, 101, 192), (239, 108, 0), (198, 40, 40), (106, 27, 154))
)


@dataclass
class _Topic:
    """What one card is about: a verb, an object and a place from its sector."""

    sector: _Sector
    verb: Verb
    noun: str
    place: str
    adverb: str

    @property
    def object(self) -> str:
        return _strip_article(self.noun)

    def title(self) -> str:
        return f"{_capital(self.object)} {self.verb[0]} {self.place}"


def _criterion(verb: Verb, noun: str, adverb: str) -> str:
    """'Je geeft de plant water zorgvuldig': desired behaviour, as a werkopdracht says it."""
    return f"Je {verb[1].format(o=noun)} {adverb}"


class _Writer:
    """Writes card content from the word lists, drawing from one random stream so that
    the whole catalogue follows from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def topic(self, sector: _Sector) -> _Topic:
        r = self.rng
        verbs = sector.verbs + GENERIC_VERBS[: r.randint(3, len(GENERIC_VERBS))]
        return _Topic(
            sector,
            r.choice(verbs),
            r.choice(sector.nouns),
            r.choice(sector.places),
            r.choice(ADVERBS),
        )

    def verb_noun(self, sector: _Sector) -> tuple[Verb, str]:
        return self.rng.choice(sector.verbs + GENERIC_VERBS), self.rng.choice(sector.nouns)

    def sentences(self, topic: _Topic, count: int) -> str:
        r = self.rng
        out = []
        for _ in range(count):
            verb, noun = self.verb_noun(topic.sector)
            out.append(
                r.choice(
                    (
                        f"Je {verb[1].format(o=noun)} {r.choice(ADVERBS)}.",
                        f"{_capital(topic.noun)} hoort bij het werk {topic.place}.",
                        f"Let op {noun}: werk {r.choice(ADVERBS)}.",
                        f"Vraag hulp als je niet weet hoe je {noun} moet {verb[0]}.",
                        f"Bij {_strip_article(noun)} denk je aan hygiëne en veiligheid.",
                    )
                )
            )
        return " ".join(out)

    def steps(self, topic: _Topic, with_pictures: bool) -> tuple[StepSpec, ...]:
        r = self.rng
        texts = [f"Pak {topic.noun}"]
        for _ in range(r.randint(2, 6)):
            verb, noun = self.verb_noun(topic.sector)
            texts.append(r.choice((verb[2].format(o=noun), r.choice(GENERIC_STEPS))))
        texts.append(f"{topic.verb[2].format(o=topic.noun)} {topic.adverb}")
        pictures = [
            r.choice(PICTURES) if with_pictures and r.random() < 0.5 else None for _ in texts
        ]
        return tuple(StepSpec(t, p) for t, p in zip(texts, pictures, strict=True))

    def criteria(self, topic: _Topic, low: int, high: int) -> tuple[str, ...]:
        first = _criterion(topic.verb, topic.noun, topic.adverb)
        rest = []
        for _ in range(self.rng.randint(low, high) - 1):
            verb, noun = self.verb_noun(topic.sector)
            rest.append(_criterion(verb, noun, self.rng.choice(ADVERBS)))
        return (first, *rest)

    def questions(self, topic: _Topic) -> tuple[str, ...]:
        r = self.rng
        pool = (
            f"Wat weet jij al van {topic.object}?",
            f"Heb je al eens {topic.noun} {topic.verb[0]}?",
            f"Waarom is het belangrijk om {topic.adverb} te werken {topic.place}?",
            f"Wie helpt jou als je {topic.noun} niet kunt vinden?",
            f"Wat vind je moeilijk aan werken {topic.place}?",
        )
        return tuple(r.sample(pool, r.randint(3, 5)))


@dataclass
class _ThemeCards:
    """Codes of the cards in one theme, by type, so routes and eindwerkopdrachten can be
    composed of cards that belong together."""

    key: str
    sector: _Sector
    by_type: dict[CardType, list[str]] = field(default_factory=lambda: defaultdict(list))


def _type_counts(cards: int) -> dict[CardType, int]:
    counts = {t: int(cards * share) for t, share in TYPE_SHARES}
    counts[CardType.INSTRUCTIEKAART] += cards - sum(counts.values())
    return counts


def _competence_codes(rng: random.Random, theme: _ThemeCards) -> tuple[str, ...]:
    """A werkproces of the theme, a gedragscriterium, and sometimes an employee skill."""
    sector = theme.sector
    crebo, _ = _qualification(SECTORS.index(sector), sector)
    number = int(theme.key.rsplit("-", 1)[1])
    codes = [f"{crebo}-B1-K1-W{number}"]
    codes.append(f"KD{rng.randint(1, 8)}.{rng.randint(1, 3)}.{rng.randint(1, 3)}")
    if rng.random() < 0.5:
        codes.append(f"GW{rng.randint(1, len(EMPLOYEE_SKILLS)):02d}")
    return tuple(codes)


def _card(writer: _Writer, card_type: CardType, code: str, theme: _ThemeCards) -> CardSpec:
    rng = writer.rng
    topic = writer.topic(theme.sector)
    low, high = TYPE_PHASES[card_type]
    base = CardSpec(
        code,
        card_type,
        theme.sector.key,
        rng.randint(low, high),
        topic.title(),
        theme=theme.key,
        summary=writer.sentences(topic, 1),
        tags=(topic.object, topic.verb[0]),
        competences=_competence_codes(rng, theme),
    )
    if card_type is CardType.INSTAPVRAGEN:
        return replace(base, questions=writer.questions(topic))
    if card_type is CardType.LESKAART:
        return replace(base, body=writer.sentences(topic, rng.randint(3, 6)))
    if card_type is CardType.INSTRUCTIEKAART:
        return replace(base, steps=writer.steps(topic, with_pictures=rng.random() < 0.3))
    body = writer.sentences(topic, rng.randint(2, 4))
    criteria = writer.criteria(topic, 4, 6)
    if card_type is CardType.WERKOPDRACHT:
        return replace(base, body=body, criteria=criteria)
    return replace(base, body=body, criteria=criteria, components=_ewo_components(rng, theme))


def _ewo_components(rng: random.Random, theme: _ThemeCards) -> tuple[str, ...]:
    """2-3 werkopdrachten and 2-3 instructiekaarten of the theme (fewer when it has fewer)."""
    wo = theme.by_type[CardType.WERKOPDRACHT]
    ik = theme.by_type[CardType.INSTRUCTIEKAART]
    picked_wo = rng.sample(wo, min(len(wo), rng.randint(2, 3)))
    picked_ik = rng.sample(ik, min(len(ik), rng.randint(2, 3)))
    return (*picked_ik, *picked_wo)


def _plan_codes(cards: int) -> tuple[list[_ThemeCards], list[tuple[CardType, str, int]]]:
    """Decide which card codes exist and which theme each belongs to, before any content
    is written (an eindwerkopdracht needs to know the cards of its theme)."""
    themes = [_ThemeCards(key, sector) for key, _, sector in theme_keys()]
    plan: list[tuple[CardType, str, int]] = []
    for card_type, count in _type_counts(cards).items():
        for n in range(count):
            index = n % len(themes)
            theme = themes[index]
            code = f"{theme.sector.prefix}-{TYPE_ABBREVIATION[card_type]}-{n + 1:04d}"
            theme.by_type[card_type].append(code)
            plan.append((card_type, code, index))
    return themes, plan


def scale_catalogue(cards: int = 6000, seed: int = 1) -> CatalogueSpec:
    """A national-size catalogue: 5 card types in realistic proportions over 8 sectors and
    48 themes, the competence framework, credentials that stack (praktijkbewijs per
    eindwerkopdracht, praktijkverklaring per theme, diploma per sector) and 40 template
    routes of 15-30 cards."""
    if cards < 100:
        raise ValueError("scale_catalogue needs at least 100 cards")
    rng = random.Random(seed)
    writer = _Writer(rng)
    themes, plan = _plan_codes(cards)
    specs = [_card(writer, t, code, themes[i]) for t, code, i in plan]
    qualifications, competences = _competences()
    credentials = _credentials(themes, {c.code: c for c in specs})
    return CatalogueSpec(
        sectors=[(s.key, s.name) for s in SECTORS],
        themes=[(key, name, s.key) for key, name, s in theme_keys()],
        qualifications=qualifications,
        competences=competences,
        cards=specs,
        credentials=credentials,
        templates=_templates(rng, themes, {c.code: c for c in specs}),
    )


def _praktijkbewijs_key(ewo_code: str) -> str:
    return f"pb-{ewo_code.lower()}"


def _credentials(themes: list[_ThemeCards], cards: dict[str, CardSpec]) -> list[CredentialSpec]:
    result: list[CredentialSpec] = []
    by_sector: dict[str, list[str]] = defaultdict(list)
    for theme in themes:
        bewijzen = []
        for code in theme.by_type[CardType.EINDWERKOPDRACHT]:
            key = _praktijkbewijs_key(code)
            name = f"Praktijkbewijs {cards[code].title} ({code})"
            result.append(
                CredentialSpec(key, CredentialKind.PRAKTIJKBEWIJS, name, theme.sector.key, code)
            )
            bewijzen.append(key)
        if bewijzen:
            key = f"pv-{theme.key}"
            result.append(
                CredentialSpec(
                    key,
                    CredentialKind.PRAKTIJKVERKLARING,
                    f"Praktijkverklaring {theme.key}",
                    theme.sector.key,
                    components=tuple(bewijzen[:4]),
                )
            )
            by_sector[theme.sector.key].append(key)
    for sector in SECTORS:
        verklaringen = by_sector.get(sector.key, [])
        if verklaringen:
            result.append(
                CredentialSpec(
                    f"diploma-{sector.key}",
                    CredentialKind.MBO_DIPLOMA,
                    f"Entreediploma {sector.name.lower()}",
                    sector.key,
                    components=tuple(verklaringen[:3]),
                )
            )
    return result


def _templates(
    rng: random.Random, themes: list[_ThemeCards], cards: dict[str, CardSpec]
) -> list[TemplateSpec]:
    by_key = {t.key: t for t in themes}
    result = []
    for (key, _, sector), (name, _) in zip(theme_keys(), template_names(), strict=False):
        pool = [by_key[key], *(t for t in themes if t.sector is sector and t.key != key)]
        codes = _route_codes(rng, pool, cards)
        last = cards[codes[-1]]
        credential = (
            _praktijkbewijs_key(last.code) if last.card_type is CardType.EINDWERKOPDRACHT else None
        )
        items = tuple(TemplateItemSpec(c, cards[c].phase, cards[c].theme) for c in codes)
        result.append(TemplateSpec(name, credential, items))
    return result


def _route_codes(
    rng: random.Random, pool: Sequence[_ThemeCards], cards: dict[str, CardSpec]
) -> list[str]:
    """15-30 cards ending in an eindwerkopdracht right after its parts: entry questions
    first, then lesson, instruction and work cards in small cycles, as a student meets
    them. The first theme of the pool is the route's own; the sector's other themes fill
    up when it is small."""

    def cards_of(card_type: CardType) -> list[str]:
        return [c for theme in pool for c in theme.by_type[card_type]]

    ewos = cards_of(CardType.EINDWERKOPDRACHT)
    ending = [*cards[ewos[0]].components, ewos[0]] if ewos else []
    size = rng.randint(*ROUTE_LENGTH)
    route = cards_of(CardType.INSTAPVRAGEN)[: rng.randint(1, 2)]
    cycle = (
        CardType.LESKAART,
        CardType.INSTRUCTIEKAART,
        CardType.INSTRUCTIEKAART,
        CardType.WERKOPDRACHT,
    )
    sources = {t: [c for c in cards_of(t) if c not in ending] for t in cycle}
    while len(route) + len(ending) < size and any(sources.values()):
        for card_type in cycle:
            if sources[card_type] and len(route) + len(ending) < size:
                route.append(sources[card_type].pop(0))
    return route + ending


# ------------------------------------------------------------------------------------------
# School
# ------------------------------------------------------------------------------------------


def _unique_names(rng: random.Random, count: int, taken: set[str]) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    while len(names) < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if f"{first} {last}" in taken:
            first = f"{first} {chr(65 + rng.randint(0, 25))}."
            if f"{first} {last}" in taken:
                continue
        taken.add(f"{first} {last}")
        names.append((first, last))
    return names


def _email(first: str, last: str, n: int) -> str:
    return f"{_slug(first)}.{_slug(last).replace('-', '')}{n}@scaleschool.example"


def _staff(rng: random.Random, groups: int, placements: int) -> list[StaffSpec]:
    """A mentor per group, some subject teachers, a jobcoach per ~25 placements, admins."""
    counts = (
        (Role.TEACHER, groups + max(2, groups // 5)),
        (Role.JOBCOACH, max(1, -(-placements // 25))),
        (Role.ADMIN, 2),
    )
    taken: set[str] = set()
    staff: list[StaffSpec] = []
    for role, count in counts:
        for first, last in _unique_names(rng, count, taken):
            staff.append(StaffSpec(_email(first, last, len(staff)), f"{first} {last}", role))
    return staff


def _companies(rng: random.Random, count: int) -> list[CompanySpec]:
    taken: set[str] = set()
    result = []
    for n in range(count):
        sector = SECTORS[n % len(SECTORS)]
        first, last = _unique_names(rng, 1, taken)[0]
        result.append(
            CompanySpec(
                key=f"bedrijf-{n + 1:03d}",
                name=f"{rng.choice(sector.company_words)} {last} {n + 1}",
                sector=sector.key,
                city=rng.choice(CITIES),
                supervisor_name=f"{first} {last}",
                supervisor_phone=f"06-{rng.randint(10000000, 99999999)}",
                supervisor_email=f"{_slug(first)}@bedrijf{n + 1}.example",
            )
        )
    return result


def _school_year(year: int) -> tuple[date, date]:
    """First Monday of September to the Friday around 10 July of the next year."""
    start = date(year, 9, 1)
    start += timedelta(days=(7 - start.weekday()) % 7)
    return start, date(year + 1, 7, 10)


def school_weeks(years: int) -> list[date]:
    """Mondays of the school weeks of the last `years` school years (no summer, no
    Christmas holiday), oldest first."""
    weeks: list[date] = []
    for year in range(LAST_SCHOOL_YEAR - years + 1, LAST_SCHOOL_YEAR + 1):
        monday, end = _school_year(year)
        while monday <= end:
            if not (monday.month == 12 and monday.day >= 22) and not (
                monday.month == 1 and monday.day <= 4
            ):
                weeks.append(monday)
            monday += timedelta(days=7)
    return weeks


def _placement(rng: random.Random, company: str, jobcoach: str, years: int) -> PlacementSpec:
    """Lint: 2-3 days a week over all `years`, 640 hours a year (a leerwerktraject's
    2 x 640). Sandwich: one block of 18 weeks, 4 days a week, in the last school year."""
    first, _ = _school_year(LAST_SCHOOL_YEAR - years + 1)
    _, last = _school_year(LAST_SCHOOL_YEAR)
    if rng.random() < 0.75:
        days, hours = rng.choice((2, 2, 3)), 640 * years
        return PlacementSpec(company, first, last, PlacementModel.LINT, days, hours, jobcoach)
    start = date(LAST_SCHOOL_YEAR + 1, 2, 2)
    return PlacementSpec(
        company, start, start + timedelta(weeks=18), PlacementModel.SANDWICH, 4, 480, jobcoach
    )


def _group_name(index: int, phase: int) -> str:
    """'Groep 4A', 'Groep 1A', ... 'Groep 4B': a letter per round of the phase cycle."""
    rounds, letter = divmod(index // len(GROUP_PHASES), 26)
    return f"Groep {phase}{chr(65 + letter)}{rounds + 1 if rounds else ''}"


def scale_school(students: int = 1000, seed: int = 1, *, years: int = 2) -> SchoolSpec:
    """A large school: ~27 students per group (at least two groups), a mentor per group,
    jobcoaches, ~15 companies per 100 students. Groups cycle through phases 1-5; the
    students in phase 4-5 (about 40%) have a placement in the sector of their route, with
    their jobcoach as contact."""
    if students < 1:
        raise ValueError("scale_school needs at least one student")
    rng = random.Random(seed)
    group_count = min(students, max(2, round(students / 27)))
    phases = [GROUP_PHASES[g % len(GROUP_PHASES)] for g in range(group_count)]
    with_placement = sum(1 for n in range(students) if phases[n % group_count] >= 4)
    staff = _staff(rng, group_count, with_placement)
    teachers = [s for s in staff if s.role is Role.TEACHER]
    jobcoaches = [s for s in staff if s.role is Role.JOBCOACH]
    groups = [
        GroupSpec(f"g{g + 1:02d}", _group_name(g, phases[g]), phases[g], teachers[g].email)
        for g in range(group_count)
    ]
    companies = _companies(rng, max(3, round(students * 0.15)))
    by_sector: dict[str | None, list[CompanySpec]] = defaultdict(list)
    for c in companies:
        by_sector[c.sector].append(c)
    templates = template_names()
    taken: set[str] = set()
    student_specs = []
    for n, (first, last) in enumerate(_unique_names(rng, students, taken)):
        group = groups[n % group_count]
        template, sector = rng.choice(templates)
        placement = None
        contact = group.mentor_email
        if group.phase >= 4:
            coach = jobcoaches[n % len(jobcoaches)].email
            company = rng.choice(by_sector[sector] or companies)
            placement = _placement(rng, company.key, coach, years)
            contact = coach
        student_specs.append(
            StudentSpec(
                key=f"ll-{n + 1:05d}",
                first_name=first,
                last_name=last,
                birth_date=date(2026 - 14 - group.phase, rng.randint(1, 12), rng.randint(1, 28)),
                group=group.key,
                phase=group.phase,
                uitstroomprofiel=rng.choice(tuple(Uitstroomprofiel)),
                contact_email=contact,
                template=template,
                placement=placement,
            )
        )
    return SchoolSpec(
        "Praktijkschool De Schaal", "Utrecht", staff, groups, companies, student_specs
    )


# ------------------------------------------------------------------------------------------
# Progress
# ------------------------------------------------------------------------------------------

OBSERVABLE = (ElementKind.STEP, ElementKind.CRITERION)
REMARKS = (
    "",
    "",
    "",
    "Ging goed",
    "Nog even oefenen",
    "Vroeg zelf om feedback",
    "Werkte rustig door",
    "Had wat hulp nodig bij het begin",
)
WORK_NOTES = (
    ("driegesprek", "Driegesprek met de praktijkbegeleider: komt op tijd en werkt netjes."),
    ("werkhouding", "Werkhouding besproken; afgesproken om eerder hulp te vragen."),
    ("stagebezoek", "Stagebezoek: het café is tevreden, volgende stap is de kassa."),
    ("planning", "Planning voor de komende weken gemaakt, met de coördinatie van taken."),
)
CARE_NOTES = (
    ("thuissituatie", "Thuissituatie besproken met de ouders; extra begeleiding afgesproken."),
    ("verzuim", "Verzuim deze maand: twee dagen ziek gemeld, contact met de ouders."),
    ("welbevinden", "Voelt zich niet lekker in de groep; gesprek met de mentor gepland."),
)


@dataclass
class _ProgressContext:
    """What every student's progress needs from the store, fetched once."""

    store: SchoolStore
    rng: random.Random
    weeks: list[date]
    teachers: list[str]
    staff_by_name: dict[str, tuple[str, Role]]
    contacts: dict[uuid.UUID, str | None]
    positions: dict[tuple[uuid.UUID, int], list[int]] = field(default_factory=dict)

    def observable(self, card_id: uuid.UUID, version: int) -> list[int]:
        """Positions of the steps and criteria of one card version (cached: routes share
        cards)."""
        key = (card_id, version)
        if key not in self.positions:
            detail = self.store.card(card_id, version)
            self.positions[key] = [e.position for e in detail.elements if e.kind in OBSERVABLE]
        return self.positions[key]


@dataclass(frozen=True)
class _Student:
    id: uuid.UUID
    teacher: str
    coach: str | None
    placements: tuple[PlacementHours, ...]

    def at_work(self, day: date) -> bool:
        return any(p.start_on <= day <= p.end_on for p in self.placements)


def scale_progress(
    store: SchoolStore, student_ids: Sequence[uuid.UUID], years: int = 2, seed: int = 1
) -> ProgressSpec:
    """Two (or `years`) school years of recorded progress. Each student works along their
    route in order: for every card with steps or criteria a few observation sessions
    one to four weeks apart, each element rising from 'nog niet' via 'met hulp' to
    'zelfstandig'; about half the students do not reach the end of their route. Students with a
    placement are also observed at the workplace by their jobcoach and log weekly hours;
    everyone gets a few work and care notes.

    Reads routes and cards through the store, so it works on any school built with
    scale_school(); run it before other observations are recorded."""
    rng = random.Random(seed)
    staff = store.staff()
    context = _ProgressContext(
        store=store,
        rng=rng,
        weeks=school_weeks(years),
        teachers=sorted(s.email for s in staff if s.role is Role.TEACHER),
        staff_by_name={s.name: (s.email, s.role) for s in staff},
        contacts={s.id: s.contact for s in store.students()},
    )
    spec = ProgressSpec()
    for sid in student_ids:
        student = _student(context, sid)
        spec.observations += _observations(context, student)
        spec.hours += _hours(context, student)
        spec.notes += _notes(context, student)
    return spec


def _student(context: _ProgressContext, sid: uuid.UUID) -> _Student:
    contact = context.staff_by_name.get(context.contacts.get(sid) or "")
    teacher = (
        contact[0]
        if contact is not None and contact[1] is Role.TEACHER
        else context.rng.choice(context.teachers)
    )
    coach = contact[0] if contact is not None and contact[1] is Role.JOBCOACH else None
    placements = context.store.progress(sid).hours if context.store.placements(sid) else ()
    return _Student(sid, teacher, coach, placements)


def _level(session: int, mastered_at: int) -> Level:
    if session >= mastered_at:
        return Level.INDEPENDENT
    return Level.WITH_HELP if session == mastered_at - 1 else Level.NOT_YET


def _observations(context: _ProgressContext, student: _Student) -> list[ObservationSpec]:
    rng, weeks = context.rng, context.weeks
    week = rng.randint(0, 2)
    pace = rng.choice((2, 3, 4))  # most weeks between two sessions: some students are slow
    out: list[ObservationSpec] = []
    for item in context.store.route(student.id).items:
        positions = context.observable(item.card_id, item.version)
        if not positions:
            week += rng.choice((0, 0, 1))  # entry questions and lessons: no observations
            continue
        sessions = rng.choice((2, 3, 3, 4))
        mastered_at = {p: rng.randint(min(2, sessions), sessions) for p in positions}
        for session in range(1, sessions + 1):
            if week >= len(weeks):
                return out
            day = weeks[week] + timedelta(days=rng.randint(0, 4))
            at_work = student.coach is not None and student.at_work(day) and rng.random() < 0.5
            setting = Setting.WORKPLACE if at_work else Setting.SCHOOL
            observer = student.coach if at_work else student.teacher
            for p in positions:
                out.append(
                    ObservationSpec(
                        student.id,
                        item.code,
                        p,
                        _level(session, mastered_at[p]),
                        setting,
                        day,
                        observer,
                        rng.choice(REMARKS),
                    )
                )
            if session == sessions and rng.random() < 0.25:
                out.append(
                    ObservationSpec(
                        student.id,
                        item.code,
                        rng.choice(positions),
                        Level.INDEPENDENT,
                        Setting.SCHOOL,
                        day,
                        student.teacher,
                        "Zelfbeoordeling met de leerling",
                        self_assessment=True,
                    )
                )
            week += rng.randint(1, pace)
    return out


def _hours(context: _ProgressContext, student: _Student) -> list[HoursSpec]:
    """One entry a week during the placement, adding up to about the hours required."""
    rng = context.rng
    out: list[HoursSpec] = []
    for placement in student.placements:
        weeks = [w for w in context.weeks if placement.start_on <= w <= placement.end_on]
        if not weeks:
            continue
        weekly = placement.hours_required * 60 / len(weeks)
        for monday in weeks:
            if rng.random() < 0.08:
                continue  # ill or a holiday week at the company
            minutes = round(weekly * rng.uniform(0.85, 1.15) / 15) * 15
            out.append(
                HoursSpec(
                    student.id,
                    monday + timedelta(days=rng.randint(0, 2)),
                    minutes,
                    rng.choice(("", "", "Later begonnen")),
                )
            )
    return out


def _notes(context: _ProgressContext, student: _Student) -> list[NoteSpec]:
    rng = context.rng
    out = []
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.6:
            topic, text = rng.choice(WORK_NOTES)
            author, category = student.coach or student.teacher, NoteCategory.WORK
        else:
            topic, text = rng.choice(CARE_NOTES)
            author, category = student.teacher, NoteCategory.CARE
        follow_up = SCALE_TODAY + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.3 else None
        out.append(NoteSpec(student.id, text, category, author, follow_up, topic))
    return out


# ------------------------------------------------------------------------------------------
# Building a scale store
# ------------------------------------------------------------------------------------------


@dataclass
class ScaleBuild:
    """An opened scale store, the specs it was built from, and seconds per phase."""

    store: SchoolStore
    catalogue: CatalogueSpec
    school: SchoolSpec
    students: dict[str, uuid.UUID]
    facts: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def _timed(timings: dict[str, float], name: str, work: Callable[[], _T]) -> _T:
    start = time.perf_counter()
    result = work()
    timings[name] = time.perf_counter() - start
    return result


def build_scale(
    path: Path | str,
    cards: int = 6000,
    students: int = 1000,
    years: int = 2,
    seed: int = 1,
) -> ScaleBuild:
    """Create a store at path and fill it with scale data; years=0 skips progress. The
    caller closes build.store. Generating the specs and importing them are timed apart:
    only the imports are what a school would wait for."""
    timings: dict[str, float] = {}
    store = _timed(
        timings, "store.create", lambda: SchoolStore.open(path, today=lambda: SCALE_TODAY)
    )
    try:
        catalogue = _timed(timings, "catalogue.generate", lambda: scale_catalogue(cards, seed))
        _timed(timings, "catalogue.import", lambda: store.import_catalogue(catalogue))
        school = _timed(
            timings, "school.generate", lambda: scale_school(students, seed, years=years)
        )
        ids = _timed(timings, "school.import", lambda: store.import_school(school))
        build = ScaleBuild(store, catalogue, school, ids, timings=timings)
        if years > 0:
            ordered = [ids[s.key] for s in school.students]
            progress = _timed(
                timings, "progress.generate", lambda: scale_progress(store, ordered, years, seed)
            )
            build.facts = _timed(
                timings, "progress.import", lambda: store.import_progress(progress)
            )
    except BaseException:
        store.close()
        raise
    return build
