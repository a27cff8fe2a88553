"""Writing records to stdout as a table, JSON, JSON lines or CSV; a closed pipe is not an error."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


def as_dict(record: Any) -> dict[str, Any]:
    """A dataclass or mapping as a plain dict (tuples become lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        data = dataclasses.asdict(record)
    elif isinstance(record, Mapping):
        data = dict(record)
    else:
        raise TypeError(f"cannot format {type(record).__name__}")
    return data


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def dumps(data: Any) -> str:
    return json.dumps(data, default=_json_default, ensure_ascii=False)


def write_records(
    records: Iterable[Any],
    fmt: str,
    columns: Sequence[str] | None = None,
    out: TextIO | None = None,
    title: str | None = None,
) -> int:
    """Write records in `fmt`; `columns` limits the table/CSV columns. Returns the count."""
    stream = out or sys.stdout
    rows = (as_dict(record) for record in records)
    count = 0
    try:
        if fmt == "jsonl":
            for row in rows:
                stream.write(dumps(row) + "\n")
                count += 1
        elif fmt == "json":
            materialized = list(rows)
            count = len(materialized)
            stream.write(json.dumps(materialized, default=_json_default, ensure_ascii=False,
                                    indent=2) + "\n")
        elif fmt == "csv":
            writer: csv.DictWriter[str] | None = None
            for row in rows:
                if writer is None:
                    writer = csv.DictWriter(stream, fieldnames=list(columns or row.keys()),
                                            extrasaction="ignore")
                    writer.writeheader()
                writer.writerow({k: _csv_cell(v) for k, v in row.items()})
                count += 1
        else:
            materialized = list(rows)
            count = len(materialized)
            table = Table(title=title, show_lines=False)
            keys = list(columns or (materialized[0].keys() if materialized else []))
            for key in keys:
                table.add_column(key, overflow="fold")
            for row in materialized:
                table.add_row(*(_cell(row.get(key)) for key in keys))
            Console(file=stream, width=160 if not stream.isatty() else None).print(table)
        stream.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like any Unix filter.
        sys.stderr.close()
    return count


def _csv_cell(value: Any) -> str:
    """A cell for machines: numbers in full, without exponents or thousands separators."""
    if isinstance(value, float) and value == value and abs(value) < 1e18:
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list | tuple):
        return ";".join(_csv_cell(v) for v in value)
    return "" if value is None else str(value)


def _cell(value: Any) -> str:
    """A cell for people: thousands separators, at most four decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value or abs(value) >= 1e18:
            return f"{value:.6g}"
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)
