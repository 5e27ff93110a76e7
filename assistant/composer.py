"""The built-in extractive composer: an answer made only of sentences from the passages.

Offline and without model weights beyond the embedder. Every sentence it writes comes
word for word from a cited passage, so it cannot invent a rule or a phone number; when
no sentence is close enough to the question it says so instead of guessing.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.sentence_vectors import SentenceVectorStore
from assistant.types import Generation, HistoryMessage, Passage
from retrieval.ports import Embedder
from retrieval.query import STOPWORDS, words

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class ComposerConfig:
    max_words: int = 120
    max_sentences: int = 4
    # Below this similarity to the question, a sentence does not answer it (chosen on
    # evals/data/answers.jsonl: made-up answers to unanswerable questions under 5%).
    min_similarity: float = 0.54
    # Sentences this similar to one already chosen add nothing.
    max_overlap: float = 0.85
    lexical_weight: float = 0.25
    # A sentence sharing no word with the question must be this similar to count.
    min_similarity_without_shared_words: float = 0.6


@dataclass(frozen=True)
class _Candidate:
    passage: int
    order: int
    text: str


def split_sentences(text: str) -> list[str]:
    """Plain sentences from Markdown: headings dropped, bullets and links flattened."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines()
                 if line.strip() and not line.lstrip().startswith(("#", "Topics:"))]
        for line in lines:
            line = _LINK.sub(r"\1", _BULLET.sub("", line)).strip()
            for sentence in _SENTENCE_END.split(line):
                sentence = sentence.strip()
                # A bullet's fragment ("bus fares to interviews") is not a sentence on its own.
                if len(sentence.split()) >= 4 and (sentence[0].isupper() or sentence[0].isdigit()):
                    if sentence[-1] not in ".!?:":
                        sentence += "."
                    sentences.append(sentence)
    return sentences


class ExtractiveComposer:
    name = "extractive"

    def __init__(self, embedder: Embedder, config: ComposerConfig | None = None, cache_size: int = 20_000,
                 store: SentenceVectorStore | None = None) -> None:
        self.embedder = embedder
        self.config = config or ComposerConfig()
        self.store = store
        # Sentence vectors are reused across turns: the same articles answer most questions.
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def generate(self, question: str, passages: Sequence[Passage],
                 history: Sequence[HistoryMessage] = ()) -> Generation:
        candidates = [
            _Candidate(passage.number, order, sentence)
            for passage in passages
            for order, sentence in enumerate(split_sentences(passage.text))
        ]
        if not candidates:
            return Generation("", (), not_found=True, generator=self.name)
        query = self.embedder.embed_query(question)
        vectors = self._vectors([candidate.text for candidate in candidates])
        similarity = vectors @ query
        terms = {word for word in words(question) if word not in STOPWORDS and len(word) > 2}
        coverage = [_coverage(terms, candidate.text) for candidate in candidates]
        scores = [float(similarity[i]) + self.config.lexical_weight * coverage[i] for i in range(len(candidates))]
        chosen: list[int] = []
        used_words = 0
        for index in sorted(range(len(candidates)), key=lambda i: -scores[i]):
            if similarity[index] < self.config.min_similarity:
                continue
            if coverage[index] == 0 and similarity[index] < self.config.min_similarity_without_shared_words:
                continue
            if any(float(vectors[index] @ vectors[other]) > self.config.max_overlap for other in chosen):
                continue
            length = len(candidates[index].text.split())
            if chosen and used_words + length > self.config.max_words:
                continue
            chosen.append(index)
            used_words += length
            if len(chosen) == self.config.max_sentences or used_words >= self.config.max_words:
                break
        if not chosen:
            return Generation("", (), not_found=True, generator=self.name)
        # Read in the order the passages and their sentences came, not by score.
        ordered = sorted(chosen, key=lambda i: (candidates[i].passage, candidates[i].order))
        text = " ".join(f"{candidates[i].text} [{candidates[i].passage}]" for i in ordered)
        cited = tuple(sorted({candidates[i].passage for i in chosen}))
        return Generation(text, cited, generator=self.name)

    def stream(self, question: str, passages: Sequence[Passage],
               history: Sequence[HistoryMessage] = ()) -> Iterator[str | Generation]:
        generation = self.generate(question, passages, history)
        yield from re.findall(r"\S+\s*", generation.text)
        yield generation

    def warm(self, passage_texts: Iterable[str], batch: int = 256) -> int:
        """Embed every sentence these passages hold, so turns never wait for it; returns how many were new."""
        sentences = list(dict.fromkeys(sentence for text in passage_texts for sentence in split_sentences(text)))
        known = self.store.get_many(sentences) if self.store is not None else {}
        missing = [sentence for sentence in sentences if sentence not in known]
        for start in range(0, len(missing), batch):
            self._vectors(missing[start:start + batch])
        with self._lock:
            for sentence, vector in known.items():
                self._remember(sentence, vector)
        return len(missing)

    def _vectors(self, sentences: list[str]) -> np.ndarray:
        with self._lock:
            known = {sentence: self._cache[sentence] for sentence in sentences if sentence in self._cache}
        missing = [sentence for sentence in dict.fromkeys(sentences) if sentence not in known]
        if missing and self.store is not None:
            stored = self.store.get_many(missing)
            known.update(stored)
            missing = [sentence for sentence in missing if sentence not in stored]
        if missing:
            fresh = dict(zip(missing, self.embedder.embed_documents(missing), strict=True))
            known.update(fresh)
            if self.store is not None:
                self.store.put_many(fresh)
        with self._lock:
            for sentence, vector in known.items():
                self._remember(sentence, vector)
        return np.stack([known[sentence] for sentence in sentences])

    def _remember(self, sentence: str, vector: np.ndarray) -> None:
        self._cache[sentence] = vector
        self._cache.move_to_end(sentence)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _coverage(terms: set[str], sentence: str) -> float:
    """Share of the question's words in the sentence; 'fares' matches 'fare' (a shared stem)."""
    if not terms:
        return 0.0
    present = {word[:5] for word in words(sentence)}
    return sum(term[:5] in present for term in terms) / len(terms)
