"""Initial schema: catalogue, people, routes, progress, portfolio, audit.

Revision ID: 0001_schema
Revises:
Create Date: 2026-11-22 14:52:10.492587
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "picture",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_picture")),
        sa.UniqueConstraint("sha256", name=op.f("uq_picture_sha256")),
    )
    with op.batch_alter_table("picture", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_picture_partition"), ["partition"], unique=False)

    op.create_table(
        "qualification",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("crebo", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification")),
        sa.UniqueConstraint("crebo", name=op.f("uq_qualification_crebo")),
    )
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qualification_partition"), ["partition"], unique=False)

    op.create_table(
        "school",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school")),
    )
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_partition"), ["partition"], unique=False)

    op.create_table(
        "sector",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector")),
        sa.UniqueConstraint("key", name=op.f("uq_sector_key")),
    )
    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sector_partition"), ["partition"], unique=False)

    op.create_table(
        "company",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_company_school_id_school")
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_company_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_school_id"), ["school_id"], unique=False)

    op.create_table(
        "competence",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kerndoel",
                "gedragskenmerk",
                "gedragscriterium",
                "werkproces",
                "werknemersvaardigheid",
                name="competencekind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("qualification_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["competence.id"], name=op.f("fk_competence_parent_id_competence")
        ),
        sa.ForeignKeyConstraint(
            ["qualification_id"],
            ["qualification.id"],
            name=op.f("fk_competence_qualification_id_qualification"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence")),
        sa.UniqueConstraint("code", name=op.f("uq_competence_code")),
    )
    with op.batch_alter_table("competence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competence_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_competence_partition"), ["partition"], unique=False)

    op.create_table(
        "staff",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("docent", "jobcoach", "beheerder", name="role", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_staff_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("email", name=op.f("uq_staff_email")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_school_id"), ["school_id"], unique=False)

    op.create_table(
        "theme",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_theme_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("key", name=op.f("uq_theme_key")),
    )
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_theme_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_theme_sector_id"), ["sector_id"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_audit_entry_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_partition"), ["partition"], unique=False)

    op.create_table(
        "card",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "card_type",
            sa.Enum(
                "instapvragen",
                "leskaart",
                "instructiekaart",
                "werkopdracht",
                "eindwerkopdracht",
                name="cardtype",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=True),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_card_sector_id_sector")
        ),
        sa.ForeignKeyConstraint(["theme_id"], ["theme.id"], name=op.f("fk_card_theme_id_theme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
        sa.UniqueConstraint("code", name=op.f("uq_card_code")),
    )
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_card_type"), ["card_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_phase"), ["phase"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_sector_id"), ["sector_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "school_group",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["staff.id"], name=op.f("fk_school_group_mentor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_school_group_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_group")),
    )
    with op.batch_alter_table("school_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_group_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_school_group_school_id"), ["school_id"], unique=False)

    op.create_table(
        "workplace_supervisor",
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_workplace_supervisor_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplace_supervisor")),
    )
    with op.batch_alter_table("workplace_supervisor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workplace_supervisor_company_id"), ["company_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workplace_supervisor_partition"), ["partition"], unique=False
        )

    op.create_table(
        "card_version",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_card_version_card_id_card")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_version")),
        sa.UniqueConstraint("card_id", "number", name=op.f("uq_card_version_card_id")),
    )
    with op.batch_alter_table("card_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_version_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_version_partition"), ["partition"], unique=False)

    op.create_table(
        "credential_definition",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "praktijkbewijs",
                "branchecertificaat",
                "praktijkverklaring",
                "mbo-diploma",
                name="credentialkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=True),
        sa.Column("assessed_by_card_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessed_by_card_id"],
            ["card.id"],
            name=op.f("fk_credential_definition_assessed_by_card_id_card"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_credential_definition_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_definition")),
        sa.UniqueConstraint("key", name=op.f("uq_credential_definition_key")),
    )
    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_definition_partition"), ["partition"], unique=False
        )

    op.create_table(
        "student",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column(
            "uitstroomprofiel",
            sa.Enum(
                "arbeidsmarkt",
                "dagbesteding",
                "vervolgonderwijs",
                name="uitstroomprofiel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["staff.id"], name=op.f("fk_student_contact_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["school_group.id"], name=op.f("fk_student_group_id_school_group")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_student_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_student_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_student_school_id"), ["school_id"], unique=False)

    op.create_table(
        "card_competence",
        sa.Column("card_version_id", sa.Uuid(), nullable=False),
        sa.Column("competence_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_version_id"],
            ["card_version.id"],
            name=op.f("fk_card_competence_card_version_id_card_version"),
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_card_competence_competence_id_competence"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_competence")),
        sa.UniqueConstraint(
            "card_version_id", "competence_id", name=op.f("uq_card_competence_card_version_id")
        ),
    )
    with op.batch_alter_table("card_competence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_card_competence_card_version_id"), ["card_version_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_card_competence_competence_id"), ["competence_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_card_competence_partition"), ["partition"], unique=False
        )

    op.create_table(
        "card_component",
        sa.Column("card_version_id", sa.Uuid(), nullable=False),
        sa.Column("component_card_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_version_id"],
            ["card_version.id"],
            name=op.f("fk_card_component_card_version_id_card_version"),
        ),
        sa.ForeignKeyConstraint(
            ["component_card_id"],
            ["card.id"],
            name=op.f("fk_card_component_component_card_id_card"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_component")),
    )
    with op.batch_alter_table("card_component", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_card_component_card_version_id"), ["card_version_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_card_component_partition"), ["partition"], unique=False
        )

    op.create_table(
        "card_element",
        sa.Column("card_version_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("vraag", "stap", "criterium", name="elementkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("picture_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_version_id"],
            ["card_version.id"],
            name=op.f("fk_card_element_card_version_id_card_version"),
        ),
        sa.ForeignKeyConstraint(
            ["picture_id"], ["picture.id"], name=op.f("fk_card_element_picture_id_picture")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_element")),
    )
    with op.batch_alter_table("card_element", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_card_element_card_version_id"), ["card_version_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_card_element_partition"), ["partition"], unique=False)

    op.create_table(
        "credential_component",
        sa.Column("credential_id", sa.Uuid(), nullable=False),
        sa.Column("component_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["credential_definition.id"],
            name=op.f("fk_credential_component_component_id_credential_definition"),
        ),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["credential_definition.id"],
            name=op.f("fk_credential_component_credential_id_credential_definition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_component")),
        sa.UniqueConstraint(
            "credential_id", "component_id", name=op.f("uq_credential_component_credential_id")
        ),
    )
    with op.batch_alter_table("credential_component", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_component_credential_id"), ["credential_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_credential_component_partition"), ["partition"], unique=False
        )

    op.create_table(
        "issued_credential",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("credential_id", sa.Uuid(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["credential_definition.id"],
            name=op.f("fk_issued_credential_credential_id_credential_definition"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_issued_credential_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_issued_credential_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["issued_credential.id"],
            name=op.f("fk_issued_credential_supersedes_id_issued_credential"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_credential")),
    )
    with op.batch_alter_table("issued_credential", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_credential_partition"), ["partition"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_credential_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_credential_supersedes_id"), ["supersedes_id"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column(
            "category",
            sa.Enum("werk", "zorg", name="notecategory", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("topic", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_note_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_note_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["note.id"], name=op.f("fk_note_supersedes_id_note")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_student_id"), ["student_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_supersedes_id"), ["supersedes_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("supervisor_id", sa.Uuid(), nullable=True),
        sa.Column("jobcoach_id", sa.Uuid(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column(
            "model",
            sa.Enum("lint", "sandwich", name="placementmodel", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("days_per_week", sa.Integer(), nullable=False),
        sa.Column("hours_required", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_placement_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["jobcoach_id"], ["staff.id"], name=op.f("fk_placement_jobcoach_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_placement_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["workplace_supervisor.id"],
            name=op.f("fk_placement_supervisor_id_workplace_supervisor"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_jobcoach_id"), ["jobcoach_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_student_id"), ["student_id"], unique=False)

    op.create_table(
        "route",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("target_credential_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_route_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["target_credential_id"],
            ["credential_definition.id"],
            name=op.f("fk_route_target_credential_id_credential_definition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_route")),
        sa.UniqueConstraint("student_id", name=op.f("uq_route_student_id")),
    )
    with op.batch_alter_table("route", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_route_partition"), ["partition"], unique=False)

    op.create_table(
        "template_route",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credential_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["credential_definition.id"],
            name=op.f("fk_template_route_credential_id_credential_definition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_route")),
        sa.UniqueConstraint("name", name=op.f("uq_template_route_name")),
    )
    with op.batch_alter_table("template_route", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_template_route_partition"), ["partition"], unique=False
        )

    op.create_table(
        "hours_entry",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_hours_entry_placement_id_placement")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_hours_entry_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_hours_entry_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["hours_entry.id"],
            name=op.f("fk_hours_entry_supersedes_id_hours_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_entry")),
    )
    with op.batch_alter_table("hours_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hours_entry_partition"), ["partition"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_hours_entry_placement_id"), ["placement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_hours_entry_student_id"), ["student_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_hours_entry_supersedes_id"), ["supersedes_id"], unique=False
        )

    op.create_table(
        "observation",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("element_id", sa.Uuid(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column(
            "setting",
            sa.Enum("school", "werkplek", name="setting", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("observed_by", sa.Uuid(), nullable=True),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("self_assessment", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["element_id"], ["card_element.id"], name=op.f("fk_observation_element_id_card_element")
        ),
        sa.ForeignKeyConstraint(
            ["observed_by"], ["staff.id"], name=op.f("fk_observation_observed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_observation_recorded_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_observation_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["observation.id"],
            name=op.f("fk_observation_supersedes_id_observation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observation_partition"), ["partition"], unique=False)
        batch_op.create_index(
            "ix_observation_student_element", ["student_id", "element_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_supersedes_id"), ["supersedes_id"], unique=False
        )

    op.create_table(
        "route_item",
        sa.Column("route_id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("card_version", sa.Integer(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=True),
        sa.Column("order_key", sa.String(length=80), nullable=False),
        sa.Column(
            "status",
            sa.Enum("gepland", "bezig", "klaar", name="itemstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["card_id"], ["card.id"], name=op.f("fk_route_item_card_id_card")),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_route_item_route_id_route")
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["theme.id"], name=op.f("fk_route_item_theme_id_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_route_item")),
    )
    with op.batch_alter_table("route_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_route_item_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_route_item_partition"), ["partition"], unique=False)
        batch_op.create_index(batch_op.f("ix_route_item_route_id"), ["route_id"], unique=False)

    op.create_table(
        "template_item",
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=True),
        sa.Column("order_key", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_template_item_card_id_card")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template_route.id"],
            name=op.f("fk_template_item_template_id_template_route"),
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["theme.id"], name=op.f("fk_template_item_theme_id_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_item")),
    )
    with op.batch_alter_table("template_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_item_partition"), ["partition"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_template_item_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "credential_evidence",
        sa.Column("issued_id", sa.Uuid(), nullable=False),
        sa.Column("observation_id", sa.Uuid(), nullable=True),
        sa.Column("component_issued_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["component_issued_id"],
            ["issued_credential.id"],
            name=op.f("fk_credential_evidence_component_issued_id_issued_credential"),
        ),
        sa.ForeignKeyConstraint(
            ["issued_id"],
            ["issued_credential.id"],
            name=op.f("fk_credential_evidence_issued_id_issued_credential"),
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_credential_evidence_observation_id_observation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_evidence")),
    )
    with op.batch_alter_table("credential_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_evidence_issued_id"), ["issued_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_credential_evidence_partition"), ["partition"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("credential_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credential_evidence_partition"))
        batch_op.drop_index(batch_op.f("ix_credential_evidence_issued_id"))

    op.drop_table("credential_evidence")
    with op.batch_alter_table("template_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_item_template_id"))
        batch_op.drop_index(batch_op.f("ix_template_item_partition"))

    op.drop_table("template_item")
    with op.batch_alter_table("route_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_route_item_route_id"))
        batch_op.drop_index(batch_op.f("ix_route_item_partition"))
        batch_op.drop_index(batch_op.f("ix_route_item_card_id"))

    op.drop_table("route_item")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_supersedes_id"))
        batch_op.drop_index("ix_observation_student_element")
        batch_op.drop_index(batch_op.f("ix_observation_partition"))

    op.drop_table("observation")
    with op.batch_alter_table("hours_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hours_entry_supersedes_id"))
        batch_op.drop_index(batch_op.f("ix_hours_entry_student_id"))
        batch_op.drop_index(batch_op.f("ix_hours_entry_placement_id"))
        batch_op.drop_index(batch_op.f("ix_hours_entry_partition"))

    op.drop_table("hours_entry")
    with op.batch_alter_table("template_route", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_route_partition"))

    op.drop_table("template_route")
    with op.batch_alter_table("route", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_route_partition"))

    op.drop_table("route")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_student_id"))
        batch_op.drop_index(batch_op.f("ix_placement_partition"))
        batch_op.drop_index(batch_op.f("ix_placement_jobcoach_id"))
        batch_op.drop_index(batch_op.f("ix_placement_company_id"))

    op.drop_table("placement")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_supersedes_id"))
        batch_op.drop_index(batch_op.f("ix_note_student_id"))
        batch_op.drop_index(batch_op.f("ix_note_partition"))

    op.drop_table("note")
    with op.batch_alter_table("issued_credential", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_credential_supersedes_id"))
        batch_op.drop_index(batch_op.f("ix_issued_credential_student_id"))
        batch_op.drop_index(batch_op.f("ix_issued_credential_partition"))

    op.drop_table("issued_credential")
    with op.batch_alter_table("credential_component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credential_component_partition"))
        batch_op.drop_index(batch_op.f("ix_credential_component_credential_id"))

    op.drop_table("credential_component")
    with op.batch_alter_table("card_element", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_element_partition"))
        batch_op.drop_index(batch_op.f("ix_card_element_card_version_id"))

    op.drop_table("card_element")
    with op.batch_alter_table("card_component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_component_partition"))
        batch_op.drop_index(batch_op.f("ix_card_component_card_version_id"))

    op.drop_table("card_component")
    with op.batch_alter_table("card_competence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_competence_partition"))
        batch_op.drop_index(batch_op.f("ix_card_competence_competence_id"))
        batch_op.drop_index(batch_op.f("ix_card_competence_card_version_id"))

    op.drop_table("card_competence")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_school_id"))
        batch_op.drop_index(batch_op.f("ix_student_partition"))
        batch_op.drop_index(batch_op.f("ix_student_group_id"))

    op.drop_table("student")
    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credential_definition_partition"))

    op.drop_table("credential_definition")
    with op.batch_alter_table("card_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_version_partition"))
        batch_op.drop_index(batch_op.f("ix_card_version_card_id"))

    op.drop_table("card_version")
    with op.batch_alter_table("workplace_supervisor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workplace_supervisor_partition"))
        batch_op.drop_index(batch_op.f("ix_workplace_supervisor_company_id"))

    op.drop_table("workplace_supervisor")
    with op.batch_alter_table("school_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_group_school_id"))
        batch_op.drop_index(batch_op.f("ix_school_group_partition"))

    op.drop_table("school_group")
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_theme_id"))
        batch_op.drop_index(batch_op.f("ix_card_sector_id"))
        batch_op.drop_index(batch_op.f("ix_card_phase"))
        batch_op.drop_index(batch_op.f("ix_card_partition"))
        batch_op.drop_index(batch_op.f("ix_card_card_type"))

    op.drop_table("card")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_partition"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theme_sector_id"))
        batch_op.drop_index(batch_op.f("ix_theme_partition"))

    op.drop_table("theme")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_school_id"))
        batch_op.drop_index(batch_op.f("ix_staff_partition"))

    op.drop_table("staff")
    with op.batch_alter_table("competence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competence_partition"))
        batch_op.drop_index(batch_op.f("ix_competence_parent_id"))

    op.drop_table("competence")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_school_id"))
        batch_op.drop_index(batch_op.f("ix_company_partition"))

    op.drop_table("company")
    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sector_partition"))

    op.drop_table("sector")
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_partition"))

    op.drop_table("school")
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qualification_partition"))

    op.drop_table("qualification")
    with op.batch_alter_table("picture", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_picture_partition"))

    op.drop_table("picture")
