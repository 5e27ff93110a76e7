"""Handoff tickets: a conversation handed to a work coach, open → claimed → resolved.

Every public method is one transaction and writes an audit event for each change it makes.
Concurrency, the same on SQLite and PostgreSQL:
- Every path that touches both locks the conversation row first, then the ticket, so two
  PostgreSQL transactions cannot deadlock. A write is each transaction's first lock, which on
  SQLite takes the database's write lock at once (its driver starts a transaction at the first
  write, so no stale read snapshot has to be upgraded).
- A partial unique index allows one unresolved ticket per conversation; if a race still gets
  past the lock, the insert fails and the existing ticket is read again.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.store.database import Repository
from assistant.store.models import CONTACTS, PRIORITIES, STATUSES, AuditEvent, Conversation, Handoff, Message, utcnow
from assistant.store.records import HandoffRecord
from knowledge.errors import ConflictError, InputError, NotFoundError

PRIORITY_RANK: dict[str, int] = {priority: rank for rank, priority in enumerate(PRIORITIES)}
MAX_SUMMARY_CHARS = 500
MAX_NAME_CHARS = 100
MAX_TEXT_CHARS = 4000
MAX_QUEUE = 500
_CATEGORY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_QUEUE_ORDER = case(PRIORITY_RANK, value=Handoff.priority, else_=len(PRIORITIES))


class HandoffStore(Repository):
    what = "handoff"

    def open_or_update(self, conversation_id: str, category: str, priority: str, summary: str,
                       locality: str | None = None,
                       contact_preference: str | None = None) -> tuple[HandoffRecord, bool]:
        """Open a ticket for the conversation, or update its one unresolved ticket; (ticket, created).

        A repeat raises the priority if the new one is higher, never lowers it; a raised ticket
        takes the new category and summary, since that is now why it is urgent. The conversation
        is marked `handed_over`. `locality` defaults to the conversation's.
        """
        _check_choice(priority, PRIORITIES, "priority")
        if contact_preference is not None:
            _check_choice(contact_preference, CONTACTS, "contact preference")
        if not isinstance(category, str) or not _CATEGORY.fullmatch(category):
            raise InputError(f"Handoff category {category!r} is not valid.",
                             hint="Use a lower-case name such as 'self_harm' or 'user_request'.")
        summary = _short(summary, "Handoff summary", MAX_SUMMARY_CHARS)
        for attempt in range(2):
            try:
                with self._transaction() as session:
                    return self._open_or_update(session, conversation_id, category, priority, summary, locality,
                                                contact_preference)
            except IntegrityError as exc:
                # Another request opened the ticket between our read and our insert: read it again.
                if attempt:
                    raise ConflictError(f"Could not open a handoff for conversation {conversation_id!r}: {exc.orig}",
                                        hint="Try again.") from exc
        raise AssertionError("unreachable")

    def _open_or_update(self, session: Session, conversation_id: str, category: str, priority: str, summary: str,
                        locality: str | None, contact: str | None) -> tuple[HandoffRecord, bool]:
        now = utcnow()
        marked = session.execute(update(Conversation).where(Conversation.id == conversation_id)
                                 .values(status="handed_over").execution_options(synchronize_session=False))
        if _rowcount(marked) == 0:
            raise NotFoundError(f"There is no conversation {conversation_id!r} to hand to a work coach.",
                                hint="It may have been deleted.")
        ticket = session.scalar(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                      Handoff.status != "resolved").with_for_update())
        if ticket is None:
            if locality is None:
                locality = session.scalar(select(Conversation.locality).where(Conversation.id == conversation_id))
            ticket = Handoff(id=uuid.uuid4().hex, conversation_id=conversation_id, priority=priority,
                             category=category, summary=summary, locality=locality,
                             contact_preference=contact or "chat", status="open", created_at=now, updated_at=now)
            session.add(ticket)
            session.flush()
            _audit(session, "handoff_opened", ticket, category=category, priority=priority,
                   contact_preference=ticket.contact_preference)
            return _record(ticket), True
        changes: dict[str, Any] = {}
        if PRIORITY_RANK[priority] < PRIORITY_RANK[ticket.priority]:
            changes["priority"] = [ticket.priority, priority]
            changes["category"] = [ticket.category, category]
            ticket.priority, ticket.category, ticket.summary = priority, category, summary
        if contact is not None and contact != ticket.contact_preference:
            changes["contact_preference"] = [ticket.contact_preference, contact]
            ticket.contact_preference = contact
        if ticket.locality is None and locality:
            ticket.locality = locality
        if changes:
            ticket.updated_at = now
            _audit(session, "handoff_updated", ticket, **changes)
        session.flush()
        return _record(ticket), False

    def queue(self, status: str | None = None, priority: str | None = None, category: str | None = None,
              locality: str | None = None, limit: int = 100) -> list[HandoffRecord]:
        """Tickets, urgent first, then high, then normal; oldest first within a priority.

        With no status, the unresolved ones (open and claimed). Locality matches ignoring case.
        """
        if status is not None:
            _check_choice(status, STATUSES, "status")
        if priority is not None:
            _check_choice(priority, PRIORITIES, "priority")
        if not 1 <= limit <= MAX_QUEUE:
            raise InputError(f"Queue limit must be from 1 to {MAX_QUEUE}, not {limit}.")
        query = select(Handoff).where(Handoff.status != "resolved" if status is None else Handoff.status == status)
        if priority is not None:
            query = query.where(Handoff.priority == priority)
        if category is not None:
            query = query.where(Handoff.category == category)
        if locality is not None:
            query = query.where(func.lower(Handoff.locality) == locality.strip().lower())
        with self._transaction() as session:
            rows = session.scalars(query.order_by(_QUEUE_ORDER, Handoff.created_at, Handoff.id).limit(limit))
            return [_record(row) for row in rows]

    def get(self, ticket_id: str) -> HandoffRecord | None:
        with self._transaction() as session:
            row = session.get(Handoff, ticket_id)
            return _record(row) if row is not None else None

    def for_conversation(self, conversation_id: str) -> HandoffRecord | None:
        """The conversation's unresolved ticket, if it has one."""
        with self._transaction() as session:
            row = session.scalar(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                       Handoff.status != "resolved"))
            return _record(row) if row is not None else None

    def claim(self, ticket_id: str, coach: str) -> HandoffRecord:
        """Open → claimed by `coach`. Claiming again by the same coach changes nothing."""
        coach = _short(coach, "Coach name", MAX_NAME_CHARS, required=True)
        with self._transaction() as session:
            claimed = _claim_if_open(session, ticket_id, coach)
            ticket = _existing(session, ticket_id)
            if claimed:
                _audit(session, "handoff_claimed", ticket, coach=coach)
            else:
                _refuse_unless_held(ticket, coach)
            return _record(ticket)

    def reply(self, ticket_id: str, coach: str, text: str) -> int:
        """Add the coach's message to the conversation; claims the ticket if still open. Returns the message id."""
        coach = _short(coach, "Coach name", MAX_NAME_CHARS, required=True)
        text = _short(text, "Reply", MAX_TEXT_CHARS, required=True, cut=False)
        with self._transaction() as session:
            conversation_id = _peek_conversation(session, ticket_id)
            now = utcnow()
            if conversation_id is None or not _lock_conversation(session, conversation_id, bump=now):
                raise ConflictError(f"Ticket {ticket_id} has no conversation: the jobseeker deleted it.",
                                    hint="A reply cannot reach them. Resolve the ticket instead.")
            claimed = _claim_if_open(session, ticket_id, coach)
            ticket = _existing(session, ticket_id)
            _refuse_unless_held(ticket, coach)
            if claimed:
                _audit(session, "handoff_claimed", ticket, coach=coach)
            message = Message(conversation_id=conversation_id, role="coach", text=text, created_at=now,
                              suggestions=[])
            session.add(message)
            ticket.updated_at = now
            session.flush()
            _audit(session, "handoff_reply", ticket, coach=coach, message_id=message.id)
            return message.id

    def hand_back(self, ticket_id: str) -> HandoffRecord:
        """Resolved with outcome `handed_back`: the assistant answers the conversation again."""
        return self._close(ticket_id, "handed_back", None)

    def resolve(self, ticket_id: str, note: str | None = None) -> HandoffRecord:
        """Resolved with outcome `resolved` and an optional note; the conversation is active again."""
        if note is not None:
            note = _short(note, "Note", MAX_TEXT_CHARS, cut=False) or None
        return self._close(ticket_id, "resolved", note)

    def _close(self, ticket_id: str, outcome: str, note: str | None) -> HandoffRecord:
        with self._transaction() as session:
            conversation_id = _peek_conversation(session, ticket_id)
            if conversation_id is not None:
                _lock_conversation(session, conversation_id)
            now = utcnow()
            closed = session.execute(
                update(Handoff).where(Handoff.id == ticket_id, Handoff.status != "resolved")
                .values(status="resolved", outcome=outcome, note=note, resolved_at=now, updated_at=now)
                .execution_options(synchronize_session=False))
            ticket = _existing(session, ticket_id)
            if _rowcount(closed) == 0:
                when = f" on {ticket.resolved_at:%d %B %Y at %H:%M} UTC" if ticket.resolved_at else ""
                raise ConflictError(f"Ticket {ticket_id} is already resolved{when} ({ticket.outcome}).",
                                    hint="Nothing to do. If the jobseeker needs help again, a new ticket opens.")
            if conversation_id is not None:
                session.execute(update(Conversation)
                                .where(Conversation.id == conversation_id, Conversation.status == "handed_over")
                                .values(status="active").execution_options(synchronize_session=False))
            _audit(session, f"handoff_{outcome}", ticket, outcome=outcome, coach=ticket.claimed_by)
            return _record(ticket)


