"""`jobcoach bench guard`: every layer the guard has is timed and printed beside the total."""

from __future__ import annotations

import io
from types import SimpleNamespace

from rich.console import Console

from evals.guard_bench import guard_layers, run_guard_benchmark


class _Step:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, text: str) -> str:
        self.seen.append(text)
        return text


def test_times_the_total_and_each_layer_the_guard_has() -> None:
    masker, rules = SimpleNamespace(mask=_Step()), SimpleNamespace(check=_Step())
    guard = SimpleNamespace(masker=masker, injection=None, rules=rules, classifier=None)
    check = _Step()
    printed = io.StringIO()

    figures = run_guard_benchmark(check, ["cv help", "bus fare"], Console(file=printed, width=120),
                                  guard_layers(guard))

    assert list(figures) == ["full input check", "personal data masking", "rules"]
    assert all(row["messages"] == 2 and 0 <= row["p50_ms"] <= row["p95_ms"] <= row["max_ms"]
               for row in figures.values())
    # One untimed warm-up, then each message once.
    assert check.seen[1:] == ["cv help", "bus fare"] and masker.mask.seen[1:] == ["cv help", "bus fare"]
    output = printed.getvalue()
    assert "personal data masking" in output and "prompt injection" not in output
    assert "Target p95 <= 20 ms for the full check: met." in output
