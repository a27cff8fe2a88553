"""The CSV layouts `read_statistics` understands, recognised from the header row; kept as data.

* `comtrade`: a UN Comtrade (comtradeplus) export: `refYear`/`period`, `reporterISO`,
  `partnerISO`, `flowCode`/`flowDesc`, `cmdCode`, `cmdDesc`, `primaryValue`, `netWgt` (kg),
  `qty`/`qtyUnitAbbr`; any other columns are ignored.
* `generic`: `year, reporter, partner, flow, commodity, value_usd, weight_t, source`, optional
  `period, source_family, notes, hs_code, mirror` (docs/formats.md).
* `dprk_by_partner`: the shared research file `year,partner,flow,value_usd,source_url_or_ref,
  notes`, flows from the DPRK's side, a `[FAMILY]` tag at the start of `notes`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tradetrace.knowledge.countries import WORLD


@dataclass(frozen=True)
class Layout:
    """A CSV layout: the columns that identify it and those it needs."""

    name: str
    required: tuple[frozenset[str], ...]
    """For each needed field, the header names (lower case) that can carry it; one must be there."""


LAYOUTS: tuple[Layout, ...] = (
    Layout("comtrade", (
        frozenset({"reporteriso", "reportercode", "reporterdesc"}),
        frozenset({"partneriso", "partnercode", "partnerdesc"}),
        frozenset({"refyear", "period"}),
        frozenset({"flowcode", "flowdesc"}),
        frozenset({"cmdcode"}),
        frozenset({"primaryvalue", "cifvalue", "fobvalue", "netwgt"}),
    )),
    Layout("generic", (
        frozenset({"year"}), frozenset({"reporter"}), frozenset({"partner"}), frozenset({"flow"}),
        frozenset({"commodity"}), frozenset({"value_usd", "weight_t"}),
    )),
    Layout("dprk_by_partner", (
        frozenset({"year"}), frozenset({"partner"}), frozenset({"flow"}),
        frozenset({"value_usd"}), frozenset({"source_url_or_ref"}),
    )),
)
"""Tried in order; the first whose every required field is present wins."""

FLOWS: dict[str, str] = {
    "m": "import", "import": "import", "imports": "import",
    "x": "export", "export": "export", "exports": "export",
    "total": "total", "trade": "total", "total trade": "total", "imports+exports": "total",
}
"""Flow codes and words (lower case) -> Statistic.flow. Comtrade re-imports/re-exports (RM, RX)
are refused rather than folded into imports/exports, which they would double-count."""

AREA_CODES: dict[str, str] = {
    "w00": WORLD, "0": WORLD, "world": WORLD, "wld": WORLD, "all": WORLD,
}
"""Comtrade/area codes and names (lower case) -> WLD."""

COMTRADE_QTY_UNITS: dict[str, tuple[str, float]] = {
    "kg": ("t", 0.001), "t": ("t", 1.0), "l": ("L", 1.0), "bbl": ("bbl", 1.0),
    "m³": ("m**3", 1.0), "m3": ("m**3", 1.0), "u": ("items", 1.0), "2u": ("pairs", 1.0),
}
"""Comtrade `qtyUnitAbbr` -> (canonical unit, factor); `N/A` and `-1` mean no quantity."""
COMTRADE_NO_QTY = frozenset({"", "n/a", "na", "-1", "-"})

COMTRADE_FAMILY = "UN Comtrade"
COMTRADE_SOURCE = "https://comtradeplus.un.org/"
"""Source given to Comtrade rows when the file has no `source` column of its own."""

DPRK = "PRK"
"""Reporter of the dprk_by_partner layout: its flows are written from the DPRK's side."""
FAMILY_TAG = r"^\s*\[(?P<family>[^\]]{1,40})\]\s*"
"""The `[KOTRA]`-style source-family tag at the start of a notes field."""

TRUE_WORDS = frozenset({"1", "true", "yes", "y", "t"})
FALSE_WORDS = frozenset({"", "0", "false", "no", "n", "f"})


def detect_layout(header: list[str]) -> Layout | None:
    """The layout of a CSV file from its header row, or None."""
    columns = {name.strip().lower() for name in header}
    for layout in LAYOUTS:
        if all(columns & names for names in layout.required):
            return layout
    return None
