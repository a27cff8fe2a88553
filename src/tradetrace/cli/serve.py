"""`tradetrace serve`: run the dashboard over a database with uvicorn."""

from __future__ import annotations

import click

from tradetrace.cli.options import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
def serve(db_path: str, host: str, port: int) -> None:
    """Serve the dashboard (every page also as JSON: add .json to its URL)."""
    import uvicorn

    from tradetrace.web import create_app

    click.echo(f"tradetrace dashboard on http://{host}:{port}/ over {db_path}")
    uvicorn.run(create_app(db_path), host=host, port=port, log_level="warning")
