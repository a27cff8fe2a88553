"""Modality rules of the forty-ninth session's second modality round (2026-12-06), each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 7, 1)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_cargo_whose_arrival_is_expected_is_a_forecast() -> None:
    """A figure in the subject of a cargo whose arrival is expected (`A cargo of ..., is expected
    to begin discharging`, `Two tankers ..., each holding ..., are expected in`) is a forecast;
    not when the figure has a predicate of its own before the expectation."""
    cases = {
        "A cargo of 1.8 million barrels of Angolan crude, the second under a supply pact between "
        "Luanda and Havana, is expected to begin discharging at Matanzas.": "1.8 million barrels",
        "Two tankers of Kuwaiti diesel, each holding 40,000 tons, are expected in Beirut early "
        "next week.": "40,000 tons",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "forecast", text
    assert _modality("Russia shipped 70,000 tonnes of wheat to Cuba, where a further cargo is "
                     "expected in March.", "70,000 tonnes") == "reported"
    assert _modality("A first cargo of 25,000 tonnes of urea arrived in Corinto on May 1, and two "
                     "more are expected there soon.", "25,000 tonnes") == "reported"


def test_what_a_deal_opening_the_sentence_binds_is_planned() -> None:
    """A sentence opening on `Under the contract/deal/arrangement, ...` tells what the deal binds:
    its figures with no cue of their own are planned; not a standing practice (`normally`, a
    trade verb in the present simple, `the existing contract`), what came in under it (a past
    trade verb, `has been shipped`) or a trade pact."""
    cases = {
        "Under the contract, 60,000 tonnes of Guinean bauxite must be shipped to China by March.":
            "60,000 tonnes",
        "Under the barter arrangement, Nepal's refiners can import up to $40 million a month of "
        "diesel from Malaysia.": "$40 million a month",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    reported = {
        "Under a contract with Lusaka, Zesco normally sends around 300 MW to Namibia.": "300 MW",
        "Under the arrangement, Korea imports up to 50,000 tons of barley a year.":
            "50,000 tons",
        "Under its contracts for 2019 the board received 120,000 tons of maize by rail.":
            "120,000 tons",
        "Under its 2023 trade deal with Chile, Peru may ship up to 300 tonnes of copper a year "
        "to Santiago at a lower tariff.": "300 tonnes",
    }
    for text, surface in reported.items():
        assert _modality(text, surface) == "reported", text
