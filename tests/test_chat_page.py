"""The jobseeker's chat page, server-rendered (the no-JavaScript path), over TestClient with fake ports."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.chat import ChatMetrics, ChatService
from assistant.composer import ComposerConfig, ExtractiveComposer
from assistant.engine import ConversationEngine
from assistant.service import create_app
from assistant.settings import Settings
from assistant.store import ConversationStore, HandoffStore, make_engine, upgrade
from guardrails.hooks import InputDecision, OutputDecision
from guardrails.policy import Helpline
from tests.fakes import ServiceParts

STAFF_KEY = "coach-key-for-page-tests"
BUS = ("## Travel to interviews\n\nYour work coach can pay your bus fares to a job interview.\n\n"
       "## Tools\n\nThe fund pays for work tools and clothes for a new job.")
HELPLINES = (Helpline("Samaritans", number="116 123"), Helpline("Shout", text="85258", text_body="SHOUT"))
FIRST_LOAD_LIMIT = 60 * 1024
COACH_NOTICE = "I have asked a work coach to contact you. I can still answer your question."


class CrisisGuard:
    """A crisis for 'end my life', with helplines, and a handoff for 'sleeping in my car', as the real
    guardrails would decide them."""

    def check_input(self, text: str, nation: str | None = None) -> InputDecision:
        if "end my life" in text:
            return InputDecision(text=text, action="urgent_handoff", categories=("self_harm",), priority="urgent",
                                 message="You matter. Please talk to someone now.", helplines=HELPLINES)
        if "sleeping in my car" in text:
            return InputDecision(text=text, action="handoff", categories=("homelessness",), priority="high",
                                 message=COACH_NOTICE)
        return InputDecision(text=text)

    def clean_passage(self, text: str) -> str:
        return text

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        return OutputDecision()


def build_app(index: Any, database: Path) -> FastAPI:
    """The real service with fake ports: the hashing embedder, a memory vector store, SQLite records."""
    _, retriever, embedder, _, catalog = index
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine)
    metrics = ChatMetrics()
    composer = ExtractiveComposer(embedder, ComposerConfig(min_similarity=0.2))
    chat = ChatService(ConversationEngine(retriever, composer, CrisisGuard()), ConversationStore(engine), metrics)
    settings = Settings(data_dir=database.parent, max_message_chars=500, staff_api_key=STAFF_KEY)
    return create_app(settings, ServiceParts(retriever, catalog, embedder, chat, metrics, HandoffStore(engine)))


@pytest.fixture
def client(index, write_article, tmp_path) -> Iterator[TestClient]:
    index[0].ingest(write_article("bus-fares", BUS).parent)
    with TestClient(build_app(index, tmp_path / "records.db")) as test_client:
        yield test_client


def _start(client: TestClient, place: str = "Cardiff") -> None:
    started = client.post("/start", data={"place": place}, follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"] == "/"
    cookie = started.headers["set-cookie"]
    assert "jc_conversation=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie


def _say(client: TestClient, text: str) -> str:
    sent = client.post("/chat", data={"text": text}, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/#m")
    page = client.get("/")
    assert page.status_code == 200
    return page.text


def test_the_start_page_explains_the_assistant(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="en"' in page.text and 'href="#main"' in page.text
    assert "cannot see or change your claim" in page.text and "National Insurance number" in page.text
    assert '<label class="label" for="place">' in page.text and "no-store" in page.headers["cache-control"]


def test_no_javascript_post_redirect_get_shows_the_reply_with_its_source(client: TestClient) -> None:
    _start(client)
    page = _say(client, "bus fares to an interview")
    assert "bus fares to a job interview" in page and 'href="https://www.gov.uk/bus-fares"' in page
    assert "Work coach" in page and "Was this answer helpful?" in page
    message_id = re.search(r'name="message_id" value="(\d+)"', page)
    assert message_id is not None
    thanked = client.post("/feedback", data={"message_id": message_id.group(1), "helpful": "no", "reason": "long"},
                          follow_redirects=True)
    assert "Thank you for your feedback." in thanked.text


def test_an_empty_message_shows_an_error_summary(client: TestClient) -> None:
    _start(client)
    page = client.post("/chat", data={"text": "   "})
    assert page.status_code == 400
    assert 'class="error-summary"' in page.text and "Type a question before you press Send" in page.text
    assert "<title>Error:" in page.text and 'href="#text"' in page.text


def test_markup_in_a_message_is_escaped(client: TestClient) -> None:
    _start(client, place="<b>Leeds</b>")
    page = _say(client, '<script>alert("x")</script><img src=x onerror=alert(1)>')
    assert "&lt;script&gt;" in page and "<img src=x" not in page
    assert "<script>alert" not in page and page.count("<script") == 1  # only our own app.js


def test_the_page_switches_to_welsh_and_remembers(client: TestClient) -> None:
    welsh = client.get("/?lang=cy")
    assert '<html lang="cy"' in welsh.text and "Dechrau" in welsh.text and "jc_lang=cy" in welsh.headers["set-cookie"]
    assert '<html lang="cy"' in client.get("/").text
    assert '<html lang="en"' in client.get("/?lang=en").text and '<html lang="en"' in client.get("/").text


def test_deleting_asks_first_then_forgets_the_conversation(client: TestClient) -> None:
    _start(client)
    _say(client, "bus fares to an interview")
    assert "You cannot undo this" in client.get("/delete").text
    deleted = client.post("/delete", follow_redirects=False)
    assert deleted.status_code == 303 and 'jc_conversation=""' in deleted.headers["set-cookie"]
    page = client.get(deleted.headers["location"])
    assert "Your conversation has been deleted." in page.text and "bus fares to a job interview" not in page.text


def test_a_crisis_shows_helplines_first(client: TestClient) -> None:
    _start(client)
    page = _say(client, "I want to end my life")
    crisis = page.index('class="crisis"')
    assert crisis < page.index("You matter.")
    assert 'href="tel:116123"' in page and 'href="sms:85258?body=SHOUT"' in page and 'href="tel:999"' in page


def test_asking_for_a_coach_says_what_happens_next_and_shows_their_reply(client: TestClient) -> None:
    _start(client)
    assert 'name="contact" value="phone"' in client.get("/coach").text
    asked = client.post("/coach", data={"contact": "phone", "note": "mornings"}, follow_redirects=True)
    assert "What happens next" in asked.text and "will call you back" in asked.text
    staff = {"Authorization": f"Bearer {STAFF_KEY}"}
    ticket = client.get("/api/handoffs", headers=staff).json()["tickets"][0]["id"]
    client.post(f"/api/handoffs/{ticket}/reply", json={"coach": "Sam", "text": "Hello <Sam> here"}, headers=staff)
    page = client.get("/").text
    assert "Hello &lt;Sam&gt; here" in page and "A real person" in page


def test_first_load_is_small_and_static_files_are_cached(client: TestClient) -> None:
    headers = {"Accept-Encoding": "gzip"}
    page = client.get("/", headers=headers)
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page.text)
    assert len(assets) == 2
    total = len(gzip.compress(page.content)) if page.headers.get("content-encoding") != "gzip" else 0
    total = total or int(page.headers.get("content-length", len(page.content)))
    for asset in assets:
        # httpx undoes gzip, so count what came over the wire from the raw stream.
        with client.stream("GET", asset, headers=headers) as response:
            wire = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
        assert "immutable" in response.headers["cache-control"] and response.headers["etag"]
        total += len(wire)
    print(f"first load: {total} bytes compressed (limit {FIRST_LOAD_LIMIT})")
    assert total <= FIRST_LOAD_LIMIT


def _api(client: TestClient) -> tuple[str, dict[str, str]]:
    """The conversation's API address and auth, as the page hands them to app.js."""
    page = client.get("/").text
    found = re.search(r'data-conversation="(\w+)" data-token="([^"]+)"', page)
    assert found is not None
    return f"/api/conversations/{found.group(1)}", {"Authorization": f"Bearer {found.group(2)}"}


