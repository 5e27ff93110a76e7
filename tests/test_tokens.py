from __future__ import annotations

import logging

import pytest

from knowledge.tokens import TiktokenCounter, WordPieceCounter, llm_token_counter


def test_wordpiece_counts_like_the_embedder(model_path: str) -> None:
    counter = WordPieceCounter(model_path)
    assert counter.count("hello world") == 2
    assert counter.count("") == 0


def test_tiktoken_counts_when_its_encoding_is_available() -> None:
    try:
        counter = TiktokenCounter("cl100k_base")
    except Exception:
        pytest.skip("cl100k_base is not in TIKTOKEN_CACHE_DIR on this machine (CI sets it)")
    assert counter.count("hello world") == 2


def test_falls_back_to_the_embedders_tokenizer_and_says_so_once(model_path: str, caplog) -> None:  # type: ignore[no-untyped-def]
    llm_token_counter.cache_clear()
    with caplog.at_level(logging.WARNING):
        first = llm_token_counter(model_path, "no-such-encoding")
        second = llm_token_counter(model_path, "no-such-encoding")
    assert first is second
    assert first.name.startswith("wordpiece:")
    assert first.count("hello world") == 2
    warnings = [record for record in caplog.records if "could not load" in record.getMessage()]
    assert len(warnings) == 1


def test_missing_tokenizer_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from knowledge.errors import ModelUnavailableError

    with pytest.raises(ModelUnavailableError, match=r"tokenizer\.json"):
        WordPieceCounter(tmp_path)
