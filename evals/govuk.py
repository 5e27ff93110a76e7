"""Turning the shared GOV.UK pages (JSONL) into knowledge-base articles.

Used by the end-to-end tests on real content and to build the benchmark corpus. The pages
are Crown copyright under the Open Government Licence and stay in ../shared: we write them
to a temporary folder, never into the repository.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import InputError

# Real local authority areas, used to make local copies for the large benchmark corpus.
AREAS = (
    "Wakefield", "Leeds", "Bradford", "Sheffield", "Manchester", "Liverpool", "Birmingham", "Bristol",
    "Newcastle upon Tyne", "Nottingham", "Leicester", "Plymouth", "Norfolk", "Kent", "Cornwall", "Cumberland",
    "Cardiff", "Swansea", "Newport", "Wrexham", "Gwynedd", "Glasgow", "Edinburgh", "Dundee", "Aberdeen",
    "Highland", "Fife", "Belfast",
)


def default_pages_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "govuk" / "pages.jsonl"


def read_pages(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"No GOV.UK pages at {path}.", hint="They live in ../shared/data/govuk/pages.jsonl.")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def page_id(page: dict[str, Any]) -> str:
    base = page.get("base_path") or page["url"]
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    return ("govuk-" + slug)[:120].rstrip("-")


def page_to_markdown(page: dict[str, Any], area: str | None = None) -> tuple[str, str]:
    """(article id, file text) for one page; with `area`, a local copy for that area."""
    article_id = page_id(page)
    title = page["title"].strip()
    body = page.get("body_markdown", "").strip() or page.get("description", "") or title
    front: dict[str, Any] = {
        "id": article_id,
        "title": title,
        "summary": (page.get("description") or "").strip(),
        "topics": [page.get("document_type", "guide")],
        "audience": "jobseeker",
        "source_url": page["url"],
        "owner": "govuk-import",
        "status": "published",
        "language": "cy" if page.get("locale") == "cy" else "en",
    }
    updated = str(page.get("public_updated_at") or "")[:10]
    if re.match(r"^\d{4}-\d{2}-\d{2}$", updated):
        front["last_reviewed"] = updated
    if area:
        front["id"] = f"{article_id[:100]}-{re.sub(r'[^a-z0-9]+', '-', area.lower())}"
        front["title"] = f"{title} ({area})"
        front["locality"] = [area]
        body = f"This is how it works for people who live in {area}.\n\n{body}"
    text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n\n" + body + "\n"
    return front["id"], text


def write_pages(pages_path: Path, out_dir: Path, areas: tuple[str, ...] = ()) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for page in read_pages(pages_path):
        for area in (None, *areas):
            article_id, text = page_to_markdown(page, area)
            (out_dir / f"{article_id}.md").write_text(text, encoding="utf-8")
            written += 1
    return written
