"""Search: SchoolStore.search_cards over the 6,000-card catalogue.

Target: p95 <= 20 ms per query, so results can follow the teacher's typing. Queries are
1-2 words from the generated vocabulary; a quarter lose their accents ('cafe' for 'café'),
a third add a filter (card type, sector, phase or competence). Typing prefixes of three
letters are measured separately: they match far more cards.
"""

from __future__ import annotations

import gc
import random
import time
from dataclasses import dataclass, replace

from _common import arguments, emit, ms, percentile, scale_file, timed

from jw_desktop.demo.scale import SECTORS, scale_catalogue, strip_accents, vocabulary
from jw_desktop.model import CardType, SchoolStore
from jw_desktop.model.specs import CatalogueSpec

TARGET_MS = 20.0
QUERIES = 600
WARM_UP = 20


@dataclass(frozen=True)
class Query:
    text: str
    card_type: CardType | None = None
    sector: str | None = None
    phase: int | None = None
    competence: str | None = None

    def prefix(self, letters: int) -> Query:
        return replace(self, text=self.text.split()[0][:letters])


def make_queries(count: int, spec: CatalogueSpec, seed: int = 7) -> list[Query]:
    """Half one vocabulary word, half two words that occur together in one card's title
    (as a teacher would type them); a quarter without their accents; a third filtered."""
    rng = random.Random(seed)
    words = vocabulary()
    accented = [w for w in words if strip_accents(w) != w]
    titles = [[w for w in c.title.lower().split() if len(w) >= 4] for c in spec.cards]
    titles = [t for t in titles if len(t) >= 2]
    competences = [c.code for c in spec.competences]
    queries = []
    for _ in range(count):
        chosen = [rng.choice(words)] if rng.random() < 0.5 else rng.sample(rng.choice(titles), 2)
        if rng.random() < 0.25:
            text = " ".join(chosen)
            chosen = [strip_accents(text if text != strip_accents(text) else rng.choice(accented))]
        query = Query(" ".join(chosen))
        kind = rng.random()
        if kind < 0.1:
            query = replace(query, card_type=rng.choice(tuple(CardType)))
        elif kind < 0.2:
            query = replace(query, sector=rng.choice(SECTORS).key)
        elif kind < 0.27:
            query = replace(query, phase=rng.randint(1, 5))
        elif kind < 0.34:
            query = replace(query, competence=rng.choice(competences))
        queries.append(query)
    return queries


def run(store: SchoolStore, queries: list[Query]) -> tuple[list[float], list[int]]:
    """Milliseconds and number of hits per query."""
    times, hits = [], []
    for q in queries:
        start = time.perf_counter()
        found = store.search_cards(
            q.text, card_type=q.card_type, sector=q.sector, phase=q.phase, competence=q.competence
        )
        times.append(ms(time.perf_counter() - start))
        hits.append(len(found))
    return times, hits


def report(metric: str, times: list[float], hits: list[int], target: float | None) -> None:
    n = len(times)
    avg_hits = sum(hits) / n
    emit("search", f"{metric}_p50", percentile(times, 0.5), "ms", n=n)
    emit("search", f"{metric}_p95", percentile(times, 0.95), "ms", target=target, n=n,
         mean_hits=round(avg_hits, 1), empty=sum(1 for h in hits if h == 0))
    emit("search", f"{metric}_max", max(times), "ms", n=n)


def main() -> None:
    args = arguments(__doc__ or "")
    spec = scale_catalogue(args.cards)
    queries = make_queries(QUERIES, spec)
    warm_up = make_queries(WARM_UP, spec, seed=99)
    del spec  # the app never holds the generated spec: keep its garbage out of the timings
    gc.collect()
    with scale_file(args) as path, SchoolStore.open(path) as store:
        first = ms(timed(lambda: store.search_cards("koffie")))
        emit("search", "first_query_after_open", first, "ms", n=1)
        run(store, warm_up)
        times, hits = run(store, queries)
        report("query", times, hits, TARGET_MS)
        prefixes = [q.prefix(3) for q in queries[:200]]
        times, hits = run(store, prefixes)
        report("prefix3", times, hits, None)
        cafe = {h.code for h in store.search_cards("cafe", limit=500)}
        accented = {h.code for h in store.search_cards("café", limit=500)}
        emit("search", "accent_insensitive", float(cafe == accented and bool(cafe)), "bool",
             n=len(cafe))


if __name__ == "__main__":
    main()
