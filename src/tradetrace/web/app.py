"""`create_app(db_path)`: the dashboard, server-rendered with Jinja2, JSON twin for every page."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from tradetrace.report.highlight import Span, mark
from tradetrace.store import Store
from tradetrace.web import claims, overview
from tradetrace.web.negotiation import json_script, page_url, wants_json

STATIC = Path(__file__).parent / "static"


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("tradetrace.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["marked"] = lambda row: mark(
        row["sentence"], Span(row["mark_start"], row["mark_end"])
        if row.get("mark_start") is not None else None)
    env.filters["pct"] = lambda v: "" if v is None else f"{v:.1%}"
    env.filters["num"] = lambda v: "" if v is None else f"{v:,.0f}" if abs(v) >= 100 else f"{v:g}"
    env.filters["json_script"] = json_script
    env.globals["page_url"] = page_url
    return Jinja2Templates(env=env)


def create_app(db_path: str | Path) -> FastAPI:
    """The dashboard over the database at `db_path` (created and migrated if missing)."""
    Store.open(db_path).close()  # create/migrate once; requests then open read-only
    app = FastAPI(title="tradetrace", docs_url=None, redoc_url=None)
    app.state.db_path = str(db_path)
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(overview.router)
    app.include_router(claims.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return app.state.templates.TemplateResponse(
            request, "error.html", {"data": {"detail": exc.detail, "status": exc.status_code}},
            status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    return app
