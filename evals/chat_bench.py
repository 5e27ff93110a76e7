"""`jobcoach bench chat`: turn latency in process, under HTTP load, and the service's own
overhead when the language model answers instantly. Bounded: every loop stops by itself."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import httpx

from assistant.settings import Settings
from evals.answer_eval import load_answer_set
from evals.metrics import latency_percentiles
from evals.retrieval_eval import load_golden_set

TARGETS = {"in_process_p95_ms": 120.0, "load_p95_ms": 1000.0, "llm_overhead_p95_ms": 60.0}


def _questions(count: int) -> list[str]:
    pool = [row["question"] for row in load_answer_set()] + [row["query"] for row in load_golden_set()]
    return list(islice(cycle(pool), count))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Service:
    """The real service, `jobcoach serve`, in its own process on loopback, as it is deployed.

    A separate process keeps the load generator's Python work off the service's interpreter
    lock; sharing one would charge the clients' time to the service.
    """

    def __init__(self, settings: Settings) -> None:
        self.port = _free_port()
        self.environment = {**os.environ, **settings_environment(settings), "JOBCOACH_LOG_LEVEL": "WARNING"}
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        command = [sys.executable, "-m", "assistant", "serve", "--no-ingest", "--port", str(self.port)]
        self.process = subprocess.Popen(command, env=self.environment, stdout=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the service stopped at start (exit code {self.process.returncode})")
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    return url
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.__exit__()
        raise RuntimeError("the service was not ready within 180 s")

    def __exit__(self, *_: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def settings_environment(settings: Settings) -> dict[str, str]:
    """The settings as the JOBCOACH_* variables that give them to a child process."""
    values = settings.model_dump(mode="json", exclude_none=True)
    return {f"JOBCOACH_{name.upper()}": str(value) for name, value in values.items()}


def _load(base_url: str, users: int, seconds: float, questions: list[str]) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    diverted = [0]  # turns the guardrails sent to a coach or refused: quicker than answers
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def user(number: int) -> None:
        with httpx.Client(base_url=base_url, timeout=30) as client:
            created = client.post("/api/conversations", json={})
            if created.status_code != 201:
                with lock:
                    errors.append(f"create {created.status_code}")
                return
            ident, token = created.json()["id"], created.json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            for turn, question in enumerate(islice(cycle(questions[number:] + questions[:number]), 10_000)):
                if time.monotonic() >= stop_at:
                    return
                if turn and turn % 6 == 0:  # a fresh conversation now and then, as real users do
                    created = client.post("/api/conversations", json={})
                    ident, headers = created.json()["id"], {"Authorization": f"Bearer {created.json()['token']}"}
                started = time.perf_counter()
                try:
                    response = client.post(f"/api/conversations/{ident}/messages", json={"text": question},
                                           headers=headers)
                    ok = response.status_code == 200
                    problem = f"status {response.status_code}"
                    answered = ok and response.json().get("action") == "answer"
                except httpx.HTTPError as error:
                    ok, problem, answered = False, type(error).__name__, False
                with lock:
                    if ok:
                        latencies.append((time.perf_counter() - started) * 1000)
                        diverted[0] += not answered
                    else:
                        errors.append(problem)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        list(pool.map(user, range(users)))
    elapsed = time.perf_counter() - started
    return {"users": users, "seconds": round(elapsed, 1), "turns": len(latencies),
            "turns_per_s": len(latencies) / elapsed, "errors": len(errors), "error_kinds": sorted(set(errors)),
            "diverted_by_guardrails": diverted[0],
            **(latency_percentiles(latencies) if len(latencies) > 2 else {})}


def quote_first_passage(request: dict[str, Any]) -> str:
    """An instant model that answers well: passage 1's first sentence, cited.

    A canned reply would fail the output checks on most questions, and the fallback to the
    composer would then be counted as the service's overhead.
    """
    prompt = str(request["messages"][-1]["content"])
    passage = re.search(r"^\[1\][^\n]*\n(.+?)(?:\n\[2\]|\n</passages>)", prompt, re.MULTILINE | re.DOTALL)
    if passage is None:
        return "NOT_FOUND"
    sentence = re.split(r"(?<=[.!?])\s", passage.group(1).strip(), maxsplit=1)[0]
    return f"{sentence} [1]"


def run_chat_benchmark(settings: Settings, questions: int, users: int, seconds: float, console: Any
                       ) -> dict[str, Any]:
    from assistant.components import Components
    from evals.openai_stub import OpenAIServer

    texts = _questions(max(questions, 200))
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="jobcoach-chat-bench-") as tmp:
        base = settings.model_copy(update={"data_dir": Path(tmp), "chroma_path": None, "catalog_path": None,
                                           "database_url": None, "chroma_url": None, "llm_base_url": None})
        parts = Components(base)
        console.print("Ingesting the bundled knowledge base…")
        parts.ingestor.ingest(base.content_dir)
        parts.engine.warm()  # as the service does at start: the composer's sentence vectors
        for text in texts[:10]:
            parts.engine.answer(text)
        console.print(f"In process: {len(texts)} turns with the extractive composer…")
        timings = []
        for text in texts:
            started = time.perf_counter()
            parts.engine.answer(text)
            timings.append((time.perf_counter() - started) * 1000)
        result["in_process"] = latency_percentiles(timings)

        console.print(f"HTTP load: {users} users for {seconds:.0f} s…")
        with _Service(base) as url:
            result["load"] = _load(url, users, seconds, texts)

        console.print("Service overhead with a loopback model that answers at once…")
        with OpenAIServer(reply=quote_first_passage) as model:
            llm_settings = base.model_copy(update={"llm_base_url": model.base_url, "llm_api_key": "bench"})
            with _Service(llm_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
                created = client.post("/api/conversations", json={}).json()
                headers = {"Authorization": f"Bearer {created['token']}"}
                overhead = []
                for text in texts[:200]:
                    started = time.perf_counter()
                    reply = client.post(f"/api/conversations/{created['id']}/messages", json={"text": text},
                                        headers=headers)
                    overhead.append((time.perf_counter() - started) * 1000)
                    if reply.json().get("action") != "answer":  # handed over: the bot would stay quiet
                        created = client.post("/api/conversations", json={}).json()
                        headers = {"Authorization": f"Bearer {created['token']}"}
                fallbacks = _metric_total(client.get("/metrics").text, "jobcoach_generator_fallbacks_total")
        result["llm_overhead"] = {**latency_percentiles(overhead), "fallbacks": fallbacks}
    _print(result, console)
    return result


def _metric_total(exposition: str, name: str) -> int:
    """The sum of one Prometheus counter over its labels."""
    return int(sum(float(line.rsplit(" ", 1)[1]) for line in exposition.splitlines() if line.startswith(name)))


def _print(result: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    table = Table(title="Chat benchmark")
    for column in ("run", "turns/s", "p50 ms", "p95 ms", "p99 ms", "errors"):
        table.add_column(column, justify="right" if column != "run" else "left")
    inside, load, llm = result["in_process"], result["load"], result["llm_overhead"]
    table.add_row("in process, extractive", "–", f"{inside['p50_ms']:.1f}", f"{inside['p95_ms']:.1f}",
                  f"{inside['p99_ms']:.1f}", "–")
    table.add_row(f"HTTP, {load['users']} users, {load['seconds']} s", f"{load['turns_per_s']:.1f}",
                  f"{load.get('p50_ms', 0):.0f}", f"{load.get('p95_ms', 0):.0f}", f"{load.get('p99_ms', 0):.0f}",
                  str(load["errors"]))
    table.add_row("HTTP, instant loopback LLM", "–", f"{llm['p50_ms']:.1f}", f"{llm['p95_ms']:.1f}",
                  f"{llm['p99_ms']:.1f}", "–")
    console.print(table)
    console.print(f"Under load, {load.get('diverted_by_guardrails', 0)} of {load['turns']} turns were sent to a coach "
                  "or refused by the guardrails instead of answered.")
    console.print(f"With the instant LLM, {llm.get('fallbacks', 0)} replies fell back to the extractive composer.")
    checks = {
        "in-process p95 ≤ 120 ms": inside["p95_ms"] <= TARGETS["in_process_p95_ms"],
        "under load: 0 errors and p95 ≤ 1 s": load["errors"] == 0 and load.get("p95_ms", 1e9) <= 1000,
        "service overhead with an instant LLM p95 ≤ 60 ms": llm["p95_ms"] <= TARGETS["llm_overhead_p95_ms"],
    }
    for name, met in checks.items():
        console.print(f"  {name}: {'met' if met else 'NOT met'}")
