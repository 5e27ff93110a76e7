"""The project's one error hierarchy.

It lives in the lowest package so that every layer can raise from it. Every message says
what was wrong and how to fix it; the CLI and the service show the message, never a
traceback.
"""

from __future__ import annotations

from pathlib import Path


class JobcoachError(Exception):
    """Base of every error the product raises on purpose."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ConfigurationError(JobcoachError):
    """A setting is missing or wrong."""


class ArticleError(JobcoachError):
    """One knowledge-base file cannot be used. Ingestion reports it and goes on."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        where = f"field '{field}'" if field else "file"
        super().__init__(f"{self.path}: {where}: {problem}")


class IndexNotReadyError(JobcoachError):
    """The search indexes have not been built yet."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            f"The knowledge base has not been indexed yet{': ' + detail if detail else '.'}",
            hint="Run `jobcoach ingest` first.",
        )


class ModelUnavailableError(JobcoachError):
    """A model (embedder or tokenizer) could not be loaded from disk."""


class InputError(JobcoachError):
    """A request or input file is malformed."""


class NotFoundError(JobcoachError):
    """The thing asked for (a handoff ticket, a conversation) does not exist."""


class ConflictError(JobcoachError):
    """The request is well formed but clashes with the current state, e.g. a ticket already resolved."""
