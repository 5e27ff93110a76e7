"""Where the guardrails plug into a turn.

The engine calls `check_input` before anything else is done with a message (so masking
happens before storage, logging and retrieval), `clean_passage` on every retrieved passage
before a generator sees it, and `check_output` on every reply. `PassThroughGuardrail` is
for tests of other parts; the service uses `guardrails.pipeline.InputOutputGuard`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from guardrails.findings import Finding
from guardrails.policy import ACTION_ORDER, HANDOFF_ACTIONS, Helpline

ACTIONS = ACTION_ORDER


@dataclass(frozen=True)
class InputDecision:
    text: str  # the message with personal data masked: the only form anything downstream sees
    action: str = "answer"
    categories: tuple[str, ...] = ()  # those that count, strongest action first
    message: str = ""  # what to show instead of an answer (any action but answer)
    notice: str = ""  # shown above an answer, e.g. "please do not share personal details"
    priority: str = "normal"
    helplines: tuple[Helpline, ...] = ()
    findings: tuple[Finding, ...] = ()  # everything any layer reported, for the audit trail
    details: dict[str, object] = field(default_factory=dict)

    @property
    def handoff(self) -> bool:
        return self.action in HANDOFF_ACTIONS

    @property
    def urgent(self) -> bool:
        return self.action == "urgent_handoff"

    def audit(self) -> dict[str, object]:
        return {"action": self.action, "categories": list(self.categories), "priority": self.priority,
                "findings": [finding.to_dict() for finding in self.findings]}


@dataclass(frozen=True)
class OutputDecision:
    ok: bool = True
    reason: str = ""


class Guardrail(Protocol):
    def check_input(self, text: str, nation: str | None = None) -> InputDecision:
        ...

    def clean_passage(self, text: str) -> str:
        ...

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        ...


class PassThroughGuardrail:
    def check_input(self, text: str, nation: str | None = None) -> InputDecision:
        return InputDecision(text=text)

    def clean_passage(self, text: str) -> str:
        return text

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        return OutputDecision()
