"""The work coach's handoff queue under /api/handoffs, and what a jobseeker is told after asking for a coach.

Staff endpoints take `Authorization: Bearer <JOBCOACH_STAFF_API_KEY>` for now. All of that is in
one dependency (`bearer_key_auth`); pass another as `auth` when staff sign in properly.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, status
from pydantic import BaseModel, Field

from assistant.store import PRIORITY_RANK, ConversationRecord, ConversationStore, HandoffRecord, HandoffStore
from guardrails.hooks import Guardrail
from knowledge.errors import ConflictError, InputError, NotFoundError

Contact = Literal["chat", "phone", "video", "in_person"]
StaffAuth = Callable[..., object]

# What a jobseeker reads after asking for a coach. Kept here, not in YAML, because each one must
# match what the service really does: a coach's first contact is always a reply in this chat (the
# service holds no phone number or address), and no answer time is promised, only the usual one.
_THEN = " This is usually within 2 working days. Come back to this chat to see their reply."
_DANGER = " If you are in danger now, call 999."
CONTACT_MESSAGES: dict[str, str] = {
    "chat": "We have asked a work coach to reply to you here." + _THEN
            + " They can read this chat, so you do not need to explain again." + _DANGER,
    "phone": "A work coach will call you back. They will message you here first to agree a time and the number "
             "to call." + _THEN + _DANGER,
    "video": "A work coach will set up a video call with you. They will message you here first to agree a time "
             "and send you a link." + _THEN + _DANGER,
    "in_person": "A work coach will arrange to meet you at a jobcentre. They will message you here first to agree "
                 "a time and place." + _THEN + _DANGER,
}
REQUEST_SUMMARY = "The jobseeker asked to talk to a work coach."


class ClaimIn(BaseModel):
    coach: str = Field(..., min_length=1, max_length=100, description="The work coach's name.")


class ReplyIn(BaseModel):
    coach: str = Field(..., min_length=1, max_length=100)
    text: str = Field(..., min_length=1, max_length=4000, description="What the jobseeker will read.")


class ResolveIn(BaseModel):
    note: str | None = Field(None, max_length=4000, description="What was done, for the record.")


def bearer_key_auth(staff_api_key: str | None) -> Callable[[str | None], str]:
    """A dependency that lets in requests bearing the staff key; it returns who is calling."""
    key = (staff_api_key or "").strip().encode("utf-8")

    def staff(authorization: Annotated[str | None, Header()] = None) -> str:
        if not key:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                                "The work coach endpoints are turned off. Set JOBCOACH_STAFF_API_KEY to turn them on.")
        scheme, _, token = (authorization or "").strip().partition(" ")
        given = token.strip().encode("utf-8") if scheme.lower() == "bearer" else b""
        # Constant time, so the key cannot be guessed one character at a time.
        if not hmac.compare_digest(given, key):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED,
                                "Wrong or missing staff key. Send it as 'Authorization: Bearer <key>'.",
                                headers={"WWW-Authenticate": "Bearer"})
        return "staff"

    return staff


def ticket_body(record: HandoffRecord) -> dict[str, Any]:
    """The whole ticket, for staff."""
    return {
        "id": record.id, "conversation_id": record.conversation_id, "priority": record.priority,
        "category": record.category, "summary": record.summary, "locality": record.locality,
        "contact_preference": record.contact_preference, "status": record.status, "claimed_by": record.claimed_by,
        "outcome": record.outcome, "note": record.note, "created_at": record.created_at.isoformat(),
        "claimed_at": _iso(record.claimed_at), "resolved_at": _iso(record.resolved_at),
        "updated_at": record.updated_at.isoformat(),
    }


def jobseeker_ticket_body(record: HandoffRecord) -> dict[str, Any]:
    # Not the category, priority or summary: whoever sees the jobseeker's screen (perhaps the
    # person they are in danger from) must not learn what the guardrails flagged.
    return {"id": record.id, "status": record.status, "contact": record.contact_preference,
            "created_at": record.created_at.isoformat()}


def open_for_jobseeker(handoffs: HandoffStore, conversation_id: str, contact: Contact, note: str | None,
                       guardrail: Guardrail | None) -> tuple[dict[str, Any], bool]:
    """The jobseeker's own request for a coach: a `user_request` ticket, or their open ticket updated."""
    category, priority, summary = "user_request", "normal", REQUEST_SUMMARY
    helplines: list[dict[str, str]] = []
    note = (note or "").strip()
    if note:
        # The note is the jobseeker's own words: mask it like any message before it is stored, and
        # if the guardrails would hand it over (a crisis, say), queue it as they would.
        decision = guardrail.check_input(note) if guardrail is not None else None
        if decision is not None:
            note = decision.text
            if decision.handoff and decision.categories:
                category = decision.categories[0]
                if PRIORITY_RANK.get(decision.priority, len(PRIORITY_RANK)) < PRIORITY_RANK[priority]:
                    priority = decision.priority
                helplines = [helpline.to_dict() for helpline in decision.helplines]
        summary = f"{REQUEST_SUMMARY} Their note: {note}"
    with http_errors():
        record, created = handoffs.open_or_update(conversation_id, category, priority, summary,
                                                  contact_preference=contact)
    body = {"ticket": jobseeker_ticket_body(record), "message": CONTACT_MESSAGES[record.contact_preference],
            "helplines": helplines}
    return body, created


@contextmanager
def http_errors() -> Iterator[None]:
    """The store's errors as HTTP answers; the app's handler turns them into {"error": ...}."""
    try:
        yield
    except NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    except ConflictError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except InputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc


def handoff_router(handoffs: HandoffStore, conversations: ConversationStore, staff_api_key: str | None, *,
                   auth: StaffAuth | None = None) -> APIRouter:
    router = APIRouter(prefix="/api/handoffs", tags=["handoffs"],
                       dependencies=[Depends(auth or bearer_key_auth(staff_api_key))])

    def ticket(ticket_id: str) -> HandoffRecord:
        record = handoffs.get(ticket_id)
        if record is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND,
                                f"There is no handoff ticket {ticket_id!r}. Check the id against the queue.")
        return record

    @router.get("")
    def queue(
        status_: Annotated[Literal["open", "claimed", "resolved"] | None, Query(alias="status")] = None,
        priority: Literal["urgent", "high", "normal"] | None = None,
        category: Annotated[str | None, Query(max_length=40)] = None,
        locality: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """Unresolved tickets by default: urgent first, then high, then normal, oldest first."""
        with http_errors():
            records = handoffs.queue(status_, priority, category, locality, limit)
        return {"tickets": [ticket_body(record) for record in records]}

    @router.get("/{ticket_id}")
    def read(ticket_id: str) -> dict[str, Any]:
        """The ticket and its conversation as stored, which is masked text. Each assistant message has
        what was shown with it: its guardrail `action` (urgent_handoff: the crisis panel), `helplines`
        and `notice`."""
        record = ticket(ticket_id)
        conversation = conversations.get_conversation(record.conversation_id) if record.conversation_id else None
        return {"ticket": ticket_body(record), "conversation": _conversation(conversation)}

    @router.post("/{ticket_id}/claim")
    def claim(ticket_id: str, body: ClaimIn) -> dict[str, Any]:
        with http_errors():
            return {"ticket": ticket_body(handoffs.claim(ticket_id, body.coach))}

    @router.post("/{ticket_id}/reply")
    def reply(ticket_id: str, body: ReplyIn) -> dict[str, Any]:
        with http_errors():
            message_id = handoffs.reply(ticket_id, body.coach, body.text)
        return {"message_id": message_id, "ticket": ticket_body(ticket(ticket_id))}

    @router.post("/{ticket_id}/hand-back")
    def hand_back(ticket_id: str) -> dict[str, Any]:
        with http_errors():
            return {"ticket": ticket_body(handoffs.hand_back(ticket_id))}

    @router.post("/{ticket_id}/resolve")
    def resolve(ticket_id: str, body: ResolveIn | None = None) -> dict[str, Any]:
        with http_errors():
            return {"ticket": ticket_body(handoffs.resolve(ticket_id, body.note if body else None))}

    return router


def _conversation(record: ConversationRecord | None) -> dict[str, Any] | None:
    # Masked text, and what the jobseeker was shown with each reply, such as crisis numbers, so the coach knows.
    return record.to_dict() if record is not None else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
