"""Retrieval only sees published, unexpired articles for the right audience and place."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.types import SearchFilters


@pytest.fixture
def filtered(index, write_article):  # type: ignore[no-untyped-def]
    ingestor, retriever, *_ = index
    body = "## Help\n\nHelp with bus fares to get to a job interview."
    write_article("national-bus", body)
    write_article("leeds-bus", body, locality="[Leeds]", nation="England")
    write_article("cardiff-bus", body, locality="[Cardiff]", nation="Wales")
    write_article("coach-bus", body, audience="coach")
    write_article("seeker-bus", body, audience="jobseeker")
    write_article("draft-bus", body, status="draft")
    write_article("review-bus", body, status="in_review")
    write_article("stale-bus", body, review_by="2020-01-01")
    root = write_article("scotland-bus", body, nation="Scotland").parent
    ingestor.ingest(root)
    return retriever


def _articles(retriever, **filters) -> set[str]:  # type: ignore[no-untyped-def]
    filters.setdefault("today", dt.date(2026, 11, 23))
    results = retriever.retrieve("bus fares interview", k=50, filters=SearchFilters(**filters))
    return {chunk.article_id for chunk in results}


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_jobseekers_see_published_current_national_content(filtered, mode) -> None:  # type: ignore[no-untyped-def]
    found = {c.article_id for c in filtered.retrieve("bus fares interview", k=50, mode=mode,
                                                      filters=SearchFilters(today=dt.date(2026, 11, 23)))}
    assert found == {"national-bus", "seeker-bus", "scotland-bus"}


def test_the_users_area_adds_its_local_content_only(filtered) -> None:  # type: ignore[no-untyped-def]
    assert _articles(filtered, locality="leeds") == {"national-bus", "seeker-bus", "scotland-bus", "leeds-bus"}
    assert "cardiff-bus" not in _articles(filtered, locality="Leeds")


def test_nation_keeps_content_for_all_nations_and_that_nation(filtered) -> None:  # type: ignore[no-untyped-def]
    assert _articles(filtered, nation="Wales", locality="Cardiff") == {"national-bus", "seeker-bus", "cardiff-bus"}
    assert "scotland-bus" in _articles(filtered, nation="scotland")


def test_coaches_also_see_coach_articles(filtered) -> None:  # type: ignore[no-untyped-def]
    assert "coach-bus" in _articles(filtered, audience="coach")
    assert "coach-bus" not in _articles(filtered, audience="jobseeker")


def test_stale_content_only_when_allowed(filtered) -> None:  # type: ignore[no-untyped-def]
    assert "stale-bus" not in _articles(filtered)
    assert "stale-bus" in _articles(filtered, include_stale=True)


def test_drafts_only_when_not_published_only(filtered) -> None:  # type: ignore[no-untyped-def]
    assert {"draft-bus", "review-bus"} <= _articles(filtered, published_only=False)


def test_results_are_capped_per_article(index, write_article) -> None:  # type: ignore[no-untyped-def]
    ingestor, retriever, *_ = index
    body = "\n\n".join(f"## Part {n}\n\nBus fares help number {n}." for n in range(8))
    root = write_article("many-parts", body).parent
    ingestor.ingest(root)
    results = retriever.retrieve("bus fares help", k=10)
    assert len(results) == retriever.config.max_chunks_per_article


@pytest.mark.parametrize(("field", "value"), [("audience", "everyone"), ("nation", "Narnia")])
def test_unknown_filter_values_are_refused(field: str, value: str) -> None:
    from knowledge.errors import InputError

    with pytest.raises(InputError, match=f"{field} must be"):
        SearchFilters(**{field: value})
