"""Ranking metrics over article ids (a question is answered by articles, not by chunks)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Sequence


def recall_at(ranking: Sequence[str], relevant: Collection[str], k: int) -> float:
    if not relevant:
        return 0.0
    return len(set(ranking[:k]) & set(relevant)) / len(set(relevant))


def hit_at(ranking: Sequence[str], relevant: Collection[str], k: int) -> float:
    return 1.0 if set(ranking[:k]) & set(relevant) else 0.0


def reciprocal_rank(ranking: Sequence[str], relevant: Collection[str], k: int = 10) -> float:
    for rank, item in enumerate(ranking[:k], start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at(ranking: Sequence[str], relevant: Collection[str], k: int = 10) -> float:
    gains = sum(1.0 / math.log2(rank + 1) for rank, item in enumerate(ranking[:k], 1) if item in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(set(relevant)), k) + 1))
    return gains / ideal if ideal else 0.0


def unique_in_order(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def latency_percentiles(values_ms: Sequence[float]) -> dict[str, float]:
    """p50, p95 and p99 as every benchmark reports them (inclusive quantiles)."""
    cuts = statistics.quantiles(values_ms, n=100, method="inclusive")
    return {"p50_ms": cuts[49], "p95_ms": cuts[94], "p99_ms": cuts[98]}
