from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.ingest import Ingestor
from retrieval.catalog import SqliteCatalog
from retrieval.memory_store import MemoryVectorStore
from retrieval.retriever import HybridRetriever
from tests.fakes import HashingEmbedder, WordCounter

# The SQLite-or-PostgreSQL `database_url` fixture the store tests share.
pytest_plugins = ["tests.databases"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOVUK_PAGES = SHARED / "data" / "govuk" / "pages.jsonl"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


ARTICLE = """---
id: {id}
title: {title}
summary: {summary}
audience: {audience}
locality: {locality}
nation: {nation}
status: {status}
review_by: {review_by}
source_url: https://www.gov.uk/{id}
---

{body}
"""


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    content = tmp_path / "content"
    content.mkdir(exist_ok=True)

    def write(article_id: str, body: str = "", *, title: str | None = None, summary: str = "A test article.",
              audience: str = "both", locality: str = "national", nation: str = "all",
              status: str = "published", review_by: str = "2099-01-01") -> Path:
        body = body or f"## About {article_id}\n\nThis article is about {article_id.replace('-', ' ')}."
        path = content / f"{article_id}.md"
        path.write_text(ARTICLE.format(
            id=article_id, title=title or article_id.replace("-", " ").capitalize(), summary=summary,
            audience=audience, locality=locality, nation=nation, status=status, review_by=review_by, body=body,
        ), encoding="utf-8")
        return path

    return write


@pytest.fixture
def index(tmp_path: Path) -> tuple[Ingestor, HybridRetriever, HashingEmbedder, MemoryVectorStore, SqliteCatalog]:
    embedder = HashingEmbedder()
    store = MemoryVectorStore()
    catalog = SqliteCatalog(tmp_path / "catalog.sqlite")
    ingestor = Ingestor(embedder, store, catalog, WordCounter(), max_tokens=256)
    return ingestor, HybridRetriever(embedder, store, catalog), embedder, store, catalog


@pytest.fixture(scope="session")
def model_path() -> str:
    from retrieval.embedder import default_model_path

    return default_model_path()


@pytest.fixture(scope="session")
def real_embedder(model_path: str):  # type: ignore[no-untyped-def]
    from retrieval.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model_path)


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, real_embedder, model_path):  # type: ignore[no-untyped-def]
    """The bundled knowledge base, ingested once per session with the real model and Chroma."""
    from assistant.components import Components
    from assistant.settings import Settings

    data_dir = tmp_path_factory.mktemp("bundled-var")
    parts = Components(Settings(data_dir=data_dir, embedding_model_path=model_path))
    parts.__dict__["embedder"] = real_embedder
    parts.ingestor.ingest(parts.settings.content_dir)
    return parts
