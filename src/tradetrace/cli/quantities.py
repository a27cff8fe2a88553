"""`tradetrace quantities FILE|DOCS.jsonl|-`: every quantity as one JSON line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from tradetrace.cli.output import dumps
from tradetrace.extract.quantities import extract_quantities

FIELDS = ("start", "end", "surface", "value", "value_max", "unit", "bound", "change",
          "equivalent_of")


def _documents(source: str) -> Iterator[tuple[str, str]]:
    """(doc_id, text) pairs: stdin, a JSONL of {"id", "text"} documents, or a text file."""
    if source == "-":
        yield "-", sys.stdin.read()
        return
    path = Path(source)
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise click.ClickException(f"{source}:{number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise click.ClickException(f"{source}:{number}: no \"text\" field")
            yield str(record.get("id", f"{source}:{number}")), record["text"]
        return
    yield source, text


@click.command("quantities")
@click.argument("sources", nargs=-1, required=True)
def quantities(sources: tuple[str, ...]) -> None:
    """Print the quantities found in text files, JSONL documents or stdin (`-`) as JSON lines."""
    out = sys.stdout
    try:
        for source in sources:
            try:
                documents = list(_documents(source))
            except OSError as error:
                raise click.ClickException(f"{source}: {error.strerror or error}") from None
            for doc_id, text in documents:
                for quantity in extract_quantities(text):
                    row = {"doc_id": doc_id, **{f: getattr(quantity, f) for f in FIELDS}}
                    out.write(dumps(row) + "\n")
        out.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like any Unix filter.
        sys.stderr.close()
