"""Phases and the student's voice: the history of a student's phase (phase_change), their
own goals (student_goal, "Wat wil ik?") and what they said in a reflection (reflection).
All three sync, so their capture triggers are made here (the columns frozen as written).

Revision ID: 0009_voice
Revises: 0008_consent
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0009_voice"
down_revision = "0008_consent"
branch_labels = None
depends_on = None

FACT = ("recorded_at", "withdrawn", "recorded_by", "supersedes_id")
CAPTURED: dict[str, tuple[bool, tuple[str, ...]]] = {
    "phase_change": (
        False,
        ("student_id", "from_phase", "to_phase", "changed_on", "reason", *FACT),
    ),
    "student_goal": (
        True,
        ("student_id", "text", "life_domain", "set_on", "created_at", "recorded_by", "deleted"),
    ),
    "reflection": (False, ("student_id", "said_on", "text", "route_item_id", *FACT)),
}


def _fact_columns(table: str) -> list[Any]:
    return [
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f(f"fk_{table}_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f(f"fk_{table}_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], [f"{table}.id"], name=op.f(f"fk_{table}_supersedes_id_{table}")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _indexes(table: str, columns: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "phase_change",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("from_phase", sa.Integer(), nullable=False),
        sa.Column("to_phase", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        *_fact_columns("phase_change"),
    )
    _indexes("phase_change", ("partition", "student_id", "supersedes_id"))
    op.create_table(
        "reflection",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("route_item_id", sa.Uuid(), nullable=True),
        *_fact_columns("reflection"),
        sa.ForeignKeyConstraint(
            ["route_item_id"],
            ["route_item.id"],
            name=op.f("fk_reflection_route_item_id_route_item"),
        ),
    )
    _indexes("reflection", ("partition", "student_id", "supersedes_id"))
    op.create_table(
        "student_goal",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column(
            "life_domain",
            sa.Enum(
                "werk",
                "leren",
                "wonen",
                "vrije tijd",
                "burgerschap",
                name="lifedomain",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_student_goal_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_student_goal_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_goal")),
    )
    _indexes("student_goal", ("partition", "student_id"))
    for table, (mutable, columns) in CAPTURED.items():
        for statement in text_trigger_ddl(table, columns, mutable):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for statement in drop_ddl(table):
            op.execute(statement)
    for table in ("student_goal", "reflection", "phase_change"):
        op.drop_table(table)
