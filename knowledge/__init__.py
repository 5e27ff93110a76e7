"""The knowledge base: the article format, chunking and ingestion."""

from knowledge.article import Article, parse_article, place_key
from knowledge.chunker import MODEL_MAX_TOKENS, Chunk, chunk_article
from knowledge.errors import (
    ArticleError,
    ConfigurationError,
    IndexNotReadyError,
    InputError,
    JobcoachError,
    ModelUnavailableError,
)
from knowledge.ingest import Ingestor, IngestReport
from knowledge.loader import LoadResult, load_articles
from knowledge.tokens import TiktokenCounter, TokenCounter, WordPieceCounter, llm_token_counter

__all__ = [
    "MODEL_MAX_TOKENS", "Article", "ArticleError", "Chunk", "ConfigurationError", "IndexNotReadyError",
    "IngestReport", "Ingestor", "InputError", "JobcoachError", "LoadResult", "ModelUnavailableError",
    "TiktokenCounter", "TokenCounter", "WordPieceCounter", "chunk_article", "llm_token_counter",
    "load_articles", "parse_article", "place_key",
]
