"""The conversation store behaves the same on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from assistant.store import ConversationStore, make_engine, upgrade
from assistant.store.models import Base
from assistant.types import Citation
from guardrails.policy import Helpline
from knowledge.errors import ConfigurationError, InputError

TABLES = {"conversations", "messages", "citations", "feedback", "audit_events", "handoffs"}
CITES = (
    Citation(number=2, article_id="universal-credit", title="Universal Credit", url="https://www.gov.uk/uc",
             section="How to claim"),
    Citation(number=1, article_id="cv-basics", title="Writing a CV", url="https://www.gov.uk/cv", section="Layout"),
)


def _head() -> str:
    from alembic.script import ScriptDirectory

    from assistant.store import alembic_config

    return str(ScriptDirectory.from_config(alembic_config()).get_current_head())


@pytest.fixture
def store(engine: Engine) -> ConversationStore:
    return ConversationStore(engine)


def _rows(engine: Engine, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def _count(engine: Engine, table: str, where: str = "", **params: Any) -> int:
    return int(_rows(engine, f"SELECT count(*) FROM {table} {where}", **params)[0][0])


def _schema(engine: Engine) -> dict[str, Any]:
    inspector = inspect(engine)
    return {
        table: (
            [(column["name"], str(column["type"]), column["nullable"]) for column in inspector.get_columns(table)],
            sorted(index["name"] or "" for index in inspector.get_indexes(table)),
        )
        for table in sorted(inspector.get_table_names())
    }


def test_migrations_create_the_tables_and_rerunning_is_a_no_op(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
        assert _rows(engine, "SELECT version_num FROM alembic_version") == [(_head(),)]
        with engine.connect() as connection:
            # The hand-written migration and the models describe the same schema.
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        conversation_id, _ = ConversationStore(engine).create_conversation()
        before = _schema(engine)

        upgrade(engine)

        assert _schema(engine) == before
        assert _rows(engine, "SELECT version_num FROM alembic_version") == [(_head(),)]
        assert _rows(engine, "SELECT id FROM conversations") == [(conversation_id,)]
    finally:
        engine.dispose()


def test_tokens_open_only_their_own_conversation(store: ConversationStore) -> None:
    first, first_token = store.create_conversation(locality="leeds", nation="england")
    second, second_token = store.create_conversation()

    assert len(first) == 32 and uuid.UUID(hex=first).version == 4
    assert first != second and first_token != second_token
    assert store.check_token(first, first_token)
    assert store.check_token(second, second_token)
    assert not store.check_token(first, first_token + "x")
    assert not store.check_token(first, "")
    assert not store.check_token(first, second_token)
    assert not store.check_token(uuid.uuid4().hex, first_token)
    assert not store.check_token("not-an-id", first_token)


def test_messages_and_citations_round_trip_in_order(store: ConversationStore) -> None:
    conversation_id, _ = store.create_conversation(locality="leeds", nation="england")
    created = store.get_conversation(conversation_id)
    assert created is not None and created.messages == ()
    assert (created.locality, created.nation, created.status) == ("leeds", "england", "active")

    asked = store.add_message(conversation_id, "user", "How do I claim Universal Credit?")
    answered = store.add_message(conversation_id, "assistant", "You claim online [2]. Keep your CV short [1].",
                                 citations=CITES, generator="extractive", confidence=0.82,
                                 suggestions=["What documents do I need?", "Talk to a work coach"])
    unsure = store.add_message(conversation_id, "assistant", "I could not find that.", not_found=True)

    conversation = store.get_conversation(conversation_id)
    assert conversation is not None
    assert [m.id for m in conversation.messages] == [asked, answered, unsure]
    question, answer, miss = conversation.messages
    assert (question.role, question.text, question.citations, question.suggestions) == (
        "user", "How do I claim Universal Credit?", (), ())
    assert (question.not_found, question.generator, question.confidence) == (False, "", None)
    assert tuple(citation.to_citation() for citation in answer.citations) == CITES
    assert answer.generator == "extractive" and answer.confidence == pytest.approx(0.82)
    assert answer.suggestions == ("What documents do I need?", "Talk to a work coach")
    assert miss.not_found and miss.citations == ()
    assert answer.to_history().role == "assistant"

    for moment in (conversation.created_at, conversation.updated_at, *(m.created_at for m in conversation.messages)):
        assert moment.utcoffset() == timedelta(0)
    assert conversation.updated_at == miss.created_at >= conversation.created_at
    assert store.history(conversation_id) == list(conversation.messages)


LINES = (Helpline("Samaritans", number="116 123"),
         Helpline("Shout", text="85258", text_body="SHOUT", nations=("england", "wales")))


NOTICE = "I have asked a work coach to contact you. They will reply here."


def test_a_replys_action_helplines_and_notice_round_trip(store: ConversationStore, engine: Engine) -> None:
    conversation_id, _ = store.create_conversation()
    asked = store.add_message(conversation_id, "user", "I want to end it all")
    crisis = store.add_message(conversation_id, "assistant", "Please talk to someone now.", generator="guardrail",
                               action="urgent_handoff", helplines=LINES)
    answer = store.add_message(conversation_id, "assistant", "You claim online.", action="handoff", notice=NOTICE)

    conversation = store.get_conversation(conversation_id)
    assert conversation is not None
    question, urgent, ordinary = conversation.messages
    assert (question.action, question.helplines, question.shows_crisis) == (None, (), False)
    assert urgent.action == "urgent_handoff" and urgent.urgent and urgent.shows_crisis
    # As shown: the nation filter was applied when the reply was made, so it is not kept.
    assert urgent.helplines == (Helpline("Samaritans", number="116 123"),
                                Helpline("Shout", text="85258", text_body="SHOUT"))
    assert [line.to_dict()["sms"] for line in urgent.helplines] == ["", "sms:85258?body=SHOUT"]
    assert not urgent.invites_feedback and ordinary.invites_feedback and not question.invites_feedback
    assert (ordinary.action, ordinary.helplines, ordinary.shows_crisis) == ("handoff", (), False)
    assert (ordinary.notice, urgent.notice, question.notice) == (NOTICE, "", "")
    assert store.history(conversation_id) == list(conversation.messages)
    # No helplines and no notice are NULL, not an empty list or string.
    assert _rows(engine, "SELECT id FROM messages WHERE helplines IS NULL ORDER BY id") == [(asked,), (answer,)]
    assert _rows(engine, "SELECT id FROM messages WHERE notice IS NULL ORDER BY id") == [(asked,), (crisis,)]
    assert _rows(engine, "SELECT action FROM messages WHERE id = :m", m=crisis) == [("urgent_handoff",)]
    with pytest.raises(InputError, match="Action"):
        store.add_message(conversation_id, "assistant", "Too long.", action="x" * 33)
    with pytest.raises(InputError, match="Notice contains a NUL"):
        store.add_message(conversation_id, "assistant", "Fine.", notice="no\x00te")
    assert len(store.history(conversation_id)) == 3


def test_the_reply_action_migration_goes_down_and_up_keeping_messages(engine: Engine) -> None:
    from alembic import command

    from assistant.store import alembic_config

    store = ConversationStore(engine)
    conversation_id, _ = store.create_conversation()
    store.add_message(conversation_id, "assistant", "Call now.", action="urgent_handoff", helplines=LINES[:1],
                      notice=NOTICE)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert {"action", "helplines", "notice"}.isdisjoint(c["name"] for c in inspect(engine).get_columns("messages"))
    assert _rows(engine, "SELECT text FROM messages") == [("Call now.",)]
    upgrade(engine)

    record = store.get_conversation(conversation_id)
    assert record is not None and [(m.text, m.action, m.helplines, m.notice) for m in record.messages] == [
        ("Call now.", None, (), "")]  # a reply from before the columns: nothing recorded, no panel, no notice
    assert not record.messages[0].shows_crisis
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_history_returns_the_last_messages_oldest_first(store: ConversationStore) -> None:
    conversation_id, _ = store.create_conversation()
    other_id, _ = store.create_conversation()
    for number in range(6):
        store.add_message(conversation_id, "user" if number % 2 == 0 else "assistant", f"message {number}")
    store.add_message(other_id, "user", "someone else's")

    assert [m.text for m in store.history(conversation_id, limit=3)] == ["message 3", "message 4", "message 5"]
    assert [m.text for m in store.history(conversation_id)] == [f"message {n}" for n in range(6)]
    assert store.history(conversation_id, limit=0) == []
    assert store.history(uuid.uuid4().hex) == []
    with pytest.raises(InputError):
        store.history(conversation_id, limit=-1)


def test_bad_messages_are_refused(store: ConversationStore) -> None:
    conversation_id, _ = store.create_conversation()
    with pytest.raises(InputError, match="no conversation"):
        store.add_message(uuid.uuid4().hex, "user", "hello")
    with pytest.raises(InputError, match="role"):
        store.add_message(conversation_id, "robot", "hello")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="NUL"):
        store.add_message(conversation_id, "user", "hel\x00lo")
    assert store.history(conversation_id) == []


def test_feedback_is_set_replaced_and_refused_where_it_does_not_belong(
    store: ConversationStore, engine: Engine
) -> None:
    conversation_id, _ = store.create_conversation()
    other_id, _ = store.create_conversation()
    question = store.add_message(conversation_id, "user", "Where is my nearest jobcentre?")
    answer = store.add_message(conversation_id, "assistant", "Use the jobcentre finder [1].", citations=CITES[:1])
    elsewhere = store.add_message(other_id, "assistant", "Another answer.")

    store.set_feedback(conversation_id, answer, True, None)
    assert _rows(engine, "SELECT helpful, reason FROM feedback WHERE message_id = :m", m=answer) == [(True, None)]
    store.set_feedback(conversation_id, answer, False, "It sent me to the wrong town")
    assert _rows(engine, "SELECT helpful, reason FROM feedback WHERE message_id = :m", m=answer) == [
        (False, "It sent me to the wrong town")]

    with pytest.raises(InputError, match="only for assistant"):
        store.set_feedback(conversation_id, question, True, None)
    with pytest.raises(InputError, match="not part of conversation"):
        store.set_feedback(conversation_id, elsewhere, True, None)
    with pytest.raises(InputError, match="not part of conversation"):
        store.set_feedback(conversation_id, 999_999, True, None)
    assert _count(engine, "feedback") == 1


def test_no_feedback_on_a_crisis_reply_or_the_holding_reply(store: ConversationStore, engine: Engine) -> None:
    conversation_id, _ = store.create_conversation()
    crisis = store.add_message(conversation_id, "assistant", "Please talk to someone now.", generator="guardrail",
                               action="urgent_handoff", helplines=LINES)
    held = store.add_message(conversation_id, "assistant", "A work coach has your conversation now.",
                             generator="handoff", action="handoff")
    # An ordinary handoff still answers the question: that answer can be rated.
    answered = store.add_message(conversation_id, "assistant", "You claim online.", generator="extractive",
                                 action="handoff", notice=NOTICE)
    older = store.add_message(conversation_id, "assistant", "From before 0003.", generator="extractive")
    for message_id in (crisis, held):
        with pytest.raises(InputError, match="does not take feedback"):
            store.set_feedback(conversation_id, message_id, True, "thanks")
    store.set_feedback(conversation_id, answered, True, None)
    store.set_feedback(conversation_id, older, False, None)
    assert _rows(engine, "SELECT message_id FROM feedback ORDER BY message_id") == [(answered,), (older,)]
    # The store refuses exactly where the page shows no form: one rule for both.
    record = store.get_conversation(conversation_id)
    assert record is not None
    assert [m.invites_feedback for m in record.messages] == [False, False, True, True]


def test_delete_cascades_but_keeps_the_audit_trail(store: ConversationStore, engine: Engine) -> None:
    conversation_id, token = store.create_conversation()
    kept_id, kept_token = store.create_conversation()
    store.add_message(conversation_id, "user", "hello")
    answer = store.add_message(conversation_id, "assistant", "hi [1] [2]", citations=CITES)
    store.set_feedback(conversation_id, answer, True, "clear")
    store.audit("handoff", {"category": "homelessness", "urgent": True}, conversation_id)
    kept_answer = store.add_message(kept_id, "assistant", "still here [1]", citations=CITES[:1])
    store.set_feedback(kept_id, kept_answer, False, None)

    assert store.delete_conversation(conversation_id)
    store.audit("conversation_deleted", {}, conversation_id)

    assert store.get_conversation(conversation_id) is None
    assert not store.check_token(conversation_id, token)
    assert _count(engine, "messages", "WHERE conversation_id = :c", c=conversation_id) == 0
    assert _count(engine, "citations") == 1 and _count(engine, "feedback") == 1
    events = _rows(engine, "SELECT kind FROM audit_events WHERE conversation_id = :c ORDER BY id", c=conversation_id)
    assert events == [("handoff",), ("conversation_deleted",)]
    kept = store.get_conversation(kept_id)
    assert kept is not None and [m.text for m in kept.messages] == ["still here [1]"]
    assert store.check_token(kept_id, kept_token)
    assert not store.delete_conversation(conversation_id)
    with pytest.raises(InputError):
        store.audit("bad", {"when": object()})


def test_a_restart_loses_nothing(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    store = ConversationStore(engine)
    conversation_id, token = store.create_conversation(locality="cardiff", nation="wales")
    store.add_message(conversation_id, "user", "Help with my CV")
    answer = store.add_message(conversation_id, "assistant", "Start with [1].", citations=CITES[1:], confidence=0.5)
    store.set_feedback(conversation_id, answer, True, None)
    store.audit("turn", {"action": "answer"}, conversation_id)
    before = store.get_conversation(conversation_id)
    engine.dispose()

    restarted = make_engine(database_url)
    try:
        upgrade(restarted)
        again = ConversationStore(restarted)
        assert again.get_conversation(conversation_id) == before
        assert again.check_token(conversation_id, token)
        assert _rows(restarted, "SELECT helpful FROM feedback") == [(True,)]
        assert _rows(restarted, "SELECT kind FROM audit_events") == [("turn",)]
    finally:
        restarted.dispose()


def test_the_token_itself_is_never_stored(store: ConversationStore, engine: Engine) -> None:
    conversation_id, token = store.create_conversation()
    answer = store.add_message(conversation_id, "assistant", "An answer.", citations=CITES)
    store.set_feedback(conversation_id, answer, True, None)
    store.audit("created", {"locality": None}, conversation_id)

    assert _rows(engine, "SELECT token_hash FROM conversations") == [(hashlib.sha256(token.encode()).hexdigest(),)]
    for table in TABLES:
        for row in _rows(engine, f"SELECT * FROM {table}"):
            assert all(token not in str(value) for value in row), table


def test_sqlite_connections_are_configured(tmp_path: Any) -> None:
    engine = make_engine(f"sqlite:///{(tmp_path / 'a' / 'b' / 'store.db').as_posix()}")
    try:
        assert _rows(engine, "PRAGMA journal_mode") == [("wal",)]
        assert _rows(engine, "PRAGMA foreign_keys") == [(1,)]
        assert _rows(engine, "PRAGMA busy_timeout") == [(5000,)]
        assert (tmp_path / "a" / "b").is_dir()
    finally:
        engine.dispose()


def test_unsupported_databases_are_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="Unsupported database"):
        make_engine("mysql://user@localhost/jobcoach")
    with pytest.raises(ConfigurationError, match="Cannot read"):
        make_engine("not a url")


def test_a_turn_reads_only_the_last_messages(store: ConversationStore) -> None:
    conversation_id, _ = store.create_conversation(locality="Leeds")
    for number in range(5):
        store.add_message(conversation_id, "user", f"message {number}")
    recent = store.get_conversation(conversation_id, last_messages=2)
    assert recent is not None and recent.locality == "Leeds"
    assert [message.text for message in recent.messages] == ["message 3", "message 4"]
    assert store.get_conversation("no-such-id", last_messages=2) is None
