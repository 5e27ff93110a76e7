"""Reading the labelled JSONL sets: one object a line, with errors naming the line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from knowledge.errors import InputError


def read_jsonl(path: Path, what: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of `path`."""
    if not path.is_file():
        raise InputError(f"No {what} at {path}.")
    return parse_jsonl(path.read_text(encoding="utf-8").splitlines(), str(path))


def parse_jsonl(lines: Iterable[str], source: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; `source` names where they came from."""
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{source}, line {number}: not valid JSON ({error.msg}).") from None
        if not isinstance(row, dict):
            raise InputError(f"{source}, line {number}: each line must be a JSON object.")
        rows.append((number, row))
    return rows
