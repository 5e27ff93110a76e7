"""What a turn of the conversation produces: our own types, whatever generated them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from guardrails.policy import Helpline

Role = Literal["user", "assistant", "coach", "system"]


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk as a generator sees it, numbered for citation as [n]."""

    number: int
    article_id: str
    title: str
    url: str
    section: str
    text: str


@dataclass(frozen=True)
class Citation:
    number: int
    article_id: str
    title: str
    url: str
    section: str

    def to_dict(self) -> dict[str, object]:
        return {"number": self.number, "id": self.article_id, "title": self.title, "url": self.url,
                "section": self.section}


@dataclass(frozen=True)
class HistoryMessage:
    role: Role
    text: str


@dataclass(frozen=True)
class Generation:
    """A generator's answer. `cited` are passage numbers it actually relied on."""

    text: str
    cited: tuple[int, ...]
    not_found: bool = False
    generator: str = ""
    fell_back: bool = False


@dataclass
class Reply:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    not_found: bool = False
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    handoff: bool = False
    generator: str = ""
    action: str = "answer"  # the guardrail action: answer, redirect, refuse, handoff, urgent_handoff
    categories: list[str] = field(default_factory=list)
    helplines: list[Helpline] = field(default_factory=list)  # shown first, before the answer
    notice: str = ""  # a short note shown above the answer
    blocked: str = ""  # why the output checks replaced the answer; for logs, never shown

    @property
    def urgent(self) -> bool:
        return self.action == "urgent_handoff"

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action,
            "urgent": self.urgent,
            "helplines": [line.to_dict() for line in self.helplines],
            "notice": self.notice,
            "answer": self.answer,
            "citations": [citation.to_dict() for citation in self.citations],
            "not_found": self.not_found,
            "confidence": round(self.confidence, 3),
            "suggestions": list(self.suggestions),
            "handoff": self.handoff,
        }
