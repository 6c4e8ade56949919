"""The link a printed instruction card carries in its QR code, and reading it back.

``jw-desktop://kaart/<CODE>`` opens the card with that code in the app (the current
version); ``jw-desktop://kaart/<CODE>?versie=<N>`` names the version printed when it is not
the current one. The window takes the link, or the plain code, on its command line:
``jw-desktop-gui --kaart GRN-IK-01`` or ``jw-desktop-gui jw-desktop://kaart/GRN-IK-01``.
Registering the scheme with the operating system (so a scanned link starts the app) is the
installer's part. No reportlab and no Qt here: the window imports it at start."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

SCHEME = "jw-desktop"
CARD_HOST = "kaart"


@dataclass(frozen=True)
class CardLink:
    code: str
    version: int | None = None


def card_url(code: str, version: int | None = None) -> str:
    """'GRN-IK-01' -> 'jw-desktop://kaart/GRN-IK-01' (with '?versie=2' for a version)."""
    url = f"{SCHEME}://{CARD_HOST}/{quote(code.strip(), safe='')}"
    return url if version is None else f"{url}?versie={version}"


def parse_card_link(text: str) -> CardLink | None:
    """The card a link names; a bare card code is taken as it is; None for anything else
    (another scheme, another kind of link, no code)."""
    text = text.strip()
    if "://" not in text:
        return CardLink(text) if text and "/" not in text and ":" not in text else None
    parts = urlsplit(text)
    if parts.scheme.lower() != SCHEME or parts.netloc.lower() != CARD_HOST:
        return None
    raw = parts.path.strip("/")
    if not raw or "/" in raw:
        return None
    code = unquote(raw)
    wanted = parse_qs(parts.query).get("versie", [])
    version = int(wanted[0]) if wanted and wanted[0].isdigit() else None
    return CardLink(code, version)
