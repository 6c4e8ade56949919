"""Nonces of signed HTTP requests seen by the central (sync/http_auth.py): a request
whose nonce this device used before within the time window is a replay. Kept in the
central's database, not in memory, so several server processes agree.

Local bookkeeping; it never syncs. Plain portable DDL (PostgreSQL runs it too).

Revision ID: 0016_http_nonce
Revises: 0015_digest_cache
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_http_nonce"
down_revision = "0015_digest_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "http_nonce",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("nonce", sa.String(length=32), nullable=False),
        sa.Column("seen_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "nonce", name=op.f("pk_http_nonce")),
    )
    op.create_index(op.f("ix_http_nonce_seen_ms"), "http_nonce", ["seen_ms"])


def downgrade() -> None:
    op.drop_index(op.f("ix_http_nonce_seen_ms"), table_name="http_nonce")
    op.drop_table("http_nonce")
