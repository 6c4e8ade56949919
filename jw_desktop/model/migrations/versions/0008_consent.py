"""Parents and carers, consent records and the route onward: three new synced tables of
a student's partition (student_contact, consent, student_plan), with their capture
triggers (docs/domain.md, "Parents, consent and the route onward").

Revision ID: 0008_consent
Revises: 0007_assessment
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0008_consent"
down_revision = "0007_assessment"
branch_labels = None
depends_on = None

# Frozen copies: a later change of the models never changes this revision.
CAPTURED: dict[str, tuple[bool, tuple[str, ...]]] = {
    "student_contact": (
        True,
        (
            "student_id",
            "name",
            "relation",
            "phone",
            "email",
            "parental_authority",
            "remark",
            "updated_at",
            "deleted",
            "id",
            "partition",
        ),
    ),
    "consent": (
        False,
        (
            "student_id",
            "recipient",
            "recipient_name",
            "company_id",
            "categories",
            "given_by",
            "given_by_name",
            "given_on",
            "valid_until",
            "recorded_at",
            "withdrawn",
            "recorded_by",
            "supersedes_id",
            "id",
            "partition",
        ),
    ),
    "student_plan": (
        True,
        (
            "student_id",
            "opp_goals",
            "trajectory",
            "partner_school",
            "partner_contact",
            "updated_at",
            "deleted",
            "id",
            "partition",
        ),
    ),
}


def _mutable() -> list[sa.Column[object]]:
    return [
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "student_contact",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "ouder",
                "verzorger",
                "voogd",
                "pleegouder",
                "anders",
                name="contactrelation",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("parental_authority", sa.Boolean(), nullable=False),
        sa.Column("remark", sa.String(length=500), nullable=False),
        *_mutable(),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_student_contact_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_contact")),
    )
    with op.batch_alter_table("student_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_contact_partition"), ["partition"])
        batch_op.create_index(batch_op.f("ix_student_contact_student_id"), ["student_id"])

    op.create_table(
        "consent",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column(
            "recipient",
            sa.Enum(
                "werkplek",
                "volgende school",
                "gemeente",
                name="consentrecipient",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column(
            "given_by",
            sa.Enum(
                "leerling", "ouder of verzorger", name="consentgiver", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("given_by_name", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_consent_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_consent_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_consent_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["consent.id"], name=op.f("fk_consent_supersedes_id_consent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_partition"), ["partition"])
        batch_op.create_index(batch_op.f("ix_consent_student_id"), ["student_id"])
        batch_op.create_index(batch_op.f("ix_consent_supersedes_id"), ["supersedes_id"])

    op.create_table(
        "student_plan",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("opp_goals", sa.Text(), nullable=False),
        sa.Column(
            "trajectory",
            sa.Enum(
                "vmbo-diploma, dan mbo 2",
                "geïntegreerde route mbo 2",
                "leerwerktraject met vmbo-examen",
                "leerwerktraject zonder vmbo-examen",
                "geïntegreerde route entree",
                "mbo 2 met meer tijd",
                "entreeopleiding in vso/pro",
                name="trajectorytype",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("partner_school", sa.String(length=200), nullable=False),
        sa.Column("partner_contact", sa.String(length=200), nullable=False),
        *_mutable(),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_student_plan_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_plan")),
    )
    with op.batch_alter_table("student_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_plan_partition"), ["partition"])
        batch_op.create_index(batch_op.f("ix_student_plan_student_id"), ["student_id"])

    for table, (mutable, columns) in CAPTURED.items():
        for statement in text_trigger_ddl(table, columns, mutable):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for statement in drop_ddl(table):
            op.execute(statement)
        op.drop_table(table)