def test_a_crisis_panel_comes_from_the_stored_reply_without_feedback(client: TestClient) -> None:
    _start(client)
    _say(client, "bus fares to an interview")
    _say(client, "I want to end my life")
    # Nothing about the crisis is kept in a cookie: a reload (or another device) rebuilds it from the store.
    assert "jc_last" not in client.cookies
    conversation = client.cookies["jc_conversation"]
    client.cookies.clear()
    client.cookies.set("jc_conversation", conversation)
    page = client.get("/").text
    assert page.count('class="crisis"') == 1 and page.index('class="crisis"') < page.index("You matter.")
    assert 'href="tel:116123"' in page and 'href="sms:85258?body=SHOUT"' in page and 'href="tel:999"' in page
    assert 'class="feedback"' not in page and 'action="/feedback"' not in page

    url, auth = _api(client)
    messages = client.get(url, headers=auth).json()["messages"]
    assert [(m["role"], m["action"]) for m in messages] == [
        ("user", None), ("assistant", "answer"), ("user", None), ("assistant", "urgent_handoff")]
    assert [line["tel"] for line in messages[-1]["helplines"]] == ["tel:116123", ""]
    assert messages[-1]["helplines"][1] == {"name": "Shout", "number": "", "tel": "", "text": "85258",
                                            "sms": "sms:85258?body=SHOUT"}
    assert messages[1]["helplines"] == []
    # app.js adds the feedback control to a streamed reply only when the reply asks for it.
    assert client.post(f"{url}/messages", json={"text": "I want to end my life"}, headers=auth).json()[
        "feedback"] is False
    assert client.post(f"{url}/messages", json={"text": "bus fares"}, headers=auth).json()["feedback"] is True


