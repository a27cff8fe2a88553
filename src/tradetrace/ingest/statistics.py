"""Trade statistics CSV files -> `Statistic` rows (UN Comtrade, generic, shared DPRK layout).

The layout is recognised from the header (see `layouts.py`). Countries are given as names or
ISO codes and resolved with `country_code`; HS codes map to commodity keys by the longest HS
prefix in the commodity taxonomy (`hs:<code>` when none matches). A malformed file or row raises
`IngestError` naming the file and line; nothing is half-read.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
import re
from functools import cache
from pathlib import Path

from tradetrace.ingest.errors import IngestError
from tradetrace.ingest.layouts import (
    AREA_CODES,
    COMTRADE_FAMILY,
    COMTRADE_NO_QTY,
    COMTRADE_QTY_UNITS,
    COMTRADE_SOURCE,
    DPRK,
    FALSE_WORDS,
    FAMILY_TAG,
    FLOWS,
    TRUE_WORDS,
    detect_layout,
)
from tradetrace.ingest.options import DEFAULT_MAX_BYTES
from tradetrace.ingest.sniff import Rejected, decode
from tradetrace.knowledge.commodities import ancestors, commodities
from tradetrace.knowledge.countries import country_code
from tradetrace.model import Statistic

Row = dict[str, str]
_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*$")
_PERIOD = re.compile(r"^(\d{4})(?:-?(\d{2}))?$")


class RowError(ValueError):
    """A problem with one row; `read_statistics` adds the file and line."""


def _number(row: Row, *names: str) -> float | None:
    for name in names:
        value = (row.get(name) or "").strip().replace(",", "").replace("_", "")
        if not value:
            continue
        try:
            number = float(value)
        except ValueError:
            raise RowError(f"{name} {row[name]!r} is not a number") from None
        if not math.isfinite(number):
            raise RowError(f"{name} {row[name]!r} is not a finite number")
        return number
    return None


def _year(value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"\d{4}", text):
        raise RowError(f"year {value!r} is not a four-digit year")
    return int(text)


def country(value: str, role: str) -> tuple[str, str]:
    """(alpha-3, note) for a country name or code; a `(qualifier)` is kept as the note."""
    text = value.strip()
    code = (AREA_CODES.get(text.lower()) or country_code(text)) if text else None
    note = ""
    if code is None and (match := _QUALIFIER.search(text)):
        base = text[: match.start()]
        code = AREA_CODES.get(base.lower()) or country_code(base)
        note = f"{role} as published: {text}"
    if code is None:
        raise RowError(f"unknown {role} {value!r}")
    return code, note


def flow(value: str) -> str:
    found = FLOWS.get(value.strip().lower())
    if found is None:
        raise RowError(f"flow {value!r} not understood (import/export/total or M/X)")
    return found


@cache
def _hs_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for key, item in commodities().items():
        for code in item.hs:
            table.setdefault(code, []).append(key)
    return table


def commodity_for_hs(code: str) -> str:
    """`TOTAL` -> `trade`; `2710` -> `refined_petroleum`; the longest HS prefix in the taxonomy
    wins, ties go to the most specific key, else to the keys' shared parent; `hs:<code>`."""
    code = code.strip()
    table = _hs_table()
    if code.upper() in table:
        code = code.upper()
    for length in range(len(code), 1, -1):
        keys = table.get(code[:length])
        if not keys:
            continue
        depth = max(len(ancestors(k)) for k in keys)
        deepest = [k for k in keys if len(ancestors(k)) == depth]
        if len(deepest) == 1:
            return deepest[0]
        shared = set.intersection(*(set(ancestors(k)[1:]) for k in deepest))
        if shared:
            return max(shared, key=lambda k: len(ancestors(k)))
        break
    return f"hs:{code}"


def commodity(value: str, hs_code: str) -> str:
    """A taxonomy key, alias or `hs:<code>`; falls back to the HS code column."""
    text = value.strip()
    table = commodities()
    if text in table or text.startswith("hs:"):
        return text
    lowered = text.lower()
    for key, item in table.items():
        if lowered in item.aliases or lowered == item.label.lower():
            return key
    if not text and hs_code.strip():
        return commodity_for_hs(hs_code)
    raise RowError(f"unknown commodity {value!r} (a taxonomy key, alias or hs:<code>)")


def period_bounds(period: str, year: int) -> tuple[str | None, str | None]:
    """ISO first and last day of `2019`, `201903`, `2019-03` or `2019-01/2019-07`."""
    parts = [p.strip() for p in period.split("/")] if period else [str(year)]
    bounds = []
    for part in parts:
        match = _PERIOD.match(part)
        if not match:
            return None, None
        y, m = int(match[1]), match[2]
        if m is None:
            bounds.append((f"{y}-01-01", f"{y}-12-31"))
        elif 1 <= int(m) <= 12:
            last = calendar.monthrange(y, int(m))[1]
            bounds.append((f"{y}-{m}-01", f"{y}-{m}-{last:02d}"))
        else:
            return None, None
    return bounds[0][0], bounds[-1][1]


def _flag(value: str) -> bool:
    text = value.strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise RowError(f"mirror {value!r} is not true/false")


def _build(reporter: str, partner: str, flow_: str, commodity_: str, year: int, period: str,
           family: str, source: str, **fields: object) -> Statistic:
    start, end = period_bounds(period, year)
    return Statistic(
        id=Statistic.make_id(reporter, partner, flow_, commodity_, period, family, source),
        reporter=reporter, partner=partner, flow=flow_,  # type: ignore[arg-type]
        commodity=commodity_, year=year, period=period, period_start=start, period_end=end,
        source_family=family, source=source, **fields,  # type: ignore[arg-type]
    )


