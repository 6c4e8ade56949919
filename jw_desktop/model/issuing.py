"""Who issues which credential: the one rule the store, the command line and the window
ask (docs/domain.md "Credentials").

- a praktijkbewijs: the school itself (school staff: docent, beheerder press the button);
- a branchecertificaat: the branch organisation (e.g. "SVGB"); the school records that
  the branch issued it, with the branch's name and its certificate number;
- a praktijkverklaring or an mbo diploma: the mbo school; the school records that the
  mbo school issued it, with the mbo school's name.

The school side never issues in the name of the branch or the mbo school: asking it to
is refused with the sentence that says who does."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .enums import CredentialKind, IssuerKind, Role
from .errors import InvalidInput

ISSUED_BY: Mapping[CredentialKind, IssuerKind] = {
    CredentialKind.PRAKTIJKBEWIJS: IssuerKind.SCHOOL,
    CredentialKind.BRANCHECERTIFICAAT: IssuerKind.BRANCH,
    CredentialKind.PRAKTIJKVERKLARING: IssuerKind.MBO_SCHOOL,
    CredentialKind.MBO_DIPLOMA: IssuerKind.MBO_SCHOOL,
}
"""Which body issues each kind of credential."""

SCHOOL_SIDE = frozenset({Role.TEACHER, Role.ADMIN})
"""The roles that act for the school: they issue what the school issues and record what
the branch or the mbo school issued. A jobcoach does neither."""

ISSUER_LABELS: Mapping[IssuerKind, str] = {
    IssuerKind.SCHOOL: "de school",
    IssuerKind.BRANCH: "de branche",
    IssuerKind.MBO_SCHOOL: "de mbo-school",
}

MAX_NAME, MAX_REFERENCE = 200, 100


@dataclass(frozen=True)
class Issuer:
    """The issuing body as it goes on the issued credential."""

    kind: IssuerKind
    name: str
    reference: str = ""


def issuer_of(kind: CredentialKind) -> IssuerKind:
    return ISSUED_BY[CredentialKind(kind)]


def _school_side(role: Role | None) -> bool:
    # None: no login (the command line, a script); the store still holds an enrolled
    # laptop to its own role (SchoolStore._allow).
    return role is None or Role(role) in SCHOOL_SIDE


def may_issue(role: Role | None, kind: CredentialKind) -> bool:
    """May this user press 'Uitreiken' for this kind (the school issues it)?"""
    return _school_side(role) and issuer_of(kind) is IssuerKind.SCHOOL


def may_record(role: Role | None, kind: CredentialKind) -> bool:
    """May this user record that the branch or the mbo school issued this kind?"""
    return _school_side(role) and issuer_of(kind) is not IssuerKind.SCHOOL


def may_assess(role: Role | None) -> bool:
    """May this user record an assessment moment (the assessors need not be staff; the
    school records it)?"""
    return _school_side(role)


def who_issues(kind: CredentialKind, name: str = "") -> str:
    """One Dutch sentence: who issues this kind, and what the school does instead."""
    body = issuer_of(kind)
    what = CredentialKind(kind).value
    if body is IssuerKind.SCHOOL:
        return f"Een {what} reikt de school uit."
    who = f"{ISSUER_LABELS[body]} ({name})" if name else ISSUER_LABELS[body]
    named = name or ISSUER_LABELS[body]
    tail = ", met het certificaatnummer" if body is IssuerKind.BRANCH else ""
    return f"Een {what} reikt {who} uit: leg vast dat {named} het heeft uitgereikt{tail}."


def decide(
    kind: CredentialKind,
    *,
    school_name: str,
    catalogue_name: str,
    issuer_name: str | None = None,
    reference: str = "",
    claimed: IssuerKind | None = None,
) -> Issuer:
    """The issuer to record, or InvalidInput saying what is wrong. catalogue_name is the
    branch or mbo school the definition names; issuer_name (typed in) takes precedence.
    claimed: the body the caller says issues it; refused when it is not the one that
    does (a teacher cannot issue a branchecertificaat as the school)."""
    body = issuer_of(kind)
    reference = reference.strip()
    if len(reference) > MAX_REFERENCE:
        raise InvalidInput(f"Het nummer mag hoogstens {MAX_REFERENCE} tekens hebben.")
    name = (issuer_name or "").strip() or catalogue_name.strip()
    if claimed is not None and IssuerKind(claimed) is not body:
        raise InvalidInput(who_issues(kind, name))
    if body is IssuerKind.SCHOOL:
        return Issuer(body, school_name, reference)
    if not name:
        raise InvalidInput(
            f"Vul in welke {'branche' if body is IssuerKind.BRANCH else 'mbo-school'} "
            f"het heeft uitgereikt. {who_issues(kind)}"
        )
    if len(name) > MAX_NAME:
        raise InvalidInput(f"De naam van wie uitreikt mag hoogstens {MAX_NAME} tekens hebben.")
    if name.casefold() == school_name.strip().casefold():
        raise InvalidInput(
            f"{school_name.strip()} is de school zelf, niet {ISSUER_LABELS[body]}. "
            + who_issues(kind)
        )
    if body is IssuerKind.BRANCH and not reference:
        raise InvalidInput(
            f"Vul het certificaatnummer in dat {name} heeft gegeven. {who_issues(kind, name)}"
        )
    return Issuer(body, name, reference)
