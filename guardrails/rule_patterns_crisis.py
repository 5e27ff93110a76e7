"""Phrase tables for the crisis categories (self_harm, safeguarding, domestic_abuse), on normalised text.

Same form and flags as `rule_patterns` (see its docstring). The rules are grouped by phrasing family, not by
example sentence: each family allows for flexible word order, fillers ("just", "honestly") and the common
misspellings that normalisation folds away. A family that is unambiguous scores 0.85 to 0.95; a weaker signal
scores 0.5 to 0.7 so the classifier can confirm it.

Each category's tables live in a module of their own (`rule_patterns_self_harm`, with calm final
arrangements in `rule_patterns_farewell` and sideways phrasings in `rule_patterns_ideation`;
`rule_patterns_safeguarding`, `rule_patterns_domestic`); this one
gathers them.
"""

from __future__ import annotations

from guardrails.rule_patterns_domestic import DOMESTIC_ABUSE
from guardrails.rule_patterns_farewell import FAREWELL
from guardrails.rule_patterns_ideation import IDEATION
from guardrails.rule_patterns_safeguarding import HARM_WORDS, INTENT, SAFEGUARDING, STAFF
from guardrails.rule_patterns_self_harm import SELF_HARM

__all__ = ["CRISIS_RULES", "HARM_WORDS", "INTENT", "STAFF", "Rule"]

Rule = tuple[str, float, str] | tuple[str, float, str, str]

CRISIS_RULES: dict[str, tuple[Rule, ...]] = {
    "self_harm": SELF_HARM + FAREWELL + IDEATION,
    "safeguarding": SAFEGUARDING,
    "domestic_abuse": DOMESTIC_ABUSE,
}
