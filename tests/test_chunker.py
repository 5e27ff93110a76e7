from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.article import Article, parse_article
from knowledge.chunker import MODEL_MAX_TOKENS, SPECIAL_TOKENS, chunk_article
from knowledge.tokens import WordPieceCounter
from tests.fakes import WordCounter

WORD = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S")), min_size=1, max_size=30)
LINE = st.lists(WORD, min_size=0, max_size=40).map(" ".join)
BLOCK = st.one_of(
    LINE,
    st.builds(lambda level, title: "#" * level + " " + title, st.integers(1, 4), LINE.filter(str.strip)),
    st.lists(LINE, min_size=1, max_size=6).map(lambda lines: "\n".join("- " + line for line in lines)),
    st.text(alphabet="abcdefghij", min_size=300, max_size=1200),  # one enormous "word"
)
BODY = st.lists(BLOCK, min_size=1, max_size=25).map("\n\n".join).filter(lambda body: body.strip())


def _article(body: str, title: str = "A title") -> Article:
    return Article(id="a", title=title, body=body, summary="Summary words.")


def _letters(text: str) -> str:
    return "".join(text.split())


def _section_text(chunks):  # type: ignore[no-untyped-def]
    return "".join(_letters(chunk.text) for chunk in chunks if chunk.heading != "Summary" or chunk.position > 0)


@settings(max_examples=150, deadline=None)
@given(body=BODY, limit=st.integers(min_value=40, max_value=300))
def test_no_chunk_is_over_the_limit_and_no_text_is_lost(body: str, limit: int) -> None:
    counter = WordCounter()
    chunks = chunk_article(_article(body), counter, max_tokens=limit)
    assert all(counter.count(chunk.embed_text) <= limit - SPECIAL_TOKENS for chunk in chunks)
    body_chunks = [chunk for chunk in chunks if chunk.heading != "Summary"]
    assert "".join(_letters(chunk.text) for chunk in body_chunks) == _letters(body)
    assert len({chunk.id for chunk in chunks}) == len(chunks)


@pytest.fixture(scope="module")
def wordpiece(model_path: str) -> WordPieceCounter:
    return WordPieceCounter(model_path)


@settings(max_examples=60, deadline=None)
@given(body=BODY)
def test_real_wordpiece_limit_holds_with_the_title_prefix(body: str, wordpiece: WordPieceCounter) -> None:
    chunks = chunk_article(_article(body, title="Universal Credit: what work search means"), wordpiece)
    assert all(wordpiece.count(chunk.embed_text) + SPECIAL_TOKENS <= MODEL_MAX_TOKENS for chunk in chunks)
    body_chunks = [chunk for chunk in chunks if chunk.heading != "Summary"]
    assert "".join(_letters(chunk.text) for chunk in body_chunks) == _letters(body)


def test_sections_follow_headings_and_keep_their_parent(tmp_path: Path) -> None:
    text = (
        "---\ntitle: CVs\nsummary: How to write one.\n---\n"
        "Intro line.\n\n## Skills\n\nList them.\n\n### Digital\n\nEmail and Word.\n"
    )
    chunks = chunk_article(parse_article(text, tmp_path / "cv.md"), WordCounter())
    assert [chunk.heading for chunk in chunks] == ["Summary", "", "Skills", "Skills: Digital"]
    assert chunks[0].text.startswith("CVs\nHow to write one.")
    # The embedder reads the title, not Markdown marks or link addresses.
    assert chunks[2].embed_text == "CVs\nSkills\n\nList them."


def test_long_sections_are_split_and_each_piece_keeps_its_heading() -> None:
    body = "## Long part\n\n" + "\n\n".join(f"Sentence number {i} is here." for i in range(200))
    chunks = chunk_article(_article(body), WordCounter(), max_tokens=60)
    pieces = [chunk for chunk in chunks if chunk.heading == "Long part"]
    assert len(pieces) > 5
    assert all(chunk.embed_text.startswith("A title\nLong part\n") for chunk in pieces[1:])


def test_links_are_read_as_their_words() -> None:
    chunks = chunk_article(_article("See [Find a job](https://www.gov.uk/find-a-job) today."), WordCounter())
    assert chunks[-1].embed_text == "A title\nSee Find a job today."
