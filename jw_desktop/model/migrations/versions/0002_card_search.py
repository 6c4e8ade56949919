"""Catalogue search index (SQLite FTS5) that ignores case and accents, filled from the
current version of every card.

Revision ID: 0002_card_search
Revises: 0001_schema
"""

from __future__ import annotations

from alembic import op

revision = "0002_card_search"
down_revision = "0001_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE card_search USING fts5("
        "card_id UNINDEXED, code, title, content, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Frozen copy of search.INDEX_SQL as it was at this revision.
    op.execute(
        """
        INSERT INTO card_search (card_id, code, title, content)
        SELECT c.id, c.code, v.title,
               v.summary || ' ' || v.body || ' ' ||
               COALESCE((SELECT group_concat(e.text, ' ') FROM card_element e
                         WHERE e.card_version_id = v.id), '') || ' ' ||
               COALESCE((SELECT group_concat(j.value, ' ') FROM json_each(v.tags) j), '')
        FROM card c JOIN card_version v ON v.card_id = c.id AND v.number = c.current_version
        WHERE c.deleted = 0
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE card_search")
