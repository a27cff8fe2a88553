"""Session 52, whose flow a figure is (exporter and importer): each test pins one rule of the
session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_later_figures_go_on_with_the_flow_turned_the_other_way() -> None:
    found = _claims("Kenya sold goods worth $80 million to Uganda in March, the statistics office "
                    "said. Goods moving the other way climbed to $42 million, against $35 million "
                    "a year earlier.")
    for surface in ("$42 million", "$35 million"):
        assert (found[surface].exporter, found[surface].importer) == ("UGA", "KEN"), surface
    assert (found["$80 million"].exporter, found["$80 million"].importer) == ("KEN", "UGA")


def test_a_row_after_the_turned_flow_goes_on_with_it() -> None:
    found = _claims("Kenya sold goods worth $80 million to Uganda in March, the statistics office "
                    "said. Tea led the flow the other way at $9 million, ahead of sugar at $4 "
                    "million.")
    for surface in ("$9 million", "$4 million"):
        assert (found[surface].exporter, found[surface].importer) == ("UGA", "KEN"), surface


def test_purchases_opening_a_sentence_are_the_countrys_imports() -> None:
    found = _claims("Zambia's copper exports rose 12% to $8 billion in 2023, the central bank "
                    "said. Diesel purchases reached $900 million over the year.")
    assert (found["$900 million"].exporter, found["$900 million"].importer) == (None, "ZMB")


def test_sales_opening_a_sentence_are_the_countrys_exports() -> None:
    found = _claims("Kenya's imports rose 8% to $2 billion in May, the statistics office said. "
                    "Tea sales climbed to $120 million.")
    assert (found["$120 million"].exporter, found["$120 million"].importer) == ("KEN", None)


def test_sales_that_brought_in_money_stay_exports() -> None:
    found = _claims("Ghana's imports rose 8% to $2 billion in May, the statistics office said. "
                    "Sales of cocoa abroad brought in $300 million.")
    assert (found["$300 million"].exporter, found["$300 million"].importer) == ("GHA", None)


def test_goods_earnings_in_a_headline_are_the_home_countrys_exports() -> None:
    found = _claims("Sisal earnings up 12% in first half\nTanzania earned $30 million from sisal "
                    "sold abroad in January-June, the sisal board said on Monday.")
    assert (found["12%"].exporter, found["12%"].importer) == ("TZA", None)
