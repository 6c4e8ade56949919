"""./dev.sh on a machine where it has not run yet says what it is installing and why it
takes a while, before the silent part (point 19 of issue 9)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for python3: new enough, and its "venv" makes a Python that fails, so dev.sh
# stops right after its first message instead of installing everything again.
FAKE_PYTHON = """#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/sh\\nexit 3\\n' > "$3/bin/python"
  chmod +x "$3/bin/python"
fi
exit 0
"""


def test_first_start_says_what_it_installs(tmp_path: Path) -> None:
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    env = {**os.environ, "PYTHON": str(fake), "JW_VENV": str(tmp_path / "venv")}
    done = subprocess.run(
        [str(ROOT / "dev.sh"), "app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode != 0  # the fake Python cannot install anything
    first = done.stderr.splitlines()[0]
    assert "voor de eerste keer klaargezet" in first
    assert "halve minuut" in done.stderr
    assert "Onderdelen installeren" in done.stderr


def test_a_second_start_is_quiet_about_setting_up(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("#!/bin/sh\nexit 3\n")
    (venv / "bin" / "python").chmod(0o755)
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    env = {**os.environ, "PYTHON": str(fake), "JW_VENV": str(venv)}
    done = subprocess.run(
        [str(ROOT / "dev.sh"), "app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert "voor de eerste keer" not in done.stderr
