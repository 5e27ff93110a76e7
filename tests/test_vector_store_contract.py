"""One contract for every vector store. A new backend adds one subclass here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.ports import VectorStore


def _unit(values: list[float]) -> np.ndarray:
    vector = np.asarray(values + [0.0] * (8 - len(values)), dtype=np.float32)
    return vector / np.linalg.norm(vector)


class VectorStoreContract:
    @pytest.fixture
    def store(self, tmp_path: Path) -> VectorStore:
        raise NotImplementedError

    def test_nearest_first_with_cosine_scores(self, store: VectorStore) -> None:
        store.upsert(["a:0:x", "b:0:x", "c:0:x"], np.stack([_unit([1, 0]), _unit([1, 1]), _unit([0, 1])]))
        hits = store.query(_unit([1, 0.1]), 3)
        assert [hit.chunk_id for hit in hits] == ["a:0:x", "b:0:x", "c:0:x"]
        assert hits[0].score == pytest.approx(float(_unit([1, 0.1]) @ _unit([1, 0])), abs=1e-4)
        assert hits[0].score > hits[1].score > hits[2].score

    def test_limit(self, store: VectorStore) -> None:
        store.upsert([f"a:{n}:x" for n in range(5)], np.stack([_unit([1, n]) for n in range(5)]))
        assert len(store.query(_unit([1, 0]), 2)) == 2

    def test_upsert_replaces_and_delete_removes(self, store: VectorStore) -> None:
        store.upsert(["a:0:x", "b:0:x"], np.stack([_unit([1, 0]), _unit([0, 1])]))
        store.upsert(["a:0:x"], np.stack([_unit([0, 1])]))
        assert store.query(_unit([1, 0]), 1)[0].score < 0.5
        store.delete(["b:0:x", "never-there:0:x"])
        assert store.ids() == {"a:0:x"}

    def test_restrict_to_articles(self, store: VectorStore) -> None:
        store.upsert(["a:0:x", "b:0:x", "c:0:x"], np.stack([_unit([1, 0]), _unit([1, 0.2]), _unit([0, 1])]))
        hits = store.query(_unit([1, 0]), 5, article_ids={"c"})
        assert [hit.chunk_id for hit in hits] == ["c:0:x"]
        assert store.query(_unit([1, 0]), 5, article_ids=set()) == []

    def test_empty_store(self, store: VectorStore) -> None:
        assert store.ids() == set()
        assert store.query(_unit([1, 0]), 3) == []

    def test_ids_pages_through_everything(self, store: VectorStore) -> None:
        ids = [f"a:{n}:x" for n in range(1203)]
        store.upsert(ids, np.tile(_unit([1, 0]), (len(ids), 1)))
        assert store.ids() == set(ids)


class TestMemoryVectorStore(VectorStoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> VectorStore:
        from retrieval.memory_store import MemoryVectorStore

        return MemoryVectorStore()


class TestChromaVectorStore(VectorStoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> VectorStore:
        from retrieval.chroma_store import ChromaVectorStore

        return ChromaVectorStore(path=tmp_path / "chroma", collection="contract-test")

    def test_survives_a_restart(self, tmp_path: Path) -> None:
        from retrieval.chroma_store import ChromaVectorStore

        ChromaVectorStore(path=tmp_path / "again").upsert(["a:0:x"], np.stack([_unit([1, 0])]))
        assert ChromaVectorStore(path=tmp_path / "again").ids() == {"a:0:x"}


def test_bad_settings_are_explained(tmp_path: Path) -> None:
    from knowledge.errors import ConfigurationError
    from retrieval.chroma_store import ChromaVectorStore
    from retrieval.registry import StoreOptions, make_vector_store

    with pytest.raises(ConfigurationError, match="3 to 512"):
        ChromaVectorStore(path=tmp_path, collection="ab")
    with pytest.raises(ConfigurationError, match="not an http"):
        ChromaVectorStore(url="ftp://x")
    with pytest.raises(ConfigurationError, match="Choose one of"):
        make_vector_store("faiss", StoreOptions())
