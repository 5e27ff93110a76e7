"""`jobcoach bench guard`: how long the full input check takes per message, without an LLM."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

from rich.console import Console

from evals.metrics import latency_percentiles


def run_guard_benchmark(check: Callable[[str], object], texts: Sequence[str], console: Console,
                        rounds: int = 1) -> dict[str, float]:
    """Times `check` on each text after one untimed warm-up. Repeats are distinct work: the
    guard keeps no per-text cache except the embedder's, so rounds > 1 would flatter it."""
    check("warm up: where is my nearest jobcentre?")
    timings: list[float] = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            check(text)
            timings.append((time.perf_counter() - started) * 1000)
    figures = {
        "messages": float(len(timings)),
        "mean_ms": statistics.fmean(timings),
        **latency_percentiles(timings),
        "max_ms": max(timings),
    }
    console.print(
        f"Full input check over {len(timings)} messages: mean {figures['mean_ms']:.1f} ms, "
        f"p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms, "
        f"max {figures['max_ms']:.1f} ms (target p95 <= 20 ms: {'met' if figures['p95_ms'] <= 20 else 'NOT met'})."
    )
    return figures
