"""Review mends (mendD) of the forty-ninth session's rules, each pinned by the review's ordinary
news sentences, which must come out as they did before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period

WHEN = date(2024, 5, 1)


def test_an_elliptic_ordinal_after_counted_tenders_or_cargoes_is_no_quarter() -> None:
    """`held two wheat tenders, buying ... in the first and ... in the second`: the ordinal
    counts the tenders or cargoes; a fraction (`A quarter of India's rice`) names no part of a
    year; the elliptic quarter still reads `in the first quarter of 2023 to ... in the second`."""
    found = extracted("In the first quarter of 2024, Egypt held two wheat tenders, buying 240,000 "
                      "tonnes in the first and 180,000 tonnes in the second.", WHEN)
    assert period(found["180,000 tonnes"]) == ("2024-01-01", "2024-03-31")
    found = extracted("Rice exports rose 8% in the third quarter of 2023 as India shipped two "
                      "large cargoes to Senegal, 50,000 tonnes in the first and 40,000 tonnes in "
                      "the second.", WHEN)
    assert period(found["50,000 tonnes"]) == ("2023-07-01", "2023-09-30")
    assert period(found["40,000 tonnes"]) == ("2023-07-01", "2023-09-30")
    found = extracted("A quarter of India's rice goes to Africa; in 2023 India shipped 50,000 "
                      "tonnes of rice to Senegal in the first round and 40,000 tonnes in the "
                      "second.", WHEN)
    assert period(found["40,000 tonnes"]) == ("2023-01-01", "2023-12-31")
    found = extracted("India's exports to Oman rose from $6.3 billion in the first quarter of 2023 "
                      "to $7.5 billion in the second.", WHEN)
    assert period(found["$7.5 billion"]) == ("2023-04-01", "2023-06-30")


def test_a_figure_set_against_expectations_is_no_expected_cargo() -> None:
    """`shipped 9 million tonnes ..., higher than was expected in January`: a comparison with
    expectations, a figure after a trade verb (no cargo's subject) or a month after `expected
    in` is no expected arrival; the cargo's subject still is."""
    found = extracted("Brazil shipped 9 million tonnes of soybeans in March, higher than was "
                      "expected in January.", WHEN)
    assert found["9 million tonnes"].modality == "reported"
    found = extracted("Vietnam exported 700,000 tonnes of rice in April, well above what was "
                      "expected in Hanoi.", WHEN)
    assert found["700,000 tonnes"].modality == "reported"
    found = extracted("Russia's wheat exports reached 4.5 million tonnes in July, more than was "
                      "expected early in the season.", WHEN)
    assert found["4.5 million tonnes"].modality == "reported"
    assert period(found["4.5 million tonnes"]) == ("2023-07-01", "2023-07-31")
    found = extracted("Two tankers of Kuwaiti diesel, each holding 40,000 tons, are expected in "
                      "Beirut early next week.", WHEN)
    assert found["40,000 tons"].modality == "forecast"


def test_a_past_figure_under_a_deal_is_no_plan() -> None:
    """`Under the deal, China's purchases ... reached $36 billion in 2020`: with no modal or
    future cue, a past verb anywhere in a sentence opening on a deal tells what came in under
    it; `must be shipped ... by March` and a plural noun spelt like a habit verb (`imports of`)
    still bind."""
    reported = {
        "Under the deal, China's purchases of US farm goods reached $36 billion in 2020, short of "
        "the target.": "$36 billion",
        "Under the contract, 1.5 million tonnes of wheat were delivered to Egypt in 2023.":
            "1.5 million tonnes",
        "Under the contract, the first cargo of 65,000 tonnes arrived in Chittagong on Monday.":
            "65,000 tonnes",
        "Under the arrangement, Bhutan earned Nu 20 billion from power exports in 2023.":
            "Nu 20 billion",
        "Under the contract, India paid $1.1 billion for Russian oil in March.": "$1.1 billion",
    }
    for text, surface in reported.items():
        assert extracted(text, WHEN)[surface].modality == "reported", text
    found = extracted("Under the contract, India paid $1.1 billion for Russian oil in March.", WHEN)
    assert period(found["$1.1 billion"]) == ("2024-03-01", "2024-03-31")
    found = extracted("Under the deal, imports of Qatari LNG will rise to 5 million tonnes a year.",
                      WHEN)
    assert found["5 million tonnes a year"].modality == "planned"
