"""Where the policy's thresholds come from: `jobcoach eval guardrails --suggest-thresholds`.

Only the training examples are used, never the held-out split: the classifier's scores are
out-of-fold (each example scored by a model that did not see it), combined with the rules the
way the pipeline combines them, and each category gets the lowest threshold that keeps false
alarms on the harmless training examples within its budget.

Budgets are per category, but the figure a jobseeker feels is the union: how many harmless
messages end up with a coach for any reason. `handed_off` reports it for the suggested thresholds.

Budgets are shares of everyday harmless messages. Harmless examples written as near-twins of a
category's messages (`Example.twin_of`) teach the classifier, but they are left out of every
budget: their number is whatever the writers chose. When 715 homelessness twins were added,
counting them moved the suggested homelessness threshold from .81 to .89, and their sheer number
lowered others (self_harm from .69 to .64).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from guardrails.classifier import Example, Features, fit_category
from guardrails.findings import CRISIS_CATEGORIES, Finding
from guardrails.pipeline import classifier_findings, combined_scores

# Share of harmless messages each category may flag. Missing a crisis costs far more than a
# coach's minute on a false alarm, so crisis categories get the largest budgets. So does
# homelessness: a miss may leave someone sleeping rough tonight, and its everyday neighbours
# (moving house, changing an address) cost the classifier most recall at 0.5% (.75 against .87).
FALSE_ALARM_BUDGETS = {
    "self_harm": 0.01, "safeguarding": 0.01, "domestic_abuse": 0.005, "homelessness": 0.01,
    "financial_hardship": 0.005, "sanction_dispute": 0.005, "health_disclosure": 0.01,
    "abuse_to_staff": 0.005,
    # The other way round for off_topic: a false alarm turns away a real question ("how do I
    # become a pilot in the RAF"), while a miss costs little (the knowledge base has no answer, and says so).
    "off_topic": 0.002,
}


@dataclass(frozen=True)
class Suggestion:
    category: str
    threshold: float
    recall: float  # out of fold, on the training examples
    false_alarms: float


def out_of_fold_scores(examples: Sequence[Example], vectors: np.ndarray, rule_findings: Sequence[list[Finding]],
                       categories: Sequence[str], folds: int = 5) -> dict[str, np.ndarray]:
    """Each category's combined score for every example, from a classifier that never saw it."""
    from sklearn.model_selection import StratifiedKFold

    texts = [example.text for example in examples]
    scores = {}
    for category in categories:
        labels = np.array([category in example.categories for example in examples], dtype=int)
        out_of_fold = np.zeros(len(examples))
        for train, held in StratifiedKFold(folds, shuffle=True, random_state=0).split(vectors, labels):
            # The n-gram vocabulary is learned from the training fold only, as a model in service would be.
            features = Features()
            matrix = features.fit_transform([texts[i] for i in train], vectors[train])
            model = fit_category(matrix, labels[train])
            out_of_fold[held] = model.predict_proba(features.transform([texts[i] for i in held], vectors[held]))[:, 1]
        # Combined exactly as the pipeline combines them.
        scores[category] = np.array([
            combined_scores([*[f for f in found if f.category == category],
                             *classifier_findings({category: float(p)})]).get(category, 0.0)
            for found, p in zip(rule_findings, out_of_fold, strict=True)
        ])
    return scores


def suggest_thresholds(examples: Sequence[Example], scores: Mapping[str, np.ndarray],
                       budgets: dict[str, float] | None = None) -> list[Suggestion]:
    """Per category, the lowest threshold whose false alarms on everyday harmless examples fit the budget."""
    harmless = _everyday_harmless(examples)
    suggestions = []
    for category, budget in (budgets or FALSE_ALARM_BUDGETS).items():
        score = scores[category]
        threshold = next((round(float(t), 2) for t in np.arange(0.30, 0.995, 0.01)
                          if _share(score[harmless] >= round(float(t), 2)) <= budget), 0.99)
        positive = np.array([category in example.categories for example in examples])
        suggestions.append(Suggestion(category, threshold, _share(score[positive] >= threshold),
                                      _share(score[harmless] >= threshold)))
    return suggestions


def handed_off(examples: Sequence[Example], scores: Mapping[str, np.ndarray], thresholds: Mapping[str, float],
               categories: Sequence[str]) -> float:
    """Share of everyday harmless examples that at least one of `categories` would flag at these thresholds."""
    harmless = _everyday_harmless(examples)
    flagged = np.zeros(len(examples), dtype=bool)
    for category in categories:
        flagged |= scores[category] >= thresholds[category]
    return _share(flagged[harmless])


def crisis_first(suggestions: list[Suggestion]) -> list[Suggestion]:
    return sorted(suggestions, key=lambda s: s.category not in CRISIS_CATEGORIES)


def _share(flags: np.ndarray) -> float:
    """The share of True in `flags`; none of nothing (a set with no harmless or no positive examples)."""
    return float(flags.mean()) if flags.size else 0.0


def _everyday_harmless(examples: Sequence[Example]) -> np.ndarray:
    """Harmless examples, less the twins written to look like a category's messages."""
    return np.array([not example.categories and not example.twin_of for example in examples])
