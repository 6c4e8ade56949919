"""Placements as history: placement.ended_on (an ended stage keeps its hours and links
no jobcoach any more); hours_requirement (the hours a route asks across placements, per
school year). Companies as the field knows them: the SBB recognition of a leerbedrijf and
its open places (company), the praktijkovereenkomst (placement.agreement_signed_on/_by),
stage learning goals (placement_goal) and the sectors where the region has work
(region_sector).

placement's and company's columns change, so their capture triggers are dropped and made
again (SQLite's batch_alter_table recreates the table, and its triggers with it).

Revision ID: 0010_placements
Revises: 0009_voice
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0010_placements"
down_revision = "0009_voice"
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
PLACEMENT_AFTER = (*PLACEMENT_BEFORE, "ended_on", "agreement_signed_on", "agreement_signed_by")
COMPANY_BEFORE = ("school_id", "name", "sector_id", "city", "deleted")
COMPANY_AFTER = (
    *COMPANY_BEFORE,
    "recognition_number",
    "recognized_on",
    "recognized_until",
    "open_places",
)

# The synced tables whose columns this revision changes: (mutable, columns before, after).
CHANGED: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    "placement": (True, PLACEMENT_BEFORE, PLACEMENT_AFTER),
    "company": (True, COMPANY_BEFORE, COMPANY_AFTER),
}


# New synced tables: (mutable, columns) for their capture triggers.
NEW: dict[str, tuple[bool, tuple[str, ...]]] = {
    "hours_requirement": (
        True,
        ("student_id", "hours_per_year", "school_years", "first_year", "note", "deleted"),
    ),
    "placement_goal": (True, ("placement_id", "text", "competence_id", "position", "deleted")),
    "region_sector": (True, ("school_id", "sector_id", "open_places", "note", "deleted")),
}


def _retrigger(after: bool) -> None:
    for table, (mutable, before_cols, after_cols) in CHANGED.items():
        for statement in drop_ddl(table):
            op.execute(statement)
        for statement in text_trigger_ddl(table, after_cols if after else before_cols, mutable):
            op.execute(statement)


def upgrade() -> None:
    for table in CHANGED:
        for statement in drop_ddl(table):
            op.execute(statement)
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("agreement_signed_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "agreement_signed_by", sa.String(length=200), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recognition_number", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("recognized_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("recognized_until", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("open_places", sa.Integer(), nullable=False, server_default="0")
        )
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
    op.create_table(
        "placement_goal",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("competence_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_placement_goal_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_placement_goal_placement_id_placement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_goal")),
    )
    with op.batch_alter_table("placement_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_goal_partition"), ["partition"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_placement_goal_placement_id"), ["placement_id"], unique=False
        )
    op.create_table(
        "region_sector",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("open_places", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_region_sector_school_id_school")
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_region_sector_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_sector")),
    )
    with op.batch_alter_table("region_sector", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_sector_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_sector_school_id"), ["school_id"], unique=False)
    for table, (mutable, columns) in NEW.items():
        for statement in text_trigger_ddl(table, columns, mutable):
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
    with op.batch_alter_table("company", schema=None) as batch_op:
        for column in ("open_places", "recognized_until", "recognized_on", "recognition_number"):
            batch_op.drop_column(column)
    with op.batch_alter_table("placement", schema=None) as batch_op:
        for column in ("agreement_signed_by", "agreement_signed_on", "ended_on"):
            batch_op.drop_column(column)
    _retrigger(after=False)
