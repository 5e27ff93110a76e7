"""A conversation over time: the engine's turns, stored, with metrics.

Every turn stores the user's message before answering (a crash mid-answer loses no
message), then the reply with its citations, then an audit event.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from assistant.engine import ConversationEngine
from assistant.store import ConversationRecord, ConversationStore
from assistant.types import HistoryMessage, Reply
from knowledge.errors import InputError

log = logging.getLogger(__name__)


class ChatMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.turns = Counter("jobcoach_turns", "Turns answered", ["generator", "outcome"], registry=self.registry)
        self.latency = Histogram(
            "jobcoach_turn_seconds", "Time to answer a turn", registry=self.registry,
            buckets=(0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30),
        )
        self.fallbacks = Counter("jobcoach_generator_fallbacks", "Replies that fell back to the extractive composer",
                                 ["reason"], registry=self.registry)

    def record(self, reply: Reply, seconds: float) -> None:
        outcome = "handoff" if reply.handoff else "not_found" if reply.not_found else "answered"
        self.turns.labels(reply.generator or "unknown", outcome).inc()
        self.latency.observe(seconds)

    def fallback(self, reason: str) -> None:
        self.fallbacks.labels(reason[:40]).inc()


@dataclass(frozen=True)
class StoredReply:
    message_id: int
    reply: Reply


class ChatService:
    def __init__(self, engine: ConversationEngine, store: ConversationStore, metrics: ChatMetrics | None = None,
                 history_messages: int = 12) -> None:
        self.engine = engine
        self.store = store
        self.metrics = metrics or ChatMetrics()
        self.history_messages = history_messages

    def start(self, locality: str | None = None, nation: str | None = None) -> tuple[str, str]:
        conversation_id, token = self.store.create_conversation(locality=locality, nation=nation)
        self.store.audit("conversation_started", {"locality": locality, "nation": nation}, conversation_id)
        return conversation_id, token

    def send(self, conversation_id: str, text: str) -> StoredReply:
        started = time.perf_counter()
        conversation, history = self._before(conversation_id, text)
        reply = self.engine.answer(text, history, conversation.locality, conversation.nation)
        return self._after(conversation_id, reply, started)

    def stream(self, conversation_id: str, text: str) -> Iterator[str | StoredReply]:
        started = time.perf_counter()
        conversation, history = self._before(conversation_id, text)
        for piece in self.engine.stream(text, history, conversation.locality, conversation.nation):
            if isinstance(piece, Reply):
                yield self._after(conversation_id, piece, started)
            else:
                yield piece

    def _before(self, conversation_id: str, text: str) -> tuple[ConversationRecord, list[HistoryMessage]]:
        conversation = self.store.get_conversation(conversation_id)
        if conversation is None:
            raise InputError("That conversation does not exist.")
        recent = conversation.messages[-self.history_messages:] if self.history_messages else ()
        history = [message.to_history() for message in recent]
        self.store.add_message(conversation_id, "user", text)
        return conversation, history

    def _after(self, conversation_id: str, reply: Reply, started: float) -> StoredReply:
        message_id = self.store.add_message(
            conversation_id, "assistant", reply.answer, citations=reply.citations, not_found=reply.not_found,
            generator=reply.generator, confidence=reply.confidence, suggestions=reply.suggestions,
        )
        seconds = time.perf_counter() - started
        self.metrics.record(reply, seconds)
        self.store.audit("turn", {"message_id": message_id, "generator": reply.generator,
                                  "not_found": reply.not_found, "citations": [c.article_id for c in reply.citations],
                                  "seconds": round(seconds, 4)}, conversation_id)
        return StoredReply(message_id, reply)

