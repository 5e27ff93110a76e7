"""Our own typed results. Chroma, SQLite and LangChain types stay inside the adapters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.article import ALL_NATIONS, NATIONS, place_key
from knowledge.errors import InputError

# Coaches see everything, jobseekers what is written for them or for both.
AUDIENCES = ("jobseeker", "coach")


@dataclass(frozen=True)
class SearchFilters:
    """Which chunks a search may return.

    The defaults are what a jobseeker may see anywhere: published, unexpired, national
    content for every nation. Give `locality` to add that area's local content.
    """

    audience: str = "jobseeker"
    locality: str | None = None
    nation: str | None = None
    published_only: bool = True
    include_stale: bool = False
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.audience not in AUDIENCES:
            raise InputError(f"audience must be one of {', '.join(AUDIENCES)} (got {self.audience!r}).")
        if self.nation and self.nation.strip().lower() != ALL_NATIONS and self.nation_name is None:
            raise InputError(f"nation must be all, or one of {', '.join(NATIONS)} (got {self.nation!r}).")

    @property
    def locality_key(self) -> str | None:
        return place_key(self.locality) if self.locality else None

    @property
    def nation_name(self) -> str | None:
        if not self.nation or self.nation.lower() == ALL_NATIONS:
            return None
        for name in NATIONS:
            if name.lower() == self.nation.strip().lower():
                return name
        return None

    def review_cutoff(self) -> dt.date | None:
        if self.include_stale:
            return None
        return self.today or dt.date.today()


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float


@dataclass(frozen=True)
class ChunkRecord:
    """A live chunk with what a result needs to show and cite."""

    chunk_id: str
    article_id: str
    title: str
    source_url: str
    heading: str
    text: str
    position: int


@dataclass(frozen=True)
class RetrievedChunk:
    chunk_id: str
    article_id: str
    title: str
    source_url: str
    heading: str
    text: str
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "chunk_id": self.chunk_id,
            "article_id": self.article_id,
            "title": self.title,
            "source_url": self.source_url,
            "section": self.heading,
            "text": self.text,
            "score": round(self.score, 6),
            "dense_score": None if self.dense_score is None else round(self.dense_score, 6),
            "lexical_score": None if self.lexical_score is None else round(self.lexical_score, 6),
        }
