"""The certificate of an issued credential, with its verification QR code.

One layout per kind of credential (praktijkbewijs, branchecertificaat, praktijkverklaring,
mbo-diploma route): its own heading, band and sentence of what it says, the student, the
credential, the werkprocessen it certifies, the evidence it rests on, who issued it (the
school, or the branch or the mbo school by name, with their number) and the date. At the
foot: the QR code with the compact signed text (jw_desktop.proof), a line on how to check
it and the fingerprint of the issuer's key. The signed credential (Open Badges 3.0 JSON)
is embedded in the PDF as the attachment credential.json; the file stays byte-for-byte
the same for the same data (reportlab's invariant mode; pypdf keeps the document's /ID
and adds no dates)."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from jw_desktop.model import CredentialKind, JWError, NotFound, SchoolStore
from jw_desktop.model.enums import IssuerKind
from jw_desktop.model.views import PortfolioEntry, StudentSummary
from jw_desktop.model.wording import date_text
from jw_desktop.proof import JSON_NAME, for_issued, keys

from ._parts import author, qr_code, short, table_style
from .base import FONT, FONT_BOLD, MARGIN, PAGE, Meta, build, para, styles

CHECK_LINE = "Controleer dit certificaat: scan de code of gebruik jw-desktop verify"
WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's width inside its padding


class ProofLike(Protocol):
    """What the certificate needs of a proof (jw_desktop.proof.Proof)."""

    @property
    def qr_text(self) -> str: ...

    @property
    def json_bytes(self) -> bytes: ...


@dataclass(frozen=True)
class Layout:
    heading: str  # on the band at the top
    says: str  # what it declares, with {student}
    band: colors.Color
    reference: str  # what the issuer's number is called


LAYOUTS: dict[CredentialKind, Layout] = {
    CredentialKind.PRAKTIJKBEWIJS: Layout(
        "Praktijkbewijs",
        "{student} heeft in de praktijk laten zien dit werk te kunnen. De school heeft het "
        "beoordeeld samen met de praktijkbegeleider.",
        colors.Color(0.18, 0.45, 0.27),
        "Kenmerk",
    ),
    CredentialKind.BRANCHECERTIFICAAT: Layout(
        "Branchecertificaat",
        "{student} is geëxamineerd door de branche en heeft het branchecertificaat behaald.",
        colors.Color(0.12, 0.30, 0.55),
        "Certificaatnummer",
    ),
    CredentialKind.PRAKTIJKVERKLARING: Layout(
        "Praktijkverklaring",
        "De mbo-school verklaart dat {student} de werkprocessen hieronder in de praktijk beheerst.",
        colors.Color(0.50, 0.22, 0.45),
        "Nummer",
    ),
    CredentialKind.MBO_DIPLOMA: Layout(
        "Mbo-diploma",
        "{student} heeft het mbo-diploma behaald via de route van de praktijkschool: de "
        "praktijkverklaring en de examenonderdelen hieronder.",
        colors.Color(0.55, 0.30, 0.08),
        "Diplomanummer",
    ),
}

ISSUER_WORDS = {
    IssuerKind.SCHOOL: "de school",
    IssuerKind.BRANCH: "de branche",
    IssuerKind.MBO_SCHOOL: "de mbo-school",
}


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = s["body"]
    return {
        **s,
        "band": ParagraphStyle(
            "cert-band",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=22,
            leading=26,
            textColor=colors.white,
        ),
        "band-small": ParagraphStyle(
            "cert-band-small", parent=body, fontSize=10, leading=13, textColor=colors.white
        ),
        "centre": ParagraphStyle("cert-centre", parent=body, fontSize=11, leading=14, alignment=1),
        "student": ParagraphStyle(
            "cert-student",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=31,
            alignment=1,
            spaceBefore=2,
            spaceAfter=2,
        ),
        "credential": ParagraphStyle(
            "cert-credential",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=21,
            alignment=1,
            spaceAfter=6,
        ),
        "item": ParagraphStyle(
            "cert-item",
            parent=body,
            fontSize=8.5,
            leading=10.2,
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=FONT,
        ),
        "check": ParagraphStyle("cert-check", parent=body, fontSize=9, leading=11.5, alignment=1),
        "label": ParagraphStyle("cert-label", parent=body, fontName=FONT_BOLD, fontSize=10),
        "check-small": ParagraphStyle(
            "cert-check-small", parent=body, fontSize=7.5, leading=9.5, alignment=1
        ),
    }


def _band(layout: Layout, entry: PortfolioEntry, st: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[para(layout.heading, st["band"])], [para(entry.kind.value, st["band-small"])]],
        colWidths=[WIDTH],
    )
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), layout.band),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def _facts(
    entry: PortfolioEntry,
    school: str,
    layout: Layout,
    st: dict[str, ParagraphStyle],
    width: float,
) -> Table:
    """Who issued it, when, with which number, and who recorded it."""
    rows = [
        ["Uitgereikt door", f"{entry.issuer_name or school} ({ISSUER_WORDS[entry.issuer]})"],
        ["Datum", date_text(entry.issued_on)],
    ]
    if entry.reference:
        rows.append([layout.reference, entry.reference])
    if entry.issuer is not IssuerKind.SCHOOL:
        rows.append(["Vastgelegd door", f"{school} (de school)"])
    table = Table(
        [[para(a, st["label"]), para(b, st["body"])] for a, b in rows],
        colWidths=[40 * mm, width - 40 * mm],
    )
    table.setStyle(
        table_style(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.Color(0.6, 0.6, 0.6)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.Color(0.6, 0.6, 0.6)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _listing(heading: str, items: tuple[str, ...], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not items:
        return []
    out: list[Flowable] = [para(heading, st["h3"])]
    out += [para(item, st["item"]) for item in items]
    for flowable in out[1:]:
        flowable.bulletText = "•"  # type: ignore[attr-defined]
    return out


def _issuer_key(proof: ProofLike) -> bytes | None:
    """The issuer's public key (raw Ed25519) from the credential's did:key."""
    try:
        doc: dict[str, Any] = json.loads(proof.json_bytes)
        return keys.from_did(doc["credential"]["issuer"]["id"])
    except (ValueError, KeyError, TypeError, JWError):
        return None


def _verification(proof: ProofLike, st: dict[str, ParagraphStyle]) -> tuple[float, list[Any]]:
    """The QR code, and under it how to check it and the issuer key's fingerprint: the
    column's width and its parts."""
    # about 0.5 mm a module or more: a phone reads it at arm's length
    length = len(proof.qr_text)
    size = 46 * mm if length <= 450 else 52 * mm if length <= 750 else 62 * mm
    key = _issuer_key(proof)
    parts: list[Any] = [qr_code(proof.qr_text, size), para(CHECK_LINE, st["check"])]
    if key is not None:
        parts.append(para(f"Sleutel van de uitgever:\n{keys.key_fingerprint(key)}", st["check"]))
    attached = f"Het ondertekende certificaat zit in dit PDF-bestand als bijlage {JSON_NAME}."
    parts.append(para(attached, st["check-small"]))
    return max(size, 56 * mm), parts


