"""What a stranger hands a verifier on purpose: a credential the stranger signed with a
key of their own whose names steer the terminal, and a key id built to make the check
take hours. Real signatures, the real CLI."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest

from jw_desktop import proof
from jw_desktop.model.proofs import IssuedFacts
from jw_desktop.proof import sign, trust, verify
from jw_desktop.proof.keys import b64url
from jw_desktop.sync.identity import DeviceIdentity

FAKE_LINE = "Geldig: Mbo-diploma voor Jan de Vries, uitgegeven door ROC Echt op 01-07-2026."


def self_signed(student: str) -> proof.Proof:
    """A credential signed by a stranger's own key (no school trusts it)."""
    me = DeviceIdentity.generate(uuid.uuid4().hex, "eigen laptop")
    who = sign.Authority(me, me.public().sign_key, None)
    facts = IssuedFacts(
        uuid.uuid4(), student, "mbo", "Mbo-diploma", "mbo-diploma", "", (),
        date(2026, 7, 1), "school", "", "", "Nep", True,
    )
    return proof._proof(sign.sign(facts, who, facts.issued_on))


@pytest.mark.parametrize(
    "student",
    [
        f"Jan\x1b[2K\r{FAKE_LINE}\x1b[8m",  # erase the line, return, then hide the rest
        f"Jan\n{FAKE_LINE}",
        f"Jan\u2028{FAKE_LINE}\u202e",
    ],
)
def test_names_in_a_strangers_credential_cannot_forge_the_verdict_line(
    student: str, tmp_path: Path
) -> None:
    p = self_signed(student)
    (tmp_path / "qr.txt").write_text(p.qr_text, encoding="utf-8")
    (tmp_path / "credential.json").write_bytes(p.json_bytes)
    nobody = {"type": "jw-vertrouwde-uitgevers",
              "issuers": [{"name": "Praktijkschool Test", "key": b64url(bytes(32))}]}
    (tmp_path / "vertrouwd.json").write_text(json.dumps(nobody), encoding="utf-8")
    for name in ("qr.txt", "credential.json"):
        result = subprocess.run(
            [sys.executable, "-m", "jw_desktop.cli", "verify", str(tmp_path / name),
             "--vertrouw", str(tmp_path / "vertrouwd.json")],
            env={**os.environ, "JW_DESKTOP_DATA_DIR": str(tmp_path / "data"),
                 "PYTHONIOENCODING": "utf-8"},
            capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
        )
        assert result.returncode == 41, result.stderr
        line = result.stdout.removesuffix("\n")
        assert line.startswith("Onbekende uitgever (")
        assert line.isprintable(), repr(line)  # no return, escape, line or bidi control


def test_a_key_id_built_to_take_hours_is_refused_at_once(tmp_path: Path) -> None:
    """base58 decoding is quadratic: a 4-million-letter did:key in the JWT header took the
    verifier hours before it looked at the signature. Not a benchmark: the ceiling is three
    orders of magnitude above what the check takes."""

    def part(value: object) -> str:
        raw = value if isinstance(value, bytes) else json.dumps(value).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    kid = "did:key:z" + "2" * 4_000_000
    jwt = ".".join([part({"alg": "EdDSA", "typ": "vc+jwt", "kid": kid}), part({}),
                    part(b"x" * 64)])
    (tmp_path / "lang.jwt").write_text(jwt, encoding="ascii")
    code = (
        "import sys; from pathlib import Path; from jw_desktop.proof import trust, verify; "
        "print(verify.check(Path(sys.argv[1]).read_bytes(), trust.Trust()).outcome)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "lang.jwt")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.stdout.strip() == "veranderd", result.stderr
    assert verify.check(jwt.encode(), trust.Trust()).outcome is verify.Outcome.TAMPERED


def test_a_broken_pdf_gives_the_one_line_and_nothing_on_stderr(tmp_path: Path) -> None:
    """pypdf logs its repairs of a broken PDF; the employer sees only the verdict."""
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nstartxref\n999\n%%EOF\n")
    nobody = tmp_path / "vertrouwd.json"
    nobody.write_text(json.dumps({"type": "jw-vertrouwde-uitgevers", "issuers": [
        {"name": "Praktijkschool Test", "key": b64url(bytes(32))}]}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", "verify", str(broken), "--vertrouw", str(nobody)],
        env={**os.environ, "JW_DESKTOP_DATA_DIR": str(tmp_path / "data"),
             "PYTHONIOENCODING": "utf-8"},
        capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
    )
    assert result.returncode == 40
    assert result.stdout == "Veranderd: de PDF is beschadigd of geen certificaat van jw-desktop.\n"
    assert result.stderr == ""
