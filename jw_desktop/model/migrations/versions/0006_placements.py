"""Placements as history: placement.ended_on (an ended stage keeps its hours and links
no jobcoach any more); hours_requirement (the hours a route asks across placements, per
school year).

placement's columns change, so its capture triggers are dropped and made again (SQLite's
batch_alter_table recreates the table, and its triggers with it).

Revision ID: 0006_placements
Revises: 0005_refusals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, trigger_ddl

revision = "0006_placements"
down_revision = "0005_refusals"
branch_labels = None
depends_on = None

PLACEMENT_BEFORE = (
    "student_id",
    "company_id",
    "supervisor_id",
    "jobcoach_id",
    "start_on",
    "end_on",
    "model",
    "days_per_week",
    "hours_required",
    "deleted",
)
PLACEMENT_AFTER = (*PLACEMENT_BEFORE, "ended_on")

# The synced tables whose columns this revision changes: (mutable, columns before, after).
CHANGED: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    "placement": (True, PLACEMENT_BEFORE, PLACEMENT_AFTER),
}


# New synced tables: (mutable, columns) for their capture triggers.
NEW: dict[str, tuple[bool, tuple[str, ...]]] = {
    "hours_requirement": (
        True,
        ("student_id", "hours_per_year", "school_years", "first_year", "note", "deleted"),
    ),
}


def _retrigger(after: bool) -> None:
    for table, (mutable, before_cols, after_cols) in CHANGED.items():
        for statement in drop_ddl(table):
            op.execute(statement)
        for statement in trigger_ddl(table, after_cols if after else before_cols, mutable):
            op.execute(statement)


def upgrade() -> None:
    for table in CHANGED:
        for statement in drop_ddl(table):
            op.execute(statement)
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
    _retrigger(after=True)
    op.create_table(
        "hours_requirement",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("hours_per_year", sa.Integer(), nullable=False),
        sa.Column("school_years", sa.Integer(), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_hours_requirement_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_requirement")),
        sa.UniqueConstraint("student_id", name=op.f("uq_hours_requirement_student_id")),
    )
    with op.batch_alter_table("hours_requirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hours_requirement_partition"), ["partition"], unique=False
        )
    for table, (mutable, columns) in NEW.items():
        for statement in trigger_ddl(table, columns, mutable):
            op.execute(statement)


def downgrade() -> None:
    for table in NEW:
        for statement in drop_ddl(table):
            op.execute(statement)
    for table in reversed(list(NEW)):
        op.drop_table(table)
    for table in CHANGED:
        for statement in drop_ddl(table):
            op.execute(statement)
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_column("ended_on")
    _retrigger(after=False)
