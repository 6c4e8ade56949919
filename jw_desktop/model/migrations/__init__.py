"""Alembic migrations, run from code (no alembic.ini needed at run time).

Developers make a new revision with:
    alembic -c jw_desktop/model/migrations/alembic.ini revision --autogenerate -m "..."
and then add its id to database.KNOWN_REVISIONS.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).parent


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def run_upgrade(engine: Engine, target: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)


def script_revisions() -> list[str]:
    """Revision ids from oldest to newest."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
