"""Token counting.

Two counters with one shape:
- the embedder's own WordPiece tokenizer, which decides chunk sizes, because
  all-MiniLM-L6-v2 silently truncates anything past 256 word pieces;
- tiktoken, for packing prompts to a language model's budget. tiktoken fetches its
  encoding on first use, so offline it can only read `TIKTOKEN_CACHE_DIR`; when that
  fails we fall back to the embedder's tokenizer and say so once in the log.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from knowledge.errors import ModelUnavailableError

log = logging.getLogger(__name__)


class TokenCounter(Protocol):
    name: str

    def count(self, text: str) -> int:
        """Tokens in `text`, without any special tokens a model adds around it."""
        ...


class WordPieceCounter:
    """Counts with the tokenizer.json that ships beside the embedding model."""

    def __init__(self, model_path: str | Path) -> None:
        from tokenizers import Tokenizer

        tokenizer_file = Path(model_path) / "tokenizer.json"
        if not tokenizer_file.is_file():
            raise ModelUnavailableError(
                f"No tokenizer.json in the embedding model folder {model_path}.",
                hint="Set JOBCOACH_EMBEDDING_MODEL_PATH to a sentence-transformers model folder.",
            )
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self.name = f"wordpiece:{Path(model_path).name}"

    def count(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)


class TiktokenCounter:
    def __init__(self, encoding_name: str = "cl100k_base") -> None:
        import tiktoken

        self._encoding = tiktoken.get_encoding(encoding_name)
        self.name = f"tiktoken:{encoding_name}"

    def count(self, text: str) -> int:
        return len(self._encoding.encode(text, disallowed_special=()))


@lru_cache(maxsize=4)
def llm_token_counter(fallback_model_path: str, encoding_name: str = "cl100k_base") -> TokenCounter:
    """tiktoken if its encoding can be loaded, else the embedder's tokenizer (logged once).

    Cached so the fallback warning appears once per process, not once per prompt.
    """
    try:
        return TiktokenCounter(encoding_name)
    except Exception as error:  # tiktoken raises plain network and OS errors offline
        log.warning(
            "tiktoken could not load the %s encoding (%s); counting tokens with the embedding "
            "model's tokenizer instead. Set TIKTOKEN_CACHE_DIR to a folder holding the encoding "
            "to count exactly.",
            encoding_name,
            type(error).__name__,
        )
        return WordPieceCounter(fallback_model_path)
