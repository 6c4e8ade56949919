"""The student's own wording of a step or criterion ("Ik voel ..."), for the student view:
card_element.student_text, empty for what a catalogue publishes without it.

card_element is published content: its capture triggers name no columns (a rewrite of a
row travels whole), so adding a column leaves them as they are.

Revision ID: 0011_student_text
Revises: 0010_placements
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_student_text"
down_revision = "0010_placements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "card_element", sa.Column("student_text", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("card_element", schema=None) as batch_op:
        batch_op.drop_column("student_text")
