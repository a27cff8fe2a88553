"""Deterministic ids: a readable prefix and a hash of the parts that make a record unique."""

from __future__ import annotations

import hashlib


def make_id(prefix: str, *parts: object) -> str:
    """`make_id("doc", text)` -> `doc-1a2b3c4d5e6f7a8b`; the same parts always give the same id."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return f"{prefix}-{digest.hexdigest()[:16]}"
