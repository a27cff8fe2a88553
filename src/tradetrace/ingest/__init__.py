"""Ingest stage: sources -> `Document`s (text, HTML, feeds, JSONL) and `Statistic`s (CSV).

`load_documents` reads files, folders, URLs or stdin and yields a `Document` per article or feed
item, or an `IngestError` per input it cannot read; `read_statistics` reads a trade statistics
CSV (UN Comtrade, the generic layout, or the shared DPRK-by-partner layout). Fingerprints for
near-duplicate detection come from `fingerprint.simhash`.
"""

from tradetrace.ingest.errors import IngestError, IngestFailure
from tradetrace.ingest.fingerprint import near_duplicate, simhash
from tradetrace.ingest.loader import load_documents
from tradetrace.ingest.options import IngestOptions
from tradetrace.ingest.statistics import read_statistics

__all__ = [
    "IngestError",
    "IngestFailure",
    "IngestOptions",
    "load_documents",
    "near_duplicate",
    "read_statistics",
    "simhash",
]
