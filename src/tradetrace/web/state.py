"""What the app keeps: the database path and the templates; a read-only Store per request.

A Store (one SQLite connection) belongs to one thread, and FastAPI runs plain `def` endpoints
in a thread pool, so each request opens its own read-only Store and closes it afterwards.
Opening SQLite is cheap next to a query; WAL lets these readers run beside a writer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from tradetrace.store import Store


def open_store(request: Request) -> Iterator[Store]:
    store = Store.open(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]
"""A read-only Store for the current request (closed after it)."""


def templates_of(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates
