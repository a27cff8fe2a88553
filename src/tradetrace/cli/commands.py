"""The list of commands the `tradetrace` group offers, one module per stage."""

from __future__ import annotations

import click

ALL: list[click.Command] = []

from tradetrace.cli.evaluate import evaluate  # noqa: E402

ALL.append(evaluate)

from tradetrace.cli.quantities import quantities  # noqa: E402

ALL.append(quantities)

from tradetrace.cli.report import report  # noqa: E402

ALL.append(report)

from tradetrace.cli.serve import serve  # noqa: E402

ALL.append(serve)
