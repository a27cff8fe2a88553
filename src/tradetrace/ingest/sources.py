"""Locations -> raw bytes: files, folders (recursive), http(s) URLs and `-` for stdin.

Every read stops at `IngestOptions.max_bytes`. Failures raise `Rejected` with a short reason
(`no such file or folder`, `HTTP 404 Not Found`, `unreachable (...)`, `timed out after 20 s`,
`too large (N bytes > limit)`); the loader turns them into `IngestError`s naming the input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from tradetrace.ingest.options import IngestOptions
from tradetrace.ingest.sniff import Rejected

STDIN = "-"
STDIN_SOURCE = "<stdin>"
"""How stdin is named in documents and errors."""

DOCUMENT_SUFFIXES = frozenset({
    ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson", "",
})
"""File name endings picked up when walking a folder (named files are read whatever their name);
so a folder walk skips statistics CSVs, README/SOURCES notes and the like."""
URL_SCHEMES = ("http://", "https://")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input and what the transport said about them."""

    source: str
    """The input as named: path, URL or `<stdin>`."""
    raw: bytes
    media_type: str = ""
    """Content-Type sent by the server, without parameters ("" for files)."""
    url: str | None = None
    """Final URL after redirects, for URL inputs."""


def is_url(location: str) -> bool:
    return location.lower().startswith(URL_SCHEMES)


def _too_large(size: int, limit: int) -> Rejected:
    return Rejected(f"too large ({size} bytes > {limit})")


def walk_folder(folder: Path) -> list[Path]:
    """Document files under `folder`, recursively, sorted, skipping hidden files and folders."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            found.append(path)
    return sorted(found)


def expand(location: str) -> Iterator[str]:
    """A location, or the files of a folder; a folder with no documents is yielded as is."""
    path = Path(location)
    if location != STDIN and not is_url(location) and path.is_dir():
        files = walk_folder(path)
        if files:
            yield from (str(f) for f in files)
            return
    yield location


def read_file(path: Path, options: IngestOptions) -> RawInput:
    if path.is_dir():
        raise Rejected("folder contains no text, HTML, feed or JSONL files")
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise _too_large(size, options.max_bytes)
        with path.open("rb") as handle:
            raw = handle.read(options.max_bytes + 1)
    except FileNotFoundError:
        raise Rejected("no such file or folder") from None
    except OSError as error:
        raise Rejected(f"cannot read ({error.strerror or error})") from None
    if len(raw) > options.max_bytes:
        raise _too_large(len(raw), options.max_bytes)
    return RawInput(str(path), raw)


def read_stdin(options: IngestOptions) -> RawInput:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        raw = stream.read(options.max_bytes + 1)
    else:
        raw = sys.stdin.read(options.max_bytes + 1).encode("utf-8")
    if len(raw) > options.max_bytes:
        raise Rejected(f"too large (more than {options.max_bytes} bytes > {options.max_bytes})")
    return RawInput(STDIN_SOURCE, raw)


def fetch(url: str, options: IngestOptions) -> RawInput:
    """GET a URL (following redirects) within the size limit and timeout."""
    headers = {"User-Agent": options.user_agent}
    try:
        client = httpx.Client(timeout=options.timeout, follow_redirects=True, headers=headers)
        with client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise Rejected(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = int(response.headers.get("content-length") or 0)
            if declared > options.max_bytes:
                raise _too_large(declared, options.max_bytes)
            chunks, total = [], 0
            for chunk in response.iter_bytes(_CHUNK):
                total += len(chunk)
                if total > options.max_bytes:
                    raise _too_large(total, options.max_bytes)
                chunks.append(chunk)
            media_type = response.headers.get("content-type", "").split(";")[0].strip()
            return RawInput(url, b"".join(chunks), media_type.lower(), str(response.url))
    except httpx.TimeoutException:
        raise Rejected(f"timed out after {options.timeout:g} s") from None
    except (httpx.ConnectError, httpx.NetworkError) as error:
        raise Rejected(f"unreachable ({error or type(error).__name__})") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise Rejected(f"fetch failed ({type(error).__name__}: {error})") from None


def read_location(location: str, options: IngestOptions) -> RawInput:
    """The raw bytes of one (already expanded) location."""
    if location == STDIN:
        return read_stdin(options)
    if is_url(location):
        return fetch(location, options)
    return read_file(Path(location), options)
