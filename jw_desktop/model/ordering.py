"""Order keys that two replicas can both insert into (fractional indexing).

Keys are strings that sort in the wanted order; a key between two neighbours always
exists, so inserting never renumbers other items. Two replicas that insert at the same
place may pick the same key: items are then ordered by (order_key, id), which every
replica computes the same way.
"""

from __future__ import annotations

from fractional_indexing import generate_key_between, generate_n_keys_between


def key_between(before: str | None, after: str | None) -> str:
    """A key that sorts after `before` and before `after` (None means the open end)."""
    if before is not None and after is not None and before >= after:
        # Equal keys can happen after concurrent inserts: make room after `before`.
        after = None
    return str(generate_key_between(before, after))


def keys_after(last: str | None, count: int) -> list[str]:
    """count ascending keys after `last`."""
    return [str(k) for k in generate_n_keys_between(last, None, count)]
