"""Within one turn a text is embedded once; between turns nothing is shared."""

from __future__ import annotations

from typing import Any

import pytest

from retrieval.embedder import one_turn

pytestmark = [pytest.mark.slow]


def test_one_turn_reuses_a_vector_and_forgets_it_afterwards(real_embedder: Any, monkeypatch: Any) -> None:
    calls: list[str] = []
    embed_one = real_embedder._embed_one
    monkeypatch.setattr(real_embedder, "_embed_one", lambda text: calls.append(text) or embed_one(text))
    with one_turn():
        first = real_embedder.embed_query("help with bus fares")
        again = real_embedder.embed_query("help with bus fares")
        real_embedder.embed_query("cv help")
    assert again is first and calls == ["help with bus fares", "cv help"]
    real_embedder.embed_query("help with bus fares")
    real_embedder.embed_query("help with bus fares")
    assert calls[2:] == ["help with bus fares", "help with bus fares"]
