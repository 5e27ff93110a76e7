"""Reading a folder of articles: every valid file is kept, every invalid one reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.article import Article, parse_article
from knowledge.errors import ArticleError, InputError


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleError] = field(default_factory=list)


def article_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError(f"No such folder or file: {root}.", hint="Give the folder that holds the .md articles.")
    return sorted(path for path in root.rglob("*.md") if path.is_file() and not path.name.startswith("."))


def load_articles(root: Path) -> LoadResult:
    result = LoadResult()
    seen: dict[str, str] = {}
    for path in article_files(root):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            result.problems.append(ArticleError(path, "", "is not UTF-8 text; save it as UTF-8"))
            continue
        try:
            article = parse_article(text, path)
        except ArticleError as problem:
            result.problems.append(problem)
            continue
        if article.id in seen:
            result.problems.append(
                ArticleError(path, "id", f"{article.id!r} is already used by {seen[article.id]}; ids must be unique")
            )
            continue
        seen[article.id] = str(path)
        result.articles.append(article)
    return result
