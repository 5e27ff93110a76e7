"""Hybrid retrieval: dense vectors and BM25, fused, filtered and capped per article."""

from retrieval.catalog import SqliteCatalog
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.memory_store import MemoryVectorStore
from retrieval.ports import ChunkCatalog, Embedder, VectorStore
from retrieval.query import AnalysedQuery, QueryAnalyser
from retrieval.registry import VECTOR_STORES, StoreOptions, make_vector_store
from retrieval.retriever import MODES, HybridRetriever, RetrieverConfig
from retrieval.types import ChunkRecord, LexicalHit, RetrievedChunk, SearchFilters, VectorHit

__all__ = [
    "MODES", "VECTOR_STORES", "AnalysedQuery", "ChunkCatalog", "ChunkRecord", "Embedder", "HybridRetriever",
    "LexicalHit", "MemoryVectorStore", "QueryAnalyser", "RetrievedChunk", "RetrieverConfig", "SearchFilters",
    "SqliteCatalog", "StoreOptions", "VectorHit", "VectorStore", "make_vector_store", "reciprocal_rank_fusion",
]
