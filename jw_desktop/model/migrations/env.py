"""Alembic environment: migrations run inside the caller's transaction (SQLite DDL is
transactional, so a failed upgrade leaves the old schema untouched)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from jw_desktop.model.entities import Base

FTS_TABLES = ("card_search",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 index and its shadow tables are made by hand in 0002, not by the ORM.
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use: alembic -x db=path ...
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///jw-dev.sqlite"
        with create_engine(url).begin() as conn:
            _configure_and_run(conn)
    else:
        _configure_and_run(connection)


def _configure_and_run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    context.run_migrations()


run()
