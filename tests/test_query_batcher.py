"""Queries waiting together share a forward pass, and each caller gets its own vector."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from retrieval.query_batcher import QueryBatcher


class SlowModel:
    """Embeds a text as [len(text), first letter]; slow enough that callers pile up."""

    def __init__(self, pause: float = 0.02) -> None:
        self.batches: list[list[str]] = []
        self.pause = pause
        self.lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        threading.Event().wait(self.pause)
        with self.lock:
            self.batches.append(list(texts))
        return np.array([[len(text), ord(text[0])] for text in texts], dtype=np.float32)


def test_a_lone_query_goes_straight_through() -> None:
    model = SlowModel(pause=0)
    batcher = QueryBatcher(model)
    assert batcher.embed("hello").tolist() == [5, ord("h")]
    assert model.batches == [["hello"]]


def test_concurrent_queries_share_passes_and_each_gets_its_own_vector() -> None:
    model = SlowModel()
    batcher = QueryBatcher(model, max_batch=8)
    texts = [f"{chr(97 + i % 26)}{'x' * i}" for i in range(40)]
    start = threading.Barrier(40)

    def ask(text: str) -> list[float]:
        start.wait()
        return batcher.embed(text).tolist()

    with ThreadPoolExecutor(40) as pool:
        vectors = list(pool.map(ask, texts))
    assert vectors == [[len(text), ord(text[0])] for text in texts]
    assert sorted(text for batch in model.batches for text in batch) == sorted(texts)
    assert len(model.batches) < len(texts)  # they were batched
    assert max(len(batch) for batch in model.batches) <= 8


def test_a_failure_reaches_every_caller_in_the_batch_and_the_next_batch_still_runs() -> None:
    calls = []

    def flaky(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        if len(calls) == 1:
            raise RuntimeError("model fell over")
        return np.ones((len(texts), 2), dtype=np.float32)

    batcher = QueryBatcher(flaky)
    with pytest.raises(RuntimeError, match="fell over"):
        batcher.embed("first")
    assert batcher.embed("second").tolist() == [1.0, 1.0]
