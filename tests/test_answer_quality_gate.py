"""CI gate: the extractive composer's answers stay grounded and it does not make answers up."""

from __future__ import annotations

import pytest

from evals.answer_eval import TARGETS, evaluate_answers

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_extractive_answers_meet_their_targets(bundled_index) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_answers(bundled_index.engine, bundled_index.engine.generator)
    print({key: value for key, value in report.items() if key != "failures"})
    assert report["groundedness"] >= TARGETS["groundedness"]
    assert report["made_up_rate"] <= TARGETS["made_up_rate"]
    assert report["answer_rate"] >= 0.6, "the not-found gate has become too strict"


def test_ask_answers_with_citations_end_to_end(bundled_index) -> None:  # type: ignore[no-untyped-def]
    reply = bundled_index.engine.answer("samaritans phone number")
    assert not reply.not_found
    assert "116 123" in reply.answer
    assert reply.citations and all(c.url.startswith("https://") for c in reply.citations)
