"""The conversation store: conversations, messages with citations, feedback, handoffs and an audit trail."""

from assistant.store.database import alembic_config, make_engine, upgrade
from assistant.store.handoffs import PRIORITY_RANK, HandoffStore
from assistant.store.models import CONTACTS, PRIORITIES
from assistant.store.records import CitationRecord, ConversationRecord, HandoffRecord, MessageRecord
from assistant.store.repository import ConversationStore, hash_token

__all__ = [
    "CONTACTS",
    "PRIORITIES",
    "PRIORITY_RANK",
    "CitationRecord",
    "ConversationRecord",
    "ConversationStore",
    "HandoffRecord",
    "HandoffStore",
    "MessageRecord",
    "alembic_config",
    "hash_token",
    "make_engine",
    "upgrade",
]
