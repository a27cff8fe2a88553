"""Plain text, JSONL and stdin: site profiles, title/date rules, decoding, document fields."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from tradetrace.ingest import IngestError, load_documents
from tradetrace.ingest.text import lede_title, read_article, unwrap
from tradetrace.model import Document
from tradetrace.model.document import document_id

BODY = ("SEOUL, March 2, 2024 (Yonhap) -- Russia shipped 5,000 tons of fertilizer to "
        "North Korea, officials said.\n\nThe cargo   arrived by rail\nthrough Tumangang.")


def _docs(*locations: str) -> list[Document | IngestError]:
    return list(load_documents(locations))


def test_generic_title_byline_date_lines_are_header_and_body_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Fertilizer train reaches Rason\nBy Kim Min-ji\nPublished: March 3, 2024\n\n"
                    + BODY + "\n\n\n\nThe post Fertilizer train appeared first on Some Site.\n")
    [doc] = _docs(str(path))
    assert isinstance(doc, Document)
    assert doc.title == "Fertilizer train reaches Rason"
    assert doc.published == date(2024, 3, 3)
    assert doc.text == BODY  # characters, spacing and line breaks as in the source


def test_dateline_gives_the_date_when_no_date_line() -> None:
    article = read_article(BODY)
    assert article.published == date(2024, 3, 2)
    assert article.title is None and article.text == BODY


def test_first_line_with_final_period_is_body_not_title() -> None:
    text = "Russia sent 300 tons of flour.\n\nIt arrived in March."
    article = read_article(text)
    assert article.title is None and article.text == text


def test_source_line_names_the_outlet() -> None:
    article = read_article("Grain news\nSource: Example Grain Weekly\n\nChina sent rice.")
    assert (article.title, article.outlet, article.text) == (
        "Grain news", "Example Grain Weekly", "China sent rice.")


def test_lede_title_is_cut_at_a_word_boundary_without_trailing_punctuation() -> None:
    body = ("Officials in Pyongyang and Moscow, meeting in the port city of Rason on Tuesday, "
            "agreed to expand rail freight, add ferry routes, and double fuel deliveries. More.")
    title = lede_title(body)
    assert title is not None and len(title) <= 120 and body.startswith(title)
    assert title[-1].isalnum() and not body[len(title)].isalnum()
    assert lede_title("N. Korea and the U.S. met in Feb. 2019. Then more.") == (
        "N. Korea and the U.S. met in Feb. 2019")


@pytest.mark.parametrize(("raw", "expected"), [
    (b"\xef\xbb\xbfKim\xe2\x80\x99s trip to Khasan.", "Kim’s trip to Khasan."),
    (b"He said \x93trade is up\x94 by 5 percent in 2023 overall.", "He said “trade is up” by 5 "
     "percent in 2023 overall."),
    (b"The caf\xe9 in Vladivostok sold 300 kilograms of coffee last year.",
     "The café in Vladivostok sold 300 kilograms of coffee last year."),
])
def test_utf8_bom_cp1252_and_latin1_are_decoded(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(raw)
    [doc] = _docs(str(path))
    assert isinstance(doc, Document) and doc.text == expected


def test_every_document_carries_id_source_raw_hash_and_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(BODY)
    [doc] = _docs(str(path))
    assert isinstance(doc, Document)
    assert doc.id == document_id(doc.text)
    assert doc.source == str(path) and doc.content_type == "text/plain"
    assert doc.raw == path.read_bytes()
    assert doc.raw_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.fingerprint is not None and -(2**63) <= doc.fingerprint < 2**63
    assert doc.fetched_at is not None
    assert datetime.fromisoformat(doc.fetched_at).utcoffset() is not None


def test_folder_is_walked_recursively_sorted_skipping_hidden_and_non_documents(
    tmp_path: Path,
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story about 20 tons of rice.")
    (tmp_path / "1.txt").write_text("First story about 10 tons of rice.")
    (tmp_path / ".secret.txt").write_text("Hidden story.")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden folder story.")
    (tmp_path / "SOURCES.md").write_text("notes, 1,000 tons")
    (tmp_path / "stats.csv").write_text("year,partner\n2020,China\n")
    docs = _docs(str(tmp_path))
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["1.txt", "b/2.txt"]


def test_jsonl_keeps_given_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "d1", "text": "China sent 1,200 tonnes of rice.", "published": None}),
        "{not json",
        json.dumps({"text": "Russia sent 5 tons of flour.", "published": "2024-03-01",
                    "title": "Flour", "outlet": "Example Wire", "url": "https://x.example/1"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    first, bad, third = _docs(str(path))
    assert isinstance(first, Document) and first.id == "d1" and first.published is None
    assert first.source == f"{path}#d1"
    assert isinstance(bad, IngestError) and bad.line == 2 and str(path) in str(bad)
    assert isinstance(third, Document)
    assert (third.title, third.outlet, third.published) == ("Flour", "Example Wire",
                                                            date(2024, 3, 1))
    assert third.id == document_id(third.text)


def test_stdin_is_read_for_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Russia shipped 5,000 tons of fertilizer.\n"))
    monkeypatch.setattr(sys, "stdin", fake)
    [doc] = _docs("-")
    assert isinstance(doc, Document)
    assert doc.text == "Russia shipped 5,000 tons of fertilizer." and doc.source == "<stdin>"


WRAPPED = (
    "Russia shipped about 120,000 barrels of diesel and gasoline to\n"
    "North Korea in March, according to satellite imagery reviewed by\n"
    "NK News, after U.S. officials said more than 165,000 barrels had\n"
    "arrived in February.\n"
    "China supplied another 10,000 tons of rice over the same period,\n"
    "customs data showed.")


def test_a_hard_wrapped_paragraph_is_read_as_one() -> None:
    body = unwrap(WRAPPED)
    assert len(body) == len(WRAPPED)  # a newline became a space: offsets do not move
    assert body.split("\n") == [
        "Russia shipped about 120,000 barrels of diesel and gasoline to North Korea in March, "
        "according to satellite imagery reviewed by NK News, after U.S. officials said more "
        "than 165,000 barrels had arrived in February.",
        "China supplied another 10,000 tons of rice over the same period, customs data showed."]


def test_a_headline_over_wrapped_text_stays_apart() -> None:
    text = "Russian fuel floods into North Korea as cap is left behind\n" + WRAPPED
    assert unwrap(text).split("\n")[0] == (
        "Russian fuel floods into North Korea as cap is left behind")


@pytest.mark.parametrize("text", [
    "Russia 108.5 mt (+1%)\nSaudi Arabia 78.6 mt (-8.6%)\nIraq 55.9 mt (-6%)",
    "Headline alone\nOne short line.\nAnother.",
    "A hyphen-\nated word at the end of a line of text that is long enough\nto look wrapped "
    "and then some more words here.\nEnd.",
])
def test_lines_that_are_not_a_wrap_are_kept(text: str) -> None:
    assert unwrap(text).split("\n")[0] == text.split("\n")[0]


def test_read_article_unwraps_its_body() -> None:
    article = read_article(WRAPPED)
    assert "to North Korea in March" in article.text
