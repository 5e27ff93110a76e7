"""The article format: Markdown with YAML front matter.

Only `title` is required, so a team can drop in plain Markdown pages; see docs/articles.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import ArticleError

AUDIENCES = ("jobseeker", "coach", "both")
STATUSES = ("draft", "in_review", "published", "archived")
LANGUAGES = ("en", "cy")
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
NATIONAL = "national"
ALL_NATIONS = "all"
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")
_KNOWN_FIELDS = {
    "id", "title", "summary", "topics", "audience", "locality", "nation", "source_url",
    "owner", "last_reviewed", "review_by", "status", "language",
}


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str
    summary: str = ""
    topics: tuple[str, ...] = ()
    audience: str = "both"
    locality: tuple[str, ...] = (NATIONAL,)
    nation: tuple[str, ...] = (ALL_NATIONS,)
    source_url: str = ""
    owner: str = "content-team"
    last_reviewed: dt.date | None = None
    review_by: dt.date | None = None
    status: str = "published"
    language: str = "en"
    path: str = ""
    content_hash: str = field(default="", compare=False)

    @property
    def is_national(self) -> bool:
        return NATIONAL in self.locality


def place_key(place: str) -> str:
    """Normalise a place name so 'Vale of Glamorgan' and 'vale-of-glamorgan' match."""
    return re.sub(r"[^a-z0-9]+", "-", place.strip().lower()).strip("-")


def slug_from_filename(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "article"


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return {}, text
    lines = text.splitlines(keepends=True)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            raw = "".join(lines[1:index])
            body = "".join(lines[index + 1:])
            try:
                data = yaml.safe_load(raw) if raw.strip() else {}
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                at = f" at line {mark.line + 2}" if mark is not None else ""
                raise ArticleError(path, "", f"front matter is not valid YAML{at}") from error
            if not isinstance(data, dict):
                raise ArticleError(path, "", "front matter must be a set of 'field: value' lines")
            return data, body
    raise ArticleError(path, "", "front matter starts with '---' but has no closing '---' line")


def parse_article(text: str, path: Path) -> Article:
    """Validate one file. Raises ArticleError naming the file, the field and the problem."""
    data, body = split_front_matter(text, path)
    unknown = sorted(set(data) - _KNOWN_FIELDS)
    if unknown:
        raise ArticleError(path, unknown[0], f"unknown field; allowed fields are {', '.join(sorted(_KNOWN_FIELDS))}")
    title = _text(data, "title", path, required=True)
    if len(title) > 200:
        raise ArticleError(path, "title", "must be 200 characters or fewer")
    article_id = _text(data, "id", path) or slug_from_filename(path)
    if not _ID_PATTERN.match(article_id):
        raise ArticleError(path, "id", f"use lower case letters, digits and hyphens only (got {article_id!r})")
    if not body.strip():
        raise ArticleError(path, "", "the article has no text after the front matter")
    last_reviewed = _date(data, "last_reviewed", path)
    review_by = _date(data, "review_by", path)
    if last_reviewed and review_by and review_by < last_reviewed:
        raise ArticleError(path, "review_by", "must not be before last_reviewed")
    source_url = _text(data, "source_url", path)
    if source_url and not re.match(r"^https?://[^\s/]+\.[^\s]+$", source_url):
        raise ArticleError(path, "source_url", f"must be an http or https address (got {source_url!r})")
    return Article(
        id=article_id,
        title=title,
        body=body.strip("\n") + "\n",
        summary=_text(data, "summary", path),
        topics=tuple(_list(data, "topics", path)),
        audience=_choice(data, "audience", AUDIENCES, "both", path),
        locality=tuple(_list(data, "locality", path) or [NATIONAL]),
        nation=_nations(data, path),
        source_url=source_url,
        owner=_text(data, "owner", path) or "content-team",
        last_reviewed=last_reviewed,
        review_by=review_by,
        status=_choice(data, "status", STATUSES, "published", path),
        language=_choice(data, "language", LANGUAGES, "en", path),
        path=str(path),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _text(data: dict[str, Any], name: str, path: Path, required: bool = False) -> str:
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise ArticleError(path, name, "is required")
        return ""
    if isinstance(value, (dict, list)):
        raise ArticleError(path, name, f"must be plain text, not a {type(value).__name__}")
    return str(value).strip()


def _list(data: dict[str, Any], name: str, path: Path) -> list[str]:
    value = data.get(name)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [part for part in value.split(",")]
    if not isinstance(value, list) or any(isinstance(item, (dict, list)) for item in value):
        raise ArticleError(path, name, "must be a list such as [one, two]")
    return [str(item).strip() for item in value if str(item).strip()]


def _choice(data: dict[str, Any], name: str, allowed: tuple[str, ...], default: str, path: Path) -> str:
    value = _text(data, name, path) or default
    if value not in allowed:
        raise ArticleError(path, name, f"must be one of {', '.join(allowed)} (got {value!r})")
    return value


def _nations(data: dict[str, Any], path: Path) -> tuple[str, ...]:
    values = _list(data, "nation", path) or [ALL_NATIONS]
    by_lower = {nation.lower(): nation for nation in NATIONS}
    result = []
    for value in values:
        if value.lower() == ALL_NATIONS:
            return (ALL_NATIONS,)
        if value.lower() not in by_lower:
            raise ArticleError(path, "nation", f"must be all, or one or more of {', '.join(NATIONS)} (got {value!r})")
        result.append(by_lower[value.lower()])
    return tuple(result)


def _date(data: dict[str, Any], name: str, path: Path) -> dt.date | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ArticleError(path, name, f"must be a date written YYYY-MM-DD (got {value!r})") from None
