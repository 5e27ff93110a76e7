"""Building the parts from Settings. Heavy things (the model) load here, never at import."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from assistant.settings import Settings
from knowledge.ingest import Ingestor
from knowledge.tokens import WordPieceCounter
from retrieval.catalog import SqliteCatalog
from retrieval.embedder import SentenceTransformerEmbedder
from retrieval.ports import VectorStore
from retrieval.registry import StoreOptions, make_vector_store
from retrieval.retriever import HybridRetriever, RetrieverConfig


@dataclass
class Components:
    settings: Settings

    @cached_property
    def embedder(self) -> SentenceTransformerEmbedder:
        return SentenceTransformerEmbedder(self.settings.resolved_model_path())

    @cached_property
    def store(self) -> VectorStore:
        options = StoreOptions(
            path=self.settings.resolved_chroma_path(), url=self.settings.chroma_url,
            collection=self.settings.chroma_collection,
        )
        return make_vector_store(self.settings.vector_store, options)

    @cached_property
    def catalog(self) -> SqliteCatalog:
        return SqliteCatalog(self.settings.resolved_catalog_path())

    @cached_property
    def retriever(self) -> HybridRetriever:
        config = RetrieverConfig(
            candidates=self.settings.retrieval_candidates,
            max_chunks_per_article=self.settings.max_chunks_per_article,
        )
        return HybridRetriever(self.embedder, self.store, self.catalog, config)

    @cached_property
    def ingestor(self) -> Ingestor:
        counter = WordPieceCounter(self.settings.resolved_model_path())
        return Ingestor(self.embedder, self.store, self.catalog, counter, self.settings.max_chunk_tokens)
