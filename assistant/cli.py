"""The `jobcoach` command."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from assistant.cli_common import (
    app,
    bench_app,
    components,
    err,
    eval_app,
    friendly_errors,
    load_settings,
    out,
    run_ingest,
)
from knowledge.errors import InputError


@app.command()
def ingest(
    path: Path | None = typer.Argument(None, help="Folder of Markdown articles. Default: the bundled knowledge base."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check, chunk, embed and index articles. Only changed articles are embedded again."""
    with friendly_errors():
        settings = load_settings()
        parts = components(settings)
        report = run_ingest(parts, path or settings.content_dir, show_progress=not as_json)
        if as_json:
            print(json.dumps(report.to_dict()))
        else:
            for problem in report.problems:
                err.print(f"[yellow]Skipped[/] {problem}")
            out.print(
                f"{report.articles_seen} articles: {report.articles_changed} new or changed, "
                f"{report.articles_unchanged} unchanged, {report.articles_removed} removed. "
                f"Embedded {report.chunks_embedded} chunks; {report.chunks_live} chunks live. "
                f"Took {report.seconds:.1f} s."
            )
        if report.problems:
            err.print(f"[yellow]{len(report.problems)} file(s) had problems and were skipped.[/]")


@app.command()
def retrieve(
    query: str | None = typer.Argument(None, help="What to search for."),
    k: int = typer.Option(5, "-k", min=1, max=50, help="How many results."),
    locality: str | None = typer.Option(None, help="The user's area, e.g. Wakefield: adds its local content."),
    audience: str = typer.Option("jobseeker", help="jobseeker or coach."),
    nation: str | None = typer.Option(None, help="England, Scotland or Wales."),
    mode: str = typer.Option("hybrid", help="hybrid, dense or lexical."),
    batch: Path | None = typer.Option(None, help='A JSONL file with one {"query": ...} per line.'),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Search the knowledge base."""
    from retrieval.types import SearchFilters

    with friendly_errors():
        if mode not in ("hybrid", "dense", "lexical"):
            raise InputError(f"--mode must be hybrid, dense or lexical (got {mode!r}).")
        if (query is None) == (batch is None):
            raise InputError("Give either a QUERY or --batch FILE.jsonl, not both or neither.")
        settings = load_settings()
        parts = components(settings)
        _require_index(parts)
        base = dict(audience=audience, locality=locality, nation=nation, include_stale=settings.include_stale)

        def search(text: str, overrides: dict[str, Any]) -> list[Any]:
            filters = SearchFilters(**{**base, **overrides})
            return parts.retriever.retrieve(text, k=int(overrides.get("k", k)), filters=filters, mode=mode)

        if batch is not None:
            _retrieve_batch(batch, search)
            return
        assert query is not None
        results = search(query, {})
        if as_json:
            print(json.dumps({"query": query, "results": [r.to_dict() for r in results]}))
            return
        if not results:
            out.print("Nothing found.")
        for number, result in enumerate(results, 1):
            out.print(f"[bold]{number}. {result.title}[/] — {result.heading or 'Introduction'}  "
                      f"[dim]({result.article_id}, score {result.score:.4f})[/]")
            out.print(f"   {result.source_url}")
            snippet = " ".join(result.text.split())
            out.print(f"   {snippet[:200]}{'…' if len(snippet) > 200 else ''}", markup=False)


def _retrieve_batch(batch: Path, search: Callable[[str, dict[str, Any]], list[Any]]) -> None:
    if not batch.is_file():
        raise InputError(f"No such file: {batch}.")
    with batch.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("query"), str):
                    raise ValueError('each line must be an object with a "query" string')
            except ValueError as error:
                print(json.dumps({"line": number, "error": f"line {number}: {error}"}))
                continue
            overrides = {key: row[key] for key in ("locality", "audience", "nation", "k") if key in row}
            try:
                results = search(row["query"], overrides)
            except InputError as error:
                print(json.dumps({"line": number, "query": row["query"], "error": f"line {number}: {error}"}))
                continue
            print(json.dumps({"query": row["query"], "results": [r.to_dict() for r in results]}), flush=True)


def _require_index(parts: Any) -> None:
    from knowledge.errors import IndexNotReadyError

    if parts.catalog.chunk_count() == 0:
        raise IndexNotReadyError()


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, as a jobseeker would type it."),
    locality: str | None = typer.Option(None, help="The user's area, e.g. Cardiff."),
    nation: str | None = typer.Option(None, help="England, Scotland or Wales."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Answer one question with the same engine as the chat."""
    with friendly_errors():
        if not question.strip():
            raise InputError("The question is empty: type a question.")
        settings = load_settings()
        parts = components(settings)
        _require_index(parts)
        reply = parts.engine.answer(question, locality=locality, nation=nation)
        if as_json:
            print(json.dumps({
                "answer": reply.answer,
                "citations": [{"id": c.article_id, "title": c.title, "url": c.url} for c in reply.citations],
                "not_found": reply.not_found,
                "handoff": reply.handoff,
            }))
            return
        out.print(reply.answer, markup=False)
        for citation in reply.citations:
            out.print(f"[{citation.number}] {citation.title} — {citation.section or 'Introduction'}: {citation.url}",
                      markup=False)
        if reply.suggestions:
            out.print("You could also ask about: " + "; ".join(reply.suggestions), markup=False)


@app.command()
def serve(
    host: str | None = typer.Option(None, help="Address to listen on."),
    port: int | None = typer.Option(None, help="Port to listen on."),
    ingest_first: bool = typer.Option(True, "--ingest/--no-ingest", help="Bring the index up to date first."),
) -> None:
    """Run the web service."""
    import uvicorn

    from assistant.service import create_app

    with friendly_errors():
        settings = load_settings()
        parts = components(settings)
        if ingest_first:
            report = run_ingest(parts, settings.content_dir, show_progress=sys.stderr.isatty())
            err.print(f"Index ready: {report.chunks_live} chunks ({report.chunks_embedded} embedded now).")
        application = create_app(settings, parts)
        uvicorn.run(application, host=host or settings.host, port=port or settings.port,
                    log_level=settings.log_level.lower())


@eval_app.command("retrieval")
def eval_retrieval(
    dataset: Path | None = typer.Option(
        None, help="A labelled set (JSONL). Default: the golden set, then the held-out set."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    check: bool = typer.Option(False, help="Exit 1 unless the targets are met on the golden set."),
) -> None:
    """Recall@1, recall@5, MRR@10 and nDCG@10 for dense, BM25 and hybrid retrieval."""
    from evals.retrieval_eval import (
        default_golden_set,
        default_holdout_set,
        evaluate_retrieval,
        print_report,
        targets_met,
    )

    with friendly_errors():
        settings = load_settings()
        parts = components(settings)
        run_ingest(parts, settings.content_dir, show_progress=False)
        datasets = [dataset] if dataset else [default_golden_set(), default_holdout_set()]
        reports = [evaluate_retrieval(parts.retriever, path) for path in datasets]
        if as_json:
            print(json.dumps(reports if len(reports) > 1 else reports[0]))
        else:
            for report in reports:
                print_report(report, out)
        if check and not targets_met(reports[0]):
            err.print("[red]Retrieval targets not met.[/]")
            raise typer.Exit(1)


@eval_app.command("answers")
def eval_answers(
    dataset: Path | None = typer.Option(None, help="Answer set (JSONL). Default: evals/data/answers.jsonl."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    check: bool = typer.Option(False, help="Exit 1 unless the extractive composer meets its targets."),
) -> None:
    """Groundedness, citation precision, required facts and made-up answers to unanswerable questions.

    Scores the extractive composer, and also the language model when JOBCOACH_LLM_BASE_URL is set.
    """
    from evals.answer_eval import evaluate_answers, print_report, targets_met

    with friendly_errors():
        settings = load_settings()
        parts = components(settings)
        run_ingest(parts, settings.content_dir, show_progress=False)
        generators = [parts.engine.generator]
        if settings.llm_base_url:
            from assistant.composer import ExtractiveComposer

            generators.insert(0, ExtractiveComposer(parts.embedder))
        reports = [evaluate_answers(parts.engine, generator, dataset) for generator in generators]
        if as_json:
            print(json.dumps(reports))
        else:
            for report in reports:
                print_report(report, out)
        if check and not targets_met(reports[0]):
            err.print("[red]Answer targets not met.[/]")
            raise typer.Exit(1)


@bench_app.command("ingest")
def bench_ingest(
    chunks: int = typer.Option(10_000, help="Build a corpus of at least this many chunks."),
    baseline: bool = typer.Option(True, help="Also time the plain LangChain pipeline."),
    queries: int = typer.Option(200, help="Retrieval queries to time."),
) -> None:
    """Full ingest, unchanged re-ingest and retrieval latency, against a LangChain baseline."""
    from evals.bench import run_benchmark

    with friendly_errors():
        run_benchmark(load_settings(), min_chunks=chunks, queries=queries, baseline=baseline, console=out)


@bench_app.command("chat")
def bench_chat(
    questions: int = typer.Option(200, help="In-process turns to time."),
    users: int = typer.Option(20, help="Concurrent simulated users in the HTTP load run."),
    seconds: float = typer.Option(60, help="How long the load run lasts."),
) -> None:
    """Turn latency in process, under HTTP load on loopback, and with an instant loopback LLM."""
    from evals.chat_bench import run_chat_benchmark

    with friendly_errors():
        run_chat_benchmark(load_settings(), questions=questions, users=users, seconds=seconds, console=out)


@bench_app.command("retrieve")
def bench_retrieve(
    chunks: int = typer.Option(10_000, help="Build a corpus of at least this many chunks."),
    baseline: bool = typer.Option(True, help="Also time the plain LangChain pipeline."),
    queries: int = typer.Option(200, help="Retrieval queries to time."),
) -> None:
    """Same run as `bench ingest`: both print every figure in one run."""
    bench_ingest(chunks=chunks, baseline=baseline, queries=queries)


# The guardrail commands live in their own module and register themselves on the same apps.
import assistant.cli_guard  # noqa: E402, F401


def main() -> None:
    app()
