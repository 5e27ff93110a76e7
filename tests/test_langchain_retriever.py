from __future__ import annotations

from langchain_core.documents import Document

from retrieval.langchain_retriever import JobcoachRetriever
from retrieval.types import SearchFilters


def test_plugs_into_langchain_as_a_retriever(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, *_ = index
    write_article("bus-fares", "## Bus\n\nHelp with bus fares.")
    ingestor.ingest(write_article("coach-notes", "## Bus\n\nCoach notes on bus fares.", audience="coach").parent)
    documents = JobcoachRetriever(retriever=retriever, k=3).invoke("bus fares")
    assert all(isinstance(document, Document) for document in documents)
    assert [document.metadata["article_id"] for document in documents] == ["bus-fares", "bus-fares"]
    assert documents[0].metadata["source_url"] == "https://www.gov.uk/bus-fares"
    coach = JobcoachRetriever(retriever=retriever, k=5, filters=SearchFilters(audience="coach")).invoke("bus fares")
    assert "coach-notes" in {document.metadata["article_id"] for document in coach}
