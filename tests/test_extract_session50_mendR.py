"""Session 50, review mends of the `taking` party rules: each test pins the review's ordinary
text."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 5, 1))


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Saudi Arabia will keep taking 1 million barrels per day of crude off the market through "
     "June.", "1 million barrels per day", (None, None, False)),
    ("Russia is taking 500,000 barrels per day of oil off the market under the OPEC+ deal.",
     "500,000 barrels per day", ("RUS", None, True)),
    ("Indonesia is taking 15 million tonnes of coal output offline during the rainy season.",
     "15 million tonnes", ("IDN", None, False)),
    ("Nigeria is taking 200,000 barrels per day of crude output offline for maintenance.",
     "200,000 barrels per day", ("NGA", None, False)),
    ("Ukraine is taking 2 million tonnes of wheat from state stocks to supply bakeries.",
     "2 million tonnes", ("UKR", None, False)),
    ("Angola is taking 30% of crude production for domestic refining.", "30%",
     ("AGO", None, False)),
])
def test_taking_supply_off_the_market_or_out_of_stocks_or_output_is_no_purchase(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert parties(_claims(text)[surface]) == expected


def test_taking_after_a_subject_called_an_exporter_is_no_purchase() -> None:
    found = _claims("Brazil, the top soybean exporter, is taking 60% of the market this year.")
    assert parties(found["60%"]) == ("BRA", None, False)


def test_taking_a_figure_to_a_country_is_delivering_it() -> None:
    found = _claims("Australia is taking 1 million tonnes of wheat to Indonesia this season.")
    assert parties(found["1 million tonnes"]) == ("AUS", "IDN", False)


@pytest.mark.parametrize("subject", ["The U.S.", "The United States", "Canada"])
def test_an_abbreviated_subject_is_no_dateline_city(subject: str) -> None:
    found = _claims(f"{subject} remained the main buyer of Mexican avocados in the first quarter, "
                    "taking 80 percent of the total, Mexico's farm ministry said.")
    assert parties(found["80 percent"])[0] == "MEX"
    assert not parties(found["80 percent"])[2]


@pytest.mark.parametrize("text", [
    "China is taking 70 million tonnes of soybeans this year, the ministry's data show.",
    "Egypt is taking 300,000 tonnes of wheat this month, Tuesday's statement said.",
    "Ahead of Ramadan's start, Egypt is taking 300,000 tonnes of wheat this month.",
    "Egypt, Africa's biggest wheat buyer, is taking 300,000 tonnes of wheat this month.",
    "Brazil's soybean exports hit a record\nChina is taking 70 million tonnes of soybeans this "
    "year.",
])
def test_a_possessive_that_owns_no_goods_leaves_taking_a_purchase(text: str) -> None:
    found = _claims(text)
    surface = "70 million tonnes" if "70 million" in text else "300,000 tonnes"
    assert parties(found[surface])[1] in ("CHN", "EGY")
    assert parties(found[surface])[0] is None


def test_taking_a_share_of_a_country_s_named_goods_two_words_on_leaves_it_the_seller() -> None:
    found = _claims("Brazilian sugar exports rose 50% in the first half to 15.15 million tonnes. "
                    "Indonesia was the main destination, taking 12% of Brazil's raw sugar, "
                    "followed by India with 9%.")
    assert parties(found["12%"]) == ("BRA", "IDN", False)
