"""Sentence vectors for the extractive composer, kept on disk between runs.

Embedding a passage's sentences was most of a turn's time (about 65 ms of 85 when measured).
The knowledge base changes rarely, so every sentence is embedded once, when the service
starts after an ingest, and read from this SQLite file after that.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np


class SentenceVectorStore:
    def __init__(self, path: Path, model_name: str) -> None:
        self.path = path
        self.model_name = model_name
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS sentence_vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")

    def _key(self, sentence: str) -> str:
        # The model is part of the key: a different embedder must never reuse these vectors.
        return hashlib.sha1(f"{self.model_name}\0{sentence}".encode()).hexdigest()

    def get_many(self, sentences: Iterable[str]) -> dict[str, np.ndarray]:
        wanted = {self._key(sentence): sentence for sentence in sentences}
        found: dict[str, np.ndarray] = {}
        keys = list(wanted)
        with self._lock:
            for start in range(0, len(keys), 500):
                batch = keys[start:start + 500]
                marks = ",".join("?" * len(batch))
                for key, blob in self._db.execute(
                        f"SELECT key, vector FROM sentence_vectors WHERE key IN ({marks})", batch):
                    found[wanted[key]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, vectors: dict[str, np.ndarray]) -> None:
        rows = [(self._key(sentence), np.asarray(vector, dtype=np.float32).tobytes())
                for sentence, vector in vectors.items()]
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO sentence_vectors (key, vector) VALUES (?, ?)", rows)
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
