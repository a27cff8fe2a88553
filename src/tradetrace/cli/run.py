"""`tradetrace run`: the main job in one go (ingest, statistics, checks, report)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from tradetrace import pipeline
from tradetrace.cli.options import db_option
from tradetrace.cli.progress import progress_bar
from tradetrace.store import Store


@click.command("run")
@db_option
@click.option("--news", "news", multiple=True, default=["examples/news"], show_default=True,
              help="News files, folders or URLs (repeatable).")
@click.option("--stats", "stats", multiple=True, default=["examples/statistics"],
              show_default=True, help="Statistics CSV files or folders (repeatable).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("out/report.html"), show_default=True, help="HTML report to write.")
def run(db_path: str, news: tuple[str, ...], stats: tuple[str, ...], out: Path) -> None:
    """Ingest news and statistics, extract claims, run the checks and write the report."""
    stat_files = pipeline.collect_paths(stats, (".csv",))
    with Store.open(db_path) as store, progress_bar("run") as advance:
        summary = pipeline.run(store, news, stat_files, out, progress=advance)
    by_severity = Counter(finding.severity for finding in summary.findings)
    counts = summary.counts
    click.echo(f"database: {db_path} ({counts['documents']} documents, {counts['claims']} claims,"
               f" {counts['statistics']} statistics rows)")
    click.echo("findings: " + (", ".join(f"{n} {s}" for s, n in sorted(by_severity.items()))
                               or "none"))
    for finding in summary.findings:
        if finding.severity != "info":
            click.echo(f"  [{finding.severity}] {finding.explanation}")
    click.echo(f"report: {summary.report}")
    click.echo(f"next: open {summary.report} in a browser, or run "
               f"`tradetrace serve --db {db_path}` and visit http://127.0.0.1:8000/")
    failed = summary.ingest.errors + summary.statistics.errors
    if failed:
        for error in failed:
            click.echo(f"error: {error}", err=True)
        sys.exit(1)
