"""Enrolment tickets (inschrijfbewijzen): a central's record of each ticket it signed, so
that a laptop enrolling with one gets the scope, the uses and the expiry recorded here
(sync/session.py, docs/sync.md section 1).

Local bookkeeping of the central; it never syncs.

Revision ID: 0013_enrolment_ticket
Revises: 0012_credential_proof
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_enrolment_ticket"
down_revision = "0012_credential_proof"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_ticket",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("spec", sa.Text(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("uses_left", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.String(length=40), nullable=False),
        sa.Column("revoked", sa.Integer(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("made_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_ticket")),
    )


def downgrade() -> None:
    op.drop_table("sync_ticket")
