"""Chunking articles by their headings, within the embedder's token limit.

Invariants (tested with Hypothesis): no chunk's embedding text is over the limit, and no
text is lost: the chunks' texts, read in order, hold every character of the body.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from knowledge.article import Article
from knowledge.tokens import TokenCounter

# all-MiniLM-L6-v2 reads at most 256 word pieces, [CLS] and [SEP] included.
MODEL_MAX_TOKENS = 256
SPECIAL_TOKENS = 2
CHUNKER_VERSION = "2"

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_HEADING_MARK = re.compile(r"^#{1,6}\s+", re.M)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Chunk:
    id: str
    article_id: str
    position: int
    heading: str
    text: str
    embed_text: str


@dataclass(frozen=True)
class _Section:
    heading: str
    text: str
    starts_with_heading: bool


def chunk_article(article: Article, counter: TokenCounter, max_tokens: int = MODEL_MAX_TOKENS) -> list[Chunk]:
    """An overview chunk (title, summary, topics), then the body split by headings."""
    budget = max_tokens - SPECIAL_TOKENS
    # A long title or heading must not crowd out the text it introduces.
    title = _clip(article.title, counter, budget // 4)
    chunks: list[Chunk] = []
    overview = _overview_text(article)
    if overview:
        for piece in _fit(overview, counter, budget):
            chunks.append(_make(article, len(chunks), "Summary", piece, piece))
    for section in _sections(article.body):
        short = _Section(_clip(section.heading, counter, budget // 4), section.text, section.starts_with_heading)
        for index, piece in enumerate(_split_section(short, title, counter, budget)):
            prefix = _prefix(title, short, continued=index > 0)
            chunks.append(_make(article, len(chunks), section.heading, piece, embedding_text(prefix + piece)))
    return chunks


def embedding_text(markdown: str) -> str:
    """What the embedder reads: the words, without heading marks or link addresses.

    Only ever removes characters, so it never has more tokens than the text it came from.
    """
    text = _LINK.sub(r"\1", markdown)
    return _HEADING_MARK.sub("", text)


def _overview_text(article: Article) -> str:
    parts = [article.title]
    if article.summary:
        parts.append(article.summary)
    if article.topics:
        parts.append("Topics: " + ", ".join(article.topics))
    return "\n".join(parts)


def _clip(text: str, counter: TokenCounter, max_tokens: int) -> str:
    if counter.count(text) <= max_tokens:
        return text
    kept = ""
    for word in text.split():
        candidate = f"{kept} {word}" if kept else word
        if counter.count(candidate) > max_tokens:
            break
        kept = candidate
    return kept


def _prefix(title: str, section: _Section, continued: bool) -> str:
    if section.heading and (continued or not section.starts_with_heading):
        return f"{title}\n{section.heading}\n"
    return f"{title}\n"


def _make(article: Article, position: int, heading: str, text: str, embed_text: str) -> Chunk:
    digest = hashlib.sha256(f"{article.id}\x00{heading}\x00{embed_text}".encode()).hexdigest()[:16]
    return Chunk(
        id=f"{article.id}:{position}:{digest}",
        article_id=article.id,
        position=position,
        heading=heading,
        text=text,
        embed_text=embed_text,
    )


def _sections(body: str) -> Iterator[_Section]:
    """Split at Markdown headings, outside fenced code. Sub-headings carry their parent."""
    heading = ""
    parents: dict[int, str] = {}
    lines: list[str] = []
    starts_with_heading = False
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            if "".join(lines).strip():
                yield _Section(heading, "\n".join(lines).strip("\n"), starts_with_heading)
            level = len(match.group(1))
            parents = {lvl: text for lvl, text in parents.items() if lvl < level}
            parents[level] = match.group(2).strip()
            heading = ": ".join(parents[lvl] for lvl in sorted(parents) if lvl > 1 or len(parents) == 1)
            lines = [line]
            starts_with_heading = True
        else:
            lines.append(line)
    if "".join(lines).strip():
        yield _Section(heading, "\n".join(lines).strip("\n"), starts_with_heading)


def _split_section(section: _Section, title: str, counter: TokenCounter, budget: int) -> list[str]:
    first_prefix = counter.count(_prefix(title, section, continued=False))
    rest_prefix = counter.count(_prefix(title, section, continued=True))
    if first_prefix + counter.count(section.text) <= budget:
        return [section.text]
    return _fit(section.text, counter, budget - max(first_prefix, rest_prefix))


def _fit(text: str, counter: TokenCounter, budget: int) -> list[str]:
    """Pack paragraphs, then sentences, then words, then characters, into pieces that fit."""
    if budget < 8:
        raise ValueError("the token limit leaves no room for text after the title")
    units = _units(text, counter, budget)
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for unit, tokens, joiner in units:
        if current and used + tokens > budget:
            pieces.append("".join(current).strip())
            current, used = [], 0
        current.append((joiner if current else "") + unit)
        used += tokens
    if current and "".join(current).strip():
        pieces.append("".join(current).strip())
    # WordPiece counts are additive across whitespace; check anyway for other tokenizers.
    result: list[str] = []
    for piece in pieces:
        if counter.count(piece) <= budget:
            result.append(piece)
        else:
            result.extend(_hard_split(piece, counter, budget))
    return result


def _units(text: str, counter: TokenCounter, budget: int) -> list[tuple[str, int, str]]:
    units: list[tuple[str, int, str]] = []
    for paragraph in re.split(r"\n\s*\n", text):
        if not paragraph.strip():
            continue
        tokens = counter.count(paragraph)
        if tokens <= budget:
            units.append((paragraph, tokens, "\n\n"))
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            if not sentence:
                continue
            tokens = counter.count(sentence)
            if tokens <= budget:
                units.append((sentence, tokens, " "))
            else:
                units.extend((part, counter.count(part), " ") for part in _hard_split(sentence, counter, budget))
    return units


def _hard_split(text: str, counter: TokenCounter, budget: int) -> list[str]:
    """Last resort for run-on text: whole words while they fit, else characters."""
    pieces: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if counter.count(candidate) <= budget:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        while counter.count(word) > budget:
            cut = _longest_prefix(word, counter, budget)
            pieces.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        pieces.append(current)
    return pieces


def _longest_prefix(word: str, counter: TokenCounter, budget: int) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if counter.count(word[:middle]) <= budget:
            low = middle
        else:
            high = middle - 1
    return low
