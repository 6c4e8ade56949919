"""How many examples a property test runs: few in CI, many in the soak run. One number
per test is given here as the CI count; JW_SOAK=1 (./dev.sh soak) multiplies it, and
JW_EXAMPLES sets it outright for one run."""

from __future__ import annotations

import os

SOAK_FACTOR = 40


def examples(ci: int) -> int:
    if os.environ.get("JW_EXAMPLES"):
        return int(os.environ["JW_EXAMPLES"])
    return ci * SOAK_FACTOR if os.environ.get("JW_SOAK") else ci
