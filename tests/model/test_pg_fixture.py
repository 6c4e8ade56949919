"""The PostgreSQL test fixture gives each test its own empty database on a real server."""

from __future__ import annotations

import sqlalchemy as sa


def test_each_test_gets_an_empty_database_of_its_own(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() in postgres_url
            tables = conn.execute(
                sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
            assert tables == 0
            conn.execute(sa.text("CREATE TABLE marker (id integer)"))
    finally:
        engine.dispose()


def test_a_second_test_does_not_see_the_first_ones_tables(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert not sa.inspect(conn).has_table("marker")
    finally:
        engine.dispose()
