"""The conversation store: conversations, messages with citations, feedback and an audit trail."""

from assistant.store.database import alembic_config, make_engine, upgrade
from assistant.store.records import CitationRecord, ConversationRecord, MessageRecord
from assistant.store.repository import ConversationStore, hash_token

__all__ = [
    "CitationRecord",
    "ConversationRecord",
    "ConversationStore",
    "MessageRecord",
    "alembic_config",
    "hash_token",
    "make_engine",
    "upgrade",
]
