"""The chat API over real HTTP semantics (TestClient), a real SQLite store and fake ports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.chat import ChatMetrics, ChatService
from assistant.composer import ComposerConfig, ExtractiveComposer
from assistant.engine import ConversationEngine
from assistant.service import create_app
from assistant.settings import Settings
from assistant.store import ConversationStore, make_engine, upgrade
from tests.fakes import ServiceParts

BUS = ("## Travel to interviews\n\nYour work coach can pay your bus fares to a job interview.\n\n"
       "## Tools\n\nThe fund pays for work tools.")


def _app(index, database: Path):  # type: ignore[no-untyped-def]
    _, retriever, embedder, _, catalog = index
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine)
    metrics = ChatMetrics()
    composer = ExtractiveComposer(embedder, ComposerConfig(min_similarity=0.2))
    chat = ChatService(ConversationEngine(retriever, composer), ConversationStore(engine), metrics)
    settings = Settings(data_dir=database.parent, max_message_chars=500)
    return create_app(settings, ServiceParts(retriever, catalog, embedder, chat, metrics))


@pytest.fixture
def client(index, write_article, tmp_path):  # type: ignore[no-untyped-def]
    index[0].ingest(write_article("bus-fares", BUS).parent)
    with TestClient(_app(index, tmp_path / "records.db")) as test_client:
        yield test_client


def _start(client: TestClient, **body: str) -> tuple[str, dict[str, str]]:
    created = client.post("/api/conversations", json=body or None)
    assert created.status_code == 201
    data = created.json()
    return data["id"], {"Authorization": f"Bearer {data['token']}"}


def test_a_conversation_from_start_to_delete(client: TestClient) -> None:
    conversation, auth = _start(client, locality="Cardiff")
    sent = client.post(f"/api/conversations/{conversation}/messages", json={"text": "bus fares to an interview"},
                       headers=auth)
    assert sent.status_code == 200
    reply = sent.json()
    assert reply["citations"][0]["id"] == "bus-fares" and "[1]" in reply["answer"]
    assert set(reply) >= {"message_id", "answer", "citations", "not_found", "suggestions", "handoff"}
    feedback = client.post(f"/api/conversations/{conversation}/messages/{reply['message_id']}/feedback",
                           json={"helpful": False, "reason": "too long"}, headers=auth)
    assert feedback.status_code == 204
    read = client.get(f"/api/conversations/{conversation}", headers=auth).json()
    assert [m["role"] for m in read["messages"]] == ["user", "assistant"]
    assert read["locality"] == "Cardiff" and read["messages"][1]["citations"][0]["id"] == "bus-fares"
    assert client.delete(f"/api/conversations/{conversation}", headers=auth).status_code == 204
    assert client.get(f"/api/conversations/{conversation}", headers=auth).status_code == 404


def test_one_conversations_token_cannot_touch_another(client: TestClient) -> None:
    first, first_auth = _start(client)
    second, _ = _start(client)
    assert client.get(f"/api/conversations/{second}", headers=first_auth).status_code == 404
    assert client.post(f"/api/conversations/{second}/messages", json={"text": "hi"},
                       headers=first_auth).status_code == 404
    assert client.delete(f"/api/conversations/{second}", headers=first_auth).status_code == 404
    assert client.get(f"/api/conversations/{first}").status_code == 404
    assert client.get(f"/api/conversations/{first}", headers={"Authorization": "Bearer nope"}).status_code == 404


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        ({"text": ""}, 422, "empty"),
        ({"text": "   "}, 422, "empty"),
        ({"text": 42}, 422, "string"),
        ({}, 422, "text"),
        ({"text": "x" * 501}, 413, "too long"),
    ],
)
def test_bad_messages_are_refused_with_a_reason(client: TestClient, body: dict[str, object], code: int,
                                                words: str) -> None:
    conversation, auth = _start(client)
    response = client.post(f"/api/conversations/{conversation}/messages", json=body, headers=auth)
    assert response.status_code == code
    assert words in response.json()["error"].lower()


def test_not_json_is_refused(client: TestClient) -> None:
    conversation, auth = _start(client)
    response = client.post(f"/api/conversations/{conversation}/messages", content=b"\xff\xfe",
                           headers={**auth, "Content-Type": "application/json"})
    assert response.status_code == 422 and "error" in response.json()


def test_replies_stream_as_server_sent_events(client: TestClient) -> None:
    conversation, auth = _start(client)
    with client.stream("POST", f"/api/conversations/{conversation}/messages?stream=true",
                       json={"text": "bus fares to an interview"}, headers=auth) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("event: ").strip() for line in response.iter_lines() if line.startswith("event:")]
    assert events[0] == "token" and events[-2:] == ["citations", "done"]
    stored = client.get(f"/api/conversations/{conversation}", headers=auth).json()["messages"]
    assert stored[-1]["role"] == "assistant" and stored[-1]["citations"]


def test_feedback_only_on_replies_in_this_conversation(client: TestClient) -> None:
    conversation, auth = _start(client)
    client.post(f"/api/conversations/{conversation}/messages", json={"text": "bus fares"}, headers=auth)
    messages = client.get(f"/api/conversations/{conversation}", headers=auth).json()["messages"]
    user_message = messages[0]["id"]
    refused = client.post(f"/api/conversations/{conversation}/messages/{user_message}/feedback",
                          json={"helpful": True}, headers=auth)
    assert refused.status_code == 400


def test_no_feedback_on_a_crisis_reply_or_the_holding_reply(client: TestClient, tmp_path: Path) -> None:
    conversation, auth = _start(client)
    # Written straight into the service's database: this app's guardrails never decide a crisis.
    database = make_engine(f"sqlite:///{tmp_path / 'records.db'}")
    store = ConversationStore(database)
    crisis = store.add_message(conversation, "assistant", "Please talk to someone now.", generator="guardrail",
                               action="urgent_handoff")
    held = store.add_message(conversation, "assistant", "A work coach has your conversation now.",
                             generator="handoff", action="handoff")
    database.dispose()
    for message_id in (crisis, held):
        refused = client.post(f"/api/conversations/{conversation}/messages/{message_id}/feedback",
                              json={"helpful": True, "reason": "kind"}, headers=auth)
        assert refused.status_code == 400
        assert refused.json()["error"].startswith(f"Message {message_id} does not take feedback: it is a crisis reply")
    answer = client.post(f"/api/conversations/{conversation}/messages", json={"text": "bus fares"},
                         headers=auth).json()
    assert answer["feedback"] is True
    assert client.post(f"/api/conversations/{conversation}/messages/{answer['message_id']}/feedback",
                       json={"helpful": True}, headers=auth).status_code == 204


def test_metrics_count_turns(client: TestClient) -> None:
    conversation, auth = _start(client)
    client.post(f"/api/conversations/{conversation}/messages", json={"text": "bus fares"}, headers=auth)
    client.post(f"/api/conversations/{conversation}/messages", json={"text": "zebra quantum"}, headers=auth)
    text = client.get("/metrics").text
    assert 'jobcoach_turns_total{generator="extractive",outcome="answered"} 1.0' in text
    assert 'outcome="not_found"} 1.0' in text
    assert "jobcoach_turn_seconds_count 2.0" in text


def test_a_restart_loses_no_conversation(index, write_article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    index[0].ingest(write_article("bus-fares", BUS).parent)
    database = tmp_path / "records.db"
    with TestClient(_app(index, database)) as first:
        conversation, auth = _start(first)
        first.post(f"/api/conversations/{conversation}/messages", json={"text": "bus fares"}, headers=auth)
    with TestClient(_app(index, database)) as second:
        messages = second.get(f"/api/conversations/{conversation}", headers=auth).json()["messages"]
    assert len(messages) == 2
    assert json.dumps(messages).count("bus-fares") >= 1
