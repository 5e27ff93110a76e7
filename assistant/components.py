"""Building the parts from Settings. Heavy things (the model) load here, never at import."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import Engine

from assistant.chat import ChatMetrics, ChatService
from assistant.composer import ExtractiveComposer
from assistant.engine import ConversationEngine
from assistant.ports import ChatModel
from assistant.sentence_vectors import SentenceVectorStore
from assistant.settings import Settings
from assistant.store import ConversationStore, HandoffStore, make_engine, upgrade
from guardrails.output import OutputChecker
from guardrails.pipeline import InputOutputGuard
from guardrails.policy import PolicyFile
from knowledge.ingest import Ingestor
from knowledge.tokens import WordPieceCounter
from retrieval.catalog import SqliteCatalog
from retrieval.embedder import SentenceTransformerEmbedder, quiet_thread_waits
from retrieval.ports import VectorStore
from retrieval.registry import StoreOptions, make_vector_store
from retrieval.retriever import HybridRetriever, RetrieverConfig


@dataclass
class Components:
    settings: Settings

    def __post_init__(self) -> None:
        quiet_thread_waits()

    @cached_property
    def embedder(self) -> SentenceTransformerEmbedder:
        return SentenceTransformerEmbedder(self.settings.resolved_model_path(),
                                           query_threads=self.settings.query_threads)

    @cached_property
    def vectors(self) -> VectorStore:
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
        return HybridRetriever(self.embedder, self.vectors, self.catalog, config)

    @cached_property
    def ingestor(self) -> Ingestor:
        counter = WordPieceCounter(self.settings.resolved_model_path())
        return Ingestor(self.embedder, self.vectors, self.catalog, counter, self.settings.max_chunk_tokens)

    @cached_property
    def metrics(self) -> ChatMetrics:
        return ChatMetrics()

    @cached_property
    def generator(self) -> ChatModel:
        """The extractive composer, or an LLM that falls back to it on any failure."""
        store = SentenceVectorStore(self.settings.data_dir / "sentences.sqlite", self.embedder.name)
        composer = ExtractiveComposer(self.embedder, store=store)
        if not self.settings.llm_base_url:
            return composer
        from assistant.llm import FallbackGenerator, LangChainGenerator

        llm = LangChainGenerator.from_settings(self.settings)
        return FallbackGenerator(llm, composer, on_fallback=self.metrics.fallback)

    @cached_property
    def guard(self) -> InputOutputGuard:
        """Every input and output guardrail layer, with the policy file reloaded when it changes."""
        from guardrails.classifier import EmbeddingClassifier
        from guardrails.injection import InjectionDetector
        from guardrails.pii import PiiMasker
        from guardrails.rules import SensitiveRules

        masker = PiiMasker()
        classifier = EmbeddingClassifier(self.embedder, cache_dir=self.settings.data_dir / "guard",
                                         model_name=self.embedder.name)
        second_opinion = None
        if self.settings.guard_llm_check and self.settings.llm_base_url:
            from guardrails.llm_check import LlmCheck

            second_opinion = LlmCheck.from_settings(self.settings)
        return InputOutputGuard(PolicyFile(self.settings.policy_path), masker=masker, injection=InjectionDetector(),
                                rules=SensitiveRules(), classifier=classifier, second_opinion=second_opinion,
                                output=OutputChecker(masker))

    @cached_property
    def engine(self) -> ConversationEngine:
        return ConversationEngine(self.retriever, self.generator, guardrail=self.guard)

    @cached_property
    def database(self) -> Engine:
        database = make_engine(self.settings.resolved_database_url())
        upgrade(database)
        return database

    @cached_property
    def store(self) -> ConversationStore:
        return ConversationStore(self.database)

    @cached_property
    def handoffs(self) -> HandoffStore:
        return HandoffStore(self.database)

    @cached_property
    def chat(self) -> ChatService:
        return ChatService(self.engine, self.store, self.metrics, handoffs=self.handoffs)
