"""A lean change log (issue 13): sync_clock keeps a version as two integers (wall,
counter), its origin device and partition as small ids into sync_origin and
sync_partition (the text once there), and only the indexes a query needs: the key
(tbl, pk, col), (origin_id, wall, counter) and partition_id. Observations lose their
partition index (only a purge looks them up by partition).

Every clock row is copied with its version, origin, base and partition exactly; the
capture triggers of every captured table are reinstalled for the new layout.

Revision ID: 0014_lean_change_log
Revises: 0013_enrolment_ticket
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jw_desktop.model.capture import drop_ddl, text_trigger_ddl, trigger_ddl

revision = "0014_lean_change_log"
down_revision = "0013_enrolment_ticket"
branch_labels = None
depends_on = None

TEXT_INDEXES = {
    "ix_sync_clock_origin_version": ("origin", "version"),
    "ix_sync_clock_tbl_origin_version": ("tbl", "origin", "version"),
    "ix_sync_clock_partition": ("partition",),
}
"""The indexes of the text layout (0003_sync)."""


def captured() -> dict[str, tuple[bool, tuple[str, ...]]]:
    """The tables with capture triggers in this store, with their columns and whether they
    are mutable (a deleted column), read from the store itself: exactly the set the earlier
    revisions installed, whatever they were."""
    bind = op.get_bind()
    names = [
        str(n)[len("sync_ins_") :]
        for (n,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_ins_%' "
            "ORDER BY name"
        )
    ]
    result = {}
    for table in names:
        columns = tuple(
            str(r[1]) for r in bind.exec_driver_sql(f"PRAGMA table_info('{table}')").all()
        )
        result[table] = ("deleted" in columns, columns)
    return result


def _reinstall(tables: dict[str, tuple[bool, tuple[str, ...]]], lean: bool) -> None:
    make = trigger_ddl if lean else text_trigger_ddl
    for table, (mutable, columns) in tables.items():
        for statement in make(table, columns, mutable):
            op.execute(statement)


def _drop_triggers(tables: dict[str, tuple[bool, tuple[str, ...]]]) -> None:
    # before the table they write is renamed: SQLite checks every trigger on a rename
    for table in tables:
        for statement in drop_ddl(table):
            op.execute(statement)


def _same_count(before: str, after: str) -> None:
    bind = op.get_bind()
    old = bind.exec_driver_sql(f"SELECT count(*) FROM {before}").scalar()
    new = bind.exec_driver_sql(f"SELECT count(*) FROM {after}").scalar()
    if old != new:  # an origin or partition that did not translate: stop, change nothing
        raise RuntimeError(f"{after} has {new} clock rows, {before} had {old}")


MIGRATION_CACHE_KIB = 64 * 1024
"""Page cache while the change log is copied and indexed (SQLite sorts an index in it before
spilling to temporary files); the connection's own size comes back afterwards."""


def upgrade() -> None:
    bind = op.get_bind()
    cache = bind.exec_driver_sql("PRAGMA cache_size").scalar()
    bind.exec_driver_sql(f"PRAGMA cache_size = -{MIGRATION_CACHE_KIB}")
    _upgrade()
    bind.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _upgrade() -> None:
    tables = captured()
    _drop_triggers(tables)
    for name in TEXT_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.rename_table("sync_clock", "sync_clock_text")
    op.create_table(
        "sync_partition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_partition")),
    )
    op.create_index("ux_sync_partition_label", "sync_partition", ["label"], unique=True)
    op.create_table(
        "sync_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_origin")),
    )
    op.create_index("ux_sync_origin_device", "sync_origin", ["device"], unique=True)
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=32), nullable=False),
        sa.Column("col", sa.String(length=40), nullable=False),
        sa.Column("wall", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("base_wall", sa.Integer(), nullable=True),
        sa.Column("base_counter", sa.Integer(), nullable=True),
        sa.Column("base_origin_id", sa.Integer(), nullable=True),
        sa.Column("partition_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    # this replica first (capture looks its own id up on every write), then every other
    # origin a version or a base names
    op.execute("INSERT INTO sync_origin (device) SELECT device_id FROM sync_local WHERE id = 1")
    op.execute(
        "INSERT OR IGNORE INTO sync_origin (device) SELECT d FROM (SELECT origin AS d FROM "
        "sync_clock_text UNION SELECT base_origin FROM sync_clock_text "
        "WHERE base_origin IS NOT NULL) ORDER BY d"
    )
    op.execute(
        "INSERT INTO sync_partition (label) SELECT DISTINCT partition FROM sync_clock_text "
        "ORDER BY partition"
    )
    # 'WWWWWWWWWWWWW.CCCCCCCCCC' (schema.check_version): wall = the 13 digits, counter = the
    # 10 after the dot; capture.format_version gives the same text back
    op.execute(
        "INSERT INTO sync_clock (tbl, pk, col, wall, counter, origin_id, base_wall, "
        "base_counter, base_origin_id, partition_id) "
        "SELECT t.tbl, t.pk, t.col, CAST(substr(t.version, 1, 13) AS INTEGER), "
        "CAST(substr(t.version, 15) AS INTEGER), o.id, "
        "CAST(substr(t.base_version, 1, 13) AS INTEGER), "
        "CAST(substr(t.base_version, 15) AS INTEGER), b.id, p.id "
        "FROM sync_clock_text t JOIN sync_origin o ON o.device = t.origin "
        "LEFT JOIN sync_origin b ON b.device = t.base_origin "
        "JOIN sync_partition p ON p.label = t.partition"
    )
    _same_count("sync_clock_text", "sync_clock")
    op.drop_table("sync_clock_text")
    op.create_index("ux_sync_clock_key", "sync_clock", ["tbl", "pk", "col"], unique=True)
    op.create_index("ix_sync_clock_origin", "sync_clock", ["origin_id", "wall", "counter"])
    op.create_index("ix_sync_clock_partition", "sync_clock", ["partition_id"])
    op.execute("DROP INDEX IF EXISTS ix_observation_partition")
    _reinstall(tables, lean=True)


def downgrade() -> None:
    tables = captured()
    _drop_triggers(tables)
    op.create_index("ix_observation_partition", "observation", ["partition"])
    for name in ("ux_sync_clock_key", "ix_sync_clock_origin", "ix_sync_clock_partition"):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.rename_table("sync_clock", "sync_clock_lean")
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
    op.execute(
        "INSERT INTO sync_clock (tbl, pk, col, version, origin, base_version, base_origin, "
        "partition) SELECT c.tbl, c.pk, c.col, printf('%013d.%010d', c.wall, c.counter), "
        "o.device, CASE WHEN c.base_wall IS NOT NULL THEN "
        "printf('%013d.%010d', c.base_wall, c.base_counter) END, b.device, p.label "
        "FROM sync_clock_lean c JOIN sync_origin o ON o.id = c.origin_id "
        "LEFT JOIN sync_origin b ON b.id = c.base_origin_id "
        "JOIN sync_partition p ON p.id = c.partition_id"
    )
    _same_count("sync_clock_lean", "sync_clock")
    op.drop_table("sync_clock_lean")
    op.drop_table("sync_origin")
    op.drop_table("sync_partition")
    for name, columns in TEXT_INDEXES.items():
        op.create_index(name, "sync_clock", list(columns))
    _reinstall(tables, lean=False)
