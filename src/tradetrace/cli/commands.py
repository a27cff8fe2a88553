"""The list of commands the `tradetrace` group offers, one module per stage."""

from __future__ import annotations

import click

ALL: list[click.Command] = []

from tradetrace.cli.ingest import import_stats, ingest  # noqa: E402

ALL += [ingest, import_stats]

from tradetrace.cli.extract import extract  # noqa: E402

ALL.append(extract)

from tradetrace.cli.listing import claims, documents  # noqa: E402

ALL += [claims, documents]

from tradetrace.cli.check import check  # noqa: E402

ALL.append(check)

from tradetrace.cli.run import run  # noqa: E402

ALL.append(run)

from tradetrace.cli.evaluate import evaluate  # noqa: E402

ALL.append(evaluate)

from tradetrace.cli.quantities import quantities  # noqa: E402

ALL.append(quantities)

from tradetrace.cli.report import report  # noqa: E402

ALL.append(report)

from tradetrace.cli.serve import serve  # noqa: E402

ALL.append(serve)
