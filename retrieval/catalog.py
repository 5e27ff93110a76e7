"""The chunk catalogue in SQLite: which chunks are live, their text, and a BM25 index (FTS5).

It is the source of truth for what may be served. Ingestion writes a whole batch of
article changes in one transaction, so a crash part-way leaves the last good state; the
vector store may briefly hold extra vectors, but only ids live here are ever returned.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from knowledge.article import Article, place_key
from knowledge.chunker import Chunk
from retrieval.types import ChunkRecord, LexicalHit, SearchFilters

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    source_url TEXT NOT NULL,
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    audience TEXT NOT NULL,
    localities TEXT NOT NULL,
    nations TEXT NOT NULL,
    status TEXT NOT NULL,
    review_by TEXT,
    language TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_article ON chunks(article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS vocabulary (word TEXT PRIMARY KEY, frequency INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT OR IGNORE INTO generation VALUES (1, 0);
"""
# Title words matter most in short help articles; then the section heading.
_BM25_WEIGHTS = (3.0, 2.0, 1.0)


def _bar(values: Iterable[str]) -> str:
    return "|" + "|".join(values) + "|"


class SqliteCatalog:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        # One connection per thread: the web service answers from a thread pool.
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    # -- ingestion -----------------------------------------------------------------
    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """article id -> (fingerprint, source path)."""
        rows = self._connect().execute("SELECT id, fingerprint, path FROM articles")
        return {row[0]: (row[1], row[2]) for row in rows}

    def live_chunk_ids(self, article_ids: Iterable[str] | None = None) -> set[str]:
        db = self._connect()
        if article_ids is None:
            return {row[0] for row in db.execute("SELECT id FROM chunks")}
        found: set[str] = set()
        for batch in _batches(list(article_ids), 500):
            marks = ",".join("?" * len(batch))
            found.update(row[0] for row in db.execute(f"SELECT id FROM chunks WHERE article_id IN ({marks})", batch))
        return found

    def apply(self, changed: Sequence[tuple[Article, str, Sequence[Chunk]]], removed: Sequence[str]) -> None:
        """Replace the changed articles and drop the removed ones, all in one transaction."""
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            for article_id in [*removed, *(article.id for article, _, _ in changed)]:
                self._delete_article(db, article_id)
            for article, fingerprint, chunks in changed:
                self._insert_article(db, article, fingerprint, chunks)
            self._rebuild_vocabulary(db)
            db.execute("UPDATE generation SET value = value + 1")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _delete_article(self, db: sqlite3.Connection, article_id: str) -> None:
        rowids = [row[0] for row in db.execute("SELECT rowid FROM chunks WHERE article_id = ?", (article_id,))]
        db.executemany("DELETE FROM chunks_fts WHERE rowid = ?", [(rowid,) for rowid in rowids])
        db.execute("DELETE FROM chunks WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert_article(self, db: sqlite3.Connection, article: Article, fingerprint: str,
                        chunks: Sequence[Chunk]) -> None:
        db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.title, article.source_url, article.path, fingerprint, article.audience,
             _bar(place_key(place) for place in article.locality), _bar(article.nation), article.status,
             article.review_by.isoformat() if article.review_by else None, article.language),
        )
        for chunk in chunks:
            cursor = db.execute(
                "INSERT INTO chunks (id, article_id, position, heading, text) VALUES (?,?,?,?,?)",
                (chunk.id, article.id, chunk.position, chunk.heading, chunk.text),
            )
            db.execute(
                "INSERT INTO chunks_fts (rowid, title, heading, body) VALUES (?,?,?,?)",
                (cursor.lastrowid, article.title, chunk.heading, chunk.text),
            )

    def _rebuild_vocabulary(self, db: sqlite3.Connection) -> None:
        from retrieval.query import words

        counts: dict[str, int] = {}
        for title, heading, text in db.execute(
            "SELECT a.title, c.heading, c.text FROM chunks c JOIN articles a ON a.id = c.article_id"
        ):
            for word in words(f"{title} {heading} {text}"):
                counts[word] = counts.get(word, 0) + 1
        db.execute("DELETE FROM vocabulary")
        db.executemany("INSERT INTO vocabulary VALUES (?, ?)", counts.items())

    def vocabulary(self) -> dict[str, int]:
        return dict(self._connect().execute("SELECT word, frequency FROM vocabulary"))

    def version(self) -> int:
        """Goes up with every ingest, from any process: lets a long-running reader refresh caches."""
        return int(self._connect().execute("SELECT value FROM generation").fetchone()[0])

    def headings(self, article_id: str) -> list[str]:
        """An article's section headings, in order: the parts a person can ask about next."""
        rows = self._connect().execute(
            "SELECT heading FROM chunks WHERE article_id = ? AND heading NOT IN ('', 'Summary') ORDER BY position",
            (article_id,),
        )
        return list(dict.fromkeys(row[0] for row in rows))

    def localities(self) -> set[str]:
        """Every place with local content, as place keys (e.g. 'wakefield')."""
        found: set[str] = set()
        for (value,) in self._connect().execute("SELECT DISTINCT localities FROM articles"):
            found.update(part for part in value.split("|") if part and part != "national")
        return found

    def chunk_count(self) -> int:
        return int(self._connect().execute("SELECT count(*) FROM chunks").fetchone()[0])

    # -- reading -------------------------------------------------------------------
    def search(self, terms: Sequence[str], limit: int, filters: SearchFilters) -> list[LexicalHit]:
        if not terms or limit <= 0:
            return []
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        where, params = _filter_sql(filters)
        rows = self._connect().execute(
            f"""SELECT c.id, bm25(chunks_fts, ?, ?, ?) AS score
                FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid
                JOIN articles a ON a.id = c.article_id
                WHERE chunks_fts MATCH ? AND {where}
                ORDER BY score LIMIT ?""",
            (*_BM25_WEIGHTS, match, *params, limit),
        )
        # FTS5's bm25() is lower-is-better; flip it so every score is higher-is-better.
        return [LexicalHit(row[0], -float(row[1])) for row in rows]

    def fetch(self, chunk_ids: Sequence[str], filters: SearchFilters | None) -> dict[str, ChunkRecord]:
        if not chunk_ids:
            return {}
        where, params = _filter_sql(filters) if filters else ("1", [])
        found: dict[str, ChunkRecord] = {}
        for batch in _batches(list(chunk_ids), 500):
            marks = ",".join("?" * len(batch))
            rows = self._connect().execute(
                f"""SELECT c.id, c.article_id, a.title, a.source_url, c.heading, c.text, c.position
                    FROM chunks c JOIN articles a ON a.id = c.article_id
                    WHERE c.id IN ({marks}) AND {where}""",
                (*batch, *params),
            )
            found.update((row[0], ChunkRecord(*row)) for row in rows)
        return found

    def allowed_article_ids(self, filters: SearchFilters) -> set[str]:
        where, params = _filter_sql(filters)
        return {row[0] for row in self._connect().execute(f"SELECT a.id FROM articles a WHERE {where}", params)}


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.published_only:
        clauses.append("a.status = 'published'")
    else:
        clauses.append("a.status != 'archived'")
    if filters.audience == "jobseeker":
        clauses.append("a.audience IN ('jobseeker', 'both')")
    # Coaches see everything: they draft replies to jobseekers from jobseeker articles too.
    places = ["national"] + ([filters.locality_key] if filters.locality_key else [])
    clauses.append("(" + " OR ".join("instr(a.localities, ?) > 0" for _ in places) + ")")
    params.extend(f"|{place}|" for place in places)
    if filters.nation_name:
        clauses.append("(instr(a.nations, '|all|') > 0 OR instr(a.nations, ?) > 0)")
        params.append(f"|{filters.nation_name}|")
    cutoff = filters.review_cutoff()
    if cutoff is not None:
        clauses.append("(a.review_by IS NULL OR a.review_by >= ?)")
        params.append(cutoff.isoformat())
    return " AND ".join(clauses), params


def _batches(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
