"""Databases for the store tests: SQLite in a temporary folder, or a fresh PostgreSQL schema.

The PostgreSQL run skips with the reason when no server answers; set JOBCOACH_TEST_POSTGRES_URL
to use another server than the one on loopback.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

POSTGRES_URL = os.environ.get(
    "JOBCOACH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/jobcoach_test"
)


def postgres_schema() -> Iterator[str]:
    """A fresh schema per test in the test database, reached through search_path."""
    url = make_url(POSTGRES_URL)
    database = url.database or "jobcoach_test"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT",
                          connect_args={"connect_timeout": 5})
    try:
        with admin.connect() as connection:
            exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": database})
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{database}"'))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {url!r}: {exc.orig}")
    finally:
        admin.dispose()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    owner = create_engine(url, isolation_level="AUTOCOMMIT")
    with owner.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with owner.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        owner.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    if request.param == "sqlite":
        # A folder that does not exist yet: make_engine must create it.
        yield f"sqlite:///{(tmp_path / 'var' / 'store.db').as_posix()}"
    else:
        yield from postgres_schema()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated store database, disposed of after the test."""
    from assistant.store import make_engine, upgrade

    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()
