"""Input and output guardrails: personal data, sensitive cases, injection, the policy, reply checks.

Nothing heavy loads on import: Presidio, scikit-learn and the model load when a layer is built.
"""

from guardrails.classifier import EmbeddingClassifier
from guardrails.findings import CATEGORIES, CRISIS_CATEGORIES, DANGER_CATEGORIES, SENSITIVE_CATEGORIES, Finding
from guardrails.hooks import ACTIONS, Guardrail, InputDecision, OutputDecision, PassThroughGuardrail
from guardrails.injection import InjectionDetector
from guardrails.output import OutputChecker
from guardrails.pii import MaskedText, PiiMasker
from guardrails.pipeline import InputOutputGuard, decide
from guardrails.policy import Helpline, Policy, PolicyFile, load_policy
from guardrails.rules import SensitiveRules

__all__ = [
    "ACTIONS",
    "CATEGORIES",
    "CRISIS_CATEGORIES",
    "DANGER_CATEGORIES",
    "SENSITIVE_CATEGORIES",
    "EmbeddingClassifier",
    "Finding",
    "Guardrail",
    "Helpline",
    "InjectionDetector",
    "InputDecision",
    "InputOutputGuard",
    "MaskedText",
    "OutputChecker",
    "OutputDecision",
    "PassThroughGuardrail",
    "PiiMasker",
    "Policy",
    "PolicyFile",
    "SensitiveRules",
    "decide",
    "load_policy",
]
