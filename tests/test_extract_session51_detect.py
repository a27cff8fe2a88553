"""Session 51, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_crop_a_country_or_its_farms_grow_is_no_rise() -> None:
    found = _claims("Kenya grows about 40 percent of the tea sold in Europe, and exports most of "
                    "it to Pakistan. Zambia imports 2 million tonnes of wheat a year, while local "
                    "farms grow only about 200,000 tons.")
    assert (found["40 percent"].kind, found["40 percent"].direction) == ("share", None)
    assert (found["200,000 tons"].kind, found["200,000 tons"].direction) == ("level", None)


def test_a_flow_that_grew_stays_a_rise() -> None:
    found = _claims("Malawi's tobacco exports grew 12% to $300 million in 2023, and exports to "
                    "Kenya grew 20,000 tonnes.")
    assert (found["12%"].kind, found["12%"].direction) == ("change", "up")
    assert (found["20,000 tonnes"].kind, found["20,000 tonnes"].direction) == ("change", "up")


def test_money_set_off_as_the_loss_of_a_flow_that_fell_is_a_fall() -> None:
    found = _claims("Kenya's tea exports to Pakistan fell 12% to $300 million in 2023, a loss of "
                    "$41 million. Uganda sold coffee worth $200 million to Sudan in 2023, against "
                    "$250 million a year earlier, a fall in value of $50 million.")
    assert (found["$41 million"].kind, found["$41 million"].direction) == ("change", "down")
    assert (found["$50 million"].kind, found["$50 million"].direction) == ("change", "down")


def test_a_firms_loss_stays_no_fall() -> None:
    found = _claims("Kenya's tea exports to Pakistan rose 5% in 2023. The Kenya Tea Development "
                    "Agency booked a loss of $5 million.")
    assert "$5 million" not in found or found["$5 million"].kind != "change"


def test_an_amount_added_after_the_clause_of_a_move_is_a_rise() -> None:
    found = _claims("Kenya's tea exports to Uganda grew 1.8-fold in 2023, adding $700 million. "
                    "Fertilizers drove the gain in Morocco's exports to India, adding 22.79 "
                    "billion dirhams.")
    assert (found["$700 million"].kind, found["$700 million"].direction) == ("change", "up")
    assert (found["22.79 billion dirhams"].kind,
            found["22.79 billion dirhams"].direction) == ("change", "up")


def test_goods_lost_to_smuggling_are_a_level() -> None:
    found = _claims("Ivory Coast has lost 20,000 tonnes of cocoa to smugglers bound for Guinea "
                    "since 2021.")
    assert (found["20,000 tonnes"].kind, found["20,000 tonnes"].direction) == ("level", None)


def test_a_part_held_of_a_named_company_or_venture_is_no_claim() -> None:
    found = _claims("Qatar exports urea to India. Qatar Petroleum holds 75 percent of Qafco. "
                    "Kazakh oil exports via CPC rose 5% to 60 million tonnes. Chevron and Exxon, "
                    "which hold 15% and 7% of the pipeline venture, respectively, have not "
                    "inspected it.")
    assert "5%" in found
    for surface in ("75 percent", "15%", "7%"):
        assert surface not in found, surface


def test_a_percent_a_levy_moves_by_is_no_claim() -> None:
    found = _claims("Russian wheat export duty eases 1.7% for March 19-25, while wheat exports to "
                    "Egypt rose 12%. Maldives import duties collected in May fell 59%.")
    assert (found["12%"].kind, found["12%"].direction) == ("change", "up")
    assert "1.7%" not in found and "59%" not in found
