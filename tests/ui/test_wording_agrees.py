"""The window says levels, hours and eligibility in the same Dutch words as the CLI and the
documents (model/wording.py): its translatable tr() texts (ui/context.py) are, in Dutch,
exactly wording's words, and the student page and the route editor build their texts from
wording.eligibility_missing."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

from jw_desktop.model import CredentialKind, ElementKind, Level
from jw_desktop.model.views import Eligibility, PractiseItem, Tally
from jw_desktop.model.wording import (
    Missing,
    eligibility_lines,
    level_text,
    missing_line,
    observed_text,
)
from jw_desktop.ui.views.route_editor import missing_text
from jw_desktop.ui.views.students import credential_state
from jw_desktop.ui.views.students import level_text as practise_level
from jw_desktop.ui.words import level_words, missing_words


def _verdict(**changes: object) -> Eligibility:
    base = Eligibility(
        credential_id=uuid.uuid4(),
        key="pv-groen",
        name="Praktijkverklaring",
        kind=CredentialKind.PRAKTIJKVERKLARING,
        eligible=False,
        issued=False,
        criteria=Tally(2, 3),
        missing_criteria=("Je meldt problemen",),
        missing_components=("Praktijkbewijs planten",),
        missing_exam_parts=("Nederlands", "Rekenen"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_the_windows_words_are_wordings_words() -> None:
    for level in [*Level, None]:
        assert level_words(level) == level_text(level)
    for what in Missing:
        assert missing_words(what) == what.value


def test_student_page_and_route_editor_say_what_is_missing_as_the_cli() -> None:
    verdict = _verdict()
    state = credential_state(verdict)
    assert state.startswith("2 van 3 criteria behaald bij een beoordeling; ")
    for what, names in [
        (Missing.COMPONENTS, verdict.missing_components),
        (Missing.EXAM_PARTS, verdict.missing_exam_parts),
    ]:
        assert missing_line(what, names) in state
        assert missing_line(what, names) in eligibility_lines(verdict)
    text = missing_text(verdict).splitlines()
    assert text[:2] == [
        "Nog niet behaald bij een beoordeling (2 van 3 criteria behaald):",
        "• Je meldt problemen",
    ]
    assert "Nog niet behaald:" in text and "Examenonderdelen nog niet behaald:" in text
    no_rule = _verdict(
        missing_criteria=(), missing_components=(), missing_exam_parts=(), criteria=Tally(0, 0)
    )
    assert credential_state(no_rule) == Missing.NO_RULE.value
    assert missing_text(no_rule) == "Voor deze kwalificatie is geen beoordelingsregel vastgelegd."
    assert credential_state(_verdict(issued=True)).startswith("behaald")


def test_a_practise_item_is_said_as_the_cli_says_it() -> None:
    item = PractiseItem(
        uuid.uuid4(),
        "GR-IK-1",
        "Planten water geven",
        uuid.uuid4(),
        ElementKind.STEP,
        1,
        "Vul de gieter",
        Level.WITH_HELP,
        date(2026, 11, 3),
    )
    assert practise_level(item) == observed_text(Level.WITH_HELP, date(2026, 11, 3))
    unseen = dataclasses.replace(item, level=None, last_observed_on=None)
    assert practise_level(unseen) == observed_text(None, None) == "nog niet geobserveerd"
