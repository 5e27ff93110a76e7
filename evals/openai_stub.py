"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol.

Tests point the real ChatOpenAI client at it, so the whole path (HTTP, JSON, server-sent
events, timeouts, error statuses) is exercised without a network or a model.

    with OpenAIServer(reply="It is paid monthly [1].") as server:
        ChatOpenAI(base_url=server.base_url, ...)
        server.requests  # every request body received
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

Reply = str | Callable[[dict[str, Any]], str]


class OpenAIServer:
    """Configure per test through the attributes; they may be changed between requests."""

    def __init__(self, reply: Reply = "NOT_FOUND", *, delay: float = 0.0, status: int | None = None,
                 fail_after_pieces: int | None = None, model: str = "test-model") -> None:
        self.reply = reply  # the answer text, or a function of the request body
        self.delay = delay  # seconds to wait before answering (to provoke client timeouts)
        self.status = status  # answer every request with this HTTP error status instead
        self.fail_after_pieces = fail_after_pieces  # streaming: send an error event after this many pieces
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> OpenAIServer:
        self._stopping.clear()
        self._httpd = _Server(("127.0.0.1", 0), _handler_for(self))
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the port: later requests get `connection refused`."""
        self._stopping.set()  # wakes handlers sleeping in an artificial delay
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def record(self, body: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(body)

    def reply_for(self, body: dict[str, Any]) -> str:
        return self.reply(body) if callable(self.reply) else self.reply

    def wait(self) -> None:
        if self.delay:
            self._stopping.wait(self.delay)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out has hung up; writing to it fails, which is expected here.
        pass


def _pieces(text: str) -> list[str]:
    """Word-sized pieces, as a model streams tokens; joined they give back `text` exactly."""
    return re.findall(r"\s*\S+", text) or [text]


def _handler_for(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.rstrip("/") != "/v1/models":
                self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                return
            self._json(200, {"object": "list", "data": [
                {"id": server.model, "object": "model", "created": int(time.time()), "owned_by": "tests"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body: dict[str, Any] = json.loads(self.rfile.read(length) or b"{}")
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                return
            server.record(body)
            server.wait()
            if server.status is not None:
                self._json(server.status, {"error": {"message": f"test error {server.status}",
                                                     "type": "server_error", "code": None}})
                return
            text = server.reply_for(body)
            if body.get("stream"):
                self._stream(body, text)
            else:
                self._json(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                    "model": server.model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop", "logprobs": None}],
                    "usage": _usage(body, text),
                })

        def _stream(self, body: dict[str, Any], text: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": server.model}

            def event(payload: dict[str, Any] | str) -> None:
                data = payload if isinstance(payload, str) else json.dumps(payload)
                self.wfile.write(f"data: {data}\n\n".encode())
                self.wfile.flush()

            event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                        "finish_reason": None}]})
            for number, piece in enumerate(_pieces(text)):
                if server.fail_after_pieces is not None and number >= server.fail_after_pieces:
                    event({"error": {"message": "test failure mid-stream", "type": "server_error"}})
                    return
                event({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            if (body.get("stream_options") or {}).get("include_usage"):
                event({**base, "choices": [], "usage": _usage(body, text)})
            event("[DONE]")

    return Handler


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    # Rough counts are enough: nothing here checks them, but clients expect the field.
    prompt = sum(len(str(message.get("content", "")).split()) for message in body.get("messages", []))
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