def test_the_read_api_documents_the_reply_action_and_helplines(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    read = schema["paths"]["/api/conversations/{conversation_id}"]["get"]["responses"]["200"]
    assert read["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ConversationOut"}
    message = schema["components"]["schemas"]["MessageOut"]["properties"]
    assert "urgent_handoff" in message["action"]["description"]
    assert message["helplines"]["items"] == {"$ref": "#/components/schemas/HelplineOut"}


def test_no_feedback_under_the_holding_reply_while_a_coach_has_the_conversation(client: TestClient) -> None:
    _start(client)
    _say(client, "bus fares to an interview")
    assert 'class="feedback"' in client.get("/").text
    client.post("/coach", data={"contact": "chat"})
    page = _say(client, "bus fares to an interview")
    assert "A work coach has your conversation now." in page
    assert 'class="feedback"' not in page and 'action="/feedback"' not in page
    url, auth = _api(client)
    held = client.post(f"{url}/messages", json={"text": "tools for a new job"}, headers=auth).json()
    assert held["feedback"] is False and held["handoff"] is True


def test_what_happens_next_is_in_welsh_on_the_welsh_page(client: TestClient) -> None:
    from assistant.handoff_api import CONTACT_MESSAGES
    from ui.strings import NEXT_STEPS

    assert set(NEXT_STEPS["cy"]) == set(CONTACT_MESSAGES)  # a Welsh version of every choice
    _start(client)
    client.get("/?lang=cy")
    page = client.post("/coach", data={"contact": "phone"}, follow_redirects=True).text
    assert "Beth sy&#39;n digwydd nesaf" in page  # the page escapes the apostrophe
    assert "Bydd hyfforddwr gwaith yn eich ffonio" in page and "ffoniwch 999" in page
    assert "will call you back" not in page
    client.get("/?lang=en")
    english = client.post("/coach", data={"contact": "video"}, follow_redirects=True).text
    assert CONTACT_MESSAGES["video"].split(".")[0] in english and "galwad fideo" not in english


def test_a_notice_comes_from_the_stored_reply_without_a_cookie(client: TestClient) -> None:
    _start(client)
    sent = client.post("/chat", data={"text": "bus fares to an interview, I am sleeping in my car"},
                       follow_redirects=False)
    assert "jc_last" not in sent.headers.get("set-cookie", "")  # nothing about the reply in a cookie
    page = client.get("/").text
    assert page.count('class="notice"') == 1 and COACH_NOTICE in page
    assert page.index(COACH_NOTICE) < page.index("bus fares to a job interview")  # above the answer
    # Another device, or the cookie gone: the notice is still there, from the store.
    conversation = client.cookies["jc_conversation"]
    client.cookies.clear()
    client.cookies.set("jc_conversation", conversation)
    page = client.get("/").text
    assert COACH_NOTICE in page and 'class="feedback"' in page  # an answer, so it can still be rated
    url, auth = _api(client)
    messages = client.get(url, headers=auth).json()["messages"]
    assert [(m["action"], m["notice"]) for m in messages] == [(None, ""), ("handoff", COACH_NOTICE)]
    schema = client.get("/openapi.json").json()["components"]["schemas"]["MessageOut"]["properties"]
    assert "above the reply" in schema["notice"]["description"]


def test_a_cookie_left_by_an_earlier_version_is_removed(client: TestClient) -> None:
    _start(client)
    client.cookies.set("jc_last", "eyJuIjoiSSBoYXZlIGFza2VkIGEgd29yayBjb2FjaCJ9")
    page = client.get("/")
    assert "I have asked a work coach" not in page.text
    removed = [c for c in page.headers.get_list("set-cookie") if c.startswith("jc_last=")]
    assert len(removed) == 1 and "Max-Age=0" in removed[0]  # it may hint at a crisis on a shared device


def test_feedback_on_a_crisis_or_holding_reply_is_refused(client: TestClient) -> None:
    _start(client)
    _say(client, "I want to end my life")
    url, auth = _api(client)
    crisis = client.get(url, headers=auth).json()["messages"][-1]["id"]
    refused = client.post(f"{url}/messages/{crisis}/feedback", json={"helpful": True}, headers=auth)
    assert refused.status_code == 400 and "does not take feedback" in refused.json()["error"]
    # The no-JavaScript form is refused too: back to the page, with no thanks.
    posted = client.post("/feedback", data={"message_id": str(crisis), "helpful": "yes"}, follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == "/"

    client.post("/coach", data={"contact": "chat"})
    held = client.post(f"{url}/messages", json={"text": "bus fares"}, headers=auth).json()
    assert held["feedback"] is False
    refused = client.post(f"{url}/messages/{held['message_id']}/feedback", json={"helpful": False}, headers=auth)
    assert refused.status_code == 400 and "does not take feedback" in refused.json()["error"]
    documented = client.get("/openapi.json").json()["paths"][
        "/api/conversations/{conversation_id}/messages/{message_id}/feedback"]["post"]["responses"]
    assert "400" in documented
