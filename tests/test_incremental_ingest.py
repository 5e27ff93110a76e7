"""Re-ingesting embeds only what changed, removes what went, and survives a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.types import SearchFilters


def _ids(retriever, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [chunk.article_id for chunk in retriever.retrieve(query, k=10, filters=SearchFilters(audience="coach"))]


def test_unchanged_content_embeds_nothing(index, write_article: Callable[..., Path]) -> None:  # type: ignore[no-untyped-def]
    ingestor, _, embedder, _, _ = index
    write_article("bus-fares")
    write_article("cv-help")
    root = write_article("interviews").parent
    first = ingestor.ingest(root)
    assert first.articles_changed == 3 and first.chunks_embedded > 0
    embedded_before = len(embedder.embedded)
    second = ingestor.ingest(root)
    assert (second.articles_changed, second.articles_unchanged, second.chunks_embedded) == (0, 3, 0)
    assert len(embedder.embedded) == embedded_before


def test_editing_one_article_re_embeds_only_its_chunks(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, embedder, store, catalog = index
    write_article("bus-fares", "## Bus\n\nHelp with bus fares.\n\n## Train\n\nHelp with train fares.")
    root = write_article("cv-help").parent
    ingestor.ingest(root)
    embedder.embedded.clear()
    write_article("bus-fares", "## Bus\n\nHelp with bus fares.\n\n## Train\n\nTrain tickets to interviews are paid.")
    report = ingestor.ingest(root)
    assert report.articles_changed == 1
    assert embedder.embedded, "the edited section must be embedded again"
    assert all("cv help" not in text.lower() for text in embedder.embedded)
    assert len(embedder.embedded) <= len(catalog.live_chunk_ids(["bus-fares"]))
    assert store.ids() == catalog.live_chunk_ids()
    top = retriever.retrieve("train tickets interviews", k=1)[0]
    assert "Train tickets" in top.text


def test_deleting_or_archiving_removes_chunks_from_both_indexes(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, _, store, catalog = index
    gone = write_article("bus-fares", "## Bus\n\nHelp with bus fares.")
    write_article("cv-help", "## CV\n\nHow to write a CV.")
    root = write_article("old-scheme", "## Scheme\n\nAn old scheme for bus users.").parent
    ingestor.ingest(root)
    assert catalog.live_chunk_ids(["bus-fares"]) and catalog.live_chunk_ids(["old-scheme"])
    gone.unlink()
    write_article("old-scheme", "## Scheme\n\nAn old scheme for bus users.", status="archived")
    report = ingestor.ingest(root)
    assert report.articles_removed == 2
    assert catalog.live_chunk_ids() == store.ids()
    assert not any(chunk_id.startswith(("bus-fares:", "old-scheme:")) for chunk_id in store.ids())
    assert not {"bus-fares", "old-scheme"} & set(_ids(retriever, "bus fares scheme"))
    assert catalog.search(["bus"], 10, SearchFilters(audience="coach")) == []


def test_a_file_that_breaks_keeps_its_last_good_version(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, _, _, _ = index
    path = write_article("bus-fares", "## Bus\n\nHelp with bus fares.")
    ingestor.ingest(path.parent)
    path.write_text("---\ntitle: Bus\naudience: nobody\n---\nBroken now.\n")
    report = ingestor.ingest(path.parent)
    assert len(report.problems) == 1 and "audience" in report.problems[0]
    assert report.articles_removed == 0
    assert _ids(retriever, "bus fares")[0] == "bus-fares"


def test_a_crash_part_way_leaves_the_last_good_index_serving(tmp_path: Path, write_article) -> None:  # type: ignore[no-untyped-def]
    from knowledge.ingest import Ingestor
    from retrieval.catalog import SqliteCatalog
    from retrieval.memory_store import MemoryVectorStore
    from retrieval.retriever import HybridRetriever
    from tests.fakes import HashingEmbedder, WordCounter

    store, catalog = MemoryVectorStore(), SqliteCatalog(tmp_path / "c.sqlite")
    root = write_article("bus-fares", "## Bus\n\nHelp with bus fares.").parent
    Ingestor(HashingEmbedder(), store, catalog, WordCounter()).ingest(root)
    before = catalog.live_chunk_ids()

    write_article("bus-fares", "## Bus\n\nBus fares are now paid by the council.")
    for number in range(40):
        write_article(f"extra-{number}", f"## Part\n\nExtra article {number} about training.")
    crashing = HashingEmbedder(fail_after_calls=0)
    with pytest.raises(RuntimeError, match="crashed"):
        Ingestor(crashing, store, catalog, WordCounter()).ingest(root)

    assert catalog.live_chunk_ids() == before
    retriever = HybridRetriever(HashingEmbedder(), store, catalog)
    assert [chunk.text for chunk in retriever.retrieve("bus fares", k=1)] == ["## Bus\n\nHelp with bus fares."]

    report = Ingestor(HashingEmbedder(), store, catalog, WordCounter()).ingest(root)
    assert report.articles_changed == 41
    assert store.ids() == catalog.live_chunk_ids()
    assert "council" in retriever.retrieve("bus fares council", k=1)[0].text


def test_vectors_lost_from_the_store_are_rebuilt(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, _, _, store, catalog = index
    root = write_article("bus-fares").parent
    ingestor.ingest(root)
    store.delete(sorted(store.ids()))
    report = ingestor.ingest(root)
    assert report.articles_changed == 1 and report.chunks_embedded > 0
    assert store.ids() == catalog.live_chunk_ids()
