"""The conversation store's tables.

The schema itself is owned by the Alembic migrations in `migrations/versions`; these models
must describe exactly what the migrations create (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES: tuple[str, ...] = ("user", "assistant", "coach", "system")
PRIORITIES: tuple[str, ...] = ("urgent", "high", "normal")  # most urgent first
CONTACTS: tuple[str, ...] = ("chat", "phone", "video", "in_person")
STATUSES: tuple[str, ...] = ("open", "claimed", "resolved")
OUTCOMES: tuple[str, ...] = ("resolved", "handed_back")
ACTION_CHARS = 32  # messages.action: a guardrail action such as "urgent_handoff"

# Named constraints keep the models, the hand-written migrations and both databases in step.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite keeps no offset, so values are normalised to UTC on the way in and read back as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Refusing a naive datetime: the store keeps timezone-aware UTC times only.")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    locality: Mapped[str | None] = mapped_column(String())
    nation: Mapped[str | None] = mapped_column(String())
    status: Mapped[str] = mapped_column(String(32), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id", cascade="all, delete-orphan", passive_deletes=True
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (CheckConstraint("role IN ('user', 'assistant', 'coach', 'system')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    not_found: Mapped[bool] = mapped_column(Boolean, default=False)
    generator: Mapped[str] = mapped_column(String(), default="")
    confidence: Mapped[float | None] = mapped_column(Float)
    suggestions: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The guardrail action behind an assistant reply, the helplines shown with it (each a dict of
    # Helpline fields, as shown then) and the notice shown above it: the page is rebuilt from these
    # after a reload. NULL when there were none, and in messages stored before they were kept.
    action: Mapped[str | None] = mapped_column(String(ACTION_CHARS))
    helplines: Mapped[list[dict[str, str]] | None] = mapped_column(JSON(none_as_null=True))  # SQL NULL, not 'null'
    notice: Mapped[str | None] = mapped_column(Text)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    citations: Mapped[list[Citation]] = relationship(
        back_populates="message", order_by="Citation.id", cascade="all, delete-orphan", passive_deletes=True
    )


class Citation(Base):
    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(Integer, ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(String())
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(Text)

    message: Mapped[Message] = relationship(back_populates="citations")


class Feedback(Base):
    __tablename__ = "feedback"
    # The unique constraint is also the index on message_id: one verdict per message.
    __table_args__ = (UniqueConstraint("message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(Integer, ForeignKey("messages.id", ondelete="CASCADE"))
    helpful: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Deliberately no foreign key: the audit trail must outlive a deleted conversation.
    conversation_id: Mapped[str | None] = mapped_column(String(), index=True)
    kind: Mapped[str] = mapped_column(String())
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Handoff(Base):
    """A ticket asking a work coach to take over a conversation."""

    __tablename__ = "handoffs"
    __table_args__ = (
        CheckConstraint("priority IN ('urgent', 'high', 'normal')", name="priority"),
        CheckConstraint("status IN ('open', 'claimed', 'resolved')", name="status"),
        CheckConstraint("contact_preference IN ('chat', 'phone', 'video', 'in_person')", name="contact_preference"),
        CheckConstraint("outcome IN ('resolved', 'handed_back')", name="outcome"),
        # At most one unresolved ticket per conversation, enforced by the database so that two
        # requests racing to open one cannot both win. Partial indexes work on SQLite and PostgreSQL.
        Index("uq_handoffs_unresolved_conversation", "conversation_id", unique=True,
              sqlite_where=text("status != 'resolved'"), postgresql_where=text("status != 'resolved'")),
        # The queue filters on status and sorts by priority then age.
        Index("ix_handoffs_queue", "status", "priority", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # SET NULL, not CASCADE: deleting a conversation must not erase the safeguarding record that
    # it was handed to a coach; the ticket keeps its masked summary and its outcome.
    conversation_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(String())
    contact_preference: Mapped[str] = mapped_column(String(16), default="chat")
    status: Mapped[str] = mapped_column(String(16), default="open")
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
