"""A rich progress bar for long runs; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Callable[[str], None]]:
    """Yield a callback advancing the bar by one input; no output at all off a terminal."""
    console = Console(stderr=True)
    if not sys.stderr.isatty():
        yield lambda _name: None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  TextColumn("{task.completed} done"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(name: str) -> None:
            bar.update(task, advance=1, description=f"{label} {name[-40:]}")

        yield advance
