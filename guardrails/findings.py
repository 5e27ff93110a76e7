"""What a guardrail layer reports: a category, the layer and rule that fired, and a score."""

from __future__ import annotations

from dataclasses import dataclass

SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "self_harm",
    "safeguarding",
    "domestic_abuse",
    "homelessness",
    "financial_hardship",
    "sanction_dispute",
    "health_disclosure",
    "abuse_to_staff",
)
CRISIS_CATEGORIES: tuple[str, ...] = ("self_harm", "safeguarding")
# Where someone may be in danger now. Their rules read every word (no quiet spans, no "in general"
# questions) and count in full on their own, without waiting for the classifier to agree.
DANGER_CATEGORIES: frozenset[str] = frozenset({*CRISIS_CATEGORIES, "domestic_abuse"})
CATEGORIES: tuple[str, ...] = (*SENSITIVE_CATEGORIES, "prompt_injection", "off_topic", "pii")


@dataclass(frozen=True)
class Finding:
    category: str
    layer: str  # "rules", "classifier", "llm", "injection", "pii", "output"
    score: float  # 0..1, how sure the layer is
    rule: str = ""  # which rule, pattern or model fired, for the audit trail
    # The rules read the phrase and judged that it does not count (a past that is over, someone
    # else's case): evidence against the category, which the other layers' scores give way to.
    quiet: bool = False

    def to_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"category": self.category, "layer": self.layer, "score": round(self.score, 4),
                                   "rule": self.rule}
        if self.quiet:
            body["quiet"] = True
        return body
