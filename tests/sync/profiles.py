"""How many examples a property test runs: few in CI, many in the soak run. One number
per test is given here as the CI count; JW_SOAK=1 (./dev.sh soak) multiplies it by SOAK_FACTOR (or
JW_SOAK_FACTOR), and JW_EXAMPLES sets it outright for one run."""

from __future__ import annotations

import os

SOAK_FACTOR = 40


def examples(ci: int) -> int:
    if os.environ.get("JW_EXAMPLES"):
        return int(os.environ["JW_EXAMPLES"])
    if not os.environ.get("JW_SOAK"):
        return ci
    return ci * int(os.environ.get("JW_SOAK_FACTOR", SOAK_FACTOR))
