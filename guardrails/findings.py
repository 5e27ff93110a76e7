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
CATEGORIES: tuple[str, ...] = (*SENSITIVE_CATEGORIES, "prompt_injection", "off_topic", "pii")


@dataclass(frozen=True)
class Finding:
    category: str
    layer: str  # "rules", "classifier", "llm", "injection", "pii", "output"
    score: float  # 0..1, how sure the layer is
    rule: str = ""  # which rule, pattern or model fired, for the audit trail

    def to_dict(self) -> dict[str, object]:
        return {"category": self.category, "layer": self.layer, "score": round(self.score, 4), "rule": self.rule}
