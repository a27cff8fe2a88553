"""Session 54, the parties of a claim: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _one(text: str, surface: str) -> Claim:
    return next(c for c in _all(text) if c.surface == surface)


def test_a_name_before_goods_with_no_key_is_their_origin() -> None:
    claim = _one("Vietnam could buy 2 million bales of US cotton in 2024-25, traders say.",
                 "2 million bales")
    assert (claim.exporter, claim.importer) == ("USA", "VNM")


def test_a_name_before_other_words_is_no_origin() -> None:
    claim = _one("Vietnam bought 2 million bales of cotton, the envoy of US farmers said.",
                 "2 million bales")
    assert claim.exporter is None


def test_a_name_after_another_countrys_possessive_is_the_goods_origin() -> None:
    claim = _one("Japan's U.S. corn imports jump 12.5% in 2021", "12.5%")
    assert (claim.exporter, claim.importer) == ("USA", "JPN")


def test_a_name_after_a_possessive_before_exports_is_no_origin() -> None:
    claim = _one("Japan's China corn exports rose 12.5% in 2021.", "12.5%")
    assert claim.exporter != "CHN"
