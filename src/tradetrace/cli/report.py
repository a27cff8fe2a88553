"""`tradetrace report`: write the self-contained HTML report, its JSON twin and PNG charts."""

from __future__ import annotations

import click

from tradetrace.analyse import DEFAULT_FLOWS, Flow
from tradetrace.cli.options import db_option
from tradetrace.report import ReportOptions, write_report
from tradetrace.store import Store


def _flows(values: tuple[str, ...]) -> tuple[Flow, ...]:
    try:
        return tuple(Flow.parse(v) for v in values) or DEFAULT_FLOWS
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--flow") from err


@click.command("report")
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default="report.html",
              show_default=True, help="HTML file to write; the JSON twin goes beside it.")
@click.option("--png", "png_dir", type=click.Path(file_okay=False), default=None,
              help="Also write every chart as PNG into this folder.")
@click.option("--flow", "flows", multiple=True, metavar="EXP:IMP:COMMODITY",
              help="Flow to draw, e.g. RUS:PRK:oil (repeatable). Default: Russia and China "
                   "-> DPRK for oil, food and fertilizer.")
@click.option("--country", default="PRK", show_default=True,
              help="Country whose partner shares are shown.")
@click.option("--source-family", default=None,
              help="Statistics family for shares (default: KOTRA when present).")
@click.option("--max-claims", type=int, default=1000, show_default=True,
              help="Rows of the claims table.")
def report(db_path: str, out_path: str, png_dir: str | None, flows: tuple[str, ...],
           country: str, source_family: str | None, max_claims: int) -> None:
    """Write an offline HTML report with charts, findings and evidence."""
    options = ReportOptions(flows=_flows(flows), country=country.upper(),
                            source_family=source_family, max_claims=max_claims, png_dir=png_dir)
    with Store.open(db_path) as store:
        result = write_report(store, out_path, options)
    click.echo(f"wrote {result.html_path} and {result.json_path}: {result.charts} charts, "
               f"{result.claims} claims, {result.findings} findings")
    for path in result.png_paths:
        click.echo(f"wrote {path}")
