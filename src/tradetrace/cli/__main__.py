"""`python -m tradetrace.cli`."""

from tradetrace.cli.main import cli

cli()
