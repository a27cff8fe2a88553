"""`..., respectively` lists whose items include a trading bloc (`the EU`), a side with no
country code that still takes its own figure."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(
        text, published=date(2024, 4, 2)))}


def test_a_bloc_in_a_respectively_list_keeps_the_figures_in_step() -> None:
    claims = _claims("Brazil imported 4.1 million tonnes of potash in 2023. Canada, Russia and "
                     "the European Union supplied 41%, 33% and 6% of it, respectively.")
    assert [(claims[f].exporter, claims[f].importer) for f in ("41%", "33%", "6%")] == [
        ("CAN", "BRA"), ("RUS", "BRA"), (None, "BRA")]


def test_a_listed_country_split_off_by_a_comma_is_read_with_its_list() -> None:
    claims = _claims("Vietnam imported 2.4 million tonnes of cotton in 2023. Brazil supplied "
                     "38 percent, while Australia, India and Benin provided 21 percent, 9 "
                     "percent and 4 percent, respectively.")
    assert [claims[f].exporter for f in ("21 percent", "9 percent", "4 percent")] == [
        "AUS", "IND", "BEN"]
    assert {claims[f].importer for f in ("21 percent", "9 percent", "4 percent")} == {"VNM"}
