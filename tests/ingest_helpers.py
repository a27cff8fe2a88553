"""Helpers for the ingest tests: where seeds and examples live, and a local HTTP server."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"
NEWS = EXAMPLES / "news"
DIGEST_SEED = "000_0eb52e1658e7c32f.txt"
DONGA_SEED = "003_85c78291d2d16ae0.txt"

Route = tuple[int, str, bytes]
"""(status, content type, body) served for a path."""


def seed(name: str) -> Path:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"seed article {name} not present at {SEEDS} (not part of the repository)")
    return path


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 in a thread; yields the base URL (unknown paths: 404)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            status, media_type, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
