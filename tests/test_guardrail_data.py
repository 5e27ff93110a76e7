"""The labelled guardrail sets: well formed, known categories, enough of each, and no test text seen in training."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from evals.datasets import read_jsonl
from guardrails.findings import CATEGORIES

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO / "guardrails" / "data" / "train.jsonl"
TEST = REPO / "evals" / "data" / "guardrails_test.jsonl"
VALIDATION = REPO / "evals" / "data" / "guardrails_validation.jsonl"
HARD = REPO / "evals" / "data" / "guardrails_hard.jsonl"

# PII is found by the masking layer, not learned from examples, so it never appears as a label here.
LABELS = frozenset(CATEGORIES) - {"pii"}

# Floors that keep every category's precision and recall meaningful. The crisis categories get more
# test examples because missing one of them costs the most.
MINIMUMS = {
    TRAIN: dict.fromkeys(LABELS, 40),
    TEST: {**dict.fromkeys(LABELS, 15), "self_harm": 25, "safeguarding": 25},
    VALIDATION: {**dict.fromkeys(LABELS, 12), "self_harm": 25, "safeguarding": 20},
    # Only the categories said indirectly most often; see evals.guardrail_eval.HARD_SPLIT.
    HARD: {"self_harm": 200, "homelessness": 100, "domestic_abuse": 80, "financial_hardship": 80},
}
MIN_LINES = {TRAIN: 750, TEST: 320, VALIDATION: 400, HARD: 1000}
MIN_HARMLESS_SHARE = 0.40
# The hard split's look-alikes are often another category's message ("abuse, but the home is safe").
HARD_MIN_HARMLESS_SHARE = 0.35

SPLITS = [pytest.param(TRAIN, id="train"), pytest.param(TEST, id="test"),
          pytest.param(VALIDATION, id="validation"), pytest.param(HARD, id="hard")]


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    return read_jsonl(path, "guardrail data")


@pytest.mark.parametrize("path", SPLITS)
def test_every_line_is_a_text_with_a_list_of_known_categories(path: Path) -> None:
    for number, row in _rows(path):
        where = f"{path.name}, line {number}"
        assert set(row) - {"twin_of"} == {"text", "categories"}, f"{where}: keys must be text and categories"
        if "twin_of" in row:  # the categories a harmless line was written to look like
            twin_of = row["twin_of"]
            assert isinstance(twin_of, list) and twin_of and set(twin_of) <= LABELS, f"{where}: bad twin_of"
            assert not row["categories"], f"{where}: only a harmless line can be a twin"
        assert isinstance(row["text"], str) and row["text"].strip(), f"{where}: text must be a non-empty string"
        categories = row["categories"]
        assert isinstance(categories, list), f"{where}: categories must be a list"
        assert all(isinstance(c, str) for c in categories), f"{where}: categories must be strings"
        unknown = set(categories) - LABELS
        assert not unknown, f"{where}: unknown categories {sorted(unknown)}"
        assert len(set(categories)) == len(categories), f"{where}: a category is repeated"


@pytest.mark.parametrize("path", SPLITS)
def test_no_text_is_repeated_within_a_split(path: Path) -> None:
    counts = Counter(_normalise(row["text"]) for _, row in _rows(path))
    repeated = sorted(text for text, n in counts.items() if n > 1)
    assert not repeated, f"{path.name} repeats: {repeated[:5]}"


@pytest.mark.parametrize(("held_out", "other"), [(TEST, TRAIN), (VALIDATION, TRAIN), (VALIDATION, TEST),
                                                  (HARD, TRAIN), (HARD, TEST), (HARD, VALIDATION)])
def test_no_held_out_text_appears_in_another_split(held_out: Path, other: Path) -> None:
    seen = {_normalise(row["text"]) for _, row in _rows(other)}
    leaked = [row["text"] for _, row in _rows(held_out) if _normalise(row["text"]) in seen]
    assert not leaked, f"{held_out.name} texts also in {other.name}: {leaked[:5]}"


@pytest.mark.parametrize("path", SPLITS)
def test_each_split_has_enough_lines_and_enough_of_each_category(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= MIN_LINES[path], f"{path.name}: {len(rows)} lines, want at least {MIN_LINES[path]}"
    counts = Counter(c for _, row in rows for c in row["categories"])
    short = {c: counts[c] for c, least in MINIMUMS[path].items() if counts[c] < least}
    assert not short, f"{path.name}: too few examples of {short}"


@pytest.mark.parametrize("path", SPLITS)
def test_at_least_forty_percent_of_each_split_is_harmless(path: Path) -> None:
    # Guardrails that fire on ordinary messages push people away, so false alarms must be measurable.
    rows = _rows(path)
    harmless = sum(1 for _, row in rows if not row["categories"])
    least = HARD_MIN_HARMLESS_SHARE if path == HARD else MIN_HARMLESS_SHARE
    assert harmless / len(rows) >= least, f"{path.name}: only {harmless}/{len(rows)} harmless"
