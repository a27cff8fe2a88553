"""Trade claims from a document's quantities (work in progress)."""

from __future__ import annotations

from collections.abc import Sequence

from tradetrace.model import Claim, Document, Quantity

EXTRACTOR_VERSION = "0.1.0"


def build_claims(document: Document, quantities: Sequence[Quantity]) -> list[Claim]:
    return []


def extract_claims(document: Document) -> list[Claim]:
    return []
