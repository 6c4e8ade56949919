"""Awarding (model/awarding.py) behind SchoolStore.issue_credential: the on_issued seam runs
inside the issuing transaction, after the credential and its evidence exist, and a failure
in it leaves nothing issued and nothing audited."""

from __future__ import annotations

import uuid

import pytest
from factories import assess
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jw_desktop.model import NotEligible, SchoolStore
from jw_desktop.model.audit import AuditEntry
from jw_desktop.model.portfolio import CredentialEvidence, IssuedCredential


@pytest.fixture
def jerome(store: SchoolStore) -> uuid.UUID:
    return store.students_by_key["jerome"]  # type: ignore[attr-defined,no-any-return]


def _issue_audits(store: SchoolStore) -> list[str]:
    with Session(store.db.engine) as s:
        return list(
            s.scalars(
                select(AuditEntry.summary).where(AuditEntry.action == "kwalificatie.uitreiken")
            )
        )


def test_on_issued_sees_the_credential_and_its_evidence_in_the_same_transaction(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    pb = store.credential_id("pb-planten")
    assess(store, jerome, "pb-planten")
    seen: list[tuple[uuid.UUID, int]] = []

    def on_issued(s: Session, issued: IssuedCredential) -> None:
        evidence = s.scalar(select(func.count()).where(CredentialEvidence.issued_id == issued.id))
        seen.append((issued.id, int(evidence or 0)))
        issued.reference = "signed-in-the-same-transaction"

    issued_id = store.issue_credential(jerome, pb, on_issued=on_issued)
    assert seen == [(issued_id, 3)]
    (entry,) = store.portfolio(jerome)
    assert entry.id == issued_id and len(entry.evidence) == 3
    assert entry.reference == "signed-in-the-same-transaction"
    assert _issue_audits(store) == [
        "Praktijkbewijs planten voor Jerome Jansen (Praktijkschool Test)"
    ]


def test_a_failing_on_issued_leaves_nothing_issued(store: SchoolStore, jerome: uuid.UUID) -> None:
    pb = store.credential_id("pb-planten")
    assess(store, jerome, "pb-planten")

    def refuse(s: Session, issued: IssuedCredential) -> None:
        raise RuntimeError("signing failed")

    with pytest.raises(RuntimeError, match="signing failed"):
        store.issue_credential(jerome, pb, on_issued=refuse)
    assert store.portfolio(jerome) == []
    assert _issue_audits(store) == []
    with Session(store.db.engine) as s:
        assert s.scalar(select(func.count()).select_from(CredentialEvidence)) == 0
    store.issue_credential(jerome, pb)  # and it can be issued afterwards
    assert [p.credential for p in store.portfolio(jerome)] == ["Praktijkbewijs planten"]


def test_on_issued_is_not_called_when_the_student_is_not_eligible(
    store: SchoolStore, jerome: uuid.UUID
) -> None:
    called: list[uuid.UUID] = []
    with pytest.raises(NotEligible, match="komt nog niet in aanmerking"):
        store.issue_credential(
            jerome, store.credential_id("pb-planten"), on_issued=lambda s, i: called.append(i.id)
        )
    assert called == []
