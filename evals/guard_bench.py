"""`jobcoach bench guard`: how long the input check takes per message, in all and layer by layer.

The layer figures say where the time goes when the total moves; the target is on the total.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from evals.metrics import latency_percentiles

if TYPE_CHECKING:
    from guardrails.pipeline import InputOutputGuard

TARGET_P95_MS = 20.0


def _timings(step: Callable[[str], object], texts: Sequence[str]) -> dict[str, float]:
    timings: list[float] = []
    for text in texts:
        started = time.perf_counter()
        step(text)
        timings.append((time.perf_counter() - started) * 1000)
    return {"messages": float(len(timings)), "mean_ms": statistics.fmean(timings),
            **latency_percentiles(timings), "max_ms": max(timings)}


def guard_layers(guard: InputOutputGuard) -> dict[str, Callable[[str], object]]:
    """The steps `check_input` runs, each on its own, for the ones this guard has."""
    layers: dict[str, Callable[[str], object]] = {}
    for name, part, method in (("personal data masking", guard.masker, "mask"),
                               ("prompt injection", guard.injection, "check"),
                               ("rules", guard.rules, "check"),
                               ("classifier", guard.classifier, "scores")):
        if part is not None:
            layers[name] = getattr(part, method)
    return layers


def run_guard_benchmark(check: Callable[[str], object], texts: Sequence[str], console: Console,
                        layers: dict[str, Callable[[str], object]] | None = None) -> dict[str, dict[str, float]]:
    """Times `check`, then each layer, on every text after one untimed warm-up of each.

    Nothing is cached between calls (the embedder's cache lives only inside a turn's scope), so
    a repeated text costs what it did the first time. The layers run on the raw text; in the
    full check the later ones see the masked text.
    """
    steps = {"full input check": check, **(layers or {})}
    figures: dict[str, dict[str, float]] = {}
    for name, step in steps.items():
        step("warm up: where is my nearest jobcentre?")
        figures[name] = _timings(step, texts)
    table = Table(title=f"Input check over {len(texts)} messages (ms)", title_justify="left")
    table.add_column("step")
    for column in ("mean", "p50", "p95", "p99", "max"):
        table.add_column(column, justify="right")
    for name, row in figures.items():
        table.add_row(name, *(f"{row[f'{column}_ms']:.2f}" for column in ("mean", "p50", "p95", "p99", "max")))
    console.print(table)
    total = figures["full input check"]["p95_ms"]
    console.print(f"Target p95 <= {TARGET_P95_MS:.0f} ms for the full check: "
                  f"{'met' if total <= TARGET_P95_MS else 'NOT met'}.")
    return figures
