"""web stage: the dashboard. `create_app(db_path)` returns a FastAPI app with server-rendered
pages (overview, claims, documents, series, caps, findings); every page has a JSON twin at the
same URL with `.json` or with `Accept: application/json`. Static JS/CSS (the vendored Vega
bundle included) are served from `web/static`; nothing is loaded from a CDN."""

from tradetrace.web.app import create_app

__all__ = ["create_app"]
