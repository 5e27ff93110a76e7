"""What the rule tests share: one rules layer, and the categories a message fires at a score."""

from __future__ import annotations

from guardrails.rules import SensitiveRules

# The crisis categories, whose recall on the train split must stay high.
CRISIS_FLOOR_CATEGORIES = ("self_harm", "safeguarding", "domestic_abuse")
RULES = SensitiveRules()


def scores(text: str) -> dict[str, float]:
    return {f.category: f.score for f in RULES.check(text)}


def fired(text: str, threshold: float = 0.5) -> set[str]:
    return {cat for cat, score in scores(text).items() if score >= threshold}
