"""SimHash fingerprints of clean text, for near-duplicate detection by the store.

Two copies of one wire story that differ only in typography (curly vs straight quotes, dashes,
case, spacing) or in a few words get the same or a close fingerprint; different stories land
about 32 bits apart. The fingerprint is a signed 64-bit integer so SQLite can store it as-is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

SHINGLE = 3
"""Words per feature: word triples keep word order without making one edit change many features."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_BITS = 64


def _tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return [word.replace("'", "") for word in _WORD.findall(folded)]


def _features(text: str) -> list[str]:
    words = _tokens(text)
    if len(words) < SHINGLE:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def _hash64(feature: str) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")


def to_signed64(value: int) -> int:
    """An unsigned 64-bit value as the signed int64 with the same bits."""
    value &= (1 << _BITS) - 1
    return value - (1 << _BITS) if value >= 1 << (_BITS - 1) else value


def simhash(text: str) -> int:
    """64-bit SimHash of `text` over word-triple features, as a signed int64 (0 for no words)."""
    weights = [0] * _BITS
    for feature in _features(text):
        bits = _hash64(feature)
        for i in range(_BITS):
            weights[i] += 1 if bits >> i & 1 else -1
    value = sum(1 << i for i, weight in enumerate(weights) if weight > 0)
    return to_signed64(value)


def distance(a: int, b: int) -> int:
    """Number of differing bits between two fingerprints (signed or unsigned)."""
    return bin((a ^ b) & ((1 << _BITS) - 1)).count("1")


def near_duplicate(a: int, b: int, max_bits: int = 3) -> bool:
    """True when two fingerprints differ in at most `max_bits` bits."""
    return distance(a, b) <= max_bits
