"""The chat API under /api/. Only a conversation's own secret token can read or write it."""


import json
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response, status
from pydantic import BaseModel, Field, field_validator
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import iterate_in_threadpool

from assistant.chat import ChatService, StoredReply
from assistant.handoff_api import Contact, open_for_jobseeker
from assistant.store import ConversationRecord, HandoffStore
from assistant.store.records import feedback_wanted
from assistant.types import Role


class NewConversation(BaseModel):
    locality: str | None = Field(None, max_length=100, description="The user's area, e.g. a town or council.")
    nation: str | None = Field(None, max_length=20, description="England, Scotland or Wales.")


class Created(BaseModel):
    id: str
    token: str


class MessageIn(BaseModel):
    text: str = Field(..., description="What the user typed.")

    @field_validator("text")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the message is empty: type a question")
        return value


class FeedbackIn(BaseModel):
    helpful: bool
    reason: str | None = Field(None, max_length=1000)


class HandoffIn(BaseModel):
    contact: Contact = Field("chat", description="How the jobseeker would like a work coach to get in touch.")
    note: str | None = Field(None, max_length=500, description="Anything the work coach should know first.")


class CitationOut(BaseModel):
    number: int
    id: str
    title: str
    url: str
    section: str


class HelplineOut(BaseModel):
    name: str
    number: str = Field(description="To call; empty if the line only takes texts.")
    tel: str = Field(description="A tel: link, or empty.")
    text: str = Field(description="To text; empty if the line only takes calls.")
    sms: str = Field(description="An sms: link, or empty.")


class MessageOut(BaseModel):
    id: int
    role: Role
    text: str
    created_at: str = Field(description="ISO 8601, UTC.")
    not_found: bool
    suggestions: list[str]
    citations: list[CitationOut]
    action: str | None = Field(
        None, description="Assistant messages: the guardrail action behind the reply (answer, redirect, refuse, "
                          "handoff or urgent_handoff). Null for other messages and for replies stored before it was "
                          "recorded. Show the crisis panel for urgent_handoff.")
    helplines: list[HelplineOut] = Field(
        default_factory=list, description="Assistant messages: the helplines shown with the reply, to show first.")
    notice: str = Field(
        "", description="Assistant messages: a short note to show above the reply, such as that a work coach will "
                        "contact them. Empty if there is none.")


class ConversationOut(BaseModel):
    id: str
    locality: str | None
    nation: str | None
    status: str
    messages: list[MessageOut]


def reply_body(stored: StoredReply) -> dict[str, Any]:
    reply = stored.reply
    # `feedback`: whether to ask "was this helpful?"; not under a crisis reply or the holding reply.
    wanted = feedback_wanted(reply.action, reply.generator)
    return {"message_id": stored.message_id, **reply.to_dict(), "feedback": wanted}


def conversation_body(record: ConversationRecord) -> dict[str, Any]:
    return record.to_dict(with_suggestions=True)


def chat_router(chat: ChatService, max_message_chars: int, handoffs: HandoffStore | None = None) -> APIRouter:
    router = APIRouter(prefix="/api")

    def authorised(conversation_id: str, authorization: Annotated[str | None, Header()] = None) -> str:
        token = (authorization or "").removeprefix("Bearer ").strip()
        if not token or not chat.store.check_token(conversation_id, token):
            # One answer for "no such conversation" and "wrong token": ids are not guessable either way.
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No conversation with that id and token.")
        return conversation_id

    Owned = Annotated[str, Depends(authorised)]

    def check_length(message: MessageIn) -> str:
        if len(message.text) > max_message_chars:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"The message is too long: {len(message.text)} characters. Keep it under {max_message_chars}.",
            )
        return message.text

    @router.post("/conversations", status_code=status.HTTP_201_CREATED, response_model=Created)
    def create(body: NewConversation | None = None) -> Created:
        body = body or NewConversation()
        conversation_id, token = chat.start(body.locality, body.nation)
        return Created(id=conversation_id, token=token)

    @router.get("/conversations/{conversation_id}", response_model=ConversationOut)
    def read(conversation_id: Owned) -> dict[str, Any]:
        record = chat.store.get_conversation(conversation_id)
        if record is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No conversation with that id and token.")
        return conversation_body(record)

    @router.delete("/conversations/{conversation_id}", status_code=status.HTTP_204_NO_CONTENT)
    def delete(conversation_id: Owned) -> None:
        chat.store.delete_conversation(conversation_id)

    @router.post("/conversations/{conversation_id}/messages", response_model=None)
    def send(conversation_id: Owned, message: MessageIn, request: Request,
             stream: bool = False) -> dict[str, Any] | EventSourceResponse:
        text = check_length(message)
        if stream or "text/event-stream" in request.headers.get("accept", ""):
            return EventSourceResponse(_events(chat.stream(conversation_id, text)))
        return reply_body(chat.send(conversation_id, text))

    @router.post("/conversations/{conversation_id}/messages/{message_id}/feedback",
                 status_code=status.HTTP_204_NO_CONTENT,
                 responses={400: {"description": "That message does not take feedback."}})
    def feedback(conversation_id: Owned, message_id: int, body: FeedbackIn) -> None:
        """Whether a reply helped. Refused (400) for a message that does not take feedback: a user's
        message, a crisis reply or the reply saying a work coach has the conversation."""
        chat.store.set_feedback(conversation_id, message_id, body.helpful, body.reason)

    @router.post("/conversations/{conversation_id}/handoff")
    def ask_for_coach(conversation_id: Owned, response: Response, body: HandoffIn | None = None) -> dict[str, Any]:
        """The jobseeker asks to talk to a work coach; a repeat updates their open request."""
        if handoffs is None:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "Asking for a work coach is not set up here.")
        body = body or HandoffIn()
        answer, created = open_for_jobseeker(handoffs, conversation_id, body.contact, body.note, chat.engine.guardrail)
        response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return answer

    return router


async def _events(pieces: Iterator[str | StoredReply]) -> AsyncIterator[dict[str, str]]:
    """Server-sent events: `token` pieces, then `citations`, then `done` with the whole reply."""
    async for piece in iterate_in_threadpool(pieces):
        if isinstance(piece, StoredReply):
            citations = [citation.to_dict() for citation in piece.reply.citations]
            yield {"event": "citations", "data": json.dumps(citations)}
            yield {"event": "done", "data": json.dumps(reply_body(piece))}
        else:
            yield {"event": "token", "data": json.dumps(piece)}
