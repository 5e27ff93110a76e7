"""Chroma as the vector store: PersistentClient on disk, or HttpClient for a server.

We always pass our own embeddings: Chroma's default embedding function would download a
model. Filtered queries in Chroma are slow (a metadata scan), so the retriever queries
without a filter and filters against the catalogue; `article_ids` is only for the rare
fallback when too few unfiltered hits pass.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from knowledge.errors import ConfigurationError
from retrieval.types import VectorHit

DEFAULT_COLLECTION = "jobcoach-chunks"


class ChromaVectorStore:
    def __init__(self, path: str | Path | None = None, url: str | None = None,
                 collection: str = DEFAULT_COLLECTION) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        if not 3 <= len(collection) <= 512:
            raise ConfigurationError(f"Chroma collection name {collection!r} must be 3 to 512 characters long.")
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if url:
            parsed = urlparse(url)
            if parsed.scheme not in ("http", "https") or not parsed.hostname:
                raise ConfigurationError(f"Chroma server URL {url!r} is not an http(s) address.")
            self._client: Any = chromadb.HttpClient(
                host=parsed.hostname, port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https", settings=chroma_settings,
            )
        elif path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        else:
            raise ConfigurationError("Give the Chroma store a folder or a server URL.")
        self._collection = self._client.get_or_create_collection(
            name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self._batch = max(1, min(5000, int(self._client.get_max_batch_size())))

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        if len(ids) != len(vectors):
            raise ValueError("ids and vectors must have the same length")
        for start in range(0, len(ids), self._batch):
            batch = list(ids[start:start + self._batch])
            self._collection.upsert(
                ids=batch,
                embeddings=np.asarray(vectors[start:start + self._batch], dtype=np.float32),
                metadatas=[{"article_id": chunk_id.split(":", 1)[0]} for chunk_id in batch],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), self._batch):
            self._collection.delete(ids=list(ids[start:start + self._batch]))

    def ids(self) -> set[str]:
        found: set[str] = set()
        offset = 0
        while True:
            page = self._collection.get(include=[], limit=self._batch, offset=offset)
            found.update(page["ids"])
            if len(page["ids"]) < self._batch:
                return found
            offset += self._batch

    def query(self, vector: np.ndarray, limit: int, article_ids: Collection[str] | None = None) -> list[VectorHit]:
        if limit <= 0 or (article_ids is not None and not article_ids):
            return []
        where = None if article_ids is None else {"article_id": {"$in": sorted(article_ids)}}
        result = self._collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)], n_results=limit,
            where=where, include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [0.0] * len(ids)
        return [VectorHit(chunk_id, 1.0 - float(distance)) for chunk_id, distance in zip(ids, distances, strict=True)]
