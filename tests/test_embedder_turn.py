"""Within one turn a text is embedded once; between turns nothing is shared."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from retrieval.embedder import embed_alongside, one_turn

pytestmark = [pytest.mark.slow]


def _count_passes(embedder: Any, monkeypatch: Any) -> list[list[str]]:
    passes: list[list[str]] = []
    embed_many = embedder._batcher._embed_many

    def counted(texts: Sequence[str]) -> np.ndarray:
        passes.append(list(texts))
        return embed_many(texts)

    monkeypatch.setattr(embedder._batcher, "_embed_many", counted)
    return passes


def test_one_turn_reuses_a_vector_and_forgets_it_afterwards(real_embedder: Any, monkeypatch: Any) -> None:
    passes = _count_passes(real_embedder, monkeypatch)
    with one_turn():
        first = real_embedder.embed_query("help with bus fares")
        again = real_embedder.embed_query("help with bus fares")
        real_embedder.embed_query("cv help")
    assert again is first and passes == [["help with bus fares"], ["cv help"]]
    real_embedder.embed_query("help with bus fares")
    real_embedder.embed_query("help with bus fares")
    assert passes[2:] == [["help with bus fares"], ["help with bus fares"]]


def test_texts_embedded_alongside_share_one_pass_and_match_their_own_vectors(
    real_embedder: Any, monkeypatch: Any
) -> None:
    alone = real_embedder.embed_query("what about in Cardiff (bus fares interviews)")
    passes = _count_passes(real_embedder, monkeypatch)
    with one_turn():
        embed_alongside(lambda message: [f"{message} (bus fares interviews)"])
        real_embedder.embed_query("what about in Cardiff")
        search = real_embedder.embed_query("what about in Cardiff (bus fares interviews)")
        real_embedder.embed_query("something else")  # the hook fires once only
    assert passes == [["what about in Cardiff", "what about in Cardiff (bus fares interviews)"], ["something else"]]
    assert float(search @ alone) > 0.9999


def test_a_failing_alongside_hook_costs_only_the_saving(real_embedder: Any) -> None:
    def broken(_: str) -> list[str]:
        raise RuntimeError("no history")

    with one_turn():
        embed_alongside(broken)
        vector = real_embedder.embed_query("cv help")
    assert vector.shape == (real_embedder.dimension,)


def test_queries_embed_as_the_eager_model_does(real_embedder: Any) -> None:
    texts = ["hi", "help with bus fares to an interview", "warehouse work in Leeds " * 30]
    queries = np.stack([real_embedder.embed_query(text) for text in texts])
    documents = real_embedder.embed_documents(texts)  # sentence-transformers' own encode, eager
    assert np.allclose(queries, documents, atol=1e-4)


def test_a_model_that_cannot_be_traced_stays_eager() -> None:
    from retrieval.traced_encoder import traced_encoder

    assert traced_encoder([], lambda texts: {}) is None
