"""`tradetrace ingest` and `tradetrace import-stats`."""

from __future__ import annotations

import sys

import click

from tradetrace import pipeline
from tradetrace.cli.options import db_option
from tradetrace.cli.progress import progress_bar
from tradetrace.ingest import IngestOptions
from tradetrace.pipeline import IngestSummary
from tradetrace.store import Store


def report_summary(summary: IngestSummary, what: str = "documents") -> None:
    """Errors one per line on stderr, then a one-line summary; exit 1 if anything failed."""
    for error in summary.errors:
        click.echo(f"error: {error}", err=True)
    if what == "documents":
        click.echo(
            f"{summary.new} new documents, {summary.duplicates} duplicates, "
            f"{summary.near_duplicates} near-duplicates, {summary.claims} claims, "
            f"{len(summary.errors)} failed", err=True)
    else:
        click.echo(f"{summary.statistics} statistics rows, {len(summary.errors)} files failed",
                   err=True)
    if summary.failed:
        sys.exit(1)


@click.command("ingest")
@click.argument("locations", nargs=-1, required=True)
@db_option
@click.option("--max-bytes", type=int, default=IngestOptions().max_bytes, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--timeout", type=float, default=IngestOptions().timeout, show_default=True,
              help="Seconds to wait for a URL.")
def ingest(locations: tuple[str, ...], db_path: str, max_bytes: int, timeout: float) -> None:
    """Ingest text, HTML and feed files, folders or URLs (PATH|URL ...), with their claims."""
    options = IngestOptions(max_bytes=max_bytes, timeout=timeout)
    with Store.open(db_path) as store, progress_bar("ingest") as advance:
        summary = pipeline.ingest(store, locations, options, progress=advance)
    report_summary(summary)


@click.command("import-stats")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
def import_stats(paths: tuple[str, ...], db_path: str) -> None:
    """Import trade statistics CSV files (UN Comtrade or the generic layout)."""
    files = pipeline.collect_paths(paths, (".csv",))
    with Store.open(db_path) as store, progress_bar("statistics", len(files)) as advance:
        summary = pipeline.import_statistics(store, files, progress=advance)
    report_summary(summary, what="statistics")
