"""The compact QR text under random damage: no change to what is signed is ever valid.
Built without a store (a generated school key and laptop key), so hypothesis can run many
examples quickly."""

from __future__ import annotations

import uuid
import zlib
from datetime import date

import base45
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jw_desktop.model.proofs import IssuedFacts
from jw_desktop.proof import compact, verify
from jw_desktop.proof import sign as signing
from jw_desktop.proof.trust import Trust, TrustedIssuer
from jw_desktop.sync.attest import attest
from jw_desktop.sync.identity import DeviceIdentity

DAY = date(2026, 11, 20)
SCHOOL = DeviceIdentity.generate("a" * 32, "Centrale")
LAPTOP = DeviceIdentity.generate("b" * 32, "Laptop Anne")
SCHOOL_KEY = SCHOOL.public().sign_key
TRUST = Trust((TrustedIssuer("Praktijkschool Test", SCHOOL_KEY),), DAY, "de test")
FACTS = IssuedFacts(
    issued_id=uuid.UUID("12345678-1234-5678-1234-567812345678"),
    student_name="Jerome Jansen",
    credential_key="pb-planten",
    credential_name="Praktijkbewijs planten",
    kind="praktijkbewijs",
    description="Planten verzorgen in de kas",
    evidence=("behaald: Je geeft de planten water", "behaald: Je snoeit"),
    issued_on=DAY,
    issuer_kind="school",
    issuer_name="Praktijkschool Test",
    reference="",
    school_name="Praktijkschool Test",
    active=True,
)
BY_SCHOOL = signing.Authority(SCHOOL, SCHOOL_KEY, None)
BY_LAPTOP = signing.Authority(
    LAPTOP, SCHOOL_KEY, attest(SCHOOL, LAPTOP.device_id, LAPTOP.public().sign_key, DAY)
)
TEXTS = {
    "school": signing.sign(FACTS, BY_SCHOOL, DAY).qr_text,
    "laptop": signing.sign(FACTS, BY_LAPTOP, DAY).qr_text,
}
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def cose_bytes(text: str) -> bytes:
    return zlib.decompress(base45.b45decode(text[len(compact.PREFIX) :]))


def qr_of(cose: bytes) -> str:
    packed: bytes = base45.b45encode(zlib.compress(cose, 9))
    return compact.PREFIX + packed.decode("ascii")


@pytest.mark.parametrize("who", sorted(TEXTS))
def test_both_texts_are_valid_as_made(who: str) -> None:
    verdict = verify.check(TEXTS[who].encode(), TRUST)
    assert verdict.valid, verdict
    assert verdict.signer == ("" if who == "school" else LAPTOP.device_id)


@settings(max_examples=300, deadline=None)
@given(who=st.sampled_from(sorted(TEXTS)), data=st.data())
def test_any_byte_flip_in_the_signed_structure_is_never_valid(
    who: str, data: st.DataObject
) -> None:
    cose = bytearray(cose_bytes(TEXTS[who]))
    index = data.draw(st.integers(0, len(cose) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="xor")
    cose[index] ^= flip
    verdict = verify.check(qr_of(bytes(cose)).encode(), TRUST)
    assert not verdict.valid, (index, flip, verdict)


@settings(max_examples=300, deadline=None)
@given(who=st.sampled_from(sorted(TEXTS)), data=st.data())
def test_a_changed_letter_of_the_text_never_gives_a_different_valid_credential(
    who: str, data: st.DataObject
) -> None:
    """A letter changed anywhere in the text: either it is not valid, or (zlib ignores
    the spare bits of its last byte) it decodes to exactly what the school signed."""
    text = TEXTS[who]
    index = data.draw(st.integers(0, len(text) - 1), label="index")
    letter = data.draw(st.sampled_from([c for c in ALPHABET if c != text[index]]), label="letter")
    changed = text[:index] + letter + text[index + 1 :]
    verdict = verify.check(changed.encode(), TRUST)
    if verdict.valid:
        assert compact.decode(changed).signed == compact.decode(text).signed
        assert compact.decode(changed).signature == compact.decode(text).signature
