from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evals.metrics import hit_at, ndcg_at, recall_at, reciprocal_rank
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.query import QueryAnalyser

VOCABULARY = {"interview": 40, "appointment": 30, "jobcentre": 50, "number": 20, "apply": 25}


def test_abbreviations_are_widened_not_replaced() -> None:
    analysed = QueryAnalyser(VOCABULARY).analyse("jsa how long")
    assert analysed.terms[:2] == ("jsa", "long")
    assert "jobseeker" in analysed.terms and "allowance" in analysed.terms
    assert analysed.dense_text.startswith("jsa how long (jobseeker's allowance")


def test_misspellings_add_the_likely_word() -> None:
    analysed = QueryAnalyser(VOCABULARY).analyse("wot happens if i miss my appointmnet")
    assert "appointment" in analysed.terms and "appointmnet" in analysed.terms
    assert "intervew" in QueryAnalyser(VOCABULARY).analyse("intervew tips").terms
    assert "interview" in QueryAnalyser(VOCABULARY).analyse("intervew tips").terms


def test_known_and_short_words_are_left_alone() -> None:
    assert QueryAnalyser(VOCABULARY).analyse("bus to jobcentre").terms == ("bus", "jobcentre")
    # Far from every known word: kept as typed, nothing invented.
    assert QueryAnalyser(VOCABULARY).analyse("plasterer").terms == ("plasterer",)


def test_stopwords_only_gives_no_terms() -> None:
    assert QueryAnalyser(VOCABULARY).analyse("what do i do").terms == ()


def test_glossary_matches_whole_words_only() -> None:
    assert "universal" not in QueryAnalyser({}).analyse("bucket").terms
    assert "universal" in QueryAnalyser({}).analyse("my uc payment").terms


@given(st.lists(st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8), min_size=1, max_size=3))
def test_fusion_rewards_agreement(rankings: list[list[str]]) -> None:
    fused = reciprocal_rank_fusion(rankings)
    assert set(fused) == {item for ranking in rankings for item in ranking}
    for item, score in fused.items():
        best_alone = max((1 / (60 + r.index(item) + 1) for r in rankings if item in r), default=0)
        assert score >= best_alone


def test_metrics_on_a_known_ranking() -> None:
    ranking = ["x", "a", "y", "b"]
    assert recall_at(ranking, {"a", "b"}, 1) == 0
    assert recall_at(ranking, {"a", "b"}, 2) == 0.5
    assert recall_at(ranking, {"a", "b"}, 5) == 1
    assert hit_at(ranking, {"b"}, 3) == 0 and hit_at(ranking, {"b"}, 4) == 1
    assert reciprocal_rank(ranking, {"a", "b"}) == 0.5
    assert 0 < ndcg_at(ranking, {"a", "b"}) < 1
    assert ndcg_at(["a", "b"], {"a", "b"}) == 1
