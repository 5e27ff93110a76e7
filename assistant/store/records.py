"""What the conversation store hands out: plain frozen values, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from assistant.types import Citation, HistoryMessage, Role
from guardrails.policy import Helpline

URGENT = "urgent_handoff"
# The generator of assistant.chat's holding reply ("a work coach has your conversation").
HOLDING_GENERATOR = "handoff"


def feedback_wanted(action: str | None, generator: str) -> bool:
    """Whether to ask "was this helpful?" under a reply: not under a crisis reply or the holding
    reply, which are not answers to rate."""
    return action != URGENT and generator != HOLDING_GENERATOR


@dataclass(frozen=True)
class CitationRecord:
    number: int
    article_id: str
    title: str
    url: str
    section: str

    def to_citation(self) -> Citation:
        return Citation(number=self.number, article_id=self.article_id, title=self.title, url=self.url,
                        section=self.section)


@dataclass(frozen=True)
class MessageRecord:
    id: int
    conversation_id: str
    role: Role
    text: str
    created_at: datetime
    not_found: bool = False
    generator: str = ""
    confidence: float | None = None
    suggestions: tuple[str, ...] = ()
    citations: tuple[CitationRecord, ...] = ()
    action: str | None = None  # None: not recorded (user and coach messages, replies from before 0003)
    helplines: tuple[Helpline, ...] = ()
    notice: str = ""  # shown above the reply, e.g. that a work coach will be in touch

    def to_history(self) -> HistoryMessage:
        return HistoryMessage(role=self.role, text=self.text)

    def to_dict(self, with_suggestions: bool = False) -> dict[str, Any]:
        """The message for an API: its text, citations, and what was shown with a reply (the guardrail
        `action`, where urgent_handoff means the crisis panel, the `helplines` and the `notice`).
        `with_suggestions` adds a reply's follow-up questions: the jobseeker's view, of no use to a coach."""
        body: dict[str, Any] = {
            "id": self.id, "role": self.role, "text": self.text, "created_at": self.created_at.isoformat(),
            "not_found": self.not_found, "citations": [citation.to_citation().to_dict() for citation in self.citations],
            "action": self.action, "helplines": [line.to_dict() for line in self.helplines], "notice": self.notice,
        }
        if with_suggestions:
            body["suggestions"] = list(self.suggestions)
        return body

    @property
    def urgent(self) -> bool:
        return self.action == URGENT

    @property
    def shows_crisis(self) -> bool:
        """The "get help now" panel goes above a crisis reply, and above any reply with helplines."""
        return self.role == "assistant" and (self.urgent or bool(self.helplines))

    @property
    def invites_feedback(self) -> bool:
        return self.role == "assistant" and feedback_wanted(self.action, self.generator)


@dataclass(frozen=True)
class ConversationRecord:
    id: str
    locality: str | None
    nation: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    messages: tuple[MessageRecord, ...] = ()

    def to_dict(self, with_suggestions: bool = False) -> dict[str, Any]:
        """The conversation for an API (see `MessageRecord.to_dict`)."""
        return {
            "id": self.id, "locality": self.locality, "nation": self.nation, "status": self.status,
            "messages": [message.to_dict(with_suggestions) for message in self.messages],
        }


@dataclass(frozen=True)
class HandoffRecord:
    """A handoff ticket. `conversation_id` is None once the jobseeker has deleted the conversation."""

    id: str
    conversation_id: str | None
    priority: str
    category: str
    summary: str
    locality: str | None
    contact_preference: str
    status: str
    claimed_by: str | None
    outcome: str | None
    note: str | None
    created_at: datetime
    claimed_at: datetime | None
    resolved_at: datetime | None
    updated_at: datetime
