"""`jobcoach bench`: our ingest and retrieval against a plain LangChain pipeline, in one run.

Both sides embed the same chunks with the same model on the CPU, model load excluded.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from evals.govuk import AREAS, default_pages_path, write_pages
from evals.metrics import latency_percentiles
from evals.retrieval_eval import load_golden_set
from knowledge.chunker import Chunk, chunk_article
from knowledge.errors import InputError, JobcoachError
from knowledge.loader import load_articles
from knowledge.tokens import WordPieceCounter

MIN_QUERIES = 200
WARM_UP_QUERIES = 10
K = 5
REINGEST_SPEEDUP_TARGET = 20.0
P95_TARGET_MS = 30.0
P95_TARGET_CHUNKS = 10_000


def run_benchmark(settings: Settings, min_chunks: int, queries: int, baseline: bool, console: Any) -> dict[str, Any]:
    model_path = settings.resolved_model_path()
    counter = WordPieceCounter(model_path)
    texts = _queries(max(queries, MIN_QUERIES))
    with tempfile.TemporaryDirectory(prefix="jobcoach-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        chunks, articles = _build_corpus(settings, corpus, min_chunks, counter)
        console.print(f"Corpus: {articles} articles, {len(chunks)} chunks "
                      f"(at least {min_chunks} asked); {len(texts)} timed queries, k={K}.")
        ours = _bench_ours(settings, model_path, corpus, root / "ours", texts, console)
        theirs = (_bench_baseline(settings, model_path, counter, corpus, root / "baseline", texts, console)
                  if baseline else None)
    result: dict[str, Any] = {
        "corpus": {"articles": articles, "chunks": len(chunks)},
        "queries": len(texts),
        "machine": _machine(),
        "ours": ours,
        "baseline": theirs,
    }
    result["targets"] = _targets(result)
    _print(result, console)
    return result


def _queries(count: int) -> list[str]:
    golden = [row["query"] for row in load_golden_set()]
    return list(islice(cycle(golden), count))


def _chunk_corpus(folder: Path, counter: WordPieceCounter, max_tokens: int) -> tuple[list[Chunk], int]:
    # The ingestor skips archived articles, so the count (and the baseline) must too.
    articles = [a for a in load_articles(folder).articles if a.status != "archived"]
    return [c for a in articles for c in chunk_article(a, counter, max_tokens)], len(articles)


def _build_corpus(settings: Settings, corpus: Path, min_chunks: int,
                  counter: WordPieceCounter) -> tuple[list[Chunk], int]:
    pages = default_pages_path()
    if not pages.is_file():
        raise InputError(f"The benchmark needs the GOV.UK pages at {pages}, and they are not there.",
                         hint="Check out the shared data beside the project (../shared/data/govuk/pages.jsonl).")
    corpus.mkdir(parents=True)
    for source in sorted(Path(settings.content_dir).rglob("*.md")):
        shutil.copy2(source, corpus / source.name)
    write_pages(pages, corpus)
    max_tokens = settings.max_chunk_tokens
    chunks, articles = _chunk_corpus(corpus, counter, max_tokens)
    if len(chunks) >= min_chunks:
        return chunks, articles
    # Each local copy adds about one GOV.UK page set's worth of chunks: estimate n, then top up.
    per_area = max(1, sum(1 for c in chunks if c.article_id.startswith("govuk-")))
    n = min(len(AREAS), math.ceil((min_chunks - len(chunks)) / per_area))
    while True:
        write_pages(pages, corpus, areas=AREAS[:n])
        chunks, articles = _chunk_corpus(corpus, counter, max_tokens)
        if len(chunks) >= min_chunks:
            return chunks, articles
        if n == len(AREAS):
            raise InputError(f"The largest corpus we can build has {len(chunks)} chunks, "
                             f"fewer than the {min_chunks} asked.", hint=f"Use --chunks {len(chunks)} or fewer.")
        n += 1


def _percentiles_ms(search: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    for text in texts[:WARM_UP_QUERIES]:  # first calls pay for caches and lazy setup
        search(text)
    timings = []
    for text in texts:
        started = time.perf_counter()
        search(text)
        timings.append((time.perf_counter() - started) * 1000)
    cuts = latency_percentiles(timings)
    return cuts["p50_ms"], cuts["p95_ms"]


def _bench_ours(settings: Settings, model_path: str, corpus: Path, data_dir: Path, texts: list[str],
                console: Any) -> dict[str, float]:
    from assistant.components import Components

    # The caller's tuning, but fresh local paths: a configured index or Chroma server is never touched.
    parts = Components(settings.model_copy(update={
        "data_dir": data_dir, "embedding_model_path": model_path, "vector_store": "chroma",
        "chroma_path": None, "chroma_url": None, "catalog_path": None, "database_url": None,
    }))
    parts.embedder.embed_query("warm up")  # model load is not ingest time
    console.print("Ours: full ingest…")
    started = time.perf_counter()
    full = parts.ingestor.ingest(corpus)
    full_s = time.perf_counter() - started
    console.print("Ours: unchanged re-ingest…")
    started = time.perf_counter()
    again = parts.ingestor.ingest(corpus)
    again_s = time.perf_counter() - started
    if again.chunks_embedded != 0:
        raise JobcoachError(f"Re-ingesting the unchanged corpus embedded {again.chunks_embedded} chunks; "
                            "it should embed none.", hint="Incremental ingest is broken: check the fingerprints.")
    console.print("Ours: retrieval…")
    p50, p95 = _percentiles_ms(lambda q: parts.retriever.retrieve(q, k=K), texts)
    return {"full_ingest_s": full_s, "chunks": full.chunks_live, "chunks_embedded": full.chunks_embedded,
            "chunks_per_s": full.chunks_live / full_s, "reingest_s": again_s,
            "retrieval_p50_ms": p50, "retrieval_p95_ms": p95}


def _bench_baseline(settings: Settings, model_path: str, counter: WordPieceCounter, corpus: Path, folder: Path,
                    texts: list[str], console: Any) -> dict[str, float]:
    os.environ["HF_HUB_OFFLINE"] = "1"  # no network here; fail fast rather than retry the hub
    import chromadb.config
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings

    embeddings = HuggingFaceEmbeddings(model_name=model_path, model_kwargs={"device": "cpu"},
                                       encode_kwargs={"normalize_embeddings": True})
    embeddings.embed_query("warm up")

    def build() -> Any:
        # The same files and the same chunks as ours: reading and splitting count on both sides.
        chunks, _ = _chunk_corpus(corpus, counter, settings.max_chunk_tokens)
        docs = [Document(page_content=c.embed_text, metadata={"article_id": c.article_id}) for c in chunks]
        ids = [c.id for c in chunks]
        return Chroma.from_documents(
            docs, embeddings, ids=ids, collection_name="baseline", persist_directory=str(folder),
            client_settings=chromadb.config.Settings(anonymized_telemetry=False),
        )

    console.print("Baseline: full ingest…")
    started = time.perf_counter()
    build()
    full_s = time.perf_counter() - started
    # Without LangChain's indexing API there is no incremental path: it embeds everything again.
    console.print("Baseline: unchanged re-ingest…")
    started = time.perf_counter()
    store = build()
    again_s = time.perf_counter() - started
    console.print("Baseline: retrieval…")
    p50, p95 = _percentiles_ms(lambda q: store.similarity_search(q, k=K), texts)
    count = store._collection.count()
    return {"full_ingest_s": full_s, "chunks": count, "chunks_per_s": count / full_s,
            "reingest_s": again_s, "retrieval_p50_ms": p50, "retrieval_p95_ms": p95}


def _machine() -> dict[str, Any]:
    import torch

    # Other work on a small machine skews every figure; the load average shows it.
    return {"cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(),
            "load_average_1min": round(os.getloadavg()[0], 2)}


def _targets(result: dict[str, Any]) -> dict[str, bool | None]:
    ours, theirs = result["ours"], result["baseline"]
    at_scale = result["corpus"]["chunks"] >= P95_TARGET_CHUNKS
    return {
        "full_ingest_not_slower": None if theirs is None else ours["chunks_per_s"] >= theirs["chunks_per_s"],
        "reingest_20x_faster": ours["full_ingest_s"] / ours["reingest_s"] >= REINGEST_SPEEDUP_TARGET,
        "retrieval_p95_30ms_at_10k": ours["retrieval_p95_ms"] <= P95_TARGET_MS if at_scale else None,
    }


def _print(result: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    ours, theirs = result["ours"], result["baseline"]
    corpus = result["corpus"]
    table = Table(title=f"Benchmark: {corpus['chunks']} chunks, {corpus['articles']} articles "
                        f"(ratios: higher is better for ours)")
    for name, justify in (("figure", "left"), ("ours", "right"), ("LangChain baseline", "right"), ("ratio", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    rows = (  # (label, key, format, ratio is ours÷baseline rather than baseline÷ours)
        ("full ingest (s); ratio baseline÷ours", "full_ingest_s", "{:.1f}", False),
        ("chunks/s; ratio ours÷baseline", "chunks_per_s", "{:.0f}", True),
        ("unchanged re-ingest (s); ratio baseline÷ours", "reingest_s", "{:.2f}", False),
        ("retrieval p50 (ms); ratio baseline÷ours", "retrieval_p50_ms", "{:.1f}", False),
        ("retrieval p95 (ms); ratio baseline÷ours", "retrieval_p95_ms", "{:.1f}", False),
    )
    for label, key, fmt, ours_over in rows:
        mine = ours[key]
        other = theirs[key] if theirs else None
        ratio = "–" if other is None else f"{(mine / other if ours_over else other / mine):.1f}×"
        table.add_row(label, fmt.format(mine), "–" if other is None else fmt.format(other), ratio)
    console.print(table)
    console.print("Ours retrieves hybrid (dense + BM25, filtered, capped per article); the baseline dense only.")
    speedup = ours["full_ingest_s"] / ours["reingest_s"]
    marks = {True: "[green]met[/]", False: "[red]NOT met[/]", None: "[yellow]not measured[/]"}
    targets = result["targets"]
    console.print("Targets:")
    base_note = "" if theirs else " (run without --no-baseline to measure)"
    console.print(f"  full ingest no slower than the baseline (chunks/s): "
                  f"{marks[targets['full_ingest_not_slower']]}{base_note}")
    console.print(f"  unchanged re-ingest ≥ {REINGEST_SPEEDUP_TARGET:.0f}× faster than our full ingest "
                  f"({speedup:.0f}×): {marks[targets['reingest_20x_faster']]}")
    scale_note = "" if corpus["chunks"] >= P95_TARGET_CHUNKS else f" (corpus under {P95_TARGET_CHUNKS} chunks)"
    console.print(f"  retrieval p95 ≤ {P95_TARGET_MS:.0f} ms at ≥ {P95_TARGET_CHUNKS} chunks "
                  f"({ours['retrieval_p95_ms']:.1f} ms): {marks[targets['retrieval_p95_30ms_at_10k']]}{scale_note}")
    machine = result["machine"]
    console.print(f"Machine: {machine['cpu_count']} CPUs, torch uses {machine['torch_threads']} threads, "
                  f"load average {machine['load_average_1min']} (1 min, at the end of the run).")
