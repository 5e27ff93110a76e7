"""The web service: the chat API, search, health, readiness and Prometheus metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException

from assistant.api import chat_router
from assistant.handoff_api import handoff_router
from assistant.settings import Settings
from knowledge.errors import ConflictError, InputError, JobcoachError, NotFoundError
from ui.pages import page_router


def create_app(settings: Settings, parts: Any | None = None) -> FastAPI:
    if parts is None:
        from assistant.components import Components

        parts = Components(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Load the model before taking traffic, so the first user does not wait for it.
        embed = getattr(parts.embedder, "embed_query", None)
        if callable(embed):
            embed("warm up")
        engine = getattr(parts, "engine", None)
        if engine is not None and hasattr(engine, "warm"):
            engine.warm()  # the composer's sentence vectors: once per knowledge-base change
        guard = getattr(parts, "guard", None)
        if guard is not None:
            guard.check_input("warm up: where is my nearest jobcentre?")  # trains the classifier once
        yield

    app = FastAPI(title="jobcoach", version="0.1.0", lifespan=lifespan)
    chat = getattr(parts, "chat", None)
    handoffs = getattr(parts, "handoffs", None)
    if chat is not None:
        app.include_router(chat_router(chat, settings.max_message_chars, handoffs))
        if handoffs is not None:
            app.include_router(handoff_router(handoffs, chat.store, settings.staff_api_key))
        app.include_router(page_router(chat, handoffs, settings))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(part) for part in problem['loc'] if part != 'body')}: {problem['msg']}".lstrip(": ")
            for problem in error.errors()
        ]
        return JSONResponse({"error": "; ".join(problems) or "The request is not valid."}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": error.detail}, status_code=error.status_code, headers=error.headers)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        registry = getattr(getattr(parts, "metrics", None), "registry", None)
        body = generate_latest(registry) if registry is not None else b""
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    @app.exception_handler(JobcoachError)
    async def jobcoach_error(request: Request, error: JobcoachError) -> JSONResponse:
        code = (404 if isinstance(error, NotFoundError) else 409 if isinstance(error, ConflictError)
                else 400 if isinstance(error, InputError) else 503)
        return JSONResponse({"error": error.message, "hint": error.hint}, status_code=code)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        chunks = parts.catalog.chunk_count()
        database = _database_ok(parts)
        ready = chunks > 0 and database
        body: dict[str, Any] = {
            "status": "ready" if ready else "not ready", "chunks": chunks, "embedder": parts.embedder.name,
            "embedder_loaded": bool(getattr(parts.embedder, "loaded", True)),
            "database": "ok" if database else "unreachable",
        }
        if not chunks:
            body["hint"] = "Run `jobcoach ingest` to build the index."
        elif not database:
            body["hint"] = "Check the database at JOBCOACH_DATABASE_URL is running."
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


def _database_ok(parts: Any) -> bool:
    store = getattr(parts, "store", None)
    ping = getattr(store, "ping", None)
    if not callable(ping):
        return True
    try:
        ping()
    except JobcoachError:
        return False
    return True
