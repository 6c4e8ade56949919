"""Aanmeldingen that laptops sent over the network (issue 14 item 4): one row per device
waiting for the admin, then approved (with the signed inschrijving kept for pickup) or
rejected. Local to the central; it never syncs. Plain portable DDL (SQLite, PostgreSQL).

Revision ID: 0017_network_aanmelding
Revises: 0015_digest_cache (the integrator chains h2's 0016 nonces before this one)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_network_aanmelding"
down_revision = "0016_http_nonce"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_net_aanmelding",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("inschrijving", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_net_aanmelding")),
    )
    op.create_index(
        "ux_sync_net_aanmelding_device", "sync_net_aanmelding", ["device_id"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ux_sync_net_aanmelding_device", table_name="sync_net_aanmelding")
    op.drop_table("sync_net_aanmelding")
