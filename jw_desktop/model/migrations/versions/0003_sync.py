"""Sync machinery: change capture triggers, clocks, version vectors, conflicts, enrolled
devices; and two indexes for progress reports.

Revision ID: 0003_sync
Revises: 0002_card_search
Create Date: 2026-11-22 15:14:55.476135
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import TICK_SQL, VERSION_SQL, drop_ddl, now_ms, text_trigger_ddl

revision = "0003_sync"
down_revision = "0002_card_search"
branch_labels = None
depends_on = None

# The synced tables and their columns as of this revision (mutable, columns). A later
# revision that changes a table's columns drops and recreates that table's triggers.
CAPTURED: dict[str, tuple[bool, tuple[str, ...]]] = {
    "sector": (True, ("key", "name", "deleted")),
    "theme": (True, ("key", "name", "sector_id", "deleted")),
    "qualification": (True, ("name", "crebo", "deleted")),
    "competence": (True, ("code", "kind", "title", "parent_id", "qualification_id", "deleted")),
    "picture": (False, ("sha256", "mime", "data")),
    "card": (
        True,
        ("code", "card_type", "sector_id", "theme_id", "phase", "current_version", "deleted"),
    ),
    "card_version": (
        False,
        ("card_id", "number", "title", "summary", "body", "tags", "published_on"),
    ),
    "card_element": (False, ("card_version_id", "kind", "position", "text", "picture_id")),
    "card_component": (False, ("card_version_id", "component_card_id", "position")),
    "card_competence": (False, ("card_version_id", "competence_id")),
    "credential_definition": (
        True,
        ("key", "kind", "name", "description", "sector_id", "assessed_by_card_id", "deleted"),
    ),
    "credential_component": (False, ("credential_id", "component_id")),
    "observation": (
        False,
        (
            "student_id",
            "element_id",
            "level",
            "setting",
            "observed_by",
            "observed_on",
            "remark",
            "self_assessment",
            "recorded_at",
            "withdrawn",
            "recorded_by",
            "supersedes_id",
        ),
    ),
    "hours_entry": (
        False,
        (
            "placement_id",
            "student_id",
            "worked_on",
            "minutes",
            "remark",
            "recorded_at",
            "withdrawn",
            "recorded_by",
            "supersedes_id",
        ),
    ),
    "note": (
        False,
        (
            "student_id",
            "category",
            "text",
            "follow_up_on",
            "topic",
            "recorded_at",
            "withdrawn",
            "recorded_by",
            "supersedes_id",
        ),
    ),
    "school": (True, ("name", "city", "deleted")),
    "staff": (True, ("school_id", "name", "email", "role", "deleted")),
    "school_group": (True, ("school_id", "name", "phase", "mentor_id", "deleted")),
    "student": (
        True,
        (
            "school_id",
            "group_id",
            "first_name",
            "last_name",
            "birth_date",
            "phase",
            "uitstroomprofiel",
            "contact_id",
            "deleted",
        ),
    ),
    "company": (True, ("school_id", "name", "sector_id", "city", "deleted")),
    "workplace_supervisor": (True, ("company_id", "name", "phone", "email", "deleted")),
    "placement": (
        True,
        (
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
        ),
    ),
    "issued_credential": (
        False,
        (
            "student_id",
            "credential_id",
            "issued_on",
            "recorded_at",
            "withdrawn",
            "recorded_by",
            "supersedes_id",
        ),
    ),
    "credential_evidence": (
        False,
        ("issued_id", "observation_id", "component_issued_id", "description"),
    ),
    "route": (True, ("student_id", "target_credential_id", "deleted")),
    "route_item": (
        True,
        (
            "route_id",
            "card_id",
            "card_version",
            "phase",
            "theme_id",
            "order_key",
            "status",
            "planned_on",
            "started_on",
            "done_on",
            "deleted",
        ),
    ),
    "template_route": (True, ("name", "credential_id", "deleted")),
    "template_item": (False, ("template_id", "card_id", "phase", "theme_id", "order_key")),
    "audit_entry": (False, ("at", "actor_id", "action", "entity", "entity_id", "summary")),
    "sync_conflict": (
        True,
        (
            "tbl",
            "pk",
            "col",
            "kind",
            "losing_value",
            "losing_version",
            "losing_origin",
            "winning_version",
            "winning_origin",
            "detected_at",
            "resolved",
            "resolution",
            "deleted",
        ),
    ),
}


def upgrade() -> None:
    op.create_table(
        "sync_applied",
        sa.Column("bundle_id", sa.String(length=32), nullable=False),
        sa.Column("chunk", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", "chunk", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_clock",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=32), nullable=False),
        sa.Column("col", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("base_version", sa.String(length=24), nullable=True),
        sa.Column("base_origin", sa.String(length=32), nullable=True),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "pk", "col", name=op.f("pk_sync_clock")),
    )
    with op.batch_alter_table("sync_clock", schema=None) as batch_op:
        batch_op.create_index("ix_sync_clock_origin_version", ["origin", "version"], unique=False)
        batch_op.create_index(
            "ix_sync_clock_tbl_origin_version", ["tbl", "origin", "version"], unique=False
        )
        batch_op.create_index("ix_sync_clock_partition", ["partition"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=32), nullable=False),
        sa.Column("col", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("losing_value", sa.Text(), nullable=False),
        sa.Column("losing_version", sa.String(length=24), nullable=False),
        sa.Column("losing_origin", sa.String(length=32), nullable=False),
        sa.Column("winning_version", sa.String(length=24), nullable=False),
        sa.Column("winning_origin", sa.String(length=32), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("partition", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_partition"), ["partition"], unique=False)

    op.create_table(
        "sync_device",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sign_key", sa.LargeBinary(), nullable=False),
        sa.Column("box_key", sa.LargeBinary(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("revoked", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_local",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("wall", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_local_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_local")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("partitions", sa.Text(), nullable=False),
        sa.Column("sent", sa.Text(), nullable=False),
        sa.Column("last_sync", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("peer_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_pending",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=32), nullable=False),
        sa.Column("col", sa.String(length=40), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "pk", "col", name=op.f("pk_sync_pending")),
    )
    op.create_table(
        "sync_vector",
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_sync_vector")),
    )
    with op.batch_alter_table("credential_component", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_component_component_id"), ["component_id"], unique=False
        )

    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_definition_assessed_by_card_id"),
            ["assessed_by_card_id"],
            unique=False,
        )

    op.execute(
        "INSERT INTO sync_local (id, device_id, wall, counter, applying) "
        "VALUES (1, lower(hex(randomblob(16))), 0, 0, 0)"
    )
    op.execute(TICK_SQL.replace(":now", str(now_ms())))
    for table, (mutable, columns) in CAPTURED.items():
        # Rows made before capture existed get a creation version now, so they travel too.
        op.execute(
            "INSERT INTO sync_clock (tbl, pk, col, version, origin, partition) "
            f"SELECT '{table}', t.id, '*', {VERSION_SQL}, l.device_id, t.partition "
            f"FROM {table} t JOIN sync_local l ON l.id = 1"
        )
        for statement in text_trigger_ddl(table, columns, mutable):
            op.execute(statement)


def downgrade() -> None:
    for table in CAPTURED:
        for statement in drop_ddl(table):
            op.execute(statement)
    with op.batch_alter_table("credential_definition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credential_definition_assessed_by_card_id"))

    with op.batch_alter_table("credential_component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credential_component_component_id"))

    op.drop_table("sync_vector")
    op.drop_table("sync_pending")
    op.drop_table("sync_peer")
    op.drop_table("sync_local")
    op.drop_table("sync_device")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_partition"))

    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_clock", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_clock_partition")
        batch_op.drop_index("ix_sync_clock_origin_version")

    op.drop_table("sync_clock")
    op.drop_table("sync_applied")
