"""An in-memory vector store: exact cosine search with numpy. For tests and tiny corpora."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from retrieval.types import VectorHit


class MemoryVectorStore:
    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        if len(ids) != len(vectors):
            raise ValueError("ids and vectors must have the same length")
        for chunk_id, vector in zip(ids, vectors, strict=True):
            self._vectors[chunk_id] = np.asarray(vector, dtype=np.float32)

    def delete(self, ids: Sequence[str]) -> None:
        for chunk_id in ids:
            self._vectors.pop(chunk_id, None)

    def ids(self) -> set[str]:
        return set(self._vectors)

    def query(self, vector: np.ndarray, limit: int, article_ids: Collection[str] | None = None) -> list[VectorHit]:
        allowed = None if article_ids is None else set(article_ids)
        ids = [i for i in self._vectors if allowed is None or i.split(":", 1)[0] in allowed]
        if not ids or limit <= 0:
            return []
        matrix = np.stack([self._vectors[i] for i in ids])
        scores = matrix @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-scores, kind="stable")[:limit]
        return [VectorHit(ids[i], float(scores[i])) for i in order]
