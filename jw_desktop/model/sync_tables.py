"""Tables of the sync machinery. sync_conflict is a synced entity (a conflict found on one
replica reaches the teacher on every replica); the others are local bookkeeping that never
leaves this file. What they mean is in docs/sync.md."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Mutable, utcnow

sync_local = Table(
    "sync_local",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", String(32), nullable=False),
    Column("wall", Integer, nullable=False, default=0),
    Column("counter", Integer, nullable=False, default=0),
    Column("applying", Integer, nullable=False, default=0),
    CheckConstraint("id = 1", name="one_row"),
)
"""This replica: its device id and hybrid logical clock; applying=1 switches capture off."""

sync_partition = Table(
    "sync_partition",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("label", String(120), nullable=False),
    Index("ux_sync_partition_label", "label", unique=True),
)
"""Every partition this replica's change log names: its text once, a small id on the rows."""

sync_origin = Table(
    "sync_origin",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("device", String(32), nullable=False),
    Index("ux_sync_origin_device", "device", unique=True),
)
"""Every device that made a version this replica holds: its 32-hex id once, a small id on
the rows. This replica's own device is entered by 0014_lean_change_log."""

sync_clock = Table(
    "sync_clock",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("tbl", String(40), nullable=False),
    Column("pk", String(32), nullable=False),
    Column("col", String(40), nullable=False),
    Column("wall", Integer, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("origin_id", Integer, nullable=False),
    Column("base_wall", Integer),
    Column("base_counter", Integer),
    Column("base_origin_id", Integer),
    Column("partition_id", Integer, nullable=False),
    # A rowid table, not WITHOUT ROWID on (tbl, pk, col): its secondary indexes then hold
    # a small rowid instead of the 32-character key (measured: 158 against 188 bytes per
    # clock row on the scale store of bench/, issue 13).
    Index("ux_sync_clock_key", "tbl", "pk", "col", unique=True),
    Index("ix_sync_clock_origin", "origin_id", "wall", "counter"),
    Index("ix_sync_clock_partition", "partition_id"),
)
"""The version of every record ('*') and of every field changed since its creation: the
version as (wall, counter), origin and partition as ids into sync_origin/sync_partition
(replica.py reads and writes them as the text of docs/sync.md)."""

sync_vector = Table(
    "sync_vector",
    Base.metadata,
    Column("origin", String(32), primary_key=True),
    Column("version", String(24), nullable=False),
)
"""Per origin device: the newest version of its changes this replica has taken in."""

sync_peer = Table(
    "sync_peer",
    Base.metadata,
    Column("peer_id", String(32), primary_key=True),
    Column("vector", Text, nullable=False, default="{}"),
    Column("partitions", Text, nullable=False, default="[]"),
    Column("sent", Text, nullable=False, default="[]"),
    Column("last_sync", String(40)),
    Column("last_bundle", String(32)),
)
"""What this replica knows of a peer: its vector and the partitions it holds, as it last
reported them (a widened scope sends the new ones whole), and every partition ever sent to
it (edits it made there before a narrowed scope reached it are still accepted)."""

sync_pending = Table(
    "sync_pending",
    Base.metadata,
    Column("tbl", String(40), primary_key=True),
    Column("pk", String(32), primary_key=True),
    Column("col", String(40), primary_key=True),
    Column("change", Text, nullable=False),
)
"""Field changes that arrived before their record; applied as soon as it is there."""

sync_applied = Table(
    "sync_applied",
    Base.metadata,
    Column("bundle_id", String(32), primary_key=True),
    Column("chunk", Integer, primary_key=True),
)
"""Chunks of bundles already applied, so an interrupted apply resumes where it stopped."""

sync_device = Table(
    "sync_device",
    Base.metadata,
    Column("device_id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("sign_key", LargeBinary, nullable=False),
    Column("box_key", LargeBinary, nullable=False),
    Column("scope", Text, nullable=False),
    Column("revoked", Integer, nullable=False, default=0),
    Column("enrolled_at", String(40), nullable=False),
)
"""Devices enrolled with this replica (on the central store): their public keys and scope."""

sync_refusal = Table(
    "sync_refusal",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("sender", String(32), nullable=False),
    Column("file", String(300), nullable=False),
    Column("reason", Text, nullable=False),
)
"""Bundles this replica refused, with why: the admin sees them in Beheer > Apparaten."""

sync_ticket = Table(
    "sync_ticket",
    Base.metadata,
    Column("id", String(32), primary_key=True),
    Column("spec", Text, nullable=False),
    Column("uses", Integer, nullable=False),
    Column("uses_left", Integer, nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("revoked", Integer, nullable=False, default=0),
    Column("made_by", String(200), nullable=False),
    Column("made_at", String(40), nullable=False),
)
"""Enrolment tickets (inschrijfbewijzen) this central made: the scope a laptop enrolling
with one gets comes from here, never from the ticket file (docs/sync.md section 1)."""


sync_digest = Table(
    "sync_digest",
    Base.metadata,
    Column("partition", String(120), primary_key=True),
    Column("reader", String(32), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("used", String(10), nullable=False),
)
"""Digests of partitions (docs/sync.md section 8) per reader filter, kept until a row of
sync_clock in that partition changes (triggers of replica.DIGEST_CACHE_DDL): a sync with
nothing new hashes nothing. Local, never synced."""

http_nonce = Table(
    "http_nonce",
    Base.metadata,
    Column("device_id", String(32), primary_key=True),
    Column("nonce", String(32), primary_key=True),
    Column("seen_ms", BigInteger, nullable=False, index=True),
)
"""Nonces of signed HTTP requests the central saw (sync/http_auth.py, model/nonces.py):
a second use is a replay. Local, never synced."""


sync_net_aanmelding = Table(
    "sync_net_aanmelding",
    Base.metadata,
    Column("id", String(32), primary_key=True),
    Column("device_id", String(32), nullable=False),
    Column("name", String(200), nullable=False),
    Column("fingerprint", String(100), nullable=False),
    Column("doc", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("state", String(12), nullable=False),
    Column("inschrijving", Text, nullable=True),
    Column("decided_by", String(200), nullable=True),
    Index("ux_sync_net_aanmelding_device", "device_id", unique=True),
)
"""Aanmeldingen laptops sent over the network (sync/enrol_net.py): waiting, approved
(the signed inschrijving kept for pickup) or rejected. Local to the central, never synced."""


login_state = Table(
    "login_state",
    Base.metadata,
    Column("email", String(200), primary_key=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("locked_until", String(40)),
)
"""Failed logins per e-mail address on this computer: local, never synced."""


class SyncConflict(Mutable, Base):
    """The losing side of a concurrent edit, kept for a teacher to review. Its id is derived
    from what lost, so replicas that find the same conflict hold the same record."""

    __tablename__ = "sync_conflict"
    tbl: Mapped[str] = mapped_column(String(40))
    pk: Mapped[str] = mapped_column(String(32))
    col: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    losing_value: Mapped[str] = mapped_column(Text)
    losing_version: Mapped[str] = mapped_column(String(24))
    losing_origin: Mapped[str] = mapped_column(String(32))
    winning_version: Mapped[str] = mapped_column(String(24))
    winning_origin: Mapped[str] = mapped_column(String(32))
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(default=False)
    resolution: Mapped[str] = mapped_column(Text, default="")
