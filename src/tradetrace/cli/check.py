"""`tradetrace check`: run the verification rules over the store, store and print findings."""

from __future__ import annotations

import click

from tradetrace import pipeline
from tradetrace.cli.options import db_option, format_option
from tradetrace.cli.output import write_records
from tradetrace.store import Store

COLUMNS = ["severity", "type", "explanation", "claim_ids"]


@click.command("check")
@db_option
@format_option()
def check(db_path: str, fmt: str) -> None:
    """Check caps, bans, arithmetic and corroboration; findings are stored and printed."""
    with Store.open(db_path) as store:
        findings = pipeline.check(store)
        rows = []
        for finding in findings:
            row = {
                "id": finding.id, "type": finding.type, "severity": finding.severity,
                "explanation": finding.explanation, "claim_ids": list(finding.claim_ids),
                "statistic_ids": list(finding.statistic_ids), "details": dict(finding.details),
                "evidence": list(dict.fromkeys(
                    c.sentence for c in map(store.claim, finding.claim_ids) if c)),
            }
            rows.append(row)
    write_records(rows, fmt, columns=COLUMNS if fmt == "table" else None, title="findings")
