"""Handoff tickets: the store on SQLite and PostgreSQL, the coaches' API and the jobseeker's request."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.chat import ChatService
from assistant.composer import ExtractiveComposer
from assistant.engine import ConversationEngine
from assistant.service import create_app
from assistant.settings import Settings
from assistant.store import ConversationStore, HandoffStore, alembic_config, upgrade
from assistant.store.models import AuditEvent, Base, Handoff
from guardrails.hooks import InputDecision, OutputDecision
from guardrails.policy import Helpline
from knowledge.errors import ConflictError, InputError, NotFoundError
from tests.fakes import ServiceParts

KEY = "coach-key-for-tests"
STAFF = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture
def conversations(engine: Engine) -> ConversationStore:
    return ConversationStore(engine)


@pytest.fixture
def handoffs(engine: Engine) -> HandoffStore:
    return HandoffStore(engine)


def _events(engine: Engine, ticket_id: str) -> list[tuple[str, dict[str, Any]]]:
    with engine.connect() as connection:
        rows = connection.execute(select(AuditEvent.kind, AuditEvent.detail).order_by(AuditEvent.id)).all()
    return [(kind, detail) for kind, detail in rows if detail.get("ticket_id") == ticket_id]


def _status(conversations: ConversationStore, conversation_id: str) -> str:
    record = conversations.get_conversation(conversation_id)
    assert record is not None
    return record.status


def test_the_migration_matches_the_models_and_goes_down_and_up(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) >= "0002"  # and later ones
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    indexes = {index["name"]: index for index in inspect(engine).get_indexes("handoffs")}
    assert set(indexes) == {"ix_handoffs_conversation_id", "uq_handoffs_unresolved_conversation", "ix_handoffs_queue"}
    assert indexes["uq_handoffs_unresolved_conversation"]["unique"]

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "handoffs" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "handoffs" in inspect(engine).get_table_names()


def test_a_ticket_goes_from_open_to_claimed_to_resolved(
    handoffs: HandoffStore, conversations: ConversationStore, engine: Engine
) -> None:
    conversation_id, _ = conversations.create_conversation(locality="Leeds")
    ticket, created = handoffs.open_or_update(conversation_id, "homelessness", "high", "Has nowhere to stay tonight.")
    assert created and len(ticket.id) == 32
    assert (ticket.status, ticket.priority, ticket.contact_preference, ticket.locality) == ("open", "high", "chat",
                                                                                            "Leeds")
    assert _status(conversations, conversation_id) == "handed_over"
    assert handoffs.for_conversation(conversation_id) == ticket == handoffs.get(ticket.id)

    claimed = handoffs.claim(ticket.id, "Sam Patel")
    assert (claimed.status, claimed.claimed_by) == ("claimed", "Sam Patel")
    assert claimed.claimed_at is not None and claimed.claimed_at >= ticket.created_at
    assert handoffs.claim(ticket.id, "Sam Patel") == claimed  # the same coach again: nothing changes
    with pytest.raises(ConflictError, match="already claimed by Sam Patel"):
        handoffs.claim(ticket.id, "Alex Jones")

    resolved = handoffs.resolve(ticket.id, "Referred to the council's housing team.")
    assert (resolved.status, resolved.outcome, resolved.note) == ("resolved", "resolved",
                                                                  "Referred to the council's housing team.")
    assert resolved.resolved_at is not None and resolved.resolved_at.utcoffset() is not None
    assert _status(conversations, conversation_id) == "active"
    assert handoffs.for_conversation(conversation_id) is None
    with pytest.raises(ConflictError, match="already resolved"):
        handoffs.resolve(ticket.id)
    with pytest.raises(ConflictError, match="already resolved"):
        handoffs.claim(ticket.id, "Sam Patel")
    kinds = [kind for kind, _ in _events(engine, ticket.id)]
    assert kinds == ["handoff_opened", "handoff_claimed", "handoff_resolved"]
    assert all("Has nowhere" not in str(detail) for _, detail in _events(engine, ticket.id))

    again, created = handoffs.open_or_update(conversation_id, "user_request", "normal", "Asked for a coach.")
    assert created and again.id != ticket.id


def test_repeats_update_the_one_ticket_and_never_lower_its_priority(
    handoffs: HandoffStore, conversations: ConversationStore, engine: Engine
) -> None:
    conversation_id, _ = conversations.create_conversation()
    first, _ = handoffs.open_or_update(conversation_id, "user_request", "normal", "Asked for a coach.")
    same, created = handoffs.open_or_update(conversation_id, "user_request", "normal", "Asked again.",
                                            contact_preference="phone")
    assert not created and same.id == first.id
    assert (same.summary, same.contact_preference) == ("Asked for a coach.", "phone")

    raised, _ = handoffs.open_or_update(conversation_id, "self_harm", "urgent", "Said they want to end their life.")
    assert (raised.priority, raised.category, raised.summary) == ("urgent", "self_harm",
                                                                   "Said they want to end their life.")
    kept, _ = handoffs.open_or_update(conversation_id, "financial_hardship", "high", "No money for food.")
    assert (kept.priority, kept.category, kept.contact_preference) == ("urgent", "self_harm", "phone")

    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM handoffs")) == 1
    changes = [detail for kind, detail in _events(engine, first.id) if kind == "handoff_updated"]
    assert changes == [{"ticket_id": first.id, "contact_preference": ["chat", "phone"]},
                       {"ticket_id": first.id, "priority": ["normal", "urgent"],
                        "category": ["user_request", "self_harm"]}]


def _race(handoffs: HandoffStore, conversation_id: str, priorities: list[str]) -> list[tuple[str, bool]]:
    """Open a ticket for one conversation from several threads at the same moment."""
    start = threading.Barrier(len(priorities))
    results: list[tuple[str, bool]] = []
    failures: list[BaseException] = []

    def open_one(priority: str) -> None:
        start.wait()
        try:
            ticket, created = handoffs.open_or_update(conversation_id, "user_request", priority, "Help.")
            results.append((ticket.id, created))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_one, args=(priority,)) for priority in priorities]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    return results


def test_requests_at_the_same_moment_open_one_ticket(handoffs: HandoffStore, conversations: ConversationStore,
                                                     engine: Engine) -> None:
    for _ in range(3):
        conversation_id, _ = conversations.create_conversation()
        results = _race(handoffs, conversation_id, ["normal", "urgent", "high", "normal"])
        assert len({ticket_id for ticket_id, _ in results}) == 1
        assert sorted(created for _, created in results) == [False, False, False, True]
        ticket = handoffs.for_conversation(conversation_id)
        assert ticket is not None and ticket.priority == "urgent"
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM handoffs")) == 3


def test_a_lost_race_reads_the_winners_ticket(handoffs: HandoffStore, conversations: ConversationStore,
                                              engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    conversation_id, _ = conversations.create_conversation()
    first, _ = handoffs.open_or_update(conversation_id, "user_request", "normal", "Asked for a coach.")
    with engine.begin() as connection, pytest.raises(IntegrityError):
        connection.execute(text("INSERT INTO handoffs (id, conversation_id, priority, category, summary, "
                                "contact_preference, status, created_at, updated_at) VALUES (:id, :c, 'normal', "
                                "'x', '', 'chat', 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                           {"id": uuid.uuid4().hex, "c": conversation_id})

    # The first attempt inserts as if it had not seen the ticket (another request got there first).
    calls: list[str] = []
    original = HandoffStore._open_or_update

    def blind_once(self: HandoffStore, session: Session, conversation_id: str, *args: Any) -> Any:
        calls.append(conversation_id)
        if len(calls) == 1:
            session.add(Handoff(id=uuid.uuid4().hex, conversation_id=conversation_id, priority="normal",
                                category="x", summary="", contact_preference="chat", status="open"))
            session.flush()
        return original(self, session, conversation_id, *args)

    monkeypatch.setattr(HandoffStore, "_open_or_update", blind_once)
    again, created = handoffs.open_or_update(conversation_id, "sanction_dispute", "high", "Disputes a sanction.")
    assert len(calls) == 2 and not created and again.id == first.id and again.priority == "high"


def test_the_queue_is_urgent_first_then_oldest_and_filters(handoffs: HandoffStore,
                                                           conversations: ConversationStore) -> None:
    opened = {}
    for name, priority, category, locality in [
        ("old normal", "normal", "user_request", "Leeds"), ("old high", "high", "homelessness", "Cardiff"),
        ("new normal", "normal", "user_request", "leeds"), ("urgent", "urgent", "self_harm", None),
        ("new high", "high", "sanction_dispute", "Leeds"),
    ]:
        conversation_id, _ = conversations.create_conversation(locality=locality)
        opened[name] = handoffs.open_or_update(conversation_id, category, priority, name)[0].id

    def names(**filters: Any) -> list[str]:
        return [ticket.summary for ticket in handoffs.queue(**filters)]

    assert names() == ["urgent", "old high", "new high", "old normal", "new normal"]
    handoffs.claim(opened["old high"], "Sam")
    handoffs.hand_back(opened["new normal"])
    assert names() == ["urgent", "old high", "new high", "old normal"]
    assert names(status="open") == ["urgent", "new high", "old normal"]
    assert names(status="claimed") == ["old high"]
    assert names(status="resolved") == ["new normal"]
    assert names(priority="high") == ["old high", "new high"]
    assert names(category="user_request") == ["old normal"]
    assert names(locality="LEEDS ") == ["new high", "old normal"]
    assert names(limit=2) == ["urgent", "old high"]
    for bad in ({"status": "closed"}, {"priority": "low"}, {"limit": 0}, {"limit": 501}):
        with pytest.raises(InputError):
            handoffs.queue(**bad)


def test_a_coach_reply_joins_the_conversation(handoffs: HandoffStore, conversations: ConversationStore,
                                              engine: Engine) -> None:
    conversation_id, _ = conversations.create_conversation()
    conversations.add_message(conversation_id, "user", "I want to talk to a person.")
    ticket, _ = handoffs.open_or_update(conversation_id, "user_request", "normal", "Asked for a coach.")

    message_id = handoffs.reply(ticket.id, "Sam Patel", "Hello, I am Sam, a work coach. How can I help?")
    record = conversations.get_conversation(conversation_id)
    assert record is not None
    assert [(m.id, m.role) for m in record.messages][-1] == (message_id, "coach")
    assert record.messages[-1].text == "Hello, I am Sam, a work coach. How can I help?"
    assert record.updated_at == record.messages[-1].created_at
    claimed = handoffs.get(ticket.id)
    assert claimed is not None and (claimed.status, claimed.claimed_by) == ("claimed", "Sam Patel")
    handoffs.reply(ticket.id, "Sam Patel", "Are you still there?")
    assert [kind for kind, _ in _events(engine, ticket.id)] == [
        "handoff_opened", "handoff_claimed", "handoff_reply", "handoff_reply"]

    with pytest.raises(ConflictError, match="claimed by Sam Patel"):
        handoffs.reply(ticket.id, "Alex Jones", "Hi")
    for coach, reply in (("", "Hi"), ("Sam Patel", "   "), ("Sam Patel", "x" * 4001), ("Sam Patel", "a\x00b")):
        with pytest.raises(InputError):
            handoffs.reply(ticket.id, coach, reply)
    handoffs.hand_back(ticket.id)
    with pytest.raises(ConflictError, match="already resolved"):
        handoffs.reply(ticket.id, "Sam Patel", "One more thing")
    assert len(conversations.history(conversation_id)) == 3


def test_hand_back_gives_the_conversation_back_to_the_assistant(handoffs: HandoffStore,
                                                                conversations: ConversationStore,
                                                                engine: Engine) -> None:
    conversation_id, _ = conversations.create_conversation()
    ticket, _ = handoffs.open_or_update(conversation_id, "sanction_dispute", "high", "Thinks a sanction is wrong.")
    assert _status(conversations, conversation_id) == "handed_over"
    back = handoffs.hand_back(ticket.id)
    assert (back.status, back.outcome, back.note) == ("resolved", "handed_back", None)
    assert _status(conversations, conversation_id) == "active"
    assert [kind for kind, _ in _events(engine, ticket.id)] == ["handoff_opened", "handoff_handed_back"]
    with pytest.raises(ConflictError):
        handoffs.hand_back(ticket.id)


def test_a_deleted_conversation_keeps_its_ticket(handoffs: HandoffStore, conversations: ConversationStore) -> None:
    conversation_id, _ = conversations.create_conversation()
    ticket, _ = handoffs.open_or_update(conversation_id, "domestic_abuse", "urgent", "Is afraid of their partner.")
    assert conversations.delete_conversation(conversation_id)

    kept = handoffs.get(ticket.id)
    assert kept is not None and kept.conversation_id is None and kept.status == "open"
    assert [t.id for t in handoffs.queue()] == [ticket.id]
    with pytest.raises(ConflictError, match="deleted"):
        handoffs.reply(ticket.id, "Sam", "Hello")
    assert handoffs.claim(ticket.id, "Sam").status == "claimed"
    assert handoffs.resolve(ticket.id, "Could not reach them.").outcome == "resolved"


def test_unknown_things_and_bad_input_are_refused(handoffs: HandoffStore, conversations: ConversationStore) -> None:
    conversation_id, _ = conversations.create_conversation()
    missing = uuid.uuid4().hex
    with pytest.raises(NotFoundError, match="no conversation"):
        handoffs.open_or_update(missing, "user_request", "normal", "Help.")
    for call in (lambda: handoffs.claim(missing, "Sam"), lambda: handoffs.reply(missing, "Sam", "Hi"),
                 lambda: handoffs.resolve(missing), lambda: handoffs.hand_back(missing)):
        with pytest.raises(NotFoundError, match="no handoff ticket"):
            call()
    assert handoffs.get(missing) is None and handoffs.for_conversation(missing) is None
    for category, priority, contact in (("user_request", "low", None), ("User Request!", "normal", None),
                                        ("user_request", "normal", "email")):
        with pytest.raises(InputError):
            handoffs.open_or_update(conversation_id, category, priority, "Help.", contact_preference=contact)
    with pytest.raises(InputError, match="NUL"):
        handoffs.open_or_update(conversation_id, "user_request", "normal", "a\x00b")
    assert _status(conversations, conversation_id) == "active"
    ticket, _ = handoffs.open_or_update(conversation_id, "user_request", "normal", "word " * 300)
    assert len(ticket.summary) == 500 and ticket.summary.endswith("…")


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
