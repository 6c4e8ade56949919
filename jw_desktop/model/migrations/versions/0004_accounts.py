"""Accounts: a password hash per staff member (synced) and failed logins per computer;
an index for the student list's "last observed".

Revision ID: 0004_accounts
Revises: 0003_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0004_accounts"
down_revision = "0003_sync"
branch_labels = None
depends_on = None

STAFF_COLUMNS = ("school_id", "name", "email", "role", "password_hash", "deleted")


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
    op.create_table(
        "login_state",
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("email", name=op.f("pk_login_state")),
    )
    op.create_index(
        "ix_observation_student_seen",
        "observation",
        ["student_id", "self_assessment", "observed_on"],
        unique=False,
    )
    # batch_alter_table may rebuild the table, which drops its triggers: make them anew
    # with the new column.
    for statement in drop_ddl("staff") + text_trigger_ddl("staff", STAFF_COLUMNS, True):
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_observation_student_seen", table_name="observation")
    op.drop_table("login_state")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("password_hash")
    for statement in drop_ddl("staff") + text_trigger_ddl(
        "staff", tuple(c for c in STAFF_COLUMNS if c != "password_hash"), True
    ):
        op.execute(statement)
