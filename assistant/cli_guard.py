"""The guardrail commands: `jobcoach guard`, `eval guardrails`, `eval pii` and `bench guard`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import typer

from assistant.cli_common import app, bench_app, components, err, eval_app, friendly_errors, load_settings, out
from knowledge.errors import InputError

SHARED_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "dev"


def _guard() -> Any:
    settings = load_settings()
    return components(settings).guard


def _lines(handle: TextIO, source: str) -> list[str]:
    from evals.datasets import parse_jsonl

    texts: list[str] = []
    for number, row in parse_jsonl(handle, source):
        text = row.get("text")
        if not isinstance(text, str):
            raise InputError(f'{source}, line {number}: expected {{"text": "..."}} with a string.',
                             hint='Write one {"text": "..."} object per line.')
        texts.append(text)
    return texts


@app.command()
def guard(
    jsonl: Path = typer.Option(..., "--jsonl", help='One {"text": ...} per line; "-" reads standard input.'),
) -> None:
    """Run the input guardrails on each message: categories, action and the masked text, one JSON line each."""
    with friendly_errors():
        if str(jsonl) == "-":
            texts = _lines(sys.stdin, "standard input")
        else:
            try:
                with jsonl.open(encoding="utf-8") as handle:
                    texts = _lines(handle, str(jsonl))
            except OSError as exc:
                raise InputError(f"Cannot read {jsonl}: {exc.strerror}.") from exc
        checker = _guard()
        for text in texts:
            decision = checker.check_input(text)
            print(json.dumps({"text": text, "categories": list(decision.categories), "action": decision.action,
                              "redacted": decision.text}, ensure_ascii=False), flush=True)


@eval_app.command("guardrails")
def eval_guardrails(
    shared: Path = typer.Option(SHARED_DEV, help="The shared development sets (skipped when absent)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    missed: bool = typer.Option(False, help="List the messages the split's categories missed."),
    check: bool = typer.Option(False, help="Exit 1 unless every target is met."),
    suggest_thresholds: bool = typer.Option(
        False, help="Instead, suggest the policy's thresholds from the training examples alone."),
) -> None:
    """Per-category precision and recall, false alarms on harmless messages, injection detection."""
    from evals.guardrail_eval import evaluate_shared, print_reports, targets_met, to_json
    from evals.injection_eval import render_reports, run_injection_eval

    with friendly_errors():
        checker = _guard()
        if suggest_thresholds:
            _suggest(checker)
            return
        validation, split, hard = _splits(checker)
        shared_reports = evaluate_shared(checker.check_input, shared) if shared.is_dir() else []
        passages = run_injection_eval(shared, detector=checker.injection) if shared.is_dir() else []
        if not shared.is_dir():
            err.print(f"[yellow]No shared development sets at {shared}: only the project's splits were scored.[/]")
        if as_json:
            body = to_json(split, shared_reports, validation, hard)
            body["injection_layer"] = [report.to_dict() for report in passages]
            print(json.dumps(body, default=str))
        else:
            print_reports(split, shared_reports, out, show_missed=missed, validation=validation, hard=hard)
            if passages:
                out.print("The injection layer on its own (messages, pasted documents and retrieved passages):")
                out.print(render_reports(passages), markup=False, highlight=False)
        problems = targets_met(split, shared_reports)
        for problem in problems:
            err.print(f"[yellow]Target not met:[/] {problem}")
        if check and problems:
            raise typer.Exit(1)


def _splits(checker: Any) -> tuple[Any, Any, Any]:
    """The validation, test and hard splits' reports; None for a validation or hard file that is absent."""
    from evals.guardrail_eval import HARD_SPLIT, TEST_SPLIT, VALIDATION_SPLIT, evaluate_file

    def optional(path: Path, name: str) -> Any:
        return evaluate_file(checker.check_input, path, name) if path.is_file() else None

    return (optional(VALIDATION_SPLIT, "project validation split"),
            evaluate_file(checker.check_input, TEST_SPLIT, "project test split"),
            optional(HARD_SPLIT, "project hard split (indirect phrasings and look-alikes, never trained on)"))


def _suggest(checker: Any) -> None:
    from evals.guard_tuning import FALSE_ALARM_BUDGETS, crisis_first, handed_off, out_of_fold_scores, suggest_thresholds
    from evals.guardrail_eval import VALIDATION_SPLIT, evaluate_file, print_split
    from guardrails.classifier import read_examples

    examples = read_examples(checker.classifier.examples_path)
    vectors = checker.classifier.example_vectors([example.text for example in examples])
    found = [checker.rules.check(checker.masker.mask(example.text).text) for example in examples]
    scores = out_of_fold_scores(examples, vectors, found, list(FALSE_ALARM_BUDGETS))
    suggestions = suggest_thresholds(examples, scores)
    out.print(f"Thresholds from {len(examples)} training examples (out-of-fold classifier scores plus rules):")
    for suggestion in crisis_first(suggestions):
        out.print(f"  {suggestion.category:20} threshold {suggestion.threshold:.2f}   recall {suggestion.recall:.3f}   "
                  f"false alarms {suggestion.false_alarms:.3f}")
    policy = checker.policy
    handoffs = [c for c in policy.handoff_categories() if c in scores]
    suggested = {s.category: s.threshold for s in suggestions}
    current = {c: policy.rule(c).threshold for c in handoffs}
    out.print(f"Harmless training examples handed to a coach, out of fold: "
              f"{handed_off(examples, scores, suggested, handoffs):.3f} at these thresholds, "
              f"{handed_off(examples, scores, current, handoffs):.3f} at the policy's.")
    # The validation split, never the test split: budgets are chosen by looking at this.
    if VALIDATION_SPLIT.is_file():
        trial = checker.with_policy(policy.with_thresholds(suggested))
        print_split(evaluate_file(trial.check_input, VALIDATION_SPLIT, "project validation split, at these thresholds"),
                    out)


@eval_app.command("pii")
def eval_pii(
    shared: Path = typer.Option(SHARED_DEV.parent, help="The shared data folder (its dev/pii_synth is scored)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Recall and precision of personal-data masking per entity type, and ordinary numbers kept."""
    from evals.pii_eval import format_report, run_pii_eval

    with friendly_errors():
        load_settings()
        reports = run_pii_eval(shared if shared.is_dir() else None)
        if as_json:
            print(json.dumps([vars(report) for report in reports], default=str))
        else:
            for report in reports:
                out.print(format_report(report))


@bench_app.command("guard")
def bench_guard(
    messages: int = typer.Option(500, min=1, help="How many messages to time."),
) -> None:
    """p50/p95 latency of the input check per message (no LLM), in all and layer by layer."""
    from itertools import cycle, islice

    from evals.datasets import read_jsonl
    from evals.guard_bench import guard_layers, run_guard_benchmark
    from evals.guardrail_eval import TEST_SPLIT, VALIDATION_SPLIT

    with friendly_errors():
        checker = _guard()
        splits = ((VALIDATION_SPLIT, "guardrail validation split"), (TEST_SPLIT, "guardrail test split"))
        texts = [str(row["text"]) for path, what in splits for _, row in read_jsonl(path, what)]
        pool = list(dict.fromkeys(texts))  # each message once, in order
        run_guard_benchmark(checker.check_input, list(islice(cycle(pool), messages)), out, guard_layers(checker))
