"""Reading the labelled JSONL sets: one object a line, with errors naming the line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from knowledge.errors import InputError


def read_jsonl(path: Path, what: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of `path`."""
    if not path.is_file():
        raise InputError(f"No {what} at {path}.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}, line {number}: not valid JSON ({error.msg}).") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}, line {number}: each line must be a JSON object.")
        rows.append((number, row))
    return rows
