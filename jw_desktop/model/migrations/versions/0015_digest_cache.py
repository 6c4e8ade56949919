"""A digest cache: per partition and reader filter the (count, sha256) of docs/sync.md
section 8, dropped by triggers on sync_clock whenever a row of that partition is
inserted, changed or removed - by capture, apply, purge or heal_clock alike - so a sync
with nothing new hashes nothing (replica.digest).

Local bookkeeping; it never syncs. The SQL is replica.DIGEST_CACHE_DDL (one place).

Revision ID: 0015_digest_cache
Revises: 0014_lean_change_log
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.replica import DIGEST_CACHE_DDL, DIGEST_CACHE_DROP

revision = "0015_digest_cache"
down_revision = "0014_lean_change_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_digest",
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.Column("reader", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("used", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("partition", "reader", name=op.f("pk_sync_digest")),
    )
    for statement in DIGEST_CACHE_DDL:
        op.execute(statement)


def downgrade() -> None:
    for statement in DIGEST_CACHE_DROP:
        op.execute(statement)
    op.drop_table("sync_digest")