def _story(
    entry: PortfolioEntry,
    student: StudentSummary,
    school: str,
    proof: ProofLike,
) -> list[Flowable]:
    st = _styles()
    layout = LAYOUTS[CredentialKind(entry.kind)]
    story: list[Flowable] = [
        _band(layout, entry, st),
        Spacer(1, 3 * mm),
        para("uitgereikt aan", st["centre"]),
        para(student.name, st["student"]),
        para("voor", st["centre"]),
        para(entry.credential, st["credential"]),
        para(layout.says.format(student=student.name), st["centre"]),
        Spacer(1, 4 * mm),
    ]
    # beside each other: who issued it and what it certifies | the QR code to check it
    qr_width, check = _verification(proof, st)
    left = WIDTH - qr_width - 8 * mm
    what: list[Flowable] = [_facts(entry, school, layout, st, left - 6)]
    what += _listing("Werkprocessen", entry.werkprocessen, st)
    table = Table([[what, check]], colWidths=[left, WIDTH - left])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (1, 0), (1, 0), 8 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    story.append(table)
    story += _listing("Bewijs", entry.evidence, st)
    return story


def _attach(pdf: bytes, name: str, data: bytes) -> bytes:
    """The PDF with a file attached. pypdf keeps the document's /ID and /Info (reportlab's,
    made without a clock) and the attachment has no dates: the same input gives the same
    bytes."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def certificate(
    store: SchoolStore, issued_id: uuid.UUID, *, proof: ProofLike | None = None
) -> bytes:
    """The certificate of an issued credential, with its signed proof (made now, once,
    when the credential has none yet: jw_desktop.proof.for_issued); proof: a proof at
    hand, so it is not looked up again."""
    student = store.student(store.issued_student(issued_id))
    entry = next((e for e in store.portfolio(student.id) if e.id == issued_id), None)
    if entry is None:
        raise NotFound("Deze kwalificatie is ingetrokken of vervangen: er is geen certificaat van.")
    if proof is None:
        proof = for_issued(store, issued_id)
    school = store.school_name() or ""
    layout = LAYOUTS[CredentialKind(entry.kind)]
    meta = Meta(
        title=short(f"{layout.heading} {student.name}"),
        school=school,
        author=author(store, school),
        subject=short(f"{entry.credential} - {student.name}", 200),
        made_on=entry.issued_on,
    )
    pdf = build(_story(entry, student, school, proof), meta)
    return _attach(pdf, JSON_NAME, proof.json_bytes)


__all__ = ["CHECK_LINE", "JSON_NAME", "LAYOUTS", "certificate"]
