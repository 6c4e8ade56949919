"""The test vectors (vectors.json, for the verify page too) are what this code makes, and
each text gets its outcome from verify.check against the vectors' trust list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vectors

from jw_desktop.proof import compact, trust, verify

FILE = Path(__file__).with_name("vectors.json")
DOC = json.loads(FILE.read_text(encoding="utf-8"))


def test_the_vectors_file_is_what_the_code_makes() -> None:
    """The same signed bytes (Ed25519 is deterministic); the deflate stream around them
    may differ with another zlib build, so that is not compared."""
    made = vectors.vectors()
    assert DOC["trust_list"] == made["trust_list"]
    assert sorted(DOC["cases"]) == sorted(made["cases"])
    for name, case in made["cases"].items():
        theirs = DOC["cases"][name]
        assert theirs["outcome"] == case["outcome"], name
        if name.startswith("veranderd-letter"):
            continue  # a changed letter need not decode at all
        ours, stored = compact.decode(case["text"]), compact.decode(theirs["text"])
        assert (stored.signed, stored.signature) == (ours.signed, ours.signature), name


@pytest.mark.parametrize("name", sorted(DOC["cases"]))
def test_each_vector_gets_its_outcome(name: str) -> None:
    case = DOC["cases"][name]
    verdict = verify.check(case["text"].encode(), trust.parse(DOC["trust_list"]))
    assert verdict.outcome.value == case["outcome"], verdict
    if verdict.valid:
        assert verdict.student == "Jerome Jansen"
