"""The jobseeker's chat page at `/`: server-rendered so it works without JavaScript, and app.js adds
streaming on top. Forms post here and redirect back (POST/redirect/GET); the script uses the JSON API.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request, Response, status
from fastapi.responses import RedirectResponse

from assistant.chat import ChatService
from assistant.handoff_api import CONTACT_MESSAGES, open_for_jobseeker
from assistant.settings import Settings
from assistant.store import ConversationRecord, HandoffStore
from knowledge.errors import JobcoachError
from ui.render import (
    CONVERSATION_COOKIE,
    FLASH_COOKIE,
    LANG_COOKIE,
    OLD_LAST_COOKIE,
    YEAR,
    conversation_cookie,
    html,
    language,
    load_static,
    read_json_cookie,
    safe_helplines,
    set_cookie,
    static_response,
    write_json_cookie,
)
from ui.strings import NEXT_STEPS, strings_for

CONVERSATION_DAYS = 30
CONTACTS = ("chat", "phone", "video", "in_person")


async def _form(request: Request) -> dict[str, str]:
    # Parsed by hand: URL-encoded forms need no python-multipart.
    body = (await request.body())[:64_000].decode("utf-8", errors="replace")
    return {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}


def _back(anchor: str = "") -> RedirectResponse:
    return RedirectResponse("/" + anchor, status_code=status.HTTP_303_SEE_OTHER)


def page_router(chat: ChatService, handoffs: HandoffStore | None, settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    static = load_static()
    limit = settings.max_message_chars

    def owned(request: Request) -> tuple[str, str, ConversationRecord] | None:
        pair = conversation_cookie(request)
        if pair is None or not chat.store.check_token(*pair):
            return None
        record = chat.store.get_conversation(pair[0])
        return (pair[0], pair[1], record) if record is not None else None

    def context(request: Request, **extra: Any) -> dict[str, Any]:
        lang = language(request)
        text = strings_for(lang)
        js = {key: text[key] for key in ("you", "assistant", "coach", "coach_note", "sources", "suggestions",
                                         "helpful_q", "helpful", "not_helpful", "reason_label", "feedback_send",
                                         "thanks", "crisis_title", "crisis_999", "call", "text", "error_title",
                                         "error_empty", "error_failed", "sending", "new_messages", "with_coach")}
        js["error_long"] = text["error_long"].format(limit=limit)
        return {"lang": lang, "s": text, "js": js, "limit": limit, "version": {k: v.version for k, v in static.items()},
                "error": "", "draft": "", **extra}

    def page(request: Request, view: str, status_code: int = 200, **extra: Any) -> Response:
        response = html(request, "page.html", context(request, view=view, **extra), status_code)
        if request.query_params.get("lang") == language(request):
            set_cookie(request, response, LANG_COOKIE, language(request), max_age=YEAR)
        return response

    def chat_page(request: Request, mine: tuple[str, str, ConversationRecord], status_code: int = 200,
                  **extra: Any) -> Response:
        conversation_id, token, record = mine
        flash = read_json_cookie(request, FLASH_COOKIE)
        assistant_ids = [message.id for message in record.messages if message.role == "assistant"]
        # The crisis panel and the notice come from the stored message, so they survive a reload on any device.
        crisis_lines = {message.id: [line.to_dict() for line in message.helplines]
                        for message in record.messages if message.shows_crisis}
        contact = str(flash.get("c", ""))
        coach_message = NEXT_STEPS.get(language(request), {}).get(contact) or CONTACT_MESSAGES.get(contact, "")
        response = page(request, "chat", status_code, record=record, conversation_id=conversation_id, token=token,
                        last_assistant=assistant_ids[-1] if assistant_ids else None,
                        crisis_lines=crisis_lines, coach_message=coach_message,
                        coach_helplines=safe_helplines(flash.get("h")),
                        thanks=request.query_params.get("thanks", ""), **extra)
        if flash:
            response.delete_cookie(FLASH_COOKIE, path="/")
        if OLD_LAST_COOKIE in request.cookies:
            response.delete_cookie(OLD_LAST_COOKIE, path="/")
        return response

    @router.get("/")
    def home(request: Request) -> Response:
        mine = owned(request)
        if mine is not None:
            return chat_page(request, mine)
        response = page(request, "start", deleted=request.query_params.get("deleted") == "1")
        if request.cookies.get(CONVERSATION_COOKIE):  # deleted or expired: forget it
            response.delete_cookie(CONVERSATION_COOKIE, path="/")
        return response

    @router.get("/static/{name}")
    def static_file(name: str, request: Request) -> Response:
        if name not in static:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No such file.")
        return static_response(request, static[name])

    @router.post("/start")
    async def start(request: Request) -> Response:
        place = (await _form(request)).get("place", "").strip()[:100] or None
        conversation_id, token = chat.start(locality=place)
        response = _back()
        set_cookie(request, response, CONVERSATION_COOKIE, f"{conversation_id}.{token}",
                   max_age=CONVERSATION_DAYS * 24 * 3600)
        return response

    @router.post("/resume")
    async def resume(request: Request) -> Response:
        """The script's way back in when the cookie has gone but its own copy of the token has not."""
        form = await _form(request)
        conversation_id, token = form.get("id", ""), form.get("token", "")
        if not conversation_id or not token or not chat.store.check_token(conversation_id, token):
            return Response(status_code=status.HTTP_404_NOT_FOUND)
        response = Response(status_code=status.HTTP_204_NO_CONTENT)
        set_cookie(request, response, CONVERSATION_COOKIE, f"{conversation_id}.{token}",
                   max_age=CONVERSATION_DAYS * 24 * 3600)
        return response

    @router.post("/chat")
    async def send(request: Request) -> Response:
        mine = owned(request)
        if mine is None:
            return _back()
        text = (await _form(request)).get("text", "")
        s = strings_for(language(request))
        if not text.strip():
            return chat_page(request, mine, 400, error=s["error_empty"])
        if len(text) > limit:
            return chat_page(request, mine, 400, error=s["error_long"].format(limit=limit), draft=text)
        try:
            stored = chat.send(mine[0], text)
        except JobcoachError:
            return chat_page(request, mine, 503, error=s["error_failed"], draft=text)
        return _back(f"#m{stored.message_id}")

    @router.post("/feedback")
    async def feedback(request: Request) -> Response:
        mine = owned(request)
        form = await _form(request)
        if mine is None or not form.get("message_id", "").isdigit():
            return _back()
        reason = form.get("reason", "").strip()[:1000] or None
        try:
            chat.store.set_feedback(mine[0], int(form["message_id"]), form.get("helpful") == "yes", reason)
        except JobcoachError:
            return _back()
        return RedirectResponse(f"/?thanks={form['message_id']}#m{form['message_id']}",
                                status_code=status.HTTP_303_SEE_OTHER)

    @router.get("/coach")
    def coach_form(request: Request) -> Response:
        mine = owned(request)
        if mine is None:
            return _back()
        return page(request, "coach", record=mine[2], available=handoffs is not None)

    @router.post("/coach")
    async def coach(request: Request) -> Response:
        mine = owned(request)
        if mine is None or handoffs is None:
            return _back()
        form = await _form(request)
        contact = form.get("contact", "chat")
        contact = contact if contact in CONTACTS else "chat"
        answer, _ = open_for_jobseeker(handoffs, mine[0], contact, form.get("note", "")[:500] or None,  # type: ignore[arg-type]
                                       chat.engine.guardrail)
        response = _back("#coach-next")
        write_json_cookie(request, response, FLASH_COOKIE, {"c": answer["ticket"]["contact"],
                                                           "h": answer["helplines"]})
        return response

    @router.get("/delete")
    def confirm_delete(request: Request) -> Response:
        return page(request, "delete") if owned(request) is not None else _back()

    @router.post("/delete")
    def delete(request: Request) -> Response:
        mine = owned(request)
        if mine is not None:
            chat.store.delete_conversation(mine[0])
        response = RedirectResponse("/?deleted=1", status_code=status.HTTP_303_SEE_OTHER)
        for name in (CONVERSATION_COOKIE, OLD_LAST_COOKIE, FLASH_COOKIE):
            response.delete_cookie(name, path="/")
        return response

    return router
