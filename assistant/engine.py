"""One turn of the conversation: guard, condense, retrieve, generate, check, reply."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.condense import Condensed, condense
from assistant.ports import ChatModel
from assistant.types import Citation, Generation, HistoryMessage, Passage, Reply
from guardrails.hooks import Guardrail, InputDecision, PassThroughGuardrail
from retrieval.embedder import embed_alongside, one_turn
from retrieval.retriever import HybridRetriever
from retrieval.types import ChunkRecord, RetrievedChunk, SearchFilters

NOT_FOUND_TEXT = (
    "Sorry, I could not find an answer to that in our guidance, and I do not want to guess. "
    "A work coach can help you with it. Ask to talk to a work coach."
)
SAFE_FALLBACK_TEXT = (
    "Sorry, I cannot give you a safe answer to that. A work coach can help you with it. "
    "Ask to talk to a work coach."
)
log = logging.getLogger(__name__)
_MARKER = re.compile(r"\s*\[(\d+)\]")


@dataclass(frozen=True)
class EngineConfig:
    passages: int = 5
    history_messages: int = 6
    suggestions: int = 3
    # Below this cosine between the question and the best passage, nothing relevant was found:
    # say so rather than answer from loosely related text. Chosen on evals/data/answers.jsonl.
    min_relevance: float = 0.54


@dataclass(frozen=True)
class TurnContext:
    question: str
    search_text: str
    filters: SearchFilters
    chunks: list[RetrievedChunk]
    passages: list[Passage]
    history: list[HistoryMessage]


class ConversationEngine:
    def __init__(self, retriever: HybridRetriever, generator: ChatModel, guardrail: Guardrail | None = None,
                 config: EngineConfig | None = None) -> None:
        self.retriever = retriever
        self.generator = generator
        self.guardrail = guardrail or PassThroughGuardrail()
        self.config = config or EngineConfig()
        self._places_cache: tuple[int, set[str]] | None = None

    def answer(self, question: str, history: Sequence[HistoryMessage] = (), locality: str | None = None,
               nation: str | None = None, audience: str = "jobseeker") -> Reply:
        with one_turn():
            self.embed_search_alongside(history, locality)
            return self.reply_to(self.guardrail.check_input(question, nation), history, locality, nation, audience)

    def embed_search_alongside(self, history: Sequence[HistoryMessage], locality: str | None) -> None:
        """Within a turn: embed the search text in the same pass as the guard's message."""
        embed_alongside(lambda masked: [self.search_text(masked, history, locality)])

    def search_text(self, text: str, history: Sequence[HistoryMessage], locality: str | None) -> str:
        """What retrieval will embed for this (masked) message: the follow-up condensed, then analysed."""
        return self.retriever.dense_text(self._condensed(text, self._recent(history), locality).question)

    def _recent(self, history: Sequence[HistoryMessage]) -> list[HistoryMessage]:
        return list(history)[-self.config.history_messages:]

    def _condensed(self, text: str, recent: list[HistoryMessage], locality: str | None) -> Condensed:
        return condense(text, recent, self._places(), locality)

    def reply_to(self, decision: InputDecision, history: Sequence[HistoryMessage] = (), locality: str | None = None,
                 nation: str | None = None, audience: str = "jobseeker") -> Reply:
        """Answer a message the input guardrails have already checked (and masked)."""
        context = self.prepare(decision, history, locality, nation, audience)
        if isinstance(context, Reply):
            return context
        generation = self.generator.generate(context.search_text, context.passages, context.history)
        return self.finish(context, generation, decision.notice)

    def stream(self, question: str, history: Sequence[HistoryMessage] = (), locality: str | None = None,
               nation: str | None = None) -> Iterator[str | Reply]:
        return self.stream_reply_to(self.guardrail.check_input(question, nation), history, locality, nation)

    def stream_reply_to(self, decision: InputDecision, history: Sequence[HistoryMessage] = (),
                        locality: str | None = None, nation: str | None = None) -> Iterator[str | Reply]:
        """Text pieces as they come, then the final Reply (which may differ, after checks)."""
        yield from self.stream_prepared(self.prepare(decision, history, locality, nation), decision)

    def stream_prepared(self, context: TurnContext | Reply, decision: InputDecision) -> Iterator[str | Reply]:
        """`stream_reply_to` once `prepare` has run (a caller may want the embedding done first)."""
        if isinstance(context, Reply):
            yield context.answer
            yield context
            return
        generation: Generation | None = None
        for piece in self.generator.stream(context.search_text, context.passages, context.history):
            if isinstance(piece, Generation):
                generation = piece
            else:
                yield piece
        if generation is None:
            generation = Generation("", (), not_found=True, generator=self.generator.name)
        yield self.finish(context, generation, decision.notice)

    def prepare(self, decision: InputDecision, history: Sequence[HistoryMessage], locality: str | None,
                nation: str | None, audience: str = "jobseeker") -> TurnContext | Reply:
        # A work coach asking about a claimant in crisis needs the process, not a helpline;
        # only attempts to subvert the assistant are refused whoever asks.
        staff_question = audience == "coach" and "prompt_injection" not in decision.categories
        if decision.action != "answer" and not staff_question:
            return guardrail_reply(decision)
        recent = self._recent(history)
        condensed = self._condensed(decision.text, recent, locality)
        filters = SearchFilters(audience=audience, locality=condensed.locality, nation=nation)
        chunks = self.retriever.retrieve(condensed.question, k=self.config.passages, filters=filters)
        if not chunks or max(chunk.dense_score or 0.0 for chunk in chunks) < self.config.min_relevance:
            return Reply(answer=NOT_FOUND_TEXT, not_found=True, generator="retrieval", notice=decision.notice)
        passages = [
            Passage(number, chunk.article_id, chunk.title, chunk.source_url, chunk.heading,
                    self.guardrail.clean_passage(_readable(chunk)))
            for number, chunk in enumerate(chunks, 1)
        ]
        return TurnContext(decision.text, condensed.question, filters, chunks, passages, recent)

    def finish(self, context: TurnContext, generation: Generation, notice: str = "") -> Reply:
        by_number = {passage.number: passage for passage in context.passages}
        cited = [number for number in generation.cited if number in by_number]
        if generation.not_found or not cited or not generation.text.strip():
            return Reply(answer=NOT_FOUND_TEXT, not_found=True, generator=generation.generator, notice=notice)
        output = self.guardrail.check_output(generation.text, [by_number[n].text for n in cited])
        if not output.ok:
            log.warning("A %s reply failed the output checks (%s): sent the safe fallback.",
                        generation.generator, output.reason)
            return Reply(answer=SAFE_FALLBACK_TEXT, not_found=True, generator=generation.generator, notice=notice,
                         blocked=output.reason)
        # Renumber citations 1..n in the order they are used, so the reader sees [1], [2].
        renumber = {old: new for new, old in enumerate(dict.fromkeys(_used_markers(generation.text, cited)), 1)}
        text = _MARKER.sub(lambda m: f" [{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "",
                           generation.text).strip()
        citations = [
            Citation(new, by_number[old].article_id, by_number[old].title, by_number[old].url, by_number[old].section)
            for old, new in renumber.items()
        ]
        scores = [context.chunks[old - 1].dense_score or 0.0 for old in renumber]
        return Reply(
            answer=text, citations=citations, confidence=max(scores, default=0.0),
            suggestions=self._suggestions(citations), generator=generation.generator, notice=notice,
        )

    def warm(self) -> int:
        """Prepare the generator for every passage the knowledge base can give (the composer embeds
        their sentences once); returns how much new work that took."""
        warm = getattr(self.generator, "warm", None)
        catalog = self.retriever.catalog
        if not callable(warm) or not hasattr(catalog, "live_chunk_ids"):
            return 0
        records = catalog.fetch(sorted(catalog.live_chunk_ids()), None)
        return int(warm(self.guardrail.clean_passage(_readable(record)) for record in records.values()))

    def _suggestions(self, citations: list[Citation]) -> list[str]:
        headings = getattr(self.retriever.catalog, "headings", None)
        if not citations or not callable(headings):
            return []
        used = {citation.section for citation in citations}
        found: list[str] = []
        for citation in citations:
            for heading in headings(citation.article_id):
                if heading not in used and heading not in found:
                    found.append(heading)
        return found[: self.config.suggestions]

    def _places(self) -> set[str]:
        localities = getattr(self.retriever.catalog, "localities", None)
        if not callable(localities):
            return set()
        version = self.retriever.catalog_version()
        if self._places_cache is None or self._places_cache[0] != version:
            self._places_cache = (version, localities())
        return self._places_cache[1]


def guardrail_reply(decision: InputDecision) -> Reply:
    """What the person sees instead of an answer: the policy's message, and the numbers first."""
    return Reply(
        answer=decision.message or SAFE_FALLBACK_TEXT, handoff=decision.handoff, generator="guardrail",
        action=decision.action, categories=list(decision.categories), helplines=list(decision.helplines),
    )


def _readable(chunk: RetrievedChunk | ChunkRecord) -> str:
    """A summary chunk without its title line and topic tags: only its sentence is worth reading."""
    if chunk.heading != "Summary":
        return chunk.text
    lines = chunk.text.splitlines()[1:]
    return "\n".join(line for line in lines if not line.startswith("Topics:"))


def _used_markers(text: str, valid: list[int]) -> list[int]:
    return [int(number) for number in _MARKER.findall(text) if int(number) in valid]

