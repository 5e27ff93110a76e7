"""What every `jobcoach` command shares: the typer apps, consoles, settings and friendly errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from assistant.settings import Settings
from knowledge.errors import JobcoachError

app = typer.Typer(help="jobcoach: a jobcentre in your pocket.", no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Measure quality on the labelled sets in evals/data.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed on this machine.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
err = Console(stderr=True)
out = Console()


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Users see what went wrong and how to fix it, never a traceback."""
    try:
        yield
    except JobcoachError as error:
        err.print(f"[bold red]Error:[/] {error.message}")
        if error.hint:
            err.print(error.hint)
        raise typer.Exit(2) from None


def load_settings() -> Settings:
    from retrieval.embedder import quiet_thread_waits

    quiet_thread_waits()  # before anything imports torch
    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "chromadb", "sentence_transformers", "urllib3", "alembic", "presidio-analyzer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return settings


def components(settings: Settings) -> Any:
    from assistant.components import Components

    return Components(settings)


def run_ingest(parts: Any, path: Path, show_progress: bool) -> Any:
    if not show_progress:
        return parts.ingestor.ingest(path)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("Embedding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("embed", total=None)
        return parts.ingestor.ingest(path, progress=lambda done, total: bar.update(task, completed=done, total=total))
