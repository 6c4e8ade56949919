"""The demo's instruction cards show what each step is about: a card whose steps all carry
the same pictogram (only the step number changing) looked like one picture on every step
in the card viewer."""

from __future__ import annotations

from collections import Counter

import pytest

from jw_desktop.demo import content

CARDS = [card for card in content.CARDS if card.get("steps")]


@pytest.mark.parametrize("card", CARDS, ids=[card["code"] for card in CARDS])
def test_no_pictogram_on_more_than_half_of_the_steps(card: content.Card) -> None:
    motifs = Counter(step["picture"] for step in card["steps"])
    motif, uses = motifs.most_common(1)[0]
    assert uses * 2 <= len(card["steps"]), f"{motif} on {uses} of {len(card['steps'])} steps"
