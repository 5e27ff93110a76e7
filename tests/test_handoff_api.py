"""The handoff over HTTP: the jobseeker asks for a coach, the coaches' queue, claim, reply, hand back
and resolve, and what each side may see."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from assistant.chat import ChatService
from assistant.composer import ExtractiveComposer
from assistant.engine import ConversationEngine
from assistant.service import create_app
from assistant.settings import Settings
from assistant.store import ConversationStore, HandoffStore
from guardrails.hooks import InputDecision, OutputDecision
from guardrails.policy import Helpline
from tests.fakes import ServiceParts

KEY = "coach-key-for-tests"
STAFF = {"Authorization": f"Bearer {KEY}"}
PRIVATE = "Please do not share personal details here."


class MaskingGuard:
    """Masks phone numbers as a real guardrail would, with a notice, and treats 'end my life' as a crisis."""

    def check_input(self, text: str, nation: str | None = None) -> InputDecision:
        masked = text.replace("07700 900123", "<PHONE>")
        if "end my life" in text:
            return InputDecision(text=masked, action="urgent_handoff", categories=("self_harm",), priority="urgent",
                                 message="Please talk to someone now.", helplines=(Helpline("Samaritans", "116 123"),))
        return InputDecision(text=masked, notice=PRIVATE if masked != text else "")

    def clean_passage(self, text: str) -> str:
        return text

    def check_output(self, answer: str, passages_text: list[str]) -> OutputDecision:
        return OutputDecision()


def _client(index: Any, engine: Engine, key: str | None = KEY, with_handoffs: bool = True) -> TestClient:
    _, retriever, embedder, _, catalog = index
    handoffs = HandoffStore(engine) if with_handoffs else None
    chat = ChatService(ConversationEngine(retriever, ExtractiveComposer(embedder), MaskingGuard()),
                       ConversationStore(engine), handoffs=handoffs)
    parts = ServiceParts(retriever, catalog, embedder, chat, handoffs=handoffs)
    return TestClient(create_app(Settings(staff_api_key=key), parts))


def _start(client: TestClient) -> tuple[str, dict[str, str]]:
    created = client.post("/api/conversations", json={"locality": "Cardiff"}).json()
    return created["id"], {"Authorization": f"Bearer {created['token']}"}


def test_staff_endpoints_need_the_staff_key(index: Any, engine: Engine) -> None:
    with _client(index, engine, key=None) as off:
        response = off.get("/api/handoffs", headers=STAFF)
        assert response.status_code == 503 and "JOBCOACH_STAFF_API_KEY" in response.json()["error"]
    with _client(index, engine) as client:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}, {"Authorization": "Bearer "}):
            response = client.get("/api/handoffs", headers=headers)
            assert response.status_code == 401 and "staff key" in response.json()["error"]
        assert client.post(f"/api/handoffs/{uuid.uuid4().hex}/resolve").status_code == 401
        assert client.get("/api/handoffs", headers=STAFF).json() == {"tickets": []}
        assert client.get("/api/handoffs", headers={"Authorization": f"bearer {KEY}"}).status_code == 200


def test_a_jobseeker_asks_for_a_coach_and_a_coach_answers(index: Any, engine: Engine) -> None:
    with _client(index, engine) as client:
        conversation, auth = _start(client)
        asked = client.post(f"/api/conversations/{conversation}/handoff",
                            json={"contact": "phone", "note": "Please ring me on 07700 900123"}, headers=auth)
        assert asked.status_code == 201
        body = asked.json()
        assert set(body["ticket"]) == {"id", "status", "contact", "created_at"}
        assert body["message"].startswith("A work coach will call you back.") and body["helplines"] == []
        ticket_id = body["ticket"]["id"]
        again = client.post(f"/api/conversations/{conversation}/handoff", json={"contact": "chat"}, headers=auth)
        assert again.status_code == 200 and again.json()["ticket"]["id"] == ticket_id
        assert "reply to you here" in again.json()["message"]

        queue = client.get("/api/handoffs", headers=STAFF).json()["tickets"]
        assert [(t["id"], t["category"], t["priority"], t["locality"]) for t in queue] == [
            (ticket_id, "user_request", "normal", "Cardiff")]
        assert "<PHONE>" in queue[0]["summary"] and "07700" not in queue[0]["summary"]
        read = client.get(f"/api/handoffs/{ticket_id}", headers=STAFF).json()
        assert read["conversation"]["id"] == conversation and read["conversation"]["status"] == "handed_over"

        assert client.post(f"/api/handoffs/{ticket_id}/claim", json={"coach": "Sam"},
                           headers=STAFF).json()["ticket"]["status"] == "claimed"
        clash = client.post(f"/api/handoffs/{ticket_id}/claim", json={"coach": "Alex"}, headers=STAFF)
        assert clash.status_code == 409 and "claimed by Sam" in clash.json()["error"]
        replied = client.post(f"/api/handoffs/{ticket_id}/reply", json={"coach": "Sam", "text": "Hello, I'm Sam."},
                              headers=STAFF)
        assert replied.status_code == 200
        seen = client.get(f"/api/conversations/{conversation}", headers=auth).json()["messages"]
        assert [(m["id"], m["role"], m["text"]) for m in seen] == [
            (replied.json()["message_id"], "coach", "Hello, I'm Sam.")]

        resolved = client.post(f"/api/handoffs/{ticket_id}/resolve", json={"note": "Called back."}, headers=STAFF)
        assert resolved.json()["ticket"]["outcome"] == "resolved"
        assert client.get(f"/api/conversations/{conversation}", headers=auth).json()["status"] == "active"
        assert client.post(f"/api/handoffs/{ticket_id}/resolve", headers=STAFF).status_code == 409
        assert client.get("/api/handoffs?status=resolved", headers=STAFF).json()["tickets"][0]["id"] == ticket_id


def test_staff_see_what_the_jobseeker_was_shown_with_each_reply(index: Any, engine: Engine) -> None:
    with _client(index, engine) as client:
        conversation, auth = _start(client)
        client.post(f"/api/conversations/{conversation}/messages", json={"text": "I am on 07700 900123"},
                    headers=auth)
        client.post(f"/api/conversations/{conversation}/messages", json={"text": "I want to end my life"},
                    headers=auth)
        queue = client.get("/api/handoffs", headers=STAFF).json()["tickets"]
        assert [(t["conversation_id"], t["priority"]) for t in queue] == [(conversation, "urgent")]
        messages = client.get(f"/api/handoffs/{queue[0]['id']}", headers=STAFF).json()["conversation"]["messages"]
        assert [(m["role"], m["action"], m["notice"]) for m in messages] == [
            ("user", None, ""), ("assistant", "answer", PRIVATE), ("user", None, ""),
            ("assistant", "urgent_handoff", "")]
        # The coach can see the person was shown the crisis numbers, as they were shown.
        assert messages[3]["helplines"] == [{"name": "Samaritans", "number": "116 123", "tel": "tel:116123",
                                             "text": "", "sms": ""}]
        assert messages[1]["helplines"] == [] and messages[0]["text"] == "I am on <PHONE>"
        # The jobseeker's own view has the same.
        mine = client.get(f"/api/conversations/{conversation}", headers=auth).json()["messages"]
        assert [(m["action"], m["helplines"], m["notice"]) for m in mine] == [
            (m["action"], m["helplines"], m["notice"]) for m in messages]


def test_staff_errors_are_json_with_the_right_codes(index: Any, engine: Engine) -> None:
    with _client(index, engine) as client:
        unknown = uuid.uuid4().hex
        for method, path, body in (("get", "", None), ("post", "/claim", {"coach": "Sam"}),
                                   ("post", "/reply", {"coach": "Sam", "text": "Hi"}), ("post", "/hand-back", None),
                                   ("post", "/resolve", None)):
            response = client.request(method.upper(), f"/api/handoffs/{unknown}{path}", json=body, headers=STAFF)
            assert response.status_code == 404 and unknown in response.json()["error"], path
        conversation, auth = _start(client)
        ticket_id = client.post(f"/api/conversations/{conversation}/handoff", headers=auth).json()["ticket"]["id"]
        for path, body in (("/claim", {"coach": ""}), ("/claim", {}), ("/reply", {"coach": "Sam", "text": ""}),
                           ("/reply", {"coach": "Sam", "text": " "})):
            response = client.post(f"/api/handoffs/{ticket_id}{path}", json=body, headers=STAFF)
            assert response.status_code == 422 and response.json()["error"], (path, body)
        assert client.get("/api/handoffs?priority=low", headers=STAFF).status_code == 422
        assert client.get("/api/handoffs?status=closed", headers=STAFF).status_code == 422


def test_only_the_conversations_own_token_can_ask_for_a_coach(index: Any, engine: Engine) -> None:
    with _client(index, engine) as client:
        first, first_auth = _start(client)
        second, _ = _start(client)
        for conversation, headers in ((second, first_auth), (first, {}), (first, {"Authorization": "Bearer nope"}),
                                      (uuid.uuid4().hex, first_auth)):
            response = client.post(f"/api/conversations/{conversation}/handoff", json={"contact": "chat"},
                                   headers=headers)
            assert response.status_code == 404 and "error" in response.json()
        bad = client.post(f"/api/conversations/{first}/handoff", json={"contact": "email"}, headers=first_auth)
        assert bad.status_code == 422 and "contact" in bad.json()["error"]
        assert client.get("/api/handoffs", headers=STAFF).json() == {"tickets": []}


def test_a_crisis_note_goes_to_the_top_of_the_queue(index: Any, engine: Engine) -> None:
    with _client(index, engine) as client:
        calm, calm_auth = _start(client)
        crisis, crisis_auth = _start(client)
        client.post(f"/api/conversations/{calm}/handoff", json={"contact": "video"}, headers=calm_auth)
        client.post(f"/api/conversations/{crisis}/handoff", json={"note": "I want to end my life"},
                    headers=crisis_auth)
        queue = client.get("/api/handoffs", headers=STAFF).json()["tickets"]
        assert [(t["conversation_id"], t["priority"], t["category"]) for t in queue] == [
            (crisis, "urgent", "self_harm"), (calm, "normal", "user_request")]


def test_without_a_handoff_store_the_jobseeker_is_told_plainly(index: Any, engine: Engine) -> None:
    with _client(index, engine, with_handoffs=False) as client:
        conversation, auth = _start(client)
        response = client.post(f"/api/conversations/{conversation}/handoff", headers=auth)
        assert response.status_code == 503 and "work coach" in response.json()["error"]
        assert client.get("/api/handoffs", headers=STAFF).status_code == 404
