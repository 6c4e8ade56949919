"""The demo's content is what a teacher would accept for a certificate (docs/domain.md,
"Demo content"): every criterion says how, with its norm; one behaviour per criterion; the
behaviour is judged, not the taste; every phase has cards; every group fits its school type.

The rules are checked by heuristics on the Dutch text (the word lists below say exactly
what). Each check also runs on examples from the demo as it was before these rules, and
must refuse them: a check that cannot fail would prove nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from statistics import mean

import pytest

from jw_desktop.demo import content
from jw_desktop.demo.pictures import MOTIFS

# Words and phrases that judge without saying how (or judge taste). Never in a criterion
# or a step: the step is observed on the same scale as a criterion.
VAGUE = (
    "op de goede manier",
    "op de juiste manier",
    "zoals het hoort",
    "niet te",  # "niet te hoog": how high then?
    "netjes",
    "mooi",
    "mooie",
    "mooier",
    "mooiste",
    "goed",
    "goede",
    "juist",
    "juiste",
    "verzorgd",
    "perfect",
    "zorgvuldig",
    "lekker",
)

# Words that are fine only with the norm beside them: a number ("om 9.00 uur", "2 cm",
# "0 fouten") or, after a colon, what it looks like ("schoon achter: tafels geveegd, ...").
NEEDS_NORM = ("veilig", "schoon", "op tijd", "precies", "stevig", "snel", "genoeg", "voldoende")

# Finite verbs (the "je" form) of the demo's criteria. A criterion in which " en " or ", "
# is followed by one of these (perhaps after "je", "daarna", "meteen", ...) describes two
# behaviours: "Je werkt veilig en laat je werkplek schoon achter." Participles and
# infinitives ("van onder naar boven, draaien met je voeten") are not in the list, so a
# norm may still enumerate what the result looks like.
VERBS = frozenset(
    re.findall(
        r"\w+",
        """
        begint belt bent bevestigt blijft bouwt brengt controleert dekt doet draagt draait drukt
        gaat geeft giet gooit groet haalt hebt helpt herhaalt houdt kiest kijkt knipt komt laat
        legt leest let logt loopt luistert maakt meldt neemt noemt pakt past plakt proeft rekent
        ruimt scant schept schrijft smaakt smaken snijdt spreekt staat stapelt stopt telt tilt
        trekt veegt verbetert verdeelt vertelt verpot voelt volgt vraagt vult wacht wast weegt
        werkt wiedt wikkelt zegt zet ziet zien zit zorgt
        """,
    )
)
_JOINED = re.compile(
    r"(?:\ben|,)\s+(?:(?:je|daarna|dan|meteen|ook|zelf|eerst|nog)\s+)*(\w+)", re.IGNORECASE
)

# The type of school a group belongs to follows from the start of its name, and decides
# the phases it can have: PrO and VSO by year (fase 1-5) and their nazorg (fase 6); the
# entree and mbo-2 groups of a doorlopende leerroute practise and certify (fase 4-5).
GROUP_TYPES = {
    "PrO ": ("praktijkonderwijs", {1, 2, 3, 4, 5}),
    "VSO ": ("vso", {1, 2, 3, 4, 5}),
    "Nazorg ": ("nazorg", {6}),
    "Entree ": ("entree", {4, 5}),
    "Mbo-2 ": ("mbo-2", {4, 5}),
}


def _words(text: str) -> str:
    return " " + re.sub(r"[^\w]+", " ", text.lower()) + " "


def vague_words(text: str) -> list[str]:
    """The vague words and phrases in a criterion or step."""
    words = _words(text)
    return [w for w in VAGUE if f" {w} " in words]


def lacks_norm(criterion: str) -> list[str]:
    """The words that need a norm, when the criterion gives none."""
    if re.search(r"\d", criterion) or ":" in criterion:
        return []
    words = _words(criterion)
    return [w for w in NEEDS_NORM if f" {w} " in words]


def second_behaviour(criterion: str) -> str | None:
    """The verb that starts a second behaviour, if any."""
    for match in _JOINED.finditer(criterion):
        if match.group(1).lower() in VERBS:
            return match.group(0)
    return None


def group_type(name: str) -> tuple[str, set[int]] | None:
    return next((t for prefix, t in GROUP_TYPES.items() if name.startswith(prefix)), None)


def _criteria() -> list[tuple[str, str]]:
    return [(card["code"], text) for card in content.CARDS for text in card.get("criteria", [])]


def _steps() -> list[tuple[str, str]]:
    return [
        (card["code"], step["text"]) for card in content.CARDS for step in card.get("steps", [])
    ]


# -- the checks can fail: the demo's own texts before these rules --------------------------

OLD_VAGUE = [
    "Je geeft water op de goede manier en laat geen water in schotels staan.",
    "Je haalt verwelkte bloemen en dode bladeren netjes weg.",
    "De salade en de soep zien er verzorgd uit en smaken goed.",
    "Je wast je handen op de goede momenten en op de goede manier.",
    "Je bouwt een stevige pallet: zwaar onder, in verband en niet te hoog.",
    "Draai de plant met de mooiste kant naar voren.",
]
OLD_WITHOUT_NORM = [
    "Je begint op tijd, zodat de ingang klaar is als de winkel opengaat.",
    "Je weegt de ingrediënten precies af.",
    "Je draagt werkschoenen en handschoenen en werkt veilig met gereedschap.",
    "Je maakt je werkplek helemaal schoon.",
]
OLD_TWO_BEHAVIOURS = [
    "Je werkt veilig en laat je werkplek schoon achter.",
    "Je veegt het pad van de rand naar het midden en schept het blad in de kar.",
    "Je groet klanten en helpt ze vriendelijk, of je brengt ze naar een collega.",
    "Je dekt de bakken af, zet er een etiket met de datum op en zet ze meteen in de koeling.",
    "Je drukt de potgrond licht aan en geeft daarna water.",
    "Je wikkelt de pallet stevig in en plakt het etiket op de voorkant.",
]


@pytest.mark.parametrize("text", OLD_VAGUE)
def test_the_vague_check_refuses_old_texts(text: str) -> None:
    assert vague_words(text)


@pytest.mark.parametrize("text", OLD_WITHOUT_NORM)
def test_the_norm_check_refuses_old_texts(text: str) -> None:
    assert lacks_norm(text)


@pytest.mark.parametrize("text", OLD_TWO_BEHAVIOURS)
def test_the_one_behaviour_check_refuses_old_texts(text: str) -> None:
    assert second_behaviour(text)


def test_the_checks_let_a_norm_and_an_enumerated_result_pass() -> None:
    ok = "Je laat je werkplek schoon achter: aanrecht afgenomen en droog, vloer geveegd."
    assert not vague_words(ok) and not lacks_norm(ok) and not second_behaviour(ok)
    assert not second_behaviour("Je wast je handen voordat je begint en na elk werk met kip.")
    assert not lacks_norm("Je hebt de ingang om 9.00 uur klaar, als de winkel opengaat.")


# -- the demo content ---------------------------------------------------------------------


def test_no_criterion_or_step_judges_without_saying_how() -> None:
    found = [(code, text, vague_words(text)) for code, text in _criteria() + _steps()]
    assert [f for f in found if f[2]] == []


def test_no_card_title_or_summary_promises_taste() -> None:
    """What a teacher reads first about a card says what the student does there."""
    texts = [(c["code"], c[k]) for c in content.CARDS for k in ("title", "summary")]
    texts += [(cr["key"], cr["description"]) for cr in content.CREDENTIALS]
    assert [(key, t, vague_words(t)) for key, t in texts if vague_words(t)] == []


def test_every_criterion_that_asks_for_a_quality_gives_its_norm() -> None:
    found = [(code, text, lacks_norm(text)) for code, text in _criteria()]
    assert [f for f in found if f[2]] == []


def test_every_criterion_is_one_behaviour() -> None:
    found = [(code, text, second_behaviour(text)) for code, text in _criteria()]
    assert [f for f in found if f[2]] == []


def test_every_criterion_says_what_the_student_does() -> None:
    """A criterion is about the student ('Je ...'), so it is a behaviour to observe."""
    assert [(code, t) for code, t in _criteria() if not t.startswith("Je ")] == []


def test_every_phase_has_cards_and_something_to_observe() -> None:
    phases = Counter(card["phase"] for card in content.CARDS)
    assert sorted(phases) == [1, 2, 3, 4, 5, 6]
    observed = {c["phase"] for c in content.CARDS if c.get("steps") or c.get("criteria")}
    assert observed == {1, 2, 3, 4, 5, 6}


def test_each_card_type_is_used_for_what_it_is() -> None:
    by_code = {card["code"]: card for card in content.CARDS}
    for card in content.CARDS:
        kind, has = (
            card["type"],
            {k for k in ("questions", "body", "steps", "criteria") if k in card},
        )
        expected = {
            "instapvragen": {"questions"},
            "leskaart": {"body"},
            "instructiekaart": {"steps"},
            "werkopdracht": {"body", "criteria"},
            "eindwerkopdracht": {"body", "criteria"},
        }[kind]
        assert has == expected, card["code"]
        assert all(step["picture"] in MOTIFS for step in card.get("steps", [])), card["code"]
        if kind == "eindwerkopdracht":  # assesses a credential: fase 4-5, at the workplace
            assert card["phase"] in (4, 5) and card["tasks"] and card["skills"], card["code"]
            assert {by_code[t]["type"] for t in card["tasks"]} == {"werkopdracht"}
            assert {by_code[s]["type"] for s in card["skills"]} == {"instructiekaart"}


def test_every_group_fits_its_school_type() -> None:
    groups = {g["key"]: g for g in content.GROUPS}
    for g in content.GROUPS:
        found = group_type(g["name"])
        assert found is not None, f"{g['name']}: the name does not say the school type"
        kind, phases = found
        assert g["phase"] in phases, g["name"]
        if kind in ("praktijkonderwijs", "vso"):
            assert kind in content.SCHOOL_TYPES, g["name"]
        if kind in ("entree", "mbo-2"):  # at the mbo partner of the doorlopende leerroute
            assert content.MBO_PARTNER in g["name"], g["name"]
    for s in content.STUDENTS:
        kind, phases = group_type(groups[s["group"]]["name"]) or ("", set())
        assert s["phase"] in phases, f"{s['first_name']} in fase {s['phase']}, {kind}"
        assert (s["phase"] == 6) == (kind == "nazorg"), s["first_name"]


def test_the_school_has_a_group_for_every_phase_by_age() -> None:
    """Fase 1-3 at school in groups, 4-5 at the workplace, 6 aftercare: each has a group,
    and the school's own groups are older the further their phase."""
    assert {g["phase"] for g in content.GROUPS} == {1, 2, 3, 4, 5, 6}
    born: dict[int, list[float]] = {}
    for s in content.STUDENTS:
        group = next(g for g in content.GROUPS if g["key"] == s["group"])
        kind = (group_type(group["name"]) or ("",))[0]
        if kind in ("praktijkonderwijs", "vso", "nazorg"):
            day = date.fromisoformat(s["birth_date"])
            born.setdefault(group["phase"], []).append(day.toordinal())
    order = [mean(born[p]) for p in sorted(born)]
    assert order == sorted(order, reverse=True)  # born earlier the higher the phase
