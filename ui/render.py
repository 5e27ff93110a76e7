"""The chat page's plumbing: templates, static files, gzip and cookies, kept out of the routes."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ui.strings import LANGUAGES

HERE = Path(__file__).resolve().parent
CONVERSATION_COOKIE = "jc_conversation"
LANG_COOKIE = "jc_lang"
# Earlier versions kept the last reply's crisis panel and notice in this cookie; the stored messages
# keep them now. It is only deleted where found, so it does not hint at a crisis on a shared device.
OLD_LAST_COOKIE = "jc_last"
FLASH_COOKIE = "jc_flash"  # a one-time banner: what happens next after asking for a coach
YEAR = 365 * 24 * 3600
GZIP_MIN_BYTES = 500

# Autoescape everything: messages are the user's and the model's words, never markup.
templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                        trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes
    media_type: str
    version: str


def load_static() -> dict[str, StaticFile]:
    """Read and compress the page's two files once, at start-up."""
    files: dict[str, StaticFile] = {}
    for name, media_type in (("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")):
        body = (HERE / "static" / name).read_bytes()
        files[name] = StaticFile(body, gzip.compress(body, 9), media_type, hashlib.sha256(body).hexdigest()[:12])
    return files


def static_response(request: Request, item: StaticFile) -> Response:
    etag = f'"{item.version}"'
    # A versioned URL never changes, so it may be kept for a year; an unversioned one is checked often.
    cache = f"public, max-age={YEAR}, immutable" if request.query_params.get("v") == item.version else \
        "public, max-age=300"
    headers = {"Cache-Control": cache, "ETag": etag, "Vary": "Accept-Encoding"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return compressed(request, item.body, item.media_type, headers, item.gzipped)


def compressed(request: Request, body: bytes, media_type: str, headers: dict[str, str],
               gzipped: bytes | None = None, status_code: int = 200) -> Response:
    """Gzip when the browser accepts it: the page is for phones on pay-as-you-go data."""
    if "gzip" in request.headers.get("accept-encoding", "") and len(body) >= GZIP_MIN_BYTES:
        return Response(gzipped or gzip.compress(body, 6), status_code=status_code, media_type=media_type,
                        headers={**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(body, status_code=status_code, media_type=media_type, headers=headers)


def html(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
    body = templates.get_template(template).render(**context).encode("utf-8")
    # The page carries the conversation's token for the script: never cache it anywhere.
    headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
               "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
                                          "form-action 'self'; frame-ancestors 'none'"}
    return compressed(request, body, "text/html; charset=utf-8", headers, status_code=status_code)


def language(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE, "")
    return asked if asked in LANGUAGES else "en"


def conversation_cookie(request: Request) -> tuple[str, str] | None:
    value = request.cookies.get(CONVERSATION_COOKIE, "")
    conversation_id, _, token = value.partition(".")  # the id is hex, so the first dot separates them
    return (conversation_id, token) if conversation_id and token else None


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https")


def write_json_cookie(request: Request, response: Response, name: str, value: dict[str, Any]) -> None:
    # Base64, so quotes and commas in the JSON need no cookie quoting.
    encoded = base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode("utf-8")).decode("ascii")
    set_cookie(request, response, name, encoded)


def read_json_cookie(request: Request, name: str) -> dict[str, Any]:
    try:
        value = json.loads(base64.urlsafe_b64decode(request.cookies.get(name, "") or "e30="))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def safe_helplines(raw: object) -> list[dict[str, str]]:
    """Helplines from a cookie the browser could have changed: only tel: and sms: links get through."""
    lines: list[dict[str, str]] = []
    for line in raw if isinstance(raw, list) else []:
        if not isinstance(line, dict):
            continue
        clean = {key: str(line.get(key, ""))[:200] for key in ("name", "number", "tel", "text", "sms")}
        if not clean["tel"].startswith("tel:"):
            clean["tel"] = ""
        if not clean["sms"].startswith("sms:"):
            clean["sms"] = ""
        lines.append(clean)
    return lines[:6]
