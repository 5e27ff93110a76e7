"""Ingestion: validate, chunk, embed and index, incrementally by content hash.

Order matters for crash safety. New vectors go in first (invisible: the catalogue does not
list them yet), then the catalogue switches over in one transaction, then stale vectors
are deleted. Stop anywhere and the last good index keeps serving; the next run tidies up.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from knowledge.article import Article
from knowledge.chunker import CHUNKER_VERSION, MODEL_MAX_TOKENS, Chunk, chunk_article
from knowledge.loader import load_articles
from knowledge.tokens import TokenCounter

if TYPE_CHECKING:
    from retrieval.catalog import SqliteCatalog
    from retrieval.ports import Embedder, VectorStore

Progress = Callable[[int, int], None]
EMBED_BATCH = 256


@dataclass
class IngestReport:
    articles_seen: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    articles_removed: int = 0
    chunks_embedded: int = 0
    chunks_live: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


class Ingestor:
    def __init__(self, embedder: Embedder, store: VectorStore, catalog: SqliteCatalog,
                 counter: TokenCounter, max_tokens: int = MODEL_MAX_TOKENS) -> None:
        self.embedder = embedder
        self.store = store
        self.catalog = catalog
        self.counter = counter
        self.max_tokens = max_tokens

    def fingerprint(self, article: Article) -> str:
        recipe = f"{article.content_hash}|{CHUNKER_VERSION}|{self.embedder.name}|{self.max_tokens}"
        return hashlib.sha256(recipe.encode()).hexdigest()

    def ingest(self, root: Path, progress: Progress | None = None) -> IngestReport:
        started = time.perf_counter()
        loaded = load_articles(root)
        report = IngestReport(articles_seen=len(loaded.articles), problems=[str(p) for p in loaded.problems])
        known = self.catalog.fingerprints()
        vector_ids = self.store.ids()
        live_by_article = _group(self.catalog.live_chunk_ids())

        changed: list[tuple[Article, str, list[Chunk]]] = []
        current: set[str] = set()
        for article in loaded.articles:
            if article.status == "archived":
                continue
            current.add(article.id)
            fingerprint = self.fingerprint(article)
            intact = live_by_article.get(article.id, set()) <= vector_ids
            if known.get(article.id, ("", ""))[0] == fingerprint and intact:
                report.articles_unchanged += 1
                continue
            changed.append((article, fingerprint, chunk_article(article, self.counter, self.max_tokens)))

        # An article is removed when its file under this root is gone or archived. A file
        # that fails validation keeps its last good version serving until it is fixed.
        broken_paths = {str(Path(problem.path).resolve()) for problem in loaded.problems}
        removed = [
            article_id for article_id, (_, path) in known.items()
            if article_id not in current and _is_under(path, root) and str(Path(path).resolve()) not in broken_paths
        ]

        to_embed = [chunk for _, _, chunks in changed for chunk in chunks if chunk.id not in vector_ids]
        report.chunks_embedded = self._embed_and_store(to_embed, progress)
        if changed or removed:
            self.catalog.apply(changed, removed)
        live = self.catalog.live_chunk_ids()
        # The store holds what it held at the start plus what was just written.
        stale = sorted((vector_ids | {chunk.id for chunk in to_embed}) - live)
        if stale:
            self.store.delete(stale)
        report.articles_changed = len(changed)
        report.articles_removed = len(removed)
        report.chunks_live = len(live)
        report.seconds = time.perf_counter() - started
        return report

    def _embed_and_store(self, chunks: Sequence[Chunk], progress: Progress | None) -> int:
        if not chunks:
            return 0
        # Same text, same vector: embed each distinct text once. Sorting by length keeps
        # the batches' padding small.
        by_text: dict[str, list[str]] = {}
        for chunk in chunks:
            by_text.setdefault(chunk.embed_text, []).append(chunk.id)
        texts = sorted(by_text, key=len)
        done = 0
        for start in range(0, len(texts), EMBED_BATCH):
            batch = texts[start:start + EMBED_BATCH]
            vectors = self.embedder.embed_documents(batch)
            ids: list[str] = []
            rows = []
            for text, vector in zip(batch, vectors, strict=True):
                for chunk_id in by_text[text]:
                    ids.append(chunk_id)
                    rows.append(vector)
            self.store.upsert(ids, np.stack(rows))
            done += len(ids)
            if progress:
                progress(done, len(chunks))
        return len(texts)


def _group(chunk_ids: set[str]) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = {}
    for chunk_id in chunk_ids:
        grouped.setdefault(chunk_id.split(":", 1)[0], set()).add(chunk_id)
    return grouped


def _is_under(path: str, root: Path) -> bool:
    base = root.resolve()
    target = Path(path).resolve()
    return target == base or base in target.parents
