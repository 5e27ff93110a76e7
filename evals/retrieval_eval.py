"""`jobcoach eval retrieval`: dense only, BM25 only and hybrid on the golden set."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from statistics import fmean
from typing import Any

from evals.datasets import read_jsonl
from evals.metrics import hit_at, ndcg_at, recall_at, reciprocal_rank, unique_in_order
from knowledge.errors import InputError
from retrieval.retriever import MODES, HybridRetriever
from retrieval.types import SearchFilters

TARGETS = {"recall@5": 0.95, "mrr@10": 0.85}
METRICS = ("recall@1", "recall@5", "hit@5", "mrr@10", "ndcg@10")


def default_golden_set() -> Path:
    return Path(str(resources.files("evals").joinpath("data/golden_retrieval.jsonl")))


def default_holdout_set() -> Path:
    """Questions written apart from the golden set and never tuned on: a check that we generalise."""
    return Path(str(resources.files("evals").joinpath("data/holdout_retrieval.jsonl")))


def load_golden_set(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or default_golden_set()
    rows = []
    for number, row in read_jsonl(path, "golden set"):
        if not isinstance(row.get("query"), str) or not row.get("relevant"):
            raise InputError(f'{path}, line {number}: needs a "query" and a non-empty "relevant" list.')
        rows.append(row)
    return rows


def evaluate_retrieval(retriever: HybridRetriever, dataset: Path | None = None,
                       modes: tuple[str, ...] = MODES) -> dict[str, Any]:
    rows = load_golden_set(dataset)
    name = (dataset or default_golden_set()).stem
    report: dict[str, Any] = {"dataset": name, "questions": len(rows), "modes": {}, "misses": {}}
    for mode in modes:
        scores: dict[str, list[float]] = {name: [] for name in METRICS}
        misses = []
        for row in rows:
            filters = SearchFilters(
                audience=row.get("audience", "jobseeker"), locality=row.get("locality"), nation=row.get("nation"),
            )
            chunks = retriever.retrieve(row["query"], k=20, filters=filters, mode=mode)  # type: ignore[arg-type]
            ranking = unique_in_order([chunk.article_id for chunk in chunks])[:10]
            relevant = set(row["relevant"])
            scores["recall@1"].append(recall_at(ranking, relevant, 1))
            scores["recall@5"].append(recall_at(ranking, relevant, 5))
            scores["hit@5"].append(hit_at(ranking, relevant, 5))
            scores["mrr@10"].append(reciprocal_rank(ranking, relevant, 10))
            scores["ndcg@10"].append(ndcg_at(ranking, relevant, 10))
            if scores["recall@5"][-1] < 1.0:
                misses.append({"query": row["query"], "relevant": sorted(relevant), "got": ranking[:5]})
        report["modes"][mode] = {name: round(fmean(values), 4) for name, values in scores.items()}
        report["misses"][mode] = misses
    return report


def targets_met(report: dict[str, Any]) -> bool:
    modes = report["modes"]
    hybrid = modes["hybrid"]
    if any(hybrid[name] < target for name, target in TARGETS.items()):
        return False
    return all(hybrid[name] >= modes[other][name] for other in ("dense", "lexical") if other in modes
               for name in TARGETS)


def print_report(report: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"Retrieval on {report['questions']} questions of {report['dataset']} (article level)")
    table.add_column("mode")
    for name in METRICS:
        table.add_column(name, justify="right")
    for mode, values in report["modes"].items():
        table.add_row("BM25" if mode == "lexical" else mode, *(f"{values[name]:.3f}" for name in METRICS))
    console.print(table)
    console.print(f"Targets for hybrid: recall@5 ≥ {TARGETS['recall@5']}, MRR@10 ≥ {TARGETS['mrr@10']}, "
                  f"and at least as good as dense and BM25 alone: {'met' if targets_met(report) else 'NOT met'}.")
    misses = report["misses"].get("hybrid", [])
    if misses:
        console.print(f"Hybrid misses at 5 ({len(misses)}):")
        for miss in misses[:25]:
            console.print(f"  {miss['query']!r}: wanted {miss['relevant']}, got {miss['got']}", markup=False)
