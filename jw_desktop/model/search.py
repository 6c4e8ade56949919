"""Catalogue search: SQLite FTS5 with the unicode61 tokenizer and remove_diacritics, so
'cafe' finds 'Café' and case never matters. The index holds the current version of every
card; it is kept up to date by reindex_cards() whenever catalogue content changes."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from .enums import CardType
from .qualifications import split_ref

_DOCUMENT_SQL = """
SELECT c.id, c.code, v.title,
       v.summary || ' ' || v.body || ' ' ||
       COALESCE((SELECT group_concat(e.text, ' ') FROM card_element e
                 WHERE e.card_version_id = v.id), '') || ' ' ||
       COALESCE((SELECT group_concat(j.value, ' ') FROM json_each(v.tags) j), '')
FROM card c JOIN card_version v ON v.card_id = c.id AND v.number = c.current_version
WHERE c.deleted = 0
"""


_INSERT = "INSERT INTO card_search (card_id, code, title, content)"


INSERT_INDEX_SQL = f"{_INSERT} {_DOCUMENT_SQL}"


def rebuild_index(session: Session) -> None:
    session.execute(text("DELETE FROM card_search"))
    session.execute(
        text(f"INSERT INTO card_search (card_id, code, title, content) {_DOCUMENT_SQL}")
    )


def reindex_cards(session: Session, card_ids: Iterable[uuid.UUID]) -> None:
    ids = [cid.hex for cid in card_ids]
    if not ids:
        return
    delete = text("DELETE FROM card_search WHERE card_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    insert = text(
        f"INSERT INTO card_search (card_id, code, title, content) {_DOCUMENT_SQL} AND c.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete, {"ids": chunk})
        session.execute(insert, {"ids": chunk})


def fold(text: str) -> str:
    """Lower case without accents, the way the FTS5 tokenizer compares ('Çelik' -> 'celik')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """User text to an FTS5 query: every word must occur, as a word prefix. Quoting each
    word keeps FTS5 syntax (AND, NEAR, '-', ':') from being interpreted."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class CardFilter:
    card_type: CardType | None = None
    sector_key: str | None = None
    phase: int | None = None
    competence_code: str | None = None
    theme_key: str | None = None


def search_card_ids(
    session: Session, query: str, filters: CardFilter, limit: int
) -> Sequence[tuple[uuid.UUID, float]]:
    """(card id, rank) best first; without words, all cards that pass the filters by code."""
    where = ["c.deleted = 0"]
    params: dict[str, object] = {"limit": limit}
    if filters.card_type is not None:
        where.append("c.card_type = :card_type")
        params["card_type"] = filters.card_type.value
    if filters.phase is not None:
        where.append("c.phase = :phase")
        params["phase"] = filters.phase
    if filters.sector_key is not None:
        # Under its home sector and under each further sector (card_sector).
        where.append(
            """(c.sector_id = (SELECT id FROM sector WHERE key = :sector)
                OR EXISTS (SELECT 1 FROM card_sector cs JOIN sector s ON s.id = cs.sector_id
                           WHERE cs.card_id = c.id AND cs.deleted = 0 AND s.key = :sector))"""
        )
        params["sector"] = filters.sector_key
    if filters.theme_key is not None:
        where.append("c.theme_id = (SELECT id FROM theme WHERE key = :theme)")
        params["theme"] = filters.theme_key
    if filters.competence_code is not None:
        # A card matches a competence when its current version links to it or to a
        # competence below it (kerndoel > gedragskenmerk > gedragscriterium). The code is
        # '98101/B1-K1-W1' for one dossier, or a bare code for every competence with it.
        crebo, code = split_ref(filters.competence_code)
        where.append(
            """EXISTS (
                WITH RECURSIVE sub(id) AS (
                    SELECT k.id FROM competence k
                    LEFT JOIN qualification q ON q.id = k.qualification_id
                    WHERE k.code = :competence AND (:crebo IS NULL OR q.crebo = :crebo)
                    UNION SELECT k.id FROM competence k JOIN sub ON k.parent_id = sub.id)
                SELECT 1 FROM card_version v JOIN card_competence cc ON cc.card_version_id = v.id
                WHERE v.card_id = c.id AND v.number = c.current_version
                  AND cc.competence_id IN (SELECT id FROM sub))"""
        )
        params["competence"], params["crebo"] = code, crebo
    match = match_expression(query)
    if match is None:
        sql = (
            f"SELECT c.id, 0.0 FROM card c WHERE {' AND '.join(where)} ORDER BY c.code LIMIT :limit"
        )
    else:
        params["match"] = match
        sql = (
            "SELECT c.id, bm25(card_search, 0.0, 10.0, 5.0, 1.0) AS rank "
            "FROM card_search JOIN card c ON c.id = card_search.card_id "
            f"WHERE card_search MATCH :match AND {' AND '.join(where)} "
            "ORDER BY rank LIMIT :limit"
        )
    rows = session.execute(text(sql), params).all()
    return [(uuid.UUID(hex=str(r[0])), float(r[1])) for r in rows]
