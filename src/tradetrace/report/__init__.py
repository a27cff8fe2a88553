"""report stage: one self-contained HTML report (charts and data inline), its JSON twin and PNGs.

`write_report(store, out_path, ReportOptions(...))` gathers partner shares, flow series, cap
usage, key events, findings and claims from the store (`content`), draws them as Vega-Lite specs
(`charts`) and writes the files (`writer`). `highlight` marks quantities in evidence text.
"""

from tradetrace.report.content import ReportOptions, gather
from tradetrace.report.writer import ReportResult, write_report

__all__ = ["ReportOptions", "ReportResult", "gather", "write_report"]
