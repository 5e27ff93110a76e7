"""The turn pipeline with fake ports: no model weights, no network."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from assistant.composer import ComposerConfig, ExtractiveComposer, split_sentences
from assistant.engine import NOT_FOUND_TEXT, ConversationEngine
from assistant.types import Generation, HistoryMessage, Passage, Reply
from guardrails.hooks import InputDecision, PassThroughGuardrail

BUS = ("## Travel to interviews\n\nYour work coach can pay your bus fares to a job interview. "
       "Ask before you travel and keep your tickets.\n\n## Tools\n\nThe fund can also pay for work tools."
       "\n\n## Who decides\n\nYour work coach decides on each request.")
CV = "## Writing a CV\n\nA CV lists your skills, school results and any work you have done."


@pytest.fixture
def engine(index, write_article):  # type: ignore[no-untyped-def]
    ingestor, retriever, embedder, *_ = index
    write_article("bus-fares", BUS, title="Help with bus fares")
    write_article("cardiff-bus", "## Cardiff buses\n\nIn Cardiff, the council gives jobseekers cheap bus tickets "
                  "for interviews.", locality="[Cardiff]")
    ingestor.ingest(write_article("cv-basics", CV, title="CV basics").parent)
    composer = ExtractiveComposer(embedder, ComposerConfig(min_similarity=0.2))
    return ConversationEngine(retriever, composer)


def test_an_answer_is_made_of_cited_passage_sentences(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.answer("can my work coach pay bus fares to an interview")
    assert not reply.not_found
    assert "Your work coach can pay your bus fares to a job interview. [1]" in reply.answer
    assert reply.citations[0].article_id == "bus-fares"
    assert reply.citations[0].url == "https://www.gov.uk/bus-fares"
    assert [c.number for c in reply.citations] == list(range(1, len(reply.citations) + 1))
    assert "Who decides" in reply.suggestions
    assert not set(reply.suggestions) & {citation.section for citation in reply.citations}


def test_nothing_relevant_says_so_and_offers_a_coach(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.answer("zebra quantum volcano")
    assert reply.not_found and reply.answer == NOT_FOUND_TEXT and reply.citations == []
    assert "work coach" in reply.answer


def test_a_follow_up_uses_the_history_and_a_new_place(engine) -> None:  # type: ignore[no-untyped-def]
    history = [HistoryMessage("user", "bus fares to an interview"), HistoryMessage("assistant", "...")]
    reply = engine.answer("what about in Cardiff?", history)
    assert "cardiff-bus" in {citation.article_id for citation in reply.citations}


def test_streaming_gives_pieces_then_the_reply(engine) -> None:  # type: ignore[no-untyped-def]
    items = list(engine.stream("can my work coach pay bus fares to an interview"))
    assert isinstance(items[-1], Reply)
    assert len(items) > 3 and all(isinstance(item, str) for item in items[:-1])


class InventingModel:
    name = "inventing"

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[HistoryMessage] = ()
                 ) -> Generation:
        return Generation("Bus fares are paid [9]. Keep tickets [1].", (1, 9), generator=self.name)

    def stream(self, question: str, passages: Sequence[Passage], history: Sequence[HistoryMessage] = ()
               ) -> Iterator[str | Generation]:
        yield self.generate(question, passages, history)


def test_citations_to_passages_that_were_not_sent_are_dropped(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, *_ = index
    ingestor.ingest(write_article("bus-fares", BUS).parent)
    reply = ConversationEngine(retriever, InventingModel()).answer("bus fares")
    assert reply.answer == "Bus fares are paid. Keep tickets [1]."
    assert len(reply.citations) == 1


class HandOff(PassThroughGuardrail):
    def check_input(self, text: str, nation: str | None = None) -> InputDecision:
        return InputDecision(text=text, action="urgent_handoff", message="Call 999 now.")


def test_the_guardrail_hook_runs_first(index, write_article) -> None:  # type: ignore[no-untyped-def]
    _, retriever, embedder, *_ = index
    reply = ConversationEngine(retriever, ExtractiveComposer(embedder), guardrail=HandOff()).answer("anything")
    assert reply.handoff and reply.answer == "Call 999 now."


def test_a_work_coach_asking_about_a_claimant_in_crisis_gets_the_guidance(engine) -> None:  # type: ignore[no-untyped-def]
    engine.guardrail = HandOff()
    reply = engine.answer("can my work coach pay bus fares to an interview", audience="coach")
    assert not reply.handoff and reply.action == "answer"


def test_sentences_come_out_of_markdown_cleanly() -> None:
    text = ("## Heading\n\nFirst sentence is here. Second one is too!\n\n"
            "- bus fares to interviews\n- A [link](https://x.y) item here")
    assert split_sentences(text) == ["First sentence is here.", "Second one is too!", "A link item here."]
