"""Hybrid retrieval: dense (vector store) and lexical (BM25) fused, filtered, capped per article."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal

from retrieval.fusion import reciprocal_rank_fusion
from retrieval.ports import ChunkCatalog, Embedder, VectorStore
from retrieval.query import QueryAnalyser
from retrieval.types import ChunkRecord, LexicalHit, RetrievedChunk, SearchFilters

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")


@dataclass(frozen=True)
class RetrieverConfig:
    candidates: int = 60
    max_chunks_per_article: int = 2
    dense_weight: float = 1.0
    lexical_weight: float = 1.0


class HybridRetriever:
    def __init__(self, embedder: Embedder, store: VectorStore, catalog: ChunkCatalog,
                 config: RetrieverConfig | None = None) -> None:
        self.embedder = embedder
        self.store = store
        self.catalog = catalog
        self.config = config or RetrieverConfig()
        self._analyser: QueryAnalyser | None = None
        self._analyser_version = -1
        self._lock = threading.Lock()
        self._lexical_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bm25")

    def retrieve(self, query: str, k: int = 5, filters: SearchFilters | None = None,
                 mode: Mode = "hybrid") -> list[RetrievedChunk]:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        filters = filters or SearchFilters()
        if not query.strip() or k <= 0:
            return []
        analysed = self.analyser().analyse(query)
        pool = max(self.config.candidates, k * 4)
        # BM25 runs in SQLite (which releases the GIL) while the model embeds the query.
        lexical_future: Future[list[LexicalHit]] | None = None
        if mode in ("hybrid", "lexical"):
            lexical_future = self._lexical_pool.submit(self.catalog.search, analysed.terms, pool, filters)
        dense_ranking: list[str] = []
        dense_scores: dict[str, float] = {}
        records: dict[str, ChunkRecord] = {}
        if mode in ("hybrid", "dense"):
            vector = self.embedder.embed_query(analysed.dense_text)
            hits = self.store.query(vector, pool)
            records = self.catalog.fetch([hit.chunk_id for hit in hits], filters)
            if len(records) < k * 2:
                # Most unfiltered neighbours were filtered out (a small area, a coach-only
                # view): ask again within the allowed articles only. Slower, but rare.
                allowed = self.catalog.allowed_article_ids(filters)
                hits = self.store.query(vector, pool, article_ids=allowed)
                records = self.catalog.fetch([hit.chunk_id for hit in hits], filters)
            for hit in hits:
                if hit.chunk_id in records:
                    dense_ranking.append(hit.chunk_id)
                    dense_scores[hit.chunk_id] = hit.score
        lexical_ranking: list[str] = []
        lexical_scores: dict[str, float] = {}
        if lexical_future is not None:
            for lexical_hit in lexical_future.result():
                lexical_ranking.append(lexical_hit.chunk_id)
                lexical_scores[lexical_hit.chunk_id] = lexical_hit.score
            missing = [chunk_id for chunk_id in lexical_ranking if chunk_id not in records]
            records.update(self.catalog.fetch(missing, None))
        fused = reciprocal_rank_fusion(
            [dense_ranking, lexical_ranking], [self.config.dense_weight, self.config.lexical_weight]
        )
        dense_rank = {chunk_id: rank for rank, chunk_id in enumerate(dense_ranking, 1)}
        lexical_rank = {chunk_id: rank for rank, chunk_id in enumerate(lexical_ranking, 1)}
        results: list[RetrievedChunk] = []
        per_article: dict[str, int] = {}
        for chunk_id in sorted(fused, key=lambda item: (-fused[item], item)):
            record = records.get(chunk_id)
            if record is None:
                continue
            if per_article.get(record.article_id, 0) >= self.config.max_chunks_per_article:
                continue
            per_article[record.article_id] = per_article.get(record.article_id, 0) + 1
            results.append(RetrievedChunk(
                chunk_id=chunk_id, article_id=record.article_id, title=record.title,
                source_url=record.source_url, heading=record.heading, text=record.text,
                score=fused[chunk_id], dense_score=dense_scores.get(chunk_id),
                lexical_score=lexical_scores.get(chunk_id), dense_rank=dense_rank.get(chunk_id),
                lexical_rank=lexical_rank.get(chunk_id),
            ))
            if len(results) == k:
                break
        return results

    def dense_text(self, query: str) -> str:
        """The text `retrieve` embeds for this query."""
        return self.analyser().analyse(query).dense_text

    def analyser(self) -> QueryAnalyser:
        """The query analyser, rebuilt when an ingest has changed the vocabulary."""
        version = self.catalog_version()
        with self._lock:
            if self._analyser is None or version != self._analyser_version:
                vocabulary: dict[str, int] = getattr(self.catalog, "vocabulary", dict)()
                count = getattr(self.catalog, "chunk_count", lambda: 0)()
                self._analyser = QueryAnalyser(vocabulary, chunk_count=count)
                self._analyser_version = version
            return self._analyser

    def catalog_version(self) -> int:
        version = getattr(self.catalog, "version", None)
        return int(version()) if callable(version) else 0
