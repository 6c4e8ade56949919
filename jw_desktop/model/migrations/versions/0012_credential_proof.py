"""The signed proof of an issued credential (model/proofs.py, docs/credentials.md): the
Open Badges 3.0 credential as a VC-JWT and the compact QR text, with the device that
signed them. Immutable and synced with the portfolio (its capture triggers as a fact's).

An enrolled laptop keeps its issuing attestation inside its central's sync_device.scope
JSON (sync/session.join): no column for it.

Revision ID: 0012_credential_proof
Revises: 0011_student_text
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0012_credential_proof"
down_revision = "0011_student_text"
branch_labels = None
depends_on = None

COLUMNS = ("issued_id", "signer_device", "jwt", "qr_text")


def upgrade() -> None:
    op.create_table(
        "credential_proof",
        sa.Column("issued_id", sa.Uuid(), nullable=False),
        sa.Column("signer_device", sa.String(length=32), nullable=False),
        sa.Column("jwt", sa.Text(), nullable=False),
        sa.Column("qr_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_id"],
            ["issued_credential.id"],
            name=op.f("fk_credential_proof_issued_id_issued_credential"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_proof")),
    )
    with op.batch_alter_table("credential_proof", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_proof_issued_id"), ["issued_id"], unique=True
        )
        batch_op.create_index(
            batch_op.f("ix_credential_proof_partition"), ["partition"], unique=False
        )
    for statement in text_trigger_ddl("credential_proof", COLUMNS, mutable=False):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_ddl("credential_proof"):
        op.execute(statement)
    op.drop_table("credential_proof")
