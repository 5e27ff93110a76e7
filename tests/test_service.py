from __future__ import annotations

from dataclasses import dataclass

from fastapi.testclient import TestClient

from assistant.service import create_app
from assistant.settings import Settings


@dataclass
class Parts:
    retriever: object
    catalog: object
    embedder: object


def _client(index, tmp_path) -> TestClient:  # type: ignore[no-untyped-def]
    _, retriever, embedder, _, catalog = index
    return TestClient(create_app(Settings(data_dir=tmp_path), Parts(retriever, catalog, embedder)))


def test_health_and_readiness_before_and_after_ingest(index, write_article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _client(index, tmp_path) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        not_ready = client.get("/readyz")
        assert not_ready.status_code == 503 and "jobcoach ingest" in not_ready.json()["hint"]
        index[0].ingest(write_article("bus-fares").parent)
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["chunks"] > 0


def test_search_endpoint_and_bad_input(index, write_article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    index[0].ingest(write_article("bus-fares", "## Bus\n\nHelp with bus fares.").parent)
    with _client(index, tmp_path) as client:
        body = client.get("/api/search", params={"q": "bus fares"}).json()
        assert body["results"][0]["article_id"] == "bus-fares"
        assert body["results"][0]["source_url"] == "https://www.gov.uk/bus-fares"
        assert client.get("/api/search", params={"q": ""}).status_code == 422
        assert client.get("/api/search", params={"q": "x" * 501}).status_code == 422
        assert client.get("/api/search", params={"q": "bus", "k": 0}).status_code == 422
        assert "openapi" in client.get("/openapi.json").json()


@dataclass
class PartsWithStore(Parts):
    store: object


class DownStore:
    def ping(self) -> None:
        from knowledge.errors import ConfigurationError

        raise ConfigurationError("The conversation database is not usable.")


def test_readiness_says_when_the_database_is_down(index, write_article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, embedder, _, catalog = index
    ingestor.ingest(write_article("bus-fares").parent)
    app = create_app(Settings(data_dir=tmp_path), PartsWithStore(retriever, catalog, embedder, DownStore()))
    with TestClient(app) as client:
        answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json()["database"] == "unreachable"
    assert "JOBCOACH_DATABASE_URL" in answer.json()["hint"]
