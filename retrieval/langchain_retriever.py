"""A LangChain `BaseRetriever` over our hybrid retriever, so it plugs into LangChain chains.

LangChain types stay in this file: the rest of the project sees only our own dataclasses.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.retriever import HybridRetriever
from retrieval.types import RetrievedChunk, SearchFilters


def to_document(chunk: RetrievedChunk) -> Document:
    return Document(
        id=chunk.chunk_id,
        page_content=chunk.text,
        metadata={
            "article_id": chunk.article_id, "title": chunk.title, "source_url": chunk.source_url,
            "section": chunk.heading, "score": chunk.score,
        },
    )


class JobcoachRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: HybridRetriever
    k: int = 5
    filters: SearchFilters = SearchFilters()

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        filters = kwargs.get("filters", self.filters)
        k = int(kwargs.get("k", self.k))
        return [to_document(chunk) for chunk in self.retriever.retrieve(query, k=k, filters=filters)]
