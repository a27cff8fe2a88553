"""Query parameters of the list pages: filters and paging, parsed once into store filters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from fastapi import HTTPException, Request

from tradetrace.store import ClaimFilter, DocumentFilter
from tradetrace.web.negotiation import page_url

DEFAULT_LIMIT = 50
MAX_LIMIT = 500

CLAIM_FIELDS = ("country", "partner", "exporter", "importer", "commodity", "year", "kind",
                "modality", "doc_id", "outlet")
DOCUMENT_FIELDS = ("outlet", "country", "commodity", "year", "kind", "published_from",
                   "published_to")


@dataclass(frozen=True)
class Paging:
    """`limit` and `offset`; `page` (1-based) is accepted as offset = (page - 1) x limit."""

    limit: int
    offset: int

    def links(self, total: int) -> dict[str, int | None]:
        nxt = self.offset + self.limit
        return {"next_offset": nxt if nxt < total else None,
                "prev_offset": max(0, self.offset - self.limit) if self.offset else None}


def listing(request: Request, page: Paging, total: int, filters: dict[str, Any],
            rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The data of one page of a list: its rows, the filters in force, the total and the
    offsets and URLs of the pages before and after (the same for every list page)."""
    links = page.links(total)
    nxt, prev = links["next_offset"], links["prev_offset"]
    return {"total": total, "limit": page.limit, "offset": page.offset, "filters": filters,
            **links,
            "next": page_url(request, offset=nxt) if nxt is not None else None,
            "prev": page_url(request, offset=prev) if prev is not None else None,
            "rows": rows}


def _int(request: Request, name: str, default: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as err:
        raise HTTPException(400, f"{name} must be an integer, got {raw!r}") from err


def paging(request: Request) -> Paging:
    limit = _int(request, "limit", DEFAULT_LIMIT) or DEFAULT_LIMIT
    limit = max(1, min(limit, MAX_LIMIT))
    page = _int(request, "page")
    offset = (max(page, 1) - 1) * limit if page is not None else (_int(request, "offset", 0) or 0)
    return Paging(limit, max(0, offset))


def _text(request: Request, name: str) -> str | None:
    value = request.query_params.get(name, "").strip()
    return value or None


def _code(request: Request, name: str) -> str | None:
    value = _text(request, name)
    return value.upper() if value else None


def claim_filter(request: Request) -> ClaimFilter:
    """Filters of /claims: country, partner, exporter, importer (ISO alpha-3), commodity (key and
    descendants), year, kind, modality, doc_id and outlet (`source` is a synonym)."""
    return ClaimFilter(
        country=_code(request, "country"), partner=_code(request, "partner"),
        exporter=_code(request, "exporter"), importer=_code(request, "importer"),
        commodity=_text(request, "commodity"), year=_int(request, "year"),
        kind=_text(request, "kind"), modality=_text(request, "modality"),
        doc_id=_text(request, "doc_id"),
        outlet=_text(request, "outlet") or _text(request, "source"))


def document_filter(request: Request) -> DocumentFilter:
    return DocumentFilter(
        outlet=_text(request, "outlet") or _text(request, "source"),
        country=_code(request, "country"), commodity=_text(request, "commodity"),
        year=_int(request, "year"), kind=_text(request, "kind"),
        published_from=_text(request, "published_from"),
        published_to=_text(request, "published_to"))


def active(where: Any) -> dict[str, Any]:
    """The filter fields that are set."""
    return {k: v for k, v in asdict(where).items() if v is not None}
