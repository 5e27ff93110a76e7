"""CI gate: retrieval on the golden set may not fall below its targets."""

from __future__ import annotations

import pytest

from evals.retrieval_eval import TARGETS, evaluate_retrieval, targets_met

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_hybrid_meets_its_targets_and_beats_each_half(bundled_index) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_retrieval(bundled_index.retriever)
    hybrid = report["modes"]["hybrid"]
    print({mode: values for mode, values in report["modes"].items()})
    for name, target in TARGETS.items():
        assert hybrid[name] >= target, f"hybrid {name} {hybrid[name]} < {target}"
    assert targets_met(report)


def test_bundled_index_chunks_fit_the_model(bundled_index, model_path) -> None:  # type: ignore[no-untyped-def]
    from knowledge.article import Article
    from knowledge.chunker import chunk_article
    from knowledge.loader import load_articles
    from knowledge.tokens import WordPieceCounter

    counter = WordPieceCounter(model_path)
    articles: list[Article] = load_articles(bundled_index.settings.content_dir).articles
    for article in articles:
        for chunk in chunk_article(article, counter):
            assert counter.count(chunk.embed_text) + 2 <= 256
