"""Where the guardrails plug into a turn. Until the guardrails issue lands they pass all through.

The engine calls `check_input` before anything else is done with a message (so masking will
happen before storage, logging and retrieval) and `check_output` on every reply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

ACTIONS = ("answer", "redirect", "refuse", "handoff", "urgent_handoff")


@dataclass(frozen=True)
class InputDecision:
    text: str
    action: str = "answer"
    categories: tuple[str, ...] = ()
    message: str = ""
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class OutputDecision:
    ok: bool = True
    reason: str = ""


class Guardrail(Protocol):
    def check_input(self, text: str) -> InputDecision:
        ...

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        ...


class PassThroughGuardrail:
    def check_input(self, text: str) -> InputDecision:
        return InputDecision(text=text)

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        return OutputDecision()
