"""A conversation over time: the engine's turns, stored, with metrics.

Every turn first runs the input guardrails, then stores the user's message, masked, before
answering (a crash mid-answer loses no message), then the reply with its citations, then an
audit event with the guardrails' decision. A handoff opens (or raises) the conversation's one
ticket, and while a work coach has the conversation the assistant does not answer in it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Histogram

from assistant.engine import ConversationEngine, guardrail_reply
from assistant.store import ConversationRecord, ConversationStore
from assistant.types import HistoryMessage, Reply
from guardrails.hooks import InputDecision
from knowledge.errors import InputError
from retrieval.embedder import one_turn

log = logging.getLogger(__name__)

WITH_COACH_TEXT = (
    "A work coach has your conversation now. They will reply here or contact you the way you chose. "
    "I will not answer questions in this conversation until they hand it back."
)


class HandoffQueue(Protocol):
    def open_or_update(self, conversation_id: str, category: str, priority: str, summary: str,
                       locality: str | None = None, contact_preference: str | None = None) -> tuple[Any, bool]: ...


class ChatMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.turns = Counter("jobcoach_turns", "Turns answered", ["generator", "outcome"], registry=self.registry)
        self.latency = Histogram(
            "jobcoach_turn_seconds", "Time to answer a turn", registry=self.registry,
            buckets=(0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30),
        )
        self.decisions = Counter("jobcoach_guardrail_decisions", "Input guardrail decisions other than answer",
                                 ["action", "category"], registry=self.registry)
        self.fallbacks = Counter("jobcoach_generator_fallbacks", "Replies that fell back to the extractive composer",
                                 ["reason"], registry=self.registry)

    def record(self, reply: Reply, seconds: float) -> None:
        outcome = "handoff" if reply.handoff else "not_found" if reply.not_found else "answered"
        self.turns.labels(reply.generator or "unknown", outcome).inc()
        self.latency.observe(seconds)

    def decided(self, decision: InputDecision) -> None:
        if decision.action != "answer" or decision.categories:
            self.decisions.labels(decision.action, decision.categories[0] if decision.categories else "").inc()

    def fallback(self, reason: str) -> None:
        self.fallbacks.labels(reason[:40]).inc()


@dataclass(frozen=True)
class StoredReply:
    message_id: int
    reply: Reply


class ChatService:
    def __init__(self, engine: ConversationEngine, store: ConversationStore, metrics: ChatMetrics | None = None,
                 history_messages: int = 12, handoffs: HandoffQueue | None = None) -> None:
        self.engine = engine
        self.store = store
        self.metrics = metrics or ChatMetrics()
        self.history_messages = history_messages
        self.handoffs = handoffs

    def start(self, locality: str | None = None, nation: str | None = None) -> tuple[str, str]:
        conversation_id, token = self.store.create_conversation(locality=locality, nation=nation)
        self.store.audit("conversation_started", {"locality": locality, "nation": nation}, conversation_id)
        return conversation_id, token

    def send(self, conversation_id: str, text: str) -> StoredReply:
        with one_turn():
            return self._send(conversation_id, text)

    def _send(self, conversation_id: str, text: str) -> StoredReply:
        started = time.perf_counter()
        conversation, history, decision = self._before(conversation_id, text)
        held = self._without_assistant(conversation, decision)
        if held is not None:
            return self._after(conversation_id, held, started, decision)
        reply = self.engine.reply_to(_answerable(decision), history, conversation.locality, conversation.nation)
        return self._after(conversation_id, _marked(reply, decision), started, decision)

    def stream(self, conversation_id: str, text: str) -> Iterator[str | StoredReply]:
        started = time.perf_counter()
        # The turn's embeddings happen here, before the first piece is yielded: a web server may
        # resume this generator in another context, where a turn scope would not be found.
        with one_turn():
            conversation, history, decision = self._before(conversation_id, text)
            held = self._without_assistant(conversation, decision)
            if held is None:
                prepared = self.engine.prepare(_answerable(decision), history, conversation.locality,
                                               conversation.nation)
        if held is not None:
            yield held.answer
            yield self._after(conversation_id, held, started, decision)
            return
        pieces = self.engine.stream_prepared(prepared, _answerable(decision))
        try:
            for piece in pieces:
                if isinstance(piece, Reply):
                    yield self._after(conversation_id, _marked(piece, decision), started, decision)
                else:
                    yield piece
        except GeneratorExit:
            # The reader left mid-reply (a closed tab, a lost signal): finish and store the reply
            # anyway, so the conversation is whole when they come back.
            for piece in pieces:
                if isinstance(piece, Reply):
                    self._after(conversation_id, _marked(piece, decision), started, decision)
            raise

    def _before(self, conversation_id: str, text: str
                ) -> tuple[ConversationRecord, list[HistoryMessage], InputDecision]:
        conversation = self.store.get_conversation(conversation_id, last_messages=self.history_messages)
        if conversation is None:
            raise InputError("That conversation does not exist.")
        history = [message.to_history() for message in conversation.messages]
        self.engine.embed_search_alongside(history, conversation.locality)
        # Before anything is stored or logged: the decision's text has personal data masked.
        decision = self.engine.guardrail.check_input(text, conversation.nation)
        self.metrics.decided(decision)
        self.store.add_message(conversation_id, "user", decision.text)
        return conversation, history, decision

    def _without_assistant(self, conversation: ConversationRecord, decision: InputDecision) -> Reply | None:
        """Open or raise the ticket a handoff needs; a reply when the assistant must not answer.

        A crisis gets the help at once and no answer. An ordinary handoff (homelessness, money,
        a dispute) still answers this question from the guidance, with what happens next on top.
        Once a coach has the conversation the assistant stays quiet in it.
        """
        with_coach = conversation.status == "handed_over"
        if decision.handoff:
            self._ticket(conversation, decision)
        if not with_coach:
            return guardrail_reply(decision) if decision.urgent else None
        if decision.urgent:
            reply = guardrail_reply(decision)
            reply.answer = f"{reply.answer} {WITH_COACH_TEXT}"
            return reply
        return Reply(answer=WITH_COACH_TEXT, handoff=True, generator="handoff", action="handoff")

    def _ticket(self, conversation: ConversationRecord, decision: InputDecision) -> None:
        if self.handoffs is None:
            log.error("A %s handoff was decided but no handoff queue is configured.", decision.categories[0])
            return
        category = decision.categories[0]
        summary = f"{category.replace('_', ' ').capitalize()}. They wrote: \"{_clip(decision.text, 280)}\""
        _, created = self.handoffs.open_or_update(conversation.id, category, decision.priority, summary,
                                                  locality=conversation.locality)
        log.info("Handoff %s for a conversation (%s, %s).", "opened" if created else "updated", category,
                 decision.priority)

    def _after(self, conversation_id: str, reply: Reply, started: float, decision: InputDecision) -> StoredReply:
        seconds = time.perf_counter() - started
        turn = {"generator": reply.generator, "not_found": reply.not_found,
                "citations": [c.article_id for c in reply.citations], "seconds": round(seconds, 4),
                "guardrails": decision.audit(), "blocked": reply.blocked}
        message_id = self.store.add_message(
            conversation_id, "assistant", reply.answer, citations=reply.citations, not_found=reply.not_found,
            generator=reply.generator, confidence=reply.confidence, suggestions=reply.suggestions,
            action=reply.action, helplines=reply.helplines, notice=reply.notice, audit=("turn", turn),
        )
        self.metrics.record(reply, seconds)
        return StoredReply(message_id, reply)


def _answerable(decision: InputDecision) -> InputDecision:
    """An ordinary handoff's question is still answered, with the handoff message as its notice."""
    if decision.action != "handoff":
        return decision
    return replace(decision, action="answer", notice=" ".join(filter(None, (decision.message, decision.notice))))


def _marked(reply: Reply, decision: InputDecision) -> Reply:
    if decision.action == "handoff":
        reply.handoff, reply.action = True, "handoff"
        reply.categories, reply.helplines = list(decision.categories), list(decision.helplines)
        if reply.not_found:  # "ask for a coach" would contradict the coach already asked for
            reply.answer, reply.notice = decision.message, decision.notice
    return reply


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
