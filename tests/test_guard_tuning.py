"""The threshold tuner: budgets are kept, and the union of handoffs is counted once per message."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from evals.guard_tuning import handed_off, out_of_fold_scores, suggest_thresholds
from guardrails.classifier import Example
from guardrails.findings import Finding
from guardrails.pipeline import RULE_CEILING


def _examples(labels: list[tuple[str, ...]]) -> list[Example]:
    return [Example(f"message {i}", categories) for i, categories in enumerate(labels)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=2, max_size=60),
       st.sampled_from([0.0, 0.01, 0.05, 0.2]))
def test_a_suggested_threshold_keeps_false_alarms_within_budget(rows: list[tuple[float, bool]], budget: float) -> None:
    examples = _examples([("homelessness",) if positive else () for _, positive in rows])
    scores = {"homelessness": np.array([score for score, _ in rows])}
    [suggestion] = suggest_thresholds(examples, scores, {"homelessness": budget})
    harmless = np.array([not positive for _, positive in rows])
    flagged = scores["homelessness"][harmless] >= suggestion.threshold
    assert suggestion.threshold == 0.99 or not harmless.any() or flagged.mean() <= budget
    assert suggestion.false_alarms == (flagged.mean() if harmless.any() else 0.0)
    assert 0.0 <= suggestion.recall <= 1.0


def test_handed_off_counts_a_message_flagged_twice_once() -> None:
    examples = _examples([(), (), (), ("self_harm",)])
    scores = {"self_harm": np.array([0.9, 0.1, 0.1, 0.9]), "homelessness": np.array([0.9, 0.9, 0.1, 0.1])}
    thresholds = {"self_harm": 0.5, "homelessness": 0.5}
    assert handed_off(examples, scores, thresholds, ["self_harm", "homelessness"]) == 2 / 3
    assert handed_off(examples, scores, thresholds, ["self_harm"]) == 1 / 3


def test_twins_are_left_out_of_every_budget_and_of_the_handoff_count() -> None:
    everyday = [Example(f"cv help {i}", ()) for i in range(100)]
    twins = [Example(f"on my mate's sofa after the party {i}", (), ("homelessness",)) for i in range(50)]
    examples = [*everyday, *twins, Example("on my mate's sofa, nowhere else", ("homelessness",))]
    # Every twin scores high; of the everyday messages only the first does. Only that one counts.
    high_for_twins = np.array([0.95 if i == 0 else 0.1 for i in range(100)] + [0.9] * 50 + [0.95])
    scores = {"homelessness": high_for_twins, "self_harm": high_for_twins}
    for suggestion in suggest_thresholds(examples, scores, {"homelessness": 0.01, "self_harm": 0.01}):
        assert suggestion.threshold == 0.30 and suggestion.false_alarms == 0.01
    thresholds = {"homelessness": 0.5, "self_harm": 0.99}
    assert handed_off(examples, scores, thresholds, ["homelessness"]) == 1 / 100
    assert handed_off(examples, scores, thresholds, ["self_harm"]) == 0.0


def test_out_of_fold_scores_add_the_rules_to_the_classifier() -> None:
    rng = np.random.default_rng(0)
    labels = [("financial_hardship",) if i % 4 == 0 else () for i in range(40)]
    examples = [Example(("skint no food " if cats else "cv help please ") + str(i), cats)
                for i, cats in enumerate(labels)]
    vectors = rng.normal(size=(40, 8))
    # The rules fire, wrongly and surely, on one harmless message: its combined score cannot be below what the
    # pipeline lets a money-trouble rule count for.
    found = [[Finding("financial_hardship", "rules", 0.95)] if i == 1 else [] for i in range(40)]
    scores = out_of_fold_scores(examples, vectors, found, ["financial_hardship"])["financial_hardship"]
    assert scores.shape == (40,) and ((scores >= 0) & (scores <= 1)).all()
    assert scores[1] >= RULE_CEILING
    positive = np.array([bool(cats) for cats in labels])
    assert scores[positive].mean() > scores[~positive & (np.arange(40) != 1)].mean()
