from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.article import parse_article
from knowledge.errors import ArticleError
from knowledge.loader import load_articles


def test_plain_markdown_with_only_a_title_gets_the_documented_defaults(tmp_path: Path) -> None:
    article = parse_article("---\ntitle: Help with bus fares\n---\nSome text.\n", tmp_path / "Bus Fares.md")
    assert article.id == "bus-fares"
    assert article.audience == "both"
    assert article.locality == ("national",)
    assert article.nation == ("all",)
    assert article.status == "published"
    assert article.language == "en"
    assert article.review_by is None


def test_all_fields_are_read(tmp_path: Path) -> None:
    text = """---
id: local-leeds
title: Help in Leeds
summary: Local help.
topics: [local, support]
audience: jobseeker
locality: [Leeds, Wakefield]
nation: England
source_url: https://www.leeds.gov.uk/jobs
owner: team-north
last_reviewed: 2026-01-02
review_by: 2027-01-02
status: in_review
language: cy
---
Body.
"""
    article = parse_article(text, tmp_path / "x.md")
    assert article.id == "local-leeds"
    assert article.topics == ("local", "support")
    assert article.locality == ("Leeds", "Wakefield")
    assert article.nation == ("England",)
    assert article.review_by == dt.date(2027, 1, 2)
    assert (article.status, article.language, article.owner) == ("in_review", "cy", "team-north")


@pytest.mark.parametrize(
    ("front", "field", "words"),
    [
        ("summary: no title here", "title", "is required"),
        ("title: T\naudience: everyone", "audience", "must be one of jobseeker, coach, both"),
        ("title: T\nstatus: live", "status", "must be one of draft"),
        ("title: T\nreview_by: next year", "review_by", "YYYY-MM-DD"),
        ("title: T\nnation: Narnia", "nation", "must be all"),
        ("title: T\nlanguage: fr", "language", "must be one of en, cy"),
        ("title: T\nsource_url: gov.uk/jobs", "source_url", "http or https"),
        ("title: T\nid: Has Spaces", "id", "lower case"),
        ("title: T\ntopics: {a: 1}", "topics", "must be a list"),
        ("title: T\ncolour: blue", "colour", "unknown field"),
        ("title: T\nlast_reviewed: 2026-05-01\nreview_by: 2026-01-01", "review_by", "before last_reviewed"),
    ],
)
def test_bad_front_matter_names_the_file_the_field_and_the_problem(
    tmp_path: Path, front: str, field: str, words: str
) -> None:
    path = tmp_path / "bad.md"
    with pytest.raises(ArticleError) as caught:
        parse_article(f"---\n{front}\n---\nBody.\n", path)
    assert caught.value.field == field
    assert words in caught.value.problem
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("---\ntitle: [unclosed\n---\nBody", "not valid YAML"),
        ("---\ntitle: T\nBody with no closing line", "no closing"),
        ("---\n- a\n- b\n---\nBody", "field: value"),
        ("---\ntitle: T\n---\n   \n", "no text"),
    ],
)
def test_broken_files_are_explained(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(ArticleError, match=words):
        parse_article(text, tmp_path / "broken.md")


def test_loader_keeps_valid_files_and_reports_each_bad_one(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\nFine.\n")
    (tmp_path / "bad.md").write_text("---\ntitle: Bad\naudience: all\n---\nText.\n")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "zz-dupe.md").write_text("---\nid: good\ntitle: Another\n---\nText.\n")
    result = load_articles(tmp_path)
    assert [article.id for article in result.articles] == ["good"]
    problems = {Path(problem.path).name: problem for problem in result.problems}
    assert set(problems) == {"bad.md", "binary.md", "zz-dupe.md"}
    assert problems["bad.md"].field == "audience"
    assert "UTF-8" in problems["binary.md"].problem
    assert "already used" in problems["zz-dupe.md"].problem
