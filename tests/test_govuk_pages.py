"""The same pipeline on 157 real GOV.UK pages, with realistic searches."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOVUK_PAGES

pytestmark = [pytest.mark.integration, pytest.mark.slow,
              pytest.mark.skipif(not GOVUK_PAGES.is_file(), reason="../shared/data/govuk/pages.jsonl is not here")]

SEARCHES = [
    ("how do i claim new style jsa", {"/how-to-claim-new-style-jsa", "/guidance/new-style-jobseekers-allowance",
                                      "/jobseekers-allowance"}),
    ("help paying for childcare when i work", {"/help-with-childcare-costs", "/get-childcare",
                                                "/check-eligible-free-childcare-if-youre-working"}),
    ("minimum wage for 20 year old", {"/national-minimum-wage-rates", "/national-minimum-wage"}),
    ("made redundant what benefits can i get", {"/guidance/redundancy-help-finding-work-and-claiming-benefits"}),
    ("can i get an advance on my universal credit", {"/guidance/universal-credit-advances"}),
    ("phone number for jobcentre", {"/contact-jobcentre-plus"}),
    ("how to find an apprenticeship", {"/apply-apprenticeship", "/become-apprentice"}),
    ("my boss wont make changes for my disability", {"/reasonable-adjustments-for-disabled-workers"}),
    ("volunteering while on benefits", {"/volunteering"}),
    ("free maths and english courses", {"/improve-english-maths-it-skills"}),
]


@pytest.fixture(scope="module")
def govuk_index(tmp_path_factory: pytest.TempPathFactory, real_embedder, model_path):  # type: ignore[no-untyped-def]
    from assistant.components import Components
    from assistant.settings import Settings
    from evals.govuk import write_pages

    folder = tmp_path_factory.mktemp("govuk")
    assert write_pages(GOVUK_PAGES, folder / "pages") == 157
    parts = Components(Settings(data_dir=folder / "var", embedding_model_path=model_path))
    parts.__dict__["embedder"] = real_embedder
    report = parts.ingestor.ingest(folder / "pages")
    assert report.problems == [] and report.articles_changed == 157
    return parts


@pytest.mark.parametrize(("query", "paths"), SEARCHES)
def test_realistic_searches_find_the_right_page(govuk_index, query: str, paths: set[str]) -> None:  # type: ignore[no-untyped-def]
    results = govuk_index.retriever.retrieve(query, k=5)
    found = [result.source_url.removeprefix("https://www.gov.uk") for result in results]
    assert paths & set(found[:3]), f"{query!r} gave {found}"


def test_both_indexes_hold_the_same_chunks(govuk_index) -> None:  # type: ignore[no-untyped-def]
    live = govuk_index.catalog.live_chunk_ids()
    assert len(live) > 157
    assert govuk_index.vectors.ids() == live


def test_pages_are_written_as_valid_articles(tmp_path: Path) -> None:
    from evals.govuk import write_pages
    from knowledge.loader import load_articles

    write_pages(GOVUK_PAGES, tmp_path, areas=("Cardiff",))
    result = load_articles(tmp_path)
    assert result.problems == [] and len(result.articles) == 314
    assert any(article.locality == ("Cardiff",) for article in result.articles)