def _rowcount(result: Any) -> int:
    return cast(CursorResult[Any], result).rowcount


def _peek_conversation(session: Session, ticket_id: str) -> str | None:
    # Read without a lock only to learn which conversation to lock first (the lock order).
    row = session.execute(select(Handoff.conversation_id).where(Handoff.id == ticket_id)).first()
    if row is None:
        raise _no_ticket(ticket_id)
    return cast(str | None, row[0])


def _lock_conversation(session: Session, conversation_id: str, bump: datetime | None = None) -> bool:
    values: dict[str, Any] = {"updated_at": bump} if bump else {"status": Conversation.status}
    result = session.execute(update(Conversation).where(Conversation.id == conversation_id).values(**values)
                             .execution_options(synchronize_session=False))
    return _rowcount(result) > 0


def _claim_if_open(session: Session, ticket_id: str, coach: str) -> bool:
    now = utcnow()
    result = session.execute(
        update(Handoff).where(Handoff.id == ticket_id, Handoff.status == "open")
        .values(status="claimed", claimed_by=coach, claimed_at=now, updated_at=now)
        .execution_options(synchronize_session=False))
    return _rowcount(result) > 0


def _existing(session: Session, ticket_id: str) -> Handoff:
    ticket = session.get(Handoff, ticket_id, with_for_update=True, populate_existing=True)
    if ticket is None:
        raise _no_ticket(ticket_id)
    return ticket


