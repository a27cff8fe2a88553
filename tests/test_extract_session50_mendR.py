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
