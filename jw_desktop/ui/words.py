"""The window's translatable words for what model/wording.py words for the CLI and the
documents: the same Dutch words, through tr() so the window can be translated (the Dutch
source texts are held equal to wording's by tests/ui/test_wording_agrees.py)."""

from __future__ import annotations

from jw_desktop.model import Level
from jw_desktop.model.wording import Missing
from jw_desktop.ui.context import tr


def level_words(level: Level | None) -> str:
    """A level as the window says it: 'nog niet', 'met hulp', 'zelfstandig' (the scale's
    own words, as wording.level_text), or 'nog niet geobserveerd'."""
    return level.label if level is not None else tr("nog niet geobserveerd")


def missing_words(what: Missing) -> str:
    """What keeps a student from a credential (wording.Missing), in the window's words."""
    words = {
        Missing.CRITERIA: tr("nog niet behaald bij een beoordeling"),
        Missing.COMPONENTS: tr("nog niet behaald"),
        Missing.EXAM_PARTS: tr("examenonderdelen nog niet behaald"),
        Missing.NO_RULE: tr("voor deze kwalificatie is geen beoordelingsregel vastgelegd"),
    }
    return words[what]
