"""What the conversation store hands out: plain frozen values, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from assistant.types import Citation, HistoryMessage, Role


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

    def to_history(self) -> HistoryMessage:
        return HistoryMessage(role=self.role, text=self.text)


@dataclass(frozen=True)
class ConversationRecord:
    id: str
    locality: str | None
    nation: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    messages: tuple[MessageRecord, ...] = ()


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
