"""Vector-store backends by name. A new backend is one adapter file and one line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import ConfigurationError
from retrieval.ports import VectorStore


@dataclass(frozen=True)
class StoreOptions:
    path: Path | None = None
    url: str | None = None
    collection: str = "jobcoach-chunks"


def _chroma(options: StoreOptions) -> VectorStore:
    from retrieval.chroma_store import ChromaVectorStore

    return ChromaVectorStore(path=options.path, url=options.url, collection=options.collection)


def _memory(options: StoreOptions) -> VectorStore:
    from retrieval.memory_store import MemoryVectorStore

    return MemoryVectorStore()


VECTOR_STORES: dict[str, Callable[[StoreOptions], VectorStore]] = {
    "chroma": _chroma,
    "memory": _memory,
}


def make_vector_store(name: str, options: StoreOptions) -> VectorStore:
    try:
        factory = VECTOR_STORES[name]
    except KeyError:
        raise ConfigurationError(
            f"Unknown vector store {name!r}.", hint=f"Choose one of: {', '.join(sorted(VECTOR_STORES))}."
        ) from None
    return factory(options)
