"""Extract stage: Document -> quantities -> trade claims (patterns and lexicons kept as data).

`extract_claims(document)` runs the quantity layer over the document's clean text and hands the
quantities to `build_claims`, which decides which of them are trade claims and fills in kind,
commodity, parties, period, modality and attribution.
"""

from __future__ import annotations

from tradetrace.extract.claims import EXTRACTOR_VERSION, build_claims, extract_claims

__all__ = ["EXTRACTOR_VERSION", "build_claims", "extract_claims"]
