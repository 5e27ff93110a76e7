"""Fakes for unit tests: deterministic, fast, no model weights."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.query import words


class HashingEmbedder:
    """Bag of words hashed into a vector: texts sharing words are near, others far."""

    name = "hashing-test-embedder"
    dimension = 64

    def __init__(self, fail_after_calls: int | None = None) -> None:
        self.embedded: list[str] = []
        self.calls = 0
        self.fail_after_calls = fail_after_calls

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in words(text):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vector[int.from_bytes(digest, "little") % self.dimension] += 1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if self.fail_after_calls is not None and self.calls > self.fail_after_calls:
            raise RuntimeError("embedder crashed (test)")
        self.embedded.extend(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._vector(text) for text in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


class WordCounter:
    """Counts whitespace-separated words, plus one per punctuation mark, like WordPiece roughly."""

    name = "words"

    def count(self, text: str) -> int:
        return sum(1 + sum(not ch.isalnum() for ch in word) for word in text.split())


@dataclass
class ServiceParts:
    """What `create_app` needs from Components, built from fakes in the tests."""

    retriever: object
    catalog: object
    embedder: object
    chat: object
    metrics: object | None = None
    handoffs: object | None = None
