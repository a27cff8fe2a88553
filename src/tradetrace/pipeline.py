"""The pipeline as library calls: ingest -> extract -> store -> verify -> report.

The CLI and the web app call these functions; they hold no logic of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tradetrace.extract import extract_claims
from tradetrace.ingest import IngestError, IngestOptions, load_documents
from tradetrace.ingest.statistics import read_statistics
from tradetrace.model import Document, Finding
from tradetrace.store import DocumentFilter, Store

Progress = Callable[[str], None]
"""Called once per input handled, with a short label (for progress bars)."""


@dataclass
class IngestSummary:
    """What an ingest run did."""

    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    claims: int = 0
    statistics: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def ingest(
    store: Store,
    locations: Iterable[str],
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read every location, extract claims from each new document and store both together.

    A bad input is recorded in the summary and skipped; everything else still goes in.
    """
    summary = IngestSummary()
    for item in load_documents(locations, options):
        if isinstance(item, IngestError):
            summary.errors.append(item)
            if progress:
                progress(item.source)
            continue
        save_document(store, item, summary)
        if progress:
            progress(item.source)
    if summary.new:
        store.optimize()  # fresh planner statistics for the new rows
    return summary


def save_document(store: Store, doc: Document, summary: IngestSummary) -> None:
    """Extract and store one document, counting the outcome in `summary`."""
    claims = extract_claims(doc)
    result = store.save_document(doc, claims)
    if result.status == "new":
        summary.new += 1
        summary.claims += result.claims
    elif result.status == "duplicate":
        summary.duplicates += 1
    else:
        summary.near_duplicates += 1


def import_statistics(
    store: Store, paths: Iterable[str | Path], progress: Progress | None = None
) -> IngestSummary:
    """Read statistics CSV files into the store; a malformed file is reported, others go in."""
    summary = IngestSummary()
    for path in paths:
        try:
            rows = read_statistics(path)
        except IngestError as error:
            summary.errors.append(error)
        else:
            summary.statistics += store.save_statistics(rows)
        if progress:
            progress(str(path))
    if summary.statistics:
        store.optimize()
    return summary


def reextract(store: Store, where: DocumentFilter | None = None) -> int:
    """Run the current extractor over stored documents again; returns the number of claims."""
    total = 0
    for doc in store.documents(where):
        total += store.replace_claims(doc.id, extract_claims(doc))
    return total


def check(store: Store) -> list[Finding]:
    """Run every check over the stored claims and statistics and store the findings."""
    from tradetrace.verify import run_checks

    findings = run_checks(store.claims(), store.statistics())
    store.replace_findings(findings)
    return findings


@dataclass
class RunSummary:
    """What `run` did: ingest, statistics, checks and the report it wrote."""

    ingest: IngestSummary
    statistics: IngestSummary
    findings: Sequence[Finding]
    report: Path | None
    counts: dict[str, int]


def run(
    store: Store,
    news: Iterable[str],
    statistics: Iterable[str | Path],
    report_path: Path | None,
    progress: Progress | None = None,
) -> RunSummary:
    """The main job: ingest news and statistics, check, and write the report."""
    ingested = ingest(store, news, progress=progress)
    imported = import_statistics(store, statistics, progress=progress)
    findings = check(store)
    written: Path | None = None
    if report_path is not None:
        from tradetrace.report import write_report

        write_report(store, report_path)
        written = report_path
    return RunSummary(ingested, imported, findings, written, store.counts())


def collect_paths(locations: Sequence[str], suffixes: tuple[str, ...]) -> list[str]:
    """Files under the given folders (recursive) whose names end with one of `suffixes`."""
    found: list[str] = []
    for location in locations:
        path = Path(location)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in suffixes
                            and not any(part.startswith(".") for part in p.parts))
        else:
            found.append(location)
    return found
