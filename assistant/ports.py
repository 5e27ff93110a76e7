"""The generator port: the extractive composer and any LangChain chat model both fit it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from assistant.types import Generation, HistoryMessage, Passage


class ChatModel(Protocol):
    name: str

    def generate(self, question: str, passages: Sequence[Passage],
                 history: Sequence[HistoryMessage] = ()) -> Generation:
        """An answer grounded in `passages`, citing them as [n]; not_found when they do not answer."""
        ...

    def stream(self, question: str, passages: Sequence[Passage],
               history: Sequence[HistoryMessage] = ()) -> Iterator[str | Generation]:
        """Text pieces as they are produced, then the final Generation last."""
        ...
