"""Ports: the small interfaces the retriever and the ingester depend on.

A new backend is one adapter file, one line in `retrieval.registry` and one subclass of
the shared contract test in tests/.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

import numpy as np

from retrieval.types import ChunkRecord, LexicalHit, SearchFilters, VectorHit


class Embedder(Protocol):
    name: str

    @property
    def dimension(self) -> int:
        ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        ...


class VectorStore(Protocol):
    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        ...

    def delete(self, ids: Sequence[str]) -> None:
        ...

    def ids(self) -> set[str]:
        ...

    def query(
        self, vector: np.ndarray, limit: int, article_ids: Collection[str] | None = None
    ) -> list[VectorHit]:
        """Nearest chunks, best first; `article_ids` restricts to those articles' chunks.

        Chunk ids start with their article id and a colon, so a store can filter on that.
        """
        ...


class ChunkCatalog(Protocol):
    """The record of which chunks are live, with their text, filters and a BM25 index."""

    def search(self, terms: Sequence[str], limit: int, filters: SearchFilters) -> list[LexicalHit]:
        """BM25 over title, heading and text for any of `terms`, best first."""
        ...

    def fetch(self, chunk_ids: Sequence[str], filters: SearchFilters | None) -> dict[str, ChunkRecord]:
        """The live chunks among `chunk_ids` that pass `filters` (all live ones if None)."""
        ...

    def allowed_article_ids(self, filters: SearchFilters) -> set[str]:
        ...
