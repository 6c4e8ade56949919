"""Real assessment: assessment moments with their assessors and results per criterion,
a diploma's other exam parts and their results, the werkprocessen a credential names, the
issuing body of a definition (catalogue) and of an issued credential, and evidence that
points at assessment results and exam parts (docs/domain.md "Credentials").

Revision ID: 0007_assessment
Revises: 0006_qualifications
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0007_assessment"
down_revision = "0006_qualifications"
branch_labels = None
depends_on = None

_FACT = ("recorded_at", "withdrawn", "recorded_by", "supersedes_id")

# Synced tables this revision changes (mutable, columns after it), then the new ones.
CHANGED: dict[str, tuple[bool, tuple[str, ...]]] = {
    "credential_definition": (
        True,
        (
            "key",
            "kind",
            "name",
            "description",
            "sector_id",
            "assessed_by_card_id",
            "issuer_name",
            "deleted",
        ),
    ),
    "issued_credential": (
        False,
        (
            "student_id",
            "credential_id",
            "issued_on",
            "issuer_kind",
            "issuer_name",
            "reference",
            *_FACT,
        ),
    ),
    "credential_evidence": (
        False,
        (
            "issued_id",
            "observation_id",
            "component_issued_id",
            "assessment_result_id",
            "exam_part_result_id",
            "description",
        ),
    ),
}
BEFORE: dict[str, tuple[str, ...]] = {
    "credential_definition": (
        "key",
        "kind",
        "name",
        "description",
        "sector_id",
        "assessed_by_card_id",
        "deleted",
    ),
    "issued_credential": ("student_id", "credential_id", "issued_on", *_FACT),
    "credential_evidence": ("issued_id", "observation_id", "component_issued_id", "description"),
}
NEW: dict[str, tuple[bool, tuple[str, ...]]] = {
    "credential_competence": (False, ("credential_id", "competence_id")),
    "credential_exam_part": (False, ("credential_id", "name", "position")),
    "assessment": (
        False,
        ("student_id", "card_id", "card_version", "held_on", "place", "remark", *_FACT),
    ),
    "assessment_assessor": (
        False,
        ("assessment_id", "staff_id", "supervisor_id", "name", "organisation"),
    ),
    "assessment_result": (False, ("assessment_id", "element_id", "passed")),
    "exam_part_result": (
        False,
        ("student_id", "exam_part_id", "passed_on", "examined_by", *_FACT),
    ),
}


def _keyed() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
    ]


def _fact(table: str) -> list[sa.Column[object]]:
    return [
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        *_keyed(),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("partition", *columns):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "credential_competence",
        sa.Column("credential_id", sa.Uuid(), nullable=False),
        sa.Column("competence_id", sa.Uuid(), nullable=False),
        *_keyed(),
        _fk("credential_competence", "competence_id", "competence"),
        _fk("credential_competence", "credential_id", "credential_definition"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_competence")),
        sa.UniqueConstraint(
            "credential_id",
            "competence_id",
            name=op.f("uq_credential_competence_credential_id"),
        ),
    )
    _indexes("credential_competence", "competence_id", "credential_id")
    op.create_table(
        "credential_exam_part",
        sa.Column("credential_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_keyed(),
        _fk("credential_exam_part", "credential_id", "credential_definition"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_exam_part")),
        sa.UniqueConstraint(
            "credential_id", "name", name=op.f("uq_credential_exam_part_credential_id")
        ),
    )
    _indexes("credential_exam_part", "credential_id")
    op.create_table(
        "assessment",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("card_version", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        *_fact("assessment"),
        _fk("assessment", "card_id", "card"),
        _fk("assessment", "recorded_by", "staff"),
        _fk("assessment", "student_id", "student"),
        _fk("assessment", "supersedes_id", "assessment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    _indexes("assessment", "student_id", "supersedes_id")
    op.create_table(
        "assessment_assessor",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("supervisor_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        *_keyed(),
        _fk("assessment_assessor", "assessment_id", "assessment"),
        _fk("assessment_assessor", "staff_id", "staff"),
        _fk("assessment_assessor", "supervisor_id", "workplace_supervisor"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_assessor")),
    )
    _indexes("assessment_assessor", "assessment_id")
    op.create_table(
        "assessment_result",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("element_id", sa.Uuid(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        *_keyed(),
        _fk("assessment_result", "assessment_id", "assessment"),
        _fk("assessment_result", "element_id", "card_element"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_result")),
        sa.UniqueConstraint(
            "assessment_id", "element_id", name=op.f("uq_assessment_result_assessment_id")
        ),
    )
    _indexes("assessment_result", "assessment_id")
    op.create_table(
        "exam_part_result",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("exam_part_id", sa.Uuid(), nullable=False),
        sa.Column("passed_on", sa.Date(), nullable=False),
        sa.Column("examined_by", sa.String(length=200), nullable=False),
        *_fact("exam_part_result"),
        _fk("exam_part_result", "exam_part_id", "credential_exam_part"),
        _fk("exam_part_result", "recorded_by", "staff"),
        _fk("exam_part_result", "student_id", "student"),
        _fk("exam_part_result", "supersedes_id", "exam_part_result"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_part_result")),
    )
    _indexes("exam_part_result", "student_id", "supersedes_id")

    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("issuer_name", sa.String(length=200), nullable=False, server_default="")
        )
    # A plain ADD COLUMN, not batch mode: rebuilding the table would write its foreign keys
    # in an order that changes from run to run (Alembic gathers them from a set), so two
    # stores upgraded alike would differ in their schema text.
    for column, target in (
        ("assessment_result_id", "assessment_result"),
        ("exam_part_result_id", "exam_part_result"),
    ):
        op.execute(
            f"ALTER TABLE credential_evidence ADD COLUMN {column} CHAR(32) REFERENCES {target} (id)"
        )
    with op.batch_alter_table("issued_credential", schema=None) as batch_op:
        # Credentials issued before this revision were issued by the school itself.
        batch_op.add_column(
            sa.Column(
                "issuer_kind",
                sa.Enum(
                    "school",
                    "branche",
                    "mbo-school",
                    name="issuerkind",
                    native_enum=False,
                    length=24,
                ),
                nullable=False,
                server_default="school",
            )
        )
        batch_op.add_column(
            sa.Column("issuer_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("reference", sa.String(length=100), nullable=False, server_default="")
        )
    # batch_alter_table may rebuild a table, which drops its triggers: make them anew with
    # the new columns; the new tables get theirs.
    for table, (mutable, columns) in {**CHANGED, **NEW}.items():
        for statement in drop_ddl(table) + text_trigger_ddl(table, columns, mutable):
            op.execute(statement)


def downgrade() -> None:
    for table in NEW:
        for statement in drop_ddl(table):
            op.execute(statement)
    with op.batch_alter_table("issued_credential", schema=None) as batch_op:
        batch_op.drop_column("reference")
        batch_op.drop_column("issuer_name")
        batch_op.drop_column("issuer_kind")
    with op.batch_alter_table("credential_evidence", schema=None) as batch_op:
        batch_op.drop_column("exam_part_result_id")  # and its (unnamed) foreign key
        batch_op.drop_column("assessment_result_id")
    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.drop_column("issuer_name")
    for table in ("exam_part_result", "assessment_result", "assessment_assessor", "assessment"):
        op.drop_table(table)
    op.drop_table("credential_exam_part")
    op.drop_table("credential_competence")
    for table, columns in BEFORE.items():
        for statement in drop_ddl(table) + text_trigger_ddl(table, columns, CHANGED[table][0]):
            op.execute(statement)
