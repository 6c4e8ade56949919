"""The qualification structure: competence codes unique per kwalificatiedossier instead of
globally, basisdeel/profieldeel on competences, links between competences with their source
(competence_link), and the further sectors of a card (card_sector).

The competence table is rebuilt (a UNIQUE constraint cannot be dropped in SQLite). Foreign
keys stay on during upgrades, so the rows are held in a temporary table while the old table
is dropped, and put back into the new one, which satisfies the deferred references of
card_competence and of the competences' own parents again. The rebuild drops the table's
capture triggers: they are made anew, and the two new synced tables get theirs.

Revision ID: 0006_qualifications
Revises: 0005_refusals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl

revision = "0006_qualifications"
down_revision = "0005_refusals"
branch_labels = None
depends_on = None

# Frozen copies of the captured columns as of this revision.
COMPETENCE_COLUMNS = (
    "code",
    "kind",
    "title",
    "parent_id",
    "qualification_id",
    "part",
    "profile",
    "deleted",
)
OLD_COMPETENCE_COLUMNS = ("code", "kind", "title", "parent_id", "qualification_id", "deleted")
NEW_TABLES = {
    "competence_link": ("from_id", "to_id", "source", "deleted"),
    "card_sector": ("card_id", "sector_id", "deleted"),
}
_COMMON = ("updated_at", "deleted", "id", "partition")

KINDS = (
    "kerndoel",
    "gedragskenmerk",
    "gedragscriterium",
    "kerntaak",
    "werkproces",
    "werknemersvaardigheid",
)


def _competence_table(name: str, kinds: tuple[str, ...], new: bool) -> None:
    columns: list[sa.Column[object]] = [
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*kinds, name="competencekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("qualification_id", sa.Uuid(), nullable=True),
    ]
    if new:
        columns += [
            sa.Column(
                "part",
                sa.Enum(
                    "basisdeel",
                    "profieldeel",
                    name="qualificationpart",
                    native_enum=False,
                    length=24,
                ),
                nullable=True,
            ),
            sa.Column("profile", sa.String(length=120), nullable=False),
        ]
    unique: sa.UniqueConstraint = (
        sa.UniqueConstraint("qualification_id", "code", name="uq_competence_qualification_id")
        if new
        else sa.UniqueConstraint("code", name="uq_competence_code")
    )
    op.create_table(
        name,
        *columns,
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["competence.id"], name="fk_competence_parent_id_competence"
        ),
        sa.ForeignKeyConstraint(
            ["qualification_id"],
            ["qualification.id"],
            name="fk_competence_qualification_id_qualification",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_competence"),
        unique,
    )


def _rebuild_competence(kinds: tuple[str, ...], new: bool, copy: str) -> None:
    """Replace the competence table by one of the given shape, keeping its rows."""
    for statement in drop_ddl("competence"):
        op.execute(statement)
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute("CREATE TEMP TABLE competence_hold AS SELECT * FROM competence")
    _competence_table("competence_rebuilt", kinds, new)
    op.drop_table("competence")
    op.rename_table("competence_rebuilt", "competence")
    op.execute(copy)
    op.execute("DROP TABLE competence_hold")
    op.create_index("ix_competence_parent_id", "competence", ["parent_id"])
    op.create_index("ix_competence_partition", "competence", ["partition"])


def upgrade() -> None:
    _rebuild_competence(
        KINDS,
        True,
        "INSERT INTO competence (code, kind, title, parent_id, qualification_id, part, profile, "
        "updated_at, deleted, id, partition) SELECT code, kind, title, parent_id, "
        "qualification_id, NULL, '', updated_at, deleted, id, partition FROM competence_hold",
    )
    op.create_index(
        "uq_competence_code_outside_dossier",
        "competence",
        ["code"],
        unique=True,
        sqlite_where=sa.text("qualification_id IS NULL"),
    )
    for statement in text_trigger_ddl("competence", COMPETENCE_COLUMNS, True):
        op.execute(statement)

    op.create_table(
        "competence_link",
        sa.Column("from_id", sa.Uuid(), nullable=False),
        sa.Column("to_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_id"], ["competence.id"], name=op.f("fk_competence_link_from_id_competence")
        ),
        sa.ForeignKeyConstraint(
            ["to_id"], ["competence.id"], name=op.f("fk_competence_link_to_id_competence")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence_link")),
        sa.UniqueConstraint("from_id", "to_id", name=op.f("uq_competence_link_from_id")),
    )
    for column in ("from_id", "to_id", "partition"):
        op.create_index(f"ix_competence_link_{column}", "competence_link", [column])

    op.create_table(
        "card_sector",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("sector_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["card_id"], ["card.id"], name=op.f("fk_card_sector_card_id_card")),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_card_sector_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_sector")),
        sa.UniqueConstraint("card_id", "sector_id", name=op.f("uq_card_sector_card_id")),
    )
    for column in ("card_id", "sector_id", "partition"):
        op.create_index(f"ix_card_sector_{column}", "card_sector", [column])

    for table, columns in NEW_TABLES.items():
        for statement in text_trigger_ddl(table, columns, True):
            op.execute(statement)


def downgrade() -> None:
    for table in NEW_TABLES:
        for statement in drop_ddl(table):
            op.execute(statement)
    op.drop_table("card_sector")
    op.drop_table("competence_link")
    op.drop_index("uq_competence_code_outside_dossier", "competence")
    # Back to one code per competence: the rebuild fails (and changes nothing) when two
    # dossiers share a code; kerntaken have no kind of their own before this revision.
    _rebuild_competence(
        tuple(k for k in KINDS if k != "kerntaak"),
        False,
        "INSERT INTO competence (code, kind, title, parent_id, qualification_id, updated_at, "
        "deleted, id, partition) SELECT code, kind, title, parent_id, qualification_id, "
        "updated_at, deleted, id, partition FROM competence_hold",
    )
    for statement in text_trigger_ddl("competence", OLD_COMPETENCE_COLUMNS, True):
        op.execute(statement)
