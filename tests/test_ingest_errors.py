"""Every kind of bad input gives one IngestError naming it and why; the rest still go in."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest_helpers import closed_port, serve
from tradetrace.ingest import IngestError, IngestOptions, load_documents, read_statistics
from tradetrace.model import Document

GOOD_TEXT = "Russia shipped 5,000 tons of fertilizer to North Korea in March 2024."


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT)
    return path


def _check(bad: str, good: Path, *words: str, options: IngestOptions | None = None) -> None:
    """`bad` gives exactly one error naming it and containing `words`; `good` still comes out."""
    items = list(load_documents([bad, str(good)], options))
    errors = [i for i in items if isinstance(i, IngestError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(errors) == 1, items
    message = str(errors[0])
    assert message.startswith(f"{bad}: ") and "\n" not in message
    for word in words:
        assert word in message.lower(), message
    assert [d.text for d in docs] == [GOOD_TEXT]


def test_binary_file(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _check(str(path), good, "binary", "png")
    nul = tmp_path / "bad.bin"
    nul.write_bytes(b"abc\x00def")
    _check(str(nul), good, "binary file (nul bytes)")


def test_empty_and_whitespace_only(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _check(str(empty), good, "empty")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n")
    _check(str(blank), good, "empty", "whitespace")


def test_undecodable_bytes(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "mojibake.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4 + b"abc")
    _check(str(path), good, "undecodable")


def test_malformed_html(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><div><script>var a=1;</script>"
                    "</div></body></html>")
    _check(str(path), good, "malformed html", "no extractable text")


def test_malformed_feed(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                    "<title>unclosed")
    _check(str(path), good, "malformed feed")


def test_huge_input_over_the_limit(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Coal. " * 100)
    _check(str(path), good, "too large", "600 bytes > 200", options=IngestOptions(max_bytes=200))


def test_missing_file(tmp_path: Path, good: Path) -> None:
    _check(str(tmp_path / "nope.txt"), good, "no such file")


def test_csv_given_as_a_news_document(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "stats.csv"
    path.write_text("year,partner,flow\n2020,China,import\n")
    _check(str(path), good, "csv")


def test_unreachable_url(good: Path) -> None:
    _check(f"http://127.0.0.1:{closed_port()}/story", good, "unreachable",
           options=IngestOptions(timeout=5))


def test_http_404(good: Path) -> None:
    with serve({}) as base:
        _check(f"{base}/missing", good, "http 404")


def test_malformed_csv_names_file_and_line(tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(IngestError) as caught:
        read_statistics(unknown)
    assert str(caught.value).startswith(f"{unknown}:1: unrecognised CSV header")
    ragged = tmp_path / "ragged.csv"
    ragged.write_text('year,partner,flow,value_usd,source_url_or_ref,notes\n2020,China,import,'
                      '5,ref,"[GACC] ok"\n2021,China,"import\n')
    with pytest.raises(IngestError) as caught:
        read_statistics(ragged)
    assert str(ragged) in str(caught.value) and caught.value.line is not None
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(IngestError, match="binary"):
        read_statistics(binary)


def test_one_call_with_many_bad_inputs_yields_every_good_document(tmp_path: Path,
                                                                   good: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("China sent 20 tons of rice to North Korea.")
    (tmp_path / "sub" / "b.txt").write_bytes(b"\x00\x01\x02")
    items = list(load_documents([str(tmp_path / "sub"), f"http://127.0.0.1:{closed_port()}/",
                                 str(good)], IngestOptions(timeout=5)))
    assert [type(i).__name__ for i in items] == ["Document", "IngestError", "IngestError",
                                                 "Document"]
