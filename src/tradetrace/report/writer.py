"""`write_report`: one self-contained HTML file, its JSON twin and (optionally) PNG charts.

The HTML inlines everything it needs: the Vega, Vega-Lite and vega-embed bundle (vendored in
`web/static/vega.js`, made by vl-convert-python's `javascript_bundle`), the chart specs with
their data, the CSS. It opens offline. The JSON twin (`<name>.json` next to it) holds the same
dict the template renders. PNGs are rendered offline by vl-convert.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from tradetrace.report.content import ReportOptions, gather
from tradetrace.report.highlight import Span, mark
from tradetrace.store import Store


@dataclass(frozen=True)
class ReportResult:
    """What `write_report` wrote."""

    html_path: Path
    json_path: Path
    png_paths: tuple[Path, ...]
    charts: int
    claims: int
    findings: int


def vega_bundle() -> str:
    """The vendored Vega/Vega-Lite/vega-embed bundle (offline)."""
    # Through the top package: `resources.files("tradetrace.web")` would import the web app.
    return resources.files("tradetrace").joinpath("web/static/vega.js").read_text("utf-8")


def inline_script(code: str) -> Markup:
    """Code safe to place between <script> tags (no early `</script>`)."""
    return Markup(re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE))


def json_for_script(data: Any) -> Markup:
    """JSON safe inside <script type="application/json"> (`<` written as \\u003c)."""
    return Markup(json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"))


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("tradetrace.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["marked"] = lambda row: mark(
        row["sentence"], Span(row["mark_start"], row["mark_end"])
        if row.get("mark_start") is not None else None)
    env.filters["pct"] = lambda v: "" if v is None else f"{v:.1%}"
    env.filters["num"] = lambda v: "" if v is None else f"{v:,.0f}" if abs(v) >= 100 else f"{v:g}"
    return env


def chart_filename(name: str) -> str:
    """`flow:RUS:PRK:oil` -> `flow-RUS-PRK-oil.png`."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") + ".png"


def write_pngs(specs: dict[str, Any], directory: str | Path) -> list[Path]:
    """Each chart as a PNG file (rendered offline by vl-convert)."""
    import vl_convert

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, spec in specs.items():
        path = out / chart_filename(name)
        path.write_bytes(vl_convert.vegalite_to_png(spec, scale=1))
        paths.append(path)
    return paths


def render_html(data: dict[str, Any]) -> str:
    """The report page for gathered data."""
    css = resources.files("tradetrace.report").joinpath("templates/report.css").read_text("utf-8")
    template = _environment().get_template("report.html")
    return template.render(data=data, css=Markup(css), vega_js=inline_script(vega_bundle()),
                           charts_json=json_for_script(data["charts"]))


def write_report(store: Store, out_path: str | Path, options: ReportOptions | None = None
                 ) -> ReportResult:
    """Write the HTML report at `out_path`, its JSON twin beside it, and PNGs if asked."""
    options = options or ReportOptions()
    data = gather(store, options)
    html_path = Path(out_path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_html(data), encoding="utf-8")
    json_path = html_path.with_suffix(".json")
    json_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pngs = write_pngs(data["charts"], options.png_dir) if options.png_dir else []
    return ReportResult(html_path, json_path, tuple(pngs), len(data["charts"]),
                        len(data["claims"]["rows"]), len(data["findings"]["rows"]))
