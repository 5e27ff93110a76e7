"""The conversation store: conversations, their messages and citations, feedback and an audit trail.

Every public method is one transaction. A conversation is reached with its id plus a secret
token; only the token's SHA-256 is kept, so a copy of the database cannot be used to resume
someone's conversation.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
import uuid
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import selectinload

from assistant.store.database import Repository
from assistant.store.models import ACTION_CHARS, ROLES, AuditEvent, Conversation, Feedback, Message, utcnow
from assistant.store.models import Citation as CitationRow
from assistant.store.records import CitationRecord, ConversationRecord, MessageRecord, feedback_wanted
from assistant.types import Citation, Role
from guardrails.policy import Helpline
from knowledge.errors import InputError

# Compared against when the id is unknown, so a miss costs the same as a wrong token.
_NO_HASH = "0" * 64


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ConversationStore(Repository):
    what = "conversation"

    def ping(self) -> None:
        """Raises ConfigurationError when the database cannot be reached."""
        with self._transaction() as session:
            session.execute(select(1))

    def create_conversation(self, locality: str | None = None, nation: str | None = None) -> tuple[str, str]:
        """Start a conversation; returns (id, token). The token is shown once and cannot be recovered."""
        conversation_id = uuid.uuid4().hex
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with self._transaction() as session:
            session.add(Conversation(id=conversation_id, token_hash=hash_token(token), locality=locality,
                                     nation=nation, status="active", created_at=now, updated_at=now))
        return conversation_id, token

    def check_token(self, conversation_id: str, token: str) -> bool:
        with self._transaction() as session:
            stored = session.scalar(select(Conversation.token_hash).where(Conversation.id == conversation_id))
        given = hash_token(token) if isinstance(token, str) else ""
        matches = hmac.compare_digest(stored or _NO_HASH, given)
        return stored is not None and matches

    def add_message(
        self,
        conversation_id: str,
        role: Role,
        text: str,
        *,
        citations: Sequence[Citation] = (),
        not_found: bool = False,
        generator: str = "",
        confidence: float | None = None,
        suggestions: Sequence[str] = (),
        action: str | None = None,
        helplines: Sequence[Helpline] = (),
        notice: str = "",
        audit: tuple[str, dict[str, Any]] | None = None,
    ) -> int:
        """Append a message with its citations and bump the conversation's updated_at.

        `action`, `helplines` and `notice` are a reply's guardrail action and the numbers and note
        shown with it; no helplines and no notice are stored as NULL. `audit` (kind, detail) is
        recorded in the same transaction, with the new message's id.
        """
        if role not in ROLES:
            raise InputError(f"Unknown message role {role!r}.", hint=f"Use one of: {', '.join(ROLES)}.")
        _refuse_nul(text, "Message text")
        _refuse_nul(notice, "Notice")
        if confidence is not None and not math.isfinite(confidence):
            raise InputError(f"Confidence must be a finite number, not {confidence!r}.")
        if action is not None and not 0 < len(action) <= ACTION_CHARS:
            raise InputError(f"Action must be 1 to {ACTION_CHARS} characters, not {action!r}.")
        if audit is not None:
            _check_json(audit[0], audit[1])
        now = utcnow()
        with self._transaction() as session:
            conversation = session.get(Conversation, conversation_id, with_for_update=True)
            if conversation is None:
                raise _no_conversation(conversation_id)
            message = Message(
                conversation_id=conversation_id, role=role, text=text, created_at=now, not_found=not_found,
                generator=generator, confidence=confidence, suggestions=[str(s) for s in suggestions],
                action=action, helplines=[_helpline_row(line) for line in helplines] or None, notice=notice or None,
                citations=[CitationRow(number=c.number, article_id=c.article_id, title=c.title, url=c.url,
                                       section=c.section) for c in citations],
            )
            session.add(message)
            conversation.updated_at = now
            session.flush()
            if audit is not None:
                session.add(AuditEvent(conversation_id=conversation_id, kind=audit[0], created_at=now,
                                       detail={"message_id": message.id, **audit[1]}))
            return message.id

    def history(self, conversation_id: str, limit: int = 20) -> list[MessageRecord]:
        """The last `limit` messages, oldest first, with their citations."""
        if limit < 0:
            raise InputError(f"History limit must be zero or more, not {limit}.")
        if limit == 0:
            return []
        with self._transaction() as session:
            rows = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .options(selectinload(Message.citations))
                .order_by(Message.id.desc())
                .limit(limit)
            ).all()
            return [_message_record(row) for row in reversed(rows)]

    def get_conversation(self, conversation_id: str, last_messages: int | None = None) -> ConversationRecord | None:
        """The conversation with all its messages, or only the last few (a turn needs no more)."""
        with self._transaction() as session:
            if last_messages is None:
                row = session.scalar(
                    select(Conversation)
                    .where(Conversation.id == conversation_id)
                    .options(selectinload(Conversation.messages).selectinload(Message.citations))
                )
                messages = tuple(row.messages) if row is not None else ()
            else:
                row = session.get(Conversation, conversation_id)
                recent = session.scalars(
                    select(Message).where(Message.conversation_id == conversation_id)
                    .options(selectinload(Message.citations))
                    .order_by(Message.id.desc()).limit(max(last_messages, 0))
                ).all() if row is not None else []
                messages = tuple(reversed(recent))
            if row is None:
                return None
            return ConversationRecord(
                id=row.id, locality=row.locality, nation=row.nation, status=row.status, created_at=row.created_at,
                updated_at=row.updated_at, messages=tuple(_message_record(m) for m in messages),
            )

    def set_feedback(self, conversation_id: str, message_id: int, helpful: bool, reason: str | None) -> None:
        """Record whether an assistant reply helped; a second verdict replaces the first.

        Only replies that ask for it (records.feedback_wanted) take feedback: not a crisis reply or
        the holding reply while a work coach has the conversation.
        """
        if reason is not None:
            _refuse_nul(reason, "Feedback reason")
        with self._transaction() as session:
            found = session.execute(
                select(Message.role, Message.action, Message.generator)
                .where(Message.id == message_id, Message.conversation_id == conversation_id)
            ).first()
            if found is None:
                raise InputError(f"Message {message_id} is not part of conversation {conversation_id}.")
            role, action, generator = found
            if role != "assistant":
                raise InputError(f"Message {message_id} is a {role} message; feedback is only for assistant replies.")
            # The page asks for no feedback here; refuse it from any other client too.
            if not feedback_wanted(action, generator or ""):
                raise InputError(f"Message {message_id} does not take feedback: it is a crisis reply or the reply "
                                 "saying a work coach has the conversation, not an answer to rate.")
            values: dict[str, Any] = {"message_id": message_id, "helpful": bool(helpful), "reason": reason,
                                      "created_at": utcnow()}
            # An upsert, so two verdicts arriving together cannot trip the one-per-message constraint.
            insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
            statement = insert(Feedback).values(**values)
            session.execute(statement.on_conflict_do_update(
                index_elements=[Feedback.message_id],
                set_={"helpful": statement.excluded.helpful, "reason": statement.excluded.reason,
                      "created_at": statement.excluded.created_at},
            ))

    def delete_conversation(self, conversation_id: str) -> bool:
        """Delete a conversation and (by cascade) its messages, citations and feedback; audit events stay."""
        with self._transaction() as session:
            result = session.execute(delete(Conversation).where(Conversation.id == conversation_id))
            return cast(CursorResult[Any], result).rowcount > 0

    def audit(self, kind: str, detail: dict[str, Any], conversation_id: str | None = None) -> None:
        _check_json(kind, detail)
        with self._transaction() as session:
            session.add(AuditEvent(conversation_id=conversation_id, kind=kind, detail=dict(detail),
                                   created_at=utcnow()))


def _check_json(kind: str, detail: dict[str, Any]) -> None:
    try:
        json.dumps(detail)
    except (TypeError, ValueError) as exc:
        raise InputError(f"Audit detail for {kind!r} cannot be stored as JSON: {exc}") from exc


def _no_conversation(conversation_id: str) -> InputError:
    return InputError(f"There is no conversation {conversation_id!r}.", hint="It may have been deleted.")


def _refuse_nul(text: str, what: str) -> None:
    # PostgreSQL cannot store NUL in text while SQLite can; refuse it on both so they behave alike.
    if "\x00" in text:
        raise InputError(f"{what} contains a NUL character.", hint="Remove control characters and try again.")


def _message_record(row: Message) -> MessageRecord:
    return MessageRecord(
        id=row.id, conversation_id=row.conversation_id, role=cast(Role, row.role), text=row.text,
        created_at=row.created_at, not_found=row.not_found, generator=row.generator, confidence=row.confidence,
        suggestions=tuple(row.suggestions or ()), action=row.action,
        helplines=tuple(_helpline(line) for line in row.helplines or () if isinstance(line, dict)),
        notice=row.notice or "",
        citations=tuple(CitationRecord(number=c.number, article_id=c.article_id, title=c.title, url=c.url,
                                       section=c.section) for c in row.citations),
    )


def _helpline_row(line: Helpline) -> dict[str, str]:
    # The line as shown; its nations are left out, as the choice for this person is already made.
    return {"name": line.name, "number": line.number, "text": line.text, "text_body": line.text_body}


def _helpline(row: dict[str, Any]) -> Helpline:
    return Helpline(str(row.get("name") or ""), str(row.get("number") or ""), str(row.get("text") or ""),
                    str(row.get("text_body") or ""))
