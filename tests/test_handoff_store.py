"""Handoff tickets in the store, on SQLite and PostgreSQL: the lifecycle, one ticket per conversation
under repeats and races, the audit trail and bad input."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.store import ConversationStore, HandoffStore, alembic_config, upgrade
from assistant.store.models import AuditEvent, Base, Handoff
from knowledge.errors import ConflictError, InputError, NotFoundError


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
