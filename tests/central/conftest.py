"""Fixtures of the central's HTTP tests: real server processes (centralkit.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

from centralkit import netsite  # noqa: F401 - shared fixtures
from sitekit import site_templates  # noqa: F401 - shared fixtures
