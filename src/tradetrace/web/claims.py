"""Pages of claims and documents: lists with filters and paging, and one page per record."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from tradetrace.model import Claim, Document
from tradetrace.report.content import claim_row, finding_row
from tradetrace.report.highlight import highlight_document
from tradetrace.store import ClaimFilter, Store
from tradetrace.web.negotiation import respond
from tradetrace.web.params import active, claim_filter, document_filter, listing, paging
from tradetrace.web.state import StoreDep, templates_of

router = APIRouter()


def document_record(doc: Document, text: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": doc.id, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "source": doc.source, "sources": list(doc.sources), "language": doc.language,
        "content_type": doc.content_type, "length": len(doc.text)}
    if text:
        record["text"] = doc.text
    return record


def _strip_json(record_id: str) -> str:
    return record_id.removesuffix(".json")


@router.get("/claims")
@router.get("/claims.json")
def claims_page(request: Request, store: StoreDep) -> Response:
    where, page = claim_filter(request), paging(request)
    total = store.count_claims(where)
    rows = [claim_row(c) for c in store.claims(where, page.limit, page.offset)]
    data = listing(request, page, total, active(where), rows)
    return respond(request, templates_of(request), "claims.html", data)


def _claim(store: Store, claim_id: str) -> Claim:
    claim = store.claim(claim_id)
    if claim is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return claim


@router.get("/claims/{claim_id}")
def claim_page(claim_id: str, request: Request, store: StoreDep) -> Response:
    claim = _claim(store, _strip_json(claim_id))
    doc = store.document(claim.doc_id)
    data = {"claim": claim_row(claim, doc.outlet if doc else None) | {
                "start": claim.start, "end": claim.end, "sentence_start": claim.sentence_start,
                "sentence_end": claim.sentence_end, "bound": claim.bound,
                "value_max": claim.value_max, "direction": claim.direction,
                "extractor_version": claim.extractor_version,
                "equivalent_of": claim.equivalent_of},
            "document": document_record(doc, text=True) if doc else None,
            "findings": [finding_row(f) for f in store.findings(claim.id)]}
    highlighted = highlight_document(doc.text, claim) if doc else None
    return respond(request, templates_of(request), "claim.html", data, highlighted=highlighted)


@router.get("/documents")
@router.get("/documents.json")
def documents_page(request: Request, store: StoreDep) -> Response:
    where, page = document_filter(request), paging(request)
    total = store.count_documents(where)
    rows = [document_record(d) for d in store.documents(where, limit=page.limit,
                                                        offset=page.offset)]
    data = listing(request, page, total, active(where), rows)
    return respond(request, templates_of(request), "documents.html", data)


@router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, store: StoreDep) -> Response:
    doc = store.document(_strip_json(doc_id))
    if doc is None:
        raise HTTPException(404, f"no document {_strip_json(doc_id)}")
    claims = store.claims(ClaimFilter(doc_id=doc.id))
    data = {"document": document_record(doc, text=True),
            "claims": [claim_row(c, doc.outlet) for c in claims]}
    return respond(request, templates_of(request), "document.html", data)