def _refuse_unless_held(ticket: Handoff, coach: str) -> None:
    if ticket.status == "resolved":
        raise ConflictError(f"Ticket {ticket.id} is already resolved ({ticket.outcome}).",
                            hint="The assistant is answering this conversation again. Pick another ticket.")
    if ticket.claimed_by != coach:
        raise ConflictError(f"Ticket {ticket.id} is already claimed by {ticket.claimed_by}.",
                            hint="Pick another ticket from the queue, or ask them to resolve or hand it back.")


def _audit(session: Session, kind: str, ticket: Handoff, **detail: Any) -> None:
    # Ids, names and labels only: never the summary or a reply, which may hold personal details.
    session.add(AuditEvent(conversation_id=ticket.conversation_id, kind=kind,
                           detail={"ticket_id": ticket.id, **detail}, created_at=utcnow()))


def _check_choice(value: object, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise InputError(f"Unknown {what} {value!r}.", hint=f"Use one of: {', '.join(choices)}.")


def _short(value: object, what: str, limit: int, *, required: bool = False, cut: bool = True) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}.")
    if "\x00" in value:
        # PostgreSQL cannot store NUL in text while SQLite can; refuse it on both so they behave alike.
        raise InputError(f"{what} contains a NUL character.", hint="Remove control characters and try again.")
    value = value.strip()
    if required and not value:
        raise InputError(f"{what} is empty.", hint="Fill it in and try again.")
    if len(value) > limit:
        if not cut:
            raise InputError(f"{what} is too long: {len(value)} characters.", hint=f"Keep it under {limit}.")
        # A summary is a pointer to the conversation; cutting it beats refusing a handoff.
        value = value[: limit - 1].rstrip() + "…"
    return value


def _no_ticket(ticket_id: str) -> NotFoundError:
    return NotFoundError(f"There is no handoff ticket {ticket_id!r}.",
                         hint="Check the ticket id; the queue lists every unresolved ticket.")


def _record(row: Handoff) -> HandoffRecord:
    return HandoffRecord(
        id=row.id, conversation_id=row.conversation_id, priority=row.priority, category=row.category,
        summary=row.summary, locality=row.locality, contact_preference=row.contact_preference, status=row.status,
        claimed_by=row.claimed_by, outcome=row.outcome, note=row.note, created_at=row.created_at,
        claimed_at=row.claimed_at, resolved_at=row.resolved_at, updated_at=row.updated_at,
    )
