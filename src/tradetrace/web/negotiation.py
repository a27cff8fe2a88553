"""Every page has a JSON twin: the same URL with `.json`, or any URL with
`Accept: application/json`. One function renders either from the same data."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup


def wants_json(request: Request) -> bool:
    """True for `.json` paths and for clients that accept JSON but not HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def plain(value: Any) -> Any:
    """A JSON-ready copy: dates as ISO text, tuples as lists, non-finite floats as null."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def respond(request: Request, templates: Jinja2Templates, template: str, data: dict[str, Any],
            status_code: int = 200, **html_only: Any) -> Response:
    """`data` as JSON for the twin, else the template rendered with `data` (and extras)."""
    if wants_json(request):
        return JSONResponse(plain(data), status_code=status_code)
    return templates.TemplateResponse(request, template, {"data": data, **html_only},
                                      status_code=status_code)


def page_url(request: Request, **changes: Any) -> str:
    """The current URL (path kept, `.json` or not) with some query parameters changed."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    if "offset" in changes:
        params.pop("page", None)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def json_script(data: Any) -> Markup:
    """JSON safe inside a <script type="application/json"> element (`<` as \\u003c)."""
    return Markup(json.dumps(plain(data), ensure_ascii=False).replace("<", "\\u003c"))


