"""The `tradetrace` command: a thin shell; every command calls one library function."""

from __future__ import annotations

import click

from tradetrace import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tradetrace")
def cli() -> None:
    """Turn trade news and statistics into evidence-linked, verified data."""


def _register() -> None:
    # One import per stage module; each module defines its click command(s).
    from tradetrace.cli import commands

    for command in commands.ALL:
        cli.add_command(command)


_register()
