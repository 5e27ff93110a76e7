"""The bundled knowledge base and golden set are valid and cover what the service needs."""

from __future__ import annotations

import json
from collections import Counter

from assistant.settings import BUNDLED_CONTENT
from evals.retrieval_eval import default_golden_set
from knowledge.loader import load_articles

REQUIRED = {
    "universal-credit-work-search", "claimant-commitment", "new-style-jsa", "jobcentre-first-appointment",
    "jobcentre-phone-video-appointments", "find-a-job-service", "applying-online", "recruitment-agencies",
    "zero-hours-contracts", "part-time-work", "working-while-on-universal-credit", "cv-first-no-experience",
    "cv-skills-based", "cv-gaps", "cv-career-change", "cover-letters", "interview-preparation",
    "interview-star-answers", "interview-video-and-phone", "interview-questions-to-ask",
    "disclosing-health-condition", "free-english-maths-courses", "free-digital-skills-courses",
    "skills-bootcamps", "free-level-3-courses", "apprenticeships", "esol-english-courses",
    "young-people-youth-guarantee", "access-to-work", "disability-confident-employers",
    "reasonable-adjustments", "support-while-ill", "flexible-support-fund", "travel-to-interview",
    "childcare-help-starting-work", "self-employment", "volunteering", "redundancy",
    "criminal-records-disclosure", "leaving-armed-forces", "care-leavers", "contact-jobcentre",
    "complain-jobcentre", "urgent-help-crisis", "homelessness-help", "domestic-abuse-help",
    "food-banks-and-hardship",
}


def test_every_bundled_article_is_valid_and_sourced() -> None:
    result = load_articles(BUNDLED_CONTENT)
    assert result.problems == []
    assert len(result.articles) >= 60
    for article in result.articles:
        assert article.source_url.startswith("https://"), article.id
        assert article.summary and article.review_by, article.id
        assert article.status == "published", article.id


def test_the_knowledge_base_covers_the_required_topics() -> None:
    ids = {article.id for article in load_articles(BUNDLED_CONTENT).articles}
    assert ids >= REQUIRED


def test_local_content_for_three_nations_and_coach_articles() -> None:
    articles = load_articles(BUNDLED_CONTENT).articles
    local = [article for article in articles if not article.is_national]
    assert len({article.nation for article in local}) >= 3
    assert sum(article.audience == "coach" for article in articles) >= 3


def test_golden_set_is_big_enough_and_points_at_real_articles() -> None:
    ids = {article.id for article in load_articles(BUNDLED_CONTENT).articles}
    rows = [json.loads(line) for line in default_golden_set().read_text().splitlines() if line.strip()]
    assert len(rows) >= 150
    assert all(set(row["relevant"]) <= ids for row in rows)
    assert len({row["query"] for row in rows}) == len(rows), "duplicate questions"
    covered = Counter(article_id for row in rows for article_id in row["relevant"])
    assert not ids - set(covered), f"articles with no golden question: {sorted(ids - set(covered))}"
