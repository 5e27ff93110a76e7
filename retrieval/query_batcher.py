"""Embeds queries that arrive together in one forward pass.

Under load the service embeds many short texts at once, one per request thread. Run one by
one, each pass pays the model's fixed cost and the threads fight over two cores; run together,
a batch of ten costs little more than one. No request waits for company: whoever finds the
model free embeds everything queued at that moment, and texts arriving meanwhile form the
next batch. A lone request therefore costs what it did before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np


class _Waiting:
    __slots__ = ("done", "error", "text", "vector")

    def __init__(self, text: str) -> None:
        self.text = text
        self.vector: np.ndarray | None = None
        self.error: BaseException | None = None
        self.done = False


class QueryBatcher:
    """`embed(text)` from any thread; texts waiting at the same time share one forward pass."""

    def __init__(self, embed_many: Callable[[Sequence[str]], np.ndarray], max_batch: int = 32) -> None:
        self._embed_many = embed_many
        self.max_batch = max_batch
        self._waiting: list[_Waiting] = []
        self._busy = False
        self._changed = threading.Condition()

    def embed(self, text: str) -> np.ndarray:
        return self.embed_many([text])[0]

    def embed_many(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Several texts of one caller: they go in the same pass unless the batch is full."""
        mine = [_Waiting(text) for text in texts]
        with self._changed:
            self._waiting.extend(mine)
        while True:
            with self._changed:
                while self._busy and not all(item.done for item in mine):
                    self._changed.wait()
                if all(item.done for item in mine):
                    return [_outcome(item) for item in mine]
                self._busy = True
                batch = self._waiting[: self.max_batch]
                del self._waiting[: self.max_batch]
            self._run(batch)

    def _run(self, batch: list[_Waiting]) -> None:
        try:
            vectors = self._embed_many([item.text for item in batch])
            error: BaseException | None = None
        except BaseException as failure:  # every waiter must hear of it, not only this thread
            vectors, error = None, failure
        with self._changed:
            for index, item in enumerate(batch):
                item.vector = vectors[index] if vectors is not None else None
                item.error, item.done = error, True
            self._busy = False
            self._changed.notify_all()


def _outcome(item: _Waiting) -> np.ndarray:
    if item.error is not None:
        raise item.error
    assert item.vector is not None
    return item.vector