def _notes(*parts: str) -> str:
    return "; ".join(p.strip() for p in parts if p and p.strip())


def comtrade_row(row: Row) -> Statistic:
    """One row of a UN Comtrade export (reporter and partner kept as published).

    Family `UN Comtrade` and source comtradeplus unless the file adds `source_family` and
    `source` columns (as the example file does for figures published elsewhere).
    """
    year = _year(row.get("refyear") or (row.get("period") or "")[:4])
    reporter, r_note = country(row.get("reporteriso") or row.get("reporterdesc") or "", "reporter")
    partner, p_note = country(row.get("partneriso") or row.get("partnerdesc") or "", "partner")
    flow_ = flow(row.get("flowcode") or row.get("flowdesc") or "")
    hs = (row.get("cmdcode") or "").strip()
    weight_kg = _number(row, "netwgt")
    quantity, unit = _number(row, "qty"), (row.get("qtyunitabbr") or "").strip().lower()
    q_unit: str | None = None
    if quantity is not None and unit not in COMTRADE_NO_QTY and quantity != 0:
        q_unit, factor = COMTRADE_QTY_UNITS.get(unit, (unit, 1.0))
        quantity *= factor
    else:
        quantity = None
    value = _number(row, "primaryvalue", "cifvalue", "fobvalue")
    if value is None and not weight_kg:
        raise RowError("no primaryValue and no netWgt")
    return _build(
        reporter, partner, flow_, commodity_for_hs(hs), year,
        (row.get("period") or str(year)).strip(),
        (row.get("source_family") or "").strip() or COMTRADE_FAMILY,
        (row.get("source") or "").strip() or COMTRADE_SOURCE,
        hs_code=hs.upper() or None, value_usd=value,
        # Comtrade writes 0 for a weight it does not have (comtradeapicall issue #22).
        weight_t=weight_kg / 1000 if weight_kg else None,
        quantity=quantity, quantity_unit=q_unit,
        notes=_notes(row.get("cmddesc", ""), r_note, p_note),
    )


def generic_row(row: Row) -> Statistic:
    """One row of the generic layout (docs/formats.md)."""
    year = _year(row.get("year", ""))
    reporter, r_note = country(row.get("reporter", ""), "reporter")
    partner, p_note = country(row.get("partner", ""), "partner")
    hs = (row.get("hs_code") or "").strip()
    value, weight = _number(row, "value_usd"), _number(row, "weight_t")
    if value is None and weight is None:
        raise RowError("neither value_usd nor weight_t is given")
    return _build(
        reporter, partner, flow(row.get("flow", "")), commodity(row.get("commodity", ""), hs),
        year, (row.get("period") or str(year)).strip(), (row.get("source_family") or "").strip(),
        (row.get("source") or "").strip(), hs_code=hs or None, value_usd=value, weight_t=weight,
        notes=_notes(row.get("notes", ""), r_note, p_note), mirror=_flag(row.get("mirror", "")),
    )


def dprk_by_partner_row(row: Row) -> Statistic:
    """One row of the shared DPRK-by-partner file: reporter PRK, flows from the DPRK's side.

    Mirror data by construction (the DPRK publishes no trade statistics; every figure is
    rebuilt from partners' reports), so `mirror=True`.
    """
    year = _year(row.get("year", ""))
    partner, p_note = country(row.get("partner", ""), "partner")
    value = _number(row, "value_usd")
    if value is None:
        raise RowError("value_usd is empty")
    notes = row.get("notes") or ""
    tag = re.match(FAMILY_TAG, notes)
    family = tag["family"].strip() if tag else ""
    return _build(
        DPRK, partner, flow(row.get("flow", "")), "trade", year, str(year), family,
        (row.get("source_url_or_ref") or "").strip(), hs_code="TOTAL", value_usd=value,
        notes=_notes(p_note, notes[tag.end():] if tag else notes), mirror=True,
    )


ROW_READERS = {"comtrade": comtrade_row, "generic": generic_row,
               "dprk_by_partner": dprk_by_partner_row}


def read_statistics(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Statistic]:
    """Every row of a statistics CSV as a `Statistic`, or `IngestError` (file, line, reason)."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            raise IngestError(name, f"too large ({size} bytes > {max_bytes})")
        text = decode(Path(path).read_bytes())
    except Rejected as rejected:
        raise IngestError(name, rejected.reason) from None
    except OSError as error:
        raise IngestError(name, f"cannot read ({error.strerror or error})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise IngestError(name, f"malformed CSV ({error or 'no header'})", line=1) from None
    layout = detect_layout(header)
    if layout is None:
        raise IngestError(name, "unrecognised CSV header (expected a UN Comtrade export, the "
                          "generic layout or the DPRK-by-partner layout; see docs/formats.md)",
                          line=1)
    keys = [h.strip().lower() for h in header]
    rows: list[Statistic] = []
    line = 1
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(keys):
                raise RowError(f"expected {len(keys)} fields, found {len(fields)}")
            rows.append(ROW_READERS[layout.name](dict(zip(keys, fields, strict=True))))
    except csv.Error as error:
        raise IngestError(name, f"malformed CSV ({error})", line=reader.line_num) from None
    except RowError as error:
        raise IngestError(name, str(error), line=line) from None
    if not rows:
        raise IngestError(name, "no data rows under the header")
    return rows
