"""Where the window's files are, from a checkout or beside the installed package. Kept free
of the model, so the start window can use it before anything heavy is imported."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ICONS = (PACKAGE / "icons", PACKAGE.parent / "resources" / "icons")


def icon_path(name: str) -> Path | None:
    """resources/icons/<name>.svg wherever the program runs from, or None."""
    for folder in ICONS:
        candidate = folder / f"{name}.svg"
        if candidate.is_file():
            return candidate
    return None
