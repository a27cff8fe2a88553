"""`..., respectively` lists whose items include a trading bloc (`the EU`), a side with no
country code that still takes its own figure."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 4, 2)


def test_a_bloc_in_a_respectively_list_keeps_the_figures_in_step() -> None:
    claims = extracted("Brazil imported 4.1 million tonnes of potash in 2023. Canada, Russia and "
                       "the European Union supplied 41%, 33% and 6% of it, respectively.", WHEN)
    assert [(claims[f].exporter, claims[f].importer) for f in ("41%", "33%", "6%")] == [
        ("CAN", "BRA"), ("RUS", "BRA"), (None, "BRA")]


def test_a_listed_country_split_off_by_a_comma_is_read_with_its_list() -> None:
    claims = extracted("Vietnam imported 2.4 million tonnes of cotton in 2023. Brazil supplied "
                       "38 percent, while Australia, India and Benin provided 21 percent, 9 "
                       "percent and 4 percent, respectively.", WHEN)
    assert [claims[f].exporter for f in ("21 percent", "9 percent", "4 percent")] == [
        "AUS", "IND", "BEN"]
    assert {claims[f].importer for f in ("21 percent", "9 percent", "4 percent")} == {"VNM"}
