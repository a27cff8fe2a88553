"""Settings for reading inputs: size limit, URL timeout and the user agent sent to servers."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    """How `load_documents` reads its inputs."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Inputs larger than this are refused with `too large (N bytes > limit)`."""
    timeout: float = 20.0
    """Seconds to wait for a URL (connect and each read)."""
    user_agent: str = "tradetrace/0.1 (+https://github.com/tradetrace; research crawler)"
    """User-Agent header sent with URL requests."""
