"""`tradetrace claims` and `tradetrace documents`: list with filters in any output format."""

from __future__ import annotations

import click

from tradetrace.cli.options import db_option, format_option
from tradetrace.cli.output import write_records
from tradetrace.store import ClaimFilter, DocumentFilter, Store

CLAIM_COLUMNS = ["id", "surface", "kind", "direction", "commodity", "exporter", "importer",
                 "period_start", "period_end", "modality", "value", "unit"]
DOCUMENT_COLUMNS = ["id", "published", "outlet", "title", "source"]


def _code(value: str | None) -> str | None:
    """Accept a country name or alias as well as an alpha-3 code."""
    if not value:
        return None
    from tradetrace.knowledge.countries import country_code

    code = country_code(value)
    if code is None:
        raise click.BadParameter(f"unknown country {value!r}")
    return code


@click.command("claims")
@db_option
@format_option()
@click.option("--country", help="Either side of the flow (name or ISO code).")
@click.option("--partner", help="The other side, with --country.")
@click.option("--exporter")
@click.option("--importer")
@click.option("--commodity", help="Taxonomy key; includes narrower commodities.")
@click.option("--year", type=int)
@click.option("--kind", type=click.Choice(["level", "change", "share", "cap"]))
@click.option("--modality", type=click.Choice(["reported", "planned", "estimated", "forecast"]))
@click.option("--outlet")
@click.option("--limit", type=int)
def claims(db_path: str, fmt: str, country: str | None, partner: str | None,
           exporter: str | None, importer: str | None, commodity: str | None, year: int | None,
           kind: str | None, modality: str | None, outlet: str | None, limit: int | None) -> None:
    """List stored claims."""
    where = ClaimFilter(country=_code(country), partner=_code(partner), exporter=_code(exporter),
                        importer=_code(importer), commodity=commodity, year=year, kind=kind,
                        modality=modality, outlet=outlet)
    with Store.open(db_path) as store:
        write_records(store.claims(where, limit=limit), fmt,
                      columns=CLAIM_COLUMNS if fmt == "table" else None, title="claims")


@click.command("documents")
@db_option
@format_option()
@click.option("--country", help="Documents with a claim on this country.")
@click.option("--commodity")
@click.option("--year", type=int)
@click.option("--kind", type=click.Choice(["level", "change", "share", "cap"]))
@click.option("--outlet")
@click.option("--limit", type=int)
@click.option("--text/--no-text", default=False, help="Include the clean text (json/jsonl/csv).")
def documents(db_path: str, fmt: str, country: str | None, commodity: str | None,
              year: int | None, kind: str | None, outlet: str | None, limit: int | None,
              text: bool) -> None:
    """List stored documents."""
    where = DocumentFilter(outlet=outlet, country=_code(country), commodity=commodity, year=year,
                           kind=kind)
    with Store.open(db_path) as store:
        docs = store.documents(where, limit=limit)
        rows = [{k: v for k, v in _doc_row(d).items() if text or k != "text"} for d in docs]
        write_records(rows, fmt, columns=DOCUMENT_COLUMNS if fmt == "table" else None,
                      title="documents")


def _doc_row(doc: object) -> dict[str, object]:
    from tradetrace.cli.output import as_dict

    row = as_dict(doc)
    row.pop("raw", None)
    return row
