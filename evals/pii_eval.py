"""How well the PII masker finds personal data, and whether it leaves ordinary numbers alone.

Matching: a labelled span is *found* when the masker reports a span of the same entity type that
overlaps it by at least one character (so "07700 900123" found as "07700 900123." still counts).
Recall per type = found / labelled. Precision per type = reported spans overlapping a labelled
span of that type / reported spans of that type. *Masked* is looser than recall: the labelled
span is overlapped by any reported span, whatever its type, so the text is hidden all the same.
*Kept*: for each ordinary number a row lists under "keep", every place it occurs in the text
must be untouched by the reported spans.

Data sets:
- `evals/data/pii_uk.jsonl`, made by `evals/make_pii_set.py`.
- `../shared/data/dev/pii_synth/synth_dataset_v2.json` (Presidio's synthetic set, mostly US
  and European formats). Its labels are mapped to ours where they mean the same thing; spans
  with other labels (names, addresses, SSNs...) are counted under "not covered", and our spans
  that fall on them are left out of precision, since they hide personal data all the same.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from evals.datasets import read_jsonl
from knowledge.errors import InputError

UK_SET = Path(__file__).resolve().parent / "data" / "pii_uk.jsonl"
SYNTH_FILE = Path("dev") / "pii_synth" / "synth_dataset_v2.json"
DEFAULT_SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

# pii_synth label -> ours. DATE_TIME becomes DATE_OF_BIRTH only when a birth word is just before it.
SYNTH_LABELS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CARD_NUMBER", "IBAN_CODE": "IBAN",
                "UK_NHS": "NHS_NUMBER", "UK_NINO": "NI_NUMBER"}
_BIRTH_CUE = re.compile(r"(?:born|birth|d\.?o\.?b|birthday)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)

# What the CI gate asks of our own set.
TARGET_RECALL = {"NI_NUMBER": 0.98, "PHONE": 0.98, "EMAIL": 0.98, "POSTCODE": 0.98, "SORT_CODE": 0.98,
                 "ACCOUNT_NUMBER": 0.98, "CARD_NUMBER": 0.98}
TARGET_PRECISION = 0.95
TARGET_KEPT = 0.98


@dataclass(frozen=True)
class GoldSpan:
    entity: str
    start: int
    end: int


@dataclass(frozen=True)
class PiiRow:
    text: str
    spans: tuple[GoldSpan, ...] = ()
    keep: tuple[str, ...] = ()
    id: str = ""


@dataclass(frozen=True)
class EntityScore:
    entity: str
    labelled: int
    found: int  # labelled spans overlapped by a reported span of the same type
    masked: int  # labelled spans overlapped by any reported span
    reported: int
    correct: int  # reported spans that overlap a labelled span of the same type

    @property
    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None

    @property
    def masked_rate(self) -> float | None:
        return self.masked / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.reported if self.reported else None


@dataclass(frozen=True)
class PiiReport:
    dataset: str
    rows: int
    entities: tuple[EntityScore, ...]
    keep_total: int
    keep_kept: int
    not_covered: dict[str, int] = field(default_factory=dict)
    masked_uncovered: int = 0  # our spans that fell on labelled data of a type we do not cover
    ms_median: float = 0.0
    ms_p95: float = 0.0
    misses: tuple[str, ...] = ()  # a few examples of what went wrong, for reading, not for logs

    @property
    def kept_rate(self) -> float | None:
        return self.keep_kept / self.keep_total if self.keep_total else None

    def score(self, entity: str) -> EntityScore | None:
        return next((s for s in self.entities if s.entity == entity), None)


class Masker(Protocol):
    def mask(self, text: str) -> object: ...


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _reported(masker: Masker, text: str) -> list[GoldSpan]:
    spans = getattr(masker.mask(text), "spans", ())
    return [GoldSpan(s.entity, s.start, s.end) for s in spans]


def evaluate_pii(masker: Masker, rows: Sequence[PiiRow], *, dataset: str = "",
                 not_covered: dict[str, int] | None = None, ignore: Sequence[Sequence[GoldSpan]] = ()) -> PiiReport:
    """Score `masker` on `rows`. `ignore[i]` lists labelled spans of row i in types we do not cover."""
    labelled: Counter[str] = Counter()
    found: Counter[str] = Counter()
    masked: Counter[str] = Counter()
    reported: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    keep_total = keep_kept = masked_uncovered = 0
    times: list[float] = []
    misses: list[str] = []
    for index, row in enumerate(rows):
        started = time.perf_counter()
        spans = _reported(masker, row.text)
        times.append((time.perf_counter() - started) * 1000)
        for gold in row.spans:
            labelled[gold.entity] += 1
            hits = [s for s in spans if _overlaps(s.start, s.end, gold.start, gold.end)]
            masked[gold.entity] += bool(hits)
            if any(s.entity == gold.entity for s in hits):
                found[gold.entity] += 1
            elif len(misses) < 40:
                misses.append(f"missed {gold.entity} {row.text[gold.start:gold.end]!r} in {row.text!r}")
        other = ignore[index] if index < len(ignore) else ()
        for span in spans:
            if any(_overlaps(span.start, span.end, o.start, o.end) for o in other):
                masked_uncovered += 1
                continue
            reported[span.entity] += 1
            if any(g.entity == span.entity and _overlaps(span.start, span.end, g.start, g.end) for g in row.spans):
                correct[span.entity] += 1
            elif len(misses) < 40:
                misses.append(f"extra {span.entity} {row.text[span.start:span.end]!r} in {row.text!r}")
        for value in row.keep:
            # Whole numbers only: "30" in "30 hours" counts, the "30" inside "7430" does not.
            for occurrence in re.finditer(rf"(?<![\w.,]){re.escape(value)}(?![\w]|[.,]\d)", row.text):
                keep_total += 1
                if not any(_overlaps(s.start, s.end, occurrence.start(), occurrence.end()) for s in spans):
                    keep_kept += 1
                elif len(misses) < 40:
                    misses.append(f"masked ordinary number {value!r} in {row.text!r}")
    times.sort()
    entities = tuple(
        EntityScore(e, labelled[e], found[e], masked[e], reported[e], correct[e])
        for e in sorted(set(labelled) | set(reported))
    )
    return PiiReport(dataset=dataset, rows=len(rows), entities=entities, keep_total=keep_total, keep_kept=keep_kept,
                     not_covered=dict(not_covered or {}), masked_uncovered=masked_uncovered,
                     ms_median=times[len(times) // 2] if times else 0.0,
                     ms_p95=times[int(len(times) * 0.95)] if times else 0.0, misses=tuple(misses))


def load_uk_rows(path: Path = UK_SET) -> list[PiiRow]:
    rows = []
    for number, raw in read_jsonl(path, "PII test set"):
        try:
            spans = tuple(GoldSpan(str(s["entity"]), int(s["start"]), int(s["end"])) for s in raw.get("spans", []))
            rows.append(PiiRow(text=str(raw["text"]), spans=spans, keep=tuple(raw.get("keep", [])),
                               id=str(raw.get("id", number))))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{path}, line {number}: needs text, and spans with entity, start and end.",
                             hint=f"({error})") from None
    return rows


def load_synth_rows(path: Path) -> tuple[list[PiiRow], list[tuple[GoldSpan, ...]], dict[str, int]]:
    """Rows with our labels, the uncovered spans of each row, and a count of uncovered labels."""
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"Cannot read the pii_synth set at {path}: {error}.") from None
    rows, ignored, not_covered = [], [], Counter[str]()
    for item in items:
        text = item["full_text"]
        ours, other = [], []
        for span in item.get("spans", []):
            label, start, end = span["entity_type"], span["start_position"], span["end_position"]
            entity = SYNTH_LABELS.get(label)
            if label == "DATE_TIME" and _BIRTH_CUE.search(text[max(0, start - 40) : start]):
                entity = "DATE_OF_BIRTH"
            if entity:
                ours.append(GoldSpan(entity, start, end))
            else:
                not_covered[label] += 1
                other.append(GoldSpan(label, start, end))
        rows.append(PiiRow(text=text, spans=tuple(ours)))
        ignored.append(tuple(other))
    return rows, ignored, dict(not_covered)


def find_synth_file(shared_data_dir: Path) -> Path | None:
    """`shared_data_dir` may be the shared `data` folder, its `dev` folder, or the pii_synth folder."""
    for candidate in (shared_data_dir / SYNTH_FILE, shared_data_dir / SYNTH_FILE.relative_to("dev"),
                      shared_data_dir / SYNTH_FILE.name):
        if candidate.is_file():
            return candidate
    return None


def run_pii_eval(shared_data_dir: Path | None, masker: Masker | None = None) -> list[PiiReport]:
    """One report for our UK set, and one for pii_synth when it can be found.

    With `shared_data_dir` None, the shared data beside the repository is used if it is there.
    """
    if masker is None:
        from guardrails.pii import PiiMasker

        masker = PiiMasker()
    reports = [evaluate_pii(masker, load_uk_rows(), dataset="pii_uk")]
    synth = find_synth_file(shared_data_dir or DEFAULT_SHARED_DATA)
    if synth is not None:
        rows, ignored, not_covered = load_synth_rows(synth)
        reports.append(evaluate_pii(masker, rows, dataset="pii_synth", not_covered=not_covered, ignore=ignored))
    return reports


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def report_rows(report: PiiReport) -> list[list[str]]:
    """A table: entity, labelled, recall, masked, reported, precision."""
    rows = [[s.entity, str(s.labelled), _pct(s.recall), _pct(s.masked_rate), str(s.reported), _pct(s.precision)]
            for s in report.entities]
    rows.append(["ordinary numbers kept", str(report.keep_total), _pct(report.kept_rate), "", "", ""])
    return rows


REPORT_HEADER = ["entity", "labelled", "recall", "masked", "reported", "precision"]


def targets_missed(report: PiiReport) -> list[str]:
    """What falls short of the targets on our own set (empty when all are met)."""
    problems = []
    for entity, target in TARGET_RECALL.items():
        score = report.score(entity)
        if score is None or score.recall is None or score.recall < target:
            problems.append(f"{entity} recall {_pct(score.recall if score else None)} is below {target:.0%}")
    for score in report.entities:
        if score.precision is not None and score.precision < TARGET_PRECISION:
            problems.append(f"{score.entity} precision {_pct(score.precision)} is below {TARGET_PRECISION:.0%}")
    if report.kept_rate is not None and report.kept_rate < TARGET_KEPT:
        problems.append(f"ordinary numbers kept {_pct(report.kept_rate)} is below {TARGET_KEPT:.0%}")
    return problems


def format_report(report: PiiReport, *, show_misses: bool = False) -> str:
    table = [REPORT_HEADER, *report_rows(report)]
    widths = [max(len(row[i]) for row in table) for i in range(len(REPORT_HEADER))]
    lines = [f"{report.dataset}: {report.rows} messages, masking took {report.ms_median:.2f} ms "
             f"(median), {report.ms_p95:.2f} ms (95th percentile)"]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in table]
    if report.not_covered:
        lines.append("Not covered: " + ", ".join(f"{k} ({v})" for k, v in sorted(report.not_covered.items()))
                     + f". {report.masked_uncovered} of our spans fell on these, and are left out of precision.")
    if show_misses:
        lines += report.misses
    return "\n".join(lines)


def format_reports(reports: Iterable[PiiReport], *, show_misses: bool = False) -> str:
    return "\n\n".join(format_report(r, show_misses=show_misses) for r in reports)


if __name__ == "__main__":
    print(format_reports(run_pii_eval(None), show_misses=True))
