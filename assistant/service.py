"""The web service. For now: health, readiness and a search endpoint; the chat comes next."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse

from assistant.settings import Settings
from knowledge.errors import InputError, JobcoachError


def create_app(settings: Settings, parts: Any | None = None) -> FastAPI:
    if parts is None:
        from assistant.components import Components

        parts = Components(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Load the model before taking traffic, so the first user does not wait for it.
        parts.retriever.embedder  # noqa: B018
        yield

    app = FastAPI(title="jobcoach", version="0.1.0", lifespan=lifespan)

    @app.exception_handler(JobcoachError)
    async def jobcoach_error(request: Request, error: JobcoachError) -> JSONResponse:
        status = 400 if isinstance(error, InputError) else 503
        return JSONResponse({"error": error.message, "hint": error.hint}, status_code=status)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        chunks = parts.catalog.chunk_count()
        ready = chunks > 0
        body = {"status": "ready" if ready else "not ready", "chunks": chunks,
                "embedder": parts.embedder.name}
        if not ready:
            body["hint"] = "Run `jobcoach ingest` to build the index."
        return JSONResponse(body, status_code=200 if ready else 503)

    @app.get("/api/search")
    def search(
        q: str = Query(..., min_length=1, max_length=500, description="What to search for."),
        k: int = Query(5, ge=1, le=20),
        locality: str | None = Query(None, max_length=100),
        nation: str | None = Query(None, max_length=20),
    ) -> dict[str, Any]:
        from retrieval.types import SearchFilters

        filters = SearchFilters(locality=locality, nation=nation, include_stale=settings.include_stale)
        results = parts.retriever.retrieve(q, k=k, filters=filters)
        return {"query": q, "results": [result.to_dict() for result in results]}

    return app
