"""The verify page with a school's trust list in it.

resources/verify/verify.html is one self-contained HTML file (no network, no libraries) that
checks the compact signed credential of a QR code ("JW1:...") in a browser, also opened from a
file. It trusts only the issuers in its JSON block <script type="application/json"
id="vertrouwd">; verify_page() writes a school's trust list into that block. The central can
serve the result later; today a school hands it out as a file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent
# Beside the package when installed (jw_desktop/verify/verify.html), else in the checkout.
TEMPLATES = (
    PACKAGE / "verify" / "verify.html",
    PACKAGE.parent / "resources" / "verify" / "verify.html",
)
TRUST_TYPE = "jw-vertrouwde-uitgevers"

_BLOCK = re.compile(
    rb'(<script type="application/json" id="vertrouwd">)(.*?)(</script>)', re.DOTALL
)


def template_path() -> Path:
    """The verify page as it is shipped (with an empty trust list)."""
    for candidate in TEMPLATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("verify.html is niet gevonden (resources/verify/verify.html)")


def embed_json(value: Any) -> str:
    """JSON that can stand inside a <script> element: no '<', '>' or '&' (so neither
    '</script>' nor '<!--' in a school's name ends or changes the element) and no U+2028/9.
    JSON.parse reads the escapes back as the same characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def check_trust_list(trust_list: dict[str, Any]) -> None:
    """Refuse what the page could not use (a ValueError in Dutch): the type, a list of
    issuers, each with a name and a key."""
    if not isinstance(trust_list, dict) or trust_list.get("type") != TRUST_TYPE:
        raise ValueError(f"Geen lijst van vertrouwde uitgevers (type moet '{TRUST_TYPE}' zijn).")
    issuers = trust_list.get("issuers")
    if not isinstance(issuers, list):
        raise ValueError("De lijst van vertrouwde uitgevers heeft geen 'issuers'.")
    for issuer in issuers:
        if not isinstance(issuer, dict) or not isinstance(issuer.get("name"), str) \
                or not isinstance(issuer.get("key"), str):
            raise ValueError("Elke uitgever in de lijst heeft een naam en een sleutel.")


def verify_page(trust_list: dict[str, Any]) -> bytes:
    """The verify page (UTF-8 HTML) that trusts the issuers of trust_list (the format of
    docs/credentials.md: {"type": "jw-vertrouwde-uitgevers", "made": ..., "issuers": [...]})."""
    check_trust_list(trust_list)
    page = template_path().read_bytes()
    block = embed_json(trust_list).encode("utf-8")
    filled, count = _BLOCK.subn(lambda m: m.group(1) + block + m.group(3), page, count=1)
    if count != 1:
        raise ValueError("verify.html heeft geen blok voor de vertrouwde uitgevers.")
    return filled
