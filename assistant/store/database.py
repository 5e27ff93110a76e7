"""Engines for the conversation store, and its schema migrations run from code."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from knowledge.errors import ConfigurationError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_URL_HINT = "Set JOBCOACH_DATABASE_URL to e.g. sqlite:///var/jobcoach.db or postgresql+psycopg://user@host/db."


class Repository:
    """What every store shares: one transaction per public method, and a clear error when the
    database cannot be reached."""

    what = "records"  # named in the error message

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._gate = _gate(engine)

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        try:
            with self._gate, self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise ConfigurationError(
                f"The {self.what} database {self._engine.url!r} is not usable: {exc.orig}",
                hint="Check the database is running and migrated (JOBCOACH_DATABASE_URL).",
            ) from exc


# SQLite lets one writer in at a time and makes the others sleep and retry, backing off up to
# 100 ms a try; under load that sleep was most of a turn's p95. Threads of one process queue
# here instead, on a lock that wakes the next one the moment the last commits. Transactions
# are short (no model calls inside), so reads queueing too costs little.
_SQLITE_GATES: dict[str, threading.RLock] = {}
_GATES_LOCK = threading.Lock()


def _gate(engine: Engine) -> AbstractContextManager[Any]:
    if engine.url.get_backend_name() != "sqlite":
        return nullcontext()
    with _GATES_LOCK:
        return _SQLITE_GATES.setdefault(str(engine.url), threading.RLock())


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file or a PostgreSQL database, set up for the store."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(f"Cannot read the database URL {url!r}: {exc}", hint=_URL_HINT) from exc
    backend = parsed.get_backend_name()
    try:
        if backend == "sqlite":
            return _sqlite_engine(parsed)
        if backend == "postgresql":
            return create_engine(parsed, pool_pre_ping=True)
    except (ImportError, SQLAlchemyError) as exc:
        raise ConfigurationError(f"Cannot use the database {parsed!r}: {exc}", hint=_URL_HINT) from exc
    raise ConfigurationError(
        f"Unsupported database {backend!r} in {parsed!r}: the store supports SQLite and PostgreSQL.", hint=_URL_HINT
    )


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if in_memory:
        # Every connection to ":memory:" is a new empty database; share one so the schema survives.
        options["poolclass"] = StaticPool
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # SQLite leaves foreign keys (and so ON DELETE CASCADE) off unless asked, per connection.
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            # In WAL mode NORMAL skips an fsync per commit; a crashed process still loses no
            # committed turn, only a power cut can lose the last few (~10 ms a turn saved).
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    return engine


def alembic_config() -> Config:
    """Alembic's configuration built in code, so no alembic.ini has to ship or be found."""
    config = Config()
    # ConfigParser interpolates '%', which may appear in an install path.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; already there is a no-op."""
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except SQLAlchemyError as exc:
        raise ConfigurationError(
            f"Cannot migrate the database {engine.url!r}: {exc}",
            hint="Check the database is running and JOBCOACH_DATABASE_URL is right.",
        ) from exc
