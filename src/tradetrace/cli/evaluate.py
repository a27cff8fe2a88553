"""`tradetrace eval`: score the extractor against a gold set (P/R/F1 and per-field accuracy)."""

from __future__ import annotations

import json

import click

from tradetrace.extract.evaluation import evaluate as run_evaluation
from tradetrace.extract.evaluation import load_gold


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table",
              show_default=True, help="Output format.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list every missed, spurious or wrongly-labelled item.")
def evaluate(gold: str, fmt: str, show_errors: bool) -> None:
    """Score quantity and claim extraction on GOLD.jsonl (e.g. tests/gold/claims.jsonl)."""
    try:
        report = run_evaluation(load_gold(gold))
    except ImportError as exc:
        raise click.ClickException(f"extractor not available: {exc}") from exc
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        data = report.as_dict()
        if not show_errors:
            data.pop("errors")
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(report.render_table(errors=show_errors), nl=False)
