"""`jobcoach eval answers`: are answers grounded, correctly cited and complete, and does the
assistant admit it does not know instead of making something up?"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from statistics import fmean
from typing import Any

from assistant.composer import split_sentences
from assistant.engine import ConversationEngine, TurnContext
from assistant.ports import ChatModel
from assistant.types import Reply
from evals.datasets import read_jsonl
from knowledge.errors import InputError
from retrieval.query import STOPWORDS, words

TARGETS = {"groundedness": 0.98, "made_up_rate": 0.05}
_MARKERS = re.compile(r"\s*\[\d+\]")
# A paraphrased sentence (from a language model) is supported when this share of its
# content words appear in the passages it cites.
SUPPORT_OVERLAP = 0.7


def default_answer_set() -> Path:
    return Path(str(resources.files("evals").joinpath("data/answers.jsonl")))


def load_answer_set(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or default_answer_set()
    rows = []
    for number, row in read_jsonl(path, "answer set"):
        if not isinstance(row.get("question"), str) or not (row.get("unanswerable") or row.get("facts")):
            raise InputError(f'{path}, line {number}: needs a "question" and "facts" and "cite", or "unanswerable".')
        rows.append(row)
    return rows


def answer_sentences(answer: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=[.!?])\s*(?:\[\d+\]\s*)+|(?<=\])\s+", answer)
            if _MARKERS.sub("", part).strip()]


def supported(sentence: str, passages: list[str]) -> bool:
    plain = _MARKERS.sub("", sentence).strip()
    sources = [" ".join(split_sentences(text)) + " " + " ".join(text.split()) for text in passages]
    if any(plain in source for source in sources):
        return True
    content = {word for word in words(plain) if word not in STOPWORDS}
    present = {word for source in sources for word in words(source)}
    return bool(content) and len(content & present) / len(content) >= SUPPORT_OVERLAP


def evaluate_answers(engine: ConversationEngine, generator: ChatModel, dataset: Path | None = None
                     ) -> dict[str, Any]:
    rows = load_answer_set(dataset)
    grounded: list[float] = []
    precision: list[float] = []
    facts: list[float] = []
    answered_when_answerable: list[float] = []
    made_up: list[float] = []
    failures: list[dict[str, Any]] = []
    diverted = 0
    for row in rows:
        reply, context = _ask(engine, generator, row)
        if reply.action != "answer":
            # The guardrails sent it elsewhere (a coach, a refusal): no answer, and nothing made up.
            diverted += 1
            failures.append({"question": row["question"], "problem": f"guardrails: {reply.action}",
                             "categories": reply.categories})
            if not row.get("unanswerable"):
                answered_when_answerable.append(0.0)
                facts.append(0.0)
            continue
        if row.get("unanswerable"):
            made_up.append(0.0 if reply.not_found else 1.0)
            if not reply.not_found:
                failures.append({"question": row["question"], "problem": "answered", "answer": reply.answer})
            continue
        answered_when_answerable.append(0.0 if reply.not_found else 1.0)
        wanted = [fact.lower() for fact in row["facts"]]
        facts.append(0.0 if reply.not_found else sum(fact in reply.answer.lower() for fact in wanted) / len(wanted))
        if reply.not_found or context is None:
            failures.append({"question": row["question"], "problem": "not found"})
            continue
        cited_texts = [passage.text for passage in context.passages
                       if any(c.article_id == passage.article_id and c.section == passage.section
                              for c in reply.citations)]
        sentences = answer_sentences(reply.answer)
        grounded.append(1.0 if sentences and all(supported(s, cited_texts) for s in sentences) else 0.0)
        precision.append(fmean(c.article_id in row["cite"] for c in reply.citations) if reply.citations else 0.0)
        if facts[-1] < 1.0:
            failures.append({"question": row["question"], "problem": "missing facts", "facts": row["facts"],
                             "answer": reply.answer})
    return {
        "generator": generator.name,
        "answerable": len(answered_when_answerable),
        "diverted_by_guardrails": diverted,
        "unanswerable": len(made_up),
        "groundedness": round(fmean(grounded), 4) if grounded else 0.0,
        "citation_precision": round(fmean(precision), 4) if precision else 0.0,
        "fact_recall": round(fmean(facts), 4) if facts else 0.0,
        "answer_rate": round(fmean(answered_when_answerable), 4) if answered_when_answerable else 0.0,
        "made_up_rate": round(fmean(made_up), 4) if made_up else 0.0,
        "failures": failures,
    }


def _ask(engine: ConversationEngine, generator: ChatModel, row: dict[str, Any]) -> tuple[Reply, TurnContext | None]:
    decision = engine.guardrail.check_input(row["question"], row.get("nation"))
    context = engine.prepare(decision, [], row.get("locality"), row.get("nation"), row.get("audience", "jobseeker"))
    if isinstance(context, Reply):
        return context, None
    generation = generator.generate(context.search_text, context.passages)
    return engine.finish(context, generation, decision.notice), context


def targets_met(report: dict[str, Any]) -> bool:
    return report["groundedness"] >= TARGETS["groundedness"] and report["made_up_rate"] <= TARGETS["made_up_rate"]


def print_report(report: dict[str, Any], console: Any, show_failures: int = 15) -> None:
    from rich.table import Table

    table = Table(title=f"Answers by {report['generator']}: {report['answerable']} answerable, "
                        f"{report['unanswerable']} unanswerable questions")
    for column in ("groundedness", "citation precision", "fact recall", "answer rate", "made-up rate"):
        table.add_column(column, justify="right")
    table.add_row(*(f"{report[key]:.3f}" for key in
                    ("groundedness", "citation_precision", "fact_recall", "answer_rate", "made_up_rate")))
    console.print(table)
    console.print(f"Sent elsewhere by the guardrails (a coach, a refusal): {report['diverted_by_guardrails']}.")
    console.print(f"Targets: groundedness ≥ {TARGETS['groundedness']}, made-up answers ≤ {TARGETS['made_up_rate']}: "
                  f"{'met' if targets_met(report) else 'NOT met'}.")
    for failure in report["failures"][:show_failures]:
        detail = failure.get("facts", failure.get("categories", ""))
        console.print(f"  {failure['problem']}: {failure['question']!r} {detail} "
                      f"{failure.get('answer', '')[:160]!r}", markup=False)
