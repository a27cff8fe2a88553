"""Session 47 (which figures are claims, and their kind): each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_share_row_after_the_verb_of_its_order_goes_on_the_list_of_shares() -> None:
    found = _claims("Norway took 41% of Iceland's fish exports in 2023. Denmark followed with 18%, "
                    "Poland with 9% and Japan with 4%.")
    assert {s: found[s].kind for s in ("18%", "9%", "4%") if s in found} == {
        "18%": "share", "9%": "share", "4%": "share"}
    found = _claims("Chile's share of Japan's salmon imports rose to 61% in May from 57% in April. "
                    "Norway ranked second in May with 22%, ahead of Russia with 6%.")
    assert found["22%"].kind == "share"
    assert found["6%"].kind == "share"


def test_the_next_row_of_a_list_of_amounts_is_no_price_in_the_paragraphs_currency() -> None:
    found = _claims("Greek feta exports rose 8% to 410 million euros in 2023. The average price "
                    "climbed 6% to 9.40 euros per kilogram. Germany was the top buyer at 96 "
                    "million euros, ahead of Italy at 51 million euros and Cyprus at 22 million "
                    "euros.")
    assert found["51 million euros"].kind == "level"
    assert found["51 million euros"].importer == "ITA"
    assert found["22 million euros"].importer == "CYP"


def test_a_share_row_after_its_bare_place_in_the_list_is_a_share() -> None:
    found = _claims("Peru led the world's blueberry exports in 2023 with a 31% share, according to "
                    "a trade report. Chile ranked second with 22% and Mexico third with 11%.")
    assert found["22%"].kind == "share"
    assert found["11%"].kind == "share"
    assert found["11%"].exporter == "MEX"
