"""The classifier layer: its fast scoring equals the plain scikit-learn path, it learns from
the examples file, and its fitted model is cached and reused."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails.classifier import EmbeddingClassifier
from tests.fakes import HashingEmbedder

POSITIVE = ["sleeping in my car again tonight", "i'm sofa surfing at my mate's", "got nowhere to stay tonight",
            "evicted last week and on the streets", "kipping in a doorway", "the hostel kicked me out"]
HARMLESS = ["how do I write a cv", "jobs in a warehouse near me", "is there help with bus fares",
            "what is an apprenticeship", "can I work part time on universal credit", "interview tips please",
            "how do I change my address when I move house", "jobs at a housing charity"]


def _classifier(tmp_path: Path, embedder: HashingEmbedder | None = None) -> EmbeddingClassifier:
    examples = tmp_path / "train.jsonl"
    if not examples.exists():
        rows = [{"text": t, "categories": ["homelessness"]} for t in POSITIVE]
        rows += [{"text": t, "categories": []} for t in HARMLESS]
        examples.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return EmbeddingClassifier(embedder or HashingEmbedder(), examples, cache_dir=tmp_path / "cache")


def test_it_learns_the_examples(tmp_path: Path) -> None:
    classifier = _classifier(tmp_path)
    assert classifier.categories == ["homelessness"]
    assert classifier.scores("sleeping in my car tonight")["homelessness"] > 0.5
    assert classifier.scores("how do I write a cv")["homelessness"] < 0.5


@pytest.fixture(scope="module")
def fitted_classifier(tmp_path_factory: pytest.TempPathFactory) -> EmbeddingClassifier:
    classifier = _classifier(tmp_path_factory.mktemp("classifier"))
    classifier.scores("warm")
    return classifier


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=120))
def test_fast_scoring_equals_the_sparse_matrix_path(fitted_classifier: EmbeddingClassifier, text: str) -> None:
    classifier = fitted_classifier
    fitted = classifier._model()
    vector = classifier.embedder.embed_query(text)
    sparse = np.asarray(fitted.features.transform([text], vector.reshape(1, -1)) @ fitted.weights.T).ravel()
    fast = fitted.features.weighted_sums(text, vector, fitted.weights)
    assert np.allclose(sparse, fast, atol=1e-5)


def test_the_fitted_model_is_cached_and_reused(tmp_path: Path) -> None:
    first = _classifier(tmp_path)
    first.scores("x")
    assert list((tmp_path / "cache").glob("guard-model-*.pickle"))
    embedder = HashingEmbedder()
    again = _classifier(tmp_path, embedder)
    assert again.scores("kipping in a doorway") == first.scores("kipping in a doorway")
    assert embedder.calls == 0  # neither examples embedded nor a model trained


def test_an_unreadable_cache_is_trained_again(tmp_path: Path) -> None:
    _classifier(tmp_path).scores("x")
    for cached in (tmp_path / "cache").glob("guard-model-*.pickle"):
        cached.write_bytes(b"not a model")
    assert _classifier(tmp_path).scores("sleeping in my car tonight")["homelessness"] > 0.5


def test_examples_carry_their_twin_tags_and_a_bad_line_is_named(tmp_path: Path) -> None:
    from guardrails.classifier import read_examples
    from knowledge.errors import ConfigurationError

    path = tmp_path / "examples.jsonl"
    path.write_text('{"text": "sofa at my mate\'s party", "categories": [], "twin_of": ["homelessness"]}\n'
                    '{"text": "on my mate\'s sofa, nowhere else", "categories": ["homelessness"]}\n', encoding="utf-8")
    twin, real = read_examples(path)
    assert twin.twin_of == ("homelessness",) and twin.categories == ()
    assert real.twin_of == () and real.categories == ("homelessness",)
    path.write_text('{"text": "fine", "categories": []}\n{"categories": []}\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="line 2"):
        read_examples(path)
