"""Session 38 (carry, fourth round): a period owned by a comparison (an old level, a figure
something is set against, a record's reach back) is never the period in force, pinned on text
written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim

JULY_2024 = date(2024, 7, 10)


def _period(claim: Claim) -> tuple[str | None, str | None]:
    return claim.period_start, claim.period_end


def test_old_level_period_is_not_carried_to_the_next_sentence() -> None:
    text = ("Vietnam bought no sugar from Thailand in May, against 85,000 metric tons in the "
            "same month of 2023, customs figures showed. Cargoes from India came to 40,000 "
            "tons.")
    claims = extracted(text, JULY_2024)
    assert _period(claims["40,000 tons"]) == ("2024-05-01", "2024-05-31")


def test_a_record_reach_back_is_not_carried() -> None:
    # (an abbreviation with full stops, `U.S.`, inside the clause)
    text = ("Vietnam bought no sugar from Thailand in May, customs figures showed on Monday, "
            "the first month without U.S. arrivals since October 2016. Cargoes from India came "
            "to 40,000 tons.")
    claims = extracted(text, JULY_2024)
    assert _period(claims["40,000 tons"]) == ("2024-05-01", "2024-05-31")


def test_a_later_compared_share_keeps_its_period_to_itself() -> None:
    text = ("Kenya spent 90 billion shillings on wheat imports in January-May 2024, the "
            "statistics office said. That was 31.5% of the food import bill, down from a 33.9% "
            "share in the same months of 2023. Russia supplied 40% of the wheat.")
    claims = extracted(text, JULY_2024)
    assert _period(claims["31.5%"]) == ("2024-01-01", "2024-05-31")
    assert _period(claims["33.9%"]) == ("2023-01-01", "2023-05-31")
    assert _period(claims["40%"]) == ("2024-01-01", "2024-05-31")



def test_a_compared_balance_keeps_its_quarter_though_no_claim() -> None:
    text = ("Fiji posted a trade surplus of $52.1 million in the second quarter of 2024, a "
            "turnaround from the $40.6 million deficit of the first quarter of 2024, the "
            "statistics bureau said. Officials said imports fell 4.2 per cent to $610.5 "
            "million, while exports rose 6.1 per cent to $662.6 million from the March quarter. "
            "Sugar exports rose 12 per cent to $48 million.")
    claims = extracted(text, date(2024, 9, 20))
    assert _period(claims["4.2 per cent"]) == ("2024-04-01", "2024-06-30")
    assert _period(claims["12 per cent"]) == ("2024-04-01", "2024-06-30")


def test_a_change_is_never_an_old_level() -> None:
    text = ("China's imports from Laos grew by 18% in January-June on a year earlier, customs "
            "said. Lao goods delivered to China over the period were worth $410 million.")
    claims = extracted(text, date(2024, 7, 20))
    assert _period(claims["18%"]) == ("2024-01-01", "2024-06-30")
    assert _period(claims["$410 million"]) == ("2024-01-01", "2024-06-30")
