"""Options shared by many commands (`--db`, `--format`), defined once."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "tradetrace.db"
FORMATS = ("table", "json", "jsonl", "csv")


def db_option(func: F) -> F:
    """`--db PATH`: the SQLite file; defaults to $TRADETRACE_DB or ./tradetrace.db."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=lambda: os.environ.get("TRADETRACE_DB", DEFAULT_DB),
        show_default="$TRADETRACE_DB or tradetrace.db",
        help="SQLite database file.",
    )(func)


def format_option(default: str = "table") -> Callable[[F], F]:
    """`--format table|json|jsonl|csv`."""

    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate
