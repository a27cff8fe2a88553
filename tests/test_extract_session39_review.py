"""Limits a read-only review set on the thirty-ninth session's rules. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities


@pytest.mark.parametrize(("text", "surface"), [
    ("The EU approved sanctions on imports of Russian steel worth 2 billion euros a year.",
     "2 billion euros a year"),
    ("Parliament approved a ban on exports of rice, which totalled 2 million tonnes last year.",
     "2 million tonnes"),
    ("Authorities cleared the backlog of 40,000 tonnes of wheat stuck at ports for export.",
     "40,000 tonnes"),
])
def test_approving_a_restriction_or_clearing_a_backlog_plans_no_trade(
        text: str, surface: str) -> None:
    assert extracted(text, date(2023, 6, 1))[surface].modality == "reported"


def test_an_approved_amount_is_still_planned() -> None:
    found = extracted("The ministry approved urea imports of 1.6 million tonnes.",
                      date(2023, 6, 1))
    assert found["1.6 million tonnes"].modality == "planned"


@pytest.mark.parametrize("text", [
    "India allowed exports of 10% under the quota set last year.",
    "Russian oil output was 2% below its quota in May.",
])
def test_a_percent_below_a_rule_is_no_change_from_a_later_time(text: str) -> None:
    assert [c.kind for c in extracted(text, date(2023, 6, 1)).values()] != ["change"]


def test_earnings_from_sales_to_a_buyer_named_by_its_role_keep_the_buyer() -> None:
    found = extracted("Kenya sold 5 million kg of tea to Pakistan in May. The country earned "
                      "$120 million from tea sales to the market in the period.",
                      date(2023, 6, 1))
    assert found["$120 million"].importer == "PAK"


@pytest.mark.parametrize("text", [
    "Scotch whisky exports rose to 6.2 billion pounds in 2023, the trade body said.",
    "The cabinet approved 5 billion pounds for wheat imports in the fiscal year.",
])
def test_pounds_named_with_scotch_or_approved_are_sterling(text: str) -> None:
    assert extract_quantities(text)[0].unit == "GBP"
