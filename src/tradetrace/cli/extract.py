"""`tradetrace extract`: claims from files or stdin to stdout (no database), or re-extract a db."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from tradetrace import pipeline
from tradetrace.cli.options import db_option, format_option
from tradetrace.cli.output import write_records
from tradetrace.extract import extract_claims
from tradetrace.ingest import IngestError, load_documents
from tradetrace.model import Claim
from tradetrace.store import Store

TABLE_COLUMNS = ["doc_id", "surface", "kind", "commodity", "exporter", "importer", "year",
                 "modality", "value", "unit"]


@click.command("extract")
@click.argument("inputs", nargs=-1)
@format_option("jsonl")
@db_option
def extract(inputs: tuple[str, ...], fmt: str, db_path: str) -> None:
    """Print claims from INPUTS (text/HTML files, DOCS.jsonl or -) without a database.

    With no INPUTS, run the current extractor again over every document in --db.
    """
    if not inputs:
        with Store.open(db_path) as store:
            count = pipeline.reextract(store)
        click.echo(f"{count} claims extracted", err=True)
        return
    failed = False

    def claims() -> Iterator[Claim]:
        nonlocal failed
        for item in load_documents(inputs):
            if isinstance(item, IngestError):
                click.echo(f"error: {item}", err=True)
                failed = True
                continue
            yield from extract_claims(item)

    write_records(claims(), fmt, columns=TABLE_COLUMNS if fmt in ("table", "csv") else None)
    if failed:
        sys.exit(1)
