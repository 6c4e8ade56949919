"""Refused bundles: what the intake turned away, for the admin (Beheer > Apparaten); and
per peer the last bundle taken in from it, so a retry after a kill finishes that bundle's
follow-up steps while a replayed older one does not.

Local bookkeeping of this replica; it never syncs.

Revision ID: 0005_refusals
Revises: 0004_accounts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_refusals"
down_revision = "0004_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_refusal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("file", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_refusal")),
    )
    op.add_column("sync_peer", sa.Column("last_bundle", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_peer", "last_bundle")
    op.drop_table("sync_refusal")
